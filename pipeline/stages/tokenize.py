"""Stage ``tokenize``: sentences and Vietnamese words, on exact character offsets.

Reads ``doc.text`` and ``doc._.excluded``. Runs underthesea's sentence splitter and word
segmenter on each line of article text and realigns their output to the text (underthesea
rewrites tone placement and Ð, and inserts or joins spaces; see ``pipeline.vi.align``). Returns
a new ``Doc`` over the same text whose tokens are those words (multi-syllable words keep their
inner spaces, e.g. "Phạm Minh Chính"), with sentence starts set, and the user data of the input
``Doc`` carried over. Text that underthesea did not cover, and excluded regions, are split on
whitespace. ``doc.text`` is unchanged.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.vi.align import FoldedText, align_tokens

_CHUNK = re.compile(r"\S+")


_MAX_PIECE = 4000
_BREAK = re.compile(r"\s+")


def _pieces(line: str) -> list[str]:
    """A very long line in pieces of at most about ``_MAX_PIECE`` characters, cut at spaces,
    so that the segmenter's cost stays linear whatever the input."""
    if len(line) <= _MAX_PIECE:
        return [line]
    out, start = [], 0
    while len(line) - start > _MAX_PIECE:
        cut = line.rfind(" ", start + _MAX_PIECE // 2, start + _MAX_PIECE)
        cut = cut if cut > start else start + _MAX_PIECE
        out.append(line[start:cut])
        start = cut
    out.append(line[start:])
    return out


def _segment(line: str) -> list[list[str]]:
    from underthesea import sent_tokenize, word_tokenize

    return [word_tokenize(s) for piece in _pieces(line) for s in sent_tokenize(piece)]


def word_spans(text: str, excluded: list[tuple[int, int, str, str]] = ()) -> tuple[list[tuple[int, int]], set[int]]:
    """Word spans covering every non-space character of ``text``, and the sentence-start words.

    Never fails: whatever underthesea does not account for is split on whitespace.
    """
    folded = FoldedText(text)
    spans: list[tuple[int, int]] = []
    sent_starts: set[int] = set()
    skip = sorted((s, e) for s, e, *_ in excluded)
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if any(s <= start and end <= e for s, e in skip):
            sent_starts.add(len(spans))
            spans.extend((start + m.start(), start + m.end()) for m in _CHUNK.finditer(line))
            continue
        cursor = start
        for sentence in _segment(line):
            first = True
            for span in align_tokens(folded, sentence, cursor, end):
                if span is None:
                    continue
                s, e = span
                if s < cursor:
                    continue
                # Fill text underthesea skipped over before this word.
                for m in _CHUNK.finditer(text, cursor, s):
                    if first:
                        sent_starts.add(len(spans))
                        first = False
                    spans.append((m.start(), m.end()))
                if first:
                    sent_starts.add(len(spans))
                    first = False
                spans.append((s, e))
                cursor = e
        for m in _CHUNK.finditer(text, cursor, end):
            spans.append((m.start(), m.end()))
    return spans, sent_starts


def doc_from_spans(vocab, text: str, spans: list[tuple[int, int]], sent_starts: set[int]) -> Doc:
    """A Doc whose tokens are ``spans`` plus whitespace tokens, reproducing ``text`` exactly."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool | None] = []
    pos = 0

    def gap(g: str) -> None:
        # Whitespace between words: one trailing space is the previous token's, the rest a token.
        if not g:
            return
        if words and not spaces[-1] and g[0] == " ":
            spaces[-1] = True
            g = g[1:]
        if g:
            words.append(g)
            spaces.append(False)
            starts.append(len(words) == 1)

    for i, (s, e) in enumerate(spans):
        gap(text[pos:s])
        words.append(text[s:e])
        spaces.append(False)
        starts.append(i in sent_starts or len(words) == 1)
        pos = e
    gap(text[pos:])
    if not words:
        return Doc(vocab, words=[], spaces=[])
    starts[0] = True
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
    return doc


def tokenize(doc: Doc) -> Doc:
    text = doc.text
    spans, sent_starts = word_spans(text, doc._.excluded or [])
    new = doc_from_spans(doc.vocab, text, spans, sent_starts)
    new.user_data.update(doc.user_data)
    return new
