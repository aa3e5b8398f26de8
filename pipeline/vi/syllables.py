"""The article as syllables, with the lexicon looked up over them: the ground every name rule stands on.

``Text`` splits the text into syllables on exact offsets (gluing nothing, rewriting nothing),
remembers which start a word or a sentence, and answers the longest-entry question for any table
of ``pipeline.vi.lexicon``. ``Name`` is what the name layers pass between them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from pipeline.vi import lexicon as lx

# A syllable: letters/digits with inner dots, ampersands or apostrophes (TP.HCM, C&T, D.C.),
# or a single punctuation character.
_SYL = re.compile(r"[^\W_](?:[\w&]|[.'’](?=[^\W_]))*(?:\.(?=\s|$)(?<=[A-Z]\.))?|[^\w\s]", re.U)
_THEO_GLUED = re.compile(r"(.*[a-zà-ỹđ])Theo")  # "T.ThủyTheo Cnet": a byline, then the source
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZĐ]")
_NAME_ABBREVIATIONS = frozenset({"St"})  # Saint, abbreviated inside foreign names
# "McKenzie", "O'Neill", "DiCaprio", "LeBron", "VanZant": surnames, no acronyms
_SURNAME_CAPS = re.compile(r"(?:Mc|Mac|O'|O’|D'|D’|Di|De|Le|La|Van|Du)[A-Z][a-z]{2,}")
_GLUED_THEO = re.compile(r"Theo(?=[A-ZĐ])")
_LETTER_DOTS = re.compile(r"(?:[A-Z]\.){2,}")
HONORIFICS_SENTENCE_ONLY = {"anh", "chị", "em", "bà", "ông", "cô", "chú", "bác", "cụ"}
# Lower-case words that end a name: function words and the verbs that follow a subject.
NAME_BOUNDARY = frozenset(lx.tone_key(r[0]) for r in lx.read_table("name_boundaries").rows) - {"và"}


@dataclass
class Name:
    start: int
    end: int
    label: str
    roles: tuple[str, ...] = field(default_factory=tuple)
    weak: bool = False  # typed by default, for want of evidence: any evidence in the article wins
    ask: bool = False  # a default worth a second opinion (a Vietnamese name with no cue at all)
    opinion: bool = False  # typed by that second opinion: more than a default, less than evidence
    doubtful: bool = False  # hardly a name at all: kept only where other evidence in the article types it


# An honorific in lower case or a capitalised word, then one to three more capitalised words.
_CALLED = re.compile(r"(?<![\w])(?:%s|[A-ZĐ][^\W\d_]*)(?:[ \t]+[A-ZĐ][^\W\d_]*){1,3}(?![\w])"
                     % "|".join(sorted(HONORIFICS_SENTENCE_ONLY)))


@dataclass(eq=False)
class Syl:
    start: int
    end: int
    text: str
    key: str
    word: int
    sent_start: bool
    word_first: bool

    @property
    def alpha(self) -> bool:
        return self.text[0].isalpha()

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()

    @cached_property  # asked for again and again by every rule: computed once per syllable
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and not _SURNAME_CAPS.fullmatch(self.text)

    @cached_property
    def namey(self) -> bool:
        return self.alpha and (self.cap or self.acronym)


@dataclass(frozen=True)
class Resources:
    places: dict
    known: dict
    titles: dict
    heads: dict
    events: dict
    laws: dict
    surnames: frozenset
    given: frozenset
    prefixes: dict
    not_names: frozenset
    states: frozenset
    common: frozenset
    contexts: dict
    prefixes_of_entries: frozenset
    lower_region_heads: frozenset
    unit_prefixes: frozenset
    street_prefixes: frozenset
    foreign_org: frozenset
    foreign_event: frozenset
    name_contexts: dict
    landmarks: frozenset
    known_acronyms: frozenset
    syllables: frozenset
    maxlen: int

    def native(self, key: str) -> bool:
        """``key`` is a known Vietnamese syllable or a surname ("Nguyễn" is in no word)."""
        return key in self.syllables or key in self.surnames


@lru_cache(maxsize=1)
def resources() -> Resources:
    tables = dict(places=lx.places(), known=lx.org_known(), titles=lx.titles(), heads=lx.org_heads(),
                  events=lx.event_heads(), laws=lx.law_heads(), prefixes=lx.loc_prefixes())
    maxlen = max(len(k.split()) for t in tables.values() for k in t)
    # Every proper prefix of a title/head entry: lets a run go on over the lower-case syllables
    # of "Tổng Bí thư", "Phó Tổng Giám đốc" even where the segmenter split them off.
    prefixes = set()
    for t in (tables["titles"], tables["heads"], tables["events"], tables["laws"], tables["known"],
              tables["places"]):
        for k in t:
            parts = k.split()
            prefixes.update(" ".join(parts[:n]) for n in range(2, len(parts) + 1))
    lower_heads = frozenset(lx.tone_key(row[0].split()[0]) for row in lx.read_table("regions").rows
                            if row[0][:1].islower())
    return Resources(surnames=frozenset(lx.surnames()), given=lx.given_names(), not_names=lx.not_names(), states=lx.state_forms(),
                common=lx.common_words(), contexts=lx.country_contexts(), maxlen=min(maxlen, 10),
                prefixes_of_entries=frozenset(prefixes), lower_region_heads=lower_heads,
                foreign_org=lx.foreign_org_words(), foreign_event=lx.foreign_event_words(), name_contexts=lx.name_contexts(), syllables=lx.syllables(),
                landmarks=lx.landmarks(),
                known_acronyms=frozenset(lx.tone_key(r["name"]) for r in lx.read_table("org_known").records()
                                         if " " not in r["name"] and 2 <= len(r["name"]) <= 3 and r["name"].isupper()),
                unit_prefixes=frozenset(lx.tone_key(r["word"]) for r in lx.read_table("loc_prefixes").records()
                                        if r["admin_kind"]),
                street_prefixes=frozenset(lx.tone_key(r["word"]) for r in lx.read_table("loc_prefixes").records()
                                          if r["admin_kind"] == "street" and " " in r["word"]), **tables)


_MIDDLE_INITIAL = re.compile(r"[ \t][A-ZĐ][a-zà-ỹđ]")


def _foreign_word_at(text: str, start: int, res: "Resources") -> bool:
    """The word at ``text[start:]`` is no Vietnamese syllable: "A. Mandl", not "khu A. Tại"."""
    m = re.match(r"\w+", text[start:start + 40])
    return bool(m) and not res.native(lx.tone_key(m.group())) and not VI_LETTERS.search(m.group().lower())


def _place_follows(text: str, end: int, res: "Resources") -> bool:
    """A gazetteer place starts after ``text[:end]`` ("TP. Phú Quốc", not "TP. Trong đó")."""
    words = text[end:end + 60].split()[:4]
    return any(lx.tone_key(" ".join(words[:n]).rstrip(".,;:)")) in res.places for n in range(1, len(words) + 1))


@lru_cache(maxsize=1)
def _dotted_prefixes() -> frozenset:
    """Place abbreviations written with a period ("TP.", "Q.", "H."): the period is theirs."""
    return frozenset(k for k in lx.loc_prefixes() if k.endswith(".") and " " not in k and len(k) > 2)


def _join(key: str, prev: Syl, syl: Syl) -> str:
    """Extend a lexicon key by one syllable, spaced as ``lexicon.tone_key`` spaces dashes."""
    if syl.text in "-–" or prev.text in "-–" or syl.text == ",":
        return key + syl.key  # "bà rịa-vũng tàu", "bộ văn hóa, thể thao và du lịch"
    if prev.text.endswith(".") and len(prev.text) > 1:
        return key + syl.key  # "tp.hcm" for "TP. HCM", as ``lexicon.tone_key`` writes it
    if "&" in (syl.text, prev.text) and prev.end == syl.start:
        return key + ("&" if syl.text == "&" else syl.key)  # "bộ lđ-tb&xh"; a spaced "&" reads "và"
    return f"{key} {syl.key}"


def _glued_word(t: str, res: Resources) -> int:
    """Where a Vietnamese word glued to the word before it starts in ``t`` (0 when none): the end
    must be a Vietnamese syllable that opens with a consonant and carries a Vietnamese letter
    ("Giangcó", "Floridavà", "Minhmà"), and the start a capitalised word or a Vietnamese syllable;
    or a capitalised Vietnamese syllable after a lower-case one ("hộiNguyễn")."""
    if len(t) < 5 or not t.isalpha() or not VI_LETTERS.search(t.lower()) or lx.tone_key(t) in res.syllables:
        return 0
    case = next((k for k in range(1, len(t)) if t[k].isupper() and t[k - 1].islower()), 0)
    if case and t[case + 1:].islower() and lx.tone_key(t[:case]) in res.syllables and \
            res.native(lx.tone_key(t[case:])):
        return case  # "Quốc hộiNguyễn", "tạiViệt": a capitalised word glued to a Vietnamese one
    for cut in range(len(t) - 2, 1, -1):
        head, tail = t[:cut], t[cut:]
        if tail[0].islower() and tail[0] not in "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ" \
                and VI_LETTERS.search(tail) and lx.tone_key(tail) in res.syllables and \
                (head[0].isupper() and len(head) >= 3 and not VI_LETTERS.search(head[1:]) or
                 lx.tone_key(head) in res.syllables):
            return cut
    return 0


# Words of sports reporting; an article using several of them is about sport.
_SPORTS_WORDS = re.compile(r"\b(?:cầu thủ|HLV|huấn luyện viên|bàn thắng|ghi bàn|tiền đạo|tiền vệ|hậu vệ|thủ môn|"
                           r"đội bóng|CLB|giải đấu|vòng đấu|trận đấu|tay vợt|võ sĩ|VĐV|vận động viên|sân cỏ|tứ kết|bán kết|"
                           r"chung kết|hạt giống|vô địch|đối thủ)\b", re.IGNORECASE)

_PREVENTION_AND = re.compile(r" [Cc]hống\b")


class Text:
    """The syllables of the article text with lexicon look-ups over them."""

    def __init__(self, text: str, words: list[tuple[int, int, bool]], skip):
        self.text = text
        self.syls: list[Syl] = []
        skip = sorted(skip)
        self_dotted = _dotted_prefixes()
        res = resources()
        after_abbreviation = False  # the word after "St." goes on the name, it opens no sentence
        for wi, (ws, we, sent) in enumerate(words):
            if any(s <= ws < e for s, e in skip):
                continue
            if text[ws:we] == "," and self.syls and self.syls[-1].key == "phòng" and \
                    _PREVENTION_AND.match(text, we):
                continue  # "phòng, chống": one phrase inside names ("Luật Phòng, chống ma túy")
            if self.syls and self.syls[-1].end == ws and text[ws:we].isdigit() and we - ws <= 2 and \
                    self.syls[-1].text[-1].isalpha() and self.syls[-1].text[0].isupper():
                prev = self.syls[-1]  # "BS.CK2" that the word tokenizer cut in two
                t = prev.text + text[ws:we]
                self.syls[-1] = Syl(prev.start, we, t, lx.tone_key(t), prev.word, prev.sent_start, prev.word_first)
                continue
            first = True
            for m in _SYL.finditer(text, ws, we):
                t, end = m.group(), m.end()
                if t == "." and self.syls and self.syls[-1].end == m.start():
                    prev = self.syls[-1]
                    # "St. Petersburg", "St. Louis": the period of a word of the name, which opens no sentence
                    in_name = prev.text in _NAME_ABBREVIATIONS and bool(_CAPITAL_NEXT.match(text, end))
                    # "Tp. HCM": the period of a place word in lower case is its own
                    if in_name or prev.key + "." in self_dotted and _place_follows(text, end, res):
                        t = prev.text + "."
                        self.syls[-1] = Syl(prev.start, end, t, lx.tone_key(t), prev.word, prev.sent_start, prev.word_first)
                        after_abbreviation = in_name
                        continue
                if len(t) > 1 and t.endswith(".") and not _LETTER_DOTS.fullmatch(t) and not (
                        lx.tone_key(t) in self_dotted and _place_follows(text, end, res)) and not (
                        len(t) == 2 and _MIDDLE_INITIAL.match(text, end) and (
                            _foreign_word_at(text, end + 1, res) or self.syls and self.syls[-1].cap and
                            not _foreign_word_at(text, self.syls[-1].start, res))):
                    t, end = t[:-1], end - 1  # "TP.HCM." at a sentence end, but "TP. Phú Quốc", "Thomas A. Bussiere"
                    # (and "Serie A. Bên cạnh": a foreign word, its letter, then Vietnamese opens a sentence)
                start = m.start()
                if _GLUED_THEO.match(t):  # "TheoForbes": the source word glued to the source, read
                    # as the ordinary word it is
                    self.syls.append(Syl(start, start + 4, "theo", "theo", wi, sent and first, first))
                    t, start, first = t[4:], start + 4, False
                glued = _THEO_GLUED.fullmatch(t)
                if glued:  # "T.ThủyTheo": a byline glued to the source line's "Theo", read apart
                    cut = start + glued.end(1)
                    self.syls.append(Syl(start, cut, glued.group(1), lx.tone_key(glued.group(1)), wi,
                                         sent and first, first))
                    self.syls.append(Syl(cut, end, "theo", "theo", wi, False, False))
                    first = False
                    continue
                cut = _glued_word(t, res)
                if cut:  # "Tiền Giangcó", "Floridavà": a space missing before a Vietnamese word
                    self.syls.append(Syl(start, start + cut, t[:cut], lx.tone_key(t[:cut]), wi, sent and first, first))
                    t, start, first = t[cut:], start + cut, False
                if t == "Theo" and self.syls and self.syls[-1].cap and self.syls[-1].key in res.syllables and \
                        text[self.syls[-1].end:start] == " " and _CAPITAL_NEXT.match(text, end):
                    t = "theo"  # "Minh Phương Theo NYTimes": a byline, then the source line on the same line
                self.syls.append(Syl(start, end, t, lx.tone_key(t), wi, sent and first and not after_abbreviation, first))
                first, after_abbreviation = False, False
        self.res = resources()
        self.products: set[str] = set()  # names an article calls products ("vệ tinh NanoDragon")
        self.works: set[str] = set()  # titles it calls works, whatever their words ("bộ phim Bao Thanh Thiên")
        self.no_name_spans: list[tuple[int, int]] = []  # where it names them, and other spans that hold no name
        self.vessels: set[str] = set()  # places it names ships after ("tàu ngầm lớp Ohio")
        self._index = {s.start: k for k, s in enumerate(self.syls)}

    @cached_property
    def sports(self) -> bool:
        """Three or more different words of sports reporting occur in the text."""
        return len({m.group().lower() for m in _SPORTS_WORDS.finditer(self.text)}) >= 3

    @cached_property
    def called_people(self) -> frozenset:
        """Keys of the capitalised syllables the text calls a person by: after an honorific in
        lower case ("anh Thức", "bà Lan"), or closing a name that opens with a surname ("Vũ Duy Thức")."""
        out, surnames = set(), lx.surnames()
        for m in _CALLED.finditer(self.text):
            words = m.group().split()
            if any(w in HONORIFICS_SENTENCE_ONLY or lx.tone_key(w) in surnames and len(words) - k >= 3
                   for k, w in enumerate(words[:-1])):
                out.add(lx.tone_key(words[-1]))
        return frozenset(out)

    @cached_property
    def lone_caps_inside_sentences(self) -> frozenset:
        """Keys of the capitalised syllables written alone somewhere other than at a sentence
        start: no capitalised neighbour ("Tuấn Anh" is a person) and no "tiếng" before ("tiếng Anh"
        is the language). What a one-syllable country inside a sentence looks like."""
        syls, out = self.syls, set()
        for k, s in enumerate(syls):
            if not s.cap or s.sent_start or k > 0 and syls[k - 1].key == "tiếng" or \
                    any(0 <= x < len(syls) and syls[x].namey and self.joined(min(k, x), max(k, x)) for x in (k - 1, k + 1)):
                continue
            out.add(s.key)
        return frozenset(out)

    def index_of(self, start: int) -> int | None:
        """The syllable that starts at character ``start``, or None when none does."""
        return self._index.get(start)

    def joined_tight(self, k: int) -> bool:
        """Syllable ``k`` (a hyphen) touches both neighbours: "Mỹ-ASEAN"."""
        s = self.syls
        return 0 < k < len(s) - 1 and s[k - 1].end == s[k].start and s[k].end == s[k + 1].start

    def joined(self, a: int, b: int) -> bool:
        """Syllables ``a`` and ``b`` are adjacent on one line (or "phòng, chống")."""
        gap = self.text[self.syls[a].end:self.syls[b].start]
        return len(gap) <= 1 and "\n" not in gap or gap == ", " and self.syls[a].key == "phòng" and \
            self.syls[b].key == "chống"

    def match(self, i: int, table, stop: int | None = None) -> int:
        """Length of the longest entry of ``table`` starting at syllable ``i`` (ending before ``stop``).

        A title must end on a word boundary or before a capitalised syllable, but an acronym that
        is no honorific may end anywhere ("Tổng lãnh sự" is no title inside "Tổng lãnh sự quán",
        "HLV" is one in "HLV ngoại", "EM" is no "em"); a known acronym matches only a word in
        capitals."""
        syls, best, key = self.syls, 0, ""
        stop = len(syls) if stop is None else stop
        for n in range(1, self.res.maxlen + 1):
            j = i + n - 1
            if j >= stop or (n > 1 and not self.joined(j - 1, j)):
                break
            key = syls[j].key if n == 1 else _join(key, syls[j - 1], syls[j])
            if key in table and (table is not self.res.titles or j + 1 >= len(syls) or
                                 syls[j + 1].word_first or syls[j + 1].namey or
                                 n == 1 and syls[j].acronym and self.res.titles[key] != "honorific") and \
                    not (n == 1 and table is self.res.known and key in self.res.known_acronyms and
                         not syls[i].text.isupper()):  # "UN", not the "Un" of "Kim Jong Un"
                best = n
        return best

    def key(self, a: int, b: int) -> str:
        if b > len(self.syls):
            return "\0"  # words asked for past the text's end match no entry
        key = ""
        for k in range(a, b):
            key = self.syls[k].key if k == a else _join(key, self.syls[k - 1], self.syls[k])
        return key

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.syls[a].start, self.syls[b - 1].end


VI_LETTERS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def vietnamese(tx: Text, k: int) -> bool:
    """``syls[k]`` is a Vietnamese syllable: a known one, a surname, or spelt with Vietnamese letters."""
    s = tx.syls[k]
    return tx.res.native(s.key) or bool(VI_LETTERS.search(s.key))


def prefix_before(tx: Text, i: int) -> str | None:
    """The role of the generic place word written in lower case just before syllable ``i``
    ("thị trấn Lăng Cô", "hầm Hải Vân", "tại Huế"): the longest one that starts a word. A word
    of three syllables may open with a capital ("Khu công nghiệp Cái Mép"), one of two where it
    opens the sentence ("Ngã tư Lê Lai"), unless it names an administrative unit."""
    syls = tx.syls
    for n in (3, 2, 1):
        a = i - n
        if a < 0 or not syls[a].word_first and n < 3 or not syls[a].alpha or syls[a].namey and (
                n < 2 or n == 2 and (not syls[a].sent_start and tx.key(a, i) not in tx.res.street_prefixes or
                                     syls[a].sent_start and tx.key(a, i) in tx.res.unit_prefixes) or
                syls[a].acronym) or any(syls[k].namey or not syls[k].alpha for k in range(a + 1, i)) \
                or not all(tx.joined(k, k + 1) for k in range(a, i)):
            continue
        role = tx.res.prefixes.get(tx.key(a, i))
        if role and not (a > 0 and syls[a - 1].key == "tàu" and tx.joined(a - 1, a)):
            return role  # but "tàu sân bay Liêu Ninh" is a ship, not an airport
    if i >= 2 and syls[i - 1].key == "là" and tx.joined(i - 1, i) and any(
            i - 1 - n >= 0 and not syls[i - 1 - n].cap and tx.key(i - 1 - n, i - 1) in tx.res.unit_prefixes and
            tx.joined(i - 1 - n, i - 1) for n in (2, 1)):
        return "prefix"  # "2 tỉnh là Huaphan và Attapeu": the units named after "là"
    return None
