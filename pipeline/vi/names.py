"""Rule-based recognition of PERSON, ORG, LOC, EVENT and LAW names in Vietnamese news.

Layers, each small and driven by data (``pipeline/data`` via ``pipeline.vi.lexicon``):

1. **Candidates**: runs of name syllables. Vietnamese capitalises every syllable of a personal
   or place name and the first syllable of each word of an organisation name, so a run is a
   sequence of capitalised syllables, acronyms and mixed-case names (``NVIDIA``, ``VPBank``),
   plus the lower-case syllables of a word the segmenter keeps whole after a single capital
   (``Ngoại giao`` in ``Bộ Ngoại giao``). Lower-case region names (``châu Âu``) come from the
   gazetteer.
2. **Typing and boundaries** inside a run, left to right: titles and honorifics (stripped, kept as
   roles of the next person), generic event lead words (stripped), law, event and organisation
   head words (the name runs to the end of the run, up to a trailing person name), formal state
   names, gazetteers (CLDR countries, Vietnamese administrative units old and new, regions, world
   cities, known organisations), Vietnamese surnames, the words before the run (``tại``, ``ở``
   for places; ``ông``, ``CEO`` for people), and a list of capitalised common words and
   abbreviations that are not names (``AI``, ``R&D``, sentence-initial ``Tuy nhiên``).
3. **Document consistency** (``pipeline.vi.consistency``): a surface typed once is typed the same
   everywhere in the article (a vote where evidence outweighs cues, and cues outweigh defaults),
   its untyped repeats are added; a parenthesised abbreviation takes the type of the name before
   it; a person later called by the last syllable of the name after an honorific (``ông Hoài``)
   is still a PERSON.

Layers 1 and 2 live here; all three stand on ``pipeline.vi.syllables`` (the text as syllables
with lexicon look-ups). ``find_names(..., consistency=False)`` stops after layer 2, so the
document layer can be measured on its own.
"""
from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from pipeline.vi import lexicon as lx
from pipeline.vi.consistency import CAMPAIGN, campaign, common_abbreviations, english_word, make_consistent, \
    parenthesised, preceded_by
from pipeline.vi.syllables import HONORIFICS_SENTENCE_ONLY, NAME_BOUNDARY, Name, Syl, Text, prefix_before, vietnamese

_ORDINAL_AFTER = re.compile(r"[ \t]+lần[ \t]+thứ[ \t]+(?:\d+|[IVXLC]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b")
# The codes of the currencies Vietnamese news quotes prices in: currencies, not organisations.
_CURRENCY_CODES = frozenset(("USD", "EUR", "VND", "VNĐ", "JPY", "CNY", "GBP", "KRW", "AUD", "CAD", "SGD",
                             "THB", "HKD", "CHF", "RUB", "INR", "NDT"))
# The last word of a title that heads a unit, whose name may follow it ("Trưởng khoa Nhi").
_UNIT_HEAD_WORDS = frozenset(lx.tone_key(w) for w in ("khoa", "phòng", "ban", "bộ", "sở", "vụ", "cục", "viện", "đoàn",
                                                 "đội", "tổ", "trạm", "ty", "hội", "trường"))
# Titles of a company's board, which the company's name may follow ("Chủ tịch HĐQT Vietbank").
_BOARD_TITLE = re.compile(r"(?:HĐQT|HĐTV|Hội đồng quản trị|Hội đồng thành viên)$", re.IGNORECASE)
# Words between a classifier and a name that make the name no kind of the thing: "ca khúc do Chi Pu
# thể hiện", "máy bay nên Reso": an agent, a cause, a clause.
_AGENT_WORDS = frozenset(("do", "bởi", "nên", "rằng", "khiến", "tặng", "giúp", "cùng"))
_ISSUED_RESOLUTIONS = frozenset((lx.tone_key("Nghị quyết"),))
_FOUNDER = re.compile(r"sáng lập$", re.IGNORECASE)
_NUMBERED = re.compile(r"[ \t]+[sS]ố[ \t]+\d+\b")
# Heads of establishments whose names may end in a bare number ("Bệnh viện Trung ương Quân đội 108").
_NUMBERED_NAME_HEADS = ("Bệnh viện", "Nhà máy", "Xí nghiệp", "Khách sạn", "Cơ sở", "Chi nhánh")
_NUMBER_TAIL = re.compile(r"[ \t]+\d{1,3}\b")
# An elected body's term is part of its name: "Quốc hội khóa XIV", "Trung ương Đảng khóa XII".
_TERM = re.compile(r"[ \t]+kh(?:óa|oá)[ \t]+(?:[IVXLC]+|\d{1,2})\b")
# A body of the province or district the article is about, named with the bare unit word: "Bộ
# Chỉ huy Quân sự tỉnh", "Sở GD&ĐT tỉnh" (not "tỉnh này", "tỉnh bạn", nor a unit named after it).
_OWN_UNIT = re.compile(r"[ \t]+(?P<unit>tỉnh|thành phố|huyện|quận|thị xã)(?!\w)(?:[ \t]*(?P<other>(?:này|đó|ấy|kia|bạn|"
                       r"nhà|khác|lân cận|cấp)(?!\w))|[ \t]*(?P<next>[\w(]))?")
# The words of Vietnamese administrative units that a body of the unit is named with.
_UNIT_WORDS = r"tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn"
# The unit word after a body of no name of its own ("Trung tâm Y tế huyện", "Trạm Y tế xã"): the
# body of the unit the article is about; not several units', nor one named after ("huyện Ba Vì").
_BODY_OF_UNIT = re.compile(rf"[ \t]+(?P<unit>{_UNIT_WORDS})(?!\w)(?![ \t]+hội\b)(?:[ \t]*(?P<other>(?:này|đó|ấy|kia|bạn|"
                           rf"nhà|khác|lân cận|cấp|và|hoặc)(?!\w)|/)|[ \t]*(?P<next>[\w(]))?")
# A list of unit words says the bodies of every such unit are meant: "Công an xã, phường, thị trấn".
_UNIT_LIST = re.compile(rf"[ \t]*(?:,|và|hoặc)[ \t]*(?:{_UNIT_WORDS})(?!\w)")
# Abbreviated company forms whose dot, before lower-case words, ends no sentence: "Sofina Foods Inc. danh tiếng".
_ABBREVIATED_FORMS = (" Inc", " Corp", " Ltd", " Co", " Bhd", " Plc", " Jr")
_ABBREVIATION_DOT = re.compile(r"\.(?=[ \t]+[a-zà-ỹđ]|[,;:)])")
_LETTER_DOT = re.compile(r"[A-ZĐ]\.")
_INITIAL_NAME = re.compile(r"[A-ZĐ]\.[A-ZĐ][a-zà-ỹđ]{2,}")
_ORDINAL = r"(?:\d+|[IVXLC]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b"
# The edition or year that closes any event's name: "Menpora Cup 2021", "Thế vận hội Bắc Kinh
# năm 2008", "Hội nghị Cấp cao ASEAN lần thứ 36 và 37".
_EDITION = (rf"(?:lần[ \t]+)?thứ[ \t]+{_ORDINAL}(?:[ \t]+và[ \t]+{_ORDINAL})?(?![ \t]+liên[ \t]+tiếp)"
            r"|(?:năm(?:[ \t]+học)?[ \t]+)?(?:1[89]|20)\d\d(?:[/-](?:\d{4}|\d\d))?\b(?![/.,]\d)")
_EVENT_EDITION = re.compile(rf"[ \t]+(?:{_EDITION})")
# After a head or a series' name, a bare number or Roman numeral too ("SEA Games 31", "VFTE lần thứ VI").
_YEAR_AFTER = re.compile(r"[ \t]+(?:1[89]|20)\d\d\b(?![/.,:–-]?\d)")  # a law's version, an event's edition
_AWARD = lx.tone_key("giải thưởng")
_ACRONYM_WORD = re.compile(r"[A-ZĐ]{3,}")
# A lower-case foreign word right after a name ("Foie gras", "Star war").
_FOREIGN_LOWER_AFTER = re.compile(r"[ \t]+([a-z]{3,})(?![\w-])")
# A brand that opens with a lower-case letter or two, then one capital: "eBay", "iStock", "mBio".
_CAMEL_BRAND = re.compile(r"[a-z]{1,2}[A-Z][a-z]{2,}[a-zA-Z]*")
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,3}\b(?![/.,:–-]?\d)")  # an acronym's edition: "UFC 261"
_EVENT_TAIL = re.compile(rf"[ \t]+(?:{_EDITION}|[IVXLC]+\b|\d{{1,2}}\b(?![/.,:]\d))")
# Heads of bodies that are named with their host place: "Đại sứ quán Việt Nam tại Mỹ".
_PLACE_HOSTED = {"đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "cơ quan đại diện",
                 "phái đoàn thường trực", "văn phòng đại diện", "tổng lãnh sự"}
# Committees and councils named with the field they are about: "Ủy ban Quốc gia về Người cao tuổi".
_ABOUT_HEADS = frozenset(lx.tone_key(h) for h in ("Ban Chỉ đạo", "Ủy ban", "Hội đồng", "Ban"))
# Bodies of a named state written in lower case: "đại sứ quán Nga ở Washington", "chính phủ Ấn Độ".
_HOSTED_KEYS = dict.fromkeys(("đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "chính phủ", "quốc hội",
                              "quân đội", "hải quân", "không quân", "thủy quân", "thủy quân lục chiến",
                              "lực lượng vũ trang", "cảnh sát biển",
                              "lục quân", "bộ quốc phòng", "bộ ngoại giao", "đài truyền hình"), True)
# Heads that, before a foreign country's name alone, mean its press ("Báo Thái Lan", "truyền
# thông Mỹ"), no newspaper's name; a Vietnamese province's paper is one ("Báo Quảng Ninh").
_PRESS_HEADS = frozenset(lx.tone_key(h) for h in ("Báo", "Tờ", "Đài", "Nhật báo", "Truyền thông", "Báo chí"))
_HOME_KEYS = frozenset(lx.tone_key(h) for h in ("Việt Nam", "Việt"))
# Lower-case particles of European and Arabic names ("Ursula von der Leyen", "Vincent van Gogh",
# "Charles de Gaulle", "Mohammed bin Salman"): inside a run of foreign capitalised words only.
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dello", "delle",
                             "degli", "dei", "dos", "das", "bin", "al", "el", "le", "la", "ter", "zu"})
_FUNCTION_WORDS_IN_ORG = {"và", "&"}
_REGION_OF = ("country", "state", "nation")  # what "miền Trung", "miền Đông" may be the part of
_ENGLISH_GLUE = ("of", "for", "the", "and", "&")  # inside an English name: "University of Oxford"
_LOCATIVES = {"tại", "ở"}
# Nouns after which "Nhà nước" names a kind of thing (state budget, state-owned firm), not the State.
_STATE_CATEGORY_NOUNS = frozenset(lx.tone_key(w) for w in (
    "ngân sách", "doanh nghiệp", "vốn", "sở hữu", "tài sản", "cơ quan", "đất", "nguồn vốn", "tiền", "quỹ",
    "công chức", "viên chức", "cán bộ", "khu vực", "kinh tế"))
_UNIT_NUMBER = re.compile(r"[ \t]+(?:\d{1,4}|[IVXLC]+)\b(?![.,]\d)")
# Military units and commands, and hospitals, which are named by a number: "Hạm đội 7", "Quân khu
# 4", "Sư đoàn 5", "Bệnh viện 108"; a hospital's may go on with its province ("Bệnh viện 115 Nghệ An").
_NUMBERED_HEADS = frozenset(lx.tone_key(h) for h in ("Hạm đội", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn",
                                                     "Tiểu đoàn", "Đại đội", "Quân khu", "Binh đoàn", "Bệnh viện"))
_HOSPITAL = lx.tone_key("Bệnh viện")
_HOSPITAL_NUMBER = re.compile(r"[ \t]+\d{1,3}(?:-\d{1,2})?\b(?![.,/]\d)")
_SQUAD = lx.tone_key("Đội")  # a unit's head, when a capitalised name follows ("Đội CSGT")
_PARTY = lx.tone_key("Đảng")  # whose committees keep their organ's name ("Ban Chấp hành Đảng bộ")
# Country names that are also a pronoun or a word that opens sentences ("Anh" he, "Ý" idea).
_OPENING_WORDS = frozenset({"anh", "ý", "áo", "séc", "viên"})  # "Viên pin", "Viên uống": a pill, no Vienna
_PRONOUN_ENDS = frozenset({"ấy", "ta"})  # "Anh ấy", "Anh ta": he, whatever else the article names
_PARTY_SIDES = frozenset({"dân chủ", "cộng hòa"})  # the US parties, as sides after a role
# Words after a place that make it a body: clubs and broadcasters ("Hà Nội FC", "Hà Nam TV").
_CLUB_SUFFIXES = frozenset({"FC", "F.C.", "CF", "SC", "AFC", "TV"})
_NUMBERED_UNITS = {"quận", "phường"}  # "Quận 1", "phường 12": districts and wards named by number
_QUANTIFIERS = {"các", "những", "nhiều", "mỗi", "từng", "mấy", "hai", "ba", "bốn", "năm"}  # "12 quận", "các quận 1, 3"
# Heads of companies: a known company's name after them and their function is the brand's; their
# own names may end like a two-syllable personal name ("Công ty TNHH Dược phẩm Hoa Lâm").
_COMPANY_HEADS = frozenset(lx.tone_key(h) for h in ("Công ty", "Tập đoàn", "Tổng công ty"))
# Heads of schools and hospitals, which are often named after a person: the name after them is theirs.
_NAMESAKE_HEADS = frozenset(lx.tone_key(h) for h in (
    "Trường", "Trường THPT", "Trường THCS", "Trường Tiểu học", "Trường Mầm non", "THPT", "THCS",
    "Trường THPT chuyên", "THPT chuyên", "Trường PTDTNT", "PTDTNT",
    "Tiểu học", "Mầm non", "Trung học cơ sở", "Trung học phổ thông", "Đại học", "ĐH", "Học viện", "Bệnh viện",
    "Trường Đại học", "Trường ĐH", "Trường Cao đẳng", "Cao đẳng", "Trường Trung cấp", "Trường Trung học cơ sở",
    "Trường Trung học phổ thông"))
_COMPASS = {"đông", "tây", "nam", "bắc"}
# Law titles read on over "về" ("Công ước ... về tội phạm mạng").
_LAW_BOUNDARY = NAME_BOUNDARY - {"về"}


def find_names(text: str, words: list[tuple[int, int, bool]], skip=(), second_opinion=None,
               consistency: bool = True) -> list[Name]:
    """Named-entity mentions of ``text``; ``words`` are (start, end, sentence_start) word spans.

    ``consistency=False`` leaves out the document layer (one type per surface, repeats, short
    forms), to measure what it adds.

    ``second_opinion``, if given, is asked for the type of the names typed by default alone:
    it takes their (start, end) spans and returns a label or None for each."""
    names: list[Name] = _initials(text, skip)
    tx = Text(text, words, list(skip) + [(n.start, n.end) for n in names])
    syls, res = tx.syls, tx.res
    i, n = 0, len(syls)
    while i < n:
        if not syls[i].namey:
            if _CAMEL_BRAND.fullmatch(syls[i].text) and _org_word_before(tx, i):
                names.append(Name(syls[i].start, syls[i].end, "ORG"))  # "công ty eBay", "tạp chí eLife"
                i += 1
                continue
            if syls[i].key in _NUMBERED_UNITS and i + 1 < n and syls[i + 1].text.isdigit() and \
                    len(syls[i + 1].text) <= 2 and tx.joined(i, i + 1) and \
                    not (i > 0 and (syls[i - 1].text.isdigit() or syls[i - 1].key in _QUANTIFIERS)):
                names.append(Name(*tx.span(i, i + 2), "LOC"))  # "quận 12": the number is the name
                i += 2
                continue
            h = tx.match(i, _HOSTED_KEYS) if syls[i].alpha and syls[i].word_first and not (
                i > 0 and syls[i - 1].key in ("các", "quan") and tx.joined(i - 1, i)) else 0  # "cơ quan chính phủ X"
            if h and i + h < n and syls[i + h].cap and tx.match(i + h, res.places) and tx.joined(i + h - 1, i + h):
                # "đại sứ quán Nga ở Washington": the body of a named state, written in lower case
                p = i + h + tx.match(i + h, res.places)
                if tx.key(i + h, p) in _COUNTRY_KEYS():
                    if tx.key(i, i + h) in _PLACE_HOSTED:
                        p = _hosted_place(tx, p)  # "đại sứ quán Nga ở Washington", not "hải quân Mỹ ở Yokosuka"
                    names.append(Name(tx.syls[i].start, tx.syls[p - 1].end, "ORG"))
                    i = p
                    continue
            m = tx.match(i, res.places) if syls[i].key in res.lower_region_heads else 0
            if m == 2 and syls[i].key == "miền" and syls[i + 1].cap and i + m < n and syls[i + m].cap and \
                    tx.joined(i + m - 1, i + m) and \
                    res.places.get(tx.key(i + m, i + m + tx.match(i + m, res.places))) in _REGION_OF:
                m += tx.match(i + m, res.places)  # "miền Trung Philippines", "miền Đông Ukraine": one place
            if m and syls[i].key == "sao" and i + m < n and syls[i + m].cap and tx.joined(i + m - 1, i + m):
                m = 0  # "ngôi sao Kim Soo Hyun": a star of the screen, whose name goes on, not a planet
            if m >= 2 and any(syls[k].cap for k in range(i + 1, i + m)):
                names.append(Name(*tx.span(i, i + m), "LOC"))
                i += m
            else:
                i += 1
            continue
        end = _run_end(tx, i)
        found, end = _analyse(tx, i, end)
        names.extend(found)
        i = max(end, i + 1)
    names = parenthesised(names, tx)
    names = _given_names_of_countries(names, tx)
    names = _trailing_foreign_people(names, tx)
    _foreign_waters_and_lands(names, tx)
    _quoted_speakers(names, tx)
    for n in names:
        if not (n.weak and text[n.start - 1:n.start] in ('"', "“") and text[n.end:n.end + 1] in ('"', "”")):
            continue
        words = text[n.start:n.end].split()
        if not (len(words) > 1 and any(lx.tone_key(" ".join(words[-k:])) in _COUNTRY_KEYS() for k in (1, 2))):
            n.doubtful = True  # a title in quotation marks: a film, a song, a role, a term ("Tây Du Ký"), but
            # not a nickname after a country ("Zico Thái")
    for n in names:
        if n.weak and (m := _FOREIGN_LOWER_AFTER.match(text, n.end)) and lx.tone_key(m.group(1)) not in tx.res.syllables:
            n.doubtful = True  # "Foie gras", "The Simple life", "Tyrannosaurus rex": a foreign phrase
            # that goes on in lower case, a term or a title, not a name
    names = _photo_credits(names, tx)
    names = _lower_case_events(names, tx)
    names = _lower_case_platforms(names, tx)
    names = _quoted_events(names, tx)
    names = _quoted_works(names, tx)
    names = _named_contests(names, tx)
    names = _festivals(names, tx)
    names = _family_names(names, tx)
    names = _played_by(names, tx)
    names = _numbered_roads(names, tx)
    names = _catalogued_objects(names, tx)
    names = _street_pairs(names, tx)
    names = _elided_ministries(names, tx)
    names = _own_councils(names, tx)
    names = _campuses(names, tx)
    _standing_bodies(names, tx)
    _founded(names, tx)
    for n in names:
        if n.label == "ORG" and n.weak and _ACRONYM_WORD.fullmatch(text, n.start, n.end) and \
                (m := _YEAR_AFTER.match(text, n.end)):
            n.label, n.end, n.weak = "EVENT", m.end(), False  # "ITMC 2021", "EUPHO 2020": an acronym of no
            # known kind with its year is a contest's or a fair's edition, not a body
        if n.label == "ORG" and (m := _NUMBERED.match(text, n.end) or _TERM.match(text, n.end) or
                                 text.endswith(" Số", n.start, n.end) and _NUMBER_TAIL.match(text, n.end) or
                                 text.startswith(_NUMBERED_NAME_HEADS, n.start) and _name_number(text, n.end)):
            n.end = m.end()  # "Trường TH&THCS Gio Hải số 1", "Quốc hội khóa XIV", "Bệnh viện Trung ương Quân đội 108"
        if n.label == "ORG" and text[n.start:n.end].endswith(_ABBREVIATED_FORMS) and _ABBREVIATION_DOT.match(text, n.end):
            n.end += 1  # "Sofina Foods Inc. danh tiếng": the dot of the company form, no sentence's end
        if n.label == "ORG" and not n.weak and (m := _OWN_UNIT.match(text, n.end)) and not (
                m.group("other") or m.group("next") and not m.group("next").islower()
                or _UNIT_LIST.match(text, m.end("unit"))):
            n.end = m.end("unit")
    every_level = [n for n in names if n.label == "ORG" and _EVERY_LEVEL.match(text, n.end)]
    if every_level:  # "Ban Chỉ đạo phòng, chống dịch các cấp": bodies of a kind at every level, no one body
        tx.no_name_spans.extend((n.start, n.end) for n in every_level)
        names = [n for n in names if n not in every_level]
    common = common_abbreviations(tx)
    if common:
        names = [n for n in names if text[n.start:n.end] not in common]
    if tx.vessels:  # a place an article names ships after is the ship wherever no place word says otherwise
        names = [n for n in names if not (n.label == "LOC" and lx.tone_key(text[n.start:n.end]) in tx.vessels and
                                          prefix_before(tx, tx.index_of(n.start) or 0) != "prefix")]
    _listed_products(names, tx)
    _things_in_apposition(names, tx)
    if tx.products:  # what the article calls a product is one wherever no evidence says otherwise
        products = [n for n in names if (n.weak or _CODE.fullmatch(text[n.start:n.end])) and _product_name(tx, n) or
                    n.label == "PERSON" and not n.roles and " " in text[n.start:n.end] and
                    lx.tone_key(text[n.start:n.end]) in tx.works]
        # (a work's title of two words or more is one wherever no title or honorific makes it a
        # person: "kể từ khi Bao Thanh Thiên được phát sóng"; a one-word title is often its hero's
        # name too: "phim Kiều", "nàng Kiều")
        tx.no_name_spans.extend((n.start, n.end) for n in products)  # ("G20" where it is a phone's model)
        names = [n for n in names if n not in products]
    asked = [n for n in names if n.ask]
    if asked and second_opinion is not None:
        for n, label in zip(asked, second_opinion([(n.start, n.end) for n in asked])):
            if label:
                n.label, n.opinion = label, True
    if consistency:
        names = _join_given_names(make_consistent(names, tx), text)
    else:
        names = [n for n in names if not n.doubtful]
    for n in names:
        if n.label == "EVENT" and (m := _EVENT_EDITION.match(text, n.end)) and \
                not campaign(text, n):  # ("chiến dịch Khe Sanh năm 1968")
            n.end = m.end()
    return sorted((n for n in names if n.end > n.start), key=lambda x: x.start)


# Vietnamese names of competitions that open in lower case: "cúp Quốc gia 2021", "giải hạng Nhất".
_LOWER_COMPETITION = re.compile(rf"(?<!\w)(?:cúp[ \t]+(?:Quốc[ \t]+gia|Liên[ \t]+đoàn|Nhà[ \t]+vua|C[123](?:[ \t]+châu[ \t]+Âu)?)|"
                                rf"hạng[ \t]+(?:Nhất|Nhì)(?:[ \t]+Quốc[ \t]+gia)?)(?:[ \t]+(?:{_EDITION}))?(?![\w-])")
