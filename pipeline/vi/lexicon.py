"""Vietnamese lexical resources for the recogniser: gazetteers, title words, name heads.

Reads the TSV files in ``pipeline/data`` and two libraries: Babel (CLDR territory names in
Vietnamese) and vietnam-provinces (administrative units). Adds nothing to a ``Doc``; stages
call these loaders and decide for themselves what a match means in context.

Every table is keyed by :func:`tone_key`, so a lookup is insensitive to case, Unicode form,
old/new tone placement (``Hoà``/``Hòa``, ``Thuỵ``/``Thụy``), ``Ð`` (U+00D0) for ``Đ``, and
the spacing of dashes and periods (``Bà Rịa-Vũng Tàu``, ``TP. HCM``). Keys are case-folded on
purpose: capitalisation is evidence that belongs to the text, which the caller still has
(``Anh`` the country vs ``anh`` the honorific; ``Mỹ`` vs ``mỹ phẩm``).

Every loader is cached and returns read-only structures (``MappingProxyType``, ``frozenset``,
``NamedTuple`` values), so callers may share them freely.

Data file format: UTF-8; line 1 ``# source: ...`` (provenance); line 2 a header row; then one
tab-separated entry per line. The first column is the key and is unique under ``tone_key``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# The data files this module reads (pipeline/data/<name>.tsv).
DATA_FILES = (
    "countries_extra", "regions", "world_cities", "admin_units_pre2025", "admin_aliases",
    "titles", "org_heads", "org_known", "event_heads", "law_heads", "surnames", "loc_prefixes",
    "not_names", "state_forms", "name_boundaries", "foreign_org_words", "foreign_event_words", "name_contexts",
    "type_cues", "foreign_place_words", "landmarks",
)

# --------------------------------------------------------------------------------------------
# tone_key

# Combining tone marks (NFD): grave, acute, tilde, hook above, dot below.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Combining vowel modifiers: circumflex (â ê ô), breve (ă), horn (ơ ư).
_VOWEL_MODIFIERS = frozenset("\u0302\u0306\u031b")
_VOWELS = frozenset("aeiouy")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ")
# Look-alikes of Đ/đ: Latin eth (U+00D0/U+00F0) and African D (U+0189/U+0256).
_D_LOOKALIKES = str.maketrans({"\u00d0": "đ", "\u00f0": "đ", "\u0189": "đ", "\u0256": "đ"})
_DASHES = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
_WORD = re.compile(r"[^\W\d_]+")


def _syllable_tone_moved(word: str) -> str:
    """One lowercase word with its single tone mark on the canonical vowel (NFC out).

    Canonical = the placement most Vietnamese news uses (Dân Trí writes ``hòa``, ``thủy``,
    ``khỏe``): a vowel with a modifier (ă â ê ô ơ ư) takes the tone, the last one if two
    (``ươ`` -> ``ơ``); otherwise a single vowel takes it; otherwise the last vowel of the
    nucleus when a final consonant follows (``hoàng``); otherwise the second-to-last
    (open ``oa oe uy ua ia ai ...``: ``hòa``, ``thủy``, ``mùa``). The ``u`` of ``qu`` and the
    ``i`` of ``gi`` + vowel are consonants. Words that are not one Vietnamese syllable with
    exactly one tone mark are returned unchanged.
    """
    letters: list[list[str]] = []  # [base, *marks] per base character
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch):
            if not letters:
                return unicodedata.normalize("NFC", word)
            letters[-1].append(ch)
        else:
            letters.append([ch])
    if len(letters) > 7 or any(cell[0] not in _LETTERS for cell in letters):
        return unicodedata.normalize("NFC", word)
    tones = [(i, m) for i, cell in enumerate(letters) for m in cell[1:] if m in _TONE_MARKS]
    if len(tones) != 1:
        return unicodedata.normalize("NFC", word)
    vowel_idx = [i for i, cell in enumerate(letters) if cell[0] in _VOWELS]
    if not vowel_idx or vowel_idx != list(range(vowel_idx[0], vowel_idx[-1] + 1)):
        return unicodedata.normalize("NFC", word)  # not one vowel nucleus: not a syllable
    bases = "".join(cell[0] for cell in letters)
    nucleus = vowel_idx
    if len(nucleus) > 1 and nucleus[0] == 1 and bases[:2] in ("qu", "gi"):
        nucleus = nucleus[1:]
    modified = [i for i in nucleus if any(m in _VOWEL_MODIFIERS for m in letters[i][1:])]
    if modified:
        target = modified[-1]
    elif len(nucleus) == 1:
        target = nucleus[0]
    elif nucleus[-1] < len(letters) - 1:
        target = nucleus[-1]
    else:
        target = nucleus[-2]
    src, mark = tones[0]
    if src != target:
        letters[src].remove(mark)
        letters[target].append(mark)
    return unicodedata.normalize("NFC", "".join("".join(cell) for cell in letters))


_AMPERSAND = re.compile(r"(?<!\S)&(?!\S)")


@lru_cache(maxsize=65536)
def tone_key(s: str) -> str:
    """The canonical lookup key of a name or word.

    NFC, ``Ð``/``ð`` look-alikes to ``đ``, lowercase, one tone placement per syllable
    (``Khánh Hoà`` and ``Khánh Hòa`` -> ``khánh hòa``), whitespace runs to one space,
    no spaces around dashes (``Bà Rịa – Vũng Tàu`` -> ``bà rịa-vũng tàu``) or after a period
    (``TP. HCM`` -> ``tp.hcm``), typographic apostrophes to ``'``, an ampersand between words to
    ``và`` (``Nông nghiệp & Phát triển nông thôn``).
    """
    s = unicodedata.normalize("NFC", s).translate(_D_LOOKALIKES).lower()
    s = unicodedata.normalize("NFC", s)
    s = s.translate(_APOSTROPHES)
    s = " ".join(s.split())
    s = _DASHES.sub("-", s)
    s = s.replace(". ", ".")
    s = _AMPERSAND.sub("và", s)
    return _WORD.sub(lambda m: _syllable_tone_moved(m.group()), s)


# --------------------------------------------------------------------------------------------
# data files


class Table(NamedTuple):
    """One data file: its provenance line, its header and its rows (cells as written)."""

    source: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def records(self) -> list[dict[str, str]]:
        """The rows as dicts keyed by the header."""
        return [dict(zip(self.header, row)) for row in self.rows]


@lru_cache(maxsize=None)
def read_table(name: str) -> Table:
    """Read ``pipeline/data/<name>.tsv``; raise ValueError on a format error or duplicate key."""
    path = DATA_DIR / f"{name}.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) < 2 or not lines[0].startswith("# source:"):
        raise ValueError(f"{path}: line 1 must be a '# source: ...' provenance comment")
    header = tuple(lines[1].split("\t"))
    rows: list[tuple[str, ...]] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines[2:], start=3):
        if not line.strip():
            continue
        cells = tuple(unicodedata.normalize("NFC", c.strip()) for c in line.split("\t"))
        if len(cells) != len(header):
            raise ValueError(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
        key = tone_key(cells[0])
        if not key:
            raise ValueError(f"{path}:{lineno}: empty key")
        if key in seen:
            raise ValueError(f"{path}:{lineno}: duplicate key {cells[0]!r} (line {seen[key]})")
        seen[key] = lineno
        rows.append(cells)
    return Table(lines[0][1:].strip(), header, tuple(rows))


def _records(name: str) -> list[dict[str, str]]:
    table = read_table(name)
    return [dict(zip(table.header, row)) for row in table.rows]


def _frozen(d: dict) -> Mapping:
    return MappingProxyType(d)


# --------------------------------------------------------------------------------------------
# places

# CLDR territory codes whose Vietnamese names are not places: the EU and the UN are
# organisations (org_known has them), the eurozone is a currency area, QO/ZZ are catch-alls,
# XA/XB are pseudo-locales, and 001 "Thế giới" (the world) is an ordinary noun in news.
_CLDR_NOT_PLACES = frozenset({"EU", "UN", "EZ", "QO", "ZZ", "XA", "XB", "001"})
_PARENTHESISED = re.compile(r"\s*\(([^)]*)\)\s*$")


@lru_cache(maxsize=None)
def _cldr_territories() -> Mapping[str, str]:
    """CLDR Vietnamese names (Babel) -> ISO alpha-2 code, or the UN M49 code of a region."""
    from babel import Locale

    out: dict[str, str] = {}
    for code, name in Locale("vi").territories.items():
        if code in _CLDR_NOT_PLACES or not (code.isalpha() and len(code) == 2 or code.isdigit()):
            continue
        names = [name]
        m = _PARENTHESISED.search(name)
        if m:  # "Myanmar (Miến Điện)": the name before the parenthesis is used alone too
            names.append(name[: m.start()])
        for n in names:
            key = tone_key(n)
            # A country's name wins over a region's (both exist only for odd CLDR pairs).
            if key not in out or (out[key].isdigit() and not code.isdigit()):
                out[key] = code
    return _frozen(out)


@lru_cache(maxsize=None)
def countries() -> Mapping[str, str]:
    """Country/territory names and aliases -> ISO 3166 alpha-2 (CLDR regions -> M49 code).

    CLDR via Babel (``Hoa Kỳ``, ``Thụy Điển``, ``Vương quốc Anh``, ``Đông Nam Á`` -> ``035``)
    merged with ``countries_extra.tsv`` (``Mỹ``, ``Anh``, ``Liên bang Nga``, transliterations,
    formal state names). See :func:`country_contexts` for aliases that need context.
    """
    out = dict(_cldr_territories())
    for rec in _records("countries_extra"):
        out[tone_key(rec["alias"])] = rec["iso2"]
    return _frozen(out)


@lru_cache(maxsize=None)
def country_contexts() -> Mapping[str, str]:
    """Country aliases that are not names everywhere -> ``pair_only`` or ``ambiguous``.

    ``pair_only``: only inside a joined pair (``Mỹ - Trung``); ``ambiguous``: also a given
    name or a common word (``Đức``, ``Nga``, ``Anh``, ``Ý``). Absent keys are standalone.
    """
    return _frozen({tone_key(r["alias"]): r["context"] for r in _records("countries_extra")
                    if r["context"] != "standalone"})


@lru_cache(maxsize=None)
def _admin_prefixes() -> tuple[tuple[str, str], ...]:
    """(tone key of prefix + space, admin kind), longest first, from loc_prefixes.tsv."""
    pairs = {(tone_key(r["word"]) + " ", r["admin_kind"])
             for r in _records("loc_prefixes") if r["admin_kind"]}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _split_admin_name(name: str) -> tuple[str, str | None]:
    """``Thành phố Hà Nội`` -> (``Hà Nội``, ``city``); numbered units keep their prefix."""
    key = tone_key(name)
    for prefix, kind in _admin_prefixes():
        if key.startswith(prefix):
            bare = name.split(None, len(prefix.split()))[-1]
            if bare.isdigit():  # "Quận 1": the number alone is no name
                return name, kind
            return bare, kind
    return name, None


# Where one name is several units (province Hà Giang and its capital city), the larger wins.
_ADMIN_RANK = {"province": 0, "city": 1, "special_zone": 2, "district": 3, "township": 4,
               "ward": 5, "commune": 6}


def _put_admin(out: dict[str, str], name: str, kind: str) -> None:
    key = tone_key(name)
    if key not in out or _ADMIN_RANK[kind] < _ADMIN_RANK[out[key]]:
        out[key] = kind


@lru_cache(maxsize=None)
def _admin_pre2025() -> Mapping[str, str]:
    """The 63 provinces and ~700 districts before July 2025 (snapshot of vietnam-provinces).

    Includes the names units had in 2023 (``Thừa Thiên Huế``) and districts merged away
    between 2023 and 2025 (``Cửa Lò``): news of those years still names them.
    """
    out: dict[str, str] = {}
    for rec in _records("admin_units_pre2025"):
        for name in filter(None, (rec["name"], rec["former_name"])):
            bare, kind = _split_admin_name(name)
            if rec["level"] == "province":
                kind = "city" if kind == "city" else "province"
            elif kind not in ("city", "district"):
                kind = "district"
            _put_admin(out, bare, kind)
    return _frozen(out)


@lru_cache(maxsize=None)
def _admin_2025() -> Mapping[str, str]:
    """The 34 provinces and 13 special zones from July 2025 (vietnam-provinces, installed)."""
    from vietnam_provinces import Province, Ward

    out: dict[str, str] = {}
    for p in Province.iter_all():
        # Provinces are listed bare ("Cao Bằng"), centrally run cities as "Thành phố Hà Nội".
        bare, kind = _split_admin_name(p.name)
        _put_admin(out, bare, "city" if kind == "city" else "province")
    for w in Ward.iter_all():
        bare, kind = _split_admin_name(w.name)
        if kind == "special_zone":  # "Đặc khu Phú Quốc"; ordinary wards are in wards()
            _put_admin(out, bare, kind)
    return _frozen(out)


@lru_cache(maxsize=None)
def admin_units(era: str = "all") -> Mapping[str, str]:
    """Vietnamese provinces, cities, districts and special zones -> kind, without prefixes.

    ``era``: ``"pre2025"`` (63 provinces and their districts, 2023 to January 2025),
    ``"2025"`` (34 provinces and 13 special zones after the July 2025 reorganisation) or
    ``"all"`` (both, plus ``admin_aliases.tsv``: ``TP.HCM``, ``Sài Gòn``, ``Thừa Thiên Huế``).
    Kinds: province, city, district, special_zone.
    """
    if era == "pre2025":
        return _admin_pre2025()
    if era == "2025":
        return _admin_2025()
    if era != "all":
        raise ValueError(f"unknown era {era!r}: expected 'all', 'pre2025' or '2025'")
    out: dict[str, str] = {}
    for table in (_admin_pre2025(), _admin_2025()):
        for key, kind in table.items():
            _put_admin(out, key, kind)
    for rec in _records("admin_aliases"):
        _put_admin(out, rec["alias"], rec["kind"])
    return _frozen(out)


@lru_cache(maxsize=None)
def wards() -> Mapping[str, str]:
    """Names of the 2025 wards and communes (3,300+) -> ``ward``/``commune``/``special_zone``.

    Kept out of :func:`places`: many commune names are ordinary words or people's names
    (``Thống Nhất``, ``Hòa Bình``), so they are only safe after a prefix (``xã``, ``phường``).
    """
    from vietnam_provinces import Ward

    out: dict[str, str] = {}
    for w in Ward.iter_all():
        bare, kind = _split_admin_name(w.name)
        _put_admin(out, bare, kind or "commune")
    return _frozen(out)


@lru_cache(maxsize=None)
def regions() -> Mapping[str, str]:
    """Continents, world and Vietnamese regions, seas, landforms, named places -> kind."""
    return _frozen({tone_key(r["name"]): r["kind"] for r in _records("regions")})


@lru_cache(maxsize=None)
def world_cities() -> Mapping[str, str]:
    """Major world cities, states and provinces in their Vietnamese-news spelling -> kind."""
    return _frozen({tone_key(r["name"]): r["kind"] for r in _records("world_cities")})


@lru_cache(maxsize=None)
def places() -> Mapping[str, str]:
    """Every place name -> kind: the union of countries, admin units, world cities, regions.

    Kinds: country (ISO alpha-2 in :func:`countries`), world_region (CLDR M49 regions and
    regions.tsv), the regions.tsv kinds, the world_cities.tsv kinds and the admin-unit kinds.
    Where a name is in several sources, countries win, then Vietnamese admin units, then
    world cities, then regions.
    """
    out: dict[str, str] = {}
    for key, code in _cldr_territories().items():
        if code.isdigit():
            out[key] = "world_region"
    out.update(regions())
    out.update(world_cities())
    out.update(admin_units())
    out.update({key: "country" for key, code in countries().items() if not code.isdigit()})
    return _frozen(out)


# --------------------------------------------------------------------------------------------
# people, organisations, events, laws


class OrgHead(NamedTuple):
    in_name: bool  # the capitalised head word is part of the ORG span
    bare_is_org: bool  # the capitalised head alone is an ORG (Chính phủ, Quốc hội)


class OrgInfo(NamedTuple):
    type: str  # intl, gov, party, company, media, exchange, edu, health, sport, assoc, group
    same_as: str | None  # the canonical name an alias or acronym stands for


class LawHead(NamedTuple):
    kind: str  # type, abbr, acronym
    takes: str  # name, number, both, self


def _yes(cell: str) -> bool:
    if cell not in ("yes", "no"):
        raise ValueError(f"expected yes/no, got {cell!r}")
    return cell == "yes"


@lru_cache(maxsize=None)
def titles() -> Mapping[str, str]:
    """Titles, roles and honorifics that precede a person's name -> kind.

    Kinds: honorific (ông, bà, anh), title (Thủ tướng, TS, Đại tá), role (nhà báo, ca sĩ),
    A modifier (cựu, nguyên, tân, phó) is listed only in front of each title and role.
    """
    kinds = {tone_key(r["word"]): r["kind"] for r in _records("titles")}
    modifiers = [k for k, v in kinds.items() if v == "modifier"]
    out = {k: v for k, v in kinds.items() if v != "modifier"}
    for k, v in list(out.items()):
        if v in ("title", "role"):
            for m in modifiers:  # a modifier counts only before a title: "cựu Bộ trưởng", not "Tân Tạo"
                out.setdefault(f"{m} {k}", v)
    return _frozen(out)


@lru_cache(maxsize=None)
def org_heads() -> Mapping[str, OrgHead]:
    """Head words that start an organisation name -> whether in the span / an ORG alone."""
    return _frozen({tone_key(r["head"]): OrgHead(_yes(r["in_name"]), _yes(r["bare_is_org"]))
                    for r in _records("org_heads")})


@lru_cache(maxsize=None)
def org_known() -> Mapping[str, OrgInfo]:
    """Well-known organisations, acronyms and stock tickers -> type and canonical name."""
    return _frozen({tone_key(r["name"]): OrgInfo(r["type"], r["same_as"] or None)
                    for r in _records("org_known")})


@lru_cache(maxsize=None)
def event_heads() -> Mapping[str, str]:
    """Event head words -> role: head (in span), lead (generic, outside), name (an event)."""
    return _frozen({tone_key(r["word"]): r["role"] for r in _records("event_heads")})


@lru_cache(maxsize=None)
def law_heads() -> Mapping[str, LawHead]:
    """Legal instrument type words and agreement acronyms -> kind and what follows them."""
    return _frozen({tone_key(r["word"]): LawHead(r["kind"], r["takes"])
                    for r in _records("law_heads")})


@lru_cache(maxsize=None)
def surnames() -> Mapping[str, int | None]:
    """Vietnamese family names (and Sino-Vietnamese readings of Chinese ones) -> rank or None."""
    return _frozen({tone_key(r["surname"]): int(r["rank"]) if r["rank"] else None
                    for r in _records("surnames")})


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """Syllables common as Vietnamese middle and given names (``Văn``, ``Minh``, ``Tuấn``)."""
    return frozenset(tone_key(r["syllable"]) for r in _records("given_names"))


@lru_cache(maxsize=None)
def foreign_given_names() -> frozenset[str]:
    """First names of people in Europe, the Americas, the Middle East and South Asia (Jörg
    Michael's name dictionary, shipped in the gender-guesser package), lower case: ``john``,
    ``léonie``. Names found only in East Asia are left out: news writes those people with
    their whole names, and a lone "Weibo" is the platform."""
    from gender_guesser.detector import Detector

    countries = Detector.COUNTRIES
    east_asia = {countries.index(c) for c in ("china", "japan", "korea", "vietnam")}
    return frozenset(name for name, genders in Detector(case_sensitive=False).names.items()
                     if any(v.strip() for values in genders.values()
                            for k, v in enumerate(values) if k not in east_asia))


@lru_cache(maxsize=None)
def loc_prefixes() -> Mapping[str, str]:
    """Generic place prefixes (``prefix``, outside LOC spans) and place ``trigger`` words."""
    return _frozen({tone_key(r["word"]): r["role"] for r in _records("loc_prefixes")})


@lru_cache(maxsize=None)
def peoples() -> frozenset[str]:
    """Names of peoples (the ethnic groups of Vietnam) that are no other name: Khmer, Chăm, Tày."""
    return frozenset(tone_key(r["name"]) for r in _records("peoples"))


@lru_cache(maxsize=None)
def not_names() -> frozenset[str]:
    """Capitalised words and abbreviations that name common things, not entities (AI, R&D, DN)."""
    return frozenset(tone_key(r["word"]) for r in _records("not_names"))


@lru_cache(maxsize=1)
def _web2() -> frozenset[str]:
    """The entries of Webster's Second International (web2, as shipped by the english-words
    package), read once for both word lists below."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], lower=False, alpha=True))


