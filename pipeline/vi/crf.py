"""underthesea's shipped CRF tagger (``ner()``), its spans realigned onto the exact text.

The CRF is old and weak on this news as a recogniser, but it reads context words: the entities
stage asks it for a second opinion on names it could only type by default.
"""
from __future__ import annotations

from pipeline.vi.align import FoldedText, align_tokens

LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def crf_spans(folded: FoldedText, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of the PERSON/ORG/LOC spans the CRF tags in ``text[start:end]``."""
    from underthesea import ner

    tagged = ner(folded.text[start:end])
    spans = align_tokens(folded, [t[0] for t in tagged], start, end)
    out: list[list] = []
    cur = None
    for (word, *_, tag), span in zip(tagged, spans):
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if span is None or kind not in LABELS:
            cur = None
            continue
        if tag.startswith("I-") and cur is not None and cur[2] == LABELS[kind]:
            cur[1] = span[1]
        else:
            cur = [span[0], span[1], LABELS[kind]]
            out.append(cur)
    return [tuple(x) for x in out]
