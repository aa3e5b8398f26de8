"""Gold loaders: JSONL gold files and their article texts, checked against each other.

Contract (``ANNOTATION.md``, format v1):

* A gold file is JSONL, one article per line. ``load_gold`` / ``iter_gold`` parse and validate
  each line into a ``GoldDoc``; any problem raises ``GoldError`` naming ``<file>:<line>``.
* An article's text is its file's bytes decoded as UTF-8 (a leading BOM dropped) and
  NFC-normalised, nothing else (``read_article``).
* ``check_gold`` checks one gold line against its article text: sha256, span texts, overlaps,
  labels and values. Nothing is skipped silently: the first problem raises ``GoldError``.

This module reads files and never scores; ``pipeline.eval.scoring`` never reads files.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator, Sequence

from pydantic import ValidationError

from schemas import LABELS, VALUE_LABELS, GoldDoc, parse_value

_BOM = b"\xef\xbb\xbf"

# The value forms each label allows, as the guide writes them; quoted in error messages.
_VALUE_FORMS = {
    "MONEY": '{"amount": "<decimal>"|null, "currency": "<ISO 4217>"} or '
             '{"amount_min": …, "amount_max": …, "currency": …}',
    "PERCENT": '{"value": "<decimal>"} or {"value_min": …, "value_max": …}',
    "DATE": '{"value": "<TIMEX3: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-QN, XXXX-…, BCYYYY, or start/end>"}',
}
_RANGES = (("amount_min", "amount_max"), ("value_min", "value_max"))


class GoldError(Exception):
    """A gold file, line or article that cannot be used; ``where`` is ``<file>:<line>`` or a path."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


@dataclass(frozen=True)
class GoldArticle:
    """One checked gold line with its article: ``doc.spans`` are grounded in ``text``."""

    doc: GoldDoc
    text: str
    where: str
    article: Path


