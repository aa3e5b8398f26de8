"""Scoring of predicted spans against gold spans: plain data in, plain data out.

Contract (``ANNOTATION.md``, "Scoring"):

* Input is, per document, ``(doc_id, gold_spans, pred_spans)``. A span is any dict or object
  with ``start``, ``end``, ``label`` and optionally ``text`` and ``value`` (a dict in the
  annotation form, a pydantic value model, or None). Nothing here reads files.
* Each matching strategy (``StrictMatch``, ``PartialMatch``) pairs gold and predicted spans of
  one document one-to-one. Adding a strategy means one subclass and one entry in ``STRATEGIES``.
* ``score`` counts tp/fp/fn per label and micro-averaged for every strategy, value accuracy
  among strict matches of MONEY/PERCENT/DATE, and predicted labels the guide does not define
  (``unscored``: counted, never false positives).
* ``find_errors`` classifies every strict error as missed, spurious, boundary, label or value.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, ClassVar, Iterable, Literal, Mapping, NamedTuple, Sequence

from schemas import LABELS, VALUE_LABELS

ErrorKind = Literal["missed", "spurious", "boundary", "label", "value"]
ERROR_KINDS: tuple[ErrorKind, ...] = ("missed", "spurious", "boundary", "label", "value")
CONTEXT_WIDTH = 40
NEWLINE_MARK = "⏎"


# ---------------------------------------------------------------------------------------------
# Spans and values


@dataclass(frozen=True)
class Span:
    """A labelled character span ``[start, end)``; ``value`` is a dict in the annotation form."""

    start: int
    end: int
    label: str
    text: str = ""
    value: Mapping[str, Any] | None = field(default=None, hash=False)

    @classmethod
    def of(cls, obj: Any) -> "Span":
        """A ``Span`` from a dict, a ``Mention``/``GoldSpan`` or any object with the fields."""
        get = obj.get if isinstance(obj, Mapping) else (lambda k, d=None: getattr(obj, k, d))
        value = get("value")
        if value is not None and not isinstance(value, Mapping):
            value = value.model_dump()  # a pydantic value model
        start, end = int(get("start")), int(get("end"))
        if end <= start:
            raise ValueError(f"span {start}-{end}: end must be greater than start")
        return cls(start, end, str(get("label")), str(get("text") or ""), value)

    def overlap(self, other: "Span") -> int:
        """Number of characters shared with ``other`` (0 when disjoint)."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "label": self.label,
                                "text": self.text}
        if self.value is not None:
            data["value"] = dict(self.value)
        return data