# The national high-school exams, named in lower case: "kỳ thi tốt nghiệp THPT năm 2021", "kỳ
# thi chọn học sinh giỏi (HSG) quốc gia THPT năm học 2020-2021".
_SCHOOL_EXAM = re.compile(rf"(?<!\w)k[ỳì][ \t]+thi(?:[ \t]+(?:[a-zà-ỹđ]+|\([A-ZĐ]+\))){{0,8}}?[ \t]+THPT"
                          rf"(?:[ \t]+quốc[ \t]+gia)?(?:[ \t]+(?:{_EDITION}))?(?!\w)")


def _org_word_before(tx: Text, i: int) -> bool:
    """A body's head word ("Công ty", "Tập đoàn") or a classifier of bodies ("hãng", "tạp chí")
    stands right before ``syls[i]``."""
    return _classifier_before(tx, i) == "org" or bool(m := _head_before(tx, i)) and tx.joined(i - m, i)


def _head_before(tx: Text, k: int) -> int:
    """Length of a capitalised head of bodies (one to three syllables) that ends right before
    ``syls[k]``: "Công ty", "Viện"; 0 if none."""
    return next((m for m in (1, 2, 3) if k - m >= 0 and tx.syls[k - m].cap and tx.match(k - m, tx.res.heads, k) == m), 0)


# Words that make the words after a head no body's field: a level shared by every unit ("UBND
# cấp tỉnh", "tuyến huyện", "liên xã") or a verb ("trở thành", "làm rung chuyển cả thành phố").
_NO_FIELD_WORDS = frozenset({"cấp", "tuyến", "liên", "cả", "làm", "trở", "thành", "là", "có", "nổ", "toàn"})


def _portfolio_end(tx: Text, j: int) -> int:
    """Where a body's field, written in lower case after its head at ``syls[j]``, ends before the
    word of its unit: "Ban quản lý khu công nghiệp| tỉnh", "Bộ Chỉ huy quân sự| tỉnh"; the end of
    ``syls[j - 1]`` when no such field is there."""
    syls, end = tx.syls, tx.syls[j - 1].end
    k = j
    while k < len(syls) and k - j < 5 and syls[k].alpha and not syls[k].cap and tx.joined(k - 1, k) and \
            syls[k].key not in NAME_BOUNDARY and syls[k].key not in _NO_FIELD_WORDS and \
            not _BODY_OF_UNIT.match(tx.text, syls[k - 1].end):
        k += 1
    return syls[k - 1].end if k > j and _BODY_OF_UNIT.match(tx.text, syls[k - 1].end) else end


def _given_names_of_countries(names: list[Name], tx: Text) -> list[Name]:
    """Two one-syllable places side by side with nothing between them but a space, each also a
    given name, are one person's name: "Anh Đức" among "Quang Trung, Anh Đức, S.T Sơn". Two
    countries listed are joined by a comma, a hyphen or a word ("Anh, Đức", "Việt - Mỹ"); "Việt"
    before a country names a relation ("Việt Mỹ")."""
    out, text, given = [], tx.text, tx.res.given
    for n in names:
        prev = out[-1] if out else None
        if prev is not None and prev.label == n.label == "LOC" and text[prev.end:n.start] == " " and \
                " " not in text[prev.start:prev.end] + text[n.start:n.end] and text[prev.start:prev.end] != "Việt" and \
                all(lx.tone_key(text[m.start:m.end]) in given for m in (prev, n)):
            out[-1] = Name(prev.start, n.end, "PERSON", (), True)
            continue
        out.append(n)
    return out


def _join_given_names(names: list[Name], text: str) -> list[Name]:
    """A one-syllable place and a person's name right after it that together end a full name of
    the article are that person, called by the given names: "Anh Hào" after "Nguyễn Anh Hào",
    "Đức Chinh" after "Hà Đức Chinh"."""
    tails = {" ".join(w[-k:]) for n in names if n.label == "PERSON"
             for w in [text[n.start:n.end].split()] if len(w) >= 3 for k in (2, 3) if k < len(w)}
    if not tails:
        return names
    out: list[Name] = []
    for n in sorted(names, key=lambda x: x.start):
        prev = out[-1] if out else None
        if prev is not None and prev.label == "LOC" and n.label in ("PERSON", "ORG") and text[prev.end:n.start] == " " and \
                " " not in text[prev.start:prev.end] and text[prev.start:n.end] in tails:
            out[-1] = Name(prev.start, n.end, "PERSON", n.roles if n.label == "PERSON" else ())
            continue
        out.append(n)
    return out


def _end_index(tx: Text, a: int, end: int) -> int:
    """The syllable after the last one, from ``a``, that ends by character ``end``."""
    b = a
    while b < len(tx.syls) and tx.syls[b].end <= end:
        b += 1
    return b


def _trailing_foreign_people(names: list[Name], tx: Text) -> list[Name]:
    """A name in Vietnamese words that runs on into a foreign given name and a surname holds two
    names, the second a person's: "đảng Dân chủ Joe Biden", "Nhà Trắng Jen Psaki", "phe Cánh tả
    Dietmar Bartsch". A body whose head word opens the name may be named after the person
    ("Trường Tiểu học Isaac Newton", "Viện Paul Ehrlich"), unless the whole first part is a
    known name ("Liên minh châu Âu Josep Borrell")."""
    syls, res, out = tx.syls, tx.res, []
    for n in names:
        a = tx.index_of(n.start)
        if n.label == "PERSON" or a is None:
            out.append(n)
            continue
        b = _end_index(tx, a, n.end)
        k = next((k for k in range(a + 1, b - 1) if 2 <= b - k <= 3 and _foreign_person_at(tx, k, b) and
                  all(syls[x].key in res.syllables or not syls[x].alpha for x in range(a, k))), None)
        if k is not None and not syls[a].cap:
            k = None  # "Montana de Siete Colores": a particle opens no name of its own
        if k is None or tx.match(a, res.heads, k) and \
                tx.match(a, res.known, k) != k - a and tx.match(a, res.places, k) != k - a:
            out.append(n)
            continue
        # what is left of a name typed for want of evidence stands only where the article types it
        out.append(Name(n.start, syls[k - 1].end, n.label, n.roles, n.weak, n.ask, n.opinion, n.doubtful or n.weak))
        out.append(Name(*tx.span(k, b), "PERSON"))
    return out


# Capitalised words for waters and lands that open a foreign place's name: "Biển Azov", "Hồ
# Michigan", "Núi Everest". ("Hồ", "Biển" are also a surname and a given name: "Hồ Thu Anh".)
_WATER_AND_LAND = frozenset(lx.tone_key(w) for w in (
    "biển", "vịnh", "hồ", "sông", "núi", "đảo", "eo biển", "bán đảo", "quần đảo", "sa mạc", "thác",
    "hẻm núi", "đèo", "dãy núi", "cao nguyên", "hồ nước"))


def _foreign_waters_and_lands(names: list[Name], tx: Text) -> None:
    """A person's name typed for a capitalised water or land word and foreign words after it is a
    place's: "nối Biển Đen với Biển Azov", "Núi Everest". A foreign given name after the word is
    still a person's ("Hồ John Smith" is none), and so is a name after a title."""
    syls, res = tx.syls, tx.res
    for n in names:
        a = tx.index_of(n.start)
        if n.label != "PERSON" or n.roles or a is None:
            continue
        b = _end_index(tx, a, n.end)
        w = next((w for w in (2, 1) if a + w < b and tx.key(a, a + w) in _WATER_AND_LAND), 0)
        if w and all(syls[x].alpha and syls[x].key not in res.syllables and syls[x].key not in res.surnames
                     for x in range(a + w, b)) and syls[a + w].text.lower() not in lx.foreign_given_names():
            n.label, n.weak = "LOC", False


# A direct quotation closed and attributed: '"...", Đức nói.' (the speaker), with the verbs of saying.
_QUOTE_CLOSED = re.compile(r"[\"”][ \t]*,[ \t]*\Z")
_SAID = re.compile(r"[ \t]+(?:nói|cho biết|cho hay|chia sẻ|kể|khẳng định|nhấn mạnh|bày tỏ|tâm sự|giải thích|"
                   r"thừa nhận|nói thêm)(?!\w)")


def _quoted_speakers(names: list[Name], tx: Text) -> None:
    """A one-word place that is also a given name, attributed a direct quotation, is the speaker:
    '"Tôi mất hơn 250 triệu", Đức nói.'."""
    text, given = tx.text, tx.res.given
    for n in names:
        if n.label == "LOC" and " " not in text[n.start:n.end] and lx.tone_key(text[n.start:n.end]) in given and \
                _QUOTE_CLOSED.search(text, max(0, n.start - 4), n.start) and _SAID.match(text, n.end):
            n.label, n.weak = "PERSON", True  # (where the article names the country too, the country wins)


def _foreign_person_at(tx: Text, k: int, b: int) -> bool:
    """``k..b`` is a foreign given name and a surname: capitalised words in no Vietnamese syllable
    list, the first a given name, none a word of a body's, an event's or a place's name."""
    return tx.syls[k].text.lower() in lx.foreign_given_names() and tx.joined(k - 1, k) and \
        all(_foreign_name_word(tx, x, b) and tx.joined(x - 1, x) for x in range(k, b))


def _foreign_name_word(tx: Text, x: int, b: int) -> bool:
    """``syls[x]`` may be a word of a foreign person's name: capitalised, in no Vietnamese syllable
    list, no word of a body's, an event's or a place's name."""
    syls, res = tx.syls, tx.res
    return syls[x].cap and syls[x].alpha and not syls[x].acronym and syls[x].key not in res.syllables and \
        syls[x].key not in res.foreign_org and syls[x].key not in res.foreign_event and not tx.match(x, res.places, b)


def _foreign_surname_after(tx: Text, i: int, b: int) -> bool:
    """``syls[i]``, an ordinary Vietnamese word, is a foreign given name that a foreign surname
    follows in the run: "Tim Cook", "Mark Zuckerberg" opening a sentence (but not "Theo Guardian")."""
    syls = tx.syls
    return syls[i].text.lower() in lx.foreign_given_names() and syls[i].key not in NAME_BOUNDARY and \
        i + 1 < b and tx.joined(i, i + 1) and _foreign_name_word(tx, i + 1, b)


# Platforms the press also writes in lower case ("mạng xã hội zalo", "đăng trên twitter").
_PLATFORMS = frozenset(("facebook", "zalo", "twitter", "youtube", "tiktok", "instagram", "telegram", "google"))
# A platform's name inside a web address or an e-mail, or naming a product of its maker ("google map").
_NOT_PLATFORM_BEFORE = re.compile(r"[./@:\w-]\Z")
_NOT_PLATFORM_AFTER = re.compile(r"(?:[./@\w-][\w]|[ \t]+(?:map|maps|play|drive|translate|meet|pay|sheets|docs)\b)")


def _lower_case_platforms(names: list[Name], tx: Text) -> list[Name]:
    """A platform named in lower case is the company's platform, an ORG like its capitalised name:
    "lạ thông qua mạng xã hội zalo", "đăng trên twitter cá nhân" (but not "google map", a product,
    nor "facebook.com")."""
    text, taken = tx.text, [(n.start, n.end) for n in names] + tx.no_name_spans
    out = list(names)
    for s in tx.syls:
        if s.text in _PLATFORMS and not _NOT_PLATFORM_BEFORE.search(text, max(0, s.start - 1), s.start) and \
                not _NOT_PLATFORM_AFTER.match(text, s.end) and not any(a < s.end and s.start < b for a, b in taken):
            out.append(Name(s.start, s.end, "ORG"))
    return sorted(out, key=lambda n: n.start)


def _lower_case_events(names: list[Name], tx: Text) -> list[Name]:
    """Lower-case names of the national high-school exams and of Vietnamese competitions are events,
    like capitalised ones."""
    out = list(names)
    competitions = _LOWER_COMPETITION.finditer(tx.text) if tx.sports else ()  # not "Huân chương hạng Nhất"
    for m in itertools.chain(_SCHOOL_EXAM.finditer(tx.text), competitions):
        out = _claim(out, m.start(), m.end(), "EVENT")  # an abbreviation inside it is part of it: "(HSG)"
    return out


_CONTEST_LEADS = frozenset(lx.tone_key(w) for w in ("cuộc thi", "kỳ thi", "kì thi", "hội thi", "lễ hội", "liên hoan",
                                                      "chiến dịch"))
_CAMPAIGN_NUMBER = re.compile(r"[ \t]+\d{1,3}\b(?![/.,:–-]?\d)")
_CONTEST_LAST = frozenset(w.split()[-1] for w in _CONTEST_LEADS)  # checked first: most syllables end none


def _named_contests(names: list[Name], tx: Text) -> list[Name]:
    """A capitalised name right after "cuộc thi" (or "kỳ thi", "lễ hội", "chiến dịch", ...) in lower
    case that closes where the name does is the contest's, with its year: "cuộc thi Hoa hậu Thế giới 2021",
    "cuộc thi FPT Edu Hackathon 2021", "kỳ thi Kỹ năng nghề quốc gia"."""
    syls, out = tx.syls, list(names)
    for k in range(1, len(syls) - 1):
        if syls[k].key not in _CONTEST_LAST or tx.key(k - 1, k + 1) not in _CONTEST_LEADS or syls[k - 1].cap or \
                not syls[k + 1].cap or \
                syls[k + 1].acronym and tx.key(k - 1, k + 1) != "cuộc thi" or \
                not (tx.joined(k - 1, k) and tx.joined(k, k + 1)):
            continue  # (but "kỳ thi IELTS" names a test, no event)
        end = _run_end(tx, k + 1)
        if not _closes_properly(tx, end) and not _YEAR_NAMED.match(tx.text, syls[end - 1].end):
            end = _closed_qualified_tail(tx, end)  # "cuộc thi Khoa học kỹ thuật quốc gia"
        is_campaign = tx.key(k - 1, k + 1) == CAMPAIGN
        if is_campaign and (number := _CAMPAIGN_NUMBER.match(tx.text, syls[end - 1].end)):
            end = _skip_to(tx, end, number.end())  # "chiến dịch Đường 9"
        year = _YEAR_NAMED.match(tx.text, syls[end - 1].end)
        stop = year.end() if year and not is_campaign else syls[end - 1].end
        nxt = _skip_to(tx, end, stop)  # (a campaign is named without its year: "chiến dịch Khe Sanh năm 1968")
        if year or _closes_properly(tx, nxt, clause=end > _run_end(tx, k + 1)):
            out = _claim(out, syls[k + 1].start, stop, "EVENT")
    return out


_FESTIVAL_HEADS = frozenset(lx.tone_key(w) for w in ("Lễ hội", "Ngày hội", "Tuần lễ", "Liên hoan"))
# Words that open what is said of a festival, not its name: "Ngày hội chính thức diễn ra", "vé Lễ hội
# đại dương trọn gói".
_FESTIVAL_STOPS = frozenset(lx.tone_key(w) for w in ("chính", "diễn", "khai", "bắt", "kết", "trọn", "thu", "mở"))


def _festivals(names: list[Name], tx: Text) -> list[Name]:
    """A festival's head capitalised inside a sentence, then words in lower case, names the
    festival: "gắn với Lễ hội mùa hè tại Sa Pa", "Lễ hội bia, Hội Đu", "Ngày hội tư vấn tuyển
    sinh 2021". The capital is what marks the name; at a sentence's start only a year after it does."""
    syls, out = tx.syls, list(names)
    for k in range(1, len(syls) - 2):
        if not syls[k].cap or tx.key(k, k + 2) not in _FESTIVAL_HEADS or \
                not tx.joined(k, k + 1) or syls[k + 1].cap or syls[k - 1].key in ("các", "những", "nhiều"):
            continue
        j = k + 2
        while j < len(syls) and j - k < 8 and syls[j].alpha and not syls[j].cap and tx.joined(j - 1, j) and \
                syls[j].key not in NAME_BOUNDARY and syls[j].key not in _FESTIVAL_STOPS and syls[j].key != "và":
            j += 1
        year = _YEAR_NAMED.match(tx.text, syls[j - 1].end)
        if syls[k].sent_start and not year:
            continue  # (at a sentence's start, its year marks the name: "Ngày hội tuyển sinh năm 2021")
        if j == k + 2 or tx.key(k, j) in tx.res.events or not (year or _closes_properly(tx, j)) or \
                tx.text[syls[j - 1].end:syls[j - 1].end + 2].strip()[:1] in ('"', "“"):
            continue  # ("Liên hoan phim" alone is no name; "Liên hoan du lịch "Đồ Sơn..."" is named by its title)
        out = _claim(out, syls[k].start, year.end() if year else syls[j - 1].end, "EVENT")
    return out


def _closed_qualified_tail(tx: Text, b: int) -> int:
    """End of the lower-case words that go on a name ending at ``b`` up to a word of scope where
    the name closes ("Khoa học kỹ thuật quốc gia", "Hội nghị phân tích toàn cầu"); ``b`` when
    there is none (a description such as "Tìm kiếm tài năng Toán học" is no name)."""
    q = _qualified_tail(tx, b)
    return q if q > b and _closes_properly(tx, q, clause=True) else b


_YEAR_NAMED = re.compile(r"[ \t]+(?:năm[ \t]+)?(?:1[89]|20)\d\d\b(?![/.,:–-]?\d)")  # "2021", "năm 2021"


# Events named by a title in quotation marks after their head: "Hội thảo "Con tự lập ở tuổi 15"",
# "cuộc thi "Sinh viên với an toàn thông tin ASEAN"". One or two lower-case words may qualify the
# head ("Tọa đàm trực tuyến "...""); the title opens with a capital.
_QUOTED_EVENT_HEADS = ("Hội nghị", "Hội thảo", "Diễn đàn", "Tọa đàm", "Toạ đàm", "Lễ hội", "Liên hoan", "Festival",
                       "Ngày hội", "Hội chợ", "Triển lãm", "Cuộc thi", "Hội thi", "Tuần lễ")
_QUOTED_EVENT = re.compile(r"(?<!\w)(?P<head>" + "|".join(h + "|" + h.lower() for h in _QUOTED_EVENT_HEADS) +
                           r")(?P<kind>(?:[ \t]+[^\W\d_]+){0,2})[ \t]+[\"“]"
                           r"(?P<title>[^\W\d_][^\"“”\n]{2,150}?)[\"”]")


def _quoted_events(names: list[Name], tx: Text) -> list[Name]:
    """An event named by a quoted title: with a capitalised head right before it the head and the
    quotes are part of the name ("Hội thảo "Con tự lập ở tuổi 15""); after a lower-case head, the
    generic lead word, or words of its kind ("Tọa đàm trực tuyến "..."") only the title is."""
    out = list(names)
    for m in _QUOTED_EVENT.finditer(tx.text):
        kind = m.group("kind").split()
        if not m.group("title")[0].isupper() or any(not w.islower() or lx.tone_key(w) in NAME_BOUNDARY for w in kind) \
                or len(m.group("title").split()) > 20:
            continue  # "tọa đàm với tinh thần "..."": the quote is not the event's name
        if m.group("head")[0].isupper() and not kind:
            out = _claim(out, m.start(), m.end(), "EVENT")
        else:
            out = _claim(out, m.start("title"), m.end("title"), "EVENT")
    return out


# A title in quotation marks: "bộ phim “Sài Gòn trong cơn mưa”", "ca khúc "Hear My Voice"".
_QUOTED_TITLE = re.compile(r"[\"“](?P<title>[^\"“”\n]{2,80})[\"”]")
_LISTED_TITLE = re.compile(r"[\"”][ \t]*(?:,|và|hay|hoặc)[ \t]*$")


def _quoted_works(names: list[Name], tx: Text) -> list[Name]:
    """A quoted title right after a classifier of creative works (``work`` in name_contexts), or
    listed after such a title, names a work: names inside it are no mentions ("Sài Gòn" in the film
    "Sài Gòn trong cơn mưa"), and the same title quoted anywhere in the article is the same work."""
    text, contexts = tx.text, tx.res.name_contexts
    quotes = list(_QUOTED_TITLE.finditer(text))
    keys = [lx.tone_key(q.group("title")) for q in quotes]
    titles: set[str] = set()
    for k, q in enumerate(quotes):
        before = text[max(0, q.start() - 30):q.start()]
        words = before.split()
        work = any(len(words) >= n and contexts.get(lx.tone_key(" ".join(words[-n:]))) == "work" and
                   (words[-n][:1].islower() or before[:before.rindex(words[-n])].rstrip(" \t")[-1:] in ("", ".", "\n"))
                   for n in (3, 2, 1))  # in lower case, or opening a sentence
        after_title = k > 0 and keys[k - 1] in titles and \
            _LISTED_TITLE.search(text, quotes[k - 1].end() - 1, q.start())  # "“Thang máy”, “Ròm”"
        if work or after_title:
            titles.add(keys[k])
    if not titles:
        return names
    for q, key in zip(quotes, keys):
        if key in titles:
            a, b = q.span("title")
            names = [n for n in names if not (a <= n.start and n.end <= b)]
            tx.no_name_spans.append((a, b))
    return names


def _claim(names: list[Name], start: int, end: int, label: str) -> list[Name]:
    """``names`` with a name of ``label`` over ``start:end``, which takes in the names inside it,
    unless a name crosses one of its ends."""
    outside = [n for n in names if not (start <= n.start and n.end <= end)]
    if any(n.start < end and start < n.end for n in outside):
        return names
    return outside + [Name(start, end, label)]


# "các cấp" after a body: bodies of that kind at every level ("Ban Chỉ đạo phòng, chống dịch các cấp"),
# but not "các cấp ủy" (the Party committees).
_EVERY_LEVEL = re.compile(r"[ \t]+các[ \t]+cấp(?![ \t]+ủy)(?!\w)")


# A province's or a district's own council, committee or police, named by its unit word alone:
# "UBND tỉnh", "HĐND huyện", "Công an xã" (but not "các UBND xã", "UBND cấp tỉnh", nor before the unit's name).
_OWN_COUNCIL = re.compile(r"(?<![\w])(?<![Cc]ác )(?<![Nn]hững )(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Công an)"
                          rf"[ \t]+(?:{_UNIT_WORDS})(?!\w)(?P<next>[ \t]+\S+)?")


def _own_councils(names: list[Name], tx: Text) -> list[Name]:
    """The council or committee of the unit an article is about, named by the unit word alone."""
    out = list(names)
    for m in _OWN_COUNCIL.finditer(tx.text):
        nxt = (m.group("next") or " .").strip()
        if nxt[0].isupper() or nxt[0].isdigit() or nxt.startswith(("cấp", "(")) or \
                _UNIT_LIST.match(tx.text, m.start("next") if m.group("next") else m.end()):
            continue  # "UBND tỉnh Quảng Trị", "UBND cấp tỉnh", "Công an xã, phường"
        out = _claim(out, m.start(), m.start("next") if m.group("next") else m.end(), "ORG")
    return out


def _standing_bodies(names: list[Name], tx: Text) -> None:
    """The standing board of a body, named before it with a capital and no title before it, is
    part of the name: "Thường trực Tỉnh ủy Thanh Hóa", "Thường trực Chính phủ" (but "Phó Chủ tịch
    Thường trực UBND tỉnh" is a title, and so is "Thường trực Ban Bí thư")."""
    syls, res = tx.syls, tx.res
    for n in names:
        k = tx.index_of(n.start)
        if n.label != "ORG" or k is None or k < 2 or tx.key(k - 2, k) != "thường trực" or not syls[k - 2].cap or \
                not tx.joined(k - 2, k - 1) or not tx.joined(k - 1, k):
            continue
        if any(tx.key(x, k) in res.titles for x in range(max(0, k - 6), k - 2)) or \
                any(tx.key(k - 2, y) in res.titles for y in range(k + 1, min(len(syls), k + 6) + 1)):
            continue  # "Phó Chủ tịch Thường trực", "Thường trực Ban Bí thư": titles
        n.start = syls[k - 2].start