def read_article(path: Path | str) -> str:
    """The article text of ``path``: UTF-8 bytes (BOM dropped), NFC-normalised, nothing else."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GoldError(str(path), f"cannot read article: {exc.strerror or exc}") from None
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GoldError(str(path), f"article is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    return unicodedata.normalize("NFC", raw)


def find_article(doc_id: str, raw_dirs: Sequence[Path | str], *, where: str | None = None) -> Path:
    """Path of ``<doc_id>.txt`` in the first of ``raw_dirs`` that holds it.

    Raises ``GoldError`` (at ``where``, default the doc id) naming every directory searched.
    """
    where = where or doc_id
    if not doc_id or Path(doc_id).name != doc_id or doc_id in (".", ".."):
        raise GoldError(where, f"doc_id {doc_id!r} is not a plain file name")
    for folder in raw_dirs:
        candidate = Path(folder) / f"{doc_id}.txt"
        if candidate.is_file():
            return candidate
    searched = ", ".join(str(d) for d in raw_dirs) or "(no directories given)"
    raise GoldError(where, f"no article {doc_id}.txt in {searched}")


def iter_gold(path: Path | str) -> Iterator[tuple[str, GoldDoc]]:
    """Yield ``("<file>:<line>", GoldDoc)`` for every non-blank line of a gold JSONL file.

    Raises ``GoldError`` at the first bad line: invalid JSON, missing or mistyped fields, an
    unknown label, a malformed or missing value, offsets that disagree with the span text, or a
    doc_id already given on an earlier line. Article texts are not read here (see ``check_gold``).
    """
    path = Path(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise GoldError(str(path), f"cannot read gold file: {exc.strerror or exc}") from None
    seen: dict[str, str] = {}
    with fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if lineno == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM):]
            if not raw.strip():
                continue
            doc = _parse_line(raw, where)
            if doc.doc_id in seen:
                raise GoldError(where, f"doc_id {doc.doc_id} already given at {seen[doc.doc_id]}")
            seen[doc.doc_id] = where
            yield where, doc


def load_gold(path: Path | str) -> list[GoldDoc]:
    """All gold documents of a JSONL gold file, in file order (see ``iter_gold`` for errors)."""
    return [doc for _, doc in iter_gold(path)]


def check_gold(gold: GoldDoc, text: str, where: str) -> None:
    """Raise ``GoldError(where, …)`` unless ``gold`` is grounded in the article ``text``.

    ``text`` is the article text as ``read_article`` returns it (already NFC). Checked: the
    sha256 of the text, every span's label and value, every span's text against
    ``text[start:end]``, and that no two spans overlap.
    """
    actual = hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()
    if actual != gold.text_sha256:
        raise GoldError(where, f"text_sha256 {gold.text_sha256[:12]}… does not match the article "
                               f"text of {gold.doc_id} (sha256 {actual[:12]}…)")
    for span in gold.spans:
        # Re-checked here for GoldDocs built without validation (model_construct).
        problem = _span_problem(span.model_dump())
        if problem:
            raise GoldError(where, problem)
        if span.end > len(text):
            raise GoldError(where, f"{_describe(span.start, span.end, span.text)} lies beyond the end "
                                   f"of the article text ({len(text)} characters)")
        if text[span.start:span.end] != span.text:
            raise GoldError(where, f"{_describe(span.start, span.end, span.text)} does not match the "
                                   f"article text {text[span.start:span.end]!r}")
    ordered = sorted(gold.spans, key=lambda s: (s.start, s.end))
    for before, after in zip(ordered, ordered[1:]):
        if after.start < before.end:
            raise GoldError(where, f"{_describe(after.start, after.end, after.text)} overlaps "
                                   f"{_describe(before.start, before.end, before.text)}")


def load_gold_corpus(path: Path | str, raw_dirs: Sequence[Path | str]) -> list[GoldArticle]:
    """Load a gold file, find and read each article in ``raw_dirs``, and check each line.

    The front door for evaluation: every returned ``GoldArticle`` is grounded; the first
    problem raises ``GoldError`` naming the gold file and line.
    """
    items = []
    for where, doc in iter_gold(path):
        article = find_article(doc.doc_id, raw_dirs, where=where)
        try:
            text = read_article(article)
        except GoldError as exc:
            raise GoldError(where, f"{exc.where}: {exc.message}") from None
        check_gold(doc, text, where)
        items.append(GoldArticle(doc=doc, text=text, where=where, article=article))
    return items


def _parse_line(raw: bytes, where: str) -> GoldDoc:
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise GoldError(where, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise GoldError(where, f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise GoldError(where, f"expected a JSON object, not {type(obj).__name__}")
    spans = obj.get("spans")
    if isinstance(spans, list):
        for i, span in enumerate(spans):
            if not isinstance(span, dict):
                raise GoldError(where, f"span #{i} is not a JSON object")
            problem = _span_problem(span)
            if problem:
                raise GoldError(where, problem)
    try:
        return GoldDoc.model_validate(obj)
    except ValidationError as exc:
        raise GoldError(where, _validation_reason(exc, obj)) from None


def _span_problem(span: dict[str, Any]) -> str | None:
    """The first label or value problem of a raw span dict, or None."""
    desc = _describe(span.get("start"), span.get("end"), span.get("text"))
    label = span.get("label")
    if label not in LABELS:
        return f"{desc}: unknown label {label!r} (known: {', '.join(LABELS)})"
    value = span.get("value")
    if label not in VALUE_LABELS:
        return None if value is None else f"{desc}: {label} spans carry no value, got {value!r}"
    if value is None:
        return f"{desc}: {label} span has no value; expected {_VALUE_FORMS[label]}"
    try:
        if not isinstance(value, dict):
            raise ValueError
        parse_value(label, value)
    except ValueError:
        return f"{desc}: malformed {label} value {value!r}; expected {_VALUE_FORMS[label]}"
    for low, high in _RANGES:
        if low in value and Decimal(value[low]) > Decimal(value[high]):
            return f"{desc}: malformed {label} value {value!r}; {low} is greater than {high}"
    return None


def _describe(start: Any, end: Any, text: Any) -> str:
    return f"span {start}-{end} {text!r}"


def _validation_reason(exc: ValidationError, obj: dict[str, Any]) -> str:
    """One readable line from a pydantic error: which field (or span) and what is wrong."""
    parts = []
    for err in exc.errors():
        loc = list(err["loc"])
        if len(loc) >= 2 and loc[0] == "spans" and isinstance(loc[1], int):
            span = obj["spans"][loc[1]]
            field = ".".join(str(x) for x in loc[2:])
            where = _describe(span.get("start"), span.get("end"), span.get("text"))
            parts.append(f"{where}{' ' + field if field else ''}: {err['msg']}")
        else:
            parts.append(f"{'.'.join(str(x) for x in loc) or 'line'}: {err['msg']}")
    return "; ".join(parts)
