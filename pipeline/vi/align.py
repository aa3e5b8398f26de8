"""Re-align tokens that a tool rewrote (tone placement, Ð/Đ, spaces) onto the exact text.

Tokens are compared with the text on a *folded key*: every character reduced to its lowercase
base letter (diacritics and combining marks dropped, Đ/Ð/đ -> d) and whitespace removed. The key
of an NFC text has one entry per base character, so a token whose characters were rewritten
("hoà" -> "hòa") or re-spaced ("5.800tỷđồng" -> "5.800 tỷđồng") still has the same key as the
slice of text it came from. Alignment never raises: a token that cannot be found is reported as
``None`` and the caller decides what to do with the text it did not cover.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

_SPECIAL = {"đ": "d", "Đ": "d", "Ð": "d", "ð": "d", "ɖ": "d"}


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The folded key of one character: '' for whitespace and combining marks."""
    if ch.isspace() or unicodedata.combining(ch):
        return ""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    if unicodedata.combining(base):
        return ""
    return base.lower()


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


class FoldedText:
    """The folded key of a text with a map from key positions back to text offsets."""

    __slots__ = ("text", "key", "pos")

    def __init__(self, text: str):
        self.text = text
        keys: list[str] = []
        pos: list[int] = []
        for i, ch in enumerate(text):
            k = fold_char(ch)
            if k:
                # NFD of a compatibility character can give several base characters.
                for kc in k:
                    keys.append(kc)
                    pos.append(i)
        self.key = "".join(keys)
        self.pos = pos

    def char_end(self, key_end: int) -> int:
        """Text offset just after the character of key position ``key_end - 1``, marks included."""
        end = self.pos[key_end - 1] + 1
        text = self.text
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        return end


def align_tokens(
    folded: FoldedText, tokens: list[str], start: int = 0, end: int | None = None, window: int = 64
) -> list[tuple[int, int] | None]:
    """Character spans of ``tokens`` within ``folded.text[start:end]``, in order.

    Each token is looked for at the running cursor, then a little further on (``window`` key
    characters) in case the tool dropped or inserted something. Tokens that are not found give
    ``None``; the cursor does not move for them.
    """
    import bisect

    key, pos = folded.key, folded.pos
    k = bisect.bisect_left(pos, start)
    k_end = len(key) if end is None else bisect.bisect_left(pos, end)
    spans: list[tuple[int, int] | None] = []
    for tok in tokens:
        tk = fold(tok)
        if not tk:
            spans.append(None)
            continue
        if key.startswith(tk, k) and k + len(tk) <= k_end:
            found = k
        else:
            found = key.find(tk, k, min(k_end, k + window + len(tk)))
        if found < 0:
            spans.append(None)
            continue
        k = found + len(tk)
        spans.append((pos[found], folded.char_end(k)))
    return spans