# National and provincial roads named by a number: "QL45", "QL 1A", "Quốc lộ 5A", "tỉnh lộ 8".
_NUMBERED_ROAD = re.compile(r"(?<!\w)(?:QL|[Qq]uốc[ \t]+lộ|[Tt]ỉnh[ \t]+lộ)[ \t.]?\d{1,3}[A-Z]?(?![\w/.,]\d|\w)")
# A ward or district of an address by its abbreviation and number, between commas or after "ở", "tại"
# ("816 Trường Sa, P.14, Q3, TP. HCM", "đóng ở Q.10, TP.HCM"); without the dot only before the city
# or the district, for "Q1" is also a journal's quartile and "Q3/2021" a quarter.
_ADDRESS_UNIT = re.compile(r"(?:,|(?<!\w)(?:ở|tại))[ \t]*([PQ]\.[ \t]?\d{1,2}(?=[ \t]*[,)])|"
                           r"[PQ]\d{1,2}(?=[ \t]*,[ \t]*(?:TP|Tp|Thành phố|Q\.?[ \t]?\d)))")


_UNIVERSITY_HEADS = ("Đại học ", "Trường Đại học ", "ĐH ", "Trường ĐH ")
_CAMPUS = re.compile(r",[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=[ \t]*[,.;:)\n]|$)")
_NO_CAMPUS = ("country", "state", "world_region", "continent", "nation", "region")


def _campuses(names: list[Name], tx: Text) -> list[Name]:
    """A state university's campus goes on its name after a comma: "Đại học California, Berkeley",
    "Đại học California, Santa Barbara" (but "Đại học Oxford, Anh" is the university and the
    country it is in)."""
    text, places = tx.text, tx.res.places
    out = list(names)
    for n in names:
        surface = text[n.start:n.end]
        if n.label != "ORG" or not surface.startswith(_UNIVERSITY_HEADS) or \
                not any(places.get(lx.tone_key(" ".join(surface.split()[-k:]))) == "state" for k in (1, 2)) or \
                not (m := _CAMPUS.match(text, n.end)) or places.get(lx.tone_key(m.group(1))) in _NO_CAMPUS:
            continue
        n.end = m.end()
        out = [x for x in out if x is n or not (x.start < n.end and n.start < x.end)]
    return out


def _numbered_roads(names: list[Name], tx: Text) -> list[Name]:
    """Roads named by their number are places, the road word included; so are the wards and
    districts of an address abbreviated with their number ("816 Trường Sa, P.14, Q3, TP.HCM")."""
    out = list(names)
    for m in _NUMBERED_ROAD.finditer(tx.text):
        out = _claim(out, m.start(), m.end(), "LOC")
    for m in _ADDRESS_UNIT.finditer(tx.text):
        out = _claim(out, m.start(1), m.end(1), "LOC")
    return out


# Stars, nebulae, galaxies and clusters named by their astronomical catalogue and number ("NGC
# 246", "Messier 13", "Abell 2877"): celestial bodies, LOC like the planets (corpus/gold/NOTES.md).
_CATALOGUED = re.compile(r"(?<![\w-])(?:NGC|IC|UGC|Messier|Abell|Caldwell)[ \t]?\d{1,5}(?![\w/.,]\d|\w)")


def _catalogued_objects(names: list[Name], tx: Text) -> list[Name]:
    """``names`` with the catalogued celestial bodies of the text as places."""
    out = list(names)
    for m in _CATALOGUED.finditer(tx.text):
        out = _claim(out, m.start(), m.end(), "LOC")
    return out


_COORDINATION = re.compile(r"(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)")


def _ministry_portfolio(tx: Text, start: int) -> int:
    """End of the capitalised portfolio at ``start`` that, after "Bộ", names a known ministry
    ("Công Thương", "Quốc phòng"); ``start`` when there is none."""
    k = tx.index_of(start)
    if k is None or not tx.syls[k].cap:
        return start
    ends = [tx.syls[e].end for e in range(k, min(k + 8, len(tx.syls)))
            if all(tx.joined(x, x + 1) for x in range(k, e)) and
            lx.tone_key("Bộ " + tx.text[start:tx.syls[e].end]) in tx.res.known and
            not (e + 1 < len(tx.syls) and tx.syls[e + 1].cap and tx.joined(e, e + 1))]
    return max(ends, default=start)


def _elided_ministries(names: list[Name], tx: Text) -> list[Name]:
    """Ministries listed after one "Bộ" that is not repeated: "Bộ Tài chính, Công Thương",
    "Bộ Ngoại giao và Quốc phòng" name two ministries, each an organisation."""
    text, out = tx.text, list(names)
    for n in sorted(names, key=lambda x: x.start):
        if n.label != "ORG" or not text.startswith("Bộ ", n.start):
            continue
        if lx.tone_key(text[n.start:n.end]) not in tx.res.known:  # "Bộ Tài chính và Công Thương" found as one
            for m in _COORDINATION.finditer(text, n.start, n.end):
                if lx.tone_key(text[n.start:m.start()]) in tx.res.known and _ministry_portfolio(tx, m.end()) == n.end:
                    out = [x for x in out if x is not n] + [Name(n.start, m.start(), "ORG"), Name(m.end(), n.end, "ORG")]
                    break
            else:
                continue
        pos = n.end
        while (m := _COORDINATION.match(text, pos)) and (end := _ministry_portfolio(tx, m.end())) > m.end():
            out = [x for x in out if not (x.label == "ORG" and x.start == m.end() < end < x.end and
                                          _COORDINATION.match(text, end) and
                                          lx.tone_key("Bộ " + text[x.start:x.end]) not in tx.res.known)]
            # ("Công an và Quốc phòng" found as one goes into its ministries)
            if any(x.start < end and m.end() < x.end and (x.start, x.end) != (m.end(), end) for x in out):
                break
            out = _claim(out, m.end(), end, "ORG")
            pos = end
    return out


# A list's introduction after a classifier noun: "các tác phẩm như", "những bộ phim:", "dòng xe gồm".
_LIST_LEAD = re.compile(r"(?:[ \t]*:|[ \t]+(?:như|gồm))[ \t]+")
_PLURALS = frozenset({"các", "những", "nhiều", "loạt", "vài", "mấy"})
_LIST_END = re.compile(r"[.;!?\n…]")
_LIST_ITEM_GAP = re.compile(r",|[ \t]+và[ \t]+")


# Kinds of made things that a name in apposition is one of: "Stratolaunch, chiếc máy bay lớn nhất
# thế giới", "Xpander là mẫu xe ...". (Not software, platforms or shows, which bodies also are.)
_THING_KINDS = frozenset(lx.tone_key(w) for w in (
    "máy bay", "trực thăng", "tiêm kích", "tàu", "tàu ngầm", "tàu sân bay", "tàu vũ trụ", "du thuyền", "phi thuyền",
    "vệ tinh", "tên lửa", "ngư lôi", "xe", "mẫu xe", "siêu xe", "xe máy", "xe điện", "dòng xe", "mẫu", "điện thoại",
    "smartphone", "máy tính bảng", "chip", "vi xử lý", "vắc xin", "vaccine", "thuốc", "robot", "kính viễn vọng",
    "kính thiên văn"))
_THING_AFTER = re.compile(r"(?:[ \t]*,[ \t]+(?:một[ \t]+)?(?:chiếc|cỗ)[ \t]+|[ \t]*,[ \t]+một[ \t]+|"
                          r"[ \t]+là[ \t]+(?:một[ \t]+)?(?:(?:chiếc|cỗ)[ \t]+)?)([a-zà-ỹđ]+(?:[ \t]+[a-zà-ỹđ]+){0,2})")
# (a comma alone may close a clause instead: "Theo giải thích của Dave Lavery, xe tự hành ...")


def _things_in_apposition(names: list[Name], tx: Text) -> None:
    """A name typed by default alone that a made thing's kind follows in apposition is a product's
    ("Stratolaunch, chiếc máy bay lớn nhất thế giới"): it joins the article's products."""
    text = tx.text
    for n in names:
        if n.weak and (m := _THING_AFTER.match(text, n.end)):
            words = m.group(1).split()
            if any(lx.tone_key(" ".join(words[:k])) in _THING_KINDS for k in range(len(words), 0, -1)):
                tx.products.add(lx.tone_key(text[n.start:n.end]))


def _listed_products(names: list[Name], tx: Text) -> None:
    """A list of short items introduced by a classifier of products or works ("các tác phẩm như
    The Apartment, Malèna, Spectre", "các mẫu xe gồm Xpander, Avanza") lists products: the names
    in it typed by default alone join them."""
    text, contexts = tx.text, tx.res.name_contexts
    syls = tx.syls
    ends = [x.end for x in syls]
    for lead in _LIST_LEAD.finditer(text):
        k = tx.index_of(lead.start())  # the syllable that ends the classifier: the one before the lead
        k = k - 1 if k is not None else bisect.bisect_left(ends, lead.start())
        if not 0 <= k < len(syls) or syls[k].end != lead.start() or not any(
                k - n + 1 >= 0 and syls[k - n + 1].word_first and contexts.get(tx.key(k - n + 1, k + 1)) in _PRODUCT_KINDS
                and all(tx.joined(x, x + 1) for x in range(k - n + 1, k)) and
                (n > 1 or k > 0 and syls[k - 1].key in _PLURALS) for n in (1, 2, 3)):
            continue  # (one syllable after a plural word only: "các phim như", but "tiền đạo gồm")
        end = _LIST_END.search(text, lead.end())
        end = end.start() if end else len(text)
        items = _LIST_ITEM_GAP.split(text[lead.end():end])
        if len(items) < 2 or any(len(item.split()) > 6 for item in items):
            continue
        tx.products.update(lx.tone_key(text[n.start:n.end]) for n in names
                           if n.weak and lead.end() <= n.start and n.end <= end)


# Words for a road or a crossing, before the first of two street names joined by a dash.
_STREET_WORDS = frozenset(lx.tone_key(w) for w in ("đường", "phố", "đại lộ", "ngã tư", "ngã ba", "nút giao"))
# Words before the ends of a road, a route or a crossing: "cao tốc La Sơn - Túy Loan", "tuyến Cà Mau - Nam Du".
_ROUTE_WORDS = _STREET_WORDS | frozenset(lx.tone_key(w) for w in (
    "cao tốc", "đoạn", "tuyến", "chặng", "giao lộ", "quốc lộ", "tỉnh lộ", "đường sắt", "đường bay", "lộ trình"))
_PAIR_DASH = re.compile(r"[ \t]*[-–][ \t]*")


def _street_pairs(names: list[Name], tx: Text) -> list[Name]:
    """Places joined by dashes name the ends of a road or a route, or the streets of a crossing:
    after a road or route word ("ngã tư Nguyễn Thị Nghĩa - Lê Lai", "cao tốc Mỹ Thuận - Cần Thơ"),
    or three and more in a row ("Nam Thăng Long - Hoàng Hoa Thám - Bờ Hồ"), a name of the chain
    read as a person's for want of a cue is a place too."""
    text, ordered = tx.text, sorted(names, key=lambda x: x.start)
    chains, chain = [], ordered[:1]
    for n, m in zip(ordered, ordered[1:]):
        if _PAIR_DASH.fullmatch(text, n.end, m.start):
            chain.append(m)
        else:
            chains.append(chain)
            chain = [m]
    chains.append(chain)
    for chain in chains:
        places = sum(n.label == "LOC" for n in chain)
        if len(chain) < 2 or not places or any(n.label not in ("LOC", "PERSON") or n.roles for n in chain):
            continue
        if len(chain) >= 3 and places * 2 >= len(chain) or \
                text[chain[0].start - 1:chain[0].start] == " " and preceded_by(text, chain[0].start, _ROUTE_WORDS):
            for n in chain:
                n.label, n.weak, n.ask = "LOC", False, False
    return names


_FAMILY_NAME = re.compile(r"(?<!\w)họ[ \t]+([A-ZĐ][^\W\d_]*)(?=[ \t]+[a-zà-ỹđ]|[ \t]*[,.;:)!?\"”]|[ \t]*$)", re.M)


def _family_names(names: list[Name], tx: Text) -> list[Name]:
    """A person named by the family name alone: "mỹ nhân họ Phạm", "đạo diễn họ Trương"."""
    out = list(names)
    for m in _FAMILY_NAME.finditer(tx.text):
        start, end = m.span(1)
        if lx.tone_key(m.group(1)) in tx.res.surnames and not any(n.start < end and start < n.end for n in names):
            out.append(Name(start, end, "PERSON"))
    return out


def _founded(names: list[Name], tx: Text) -> None:
    """What a founder founded: "người sáng lập Alpenglow Expeditions", "nhà sáng lập Got It". A name
    after the title "founder" that reads as no personal name (Vietnamese, or opening with a foreign
    given name, as in "nhà sáng lập Jack Ma") is the organisation founded."""
    syls = tx.syls
    for n in names:
        if n.label != "PERSON" or not n.roles or not _FOUNDER.search(n.roles[-1]):
            continue
        i = tx.index_of(n.start)
        if i is None:
            continue
        j = next((k for k in range(i, len(syls)) if syls[k].end >= n.end), len(syls) - 1) + 1
        if _person_len(tx, i, j) or all(vietnamese(tx, k) for k in range(i, j)) or \
                syls[i].text in lx.english_proper_names() or syls[i].key in tx.res.given:
            continue
        n.label, n.roles, n.weak = "ORG", (), False


def _played_by(names: list[Name], tx: Text) -> list[Name]:
    """A role and its actor: "Trang (Yu Dương)", "Tư Đằng (Cảnh Điềm)". One to three capitalised
    words right before a person's name in parentheses name a person too, the character played."""
    syls, res, out = tx.syls, tx.res, list(names)
    for n in names:
        if n.label != "PERSON" or tx.text[n.start - 2:n.start] != " (" or tx.text[n.end:n.end + 1] != ")":
            continue
        k = tx.index_of(n.start)
        if k is None or k < 2 or syls[k - 1].text != "(":
            continue
        j = k - 1
        i = j
        while i > 0 and j - i < 3 and syls[i - 1].cap and syls[i - 1].alpha and not syls[i - 1].acronym and \
                (i == j or tx.joined(i - 1, i)):
            i -= 1
        if i == j or syls[i].sent_start and j - i == 1 or tx.key(i, j) in res.titles or \
                tx.key(i, j) in res.places or tx.key(i, j) in res.known or \
                any(m.start < syls[j - 1].end and syls[i].start < m.end for m in out):
            continue
        out.append(Name(syls[i].start, syls[j - 1].end, "PERSON"))
    return out


# A photo credit: "(Ảnh: Tiến Tuấn)", "(Ảnh minh họa: Reuters)", "Ảnh: Toàn Vũ".
_CREDIT_WORDS = r"Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Video|Clip"
_CREDIT = re.compile(rf"(?:{_CREDIT_WORDS})(?:[ \t]*:[ \t]*|[ \t]+(?=[A-ZĐ][\w&.-]*[ \t]*/))"
                     r"(?:[A-ZĐ][\w&.-]*[ \t]*/[ \t]*)?"  # the agency first: "Ảnh: VGP/Đình Nam", "Ảnh TTXVN/Hữu Chiến"
                     r"([A-ZĐ][^\W\d_]*(?:[ \t.]+[A-ZĐ][^\W\d_]*){1,3})(?=[ \t]*[),;\n]|$)")

_SOURCE_CLOSES = re.compile(r"[ \t]*(?:[,/;)]|\n|\Z)")  # a source's name ends its clause or line
_CREDIT_BEFORE = re.compile(rf"(?:{_CREDIT_WORDS}|Nguồn)[ \t]*:[ \t]*\Z")  # a credit ending where a name starts


def _credited_source(tx: Text, i: int, j: int) -> bool:
    """The name ``i..j`` is a source credited by "Theo" or a credit line, and closes there: "Theo
    Guardian, ...", "Theo Insider/Mirror", "Nguồn: Guardian". A given name is a person quoted ("theo Carter,")."""
    s, text = tx.syls[i], tx.text
    prev = tx.syls[i - 1].key if i > 0 else ""
    return (prev == "theo" and tx.joined(i - 1, i) or bool(_CREDIT_BEFORE.search(text, max(0, s.start - 30), s.start))) and \
        bool(_SOURCE_CLOSES.match(text, tx.syls[j - 1].end)) and s.text not in lx.english_proper_names()


def _photo_credits(names: list[Name], tx: Text) -> list[Name]:
    """The Vietnamese name a photo is credited to is a person's ("Ảnh: Tiến Tuấn", "Ảnh: Tuấn
    Anh"), whatever its words would mean elsewhere; an outlet or agency keeps its own type."""
    res = tx.res
    for m in _CREDIT.finditer(tx.text):
        start, end = m.span(1)
        words = re.split(r"[ \t.]+", m.group(1))
        key = lx.tone_key(m.group(1))
        if key in res.known or key in res.places or \
                not all(res.native(lx.tone_key(w)) for w in words):
            continue
        names = [n for n in names if n.end <= start or n.start >= end]
        names.append(Name(start, end, "PERSON"))
    return sorted(names, key=lambda n: n.start)


# People named by their initials, as court and accident reports do: "T.H.L.", "V.P.", "N.H",
# "T.Thủy"; a single initial after a form of address: "anh L.", "bà P.".
_INITIALS = re.compile(r"(?<![\w.])(?:(?:[A-ZĐ]\.){1,4}[A-ZĐ](?![\w.])\.?|(?:[A-ZĐ]\.){2,4}(?![\w.]))(?![\w])")
_INITIAL_ADDRESSED = re.compile(r"(?<![\w])(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Ee]m|[Cc]háu|[Bb]é|[Cc]ô|[Cc]hú|[Bb]ác|[Cc]ụ)"
                                r"[ \t]+([A-ZĐ]\.?)(?=[\s,;:)\"”]|\.|$)")


def _initials(text: str, skip) -> list[Name]:
    spans = [(m.start(), m.end()) for m in _INITIALS.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in _INITIAL_ADDRESSED.finditer(text)]
    out = []
    for a, e in sorted(set(spans)):
        if text[a:e].endswith("..") or any(s <= a < t for s, t in skip):
            continue
        out.append(Name(a, e, "PERSON"))
    return out


def _particle(s: Syl) -> bool:
    """A lower-case particle of a foreign name: "der" in "Von der Leyen"."""
    return s.alpha and not s.cap and s.key in _NAME_PARTICLES


def _foreign_body_after(tx: Text, j: int, b: int) -> int:
    """End of the capitalised foreign words from ``j`` to the run's end ``b`` when the last is a
    word of company and institution names ("Management University", "Airlines"); ``j`` when not."""
    syls = tx.syls
    if j >= b or not all(syls[x].alpha and syls[x].cap and syls[x].text.isascii() and not syls[x].acronym
                         for x in range(j, b)) or b - j > 3:
        return j
    return b if syls[b - 1].key in tx.res.foreign_org and syls[b - 1].key != "the" else j


def _compound_tail(tx: Text, k: int, j: int) -> int:
    """Lower-case syllables from ``j`` that end an ordinary word of three or four syllables whose
    first one or two are capitalised before ``j`` ("Công nghệ thông tin", "Sau đại học")."""
    syls = tx.syls
    for lead in (2, 1):
        for tail in (2, 1):
            a, e = j - lead, j + tail
            if a > k and e <= len(syls) and lead + tail >= 3 and syls[a].cap and not syls[a].acronym and \
                    all(syls[x].alpha and not syls[x].cap and tx.joined(x - 1, x) for x in range(a + 1, e)) and \
                    tx.key(a, e) in tx.res.common:
                return tail  # (never the run's first word: "Hệ sinh thái X" is no name)
    return 0


# Words that never close a capitalised two-syllable word ("Độc Lập là": not "lập là").
_COPULAS = frozenset({"là", "và", "của", "với", "thì", "mà", "ở", "tại"})


def _run_end(tx: Text, k: int) -> int:
    syls, n = tx.syls, len(tx.syls)
    j = k + 1
    tentative = 0  # where lower-case words that may begin a lexicon entry started
    while j < n and tx.joined(j - 1, j):
        if syls[j - 1].namey:
            tentative = 0
        s = syls[j]
        if s.sent_start:
            break
        if s.namey:
            j += 1
        elif s.alpha and syls[j - 1].cap and not syls[j - 1].acronym and s.key not in _COPULAS and \
                f"{syls[j - 1].key} {s.key}" in tx.res.common and not _ends_entry(tx, k, j):
            j += 1  # "Ngoại giao", "Cộng sản": a capitalised two-syllable word
        elif s.alpha and not s.cap and (t := _compound_tail(tx, k, j)):
            j += t  # "Cục Công nghệ thông tin", "Khoa Sau đại học": a word that opens with a capital
        elif s.alpha and any(tx.key(x, j + 1) in tx.res.prefixes_of_entries for x in range(max(k, j - 5), j)):
            j += 1
            if any(tx.key(x, j) in t for x in range(max(k, j - 6), j - 1) for t in (
                    tx.res.titles, tx.res.heads, tx.res.events, tx.res.laws, tx.res.known, tx.res.places)):
                tentative = 0
            elif not s.cap:
                tentative = tentative or j - 1  # lower-case words kept only if an entry ends on them
        elif s.text in "-–&" and j + 1 < n and syls[j + 1].namey and tx.joined(j, j + 1) \
                and s.start == syls[j - 1].end and syls[j + 1].start == s.end and \
                not (tx.match(j + 1, tx.res.heads) >= 2 and tx.match(k, tx.res.heads)):
            j += 1  # a hyphen or "&" glued to both neighbours: "Mỹ-ASEAN", "Xuất-Nhập", "TB&XH" (but
            # "Đại học Cambridge-Đại học Oxford" are two bodies)
        elif s.text in ("&", "and") and j + 1 < n and syls[j + 1].cap and syls[j + 1].text.isascii() and \
                tx.joined(j, j + 1) and syls[j - 1].cap and syls[j - 1].text.isascii() and not syls[j - 1].acronym \
                and not _two_people(tx, k, j) and \
                not (s.text == "and" and (vietnamese(tx, j - 1) or vietnamese(tx, j + 1))):
            j += 1  # "&" or "and" between the words of a firm's name: "Moor Insights & Strategy", "Johnson &
            # Johnson", "Earth and Planetary Science Letters"
        elif s.text in ("of", "for") and j + 1 < n and syls[j - 1].cap and syls[j - 1].text.isascii() and \
                not vietnamese(tx, j - 1) and tx.joined(j, j + 1) and (
                    syls[j + 1].cap and syls[j + 1].text.isascii() or
                    syls[j + 1].text == "the" and j + 2 < n and syls[j + 2].cap and tx.joined(j + 1, j + 2)):
            j += 2 if syls[j + 1].text == "the" else 1  # "University of Oxford", "Journal of the American ..."
        elif s.text == "-" and j + 2 < n and tx.joined_tight(j) and syls[j - 1].cap and syls[j + 1].alpha and \
                not syls[j + 1].cap and syls[j + 2].text == "-" and tx.joined_tight(j + 2):
            j += 2  # a place name transliterated syllable by syllable: "Mát-xcơ-va", "Oa-sinh-tơn"
            while j + 1 < n and syls[j].text == "-" and tx.joined_tight(j) and syls[j + 1].alpha and \
                    not syls[j + 1].cap:
                j += 2
        elif s.text == "-" and j + 1 < n and tx.joined_tight(j) and syls[j - 1].cap and \
                syls[j - 1].key not in tx.res.syllables and syls[j + 1].text.isascii() and \
                syls[j + 1].text.isalpha() and len(syls[j + 1].text) <= 6:
            j += 2  # the second half of a foreign given name: "Lee Hyun-koo", "Moon Jae-in"
        elif s.text in ("'", "’") and j + 1 < n and s.start == syls[j - 1].end and syls[j - 1].text.endswith("s") \
                and syls[j - 1].cap and syls[j - 1].text.isascii() and syls[j + 1].cap and \
                syls[j + 1].text.isascii() and tx.joined(j, j + 1) and syls[j + 1].start > s.end:
            j += 1  # an English plural possessive inside a name: "Critics' Choice Awards", "Girls' Team"
        elif _particle(s) and j + 1 < n and syls[j + 1].cap and tx.joined(j, j + 1) and \
                syls[j - 1].cap and not syls[j - 1].acronym and not syls[j + 1].acronym and \
                not (vietnamese(tx, j - 1) and vietnamese(tx, j + 1)):
            j += 1  # a particle inside a foreign name: "Von der Leyen", "Leonardo da Vinci"
        elif _particle(s) and j + 2 < n and _particle(syls[j + 1]) and syls[j + 2].cap and \
                tx.joined(j, j + 1) and tx.joined(j + 1, j + 2) and syls[j - 1].cap and \
                not syls[j - 1].acronym and not syls[j + 2].acronym and not vietnamese(tx, j - 1):
            j += 2  # two particles: "Ursula von der Leyen", "Vincent van de Berg"
        else:
            break
    if tentative and (j < n and tx.joined(j - 1, j) and syls[j].alpha and not syls[j].word_first or
                      any(syls[x].key in NAME_BOUNDARY or syls[x].key == "các" for x in range(tentative, j))):
        return tentative  # "Liên đoàn bóng" of "Liên đoàn bóng chuyền", "Hiệp hội các": no entry's words
    return j


