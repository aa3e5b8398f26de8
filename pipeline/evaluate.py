"""``vnextract evaluate``: score the pipeline, or underthesea's shipped ``ner()``, on gold.

Gold files and their articles are loaded and checked by ``pipeline.eval.loaders`` (a line whose
sha256 or span texts do not match is an error naming the line); scoring is
``pipeline.eval.scoring``. The two systems see the same article texts.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.eval.loaders import GoldError, load_gold_corpus
from pipeline.eval.scoring import find_errors, format_errors, score, top_patterns

def underthesea_mentions(text: str, excluded: list[tuple[int, int]]) -> list[dict]:
    """underthesea ``ner()`` on each article line, BIO tags grouped and realigned to offsets."""
    from pipeline.vi.align import FoldedText
    from pipeline.vi.crf import crf_spans

    folded = FoldedText(text)
    out: list[dict] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip() or any(s <= start and end <= e for s, e in excluded):
            continue
        out += [{"start": s, "end": e, "label": label, "text": text[s:e]}
                for s, e, label in crf_spans(folded, start, end)]
    return out


_EXTRACTOR = None


def predict(system: str, doc_id: str, text: str) -> list[dict]:
    """Mentions of ``system`` on one article; both systems skip the same header and furniture."""
    global _EXTRACTOR
    from pipeline.runner import Extractor
    from pipeline.textio import Article

    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    article = Article(doc_id=doc_id, text=text, source=doc_id, meta={})
    if system == "pipeline":
        return [m.model_dump(mode="json") for m in _EXTRACTOR.process(article).mentions]
    from pipeline.stages.read import read_article

    doc = _EXTRACTOR.nlp.make_doc(text)
    doc._.meta = {}
    excluded = [(s, e) for s, e, *_ in read_article(doc)._.excluded]
    return underthesea_mentions(text, excluded)


def main(args) -> int:
    golds = args.gold or ["corpus/gold/seeds.jsonl"]
    raws = args.raw or ["corpus/raw"]
    labels = {x.strip().upper() for x in args.labels.split(",")} if args.labels else None
    results = {}
    status = 0
    for gold_path in golds:
        try:
            items = load_gold_corpus(gold_path, raws)
        except GoldError as exc:
            print(f"vnextract evaluate: {exc}", file=sys.stderr)
            return 2
        docs, texts = [], {}
        for item in items:
            pred = predict(args.system, item.doc.doc_id, item.text)
            docs.append((item.doc.doc_id, item.doc.spans, pred))
            texts[item.doc.doc_id] = item.text
        report = score(docs, labels)
        title = f"{args.system} on {gold_path} ({len(items)} articles)"
        print(report.format_table(title))
        errors = find_errors(docs, texts, labels)
        patterns = top_patterns(errors, 10)
        if patterns:
            print("\nMost frequent error patterns:")
            for pat, count in patterns:
                print(f"  {count:3d}  {pat}")
        if args.errors:
            print()
            print(format_errors(errors, limit=args.errors))
        print()
        results[gold_path] = {"system": args.system, "articles": len(items), **report.to_dict(),
                              "error_counts": _count_kinds(errors)}
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return status


def _count_kinds(errors) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in errors:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    return dict(sorted(counts.items()))
