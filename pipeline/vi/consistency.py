"""Document layer of the name recogniser: what one mention says about the others.

A parenthesised abbreviation takes the type of the name before it; abbreviations an article
defines for a common phrase are no names; a surface gets one type across the article by a vote
in which evidence (a head word, a gazetteer, a title) outweighs words around untyped names (kin,
speech verbs, settlement words, a country after a comma, the list a name stands in, sports
reporting), which outweigh defaults; short forms of people and bodies and untyped repeats of a
typed surface are added.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.vi import lexicon as lx
from pipeline.vi.syllables import (HONORIFICS_SENTENCE_ONLY, NAME_BOUNDARY, VI_LETTERS, Name, Text,
                                   prefix_before, vietnamese)


@lru_cache(maxsize=1)
def _WORLD_PLACE_KEYS() -> frozenset:
    """Countries, regions and world cities: what "X, <place>" locates X in."""
    return frozenset(lx.countries()) | frozenset(lx.regions()) | frozenset(lx.world_cities())


_HOME_KEY = lx.tone_key("Việt Nam")
_ACRONYM_IN_PARENS = re.compile(r"[A-ZĐ][A-ZĐ0-9&.\-]*[A-ZĐ0-9][a-z]{0,2}(?: \d{1,4})?")
_DEFINED_ABBREVIATION = re.compile(r"\(([A-ZĐ][A-ZĐ&]{1,7})\)")
_ENGLISH_WORDS_RUN = r"[A-Z][a-z]+(?: (?:of|and|for|the|[A-Z][a-z]+)){1,5}"
_ENGLISH_TERM = re.compile(r"(%s)[ \t]*\(([A-Z][A-Za-z]{1,6})\)|\b([A-Z][A-Za-z]{1,6})[ \t]*\((%s)\)"
                           % (_ENGLISH_WORDS_RUN, _ENGLISH_WORDS_RUN))
_ENGLISH_GLUE = frozenset({"of", "and", "for", "the"})


def common_abbreviations(tx: Text) -> frozenset[str]:
    """Abbreviations the article defines for a common phrase, not a name: "an sinh xã hội
    (ASXH)", "nghị luận xã hội (NLXH)", "Giám đốc kỹ thuật (GĐKT)" (a title). Their initials
    are those of the lower-case words (after a title, maybe) right before the parenthesis."""
    text, out = tx.text, set()
    for m in _DEFINED_ABBREVIATION.finditer(text):
        letters = [c for c in m.group(1) if c.isalpha()]
        words = text[max(0, m.start() - 80):m.start()].split()[-len(letters):]
        if len(words) != len(letters) or not all(w.isalpha() for w in words):
            continue
        if any(w[0].upper() != c.upper() for w, c in zip(words, letters)):
            continue
        lower = [w for w in words if not w[0].isupper()]
        title = next((k for k in range(len(words), 0, -1)
                      if lx.tone_key(" ".join(words[:k])) in tx.res.titles), 0)
        if len(lower) == len(words) or title and len(lower) == len(words) - sum(
                1 for w in words[:title] if w[0].isupper()):
            out.add(m.group(1))
    for m in _ENGLISH_TERM.finditer(text):  # "Automatic Speech Recognition (ASR)", "ASR (Deep Learning)"
        phrase, acronym = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        words = phrase.split()
        initials = ("".join(w[0] for w in words if w not in _ENGLISH_GLUE).upper(), "".join(w[0] for w in words).upper())
        before = words_before(text, m.start(1) if m.group(1) else m.start(3))
        if acronym.upper() in initials and all(english_word(w) for w in words if w not in _ENGLISH_GLUE) and \
                not any(lx.tone_key(w) in tx.res.foreign_org or lx.tone_key(w) in tx.res.foreign_event for w in words) \
                and not (before and tx.res.name_contexts.get(before[-1]) == "org"):  # "nhóm Event Horizon Telescope"
            out.update((phrase, acronym))  # a technique or notion spelt out in English, not a body
    return frozenset(out)


def english_word(word: str) -> bool:
    """An ordinary English word, maybe inflected ("Things", "Processing", "Learned")."""
    w, words = word.lower(), lx.english_words()
    return w in words or any(w.endswith(e) and len(w) - len(e) >= 3 and
                             (w[:-len(e)] in words or w[:-len(e)] + "e" in words)
                             for e in ("s", "es", "ing", "ed", "er"))


def parenthesised(names: list[Name], tx: Text) -> list[Name]:
    """``X (ABC)``: the abbreviation in parentheses takes the type of the name before it."""
    text = tx.text
    by_start = {n.start: n for n in names}
    out = list(names)
    for n in names:
        m = re.match(r"[ \t]*\(([^()\n]{2,20})\)", text[n.end:n.end + 24])
        if not m or n.label not in ("ORG", "EVENT", "LAW"):
            continue
        s, e = n.end + m.start(1), n.end + m.end(1)
        inner = text[s:e]
        if not _ACRONYM_IN_PARENS.fullmatch(inner) or lx.tone_key(inner) in tx.res.not_names:
            continue
        existing = by_start.get(s)
        if existing is not None:
            if existing.label in ("ORG", "EVENT", "LAW") and existing.end <= e:
                existing.label, existing.end = n.label, e
        else:
            out.append(Name(s, e, n.label))
    # "liệu pháp thay thế estrogen (ERT)", "mạng riêng ảo (VPN)": an abbreviation no name comes
    # before abbreviates a term; it stays a name only where the article types it elsewhere
    ends, terms = {n.end for n in out}, set()
    for n in out:
        if n.weak and n.label == "ORG" and text[n.start - 1:n.start] == "(" and text[n.end:n.end + 1] == ")":
            before = text[:n.start - 1].rstrip(" \t")
            if before and before[-1].isalpha() and before.split()[-1][0].islower() and \
                    not any(before_end in ends for before_end in range(len(before) - 1, n.start)):
                terms.add(text[n.start:n.end])
    for n in out:
        if n.weak and text[n.start:n.end] in terms:
            n.doubtful = True
    return out


def _short_forms(names: list[Name], tx: Text) -> dict[str, tuple[str, float]]:
    """Short forms (as written) an article may use for its names -> (type, weight of the vote).

    An organisation goes by the distinctive end of its name ("Công ty Cổ phần Đầu tư và Công
    nghiệp Tân Tạo" -> "Tân Tạo"); a person by the last two syllables of a Vietnamese name
    ("Lương Xuân Trường" -> "Xuân Trường") or the last word of a foreign one ("Peter
    Lescouhier" -> "Lescouhier"). An organisation's short forms that are also places are left
    alone; a person's are not ("Xuân Trường" is a district, and the player "Lương Xuân Trường").
    A person also goes by the given name alone ("Trần Viết Tôn" -> "Tôn", "Adam Rainer" ->
    "Adam"). A foreign personal name typed by default lends its words a weak vote ("Paris
    Hilton" -> "Hilton"): more than any number of defaults, less than any evidence. A foreign
    business goes by its name without the word of its trade ("Arena Multimedia" -> "Arena")."""
    res, out = tx.res, {}
    roled = {lx.tone_key(tx.text[n.start:n.end]) for n in names if n.label == "PERSON" and n.roles}
    bare = None
    for n in sorted(names, key=lambda n: n.weak):
        a = tx.index_of(n.start)
        if n.label not in ("ORG", "PERSON") or a is None:
            continue
        b = a
        while b < len(tx.syls) and tx.syls[b].end <= n.end:
            b += 1
        syls = tx.syls[a:b]
        if n.label == "ORG" and 2 <= len(syls) <= 3 and syls[-1].key in res.foreign_org and \
                all(s.cap and s.alpha and s.text.isascii() and s.key not in res.foreign_org for s in syls[:-1]) and \
                tx.key(a, b - 1) not in res.places:
            # a business by its name without the word of its trade ("Arena Multimedia" -> "Arena"),
            # which outweighs a locative before one mention ("tại Arena"); not a place ("Vietnam Airlines")
            out.setdefault(tx.text[syls[0].start:syls[-2].end], ("ORG", 1.5))
        if n.weak and n.label != "PERSON":
            continue
        if len(syls) < 2 or not all(s.alpha or s.text in "-–" for s in syls):
            continue
        if n.label == "PERSON":
            native = all(res.native(s.key) for s in syls if s.alpha)
            k = b - 2 if native else b - 1
            if native and (len(syls) < 3 or n.weak):
                continue
        else:
            if b - a >= 3 and tx.key(b - 2, b) == _HOME_KEY and tx.syls[b - 3].cap:
                # a company's Vietnamese branch lends its name to the parent ("Saint-Gobain Việt Nam")
                out.setdefault(tx.text[tx.syls[a].start:tx.syls[b - 3].end], ("ORG", 0.5))
            k = b
            while k > a + 1 and tx.syls[k - 1].cap and not tx.syls[k - 1].acronym and \
                    not tx.match(k - 1, res.heads):
                k -= 1
            if k < b and k > a and tx.key(k - 1, k + 1) in res.common:
                k += 1  # never cut a word in two
            if k == b or b - k < 2 and len(tx.syls[b - 1].text) < 4:
                continue
        key = tx.key(k, b)
        if (n.label == "PERSON" or key not in res.places) and key not in res.not_names and \
                (key not in res.common or b - k >= 2 and (n.label == "ORG" or native and key not in res.places)):
            # "Tân Tạo", "Minh Ngọc" are words too (but "Phú Quý", a word and an island, stays the island)
            weight = 0.3 if n.weak else 1.5 if n.label == "PERSON" else 0.5
            if n.label == "PERSON" and key in res.places and \
                    (tx.sports or lx.tone_key(tx.text[n.start:n.end]) in roled):
                # a person with a role, or a player, outweighs each bare mention the gazetteer types as
                # the place ("Xuân Trường và các đồng đội"); one after a place word ("huyện Xuân
                # Trường") does not count
                if bare is None:  # the surfaces of the mentions with no place word before them
                    bare = Counter(lx.tone_key(tx.text[m.start:m.end]) for m in names
                                   if prefix_before(tx, tx.index_of(m.start) or 0) is None)
                weight *= max(1, bare[key])
            out.setdefault(tx.text[tx.syls[k].start:tx.syls[b - 1].end], (n.label, weight))
        if n.label == "PERSON":
            # the given name alone: the last syllable of a Vietnamese name ("Trần Viết Tôn" ->
            # "Tôn"), the first word of a foreign one ("Adam Rainer" -> "Adam")
            g = b - 1 if native else a
            gkey = syls[g - a].key
            if gkey not in res.places and gkey not in res.not_names and gkey not in NAME_BOUNDARY and \
                    (native or len(syls[g - a].text) >= 4 and not vietnamese(tx, g)):
                out.setdefault(syls[g - a].text, ("PERSON", 0.3 if n.weak else 1.0))
    return out


def _inside_word(tx: Text, k: int, end: int) -> bool:
    """The one syllable ``syls[k]`` (ending at ``end``) is part of an ordinary word with a
    lower-case neighbour: "Hiệp" in "Hiệp hội", "Nam" in "miền Nam" are not the person."""
    syls, common = tx.syls, tx.res.common
    if syls[k].end != end:
        return False
    after = k + 1 < len(syls) and syls[k + 1].alpha and not syls[k + 1].namey and tx.joined(k, k + 1) \
        and tx.key(k, k + 2) in common
    before = k > 0 and syls[k - 1].alpha and not syls[k - 1].namey and tx.joined(k - 1, k) \
        and tx.key(k - 1, k + 1) in common
    return after or before


def _inside_foreign_phrase(tx: Text, k: int, end: int) -> bool:
    """The one syllable ``syls[k]`` (ending at ``end``) is a word of a longer foreign phrase in
    capitals that names nothing: "Data" in "Big Data" or "Data Mining"."""
    syls = tx.syls
    if syls[k].end != end or not syls[k].text.isascii() or syls[k].acronym or vietnamese(tx, k):
        return False
    return any(0 <= x < len(syls) and syls[x].cap and syls[x].alpha and syls[x].text.isascii() and
               not syls[x].acronym and not vietnamese(tx, x) and tx.joined(min(k, x), max(k, x))
               for x in (k - 1, k + 1))


class _Coverage:
    """Which characters of the text already belong to a name (linear memory, O(1) checks)."""

    def __init__(self, n: int):
        self.cov = bytearray(n + 1)

    def free(self, start: int, end: int) -> bool:
        return not any(self.cov[start:end])

    def take(self, start: int, end: int) -> None:
        self.cov[start:end] = b"\x01" * (end - start)


# After a name: its bearer's age or year of birth ("Michelle, 31 tuổi", "Zico (68 tuổi)", "Léonie (sinh năm 2010)").
_AGE_AFTER = re.compile(r"[ \t]*[,(][ \t]*(?:\d{1,3}[ \t]+tuổi\b|(?:sinh|SN)[ \t]+(?:năm[ \t]+)?\d{4}\b)")
# After a name: a comma and the country, region or city it lies in ("Changi, Singapore", "Sunshine Coast, Queensland").
_IN_COUNTRY_AFTER = re.compile(r",[ \t]*((?:[A-ZĐÀ-Ỹ][\w'-]*[ \t]?){1,3})(?=[\s.,;:)]|$)")
# A sentence that opens with its source ("Theo ...") up to the mention, with no comma yet.
_THEO_CLAUSE = re.compile(r"(?:^|[.!?\n][ \t]*)Theo[ \t][^,.!?\n]*$")
# One-word place prefixes that are also ordinary words elsewhere are not cues ("bang", "nước").
_SETTLEMENT_WORDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "thủ đô"})
_MOTION_CUES = frozenset({"từ", "tới"})  # cues of a place for one-word names only
_LIST_GAPS = frozenset({", ", " và ", ", và "})
_CUE_WEIGHT, _CUE_CAP = 0.2, 0.9  # one cue is more than any number of defaults, never evidence
_SPORTS_WEIGHT = 0.05  # more than the defaults of every mention, less than any cue or evidence
_SHOUTED_WORD = re.compile(r"[A-ZĐ]+")


def _cue_label(text: str, start: int, end: int) -> str | None:
    """The type the words right around one mention ``text[start:end]`` vote for, if any."""
    cues = lx.type_cues()
    m = _AGE_AFTER.match(text, end)
    if m:
        return "PERSON"
    m = _IN_COUNTRY_AFTER.match(text, end)
    if m and _THEO_CLAUSE.search(text[max(0, start - 80):start]):
        m = None  # "Theo thống kê của Worldometers, Ấn Độ ...": the comma closes the source clause
    if m:
        words = m.group(1).split()
        if any(lx.tone_key(" ".join(words[:k])) in _WORLD_PLACE_KEYS() for k in range(len(words), 0, -1)):
            return "LOC"
    if _office_after(text, end):
        return "PERSON"
    if _body_after(text, end) and text[start:end].split()[0].lower() not in lx.foreign_given_names():
        return "ORG"  # (but not "nhà vô địch Martin Nguyễn, tờ ... viết": a person's name)
    before = text[max(0, start - 30):start]
    if before[-1:].isspace() and "\n" not in before[-1:]:
        words = lx.tone_key(before).split()
        if words[-1:] == ["của"] and any(lx.titles().get(" ".join(words[-1 - n:-1])) == "title"
                                        for n in range(1, min(4, len(words)))):
            return "ORG"  # "Giám đốc của Jabil", "người phát ngôn của Centricus": the office's body
        for n in range(min(4, len(words)), 0, -1):  # the longest cue first: "kể từ" is not "từ"
            cue = " ".join(words[-n:])
            if cue in cues["before"]:
                if cue in _MOTION_CUES and " " in text[start:end].strip():
                    return None  # "tới Chloe Moretz": one goes to people as well as to places
                if cue in _NATIVE_NAME_CUES and not VI_LETTERS.search(lx.tone_key(text[start:end])):
                    return None  # "tài khoản Minh Hà" is a person's, "tài khoản Instagram" a platform's
                return cues["before"][cue] if cues["before"][cue] != "-" else None
            if lx.loc_prefixes().get(cue) == "prefix" and n > 1 or cue in _SETTLEMENT_WORDS:
                return "LOC"  # "Thành phố Pripyat" opening a sentence
    after = text[end:end + 30]
    if after[:1] in (" ", "\t"):
        words = lx.tone_key(after).split()
        for n in range(min(4, len(words)), 0, -1):
            cue = " ".join(words[:n])
            if cue in cues["after"] and (n < len(words) or after.rstrip() == after):
                return cues["after"][cue] if cues["after"][cue] != "-" else None
    return None


_APPOSITION = re.compile(r",[ \t]+(?:(?:một|là)[ \t]+)?((?:[^\W\d_]+[ \t]+){1,4})")


def _apposed_words(text: str, end: int) -> list[str]:
    """The first words after a comma right after a name, when they open in lower case (an
    apposition: "Soble, giám đốc điều hành"); none otherwise."""
    m = _APPOSITION.match(text, end)
    return m.group(1).split() if m and m.group(1)[0].islower() else []


def _office_after(text: str, end: int) -> bool:
    """A comma and an office held, in lower case, right after the name: "Soble, giám đốc điều hành
    của dự án", "Niu Haibin, phó giám đốc viện": the name is its holder's. (A name after the office
    is the holder's instead: "Vingroup, Chủ tịch Phạm Nhật Vượng".)"""
    words = _apposed_words(text, end)
    titles = lx.titles()
    for n in range(min(4, len(words)), 0, -1):
        if titles.get(lx.tone_key(" ".join(words[:n]))) == "title":
            rest = words[n:]
            return not rest or not rest[0][0].isupper()
    return False


def _body_after(text: str, end: int) -> bool:
    """A comma and, in lower case, a classifier of bodies right after the name: "Centricus, công ty
    giám sát 30 tỷ USD", "Nikkei, tờ báo lớn nhất Nhật Bản": the name is the body's."""
    words, contexts = _apposed_words(text, end), lx.name_contexts()
    return any(contexts.get(lx.tone_key(" ".join(words[:n]))) == "org" for n in range(min(3, len(words)), 0, -1))


# Cues that say what a Vietnamese name is, not a foreign word: an account is named by its holder
# ("tài khoản Hoài Thương") or by its platform ("tài khoản Instagram").
_NATIVE_NAME_CUES = frozenset({"tài khoản"})

_LIST_INTRO = re.compile(r"(?:[ \t]*:|[ \t]+(?:như|gồm|là))[ \t]*$")


def _people_listed(tx: Text, start: int) -> bool:
    """A list that starts at ``start`` is introduced by a role: "giám khảo: ...", "các rapper như ..."."""
    before = tx.text[max(0, start - 40):start]
    m = _LIST_INTRO.search(before)
    if not m:
        return False
    words = before[:m.start()].split()
    return any(tx.res.titles.get(lx.tone_key(" ".join(words[-n:]))) in ("role", "title") for n in (1, 2, 3)
               if len(words) >= n)


def _cue_votes(names: list[Name], tx: Text) -> dict[str, Counter]:
    """Votes for the type of the names typed by default alone, from what surrounds them: cue words
    ("gia đình Michelle", "thị trấn Pripyat", "Zico nói"), an age or a country after them, and
    the typed names they are listed with ("Văn Toản, Quốc Hường, Mpande, Fagan"). Acronyms get
    none: what surrounds "HAGL" says little of what it abbreviates."""
    text, out = tx.text, {}
    ordered = sorted(names, key=lambda n: n.start)
    # lists: maximal chains of names joined by a comma or "và"
    chain_of, chains, prev = {}, [], None
    for n in ordered:
        if prev is not None and text[prev.end:n.start] in _LIST_GAPS:
            chains[-1].append(n)
        else:
            chains.append([n])
        chain_of[id(n)] = chains[-1]
        prev = n
    for n in ordered:
        surface = text[n.start:n.end]
        if n.weak and n.label in ("ORG", "PERSON") and not surface.replace(" ", "").isupper() and \
                len(chain_of[id(n)]) >= 2 and _people_listed(tx, chain_of[id(n)][0].start):
            # "giám khảo: JustaTee, Rhymastic", "các rapper như Dế Choắt, GDucky"
            out.setdefault(lx.tone_key(surface), Counter())["PERSON"] += _CUE_WEIGHT
        if not n.weak or n.label not in ("ORG", "PERSON", "LOC") or \
                any(c.isupper() for c in text[n.start + 1:n.end].replace(" ", "")[:1]):
            continue
        votes = out.setdefault(lx.tone_key(text[n.start:n.end]), Counter())
        label = _cue_label(text, n.start, n.end)
        if label:
            votes[label] += _CUE_WEIGHT
        typed = Counter(m.label for m in chain_of[id(n)] if m is not n and m.label in ("ORG", "PERSON", "LOC") and
                        (not m.weak or m.label == "LOC" and _after_locative(text, m.start)))
        # (a place after a locative types its list, though one foreign word there may be a body's)
        if len(typed) == 1 and (sum(typed.values()) >= 2 or len(chain_of[id(n)]) >= 4):
            votes[typed.most_common(1)[0][0]] += _CUE_WEIGHT  # a list of one kind of thing
        elif typed == Counter(LOC=1) and (_after_locative(text, chain_of[id(n)][0].start) and
                                          _joined_as_list(text, chain_of[id(n)]) or
                                          _pair_after_place_word(tx, chain_of[id(n)])):
            votes["LOC"] += _CUE_WEIGHT  # "tại Manesar và Gurugram": the places of a locative; "2 tỉnh
            # Salavan và Sê Kông": the places of a place word
    for n in ordered:
        surface = text[n.start:n.end]
        if n.weak and n.label == "ORG" and surface.isalpha() and sum(c.isupper() for c in surface) == 1 and \
                lx.tone_key(surface) not in tx.res.syllables:
            # one vote in sports reporting, where players are far more often meant than clubs no
            # gazetteer has ("Havertz", "Zico"); one for a foreign first name ("John", "Regina"),
            # a person's more often than a brand's
            player = tx.sports and not _SHOUTED_WORD.fullmatch(surface) and not VI_LETTERS.search(lx.tone_key(surface))
            first_name = len(surface) > 2 and surface.lower() in lx.foreign_given_names() and \
                surface.lower() not in lx.english_words() and lx.tone_key(surface) not in tx.res.places
            if player or first_name:
                out.setdefault(lx.tone_key(surface), Counter())["PERSON"] += _SPORTS_WEIGHT * (player + first_name)
        elif tx.sports and n.weak and n.label == "LOC" and 2 <= len(surface.split()) <= 3 and \
                all(w[:1].isupper() and lx.tone_key(w) in tx.res.syllables for w in surface.split()):
            # "đánh bại Tấn Trường", "vắng Hùng Dũng, Đình Trọng": players called by their given names
            out.setdefault(lx.tone_key(surface), Counter())["PERSON"] += _SPORTS_WEIGHT
    for votes in out.values():
        for label in votes:
            votes[label] = min(votes[label], _CUE_CAP)
    return out


def _after_locative(text: str, start: int) -> bool:
    """"tại" or "ở" right before ``start``."""
    return words_before(text, start)[-1:] in (["tại"], ["ở"])


def _joined_as_list(text: str, chain: list[Name]) -> bool:
    """Names listed after a locative: three or more, two joined by a conjunction ("tại Manesar và
    Gurugram"), or two joined by a comma where the second closes the phrase ("ở Banyuwangi, Đông
    Java."). A comma and then a name that a verb follows is a clause that ends and its subject:
    "ở miền Tây, Karofi nhận định"."""
    if len(chain) > 2 or text[chain[0].end:chain[1].start].strip() in ("và", "hoặc"):
        return True
    m = re.match(r"[ \t]*(\w*)", text[chain[-1].end:chain[-1].end + 20])
    return not m.group(1) or m.group(1) in _PLACE_LIST_GOES_ON


# Words after two places that go on a locative phrase: "ở Pskov, Ivanovo và vùng Krasnodar".
_PLACE_LIST_GOES_ON = frozenset({"và", "hoặc", "ở", "tại", "thuộc", "của"})


def _pair_after_place_word(tx: Text, chain: list[Name]) -> bool:
    """Two names joined by "và", the first after a place word: "2 tỉnh Salavan và Sê Kông"."""
    return len(chain) == 2 and tx.text[chain[0].end:chain[1].start] == " và " and \
        prefix_before(tx, tx.index_of(chain[0].start) or 0) == "prefix"


def _complete_cut_names(names: list[Name], text: str) -> None:
    """A body's or a place's name cut short where the article elsewhere writes it whole goes on
    the same way: "Cục Quản lý Đăng ký kinh doanh" once, then "Cục Quản lý Đăng ký[ kinh doanh],
    ..."; "khu tập thể Thanh Xuân Bắc", then "Thanh Xuân[ Bắc], Kim Liên"."""
    longer = {label: sorted({text[n.start:n.end] for n in names if n.label == label}, key=len, reverse=True)
              for label in ("ORG", "LOC")}
    for n in names:
        surface = text[n.start:n.end]
        if n.label not in longer:
            continue
        for full in longer[n.label]:
            if len(full) <= len(surface):
                break
            end = n.start + len(full)
            if full.startswith(surface + " ") and text.startswith(full, n.start) and \
                    not (end < len(text) and (text[end].isalnum() or text[end] == "-")) and \
                    not any(m is not n and n.start < m.start < end for m in names):
                n.end = end
                break


def _after_honorific(tx: Text, start: int) -> bool:
    """The mention at ``start`` follows "ông", "bà" (or "Ông" opening a sentence)."""
    k = tx.index_of(start)
    if not k:
        return False
    prev = tx.syls[k - 1]
    return prev.key in ("ông", "bà") and (not prev.cap or prev.sent_start) and tx.joined(k - 1, k)


def _titled_full_name(tx: Text, n: Name) -> bool:
    """A Vietnamese full name (a surname and two or more syllables) right after a title."""
    words = tx.text[n.start:n.end].split()
    return bool(n.roles) and len(words) >= 3 and lx.tone_key(words[0]) in tx.res.surnames and \
        all(w[:1].isupper() for w in words)


CAMPAIGN = lx.tone_key("chiến dịch")


def campaign(text: str, n: Name) -> bool:
    """A campaign named after "chiến dịch" ("chiến dịch Khe Sanh", "chiến dịch Hồ Chí Minh"): the
    event, which says nothing of what the same words name elsewhere (the place, the person)."""
    return n.label == "EVENT" and preceded_by(text, n.start, (CAMPAIGN,))


def _keeps_own_type(tx: Text, n: Name, voted: str) -> bool:
    """The mention keeps its type against the article's vote ``voted`` for its surface: a person
    after "ông", "bà" ("Ông Việt" beside "người Việt") or a full name after a title ("Chủ tịch Hồ
    Chí Minh" beside "TP Hồ Chí Minh"), and a gazetteer place after its place word where the vote
    is a person's ("TP Hồ Chí Minh" beside "Chủ tịch Hồ Chí Minh")."""
    text = tx.text
    if n.label == "PERSON":
        return _after_honorific(tx, n.start) or _titled_full_name(tx, n)
    if campaign(text, n):
        return True
    before = words_before(text, n.start)
    return n.label == "LOC" and voted == "PERSON" and lx.tone_key(text[n.start:n.end]) in tx.res.places and \
        any(tx.res.prefixes.get(" ".join(before[-k:])) == "prefix" for k in (1, 2))


def make_consistent(names: list[Name], tx: Text) -> list[Name]:
    """One surface, one type across the article; untyped repeats; short references to people."""
    text, syls = tx.text, tx.syls
    votes: dict[str, Counter] = {}
    own: Counter = Counter()  # what defaults and second opinions vote: no evidence for a doubtful name
    _complete_cut_names(names, text)
    ordered = sorted(names, key=lambda n: n.start)
    for prev, n in zip(ordered, ordered[1:]):  # "ông Hakan Ekmen - CEO Telecommunication Umlaut":
        # an office between a person named without one and a name that is none of a person's
        # names the person's body, not a second person (but "ca sĩ Hansara, ca sĩ Seok Hun")
        if prev.label == "PERSON" and not prev.roles and n.label == "PERSON" and n.roles and \
                tx.res.titles.get(lx.tone_key(n.roles[-1])) == "title" and \
                re.fullmatch(r"\s*[,\-–]\s*" + re.escape(n.roles[-1]) + r"\s*", text[prev.end:n.start]) and \
                not all(tx.res.native(w) for w in lx.tone_key(text[n.start:n.end]).split()) and \
                text[n.start:n.end].split()[0].lower() not in lx.foreign_given_names():
            n.label, n.roles, n.weak = "ORG", (), False
    short = _short_forms(names, tx)
    bodies = {text[n.start:n.end] for n in names if n.label == "ORG" and not n.weak}
    for n in names:  # "sinh viên Greenwich" after "Đại học Greenwich": the students of the body
        surface = text[n.start:n.end]
        if n.label == "PERSON" and n.roles and tx.res.titles.get(lx.tone_key(n.roles[-1])) == "role" and \
                short.get(surface, ("",))[0] == "ORG" and \
                any(b.endswith(" " + surface) and lx.tone_key(b[:-len(surface) - 1]) in tx.res.heads for b in bodies) and \
                not all(tx.res.native(w) for w in lx.tone_key(surface).split()):
            n.label, n.roles = "ORG", ()
    for n in names:  # evidence outweighs any number of defaults
        votes.setdefault(lx.tone_key(text[n.start:n.end]), Counter())[n.label] += \
            0 if campaign(text, n) else 0.01 if n.opinion else 0.001 if n.weak else 1
        if n.weak or n.opinion:
            own[lx.tone_key(text[n.start:n.end])] += 0.01 if n.opinion else 0.001
    for key, cue_votes in _cue_votes(names, tx).items():
        votes.setdefault(key, Counter()).update(cue_votes)
    for surface, (label, weight) in short.items():
        # a person's full name in the article outweighs a gazetteer that knows the same words
        votes.setdefault(lx.tone_key(surface), Counter())[label] += weight
    # a doubtful name with no evidence behind it is no name, nor are its words
    kept = []
    for n in names:
        key = lx.tone_key(text[n.start:n.end])
        if n.doubtful and sum(votes[key].values()) - own[key] <= 1e-6:
            tx.no_name_spans.append((n.start, n.end))
        else:
            kept.append(n)
    names = kept
    best = {k: c.most_common(1)[0][0] for k, c in votes.items()}
    for n in names:
        voted = best[lx.tone_key(text[n.start:n.end])]
        if not _keeps_own_type(tx, n, voted):
            n.label = voted
    # "Hồ Văn Cường nhận ...": a sentence-initial word cut off a name the article writes whole
    whole = {text[n.start:n.end]: n.label for n in names
             if n.label in ("PERSON", "ORG") and len(text[n.start:n.end].split()) >= 3}
    for n in names:
        k = tx.index_of(n.start)
        if whole and k and syls[k - 1].sent_start and syls[k - 1].cap and tx.joined(k - 1, k) and \
                text[syls[k - 1].start:n.end] in whole and syls[k - 1].key not in tx.res.titles:
            n.start, n.label = syls[k - 1].start, whole[text[syls[k - 1].start:n.end]]
    cover = _Coverage(len(text))
    for n in names:
        cover.take(n.start, n.end)
    for start, end in tx.no_name_spans:  # "Samsung" inside "Samsung Galaxy Z Fold2" is no mention
        if cover.free(start, end):
            cover.take(start, end)
    extra: list[Name] = []
    # "ông Hoài" after "Võ Xuân Hoài": the last syllable of a known person after an honorific.
    given = {lx.tone_key(text[n.start:n.end].split()[-1]) for n in names
             if n.label == "PERSON" and len(text[n.start:n.end].split()) >= 2}
    for k, s in enumerate(syls):
        if s.cap and s.key in given and k > 0 and syls[k - 1].key in HONORIFICS_SENTENCE_ONLY and \
                cover.free(s.start, s.end) and \
                not (k + 1 < len(syls) and syls[k + 1].namey and tx.joined(k, k + 1)):
            extra.append(Name(s.start, s.end, "PERSON"))
            cover.take(s.start, s.end)
    # "Kỳ thi" after "Kỳ thi tốt nghiệp THPT 2021": the capitalised head of an exam or congress the
    # article named refers back to it (a bare "Hội chợ", "Tọa đàm" is described, not named).
    heads = set()
    for n in names:
        k = tx.index_of(n.start)
        m = tx.match(k, tx.res.events) if n.label == "EVENT" and k is not None else 0
        if m and tx.key(k, k + m) in _BACK_REFERENCE_HEADS and n.end > syls[k + m - 1].end:
            heads.add(tx.key(k, k + m))
    for k, s in enumerate(syls):
        m = tx.match(k, tx.res.events) if s.cap and heads else 0
        if m and tx.key(k, k + m) in heads and (k + m == len(syls) or not syls[k + m].namey) and \
                cover.free(s.start, syls[k + m - 1].end):
            extra.append(Name(s.start, syls[k + m - 1].end, "EVENT"))
            cover.take(s.start, syls[k + m - 1].end)
    # Untyped repeats of a typed surface elsewhere in the article (whole syllables only), found in
    # one pass with the longest surfaces first.
    surfaces = {text[n.start:n.end]: n.label for n in names if n.end - n.start >= 2}
    for surface, label in list(surfaces.items()):
        if label == "ORG" and len(surface) >= 4 and surface.isascii() and surface.isalpha() and surface.isupper():
            surfaces.setdefault(surface.capitalize(), label)  # a brand in capitals and in title case: "GREE", "Gree"
    people = {n.start for n in names + extra if n.label == "PERSON"}
    for surface, (label, _) in short.items():
        surfaces.setdefault(surface, best.get(lx.tone_key(surface), label))
    if surfaces:
        alternation = "|".join(re.escape(x) for x in sorted(surfaces, key=len, reverse=True))
        for m in re.finditer(r"(?<![\w&])(?<!\w-)(?:" + alternation + r")(?![\w&])(?!-\w)", text):
            k = tx.index_of(m.start())
            if k is not None and cover.free(m.start(), m.end()) and not _inside_word(tx, k, m.end()) and \
                    not _inside_foreign_phrase(tx, k, m.end()) and \
                    prefix_before(tx, k) not in ("language", "direction") and \
                    not (syls[k].key == "anh" and syls[k].sent_start and k + 1 < len(syls) and tx.joined(k, k + 1)
                         and (syls[k + 1].key in tx.called_people or syls[k + 1].start in people)):
                # ("tiếng Anh"; "Anh Thức cho rằng": the honorific before a person the article names)
                extra.append(Name(m.start(), m.end(), surfaces[m.group()]))
                cover.take(m.start(), m.end())
    return _clubs(names + extra, tx)


# The head of a sports club named after its province ("CLB Thanh Hóa"), and the words after which
# the province's name is the place, not the club ("tới Thanh Hóa", "người Thanh Hóa").
_CLUB_HEADS = ("CLB ", "Câu lạc bộ ")
_PLACE_WORDS_BEFORE = frozenset({"tại", "ở", "tới", "đến", "về", "từ", "tỉnh", "thành phố", "tp", "quê", "người",
                                 "xứ", "đất", "miền", "vùng", "khu", "huyện", "tp."})


# Words after which a province's name in sports reporting is its club: its coach, its players,
# the side played, hosted or beaten ("HLV An Giang", "các cầu thủ Thanh Hóa", "trận gặp Nam Định",
# "trên sân của Thanh Hóa"); not one player's position ("thủ môn Thanh Bình" is a goalkeeper's name).
_CLUB_WORDS_BEFORE = frozenset({"hlv", "các cầu thủ", "đội bóng", "gặp", "đánh bại", "lưới", "cầm hòa", "thắng",
                                "đội khách", "đội chủ nhà", "chủ nhà", "sân của", "làm khách", "tiếp đón", "thua",
                                "hòa", "hạ", "vượt qua", "đối đầu"})
# A province or city that beats, loses to or meets a side in sports reporting is a club: "Hà Nội
# thắng 2-1", "Barcelona đánh bại Napoli" (but not "thắng lợi", "thua lỗ", "gặp gỡ", "gặp khó").
_CLUB_VERB_AFTER = re.compile(r"[ \t]+(?:thắng|đánh[ \t]+bại|cầm[ \t]+hòa|thua|gặp|hạ[ \t]+gục|vượt[ \t]+qua|đối[ \t]+đầu)"
                              r"(?![ \t]+(?:lợi|lỗ|gỡ|nạn|khó|phải|sút|thiệt|nhiều|ít)(?!\w))(?!\w)")
_CLUB_WORDS_AFTER = frozenset({"united", "city", "fc", "cf", "athletic", "rovers", "wanderers", "rangers", "albion",
                              "hotspur"})
_CLUB_PLACES = ("province", "city", "district")  # kinds of places that name clubs; countries name teams
_BACK_REFERENCE_HEADS = frozenset({"kỳ thi", "kì thi", "đại hội"})
_CLUB_PAIR = re.compile(r"[ \t]*(?:,|và|cùng|với|gặp|thắng|hòa|thua)[ \t]+")


def words_before(text: str, start: int) -> list[str]:
    """The keys of the words just before ``start``, split at spaces ("TP." stays one)."""
    a = max(0, start - 20)
    words = text[a:start].split()
    if a > 0 and not text[a - 1].isspace() and not text[a].isspace():
        words = words[1:]  # (a word the window cut)
    return [lx.tone_key(w.lstrip("(\"'“‘")) for w in words]


def preceded_by(text: str, start: int, entries) -> bool:
    """The word or the two or three words just before ``start`` make one of ``entries`` (keys):
    "HLV", "ngã tư", "các cầu thủ"."""
    before = words_before(text, start)
    return any(" ".join(before[-k:]) in entries for k in (1, 2, 3) if k <= len(before))


def _clubs(names: list[Name], tx: Text) -> list[Name]:
    """In sports reporting, a province that names a club of the article ("CLB Thanh Hóa", "HLV An
    Giang") is the club when it stands alone ("trận gặp Thanh Hóa"), unless a place word comes
    before it."""
    text = tx.text
    if not tx.sports:
        return names
    clubs = {lx.tone_key(text[n.start + len(head):n.end]) for n in names if n.label == "ORG"
             for head in _CLUB_HEADS if text.startswith(head, n.start)}
    clubs = {key for key in clubs if tx.res.places.get(key) in _CLUB_PLACES}  # not "CLB Anh": English clubs
    for n in names:  # a Vietnamese club named by its province and sponsor goes by the province alone:
        # "Than Quảng Ninh", "Hà Nội FC"
        known = tx.res.known.get(key := lx.tone_key(text[n.start:n.end])) if n.label == "ORG" else None
        if known is not None and known.type == "sport":
            words = key.split()
            clubs.update(part for k in (1, 2, 3) if k < len(words) for part in (" ".join(words[-k:]), " ".join(words[:k]))
                         if tx.res.places.get(part) in _CLUB_PLACES and
                         all(w in tx.res.syllables for w in part.split()))  # (not "Madrid" of "Real Madrid")
    for n in names:
        key = lx.tone_key(text[n.start:n.end])
        if n.label == "LOC" and tx.res.places.get(key) in _CLUB_PLACES and \
                (preceded_by(text, n.start, _CLUB_WORDS_BEFORE) or _CLUB_VERB_AFTER.match(text, n.end)) and \
                not preceded_by(text, n.start, _PLACE_WORDS_BEFORE):
            clubs.add(key)
    ordered = sorted(names, key=lambda x: x.start)
    cued = frozenset(clubs)
    for x, y in zip(ordered, ordered[1:]):  # "Barcelona và Real Madrid", "giữa Hà Nội và Sài Gòn": a city
        if _CLUB_PAIR.fullmatch(text[x.end:y.start]):  # beside a club is one
            for place, club in ((x, y), (y, x)):
                other = lx.tone_key(text[club.start:club.end])
                known = tx.res.known.get(other)
                key = lx.tone_key(text[place.start:place.end])
                if place.label == "LOC" and (known is not None and known.type == "sport" or other in cued) and \
                        tx.res.places.get(key) in _CLUB_PLACES:
                    clubs.add(key)
    # a foreign club the article names in full goes by its name without the generic word, which
    # no coach's or player's word before it makes a person ("Buriram United" -> "HLV Buriram")
    full = [lx.tone_key(text[n.start:n.end]).split() for n in names if n.label == "ORG"]
    short = {" ".join(words[:-1]) for words in full if 2 <= len(words) <= 3 and words[-1] in _CLUB_WORDS_AFTER}
    for n in names:
        if n.label == "PERSON" and lx.tone_key(text[n.start:n.end]) in short:
            n.label, n.roles = "ORG", ()
    for n in names:
        if n.label == "LOC" and lx.tone_key(text[n.start:n.end]) in clubs:
            if not preceded_by(text, n.start, _PLACE_WORDS_BEFORE):
                n.label = "ORG"
    return names