@lru_cache(maxsize=None)
def english_words() -> frozenset[str]:
    """Ordinary English words: the lower-case entries of web2; its proper names are capitalised
    and left out."""
    return frozenset(w for w in _web2() if w.islower())


@lru_cache(maxsize=None)
def english_proper_names() -> frozenset[str]:
    """The capitalised entries of the same dictionary: given names (Harry, Laura, Carl), places and
    peoples."""
    return frozenset(w for w in _web2() if w[0].isupper())


@lru_cache(maxsize=None)
def name_contexts() -> dict[str, str]:
    """Lower-case classifier nouns before a name -> what it names ("product", "org" or "event")."""
    return _frozen({tone_key(r["word"]): r["kind"] for r in _records("name_contexts")})


@lru_cache(maxsize=None)
def foreign_event_words() -> frozenset[str]:
    """English words that make a foreign name an event's (League, Cup, Open, Festival)."""
    return frozenset(tone_key(r["word"]) for r in _records("foreign_event_words"))


@lru_cache(maxsize=None)
def landmarks() -> frozenset[str]:
    """Landform and landmark words that open a place's own name when capitalised (Cù Lao Chàm)."""
    return frozenset(tone_key(r["word"]) for r in _records("landmarks"))


@lru_cache(maxsize=None)
def type_cues() -> Mapping[str, Mapping[str, str]]:
    """Words next to an untyped name that vote for its type: side ("before"/"after") -> cue ->
    label, or "-" for a longer phrase that is no cue ("nói riêng" is not "nói")."""
    out: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for r in _records("type_cues"):
        if r["side"] not in out or r["label"] not in ("PERSON", "ORG", "LOC", "EVENT", "-"):
            raise ValueError(f"type_cues: bad side or label in {r}")
        out[r["side"]][tone_key(r["cue"])] = r["label"]
    return MappingProxyType({k: _frozen(v) for k, v in out.items()})


