"""Evaluation against gold: loaders (files → checked gold) and scoring (plain data → report).

Typical use::

    gold = load_gold_corpus("corpus/gold/seeds.jsonl", ["corpus/raw"])
    docs = [(g.doc.doc_id, g.doc.spans, predicted[g.doc.doc_id]) for g in gold]
    report = score(docs)
    print(report.format_table("seeds"))
    errors = find_errors(docs, {g.doc.doc_id: g.text for g in gold})
    print(format_errors(errors, limit=20))
"""
from pipeline.eval.loaders import (
    GoldArticle,
    GoldError,
    check_gold,
    find_article,
    iter_gold,
    load_gold,
    load_gold_corpus,
    read_article,
)
from pipeline.eval.scoring import (
    ERROR_KINDS,
    STRATEGIES,
    Counts,
    ErrorPattern,
    LabelScore,
    MatchResult,
    MatchStrategy,
    PartialMatch,
    Report,
    Span,
    SpanError,
    StrictMatch,
    canonical_value,
    context,
    find_errors,
    format_errors,
    score,
    top_patterns,
    values_equal,
)

__all__ = [
    "ERROR_KINDS", "STRATEGIES", "Counts", "ErrorPattern", "GoldArticle", "GoldError",
    "LabelScore", "MatchResult", "MatchStrategy", "PartialMatch", "Report", "Span", "SpanError",
    "StrictMatch", "canonical_value", "check_gold", "context", "find_article", "find_errors",
    "format_errors", "iter_gold", "load_gold", "load_gold_corpus", "read_article", "score",
    "top_patterns", "values_equal",
]