def _two_people(tx: Text, k: int, j: int) -> bool:
    """Full names on both sides of the "&" at ``j`` with no firm's word: "Chrissy Teigen & John
    Legend" are two people, "Moor Insights & Strategy" one firm."""
    syls, e = tx.syls, j + 1
    while e < len(syls) and syls[e].cap and syls[e].text.isascii() and tx.joined(e - 1, e):
        e += 1
    return j - k >= 2 and e - j - 1 >= 2 and not any(
        syls[x].key in tx.res.foreign_org for x in list(range(k, j)) + list(range(j + 1, e)))


def _ends_entry(tx: Text, k: int, j: int) -> bool:
    """A place or known organisation of two or more syllables ends just before ``j``."""
    return any(tx.syls[x].cap and (tx.key(x, j) in tx.res.places or tx.key(x, j) in tx.res.known)
               for x in range(max(k, j - 4), j - 1))  # not "đồng Văn" in "Cộng đồng Văn hóa"


def _person_len(tx: Text, i: int, b: int) -> int:
    """Syllables of a Vietnamese personal name starting at ``i`` (surname + 1-3 capitalised)."""
    syls, res = tx.syls, tx.res
    if syls[i].key not in res.surnames or syls[i].acronym or not syls[i].cap:
        return 0
    if tx.match(i, res.places) >= 2 or tx.match(i, res.known) >= 2:
        return 0  # "Hoa Kỳ", "Hà Nội" begin with a surname but are places
    if i + 1 < b and tx.match(i + 1, res.known) >= 2:
        return 0  # "Phó Ban Tuyên giáo Trung ương": a known body after a surname-like word
    j = i + 1
    while j < b and j - i < 4 and syls[j].cap and syls[j].alpha and not syls[j].acronym and \
            vietnamese(tx, j) and not (j - i >= 2 and _lower_in_title(tx, j)):  # "La Liga" is no
        j += 1  # Vietnamese name; "Nguyễn Bá Diệp Phó Chủ tịch": a title after the name
    if j < b and j - i < 4 and not _lower_in_title(tx, j) and syls[j].cap and syls[j].alpha and tx.joined(j - 1, j):
        return 0  # the name goes on in a foreign word: not a Vietnamese name
    return j - i if j - i >= 2 else 0


def _lower_in_title(tx: Text, j: int) -> bool:
    """A title of several words, one in lower case, starts at ``j``: "Phó Chủ tịch" ends a name
    before it, while "Quốc Vương" may be the given name ("Phạm Quốc Vương")."""
    t = tx.match(j, tx.res.titles)
    return t >= 2 and any(not tx.syls[k].cap for k in range(j, j + t))


def _person_ends_run(tx: Text, j: int, b: int) -> bool:
    """A Vietnamese full name starts at ``j`` and fills the run to ``b``, and none starts after."""
    return _person_len(tx, j, b) == b - j >= 3 and not _person_len(tx, j + 1, b) == b - j - 1 >= 3


_NAMING_VERBS = frozenset({"mang", "có"})  # "mang tên", "có tên là": a work, a place or a thing as often as a person


def _roles_before(tx: Text, a: int) -> tuple[list[str], bool]:
    """Titles or honorifics written just before the run (``ông``, ``tỷ phú``, ``CEO``), or before
    an age that comes before it ("Nữ diễn viên 24 tuổi Zendaya")."""
    syls, res = tx.syls, tx.res
    if a >= 3 and syls[a - 1].key == "tuổi" and syls[a - 2].text.isdigit() and \
            tx.joined(a - 3, a - 2) and tx.joined(a - 2, a - 1) and tx.joined(a - 1, a):
        return _roles_before(tx, a - 2)
    for back in range(min(4, a), 0, -1):
        i = a - back
        if not all(tx.joined(k, k + 1) for k in range(i, a)):
            continue
        if back >= 2 and syls[i].key == "nhà" and syls[a - 1].key == "học" and syls[i].word_first and \
                not any(syls[x].cap for x in range(i, a)):
            return [tx.text[syls[i].start:syls[a - 1].end]], False  # "nhà dịch tễ học": a scholar
        if tx.key(i, a) in res.titles and syls[i].word_first:
            if syls[i].key == "tên" and i > 0 and syls[i - 1].key in _NAMING_VERBS and tx.joined(i - 1, i):
                return [], False  # "mang tên", "có tên là": what is named may be anything
            return [tx.text[syls[i].start:syls[a - 1].end]], res.titles[tx.key(i, a)] == "honorific"
    return [], False


