"""Rule-based recognition of PERSON, ORG, LOC, EVENT and LAW names in Vietnamese news.

Layers, each small and driven by data files (``pipeline/data``) rather than by literals:

1. **Candidates**: runs of capitalised syllables (Vietnamese capitalises every syllable of a
   personal or place name and the first syllable of each word of an organisation name), acronyms
   and mixed-case names (``NVIDIA``, ``VPBank``), lower-case words that the word segmenter keeps
   inside a capitalised word (``Ngoại giao``), and lower-case region names (``châu Âu``).
2. **Typing and boundaries**: titles and honorifics before a name (stripped, kept as roles),
   organisation/event/law head words, gazetteers (CLDR countries, Vietnamese administrative units
   old and new, regions, world cities, known organisations), Vietnamese surnames, and the words
   before a name (``tại``, ``ở`` for places).
3. **Document consistency**: a surface typed once is typed the same everywhere in the article;
   a parenthesised abbreviation takes the type of the name before it; a person later called by
   the last syllable of the name after an honorific (``ông Hoài``) is still a PERSON.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.vi import lexicon as lx

# A syllable: letters/digits with inner dots, ampersands or apostrophes (TP.HCM, C&T, D.C.).
_SYL = re.compile(r"[^\W_](?:[\w&]|[.'’](?=[^\W_]))*\.?(?<=\w|\.)|[^\w\s]", re.U)


@dataclass
class Name:
    start: int
    end: int
    label: str
    roles: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class Syl:
    start: int
    end: int
    text: str
    key: str
    word: int
    sent_start: bool

    @property
    def cap(self) -> bool:
        c = self.text[0]
        return c.isupper() or (c.isdigit() and False)

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2

    @property
    def alpha(self) -> bool:
        return self.text[0].isalpha()


@lru_cache(maxsize=1)
def _resources():
    places = {k: v for k, v in lx.places().items()}
    known = lx.org_known()
    titles = lx.titles()
    heads = lx.org_heads()
    events = lx.event_heads()
    laws = lx.law_heads()
    surnames = set(lx.surnames())
    prefixes = lx.loc_prefixes()
    maxlen = max((len(k.split()) for d in (places, known, titles, heads, events, laws) for k in d), default=1)
    return places, known, titles, heads, events, laws, surnames, prefixes, min(maxlen, 10)


_PLACE_TRIGGERS = {"tại", "ở", "đến", "sang", "tới", "thăm", "từ", "về"}
_FUNCTION = {"của", "và", "với", "tại", "ở", "là", "cho", "các", "những", "trong", "theo", "về", "từ", "đến"}


def _syllables(text: str, words: list[tuple[int, int, bool]], skip) -> list[Syl]:
    out: list[Syl] = []
    skip = sorted(skip)
    for wi, (ws, we, sent) in enumerate(words):
        if any(s <= ws < e for s, e in skip):
            continue
        first = True
        for m in _SYL.finditer(text, ws, we):
            t = m.group()
            out.append(Syl(m.start(), m.end(), t, lx.tone_key(t), wi, sent and first))
            first = False
    return out


def _match(syls: list[Syl], i: int, table: dict, maxlen: int, need_cap: bool = False) -> int:
    """Length (in syllables) of the longest entry of ``table`` starting at syllable ``i``."""
    best = 0
    key = ""
    for n in range(1, maxlen + 1):
        j = i + n - 1
        if j >= len(syls):
            break
        if n > 1 and syls[j].start - syls[j - 1].end > 1:
            break
        key = syls[j].key if n == 1 else f"{key} {syls[j].key}"
        if key in table and (not need_cap or syls[i].cap):
            best = n
    return best


def find_names(text: str, words: list[tuple[int, int, bool]], skip=()) -> list[Name]:
    places, known, titles, heads, events, laws, surnames, prefixes, maxlen = _resources()
    syls = _syllables(text, words, skip)
    names: list[Name] = []
    n = len(syls)
    i = 0

    def joined(a: int, b: int) -> bool:
        return syls[b].start - syls[a].end <= 1 and "\n" not in text[syls[a].end:syls[b].start]

    def is_namey(k: int) -> bool:
        s = syls[k]
        return s.alpha and (s.cap or s.acronym)

    def run_end(k: int) -> int:
        """End (exclusive) of the run of name syllables starting at ``k``: capitalised syllables,
        and lower-case syllables inside a word that starts capitalised (``Ngoại giao``)."""
        j = k + 1
        while j < n and joined(j - 1, j):
            s = syls[j]
            if is_namey(j):
                j += 1
            elif s.alpha and s.word == syls[j - 1].word and syls[_word_start(j)].cap:
                j += 1
            elif s.text in "-–" and j + 1 < n and is_namey(j + 1) and joined(j, j + 1) and _tight(j):
                j += 1
            elif s.text.isdigit() and syls[k].text in ("G", ) :
                j += 1
            else:
                break
        return j

    def _word_start(j: int) -> int:
        w = syls[j].word
        while j > 0 and syls[j - 1].word == w:
            j -= 1
        return j

    def _tight(j: int) -> bool:
        # a hyphen glued to both neighbours ("Mỹ-ASEAN", "Xuất-Nhập"), not a spaced dash
        return syls[j].start == syls[j - 1].end and syls[j + 1].start == syls[j].end

    while i < n:
        s = syls[i]
        # Lower-case region names (châu Âu, miền Trung) and places matched by the gazetteer.
        if not is_namey(i):
            m = _match(syls, i, places, maxlen)
            if m >= 2 and any(syls[k].cap for k in range(i + 1, i + m)):
                names.append(Name(s.start, syls[i + m - 1].end, "LOC"))
                i += m
                continue
            i += 1
            continue
        end = run_end(i)
        names.extend(_analyse(syls, i, end, text))
        i = end
    names = _parenthesised(names, syls, text)
    names = _consistency(names, syls, text)
    return sorted(names, key=lambda x: x.start)


def _analyse(syls: list[Syl], a: int, b: int, text: str) -> list[Name]:
    """Type and split one run of name syllables ``syls[a:b]``."""
    places, known, titles, heads, events, laws, surnames, prefixes, maxlen = _resources()
    out: list[Name] = []
    roles: list[str] = []
    i = a
    prev_word = _prev_word(syls, a, text)
    while i < b:
        s = syls[i]
        # Titles and honorifics: stripped, remembered as roles of the next person.
        t = _match(syls, i, titles, maxlen)
        if t and i + t <= b:
            roles.append(text[s.start:syls[i + t - 1].end])
            i += t
            continue
        if s.key in prefixes and prefixes[s.key] == "prefix" and i + 1 < b:
            i += 1
            prev_word = "tại"
            continue
        # Law names: Luật X, Công ước X, Hiệp định X ...
        m = _match(syls, i, laws, maxlen)
        if m and s.cap:
            j = i + m
            if j < b or (m and syls[i + m - 1].acronym):
                out.append(Name(s.start, syls[b - 1].end if j < b else syls[j - 1].end, "LAW"))
                i = b
                continue
        # Event names: Hội nghị X, Diễn đàn X ... (with "lần thứ N" after them).
        m = _match(syls, i, events, maxlen)
        if m and s.cap and i + m < b or (m and syls[i + m - 1].acronym):
            end = _event_tail(syls, b, text)
            out.append(Name(s.start, end, "EVENT"))
            i = b
            continue
        # Organisations: head word and the rest of the run, up to a trailing person name.
        m = _match(syls, i, heads, maxlen)
        if m:
            stop = b
            for k in range(i + m, b - 1):
                if person_like(syls, k, b, surnames):
                    stop = k
                    break
            if stop > i + m or _bare_org(syls, i, m, heads):
                out.append(Name(s.start, syls[stop - 1].end, "ORG"))
            i = stop
            continue
        # Gazetteers: known organisations and places, longest first.
        mk = _match(syls, i, known, maxlen)
        mp = _match(syls, i, places, maxlen)
        if mk or mp:
            if mk >= mp:
                out.append(Name(s.start, syls[i + mk - 1].end, "ORG"))
                i += mk
            else:
                out.append(Name(s.start, syls[i + mp - 1].end, "LOC"))
                i += mp
            continue
        # The rest of the run: a person after a title or with a surname, a place after a place
        # word, an acronym or single unknown capitalised word as an organisation.
        j = i + 1
        while j < b and not (_match(syls, j, titles, maxlen) or _match(syls, j, heads, maxlen)
                             or _match(syls, j, places, maxlen) or _match(syls, j, known, maxlen)):
            j += 1
        span_text = text[s.start:syls[j - 1].end]
        if s.sent_start and j - i == 1 and not roles and not s.acronym:
            i = j
            continue
        if roles or person_like(syls, i, j, surnames):
            label = "PERSON"
        elif prev_word in _PLACE_TRIGGERS and not s.acronym:
            label = "LOC"
        elif s.acronym or j - i == 1:
            label = "ORG"
        elif 2 <= j - i <= 3 and all(syls[k].cap and not syls[k].acronym for k in range(i, j)):
            label = "PERSON"
        else:
            label = "ORG"
        out.append(Name(s.start, syls[j - 1].end, label, tuple(roles) if label == "PERSON" else ()))
        roles = []
        i = j
    return out


def person_like(syls, a: int, b: int, surnames) -> bool:
    if not (2 <= b - a <= 4):
        return False
    if not all(syls[k].cap and syls[k].alpha and not syls[k].acronym for k in range(a, b)):
        return False
    return syls[a].key in surnames


def _bare_org(syls, i, m, heads) -> bool:
    info = heads.get(" ".join(syls[k].key for k in range(i, i + m)))
    return bool(info and info.bare_is_org)


def _prev_word(syls: list[Syl], a: int, text: str) -> str:
    if a == 0:
        return ""
    p = syls[a - 1]
    return p.text.lower()


_ORDINAL = re.compile(r"\s+(?:lần thứ\s+(?:\d+|[IVXLC]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|\d{4}|[IVXLC]+\b|\d{1,2}\b)")


def _event_tail(syls: list[Syl], b: int, text: str) -> int:
    end = syls[b - 1].end
    m = _ORDINAL.match(text, end)
    return m.end() if m else end


def _parenthesised(names: list[Name], syls: list[Syl], text: str) -> list[Name]:
    """``X (ABC)``: the abbreviation in parentheses takes the type of the name before it."""
    by_start = {n.start: n for n in names}
    out = list(names)
    for n in names:
        m = re.match(r"\s*\(([^()\n]{2,20})\)", text[n.end:n.end + 24])
        if not m:
            continue
        inner_start = n.end + m.start(1)
        inner_end = n.end + m.end(1)
        inner = text[inner_start:inner_end].strip()
        if not re.fullmatch(r"[A-ZĐ][\w&.\- ]*", inner) or sum(c.isupper() for c in inner) < 2:
            continue
        existing = by_start.get(inner_start)
        if existing is not None:
            existing.label = n.label if n.label in ("ORG", "EVENT", "LAW") else existing.label
        else:
            out.append(Name(inner_start, inner_end, n.label))
    return out


def _consistency(names: list[Name], syls: list[Syl], text: str) -> list[Name]:
    """One surface, one type across the article; later short references to people."""
    from collections import Counter

    votes: dict[str, Counter] = {}
    for n in names:
        votes.setdefault(lx.tone_key(text[n.start:n.end]), Counter())[n.label] += 1
    best = {k: c.most_common(1)[0][0] for k, c in votes.items()}
    for n in names:
        n.label = best[lx.tone_key(text[n.start:n.end])]
    # Short references to people: "ông Hoài" after "Võ Xuân Hoài".
    given = {}
    for n in names:
        if n.label == "PERSON":
            parts = text[n.start:n.end].split()
            if len(parts) >= 2:
                given[lx.tone_key(parts[-1])] = True
    covered = [(n.start, n.end) for n in names]
    extra = []
    honorifics = {"ông", "bà", "anh", "chị", "ngài"}
    for k, s in enumerate(syls):
        if s.key in given and k > 0 and syls[k - 1].text.lower() in honorifics and \
                not any(a <= s.start < b for a, b in covered):
            if k + 1 < len(syls) and syls[k + 1].cap and syls[k + 1].alpha and syls[k+1].start - s.end <= 1:
                continue
            extra.append(Name(s.start, s.end, "PERSON"))
    # Unlabelled repeats of a typed multi-letter surface elsewhere in the article.
    surfaces = {text[n.start:n.end]: n.label for n in names if n.end - n.start >= 2}
    covered += [(x.start, x.end) for x in extra]
    starts = {s.start for s in syls}
    for surf, label in surfaces.items():
        for m in re.finditer(r"(?<![\w])" + re.escape(surf) + r"(?![\w])", text):
            if not any(a < m.end() and m.start() < b for a, b in covered):
                if m.start() in starts:
                    extra.append(Name(m.start(), m.end(), label))
                    covered.append((m.start(), m.end()))
    return names + extra