def canonical_value(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A value in comparable form: decimal strings become ``Decimal``; null fields are dropped.

    So ``{"amount": "1070000000"}`` equals ``{"amount": "1070000000.0"}``, a range compares its
    min and max, and a null amount equals only a null (or absent) amount. DATE TIMEX strings and
    currencies compare as strings.
    """
    if value is None:
        return None
    out: dict[str, Any] = {}
    for key, item in value.items():
        if item is None:
            continue
        out[key] = _decimal(item) if isinstance(item, (str, int)) else item
    return out


def values_equal(gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None) -> bool:
    """Whether two values are equal in the annotation's sense (see ``canonical_value``)."""
    return canonical_value(gold) == canonical_value(pred)


def _decimal(item: str | int) -> Decimal | str:
    try:
        number = Decimal(str(item).strip())
    except InvalidOperation:
        return item if isinstance(item, str) else str(item)
    # Only finite plain numbers; "2025-03-13" never parses, "NaN"/"Infinity" stay strings.
    return number if number.is_finite() else str(item)


# ---------------------------------------------------------------------------------------------
# Matching strategies


@dataclass
class MatchResult:
    """One document's matching: one-to-one ``pairs`` (gold, pred) and what stayed unmatched."""

    pairs: list[tuple[Span, Span]]
    unmatched_gold: list[Span]
    unmatched_pred: list[Span]


class MatchStrategy(ABC):
    """Pairs one document's gold and predicted spans; each span is used at most once."""

    name: ClassVar[str]

    def match(self, gold: Sequence[Span], pred: Sequence[Span]) -> MatchResult:
        pairs = sorted(self._pairs(gold, pred))
        used_gold = {g for g, _ in pairs}
        used_pred = {p for _, p in pairs}
        return MatchResult(
            pairs=[(gold[g], pred[p]) for g, p in pairs],
            unmatched_gold=[s for i, s in enumerate(gold) if i not in used_gold],
            unmatched_pred=[s for i, s in enumerate(pred) if i not in used_pred],
        )

    @abstractmethod
    def _pairs(self, gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
        """Index pairs (gold index, pred index), one-to-one."""


class StrictMatch(MatchStrategy):
    """Same start, end and label. Duplicate predictions of one gold span: one tp, the rest fp."""

    name = "strict"

    def _pairs(self, gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
        free: dict[tuple[int, int, str], list[int]] = {}
        for p, span in enumerate(pred):
            free.setdefault((span.start, span.end, span.label), []).append(p)
        pairs = []
        for g, span in enumerate(gold):
            waiting = free.get((span.start, span.end, span.label))
            if waiting:
                pairs.append((g, waiting.pop(0)))
        return pairs


class PartialMatch(MatchStrategy):
    """Same label and overlapping offsets, one-to-one, with the largest number of pairs.

    Pairs are first chosen greedily by largest overlap (ties: earlier gold start, then earlier
    pred start), so exact matches pair with each other; augmenting paths then re-pair where that
    lets more spans match, which makes the count maximal. The result is deterministic.
    """

    name = "partial"

    def _pairs(self, gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
        return overlap_matching(gold, pred, lambda g, p: g.label == p.label)


def overlap_matching(gold: Sequence[Span], pred: Sequence[Span],
                     compatible: Callable[[Span, Span], bool]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of overlapping, ``compatible`` spans (see ``PartialMatch``)."""
    candidates: dict[int, list[int]] = {}
    edges = []
    for g, gs in enumerate(gold):
        for p, ps in enumerate(pred):
            if gs.overlap(ps) > 0 and compatible(gs, ps):
                edges.append((-gs.overlap(ps), gs.start, ps.start, g, p))
    edges.sort()
    for _, _, _, g, p in edges:
        candidates.setdefault(g, []).append(p)  # best overlap first

    pred_of: dict[int, int] = {}
    gold_of: dict[int, int] = {}
    for _, _, _, g, p in edges:
        if g not in pred_of and p not in gold_of:
            pred_of[g], gold_of[p] = p, g

    def augment(g: int, seen: set[int]) -> bool:
        for p in candidates.get(g, []):
            if p in seen:
                continue
            seen.add(p)
            if p not in gold_of or augment(gold_of[p], seen):
                pred_of[g], gold_of[p] = p, g
                return True
        return False

    for g in sorted(candidates, key=lambda i: (gold[i].start, i)):
        if g not in pred_of:
            augment(g, set())
    return sorted(pred_of.items())


STRATEGIES: tuple[MatchStrategy, ...] = (StrictMatch(), PartialMatch())


# ---------------------------------------------------------------------------------------------
# Counts and report


@dataclass(frozen=True)
class Counts:
    """True positives, false positives, false negatives; ratios are 0 when undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class LabelScore:
    """Scores of one label (or the micro row): counts per strategy name, value accuracy.

    ``value_total`` is None where values are not scored (labels other than MONEY, PERCENT,
    DATE); ``value_accuracy`` is None when there is no strict match to judge.
    """

    modes: dict[str, Counts]
    value_correct: int | None = None
    value_total: int | None = None

    @property
    def support(self) -> int:
        """Gold spans."""
        c = self.modes["strict"]
        return c.tp + c.fn

    @property
    def predicted(self) -> int:
        """Predicted (scored) spans."""
        c = self.modes["strict"]
        return c.tp + c.fp

    @property
    def value_accuracy(self) -> float | None:
        if not self.value_total:
            return None
        return (self.value_correct or 0) / self.value_total

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"support": self.support, "predicted": self.predicted}
        data.update({name: counts.to_dict() for name, counts in self.modes.items()})
        if self.value_total is not None:
            data["value"] = {"correct": self.value_correct, "total": self.value_total,
                             "accuracy": self.value_accuracy}
        return data


@dataclass(frozen=True)
class Report:
    """Per-label rows (scored labels in ``LABELS`` order), the micro row, unscored label counts."""

    documents: int
    labels: dict[str, LabelScore]
    micro: LabelScore
    unscored: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "labels": {label: row.to_dict() for label, row in self.labels.items()},
            "micro": self.micro.to_dict(),
            "unscored": dict(self.unscored),
        }

    def format_table(self, title: str = "Scores") -> str:
        """An aligned text table: strategies' P/R/F1 (in %), support, predicted, value accuracy."""
        names = [s.name for s in STRATEGIES]
        head1 = f"{'':<8}" + "".join(f"  {'-- ' + n + ' --':^20}" for n in names)
        head2 = f"{'label':<8}" + "".join(f"  {'P':>6}{'R':>7}{'F1':>7}" for _ in names)
        head2 += f"  {'support':>7}  {'predicted':>9}  value accuracy"
        lines = [title, head1.rstrip(), head2]
        rows = list(self.labels.items()) + [("micro", self.micro)]
        for i, (label, row) in enumerate(rows):
            if i == len(rows) - 1:
                lines.append("-" * len(head2))
            cells = "".join(f"  {c.precision * 100:>6.1f}{c.recall * 100:>7.1f}{c.f1 * 100:>7.1f}"
                            for c in (row.modes[n] for n in names))
            value = ""
            if row.value_total is not None:
                acc = row.value_accuracy
                value = "-" if acc is None else f"{acc * 100:.1f} ({row.value_correct}/{row.value_total})"
            lines.append(f"{label:<8}{cells}  {row.support:>7}  {row.predicted:>9}  {value}".rstrip())
        unscored = ", ".join(f"{label} ({n})" for label, n in self.unscored.items()) or "none"
        lines.append(f"unscored labels: {unscored}")
        return "\n".join(lines)


DocSpans = tuple[str, Sequence[Any], Sequence[Any]]


@dataclass
class _Doc:
    doc_id: str
    gold: list[Span]
    pred: list[Span]


def _prepare(docs: Iterable[DocSpans], labels: set[str] | None) -> tuple[list[_Doc], list[str], Counter[str]]:
    """Convert spans, apply the labels filter, set aside predicted labels outside ``LABELS``."""
    if labels is not None and not set(labels) <= set(LABELS):
        raise ValueError(f"unknown labels in filter: {sorted(set(labels) - set(LABELS))}")
    scope = [label for label in LABELS if labels is None or label in labels]
    unscored: Counter[str] = Counter()
    prepared: list[_Doc] = []
    seen: set[str] = set()
    for doc_id, gold_spans, pred_spans in docs:
        if doc_id in seen:
            raise ValueError(f"document {doc_id} given twice")
        seen.add(doc_id)
        gold = [Span.of(s) for s in gold_spans]
        for span in gold:
            if span.label not in LABELS:
                raise ValueError(f"{doc_id}: gold span {span.start}-{span.end} has unknown label {span.label!r}")
        pred = [Span.of(s) for s in pred_spans]
        unscored.update(s.label for s in pred if s.label not in LABELS)
        prepared.append(_Doc(doc_id, [s for s in gold if s.label in scope],
                             [s for s in pred if s.label in scope]))
    return prepared, scope, unscored


def score(docs: Iterable[DocSpans], labels: set[str] | None = None) -> Report:
    """Score ``(doc_id, gold_spans, pred_spans)`` documents.

    ``labels`` restricts both gold and predictions to those labels (all of ``LABELS`` when
    None). Predicted labels outside ``LABELS`` are counted in ``Report.unscored`` and are not
    false positives. Gold labels outside ``LABELS`` raise ``ValueError``.
    """
    prepared, scope, unscored = _prepare(docs, labels)
    counts = {s.name: {label: Counter[str]() for label in scope} for s in STRATEGIES}
    value_correct: Counter[str] = Counter()
    value_total: Counter[str] = Counter()
    for doc in prepared:
        for strategy in STRATEGIES:
            result = strategy.match(doc.gold, doc.pred)
            table = counts[strategy.name]
            for g, p in result.pairs:
                table[g.label]["tp"] += 1
                if strategy.name == "strict" and g.label in VALUE_LABELS:
                    value_total[g.label] += 1
                    value_correct[g.label] += values_equal(g.value, p.value)
            for g in result.unmatched_gold:
                table[g.label]["fn"] += 1
            for p in result.unmatched_pred:
                table[p.label]["fp"] += 1

    rows = {}
    for label in scope:
        modes = {name: Counts(c[label]["tp"], c[label]["fp"], c[label]["fn"]) for name, c in counts.items()}
        valued = label in VALUE_LABELS
        rows[label] = LabelScore(modes, value_correct[label] if valued else None,
                                 value_total[label] if valued else None)
    micro_modes = {name: sum((row.modes[name] for row in rows.values()), Counts()) for name in counts}
    valued_scope = [label for label in scope if label in VALUE_LABELS]
    micro = LabelScore(micro_modes,
                       sum(value_correct[label] for label in valued_scope) if valued_scope else None,
                       sum(value_total[label] for label in valued_scope) if valued_scope else None)
    return Report(documents=len(prepared), labels=rows, micro=micro,
                  unscored=dict(sorted(unscored.items())))


# ---------------------------------------------------------------------------------------------
# Error analysis


@dataclass(frozen=True)
class SpanError:
    """One scoring error; ``gold``/``pred`` is None for missed/spurious spans."""

    kind: ErrorKind
    doc_id: str
    gold: Span | None
    pred: Span | None
    context: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "doc_id": self.doc_id,
                "gold": self.gold.to_dict() if self.gold else None,
                "pred": self.pred.to_dict() if self.pred else None,
                "context": self.context}


class ErrorPattern(NamedTuple):
    kind: ErrorKind
    gold_label: str | None
    pred_label: str | None
    surface: str


def context(text: str, start: int, end: int, width: int = CONTEXT_WIDTH) -> str:
    """``width`` characters either side of ``text[start:end]``, the span in ⟦ ⟧, newlines as ⏎."""
    left_start = max(0, start - width)
    right_end = min(len(text), end + width)
    snippet = (("…" if left_start > 0 else "") + text[left_start:start] + "⟦" + text[start:end]
               + "⟧" + text[end:right_end] + ("…" if right_end < len(text) else ""))
    return snippet.replace("\r\n", NEWLINE_MARK).replace("\n", NEWLINE_MARK).replace("\r", NEWLINE_MARK)


def find_errors(docs: Iterable[DocSpans], texts: Mapping[str, str] | None = None,
                labels: set[str] | None = None) -> list[SpanError]:
    """Classify every error of the strict score, one-to-one, in this order:

    1. ``value``: strict match of a MONEY/PERCENT/DATE span whose value differs;
    2. ``boundary``: left-over gold and pred of the same label that overlap (``PartialMatch``);
    3. ``label``: left-over gold and pred that overlap with different labels (same or different
       offsets), paired by largest overlap;
    4. ``missed`` / ``spurious``: gold / pred left over after that.

    So strict fn = missed + boundary + label, strict fp = spurious + boundary + label.
    ``texts`` maps doc_id to article text for the ``context`` strings (empty when absent).
    Errors come in document order, then by position. ``labels`` filters as in ``score``.
    """
    prepared, _, _ = _prepare(docs, labels)
    errors: list[SpanError] = []
    texts = texts or {}
    for doc in prepared:
        text = texts.get(doc.doc_id)
        found: list[SpanError] = []

        def add(kind: ErrorKind, gold: Span | None, pred: Span | None) -> None:
            spans = [s for s in (gold, pred) if s is not None]
            start, end = min(s.start for s in spans), max(s.end for s in spans)
            found.append(SpanError(kind, doc.doc_id, gold, pred,
                                   context(text, start, end) if text is not None else ""))

        strict = StrictMatch().match(doc.gold, doc.pred)
        for g, p in strict.pairs:
            if g.label in VALUE_LABELS and not values_equal(g.value, p.value):
                add("value", g, p)
        boundary = PartialMatch().match(strict.unmatched_gold, strict.unmatched_pred)
        for g, p in boundary.pairs:
            add("boundary", g, p)
        gold_left, pred_left = boundary.unmatched_gold, boundary.unmatched_pred
        label_pairs = overlap_matching(gold_left, pred_left, lambda g, p: g.label != p.label)
        for g, p in label_pairs:
            add("label", gold_left[g], pred_left[p])
        paired_gold = {g for g, _ in label_pairs}
        paired_pred = {p for _, p in label_pairs}
        for i, g in enumerate(gold_left):
            if i not in paired_gold:
                add("missed", g, None)
        for i, p in enumerate(pred_left):
            if i not in paired_pred:
                add("spurious", None, p)
        found.sort(key=lambda e: (_first(e).start, _first(e).end, ERROR_KINDS.index(e.kind)))
        errors.extend(found)
    return errors


def _first(error: SpanError) -> Span:
    return error.gold if error.gold is not None else error.pred  # type: ignore[return-value]


def top_patterns(errors: Iterable[SpanError], n: int = 10) -> list[tuple[ErrorPattern, int]]:
    """The ``n`` most frequent (kind, gold label, pred label, surface) patterns with counts.

    The surface is the gold span's text (the predicted text for spurious spans). Ties are
    broken by kind, labels and surface so the order is stable.
    """
    counter: Counter[ErrorPattern] = Counter(
        ErrorPattern(e.kind, e.gold.label if e.gold else None, e.pred.label if e.pred else None,
                     _first(e).text)
        for e in errors)
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], ERROR_KINDS.index(kv[0].kind),
                                                     kv[0].gold_label or "", kv[0].pred_label or "",
                                                     kv[0].surface))
    return ranked[:n]