def _analyse(tx: Text, a: int, b: int) -> tuple[list[Name], int]:
    """Type and split the run ``syls[a:b]``; returns the names and where the run really ended."""
    syls, res, text = tx.syls, tx.res, tx.text
    out: list[Name] = []
    roles, honorific = _roles_before(tx, a)
    after_title = bool(roles) or honorific
    role_start = None
    if honorific:
        roles = []
    place_next = False
    weak = doubtful = False
    portfolio_end = -1  # where the words of a portfolio after a title ended
    nationality_end = -1  # where a country after a title ended
    st = a + 1 if a + 1 < b and _HOUSE_CODE.fullmatch(syls[a].text) else a  # "D29 Phạm Văn Bạch, ..."
    road = next((n for n in (2, 1) if st + n < b and tx.key(st, st + n) in _STREET_WORDS), 0)
    if _street_address(tx, st + road, b, road):
        return [Name(*tx.span(st + road, b), "LOC")], b  # "212-214 Nguyễn Đình Chiểu, Quận 3": a street
    if tx.key(a, b) in lx.peoples():
        tx.no_name_spans.append((syls[a].start, syls[b - 1].end))
        return out, b  # "văn hóa Khmer", "người Mông": a people (but "Khmer Times" is a newspaper)
    if b == a + 1 and _CODE.fullmatch(syls[a].text) and \
            _CODE_LISTED.search(text, max(0, syls[a].start - 30), syls[a].start):
        tx.products.add(syls[a].key)
        tx.no_name_spans.append((syls[a].start, syls[a].end))
        return out, b  # "Nokia G10 và G20": a model listed after another, though a body bears its code
    skip_model = a > 0 and tx.joined(a - 1, a) and _model_word(syls[a - 1].text) and not (
        any(tx.match(a, t, b) for t in (res.events, res.known, res.places, res.laws, res.titles)))
    # "iPhone 12 Pro", "12 Pro Max", but not "vòng 11 V-League", "năm 2021 Samsung", "điều 7 Luật Đất đai"
    if skip_model:  # "iPhone 12 Pro Max": the words after a product model are the model's
        return out, b
    for k in range(a + 1, b - 1):  # "VN-Index", "VN30-Index": a compound ending in a not-name (not "LĐ-TB&XH")
        if tx.joined_tight(k) and syls[k].text in "-–" and syls[k + 1].key in res.not_names and \
                not (k + 2 < b and tx.joined_tight(k + 2)) and \
                not any(x + tx.match(x, res.known, b) > k + 1 or tx.match(x, res.heads, b) for x in range(a, k)):
            return out, b  # (but "Bộ GD-ĐT", "Sở GD-ĐT Hà Nội": a body's portfolio)
    if not roles and not honorific and _classifier_before(tx, a) == "work" and \
            all(syls[k].cap or not syls[k].alpha for k in range(a, b)) and \
            not any(tx.match(a, t, b) for t in (res.places, res.known, res.heads)):
        tx.products.add(tx.key(a, b))
        tx.works.add(tx.key(a, b))
        tx.no_name_spans.append((syls[a].start, syls[b - 1].end))
        return out, b  # "bộ phim Cao Lương Đỏ": a work's title, whatever its words (here a surname)
    if not roles and not honorific and _character_before(tx, a) and 2 <= b - a <= 4 and \
            all(syls[k].cap and syls[k].alpha and not syls[k].acronym for k in range(a, b)) and \
            not any(tx.match(a, t, b) for t in (res.places, res.known, res.heads, res.events, res.titles)):
        return [Name(*tx.span(a, b), "PERSON")], b  # "nhân vật Tú Bà", "vai Hoạn Thư": a character
    i = a
    if roles and a + 2 < b and tx.key(a, a + 2) in _PARTY_SIDES and syls[a + 2].cap:
        i = a + 2  # "ứng viên Cộng hòa Donald Trump": the party is a side, part of the role
    while i < b:
        s = syls[i]
        if not s.alpha or (_ROMAN.fullmatch(s.text) and (i == 0 or not syls[i - 1].namey)
                           and not (i + 1 < b and tx.joined_tight(i + 1))):  # but "V-League"
            i += 1  # punctuation; "thế kỷ XXI", "giai đoạn II"
            continue
        if i + 1 < len(syls) and tx.key(i, i + 2) == "nhà nước" and i > 0 and tx.joined(i - 1, i) and \
                any(tx.key(i - n, i) in _STATE_CATEGORY_NOUNS for n in (1, 2) if i - n >= 0):
            tx.no_name_spans.append((s.start, syls[i + 1].end))
            i += 2  # "ngân sách Nhà nước", "doanh nghiệp Nhà nước": a category, not the State acting
            continue
        if s.text in _HULL_PREFIXES and i + 1 < b and syls[i + 1].cap:  # "USS Florida": a ship, no name
            end = _run_end(tx, i + 1) if i + 1 < len(syls) else b
            end = min(end, b) if end > i + 1 else b
            tx.vessels.update(tx.key(i + 1, k) for k in range(i + 2, end + 1))
            tx.products.add(tx.key(i, end))
            tx.no_name_spans.append((s.start, syls[end - 1].end))
            i = end
            continue
        # "tiếng Anh" is a language, "phía Đông Bắc" a direction: neither is a place.
        if res.prefixes.get(s.key) == "language" and i + 1 < b and tx.match(i + 1, res.places, b):
            i += 1 + tx.match(i + 1, res.places, b)  # "Tiếng Việt" opening a sentence or a title
            continue
        if i == a and (ctx := prefix_before(tx, i)) in ("language", "direction"):
            k = i + (tx.match(i, res.places, b) if ctx == "language" else 0)
            if ctx == "language" and k == i:
                while k < b and syls[k].cap and not syls[k].acronym and tx.match(k, res.places, b) == 0 and \
                        not tx.match(k, res.heads, b) and not tx.match(k, res.known, b):
                    k += 1  # "tiếng Latinh", "tiếng Quechua": a language no gazetteer names
            while ctx == "direction" and k < b and syls[k].key in _COMPASS:
                k += 1
            if k > i:
                i = k
                continue
        # Titles and honorifics: stripped, remembered as roles of the next person; an
        # organisation named inside a title is a mention of its own ("Thủ tướng Chính phủ").
        t = tx.match(i, res.titles, b)
        if t and max(tx.match(i, res.known, b), tx.match(i, res.events, b), tx.match(i, res.places, b)) > t:
            t = 0  # "PV GAS" is a company and "LS V-League" a league, not a reporter and a lawyer;
            # "(Bà Rịa - Vũng Tàu)" a province, not a lady
        for k in range(t - 1, 0, -1):  # "Trưởng Ban Tuyên giáo": the head of a body named after it
            h = tx.match(i + k, res.heads, b) if syls[i + k].cap else 0
            if h and k + h >= t and tx.key(i, i + k) in res.titles and i + k + h < len(syls) and \
                    any(syls[x].cap and tx.joined(x - 1, x) for x in range(i + k + h, min(len(syls), i + k + h + 3))):
                t = k
                break
        if t and (res.titles[tx.key(i, i + t)] != "honorific" or s.sent_start or
                  tx.key(i, i + t) not in HONORIFICS_SENTENCE_ONLY or i == a and _quote_before(tx, i) or
                  _respectful_honorific(tx, i, b)):
            if not (t == b - i and tx.key(i, b) in res.places):
                honorific = res.titles[tx.key(i, i + t)] == "honorific"
                if not honorific:  # roles are titles and functions; "ông", "bà" are not
                    roles.append(text[s.start:syls[i + t - 1].end])
                    role_start = s.start
                out.extend(_orgs_in_title(tx, i, i + t))
                i += t
                if i + 2 < b and tx.key(i, i + 2) in _PARTY_SIDES and syls[i + 2].cap and not honorific:
                    i += 2  # "Ứng viên Dân chủ Joe Biden": the party is a side, part of the role
                after_title = True
                continue
        # After "ông", "bà", "chị": the capitalised words are a name, whatever they mean, but a
        # country that is no given name is the country ("bạn Lào": Laos, the friendly nation).
        c = tx.match(i, res.places, b) if honorific and s.cap else 0
        if c and tx.key(i, i + c) in _COUNTRY_KEYS() and res.contexts.get(tx.key(i, i + c)) is None and \
                (i + c == b or not syls[i + c].cap):
            honorific, after_title = False, False
        if honorific and i > 0 and syls[i - 1].key == "bạn" and tx.match(i, res.known, b):
            honorific, after_title = False, False  # "nhóm bạn Facebook": friends on a platform
        if honorific and i > 0 and syls[i - 1].key == "bầu" and (tx.match(i, res.heads) or tx.match(i, res.known)) \
                and not _person_len(tx, i, b):
            honorific, after_title = False, False  # "bầu Ban chấp hành", "bầu Quốc hội": to elect a body
        if honorific and s.cap and not s.acronym:
            j = i + 1  # the name's first syllable may itself look like a title ("ông Anh Tuấn"),
            # and so may the given name after a surname ("ông Phạm Quốc Vương")
            while j < b and j - i < 5 and (_particle(syls[j]) and j + 1 < b and (
                    syls[j + 1].cap or _particle(syls[j + 1]) and j + 2 < b and syls[j + 2].cap) or
                                            syls[j].cap and syls[j].alpha and not syls[j].acronym and
                                            (not _title_at(tx, j, b) or syls[i].key in res.surnames and j - i <= 3
                                             and vietnamese(tx, j) and not _lower_in_title(tx, j)) or
                                            tx.joined_tight(j) or
                                            syls[j].alpha and tx.joined_tight(j - 1) and syls[j - 1].text == "-"):
                j += 1
            out.append(Name(*tx.span(i, j), "PERSON", tuple(roles)))
            roles, after_title, honorific = [], False, False
            i = j
            continue
        # Generic event lead words ("Phiên toàn thể", "Lễ ký") stay outside the name.
        m = tx.match(i, res.events, b)
        if m and res.events[tx.key(i, i + m)] == "lead":
            i += m
            continue
        # Laws: "Luật X", "Công ước X", "Hiệp định X"; acronyms of agreements (CPTPP).
        m = tx.match(i, res.laws, b)
        if m and _head_in_word(tx, i, m, b):
            m = 0  # "Luật pháp Hàn Quốc" is the law of a country, no instrument
        if m and s.cap and tx.key(i, i + m) in _ISSUED_RESOLUTIONS and i + m < b and \
                any(tx.match(i + m, t, b) for t in (res.events, res.known, res.heads)) and \
                not any(syls[k].text[:1].isdigit() for k in range(i + m, b)):
            i += m  # "Nghị quyết Đại hội XIII": a resolution named by its issuer alone, no instrument;
            continue  # the congress or the body is named (but "Nghị quyết Trung ương 4" is one)
        if m and s.cap:
            head = res.laws[tx.key(i, i + m)]
            if head.kind == "acronym" or head.takes == "self":
                if head.kind != "acronym" and (year := _YEAR_AFTER.match(text, syls[i + m - 1].end)):
                    out.append(Name(s.start, year.end(), "LAW"))  # "Bộ luật hình sự 2015"
                    return out, _skip_to(tx, i + m, year.end())
                out.append(Name(*tx.span(i, i + m), "LAW"))
                i += m
                continue
            if head.takes in ("name", "both") and i + m < b:  # "Luật Công nghệ cao", not "thỏa thuận hợp tác"
                end = _descriptive_end(tx, b, _LAW_BOUNDARY) if not (
                    syls[b - 1].acronym and b < len(syls) and syls[b].key == "về") else b
                # ("Hiệp ước START về kiểm soát vũ khí": what the named treaty is about is no part of its name)
                if end > i + m and (year := _YEAR_AFTER.match(text, syls[end - 1].end)):
                    out.append(Name(s.start, year.end(), "LAW"))  # "Luật Quảng cáo 2012"
                    return out, _skip_to(tx, end, year.end())
                if end > i + m:
                    out.append(Name(*tx.span(i, end), "LAW"))
                    b = max(b, end)
                    i = end
                    continue
        # Awards: "Giải thưởng VinFuture", "Giải thưởng Chất lượng Quốc gia", "Giải thưởng Sao Khuê
        # 2021": the head and the capitalised name (with a word its capital opens), no category or
        # description in lower case after it; an event like the ceremony that gives it.
        if s.cap and i + 2 < b and tx.key(i, i + 2) == _AWARD and syls[i + 2].cap and tx.joined(i + 1, i + 2) and \
                not any(tx.match(i + 2, t, b) for t in (res.heads, res.titles, res.known)):
            k = i + 2
            while k < len(syls) and tx.joined(k - 1, k) and (
                    syls[k].namey or syls[k].alpha and syls[k - 1].cap and tx.key(k - 1, k + 1) in res.common):
                k += 1
            k = _qualified_tail(tx, k)  # "Giải thưởng Chất lượng quốc gia"
            if tx.key(i + 2, k) not in res.common:  # (but "Giải thưởng Kịch bản" is a category)
                year = _YEAR_AFTER.match(text, syls[k - 1].end)
                out.append(Name(s.start, year.end() if year else syls[k - 1].end, "EVENT"))
                if year:
                    return out, _skip_to(tx, k, year.end())
                b, i = max(b, k), k
                continue
        # Events: "Hội nghị X", "Diễn đàn X" (+ "lần thứ N", a year); named series (SEA Games).
        m = tx.match(i, res.events, b)
        if m and max(tx.match(i, res.heads, b), tx.match(i, res.known)) > m:
            m = 0  # "Đại hội đồng Liên hợp quốc" is a body, not a congress
        if m and _longest(tx, i, len(syls), res.not_names) > m:
            m = 0  # "Giải Nhất" is a prize; "Đại hội đồng cổ đông" a company's meeting, no event
        if m and (tx.match(i, res.places) > m or _head_in_word(tx, i, m, b)):
            m = 0  # "Giải pháp", "Giải thích" are ordinary words, not prizes
        if m and i == a and prefix_before(tx, i) == "prefix":
            m = 0  # "đường Giải Phóng": a street's name, whatever its first word heads elsewhere
        if m and s.cap and i + m == b and res.events[tx.key(i, i + m)] == "head":
            b = _named_after_lower(tx, b)  # "Đại hội đảng Cộng sản Cuba lần thứ 8"
            if i + m == b and not s.sent_start:
                b = _closed_qualified_tail(tx, b)  # "Hội nghị phân tích toàn cầu": a capitalised head
                # mid-sentence, a scope word
            if i + m == b and not _EVENT_TAIL.match(text, syls[b - 1].end):
                i += m  # "Kỳ thi diễn ra": the head alone names no event
                continue
        if m and res.events[tx.key(i, i + m)] == "name" and i + m < b and syls[i + m].cap and \
                syls[i + m].text.isascii() and not syls[i + m].acronym and not _model_word(syls[i + m].text) and \
                not any(tx.match(i + m, t, b) for t in (res.places, res.events, res.known)) and \
                syls[i + m].key not in res.foreign_event and \
                all(english_word(syls[k].text) for k in range(i + m, b) if syls[k].alpha):
            m = 0  # "Olympic Peninsula", "Olympic National Park": a series' name opening another name
        if m and s.cap and (i + m < b or res.events[tx.key(i, i + m)] == "name"):
            if res.events[tx.key(i, i + m)] != "name":
                end_i = _descriptive_end(tx, b, NAME_BOUNDARY)
                end_i = _after_proper_name(tx, i + m, end_i)  # "Lễ hội Kumbh Mela đông nghịt người"
            else:  # a named series goes on over its place ("MWC Barcelona"), not over a person after it
                end_i = i + m
                while end_i < b and (syls[end_i].key in res.foreign_event or tx.match(end_i, res.places, b)):
                    end_i += max(1, tx.match(end_i, res.places, b))
            end = syls[end_i - 1].end
            tail = _EVENT_TAIL.match(text, end)
            out.append(Name(s.start, tail.end() if tail else end, "EVENT"))
            return out, _skip_to(tx, end_i, tail.end() if tail else end)
        # Formal state names: "Cộng hòa Estonia", "Vương quốc Thụy Điển".
        m = _longest(tx, i, b, res.states)
        if m and i + m < b:
            p = tx.match(i + m, res.places, b)
            if p:
                out.append(Name(*tx.span(i, i + m + p), "LOC"))
                i += m + p
                continue
        # Organisations by head word: to the end of the name, short of a trailing person name.
        m = tx.match(i, res.heads, b)
        if m and s.key in res.surnames and _person_len(tx, i, b) >= 3 and i + _person_len(tx, i, b) == b:
            m = 0  # "ông Đoàn Khắc Việt": a head word that is also a surname opens a full name
        if m and tx.match(i, res.known) > max(m, b - i):
            m = 0  # "Viện Hàn lâm Khoa học xã hội Việt Nam": a known name the run cut short
        if m and tx.match(i, res.events, b) >= m:
            m = 0  # a generic event ("Hội chợ quảng bá du lịch") is no organisation either
        if m and tx.match(i, res.places) > m:
            m = 0  # "Hội An", "Đài Loan": a place that opens with a head word
        if m and (nn := _longest(tx, i, b, res.not_names)) > m and nn > tx.match(i, res.known, b) and \
                not (i + nn < b and syls[i + nn].key == _PARTY):
            i += nn  # "Ban chấp hành Hội Khuyến học", "Hội đồng quản trị Vietcombank": a body's organ,
            continue  # named with its body (but "Ban Chấp hành Đảng bộ Thành phố" is the Party's)
        if m and s.key == _SQUAD and not (i + m < b and syls[i + m].cap and tx.joined(i, i + m)):
            # "Đội CSGT", "Đội Cảnh sát hình sự" are units, "Đội chủ sân London", "Đội bóng" teams: no name
            i += m
            while i < b and syls[i].alpha and not syls[i].cap:
                i += 1
            continue
        if m and _head_in_word(tx, i, m, b):
            m = 0  # "Giải pháp", "Viện dẫn": the head is the first syllable of an ordinary word
        if m and (s.sent_start or i == a and _quote_before(tx, i)) and _word_len(tx, i, b) > m and \
                tx.key(i, i + _word_len(tx, i, b)) in res.common:
            m = 0  # "Vụ việc xảy ra": a sentence opening with an ordinary word, not the head "Vụ"
        if m and s.cap:
            head = res.heads[tx.key(i, i + m)]
            namesake = tx.key(i, i + m) in _NAMESAKE_HEADS or not head.bare_is_org and not roles  # "Quỹ Trần Văn Thọ"
            if not roles and i == a and a > 1 and syls[a - 1].key == "của" and tx.joined(a - 1, a):
                roles = _roles_before(tx, a - 1)[0]  # "Người phát ngôn của Hải quân Indonesia Julius Widjojono"
            stop = _trailing_person(tx, i + m, b, roles)
            bare_before_person = bool(roles) and head.bare_is_org and stop == b == i + m + 2 and \
                _given_and_surname(tx, i + m)
            if bare_before_person:
                stop = i + m  # "Chủ tịch Hạ viện Nancy Pelosi": the body of the title, then its holder
            if stop == i + m and namesake:
                stop = b  # "Trường Tiểu học Ngô Gia Tự": schools are named after people
            b2 = b
            if stop == b:
                b2 = _hosted_place(tx, b) if tx.key(i, i + m) in _PLACE_HOSTED else \
                    _extend_name(tx, b, lower=b > i + m)
                stop = _trailing_person(tx, i + m, b2, roles)
                if stop == i + m and namesake:
                    stop = b2
            if stop == b2 and stop > i + m and not (i > 0 and syls[i - 1].key in _QUANTIFIERS):
                b2 = stop = _field_list_end(tx, stop)  # "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng"
            if stop == b2 and head.in_name:
                b2 = stop = _function_and_place(tx, stop)  # "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam"
            if stop == b2 and (stop == i + m or tx.key(i, i + m) in _COMPANY_HEADS):
                b2 = stop = _function_and_name(tx, stop, brand=tx.key(i, i + m) in _COMPANY_HEADS)
                if stop > b:  # "Viện nghiên cứu Đo lường và Đánh giá Y tế"
                    b2 = _extend_name(tx, stop, lower=False)
                    stop = _trailing_person(tx, i + m, b2, roles)
            if stop == b2 and head.in_name:  # "Viện đo lường và đánh giá y tế (IHME)"
                b2 = stop = _lower_tail_before_parenthesis(tx, stop, 8)
            if stop == b2 and any(syls[k].cap for k in range(i + m, stop)):
                b2 = stop = _lower_tail_before_parenthesis(tx, stop)  # "Trung tâm Kiểm soát bệnh tật (CDC)"
            if stop == b2 == i + m and head.in_name:
                b2 = stop = _lower_name_of_country(tx, stop)  # "Hiệp hội các nhà sản xuất ô tô Việt Nam"
            if stop == b2 and head.in_name and stop > i + m and i > 0 and syls[i - 1].key in _OBJECT_BEFORE and \
                    tx.joined(i - 1, i):
                b2 = stop = _field_word_tail(tx, i + m, stop)  # "thuộc Trung tâm Bảo trợ xã hội."
            tail = _qualified_tail(tx, stop) if stop == b2 and not (i > 0 and syls[i - 1].key in _PLURALS) else stop
            if tail > stop and (any(syls[k].cap for k in range(i + m, stop)) or  # "Viện Tim mạch quốc gia"
                                stop == i + m and _closes_properly(tx, tail) and _extend_name(tx, tail) == tail):
                b2 = stop = tail  # "Ban Chỉ đạo quốc gia", but not "Trường quốc tế Anh Hà Nội"
            if stop == b2 and stop > i + m and tx.key(i, i + m) in _ABOUT_HEADS:
                b2 = stop = _about_field(tx, stop)  # "Ban Chỉ đạo Nhà nước về Du lịch"
            if stop == b2 and tx.key(i, i + m) in _ABOUT_HEADS:
                b2 = stop = _fight_tail(tx, stop)  # "Ban Chỉ đạo phòng, chống dịch Covid-19"
            if stop == b2 and stop > i + m and _covid_len(tx, stop - 1):
                b2 = stop = stop + 2  # "Trung tâm Quản lý Tình hình Covid-19": the name ends with the disease's
            number = _UNIT_NUMBER.match(text, syls[stop - 1].end) if stop == i + m and \
                tx.key(i, i + m) in _NUMBERED_HEADS else None
            if number and tx.key(i, i + m) == _HOSPITAL:
                number = _HOSPITAL_NUMBER.match(text, syls[stop - 1].end)  # "Bệnh viện 19-8"
                number = None if number is None or _counted(text, number.end()) else number
            if number:  # "Hạm đội 7", "Quân khu 4", "Lữ đoàn 950": units named by a number
                end, k = number.end(), tx.index_of(number.end() + 1)
                p = tx.match(k, res.places) if tx.key(i, i + m) == _HOSPITAL and k is not None and \
                    syls[k].cap and syls[k].start == end + 1 else 0
                if p:  # "Bệnh viện 115 Nghệ An"
                    end, b2 = syls[k + p - 1].end, max(b2, k + p)
                out.append(Name(s.start, end, "ORG"))
                b = max(b, b2)
                i = max(stop, b2) if end > number.end() else stop
                continue
            if stop == b2 and stop > i + m and head.in_name and \
                    any(stop - q > i and tx.key(stop - q, stop) in _COUNTRY_KEYS() for q in (1, 2, 3)):
                b2 = stop = _country_pair_end(tx, stop)  # "Hội hữu nghị Việt Nam - Lào": a bilateral body
            generic = (stop > i + m and all(syls[k].key in res.not_names or not syls[k].alpha
                                            for k in range(i + m, stop)) or tx.key(i, stop) in res.not_names) and \
                tx.match(i, res.known, stop) < stop - i  # (but "Bộ KH&CN" is the ministry)
            if tx.key(i + m, stop) in _COUNTRY_KEYS() and (not head.in_name or tx.key(i, i + m) in _PRESS_HEADS and
                                                           tx.key(i + m, stop) not in _HOME_KEYS):
                out.append(Name(*tx.span(i + m, stop), "LOC"))  # "Báo Thái Lan": the press of a country;
                # "Đội tuyển Việt Nam": its team
                b = max(b, b2)
                i = stop
                continue
            if (generic or stop == i + m) and head.in_name and stop == b and \
                    not (i > 0 and (syls[i - 1].key in _QUANTIFIERS or syls[i - 1].text.isdigit())) and \
                    (u := _BODY_OF_UNIT.match(text, _portfolio_end(tx, stop))) and \
                    not (u.group("other") or u.group("next") and not u.group("next").islower()):
                if _UNIT_LIST.match(text, u.end("unit")):  # "Trung tâm Y tế huyện, xã": the bodies of every unit
                    tx.no_name_spans.append((s.start, u.end("unit")))
                else:
                    out.append(Name(s.start, u.end("unit"), "ORG"))  # "Trung tâm Y tế huyện"
                b = max(b, b2)
                i = stop
                continue
            if (stop > i + m or head.bare_is_org or bare_before_person) and not generic:
                start = s.start if head.in_name else syls[i + m].start
                if start < syls[stop - 1].end:
                    out.append(Name(start, syls[stop - 1].end, "ORG"))
            b = max(b, b2)
            i = stop
            continue
        # A capitalised landform or landmark word opens the place's own name: "Cù Lao Chàm",
        # "Dinh Độc Lập" (but not "Dinh dưỡng", an ordinary word written with a capital).
        w = _landmark_at(tx, i, b)
        if w:
            j = i + w
            while j < b and syls[j].namey and not syls[j].acronym and not _title_at(tx, j, b) and \
                    not tx.match(j, res.heads, b) and not _person_ends_run(tx, j, b):
                j += 1
            out.append(Name(*tx.span(i, j), "LOC"))
            i = j
            continue
        # A generic place word ("tỉnh", "phường", "đường") makes what follows a place.
        if i + 2 < b and syls[i + 1].acronym and syls[i + 2].cap and res.prefixes.get(tx.key(i, i + 2)) == "prefix":
            place_next = True  # "Cảng HKQT Tân Sơn Nhất": a place word abbreviated
            i += 2
            continue
        if i + 2 < b and tx.key(i, i + 2) in res.street_prefixes and syls[i + 2].cap and \
                not tx.match(i, res.places, b) and not tx.match(i, res.known, b):
            place_next = True  # "Đại lộ Orchard", "Quảng trường Concorde" (but "Quảng trường Đỏ" is one name)
            i += 2
            continue
        if (s.key in res.unit_prefixes or s.key == "bang" or  # "của Bang California"
                s.sent_start and res.prefixes.get(s.key) == "prefix") and i + 1 < b and \
                syls[i + 1].cap and not tx.match(i, res.places, b) > 1:
            place_next = True  # "Thôn Quan Nhân" opening a sentence (but "TP HCM" is one name)
            i += 1
            continue
        if s.cap and (place_next or prefix_before(tx, i) == "prefix" and _classifier_before(tx, i) not in _PRODUCT_KINDS
                      and not _water_before(tx, i)) and not _single_letter(tx, i) \
                and not _longest(tx, i, b, res.not_names) \
                and (not s.acronym or tx.match(i, res.places)) and not (after_title and _person_len(tx, i, b)) \
                and not (i + 1 < len(syls) and syls[i + 1].alpha and not syls[i + 1].cap and tx.joined(i, i + 1)
                         and tx.key(i, i + 2) in res.common and not tx.match(i, res.places)):
            # (not "chùa Phật giáo", "nhà thờ Giáo xứ": an ordinary word with a capital)
            j = i + 1
            while j < b and (syls[j].namey or syls[j].text in "-–" and tx.joined_tight(j) and j + 1 < b and
                             syls[j + 1].namey and not tx.match(j + 1, res.places)) and \
                    not syls[j].acronym and not _title_at(tx, j, b) \
                    and not (tx.match(j, res.heads, b) and j + tx.match(j, res.heads, b) < b) \
                    and not _person_ends_run(tx, j, b):  # ("sân Thiên Trường": a head that names nothing)
                j += 1  # "Chủ tịch xã Ia Kha Nguyễn Văn A": the person after the place is not in it
            if tx.match(i, res.places) > j - i:
                j = i + tx.match(i, res.places)
                b = max(b, j)
            elif not tx.match(i, res.places) and _model_number_after(tx, j):
                if all(vietnamese(tx, k) for k in range(i, j)):
                    out.append(Name(syls[i].start, syls[j].end, "LOC"))  # "hầm Hải Vân 2"
                    i = j + 1
                    continue
                tx.products.add(tx.key(i, j))
                tx.no_name_spans.append((syls[i].start, syls[j - 1].end))
                i = j  # "bản Redmi Note 10": a version of a product, not a village
                continue
            out.append(Name(*tx.span(i, j), "LOC"))
            place_next = False
            i = j
            continue
        # Gazetteers and personal names, longest first.
        nn = _longest(tx, i, b, res.not_names)
        if nn > 1 and nn > tx.match(i, res.known, b):
            i += nn  # "Google Play", "Giải Nhất": products and prizes that open with a name
            continue
        mk = tx.match(i, res.known)  # both may run past the run: "Bà Rịa - Vũng Tàu"
        mp = max(tx.match(i, res.places), _compass_place(tx, i)) if s.cap or not s.alpha else 0
        # (no place opens in lower case: "Phạm Minh Chính thống nhất", not "Thống Nhất")
        if mp and not mk and tx.key(i, i + mp) not in _COUNTRY_KEYS() and _vessel_before(tx, i):
            tx.vessels.add(tx.key(i, i + mp))  # "tàu ngầm lớp Ohio", "USS Florida": ships named after places
            tx.no_name_spans.append((s.start, syls[i + mp - 1].end))
            i += mp
            continue
        b = max(b, i + mp, i + mk)
        pl = _person_len(tx, i, b)
        if not pl and roles and mp >= 3 and not mk and s.key in res.surnames and \
                res.places.get(tx.key(i, i + mp)) in ("city", "province", "district") and \
                all(syls[k].cap and vietnamese(tx, k) for k in range(i, i + mp)):
            pl = mp  # "Chủ tịch Hồ Chí Minh": a person after a title, though a city bears the name
        if mp and not mk and (e := _event_word_after(tx, i + mp)):
            end = syls[e].end  # "Barcelona Open", "Vietnam Mountain Marathon": a competition named after its place
            tail = _EVENT_TAIL.match(text, end)
            out.append(Name(s.start, tail.end() if tail else end, "EVENT"))
            return out, _skip_to(tx, max(b, e + 1), tail.end() if tail else end)
        if mp and not mk and _foreign_name_goes_on(tx, i, mp, b):
            mp = 0  # "Paris Hilton", "Victoria Beckham": a place word that opens a foreign name
        if mp == 1 and not mk and _title_case_words(tx, i, b):
            i = b  # "Mỹ thuật Đa phương tiện": a field in title case, opening with a country's syllable
            continue
        if mp == 1 and not mk and not s.sent_start and i + 1 < len(syls) and syls[i + 1].alpha and \
                not syls[i + 1].cap and not syls[i + 1].word_first and tx.joined(i, i + 1) and \
                tx.key(i, i + 2) in res.common:
            # "Âm nhạc, Mỹ thuật", "người mẫu Áo dài": an ordinary word that a country's syllable opens
            tx.no_name_spans.append((s.start, s.end))
            i += 2
            continue
        if mp == 1 and s.key == "anh" and s.sent_start and i + 1 < b and syls[i + 1].cap and \
                not tx.match(i + 1, res.places) and (syls[i + 1].key in tx.called_people or _person_len(tx, i + 1, b) >= 3):
            tx.no_name_spans.append((s.start, s.end))  # "Anh Thức cho rằng", "Anh Lê Bá Nhật Minh": the
            i += 1  # honorific opening a sentence, before a person the article calls by that name
            continue
        if mp and (res.contexts.get(tx.key(i, i + mp)) == "ambiguous" or tx.key(i, i + mp) in _OPENING_WORDS) and \
                s.sent_start and i + mp < len(syls) and syls[i + mp].alpha and not syls[i + mp].cap and \
                (tx.key(i, i + mp + 1) in res.common or
                 tx.key(i, i + mp) in _OPENING_WORDS and (tx.key(i, i + mp) not in tx.lone_caps_inside_sentences or
                                                          tx.key(i, i + mp) == "anh" and tx.sports)) or \
                mp == 1 and s.key == "anh" and i + 1 < len(syls) and syls[i + 1].key in _PRONOUN_ENDS and \
                tx.joined(i, i + 1) and syls[i + 1].alpha and not syls[i + 1].cap:
            mp = 0  # "Anh em ...", "Anh được PSSI ...": a sentence opening with an ordinary word or a
            # pronoun, when the article never names the country inside a sentence (in sports
            # reporting, where "Ngoại hạng Anh" is the league, even when it does); nor is it the
            # country as a repeat of one named elsewhere
            tx.no_name_spans.append((s.start, s.end))
        if mp == 1 and res.contexts.get(s.key) == "ambiguous" and s.sent_start and _given_name_pair(tx, i, b):
            mp = 0  # "Đức Huy phạm lỗi": a person called by the given name
        elif mp == 1 and res.contexts.get(s.key) == "ambiguous" and _given_name_pair(tx, i, b) and \
                prefix_before(tx, i) is None and (roles or not (i > 0 and syls[i - 1].namey and tx.joined(i - 1, i))):
            out.append(Name(*tx.span(i, i + 2), "PERSON", tuple(roles), True))  # "MC Đức Bảo", "fan Mỹ Tâm"
            roles, after_title = [], False
            i += 2
            continue
        if mp and res.contexts.get(tx.key(i, i + mp)) == "pair_only" and not _in_pair(tx, i, i + mp) \
                and not (i == a and i > 0 and syls[i - 1].alpha and not syls[i - 1].namey and i + mp == b) \
                and not (i == a + 1 and syls[a].sent_start and syls[a].key == "người" and i + mp == b):
            mp = 0  # "Trung" alone is no place; "Mỹ - Trung", "doanh nghiệp Việt", "Người Việt ..." are
        if pl and not roles and not mk and not mp and _classifier_before(tx, i) in ("event", "org"):
            pl = 0  # "giải Mai Vàng", "lễ trao giải Kim Chung", "bệnh viện Bạch Mai": an award's or a
            # body's name, however personal it sounds
        if pl and pl > max(mk, mp) or (pl and roles and pl >= max(mk, mp)):
            out.append(Name(*tx.span(i, i + pl), "PERSON", tuple(roles)))
            roles, after_title = [], False
            i += pl
            continue
        if mk or mp:
            if mk >= mp:
                # "Samsung Electronics", "Amazon Web Services": a known company name goes on
                # over capitalised foreign words, unless a title said a person follows.
                j = i + mk
                while not roles and j < b and syls[j].cap and syls[j].alpha and not (
                        tx.match(j, res.places, b) or tx.match(j, res.titles, b) or _person_len(tx, j, b)
                        or tx.match(j, res.heads, b) or syls[j].key in res.common or _given_and_surname(tx, j)):
                    j += 1
                line = i + mk  # a product line after the brand may use ordinary words: "Mi Mix"
                kind = res.known[tx.key(i, i + mk)].type
                while not roles and kind in _MAKERS and line < len(syls) and tx.joined(line - 1, line) and \
                        syls[line].cap and syls[line].alpha and not (syls[line].acronym and syls[line].text.isupper()) \
                        and syls[line].key not in res.foreign_org and \
                        not syls[line].sent_start and syls[line].key not in NAME_BOUNDARY and \
                        not _person_len(tx, line, len(syls)) and not _given_and_surname(tx, line) and \
                        not any(tx.match(line, t) for t in (res.places, res.titles, res.heads, res.known)):
                    line += 1
                coded = any(_CODE.fullmatch(syls[k].text) for k in range(i + mk, j)) or \
                    j > i + mk and _model_number_after(tx, j)  # "LG Tone Free FN7", "Sony Xperia 5": a model
                if line > i + mk and (kind != "media" or len(syls[i + mk].text) == 1) and \
                        not any(syls[k].key in res.foreign_org or syls[k].acronym and syls[k].text.isupper()
                                for k in range(i + mk, j)) or coded and not roles:
                    # "Samsung Galaxy Z Fold2", "Xiaomi Mi Mix Fold": a brand and a product line
                    # name a product, with the model words that follow; the line alone names it too.
                    # An outlet's name goes on in a section or title ("BBC Earth"), or, at a line
                    # start, in the standfirst ("Dân trí Gương mặt ..."), unless a model letter
                    # follows ("Sputnik V").
                    j = max(line, j) if coded else line
                    while j < len(syls) and tx.joined(j - 1, j) and (syls[j].cap or syls[j].text[:1].isdigit()):
                        j += 1
                    tx.products.update(tx.key(x, y) for x in (i, i + mk) for y in range(i + mk + 1, j + 1))
                    tx.no_name_spans.append((syls[i].start, syls[j - 1].end))
                    b, i = max(b, j), j
                    continue
                if not roles and j > i + mk and syls[j - 1].key in res.foreign_event:
                    tail = _EVENT_TAIL.match(text, syls[j - 1].end)  # "HUTECH IT Open", "Harvard College China
                    end = tail.end() if tail else syls[j - 1].end  # Forum": a body's contest or forum
                    out.append(Name(s.start, end, "EVENT"))
                    return out, _skip_to(tx, max(b, j), end)
                # "Yuanta Việt Nam", "Samsung Việt Nam": a company's national subsidiary.
                if not roles or syls[j - 1].acronym:
                    j = _branch_place(tx, j, syls[j - 1].acronym)  # "EVN HCMC", "VNPT Hà Nội", "CDC Sóc Trăng"
                    b = max(b, j)
                out.append(Name(*tx.span(i, j), "ORG"))
                i = j
            elif tx.key(i, i + mp).isascii() and (e := _foreign_body_after(tx, i + mp, b)) > i + mp:
                out.append(Name(*tx.span(i, e), "ORG"))  # "Seoul National University": a body named after a
                # foreign place (but "Phú Quốc United Center" is a resort at a Vietnamese one)
                i = e
            elif i + mp < len(syls) and syls[i + mp].text in _CLUB_SUFFIXES and tx.joined(i + mp - 1, i + mp):
                out.append(Name(*tx.span(i, i + mp + 1), "ORG"))  # "Hà Nội FC", "Hà Nam TV": named after a place
                i += mp + 1
                b = max(b, i)
            else:
                out.append(Name(*tx.span(i, i + mp), "LOC"))
                i += mp
                if roles and tx.key(i - mp, i) in _COUNTRY_KEYS():
                    nationality_end = i  # "Thủ tướng Campuchia Hun Sen": the name follows the country
            continue
        if s.key == "ngày" and i + 1 < b and syls[i + 1].cap and syls[i + 1].alpha and not roles:
            # "Ngày Giải phóng miền Nam", "Ngày Nhà giáo Việt Nam": a day's name, no entity;
            # the places and bodies it names are
            i += 1
            while i < b and not (tx.match(i, res.places, b) or tx.match(i, res.known, b)):
                i += 1
            continue
        # Not names: capitalised common nouns and abbreviations (AI, R&D), a portfolio after a
        # title ("Bộ trưởng Ngoại giao", but a role takes none: "ca sĩ Quốc Thiên"), a
        # sentence-initial ordinary word ("Tuy nhiên").
        w = _word_len(tx, i, b)
        wkey = tx.key(i, i + w)
        nn = _longest(tx, i, b, res.not_names)
        if nn and not (i + nn < b and syls[i + nn].acronym and s.acronym and len(s.text) <= 2):
            i += nn
            continue
        portfolio = after_title and not (roles and res.titles.get(lx.tone_key(roles[-1])) == "role") and \
            not (i == nationality_end and s.cap)
        foreign_next = wkey not in res.common and i + 1 < b and syls[i + 1].cap and syls[i + 1].alpha and \
            not syls[i + 1].acronym and not vietnamese(tx, i + 1)  # "Kim Kardashian"
        name_after_portfolio = portfolio and i == portfolio_end and (w == 1 or wkey not in res.common) and \
            i + 1 < b and syls[i + 1].cap
        if portfolio and w == 1 and i + 1 == b and s.key in res.given and not tx.match(i, res.places, b) and \
                any(i - m >= a and tx.key(i - m, i) in res.titles for m in (1, 2, 3, 4)) and \
                syls[i - 1].key not in _UNIT_HEAD_WORDS and not (i + 1 < len(syls) and not syls[i + 1].word_first):
            portfolio = False  # one given name alone after a title is the person's: "Đại tá Quang nói"
            # (a portfolio is a word or more: "Bộ trưởng Ngoại giao")
        if portfolio and w <= 2 and i + 2 == b and syls[i + 1].cap and syls[i + 1].alpha and \
                not syls[i + 1].acronym and tx.joined(i, i + 1) and s.key not in _UNIT_HEAD_WORDS and \
                not tx.match(i, res.places, b) and tx.key(i, i + 2) not in res.common and \
                any(i - m >= a and tx.key(i - m, i) in res.titles for m in (1, 2, 3, 4)):
            portfolio = False  # two syllables after a title, the first an ordinary word, make the
            # name: "Thủ tướng Hun Sen", "Thủ tướng Ma Xuân" (a portfolio has a name after it)
        # ("Bộ trưởng Công thương Chan Chung Sing": one syllable after the portfolio opens the name)
        if not s.acronym and (wkey in res.common or s.key in res.common) and not foreign_next and \
                not (i + 1 < b and _particle(syls[i + 1])) and not name_after_portfolio and \
                not _given_name_pair(tx, i, b) and not (s.sent_start and w == 1 and _foreign_surname_after(tx, i, b)) and (
                portfolio or s.sent_start or i == a and _quote_before(tx, i)):
            i += w if wkey in res.common else 1
            portfolio_end = i if portfolio and w > 1 and wkey in res.common else -1
            while i < b and syls[i].alpha and not syls[i].cap and tx.joined(i - 1, i):
                i += 1  # the rest of the ordinary word: "Năm nay Tân Tạo" names "Tân Tạo"
            if after_title and roles and role_start is not None:
                roles[-1] = text[role_start:syls[i - 1].end]  # "Bộ trưởng Ngoại giao"
            continue
        # The rest, up to the next lexicon boundary: a person after a title or honorific, a
        # place after a place word, otherwise an organisation or a foreign personal name.
        if s.text in _ENGLISH_GLUE:
            i += 1  # "Nike of Samothrace": the glue after a brand opens no name
            continue
        j = i + w
        while j < b and (syls[j - 1].text in _ENGLISH_GLUE or not (
                tx.match(j, res.titles, b) or syls[j].cap and tx.match(j, res.heads, b) or
                tx.match(j, res.places, b) or tx.match(j, res.known, b) or _person_len(tx, j, b))):
            j += 1  # (a place after "of" is part of the name: "University of Oxford")
        n_syl = sum(1 for k in range(i, j) if syls[k].alpha)  # "François-Henri Pinault" is three
        caps = all(syls[k].cap and not syls[k].acronym or _particle(syls[k]) and i < k < j - 1 or
                   k > i and syls[k - 1].text == "-" and tx.joined_tight(k - 1) or  # "Guk-hyeon"
                   k == j - 1 > i and roles and _ROMAN.fullmatch(syls[k].text)  # "Nữ hoàng Elizabeth II"
                   for k in range(i, j) if syls[k].alpha)
        prev = syls[i - 1].key if i > 0 else ""
        context = _classifier_before(tx, i) if not roles else None
        if context in _PRODUCT_KINDS or not roles and _binomial(tx, i, j):
            tx.products.add(tx.key(i, j))
            tx.no_name_spans.append((syls[i].start, syls[j - 1].end))
            i = j  # "vệ tinh NanoDragon", "phần mềm Zoom": products and works are no entities
            continue
        if prev in _LOCATIVES and s.cap and not s.acronym and not roles and tx.key(i, j) not in res.common and \
                not any(syls[k].key in res.foreign_event or syls[k].key in res.foreign_org or
                        k > i and syls[k].acronym and len(syls[k].text) >= 3 and not tx.match(k, res.places)
                        for k in range(i, j)):  # "tại Serie A", "tại Energy Future Holdings" (but "tại Grand World");
            # a brand in capitals ends a body's name: "tại Hệ thống Giáo dục HOCMAI"
            # "tại Thị Vải", "ở Caribe"; one foreign word may be a body's as well ("tại Concordia"),
            # which any evidence in the article outweighs
            out.append(Name(*tx.span(i, j), "LOC", weak=j - i == 1 and not vietnamese(tx, i)))
            i = j
            continue
        if not roles and (not s.acronym or _shouted(tx, i, j)) and _all_common(tx, i, j) and \
                not (context == "org" and not s.sent_start and _person_len(tx, i, j) == j - i) and \
                not (j - i == 2 and not s.sent_start and _given_name_pair(tx, i, j, word=True) and
                     not all(syls[k].key in _COMPASS for k in range(i, j))):  # (but "hướng Đông Nam")
            i = j  # ordinary words with a capital, or shouted: "TỰ LẬP và TRẢI NGHIỆM" (but a body
            # named after a person after its classifier: "trường tiểu học Kim Đồng")
            continue
        if j == i + 1 and s.key in _NUMBERED_UNITS and j < len(syls) and syls[j].text.isdigit() and \
                tx.joined(i, j):
            out.append(Name(*tx.span(i, j + 1), "LOC"))  # "Quận 1": the number is the name
            i = j
            continue
        if j == i + 1 and res.prefixes.get(s.key) == "prefix":
            i = j  # "TP", "TX" alone: the generic word of a place not named
            continue
        if any(_CODE.fullmatch(syls[k].text) for k in range(i, j)) or _CODE_NUMBER.match(text, syls[j - 1].end):
            if j - i >= 2 and _CODE.fullmatch(syls[j - 1].text):
                tx.no_name_spans.append((syls[i].start, syls[j - 1].end))  # "Nokia X10": the maker's
                # name inside a model's is no mention of the maker, and the model's code names the model
                tx.products.add(syls[j - 1].key)
            i = j  # product and model codes (S21, X50, 10T, USAG-1, Echovirus-4) are not names
            continue
        if s.acronym and _ISSUER_AFTER.search(text, max(0, s.start - 2), s.start):
            i = j  # the issuer's code in a document number: "số 6386/BNV-CCVC"
            continue
        if not roles and not s.acronym and _model_number_after(tx, j):
            tx.products.add(tx.key(i, j))
            tx.no_name_spans.append((syls[i].start, syls[j - 1].end))
            i = j  # "Redmi Note 10", "Vsmart Live 4 Pro": a line of products and its model number
            continue
        if roles and caps and n_syl == 1 and _BOARD_TITLE.search(roles[-1]) and s.key not in res.syllables and \
                s.text.lower() not in lx.foreign_given_names():
            label = "ORG"  # "Chủ tịch HĐQT Vietbank": a board's title names its company
        elif roles and caps:
            label = "PERSON"
        elif prefix_before(tx, i) == "prefix" and not s.acronym and not _water_before(tx, i) and not _single_letter(tx, i):
            label = "LOC"
        elif s.acronym and _ORDINAL_AFTER.match(text, syls[j - 1].end):
            out.append(Name(s.start, _ORDINAL_AFTER.match(text, syls[j - 1].end).end(), "EVENT"))
            return out, _skip_to(tx, j, _ORDINAL_AFTER.match(text, syls[j - 1].end).end())
        elif n_syl == 1 and _INITIAL_NAME.fullmatch(s.text) or n_syl >= 2 and _LETTER_DOT.fullmatch(s.text):
            label = "PERSON"  # "C.Ronaldo", "A. Mandl": a given name's initial before the name
        elif n_syl == 1 and s.text in _CURRENCY_CODES and prev not in ("phiếu", "mã"):
            i = j  # "đồng USD": a currency (but "cổ phiếu VND" is a company's ticker)
            continue
        elif n_syl == 1 and not s.acronym and len(s.text) >= 7 and s.text.isascii() and s.text.endswith("ese"):
            i = j  # "Sentinelese", "Congolese": a people, no organisation or person
            continue
        elif n_syl == 1 and not s.acronym and s.text.lower() in lx.english_words() and context != "org" and \
                not tx.sports and not _credited_source(tx, i, j):
            i = j  # "Help", "Life": an ordinary English word with a capital (but "ban nhạc Queen", "Theo
            # Guardian,"; in sports reporting "Sterling", "Walker" are players)
            continue
        elif n_syl >= 2 and syls[j - 1].key in res.foreign_event and syls[j - 1].cap:
            label, weak = "EVENT", True  # "FA Cup", "AFF Cup": a competition named by its body
        elif s.acronym and roles and j - i >= 3 and not _particle(syls[i + 1]) and \
                all(syls[k].cap and syls[k].alpha and not syls[k].acronym for k in range(i + 1, j)) and \
                not tx.match(i + 1, res.places) and not all(vietnamese(tx, k) for k in range(i + 1, j)):
            out.append(Name(*tx.span(i, i + 1), "ORG"))  # "Chủ tịch FIGC Gabriele Gravina": the body,
            label = "PERSON"  # then its head's name
            i += 1
        elif n_syl == 1 and prev == "người" and not s.acronym and not context and not tx.sports and \
                not vietnamese(tx, i):
            tx.products.add(s.key)
            tx.no_name_spans.append((syls[i].start, syls[j - 1].end))
            i = j  # "người Aztec", "người Neanderthal": a people (in sports, "thay người Odriozola" is a player)
            continue
        elif s.acronym or n_syl == 1:
            label, weak = "ORG", True
            if n_syl == 1 and (not roles or s.acronym) and not tx.match(j, res.heads):
                j = _branch_place(tx, j, s.acronym)  # "Yuanta Việt Nam", "HA Gia Lai", "CDC tỉnh Sóc Trăng"
                b = max(b, j)
        elif n_syl >= 2 and any(syls[k].text == "&" and syls[k - 1].text.isascii() for k in range(i + 1, j)):
            label, weak = "ORG", True  # "Ernst & Young": a partnership's name, never a person's
        elif caps and 2 <= n_syl <= 3 and any(syls[k].key in res.foreign_event for k in range(i, j)):
            label, weak = "EVENT", True  # "European Super League", "La Liga", "Australian Open"
        elif caps and 2 <= n_syl <= 3 and (lx.foreign_place_words().get(s.key) == "prefix" or
                                           lx.foreign_place_words().get(syls[j - 1].key) == "suffix" and
                                           not (syls[j - 1].key in _SURNAME_SUFFIXES and
                                                s.text.lower() in lx.foreign_given_names())):
            label, weak = "LOC", True  # "San Pedro", "Los Chocoyos", "Sunshine Coast"
        elif caps and 2 <= n_syl <= 3 and any(syls[k].key in res.foreign_org or _home_place_in_english(tx, k)
                                              for k in range(i, j)):
            label, weak = "ORG", True  # "Omdia Research", "The Elec", "Saigon Morning Ride"
        elif caps and 2 <= n_syl <= 3 and all(syls[k].key in res.syllables for k in range(i, j)) and \
                (context not in ("event", "org") or prev == "kênh"):  # (but "công ty Hải Thành", "lễ hội
            # Tràng An"; "kênh Bến Nghé" is a canal)
            label = "PERSON" if n_syl == 2 and all(syls[k].key in res.given for k in range(i, j)) else "LOC"
            # no surname, title or address; given names that make an ordinary word are a name
            # only as a person's, so the tagger is not asked ("vắng Hùng Dũng")
            out.append(Name(*tx.span(i, j), label, (), True, tx.key(i, j) not in res.common))
            roles, after_title = [], False
            i = j
            continue
        elif caps and 2 <= n_syl <= 3 and all(english_word(syls[k].text) and
                                              syls[k].key not in res.syllables for k in range(i, j)):
            # ordinary English words: a body only where a classifier or a source line says so
            # ("tạp chí Rolling Stone", "Theo Science Alert"), a person when the first is also a
            # given name ("Carl Woods"); otherwise the title of a work, a technology, a slogan
            # ("Machine Learning", "Hear My Voice", "Quality Education")
            if context == "org" or prev == "theo" or _CREDIT_BEFORE.search(text, max(0, s.start - 30), s.start):
                label, weak = "ORG", True
            elif s.text in lx.english_proper_names():
                label, weak = "PERSON", True
            else:
                label, weak, doubtful = "ORG", True, True
        elif caps and 2 <= n_syl <= 3 or caps and n_syl == 4 and not any(
                english_word(syls[k].text) for k in range(i, j) if syls[k].alpha) or \
                caps and 4 <= n_syl <= 5 and any(_particle(syls[k]) for k in range(i, j)) and not english_word(s.text):
            label, weak = "PERSON", True  # a foreign personal name: "Jensen Huang", "Aung San Suu Kyi",
            # "Donny van de Beek"
            if not roles and tx.key(j, _branch_place(tx, j, False)) in _HOME_KEYS:
                label, weak, j = "ORG", False, _branch_place(tx, j, False)  # "Saint-Gobain Việt Nam": a branch
                b = max(b, j)
        else:
            label, weak = "ORG", True
        if context == "org" and weak:
            label, weak = "ORG", False  # "tờ Sport Keeda", "hãng tin RT"
        if context == "event" and weak:  # "cuộc thi ITMC 2021", "lễ trao giải VMAs 2016"
            label, weak, doubtful = "EVENT", False, False
            year = _YEAR_AFTER.match(text, syls[j - 1].end) or \
                (_NUMBER_AFTER.match(text, syls[j - 1].end) if s.acronym and j == i + 1 else None)
            if year:  # "ITMC 2021", "UFC 261"
                out.append(Name(s.start, year.end(), label))
                roles, after_title = [], False
                return out, _skip_to(tx, j, year.end())
        out.append(Name(*tx.span(i, j), label, tuple(roles) if label == "PERSON" else (), weak, doubtful=doubtful))
        weak = doubtful = False
        roles, after_title = [], False
        i = j
    return out, b


