"""Stage ``entities``: PERSON, ORG, LOC, EVENT and LAW mentions.

Reads ``doc`` tokens (underthesea words on exact offsets), ``doc._.excluded``, the credits the
read stage found (the outlet naming itself, author bylines) and the mentions already found.
Adds named-entity mentions to ``doc._.mentions``. The rules live in
``pipeline.vi.names``; this module only connects them to the Doc.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.vi.names import find_names


class _CrfOpinion:
    """underthesea's CRF on the sentences that hold the names asked about (one call each)."""

    def __init__(self, text: str, words: list[tuple[int, int, bool]]):
        self.text = text
        self.starts = [s for s, _, sent in words if sent] or [0]

    def __call__(self, spans: list[tuple[int, int]]) -> list[str | None]:
        import bisect

        from pipeline.vi.align import FoldedText
        from pipeline.vi.crf import crf_spans

        folded, tagged = FoldedText(self.text), {}
        out = []
        for start, end in spans:
            k = bisect.bisect_right(self.starts, start) - 1
            sent = (self.starts[max(k, 0)], self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text))
            if sent not in tagged:
                tagged[sent] = crf_spans(folded, *sent)
            out.append(next((label for s, e, label in tagged[sent] if s < end and start < e), None))
        return out


def add_entities(doc: Doc) -> Doc:
    words = [(t.idx, t.idx + len(t.text), t.is_sent_start) for t in doc if not t.is_space]
    skip = [(s, e) for s, e, *_ in (doc._.excluded or [])]
    text = doc.text  # built from the tokens on each access: read it once
    found = find_names(text, words, skip=skip, second_opinion=_CrfOpinion(text, words))
    mentions = list(doc._.mentions or [])
    for n in found:
        mentions.append({"start": n.start, "end": n.end, "label": n.label,
                         "text": text[n.start:n.end], "source": "entities",
                         **({"roles": list(n.roles)} if n.roles else {})})
    for start, end, label in doc._.credits or []:
        mentions.append({"start": start, "end": end, "label": label, "text": text[start:end],
                         "source": "read"})
    doc._.mentions = mentions
    return doc