@lru_cache(maxsize=None)
def foreign_place_words() -> Mapping[str, str]:
    """Words that open ("prefix") or close ("suffix") a foreign place name (San Pedro, Sunshine Coast)."""
    out = {}
    for r in _records("foreign_place_words"):
        if r["position"] not in ("prefix", "suffix"):
            raise ValueError(f"foreign_place_words: bad position in {r}")
        out[tone_key(r["word"])] = r["position"]
    return _frozen(out)


@lru_cache(maxsize=None)
def foreign_org_words() -> frozenset[str]:
    """English words that make a foreign name an organisation's (Research, Group, The)."""
    return frozenset(tone_key(r["word"]) for r in _records("foreign_org_words"))


@lru_cache(maxsize=None)
def syllables() -> frozenset[str]:
    """Every syllable of the Viet74K words: a name made only of these is written in Vietnamese."""
    return frozenset(x for w in common_words() for x in w.split())


@lru_cache(maxsize=None)
def state_forms() -> frozenset[str]:
    """Forms of state that begin a formal country name (Cộng hòa, Vương quốc, Liên bang)."""
    return frozenset(tone_key(r["form"]) for r in _records("state_forms"))


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    """Lower-case Vietnamese words (single and multi-syllable) from the Viet74K word list that
    ships inside the underthesea wheel. A capitalised word whose lower-case form is listed here
    is an ordinary word written with a capital (sentence start, headline), not by itself a name.
    """
    from importlib import resources

    try:
        raw = resources.files("underthesea").joinpath("corpus/data/Viet74K.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):  # pragma: no cover - depends on the wheel
        return frozenset()
    words = set()
    for line in raw.splitlines():
        w = unicodedata.normalize("NFC", line.strip())
        if w and w[0].islower():
            words.add(tone_key(w))
            i_spelling = _I_FOR_Y.sub(lambda m: m.group(1) + _Y_TO_I[m.group(2)], w)
            if i_spelling != w:
                words.add(tone_key(i_spelling))
    return frozenset(words)


# The spelling that writes a final "i" for "y" after a consonant ("vật lí", "kĩ thuật", "tỉ lệ")
# is as current as the list's ("vật lý"); both are ordinary words.
_Y_TO_I = dict(zip("yýỳỷỹỵ", "iíìỉĩị"))
_I_FOR_Y = re.compile(r"(?<![^\W\d_])((?:qu|[bcdđghklmnpqrstvx]+))([yýỳỷỹỵ])(?![^\W\d_])")