_ROMAN = re.compile(r"(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_GENERATION = re.compile(r"(?:[5-9]|10)X")  # "Diễm My 9X": born in the 1990s, no model
_CODE = re.compile(rf"[A-Za-z]+\d+[A-Za-z+]*|(?!(?:{_GENERATION.pattern})$)\d+[A-Za-z]+")  # not a generation
_CODE_LISTED = re.compile(rf"(?<![\w-])(?:{_CODE.pattern})[ \t]*(?:,|và|hoặc|\||/)[ \t]*$")  # "G10 và " before "G20"
_CODE_NUMBER = re.compile(r"-\d")  # a number joined by a hyphen makes a code of the word before it
_ISSUER_AFTER = re.compile(r"\d/$")  # a document number's slash: the issuer's code follows ("số 6386/BNV-CCVC")
_MODEL = re.compile(r"\d+[A-Za-z]*|[a-z]+[A-Z]\w*")


_EPITHET = re.compile(r"[a-z]{3,}(?:a|ae|i|ii|us|um|is|es|ensis|oides|ens|ix)")


# A house number ("80", "212-214", "778/10", "D29", "12A") and, after the street, its ward or district.
_VN_UNIT_KINDS = ("province", "city", "district", "special_zone")
_HOUSE_NUMBER = re.compile(r"[A-Z]{0,2}\d{1,4}[A-Z]?")
_HOUSE_CODE = re.compile(r"[A-Z]{1,2}\d{1,4}[A-Z]?")
_UNIT_AFTER_STREET = re.compile(r"[ \t]*,[ \t]*(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|[Tt]hị xã|[Tt]hị trấn|[Tt]hành phố"
                                r"|TP\b|Tp\b|[PpQq]\.|[PQ]\d)")


def _street_address(tx: Text, a: int, b: int, road: int = 0) -> bool:
    """``syls[a:b]`` is the street of an address: capitalised words after a house number (and a
    capitalised road word of ``road`` syllables) and before the ward or district ("212-214 Nguyễn Đình
    Chiểu, Quận 3", "số 80 Trúc Khê, quận Đống Đa", "Số 1 Đường Huỳnh Tấn Phát, Long Biên"),
    which would otherwise read as a person or a product's model."""
    syls = tx.syls
    n = a - 1 - road  # the house number
    if n < 0 or b - a > 5 or not tx.joined(n, n + 1) or not _HOUSE_NUMBER.fullmatch(syls[n].text) or \
            re.fullmatch(r"(?:19|20)\d\d", syls[n].text):  # not a year: "năm 2020 Nguyễn Văn A, quận 1"
        return False
    if not all(syls[k].cap and syls[k].alpha and not syls[k].acronym and vietnamese(tx, k) for k in range(a, b)):
        return False
    end = syls[b - 1].end
    if _UNIT_AFTER_STREET.match(tx.text, end):
        return True
    return b + 1 < len(syls) and tx.text[end:syls[b + 1].start] == ", " and tx.match(b + 1, tx.res.places) > 0 \
        and tx.res.places.get(tx.key(b + 1, b + 1 + tx.match(b + 1, tx.res.places))) in _VN_UNIT_KINDS


def _title_case_words(tx: Text, i: int, b: int) -> bool:
    """``syls[i:b]`` are ordinary words written in title case whose first word opens with a place's
    syllable and goes on in lower case ("Mỹ thuật Đa phương tiện"), so that the syllable is no place."""
    syls = tx.syls
    return i + 2 < b and syls[i + 1].alpha and not syls[i + 1].cap and not syls[i + 1].word_first and \
        tx.key(i, i + 2) in tx.res.common and syls[i + 2].cap and _all_common(tx, i, b)


def _home_place_in_english(tx: Text, k: int) -> bool:
    """``syls[k]`` is Vietnam or one of its cities written the English way ("Vietnam", "Saigon",
    "Hanoi"): inside a foreign name it names a business, never a person."""
    s = tx.syls[k]
    return s.text.isascii() and len(s.text) >= 5 and (s.key == "vietnam" or s.key in lx.admin_units())


def _binomial(tx: Text, i: int, j: int) -> bool:
    """A genus before its species epithet: "Archaeopteryx lithographica", "Homo sapiens",
    "Aedes aegypti": a living thing, no entity."""
    syls = tx.syls
    return j == i + 1 and j < len(syls) and tx.joined(i, j) and syls[i].text.isascii() and \
        not syls[i].acronym and bool(_EPITHET.fullmatch(syls[j].text)) and syls[j].key not in tx.res.syllables


# Kinds of known organisations whose name may open a product's ("Samsung Galaxy", "BBC Earth");
# clubs, governments and schools make none ("Tottenham Hotspur", "Man Utd Ed Woodward").
_MAKERS = frozenset({"company", "media", "group"})


def _given_and_surname(tx: Text, k: int) -> bool:
    """A foreign given name and a surname start at ``syls[k]``: "Ed Woodward", "Tim Cook"."""
    syls = tx.syls
    return k + 1 < len(syls) and syls[k].text in lx.english_proper_names() and syls[k + 1].cap and \
        syls[k + 1].alpha and tx.joined(k, k + 1) and (k + 2 == len(syls) or not syls[k + 2].cap)


def _model_word(text: str) -> bool:
    """A product model token: a number ("12") or lower-initial mixed case ("iPhone", "eSIM")."""
    return bool(_MODEL.fullmatch(text))


# Words that count what a number before them measures: "Zico 3 lần", "Mpande 2 bàn", not models.
_COUNTERS = frozenset({"lần", "bàn", "trận", "điểm", "tuổi", "người", "năm", "tháng", "ngày", "giờ", "phút",
                       "giây", "tuần", "triệu", "tỷ", "nghìn", "ngàn", "trăm", "chục", "vạn", "km", "m", "cm",
                       "kg", "tấn", "lít", "ha", "độ", "mùa", "kỳ", "vòng", "set", "game", "chiếc", "con",
                       "cái", "đội", "cầu", "thủ", "học", "sinh", "ca", "liều", "mũi", "sao", "giải", "huy",
                       "giường", "bệnh"})
_COUNT_AFTER = re.compile(r"[-–/.,:]\d|[ \t]*%|[ \t]+([^\W\d_]+)")
_MODEL_NUMBER = re.compile(r"\d{1,3}[A-Za-z]{0,2}")


def _model_number_after(tx: Text, j: int) -> bool:
    """A model number right after a name: "Redmi Note 10", "Realme 7", "Vsmart Live 4 Pro"; not a
    count ("Zico 3 lần"), a score ("Nadal 6-2"), a date or a decimal."""
    syls = tx.syls
    if j >= len(syls) or not tx.joined(j - 1, j) or not _MODEL_NUMBER.fullmatch(syls[j].text):
        return False
    if _GENERATION.fullmatch(syls[j].text):
        return False
    if tx.sports and syls[j].text.isdigit() and int(syls[j].text) <= 130:
        return False  # "Varane (Nacho 45)": the minute a substitute came on
    return not _counted(tx.text, syls[j].end)


def _name_number(text: str, end: int) -> re.Match | None:
    """A bare number right after a name at ``end`` that is part of it, not a count after it."""
    m = _NUMBER_TAIL.match(text, end)
    return m if m and not _counted(text, m.end()) else None


def _counted(text: str, end: int) -> bool:
    """The number ending at ``end`` counts or measures something ("3 lần", "2 bàn", "33%", "500
    giường") or is part of a score, a date or a decimal ("6-2", "21/4", "6,43"): no model number and
    no number in a name."""
    m = _COUNT_AFTER.match(text, end)
    return bool(m) and (m.group(1) is None or m.group(1)[0].islower() and lx.tone_key(m.group(1)) in _COUNTERS)


def _branch_place(tx: Text, j: int, acronym: bool) -> int:
    """End of a company's or body's branch named by the place right after its name at ``..j``: a
    country for any name ("Samsung Việt Nam"), any place for an acronym ("VNPT Hà Nội", "EVN
    HCMC"), which may keep the place's generic word ("CDC tỉnh Sóc Trăng"); ``j`` when none."""
    syls, res = tx.syls, tx.res
    if j >= len(syls) or not tx.joined(j - 1, j):
        return j
    p = 1 if acronym and j + 1 < len(syls) and syls[j].key in res.unit_prefixes and tx.joined(j, j + 1) else 0
    c = tx.match(j + p, res.places) if syls[j + p].cap else 0
    if c and (acronym or tx.key(j, j + c) in _COUNTRY_KEYS()):
        return j + p + c
    return j


def _title_at(tx: Text, j: int, b: int) -> int:
    """Length of a title (not a form of address: "Cô" in "Lăng Cô") at syllable ``j``."""
    t = tx.match(j, tx.res.titles, b)
    return t if t and tx.res.titles[tx.key(j, j + t)] != "honorific" else 0


def _shouted(tx: Text, i: int, j: int) -> bool:
    """Vietnamese words written in capitals: every syllable upper case, one with a diacritic."""
    alpha = [s for s in tx.syls[i:j] if s.alpha]
    return bool(alpha) and any(not s.text.isascii() for s in alpha) and \
        all(s.text.isupper() and len(s.text) >= 2 and s.key not in tx.res.places for s in alpha)


def _all_common(tx: Text, i: int, j: int) -> bool:
    """``syls[i:j]`` are ordinary Vietnamese words written with a capital ("Thành phố").

    One syllable is ordinary if it is a word; several only if they read as words of two or
    more syllables: "Quốc Thiên", "Công Phượng" are made of ordinary syllables but are names."""
    common = tx.res.common
    if j - i == 1 or _shouted(tx, i, j):  # shouted text is ordinary text: "XEM TẠI ĐÂY"
        return all(s.key in common for s in tx.syls[i:j] if s.alpha)
    k = i
    while k < j:
        w = next((n for n in (4, 3, 2) if k + n <= j and tx.key(k, k + n) in common), 0)
        if not w:
            return False
        k += w
    return True


def _orgs_in_title(tx: Text, a: int, b: int) -> list[Name]:
    """The organisation inside a title: "Chủ tịch Quốc hội", "Thủ tướng Chính phủ"."""
    for k in range(a + 1, b):
        m = tx.match(k, tx.res.heads, b)
        if m and k + m == b and tx.res.heads[tx.key(k, b)].bare_is_org:
            return [Name(*tx.span(k, b), "ORG")]
        m = tx.match(k, tx.res.known, b)
        if m and k + m == b:
            return [Name(*tx.span(k, b), "ORG")]
    return []


@lru_cache(maxsize=1)
def _COUNTRY_KEYS() -> frozenset:
    return frozenset(lx.countries())


def _word_len(tx: Text, i: int, b: int) -> int:
    j = i + 1
    while j < b and not tx.syls[j].word_first:
        j += 1
    return j - i


def _product_name(tx: Text, n: Name) -> bool:
    """``n`` is, or is a classifier noun followed by, a name the article calls a product, or
    abbreviates one in parentheses."""
    words = tx.text[n.start:n.end].split()
    contexts = tx.res.name_contexts
    if n.start >= 2 and tx.text[n.start - 1] == "(":  # "NanoDragon (NDG)": the product's abbreviation
        before = tx.text[max(0, n.start - 80):n.start - 1].split()
        if any(lx.tone_key(" ".join(before[-k:])) in tx.products for k in range(1, min(6, len(before)) + 1)):
            return True
    key = lx.tone_key(" ".join(words))
    if len(key) >= 4 and any(p.startswith(key) and not p[len(key)].isalpha() for p in tx.products if len(p) > len(key)):
        return True  # "Galaxy Z Fold" for "Galaxy Z Fold2", "Mi Mix" for "Mi Mix Fold"
    return any(lx.tone_key(" ".join(words[k:])) in tx.products for k in range(len(words))
               if k == 0 or contexts.get(lx.tone_key(" ".join(words[:k]))) in _PRODUCT_KINDS)


# Place words closing a foreign name that are also surnames: after a given name, a person ("Andrew Park").
_SURNAME_SUFFIXES = frozenset({"park"})

# Words before a ship's (or a class of ships') name: classifiers and hull prefixes.
_VESSEL_WORDS = frozenset(lx.tone_key(w) for w in ("lớp", "tàu ngầm", "tàu sân bay", "tàu khu trục", "khu trục hạm",
                                                   "tuần dương hạm", "chiến hạm", "tàu chiến", "tàu"))
_HULL_PREFIXES = frozenset({"USS", "HMS", "HMAS", "KRI", "INS", "JS", "ROKS", "RFS", "MV", "RV", "USNS"})


def _event_word_after(tx: Text, k: int) -> int:
    """The foreign word of a competition or festival at ``k``, or after at most two capitalised
    foreign words from ``k``, all written on ("Open" in "Barcelona Open", "Marathon" in
    "Vietnam Mountain Marathon"); 0 if there is none."""
    syls, res = tx.syls, tx.res
    for e in range(k, min(k + 3, len(syls))):
        if not (syls[e].cap and syls[e].alpha and tx.joined(e - 1, e)):
            return 0
        if syls[e].key in res.foreign_event:
            return e
        if not syls[e].text.isascii() or syls[e].acronym and e == k + 2 or \
                any(tx.match(e, t) for t in (res.places, res.known, res.heads, res.titles)):
            return 0  # (an acronym may be among the words before it: "Vietnam ICT Summit")
    return 0


_COMPASS_PLACE_KINDS = frozenset({"water", "world_region", "continent", "country"})


def _compass_place(tx: Text, i: int) -> int:
    """Length of a capitalised compass word and the ocean, region, continent or country it
    points into ("Nam Thái Bình Dương", "Bắc Đại Tây Dương", "Đông Ukraine"), or 0."""
    syls = tx.syls
    if not (syls[i].cap and syls[i].key in _COMPASS and i + 1 < len(syls) and syls[i + 1].cap and
            tx.joined(i, i + 1)):
        return 0
    m = tx.match(i + 1, tx.res.places)
    return 1 + m if m and tx.res.places.get(tx.key(i + 1, i + 1 + m)) in _COMPASS_PLACE_KINDS else 0


def _single_letter(tx: Text, i: int) -> bool:
    """A letter standing alone names no place, whatever word comes before it: "bản A và bản B"
    of a capacitor, "khu B", "tòa nhà C"."""
    s = tx.syls[i]
    return len(s.text) == 1 and s.text.isalpha() and not (i + 1 < len(tx.syls) and tx.joined(i, i + 1) and
                                                          tx.syls[i + 1].cap and tx.syls[i + 1].alpha)


def _water_before(tx: Text, i: int) -> bool:
    """The word "nước" right before a foreign name no gazetteer knows means water, not a country:
    "máy lọc nước Karofi"; every country has its entry, and the states of old that have none are
    named in Vietnamese ("nước Văn Lang")."""
    return i > 0 and tx.syls[i - 1].key == "nước" and not tx.match(i, tx.res.places) and not vietnamese(tx, i)


def _vessel_before(tx: Text, i: int) -> bool:
    """A ship's name starts at ``syls[i]``: a hull prefix or a ship classifier comes right before
    it ("USS Florida", "tàu ngầm lớp Ohio", "các tàu ngầm Ohio")."""
    syls = tx.syls
    if i > 0 and tx.joined(i - 1, i) and syls[i - 1].text in _HULL_PREFIXES:
        return True
    return any(i - n >= 0 and all(tx.joined(x, x + 1) for x in range(i - n, i)) and
               not any(syls[x].cap and not (x == i - n and syls[x].sent_start) for x in range(i - n, i)) and
               tx.key(i - n, i) in _VESSEL_WORDS for n in (1, 2, 3))


# Words between a company's classifier and a name that make the name someone it serves or owns:
# "công ty quản lý Nhã Phương", "công ty mẹ của Cen Land".
_MANAGING = frozenset((lx.tone_key("quản"), lx.tone_key("lý"), lx.tone_key("của"), lx.tone_key("mẹ")))
_PRODUCT_KINDS = ("product", "work")  # kinds of name_contexts whose names are no entities


def _classifier_before(tx: Text, i: int) -> str | None:
    """What the classifier noun right before ``syls[i]`` (in lower case, or opening the sentence)
    says it names ("product", "org") or None: "vệ tinh NanoDragon", "tờ Sport Keeda". A product's
    classifier may also stand a few lower-case words of what kind before the name: "phần mềm họp
    trực tuyến Teams"."""
    syls, contexts = tx.syls, tx.res.name_contexts
    for n in (4, 3, 2, 1):
        k = i - n
        if k >= 0 and syls[k].word_first and \
                all(syls[x].alpha and (not syls[x].cap or x == k and syls[x].sent_start) for x in range(k, i)) \
                and all(tx.joined(x, x + 1) for x in range(k, i)):
            if tx.key(k, i) in contexts:
                if _head_before(tx, k):
                    return None  # "Viện công nghệ Massachusetts": lower-case words inside a name
                if tx.key(k, i) != "đảng" and \
                        any(k - m >= 0 and tx.key(k - m, k) in tx.res.titles and tx.joined(k - 1, k) for m in (1, 2, 3)):
                    return None  # "nhà sản xuất phim Michael Klein": the classifier ends a role (but a
                    # party's name after a role is the party's: "ứng viên đảng Dân chủ")
                return contexts[tx.key(k, i)]
            if n >= 2 and syls[k].key == "tàu" and not any(_boundary_at(tx, x) for x in range(k + 1, i)):
                return "product"  # "tàu hộ vệ Fatahillah", "tàu quét mìn Rengat": a ship of some kind
    return _kind_after_kind_words(tx, i)


def _kind_after_kind_words(tx: Text, i: int) -> str | None:
    """A product's or a company's classifier, a few lower-case words that say what kind, then the
    name at ``syls[i]``: "phần mềm họp trực tuyến Teams", "ngư lôi hạng nặng AEG SUT" (products),
    "công ty giải trí Nadao Bangkok", "khách sạn hạng sang Serena" (bodies)."""
    syls, contexts = tx.syls, tx.res.name_contexts
    for m in (1, 2, 3, 4):
        k = i - m
        if k < 1 or not all(syls[x].alpha and not syls[x].cap and not _boundary_at(tx, x) and
                            syls[x].key not in _AGENT_WORDS and tx.joined(x, x + 1) for x in range(k, i)):
            return None
        if not syls[k].word_first:
            continue
        for n in (4, 3, 2):  # (one syllable is too little: "tiền đạo ngoại Rimario", "các nguồn trong ngành và")
            c = k - n
            kind = contexts.get(tx.key(c, k)) if c >= 0 and syls[c].word_first else None
            if kind in ("product", "org") and \
                    all(syls[x].alpha and (not syls[x].cap or x == c and syls[x].sent_start) and tx.joined(x, x + 1)
                        for x in range(c, k)):
                if kind == "product":
                    return None if _no_product_name(tx, i) else kind
                return None if _no_company_name(tx, i, k) else kind
    return None


def _no_company_name(tx: Text, i: int, k: int) -> bool:
    """The name at ``syls[i]``, after a company's classifier and the words ``k..i`` of its kind, is
    none of the company's: the person it manages ("công ty quản lý Nhã Phương", "công ty quản lý của
    Seo Ye Ji"), a place ("hãng xe Trung Quốc"), or a Vietnamese name, which may be either."""
    return any(tx.syls[x].key in _MANAGING for x in range(k, i)) or _place_or_person_at(tx, i) or \
        bool(tx.match(i, tx.res.places))


def _no_product_name(tx: Text, i: int) -> bool:
    """The name at ``syls[i]`` is none of a product after words of its kind: a place after its
    place word ("dòng sông Bến Hải"), a person ("điện thoại tặng Thúy Hạnh"), a Vietnamese name
    ("công nghệ cao Truông Gia Vấn", a farm), a company's or an event's ("công nghệ tài chính Ant Group")."""
    syls = tx.syls
    j = i + 1
    while j < len(syls) and syls[j].cap and tx.joined(j - 1, j):
        j += 1
    return _place_or_person_at(tx, i) or \
        any(syls[x].key in tx.res.foreign_org or syls[x].key in tx.res.foreign_event for x in range(i, j))


def _place_or_person_at(tx: Text, i: int) -> bool:
    """The name at ``syls[i]`` follows a place word, or opens as a person's or a Vietnamese name
    does: what a classifier before it may not make a product or a company."""
    s = tx.syls[i]
    return prefix_before(tx, i) is not None or s.key in tx.res.given or s.text in lx.english_proper_names() or \
        vietnamese(tx, i)


def _foreign_name_goes_on(tx: Text, i: int, mp: int, b: int) -> bool:
    """The one-word foreign place at ``i`` is followed, in the same name, by a foreign word that
    is no place, body or title: the two are a personal name ("Paris Hilton")."""
    syls, res = tx.syls, tx.res
    k = i + mp
    if mp != 1 or k >= b or syls[i].key in res.syllables or not tx.joined(i, k) or \
            syls[i].key in _COUNTRY_KEYS() and res.contexts.get(syls[i].key) != "ambiguous":
        return False  # "Ngoại trưởng Indonesia Retno Marsudi": a country before a name is a country
    nxt = syls[k]
    return nxt.cap and nxt.alpha and not nxt.acronym and nxt.key not in res.syllables and \
        nxt.key not in res.foreign_org and nxt.key not in res.foreign_event and \
        not any(tx.match(k, t, b) for t in (res.places, res.heads, res.known, res.titles))


def _head_in_word(tx: Text, i: int, m: int, b: int) -> bool:
    """The one-syllable head at ``i`` and the lower-case syllable after it make an ordinary word
    that is no head itself: "Giải pháp", "Giải thích", "Hội viên", "Bộ phim" (but "Giải thưởng"
    is a head)."""
    syls, res = tx.syls, tx.res
    if m != 1 or i + 1 >= len(syls) or syls[i + 1].cap or not syls[i + 1].alpha or not tx.joined(i, i + 1):
        return False
    key = tx.key(i, i + 2)
    return (key in res.common or key in res.name_contexts) and \
        not any(key in t for t in (res.heads, res.events, res.laws, res.titles))


def _quote_before(tx: Text, i: int) -> bool:
    return i > 0 and tx.syls[i - 1].text in "“\"‘'(«[:"


def _longest(tx: Text, i: int, b: int, table) -> int:
    best = 0
    for n in range(1, min(6, b - i) + 1):
        if tx.key(i, i + n) in table:
            best = n
    return best


def _in_pair(tx: Text, a: int, b: int) -> bool:
    """``Mỹ - Trung``, ``Việt - Nhật``: a country short form joined to another by a dash."""
    syls = tx.syls
    before = a >= 2 and syls[a - 1].text in "-–" and syls[a - 2].namey
    after = b + 1 < len(syls) and syls[b].text in "-–" and syls[b + 1].namey
    return before or after


def _skip_to(tx: Text, b: int, end_char: int) -> int:
    while b < len(tx.syls) and tx.syls[b].start < end_char:
        b += 1
    return b


_SUA_DOI = re.compile(r"[ \t]*\((?:sửa đổi|sửa đổi, bổ sung|bổ sung)\)")


def _descriptive_end(tx: Text, b: int, boundary: frozenset, limit: int = 10) -> int:
    """End of a law or event name that goes on in lower case: "Luật Công nghệ cao",
    "Công ước Liên hợp quốc về tội phạm mạng", "Hội thảo Lãnh đạo cấp cao" (and "(sửa đổi)").

    Lower-case words are taken while they are not boundary words, at most ``limit`` syllables,
    and capitalised words go on the name; a spaced dash joins two places ("Việt Nam - Singapore").
    """
    syls, res = tx.syls, tx.res
    j, n = b, 0
    while j < len(syls) and n < limit and tx.joined(j - 1, j) and not syls[j].sent_start:
        s = syls[j]
        if s.alpha and not s.namey:
            w = _word_len(tx, j, len(syls))
            if s.key in _FUNCTION_WORDS_IN_ORG:
                # "Hiệp định Đối tác toàn diện và tiến bộ ...", but not "Luật X và Luật Y"
                if j + 1 >= len(syls) or syls[j + 1].namey or not syls[j + 1].alpha or \
                        syls[j + 1].key in boundary:
                    break
                w = 1
            elif tx.key(j, j + w) in boundary or _boundary_at(tx, j, boundary) or tx.match(j, res.titles):
                break
            j, n = j + w, n + w
        elif s.namey and not tx.match(j, res.titles) and not _person_len(tx, j, len(syls)):
            j = _run_end(tx, j)
        elif s.text in "-–" and j + 1 < len(syls) and tx.match(j + 1, res.places) and (
                any(tx.key(x, j) in res.places for x in range(max(b - 4, j - 4), j)) or
                _EVENT_EDITION.match(tx.text, syls[j + tx.match(j + 1, res.places)].end)):
            j = j + 1 + tx.match(j + 1, res.places)  # "Việt Nam - Singapore", "Chuyển đổi số - Huế năm 2021"
        else:
            break
    # trailing lower-case words are kept only when a capitalised word or "(sửa đổi)" closed them
    while j > b and not syls[j - 1].namey and not syls[j - 1].text[0].isdigit():
        k = j - 1
        if any(syls[x].namey for x in range(b, k)) and _closes_properly(tx, j):
            break
        j = k if not _closes_properly(tx, j) else j
        if j == k and j <= b:
            break
        if j == k:
            continue
        break
    m = _SUA_DOI.match(tx.text, syls[j - 1].end) if j > 0 else None
    if m:
        j = _skip_to(tx, j, m.end())
    return j


_NUMBER_NEXT = re.compile(r"[ \t]+\d")


def _after_proper_name(tx: Text, a: int, j: int) -> int:
    """Where an event's name ending at ``j`` stops when its last capitalised words (after ``a``)
    are a proper name and lower-case words trail them: those describe the event, they are no part
    of its name ("Lễ hội Kumbh Mela đông nghịt người"), unlike the words after an ordinary word
    written with a capital ("Hội thảo Lãnh đạo cấp cao")."""
    syls = tx.syls
    p = j
    while p > a and syls[p - 1].alpha and not syls[p - 1].namey:
        p -= 1
    if p == j or p == a or not syls[p].word_first or _NUMBER_NEXT.match(tx.text, syls[j - 1].end) or \
            any(tx.key(x, j) in _EVENT_CLOSERS for x in (j - 2, j - 1) if x >= p):
        return j  # "Hội Khuyến học", "... nhiệm kỳ 2020", "GS1 toàn cầu", "EBMT thường niên"
    q = p
    while q > a and syls[q - 1].namey:
        q -= 1
    return p if not _all_common(tx, q, p) else j


def _named_after_lower(tx: Text, b: int) -> int:
    """End of one to three lower-case words after an event's head that lead to a capitalised
    name ending on a word's end ("Đại hội đảng Cộng sản Cuba"); ``b`` when there is none."""
    syls = tx.syls
    k = b
    while k < len(syls) and k - b < 3 and syls[k].alpha and not syls[k].cap and tx.joined(k - 1, k) and \
            not _boundary_at(tx, k) and syls[k].key != "do":
        k += 1
    if k == b or k >= len(syls) or not syls[k].cap or not syls[k].alpha or not tx.joined(k - 1, k) or \
            tx.match(k, tx.res.laws) or tx.match(k, tx.res.titles):
        return b  # not "Hội nghị triển khai Quyết định ...": the meeting is about an instrument
    end = _run_end(tx, k)
    if end < len(syls) and syls[end].alpha and not syls[end].cap and tx.joined(end - 1, end) and \
            tx.key(end - 1, end + 1) in tx.res.common:
        return b  # "Đối thoại chiến lược Quốc phòng": the capital opens an ordinary word
    return end


def _closes_properly(tx: Text, j: int, clause: bool = False) -> bool:
    """After ``syls[:j]`` the text reaches punctuation or a line end: the name is complete. With
    ``clause``, "và" closes it too (after a word of scope, "và" joins the next clause)."""
    if j >= len(tx.syls):
        return True
    nxt = tx.syls[j]
    return not nxt.alpha or not tx.joined(j - 1, j) or nxt.key in NAME_BOUNDARY or \
        nxt.key == "và" and (clause or j + 1 < len(tx.syls) and tx.syls[j + 1].namey)


def _character_before(tx: Text, a: int) -> bool:
    """"nhân vật" or "vai" (a character, a role) in lower case right before ``syls[a]``."""
    syls = tx.syls
    return a >= 1 and tx.joined(a - 1, a) and not syls[a - 1].cap and (
        syls[a - 1].key == "vai" and not (a >= 2 and syls[a - 2].key in ("bờ", "đôi", "hai")) or
        a >= 2 and tx.key(a - 2, a) == "nhân vật" and tx.joined(a - 2, a - 1))


def _respectful_honorific(tx: Text, i: int, b: int) -> bool:
    """"Ông", "Bà" written with a capital inside a sentence, out of respect, before a person's
    full name, a foreign one or a name the article calls a person by ("nhà sáng lập - Ông Phạm Nhật Vượng",
    "dẫn lời Bà Lan"); not a place that opens with the word ("Bà Rịa", "Bà Đen")."""
    syls, res = tx.syls, tx.res
    if syls[i].key not in ("ông", "bà") or i + 1 >= b or not syls[i + 1].cap or syls[i + 1].acronym or \
            tx.match(i, res.places) or tx.match(i, res.landmarks) or tx.match(i + 1, res.places):
        return False
    return _person_len(tx, i + 1, b) >= 2 or i + 2 == b and syls[i + 1].key in tx.called_people or \
        2 <= b - i - 1 <= 3 and all(syls[k].cap and syls[k].alpha and not vietnamese(tx, k) for k in range(i + 1, b))


def _given_name_pair(tx: Text, i: int, b: int, word: bool = False) -> bool:
    """Two given-name syllables that make no ordinary word or place open the run: a person
    called by the given name ("Tuấn Anh sút xa", "Quang Hải ghi bàn"). With ``word``, they may
    make an ordinary word, both written with a capital inside a sentence ("vắng Hùng Dũng")."""
    syls, res = tx.syls, tx.res
    return i + 2 <= b and syls[i].key in res.given and syls[i].key not in HONORIFICS_SENTENCE_ONLY and \
        syls[i + 1].key in res.given and syls[i + 1].cap and \
        tx.joined(i, i + 1) and (i + 2 == b or not syls[i + 2].cap) and (word or tx.key(i, i + 2) not in res.common) and \
        not any(tx.match(i, t, b) for t in (res.known, res.heads, res.titles, res.events)) and \
        (not tx.match(i, res.places, b) or tx.match(i, res.places, b) == 1 and res.contexts.get(syls[i].key) == "ambiguous"
         and (not tx.match(i + 1, res.places, b) or res.contexts.get(syls[i + 1].key) == "ambiguous"))  # "Đức Huy"


def _about_field(tx: Text, b: int) -> int:
    """A committee's name goes on over "về" + the capitalised field it is about ("Ủy ban Quốc gia
    về Người cao tuổi"), not over a place, a body or a person it deals with."""
    syls, res = tx.syls, tx.res
    k = b + 1
    if k >= len(syls) or syls[b].key != "về" or not syls[k].cap or syls[k].acronym or \
            not (tx.joined(b - 1, b) and tx.joined(b, k)) or \
            any(tx.match(k, t) for t in (res.places, res.known, res.heads, res.titles)) or _person_len(tx, k, len(syls)):
        return b
    end = _run_end(tx, k)
    if not _closes_properly(tx, end):
        end = _extend_name(tx, end)
    return end if _closes_properly(tx, end) or not syls[end].namey else b


def _fight_tail(tx: Text, b: int) -> int:
    """A committee's name goes on over what it fights, in lower case: "[về] [công tác] phòng(,)
    chống dịch [bệnh] [Covid-19]", "phòng chống thiên tai", with the place after it ("Ban Chỉ đạo
    phòng, chống dịch Covid-19 tỉnh Hà Nam"); ``b`` when none follows."""
    syls, res, n = tx.syls, tx.res, len(tx.syls)
    if b > 0 and _covid_len(tx, b - 1):
        k = b + 2  # "Ban Chỉ đạo Quốc gia phòng chống dịch Covid": the name ran up to the capital
    else:
        k = b + (b < n and syls[b].key == "về")
        k += 2 * (tx.key(k, k + 2) == "công tác")
        if k >= n or syls[k].key != "phòng":
            return b
        k += 1 + (k + 1 < n and syls[k + 1].text == ",")
        if k >= n or syls[k].key != "chống":
            return b
        k += 1
        target = k
        if k < n and syls[k].key == "dịch":
            k += 1 + (k + 1 < n and syls[k + 1].key == "bệnh")
        elif tx.key(k, k + 2) == "thiên tai":
            k += 2
        k += _covid_len(tx, k)
        if k == target or not all(tx.joined(x - 1, x) for x in range(b, k)):
            return b
    p = next((q for q in (2, 1) if k + q < n and res.prefixes.get(tx.key(k, k + q)) == "prefix"), 0)
    m = tx.match(k + p, res.places) if k + p < n and syls[k + p].cap and tx.joined(k + p - 1, k + p) else 0
    return k + p + m if m and _closes_properly(tx, k + p + m) else k


def _covid_len(tx: Text, k: int) -> int:
    """3 when "Covid-19" (three syllables) starts at ``syls[k]``, else 0."""
    syls = tx.syls
    return 3 if k + 2 < len(syls) and syls[k].key == "covid" and syls[k + 1].text == "-" and \
        syls[k + 2].text == "19" and tx.joined_tight(k + 1) else 0


def _hosted_place(tx: Text, b: int) -> int:
    """``Đại sứ quán Việt Nam`` goes on over `` tại Mỹ`` when a place follows."""
    syls = tx.syls
    if b + 1 < len(syls) and syls[b].key in ("tại", "ở") and tx.joined(b - 1, b) and tx.joined(b, b + 1):
        p = tx.match(b + 1, tx.res.places) or (_run_end(tx, b + 1) - b - 1 if syls[b + 1].cap else 0)
        if p:
            return b + 1 + p
    return b


def _extend_name(tx: Text, b: int, lower: bool = True) -> int:
    """Where an organisation, event or law name that filled the run ``..b`` really ends.

    It goes on over ``và`` + a capitalised word (``Bộ Kế hoạch và Đầu tư``), a spaced dash
    (``Tập đoàn Công nghiệp - Viễn thông Quân đội``), a lower-case region (``Ngân hàng Phát
    triển châu Á``) and one lower-case word before more capitalised words (``Ban chấp hành
    Trung ương``), but never into another name (a place, a known organisation, a title).
    Lower-case words are crossed only with ``lower``: when the name already has a capitalised
    word after its head ("Đoàn thăm chính thức ..." is no name).
    """
    syls, res = tx.syls, tx.res
    if b < len(syls) and syls[b - 1].key in _NUMBERED_UNITS and syls[b].text.isdigit() and tx.joined(b - 1, b):
        b += 1  # "UBND Quận 1"
    while b + 1 < len(syls) and tx.joined(b - 1, b) and tx.joined(b, b + 1):
        s, nxt = syls[b], b + 1
        if s.text == "&" and syls[nxt].cap and not tx.match(nxt, res.heads):
            b = _run_end(tx, nxt)  # "Sở TN & MT", "Bộ Nông nghiệp & Phát triển nông thôn"
            continue
        if s.key in res.lower_region_heads and tx.match(b, res.places) >= 2:
            b += tx.match(b, res.places)
            continue
        if res.prefixes.get(s.key) == "prefix" and tx.match(nxt, res.places):
            b = nxt + tx.match(nxt, res.places)  # "UBND tỉnh Thừa Thiên Huế"
            continue
        if s.key in _NUMBERED_UNITS and syls[nxt].text.isdigit() and len(syls[nxt].text) <= 2:
            b = nxt + 1  # "Công an quận 7", "Trung tâm Y tế phường 7"
            break
        if s.key in res.unit_prefixes and syls[nxt].cap and not syls[nxt].acronym:
            end = _run_end(tx, nxt)
            b = _trailing_person(tx, nxt, end, [])  # "Công an xã Lìa", a commune no gazetteer has
            if b == nxt:
                b = end
            break
        if s.alpha and not s.namey and (s.key not in NAME_BOUNDARY or s.key in _FUNCTION_WORDS_IN_ORG):
            if not lower and s.key not in _FUNCTION_WORDS_IN_ORG:
                break
            if s.key == "và" and not syls[nxt].cap and tx.match(nxt, res.heads):
                break  # "Bệnh viện Bạch Mai và bệnh viện Hồng Ngọc": a second body
            if b >= 2 and tx.key(b - 2, b) in _NAME_CLOSERS and not syls[nxt].cap:
                break  # "Ban Tuyên giáo Trung ương và ngành Tuyên giáo": a name closed by its scope
            if _ends_in_place(tx, b) and (s.key not in _FUNCTION_WORDS_IN_ORG or
                                          syls[nxt].alpha and not syls[nxt].cap):
                break  # a name that ends in a place is complete: "Đội tuyển Việt Nam cần đánh bại
                # Indonesia", "Liên minh châu Âu và doanh nghiệp châu Âu"
            # up to four lower-case syllables before the name goes on capitalised:
            # "Tập đoàn Tài chính phát triển quốc tế Mỹ", "Cơ quan Thương mại và phát triển Mỹ"
            nxt = b
            while nxt < len(syls) and nxt - b < 4 and syls[nxt].alpha and not syls[nxt].namey and \
                    tx.joined(nxt - 1, nxt) and (syls[nxt].key not in NAME_BOUNDARY or
                                                 syls[nxt].key in _FUNCTION_WORDS_IN_ORG) and \
                    not (nxt + 1 < len(syls) and tx.key(nxt, nxt + 2) in NAME_BOUNDARY):
                nxt += 1
            if nxt >= len(syls) or not tx.joined(nxt - 1, nxt) or syls[nxt - 1].key in _FUNCTION_WORDS_IN_ORG \
                    and nxt - 1 > b:
                break
        elif not (s.text in "-–" and not tx.joined_tight(b)):
            break
        if not syls[nxt].cap or syls[nxt].acronym and s.text in "-–" or \
                _shouted(tx, nxt, nxt + 1) and syls[nxt].key in res.common:
            break  # "... xem TẠI ĐÂY": shouted ordinary words
        place_pair = s.text in "-–" and tx.match(nxt, res.places) and \
            any(tx.key(x, b) in res.places for x in range(max(0, b - 4), b))
        p = tx.match(nxt, res.places)
        if p and not s.text in "-–" and s.key not in _FUNCTION_WORDS_IN_ORG and (
                _closes_properly(tx, nxt + p) or res.prefixes.get(syls[nxt - 1].key) == "prefix"):
            b = nxt + p  # "Cơ quan Phát triển nguồn nhân lực Singapore"
            break
        if not place_pair and tx.key(nxt, nxt + 2) != "trung ương" and (tx.match(nxt, res.places) or tx.match(nxt, res.heads) or
                               s.key == "và" and res.prefixes.get(tx.key(nxt, nxt + 2)) == "prefix" or
                               tx.match(nxt, res.known) or tx.match(nxt, res.titles) or
                               tx.match(nxt, res.laws) or tx.match(nxt, res.events)):
            break
        end = _run_end(tx, nxt)
        if _person_len(tx, nxt, end) == end - nxt:
            break
        b = end
    return b


# Words that close an official name written in lower case: "Viện Tim mạch quốc gia".
_NAME_CLOSERS = frozenset({"quốc gia", "quốc tế", "trung ương", "toàn quốc", "toàn cầu", "thế giới"})
_EVENT_CLOSERS = _NAME_CLOSERS | {"thường niên"}  # an event's name may also close on "annual"


def _qualified_tail(tx: Text, b: int) -> int:
    """End of up to five lower-case words after a body's capitalised name that end in a word
    of scope ("quốc gia", "quốc tế", "trung ương") where the name ends: "Trung tâm Đổi mới
    sáng tạo quốc gia", "Ủy ban Bầu cử quốc gia"; ``b`` when there are none."""
    k = _function_words(tx, b, 5)
    if k < len(tx.syls) and tx.key(k - 1, k + 1) in _NAME_CLOSERS and tx.joined(k - 1, k):
        k += 1  # "toàn cầu": "cầu" is a place word too
    for end in range(k, b + 1, -1):
        if tx.key(end - 2, end) in _NAME_CLOSERS:
            if any(tx.syls[x].key in _SUPERLATIVES or tx.key(x, x + 2) in _SUPERLATIVES for x in range(b, end)):
                return b  # "CLB giàu nhất thế giới", "Viện nghiên cứu hàng đầu thế giới": a description
            return end
    return b


_SUPERLATIVES = frozenset({"nhất", "hàng đầu"})


# Words after which a body's name is an object, so that a lower-case word closing the clause after
# it is no verb of the body's: "thuộc Trung tâm Bảo trợ xã hội.", "Theo Trung tâm Dinh dưỡng lâm sàng,"
_OBJECT_BEFORE = frozenset({"của", "thuộc", "tại", "theo", "với", "từ", "ở", "đến", "tới", "về",
                            "trong"})
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:)]|\n|$)")


