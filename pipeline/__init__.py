"""Grounded information extraction from Vietnamese news.

Front door::

    from pipeline import extract
    record = extract(text, doc_id="a1", published="2025-06-30")

returns the validated :class:`schemas.ArticleRecord` of the article.
"""
from __future__ import annotations

import unicodedata

from pipeline.version import PIPELINE_VERSION

__all__ = ["extract", "PIPELINE_VERSION"]

_EXTRACTOR = None


def extract(text: str, doc_id: str = "doc", published: str | None = None, title: str | None = None,
            url: str | None = None):
    """Extract the record of one article text (normalised to NFC first)."""
    global _EXTRACTOR
    from pipeline.runner import Extractor
    from pipeline.textio import Article

    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    meta = {"encoding": "utf-8"}
    if published:
        meta["date"] = published
    if title:
        meta["title"] = title
    if url:
        meta["url"] = url
    article = Article(doc_id=doc_id, text=unicodedata.normalize("NFC", text), source=doc_id, meta=meta)
    return _EXTRACTOR.process(article)
