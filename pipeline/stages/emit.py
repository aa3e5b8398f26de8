"""Stage ``emit``: one validated ``ArticleRecord`` per article.

Reads everything the earlier stages added (``doc._.meta``, ``doc._.excluded``,
``doc._.mentions``, ``doc._.entities``, ``doc._.stages``) and stores the record, validated by
Pydantic in strict mode, in ``doc._.record``. A record that does not validate raises: the
caller turns that into an error record for the input, never into a silently wrong line.
"""
from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from pipeline.version import PIPELINE_VERSION
from schemas import ArticleRecord

_META_KEYS = ("title", "published", "published_source", "outlet", "authors", "url", "source_path",
              "encoding", "html_stripped")


def build_record(doc: Doc) -> ArticleRecord:
    meta = doc._.meta or {}
    text = doc.text  # built from the tokens on each access: read it once
    data = {
        "schema_version": "1.0",
        "pipeline_version": PIPELINE_VERSION,
        "doc_id": meta.get("doc_id") or "",
        "text": text,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "metadata": {k: meta[k] for k in _META_KEYS if k in meta and meta[k] is not None},
        "stages": list(doc._.stages or []),
        "excluded": [{"start": s, "end": e, "kind": k, "reason": r} for s, e, k, r in (doc._.excluded or [])],
        "mentions": [{k: m[k] for k in ("start", "end", "label", "text", "value") if k in m}
                     for m in (doc._.mentions or [])],
        "entities": list(doc._.entities or []),
    }
    return ArticleRecord.model_validate(data, strict=True)


def emit(doc: Doc) -> Doc:
    doc._.record = build_record(doc)
    return doc