def _field_word_tail(tx: Text, f: int, b: int) -> int:
    """End of the one lower-case word of two syllables that completes a body's field of work at
    a clause's end, after a field written with a capital (``syls[f:b]``, one or two ordinary
    words), where the body is an object: "thuộc Trung tâm Bảo trợ xã hội.", "Theo Trung tâm Dinh
    dưỡng lâm sàng, Bệnh viện K"; ``b`` when there is none."""
    syls, res = tx.syls, tx.res
    if b - f > 4 or not _all_common(tx, f, b) or tx.match(f, res.places) or b >= len(syls) or \
            not tx.joined(b - 1, b) or not syls[b].alpha or syls[b].namey or not syls[b].word_first:
        return b
    w = _word_len(tx, b, len(syls))
    e = b + w
    if w != 2 or any(not syls[k].alpha or syls[k].namey for k in range(b, e)) or \
            tx.key(b, e) not in res.common or _boundary_at(tx, b) or res.prefixes.get(tx.key(b, e)) or \
            tx.match(b, res.places) or tx.match(b, res.heads) or tx.match(b, res.titles) or \
            not _CLAUSE_END.match(tx.text, syls[e - 1].end):
        return b
    return e


def _lower_tail_before_parenthesis(tx: Text, b: int, limit: int = 0) -> int:
    """End of one to three lower-case words after a body's capitalised name that run up to a
    parenthesis: they are the end of the name ("Cục Quản lý Đăng ký kinh doanh (Bộ KH&ĐT)",
    "Trung tâm Kiểm soát bệnh tật (CDC)"), which official names often write in lower case.

    With a ``limit``, up to that many lower-case words after a bare head that run up to the
    name's abbreviation in parentheses: "Viện đo lường và đánh giá y tế (IHME)"."""
    if limit:  # the abbreviation vouches for the words, whatever they are
        syls, k = tx.syls, b
        while k < len(syls) and k - b < limit and syls[k].alpha and not syls[k].namey and tx.joined(k - 1, k) and \
                syls[k].key not in _NOT_IN_NAME:
            k += 1
        return k if k > b and _ABBREVIATION_AFTER.match(tx.text, syls[k - 1].end) else b
    k = _function_words(tx, b, 3)
    return k if k > b and tx.text.startswith((" (", "("), tx.syls[k - 1].end) else b