def format_errors(errors: Sequence[SpanError], limit: int | None = None) -> str:
    """A listing grouped by kind (in ``ERROR_KINDS`` order); ``limit`` caps each group."""
    lines: list[str] = []
    for kind in ERROR_KINDS:
        group = [e for e in errors if e.kind == kind]
        if not group:
            continue
        lines.append(f"== {kind} ({len(group)}) ==")
        shown = group if limit is None else group[:limit]
        for e in shown:
            lines.append(f"  {e.doc_id}  {_error_line(e)}")
            if e.context:
                lines.append(f"      {e.context}")
        if len(shown) < len(group):
            lines.append(f"  … and {len(group) - len(shown)} more")
    return "\n".join(lines) if lines else "no errors"


def _error_line(e: SpanError) -> str:
    def show(s: Span) -> str:
        return f"{s.label} {s.start}-{s.end} {s.text!r}"

    if e.kind == "value" and e.gold and e.pred:
        return f"{show(e.gold)}: gold {dict(e.gold.value or {})} → pred {dict(e.pred.value or {})}"
    if e.gold and e.pred:
        return f"gold {show(e.gold)} → pred {show(e.pred)}"
    return f"gold {show(e.gold)}" if e.gold else f"pred {show(e.pred)}"  # type: ignore[arg-type]
