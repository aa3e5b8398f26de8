"""Stage ``numbers``: money, percentages, dates and numbered legal instruments.

Reads ``doc.text``, ``doc._.excluded`` and the publication date in ``doc._.meta`` (to resolve
years the text leaves out). Adds MONEY, PERCENT and DATE mentions with normalised values, and
LAW mentions for numbered instruments (``Nghị định số 182/NĐ-CP``), to ``doc._.mentions``. The
grammar itself lives in ``pipeline.vi.quantities``.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from pipeline.vi.quantities import find_quantities


def add_quantities(doc: Doc) -> Doc:
    meta = doc._.meta or {}
    published = date.fromisoformat(meta["published"]) if meta.get("published") else None
    skip = [(s, e) for s, e, *_ in (doc._.excluded or [])]
    text = doc.text  # built from the tokens on each access: read it once
    found = find_quantities(text, published=published, skip=skip)
    mentions = list(doc._.mentions or [])
    for q in found:
        m = {"start": q.start, "end": q.end, "label": q.label, "text": text[q.start:q.end],
             "source": "numbers"}
        if q.value is not None:
            m["value"] = q.value
        mentions.append(m)
    doc._.mentions = mentions
    return doc