def _lower_name_of_country(tx: Text, b: int) -> int:
    """End of a body's name written in lower case after its bare head up to the country it
    serves, where the name closes: "Hiệp hội các nhà sản xuất ô tô Việt Nam", "Hội người mù
    Việt Nam"; ``b`` when there is none. "các" may open the words after the head."""
    syls, k = tx.syls, b
    if k < len(syls) and syls[k].key == "các" and tx.joined(k - 1, k):
        k += 1
    while k < len(syls) and k - b < 8 and syls[k].alpha and not syls[k].cap and tx.joined(k - 1, k) and \
            syls[k].key not in NAME_BOUNDARY and syls[k].key not in _NOT_IN_NAME:
        k += 1
    if k - b < 2 or k >= len(syls) or not syls[k].cap or not tx.joined(k - 1, k):
        return b
    p = tx.match(k, tx.res.places)
    return k + p if p and tx.key(k, k + p) in _COUNTRY_KEYS() and _closes_properly(tx, k + p) else b


def _country_pair_end(tx: Text, e: int) -> int:
    """End of the second country of a pair joined by a dash at ``e``, which a bilateral body's name
    ends with ("Hội hữu nghị Việt Nam - Lào"); ``e`` when none follows."""
    syls = tx.syls
    if e + 1 < len(syls) and syls[e].text in ("-", "–") and syls[e + 1].cap and tx.joined(e - 1, e) and \
            tx.joined(e, e + 1) and (q := tx.match(e + 1, tx.res.places)) and \
            tx.key(e + 1, e + 1 + q) in _COUNTRY_KEYS():
        return e + 1 + q
    return e


_ABBREVIATION_AFTER = re.compile(r"[ \t]?\((?:[A-ZĐ]{2,8})\)")
_NOT_IN_NAME = frozenset({"của", "tại", "ở", "là", "cho", "với", "như", "theo"})
_NEGATIONS = frozenset({"không", "chưa", "chẳng"})  # boundary words alone, not as the end of a word ("hàng không")


def _function_words(tx: Text, b: int, limit: int, stop: frozenset | set = frozenset(), negation: bool = False) -> int:
    """End of the lower-case words (at most ``limit``) that say what a body named by its bare head
    at ``..b`` does: no boundary word, no place word, nothing in ``stop``; with ``negation``, a word
    that ends in a negation is taken whole ("Cảng vụ hàng không miền Bắc")."""
    syls, prefixes = tx.syls, tx.res.prefixes
    j = b
    while j < len(syls) and j - b < limit and syls[j].alpha and not syls[j].namey and tx.joined(j - 1, j) and \
            not _boundary_at(tx, j) and syls[j].key not in stop and \
            (prefixes.get(syls[j].key) is None or j == b and _prefix_in_word(tx, j)) and \
            not (syls[j].key == "và" and tx.match(j + 1, tx.res.heads)):  # "... và trường cao đẳng"
        pair = negation and j + 1 < len(syls) and j + 1 - b < limit and syls[j + 1].alpha and not syls[j + 1].namey and \
            tx.joined(j, j + 1) and tx.key(j, j + 2) in tx.res.common and syls[j + 1].key in _NEGATIONS and \
            prefixes.get(tx.key(j, j + 2)) is None
        j += 2 if pair else 1
    if j == b + 1 and syls[b].key == "và":
        return b  # "Sở GD&ĐT và Thành phố Hà Nội": two bodies, "và" is no function
    return j


def _prefix_in_word(tx: Text, j: int) -> bool:
    """The place word at ``syls[j]`` opens an ordinary word in lower case, no place's name:
    "nước mắm" in "Hội nước mắm Phú Quốc" (taken right after the head only)."""
    syls = tx.syls
    return j + 1 < len(syls) and syls[j + 1].alpha and not syls[j + 1].cap and tx.joined(j, j + 1) and \
        tx.key(j, j + 2) in tx.res.common and tx.res.prefixes.get(tx.key(j, j + 2)) is None


def _boundary_at(tx: Text, j: int, boundary: frozenset = NAME_BOUNDARY) -> bool:
    """A boundary word of one to three syllables starts at ``syls[j]`` ("của", "yêu cầu")."""
    return any(tx.key(j, j + n) in boundary for n in (1, 2, 3) if j + n <= len(tx.syls))


def _function_and_name(tx: Text, b: int, brand: bool) -> int:
    """End of "<head> <function in lower case> <capitalised words>" ("Viện khoa học Địa chất"),
    or, after a company's head (``brand``), "<function> <known company>" ("Công ty điện tử
    Samsung", "Công ty Bảo hiểm nhân thọ Samsung"); ``b`` when none."""
    syls, res = tx.syls, tx.res
    j = _function_words(tx, b, 4, _FUNCTION_WORDS_IN_ORG)
    if j == b or j >= len(syls) or not tx.joined(j - 1, j) or not syls[j].cap or syls[j].sent_start or \
            _longest(tx, j, len(syls), res.not_names) or \
            any(res.name_contexts.get(tx.key(x, j)) in _PRODUCT_KINDS for x in range(b + 1, j)):
        return b  # (nor "Bệnh viện dùng robot Modus V": a product after its classifier; but the
        # field right after the head is the body's: "Viện công nghệ Massachusetts")
    k = tx.match(j, res.known)
    if k:
        return j + k if brand and _closes_properly(tx, j + k) else b
    person = _person_len(tx, j, len(syls))
    if brand and person == 2 and not any(syls[x].key in _MANAGING for x in range(b, j)):
        person = 0  # "Công ty may Việt Tiến": a firm named as a person may be, not its managed star
    place = tx.match(j, res.places)
    title = tx.match(j, res.titles)
    if title and place and res.titles[tx.key(j, j + title)] == "honorific":
        title = 0  # "Trường quốc tế Anh Hà Nội": the country, not the honorific "anh"
    if place and j + place < _run_end(tx, j):
        place = 0  # "Công ty may Việt Tiến": "Việt" opens the firm's name, it is no country here
    if place or title or any(tx.match(j, t) for t in (res.laws, res.events)) or person \
            or tx.match(j, res.heads) and not _head_in_word(tx, j, tx.match(j, res.heads), len(syls)):
        return b  # (but "THPT chuyên Khoa học Tự nhiên": "Khoa học" is no head)
    end = _run_end(tx, j)
    if not _closes_properly(tx, end):
        end = _extend_name(tx, end)  # "Ban chỉ đạo Cải cách tư pháp Trung ương"
    return end if _closes_properly(tx, end) else b


def _ends_in_place(tx: Text, b: int) -> bool:
    """A gazetteer place ends the syllables before ``b``: "Đội tuyển Việt Nam"."""
    return any((tx.syls[x].cap or tx.syls[x].key in tx.res.lower_region_heads) and tx.key(x, b) in tx.res.places
               for x in range(max(0, b - 4), b))  # "châu Âu" too


def _function_and_place(tx: Text, b: int) -> int:
    """End of "<head> <function in lower case> [tỉnh] <place>" after a bare head ending at ``b``
    ("Sở giáo dục Palmira", "Trung tâm kiểm soát bệnh tật tỉnh Yên Bái"); ``b`` when none."""
    syls, res = tx.syls, tx.res
    if _ends_in_place(tx, b):
        return b  # "Đội tuyển Việt Nam cần đánh bại Indonesia"
    j = _function_words(tx, b, 8, negation=True)
    if j > b and _covid_len(tx, j) and tx.joined(j - 1, j):
        j += 3  # "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Hớn Quản": the disease it fights
    if j - 1 > b and syls[j - 1].key in res.lower_region_heads and tx.match(j - 1, res.places) >= 2:
        j -= 1  # "Cảng vụ hàng không miền Bắc": the region closes the name
    if j == b or j >= len(syls) or not tx.joined(j - 1, j):
        return b
    p = next((n for n in (2, 1) if j + n <= len(syls) and res.prefixes.get(tx.key(j, j + n)) == "prefix"), 0)
    if p and j + p < len(syls) and tx.joined(j + p - 1, j + p):
        j += p
    m = tx.match(j, res.places) if syls[j].cap or syls[j].key in res.lower_region_heads else 0
    if m and (tx.match(j, res.heads) > m or j + m < len(syls) and tx.key(j, j + m + 1) in res.common):
        m = 0  # "Sở Y tế nhắc nhở Trung tâm ...": the place opens a longer word
    if m and (p or _closes_properly(tx, j + m) or
              not syls[j + m].namey and j - b >= 2 and not any(
                  syls[k].key == "và" or tx.match(k, res.prefixes, j) for k in range(b, j))):  # "CLB thủ đô Italia"
        return j + m  # "... tỉnh Hà Nam lấy mẫu", "Trung tâm Kiểm soát bệnh tật Lào Cai nhận"
    return b


def _field_len(tx: Text, j: int) -> int:
    """Length of a field of work written with capitals at ``j`` ("Giáo dục", "Thanh Thiếu niên"):
    ordinary words, the first capitalised, no place, body, title or known name; 0 when none."""
    syls, res = tx.syls, tx.res
    k = j
    while k < len(syls) and syls[k].cap and not syls[k].acronym and tx.joined(k - 1, k) and \
            not any(tx.match(k, t) for t in (res.places, res.heads, res.known, res.titles, res.events)):
        w = next((n for n in (3, 2, 1) if k + n <= len(syls) and tx.key(k, k + n) in res.common and
                  all(tx.joined(x - 1, x) and syls[x].alpha for x in range(k + 1, k + n))), 0)
        if not w:
            break
        k += w
    return k - j


def _field_list_end(tx: Text, b: int) -> int:
    """End of a list of fields that goes on a body's name ending at ``b``: ", Giáo dục, Thanh niên
    và Nhi đồng", with the place after it ("Sở Văn hóa, Thể thao và Du lịch Hà Nội"). The list
    must close with "và" + a field; ``b`` when there is none."""
    syls = tx.syls
    k = b
    while k + 1 < len(syls) and syls[k].text == "," and tx.joined(k - 1, k) and (f := _field_len(tx, k + 1)):
        k += 1 + f
    if k == b or k + 1 >= len(syls) or syls[k].key != "và" or not tx.joined(k - 1, k):
        return b
    f = _field_len(tx, k + 1)
    if not f:
        return b
    k += 1 + f
    p = tx.match(k, tx.res.places) if k < len(syls) and syls[k].cap and tx.joined(k - 1, k) else 0
    return k + p if p and not (k + p < len(syls) and syls[k + p].namey and tx.joined(k + p - 1, k + p)) else k


def _landmark_at(tx: Text, i: int, b: int) -> int:
    """Length of a capitalised landmark word at ``i`` that a capitalised name follows in the run
    ("Cù Lao Chàm", "Hòn Khoai"), 0 when there is none, in text written in capitals ("DINH DƯỠNG")
    or where a gazetteer knows a longer name."""
    syls, res = tx.syls, tx.res
    w = next((n for n in (2, 1) if i + n < b and tx.key(i, i + n) in res.landmarks), 0)
    if not w or not syls[i].cap or not syls[i + w].cap or not syls[i + w].alpha or syls[i + w].acronym or \
            not tx.joined(i + w - 1, i + w) or _shouted(tx, i, i + w + 1) or \
            any(tx.match(i, t) > w for t in (res.places, res.known, res.heads, res.events)):
        return 0
    if i > 0 and syls[i - 1].namey and tx.joined(i - 1, i) or _title_at(tx, i + w, b):
        return 0  # inside a name ("Bệnh viện Tai Mũi Họng"); an office's seat ("Dinh Thống đốc")
    n = i + w + 1
    if n < len(syls) and syls[n].alpha and not syls[n].cap and tx.joined(n - 1, n) and tx.key(n - 1, n + 1) in res.common:
        return 0  # "Tháp Tài chính Bitexco", "Dinh Toàn quyền": an ordinary word, no place's name
    return w


def _title_before(tx: Text, a: int, k: int) -> int:
    """Where a title that ends at ``k`` starts, inside the run from ``a`` (``k`` when none does)."""
    return next((x for x in range(max(a + 1, k - 4), k) if _title_at(tx, x, k) == k - x), k)


def _trailing_person(tx: Text, a: int, b: int, roles: list[str]) -> int:
    """Where a personal name closing the run ``a..b`` starts, with any title before it ("Bộ Giáo dục
    và Đào tạo PGS.TS Nguyễn Thu Thủy"); ``b`` when there is none."""
    res, syls = tx.res, tx.syls
    company = any(tx.match(x, _COMPANY_HEADS, a) for x in range(max(0, a - 3), a))  # the head before ``a``
    for k in range(a, b - 1):
        if _person_len(tx, k, b) == b - k and tx.match(k, res.places, b) != b - k and \
                not any(tx.match(x, res.places, b) > k - x for x in range(max(a, k - 3), k)):
            if company and b - k == 2 and _title_before(tx, a, k) == k:
                continue  # a company's name ends in two syllables as a person's does: "Công ty TNHH
                # Dược phẩm Hoa Lâm" (a person after the company has a full name or a title)
            return _title_before(tx, a, k)  # never from inside a place: "Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký"
    if roles:  # "Người phát ngôn Bộ Ngoại giao Mỹ Ned Price": a foreign name after the body
        k = b
        particles = 0
        while k - 1 > a and b - k - particles < 3 and (syls[k - 1].cap and syls[k - 1].alpha and
                                                       not syls[k - 1].acronym and
                                                       (syls[k - 1].key not in res.common or
                                                        k < b and _particle(syls[k]))
                                                       and not _ends_entry(tx, a, k) and
                                                       syls[k - 1].key not in res.places or
                                                       _particle(syls[k - 1]) and k < b):
            particles += _particle(syls[k - 1])
            k -= 1
        while k < b and _particle(syls[k]):
            k += 1
        if (2 <= b - k - particles <= 3 or particles and b - k >= 3) and prefix_before(tx, k) != "prefix" and \
                not (company and b - k == 2 and all(vietnamese(tx, x) for x in range(k, b))):
            return _title_before(tx, a, k)  # but "Chủ tịch UBND xã Ia Kha": the name after a unit word is the unit's
    return b


