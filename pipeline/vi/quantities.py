"""Money, percentages, dates and numbered legal instruments in Vietnamese news text.

Front door: :func:`find_quantities`. It reads a text (and optionally the article's publication
date and ranges to leave alone) and returns :class:`Quantity` spans, sorted and non-overlapping,
labelled MONEY, PERCENT, DATE or LAW, with values in the forms of the annotation guide
(``ANNOTATION.md``): ``{"amount": "1070000000", "currency": "USD"}``, ``{"value": "44"}``,
``{"value": "2025-03-13"}``; LAW spans carry no value.

Spans follow the guide: qualifiers (hơn, khoảng) and units after a price ("/cổ phiếu",
"/năm") stay outside; a compact range joined by a dash is one span (``1-2 tỷ USD``,
``0,2-0,4%``, ``ngày 5 – 14/6``); a range written out with từ … đến gives one span per end.
Where spans compete, a legal instrument number wins (``Nghị định 15/2020/NĐ-CP`` is no date),
then the longer span. A date whose year the text leaves out takes it from a linked date
(``ngày 27 và 28/4/2021``, ``quý I và quý II/2020``), from a relative year word after it
(``tháng 12 năm ngoái``), from the nearest explicit year earlier in the same paragraph, else
from ``published`` (shifted a year when that would put the date over nine months from the
article), else (no article date) from the latest explicit year earlier in the article, else
``XXXX``.

Numbers are read by :mod:`pipeline.vi.numbers`. Currency names come from CLDR through Babel
(``Locale("vi").currencies``, current ISO 4217 codes and their symbols) plus the few forms CLDR
lacks in ``pipeline/data/currency_aliases.tsv``; legal instrument type words are in
``pipeline/data/law_types.tsv``.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

from pipeline.vi.numbers import (
    CHAIN_PATTERN,
    Reading,
    decimal_str,
    nfc,
    parse_roman,
    read_chain,
    trie_pattern,
)

DATA = Path(__file__).resolve().parents[1] / "data"
LABEL_PRIORITY = {"LAW": 0, "MONEY": 1, "PERCENT": 1, "DATE": 2}


class Quantity(NamedTuple):
    start: int
    end: int
    label: str  # MONEY | PERCENT | DATE | LAW
    value: Optional[dict]


# --------------------------------------------------------------------------------------------
# Shared pieces

_S = r"[ \t\u00a0]"  # a space inside a line (never a newline: spans stay in one paragraph)
_DASH = r"[-–—]"
_WORD_NUM_CHAIN = f"(?:{CHAIN_PATTERN})"

# Words after a number that make it a count of something, not a date or an instrument number.
_COUNT_AFTER = nfc(
    r"(?:lần(?!" + _S + r"+lượt)|lượt|đợt|buổi|người|ca|trường hợp|triệu|tỷ|tỉ|nghìn|ngàn|trăm|chục|tuổi|%|"
    r"phần trăm|km|kg|tấn|m|ha|điểm|bàn|trận|hộ|cái|chiếc|căn|con|học sinh|sinh viên|xe|"
    r"đơn vị|tập|bài|câu|lớp|phòng|mã|USD|đồng)(?!\w)"
)
_MEASURE_AFTER = nfc(r"(?:giờ|phút|giây|ngày|tuần|tháng|năm|" + _COUNT_AFTER[3:])
_COUNT_AFTER_RE = re.compile(_S + r"*" + _COUNT_AFTER, re.I)
_MEASURE_AFTER_RE = re.compile(_S + r"*" + _MEASURE_AFTER, re.I)


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([nfc(c.strip()) for c in line.split("\t")])
    return rows[1:]  # the first row names the columns


# --------------------------------------------------------------------------------------------
# Currencies


class _Currency(NamedTuple):
    code: str
    needs_scale: bool
    no_cap_next: bool
    blockers: Optional[re.Pattern]  # following words that make it no currency
    blockers_unscaled: Optional[re.Pattern] = None  # the same, only after a bare number


def _followers(words: list[str]) -> Optional[re.Pattern]:
    if not words:
        return None
    return re.compile(_S + r"+(?:" + trie_pattern(words) + r")(?!\w)", re.I)


def _name_forms(name: str) -> list[str]:
    """A CLDR name and its spellings in news: "Đô la Singapore" is also "đôla Singapore"."""
    forms = [name]
    m = re.match(nfc(r"(?i:đô la)\s+(.+)"), nfc(name))
    if m:
        forms += [f"{head} {m.group(1)}" for head in (nfc("đôla"), nfc("đô-la"), nfc("đô"))]
    return forms


class _Currencies:
    """Every written form of a currency, keyed for lookup, and the regexes that find them."""

    def __init__(self) -> None:
        from babel import Locale
        from babel.core import get_global
        from babel.numbers import get_territory_currencies

        today = dt.date.today()
        current: set[str] = set()
        for territory in get_global("territory_currencies"):
            current.update(get_territory_currencies(territory, today, tender=True))
        vi = Locale("vi")
        self.folded: dict[str, _Currency] = {}  # matched case-insensitively
        self.exact: dict[str, _Currency] = {}  # matched as written
        prefix: set[str] = set()
        blocked: set[str] = set()
        for alias, code, flags, not_after, *_ in _read_tsv("currency_aliases.tsv"):
            flags_set = set(filter(None, flags.split(",")))
            if code == "-":
                blocked.add(alias)
                continue
            words = [w for w in not_after.split("|") if w]
            cur = _Currency(code, "needs_scale" in flags_set, "nocap" in flags_set,
                            _followers([w for w in words if not w.startswith("~")]),
                            _followers([w[1:] for w in words if w.startswith("~")]))
            (self.exact if "case" in flags_set else self.folded)[self._key(alias)] = cur
            if "prefix" in flags_set:
                prefix.add(alias)
        plain = _Currency("", False, False, None)
        for code in sorted(current - blocked):
            self.exact.setdefault(code, plain._replace(code=code))
            name = vi.currencies.get(code)
            if name and "(" not in name:
                for form in _name_forms(name):
                    self.folded.setdefault(self._key(form), plain._replace(code=code))
            symbol = vi.currency_symbols.get(code)
            if symbol and symbol != code and not symbol.isalpha() and " " not in symbol:
                self.exact.setdefault(symbol, plain._replace(code=code))
                prefix.add(symbol)
        folded_alt = trie_pattern(self.folded)
        exact_alt = trie_pattern(self.exact)
        self.pattern = f"(?:(?i:{folded_alt})|{exact_alt})"
        self.prefix_pattern = trie_pattern(prefix)

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(nfc(text).split())

    def lookup(self, text: str) -> Optional[_Currency]:
        key = self._key(text)
        return self.exact.get(key) or self.folded.get(key.lower()) or self.folded.get(key)


# --------------------------------------------------------------------------------------------
# Grammar: compiled once


class _Grammar:
    def __init__(self) -> None:
        cur = _Currencies()
        # Re-key folded names in lower case so that lookup of any casing works.
        cur.folded = {k.lower(): v for k, v in cur.folded.items()}
        self.currencies = cur
        chain = _WORD_NUM_CHAIN
        cur_end = r"(?!\w)"  # symbols ("$", "€") are not word characters: fine here too
        unit = rf"(?:{cur.pattern}{cur_end}|%|(?i:phần{_S}+trăm)(?!\w))"
        # An amount or a percentage: number [unit] [- number] unit. One scan for both.
        self.amount = re.compile(
            rf"(?P<a>{chain})(?:{_S}*(?P<ua>{unit}))?"
            rf"(?:{_S}*(?P<dash>{_DASH}){_S}*(?P<b>{chain}))?"
            rf"{_S}*(?P<u>{unit})"
        )
        self.money_prefix = re.compile(
            rf"(?<![\w$€£¥₫₩])(?P<pc>{cur.prefix_pattern})(?P<sp>{_S}?)(?=\d|[.,]\d)(?P<a>{chain})"
            rf"(?:{_S}*{_DASH}{_S}*(?:(?P<pc2>{cur.prefix_pattern}){_S}?)?(?=\d)(?P<b>{chain}))?"
        )
        # "từ 3 đến 5 tỷ đồng", "giữa 1000 và 2000 đồng": the first end is its own span. Looked
        # for just before an amount already found, never by scanning the whole text.
        self.open_range_before = re.compile(
            rf"(?:(?<!\w)(?P<from>(?i:từ|giữa)){_S}+)?(?P<a>{chain}){_S}+"
            rf"(?P<to>(?i:đến|tới|và|cho{_S}+đến)){_S}+$"
        )
        self.chain = re.compile(chain)
        self.cents = re.compile(
            rf"{_S}+(?:(?i:và){_S}+)?(?P<n>{chain}){_S}*(?i:xen|xu|cent|cents)(?!\w)"
        )
        law_types = _read_tsv("law_types.tsv")
        self.law_needs_code = {nfc(t.lower()) for t, flags, *_ in law_types if "needs_code" in flags}
        types_alt = trie_pattern(
            form for t, *_ in law_types for form in (t, t[:1].lower() + t[1:]))
        seg = r"[0-9A-Za-zÀ-ỹĐđ&]+"
        self.law = re.compile(
            rf"(?P<type>{types_alt})(?:{_S}+(?P<so>[Ss]ố))?{_S}*(?P<code>\d{{1,6}}[A-Za-z]?"
            rf"(?:[/\-–]{seg})*)(?![\w/])"
        )
        self.dates = _DatePatterns()


@functools.lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    return _Grammar()


# --------------------------------------------------------------------------------------------
# Candidates


class _Cand(NamedTuple):
    start: int
    end: int
    label: str
    value: object  # dict for MONEY/PERCENT, _DateSpec for DATE, None for LAW
    rank: int = 0  # lower wins among equals (suffix money beats prefix money)


def _amount_value(r: Reading, code: str) -> dict:
    return {"amount": None if r.value is None else decimal_str(r.value), "currency": code}


def _large(r: Reading) -> bool:
    """A scale word or at least a thousand: "4 tỷ bảng", "260.000 bảng", never "8 bảng"."""
    return r.scaled or (r.value is not None and r.value >= 1000)


def _is_percent(unit: Optional[str]) -> bool:
    return unit is not None and (unit == "%" or nfc(unit[:4]).lower() == nfc("phần"))


def _amounts(text: str, g: _Grammar) -> list[_Cand]:
    """MONEY and PERCENT: a number (or a compact range) followed by a currency or a percent
    sign; then MONEY with the currency before the number ("$10", "USD1,23")."""
    out: list[_Cand] = []
    cur = g.currencies
    for m in g.amount.finditer(text):
        if _is_percent(m.group("u")):
            out.extend(_percent(text, m))
            continue
        c = cur.lookup(m.group("u"))
        if c is None or not _currency_ok(text, m.start("u"), m.end("u"), c):
            continue
        b_text = m.group("b")
        a = read_chain(m.group("a"))
        last = read_chain(b_text) if b_text is not None else a
        if last is not None and not _currency_ok(text, m.start("u"), m.end("u"), c, last):
            continue
        if b_text is None:
            if m.group("ua") is not None:  # "5 tỷ đồng đồng": the first unit ends the amount
                c = cur.lookup(m.group("ua")) if not _is_percent(m.group("ua")) else None
                if c is None or not _currency_ok(text, m.start("ua"), m.end("ua"), c):
                    continue
            if a is None or (c.needs_scale and not _large(a)):
                continue
            start = m.start("a") + a.start
            end = m.end("ua") if m.group("ua") is not None else m.end("u")
            value = _amount_value(a, c.code)
            end, value = _add_cents(text, g, end, value)
            out.append(_Cand(start, end, "MONEY", value))
            continue
        b = read_chain(b_text)
        if b is None or (c.needs_scale and not _large(b)):
            continue
        b_start = m.start("b") + b.start
        ca = None
        if m.group("ua") is not None:
            ca = None if _is_percent(m.group("ua")) else cur.lookup(m.group("ua"))
        range_ok = a is not None and a.start + m.start("a") < m.start("dash") and (
            b.start == 0 and a.end == len(m.group("a"))) and (
            m.group("ua") is None or ca is not None)
        if range_ok and ca is not None and ca.code != c.code:
            range_ok = False
            if _currency_ok(text, m.start("ua"), m.end("ua"), ca) and a.value is not None:
                out.append(_Cand(m.start("a") + a.start, m.end("ua"), "MONEY",
                                 _amount_value(a, ca.code)))
        if range_ok and a.value is not None and b.value is not None:
            lo = a.value * (b.multiplier if a.bare and ca is None else 1)
            if lo < b.value:
                out.append(_Cand(m.start("a") + a.start, m.end("u"), "MONEY", {
                    "amount_min": decimal_str(lo), "amount_max": decimal_str(b.value),
                    "currency": c.code}))
                continue
        out.append(_Cand(b_start, m.end("u"), "MONEY", _amount_value(b, c.code)))
    for m in g.money_prefix.finditer(text):
        c = cur.lookup(m.group("pc"))
        a = read_chain(m.group("a"))
        if c is None or a is None or a.start != 0 or a.value is None:
            continue
        end = m.start("a") + a.end
        if m.group("sp") and _MEASURE_AFTER_RE.match(text, end):
            continue  # "USD 3 tháng": a count after a currency code, not an amount
        b = read_chain(m.group("b")) if m.group("b") else None
        if b is not None and b.start == 0 and b.value is not None and a.value < b.value and (
                m.group("pc2") is None or cur.lookup(m.group("pc2")) == c):
            out.append(_Cand(m.start(), m.start("b") + b.end, "MONEY", {
                "amount_min": decimal_str(a.value), "amount_max": decimal_str(b.value),
                "currency": c.code}, rank=1))
            continue
        out.append(_Cand(m.start(), end, "MONEY", _amount_value(a, c.code), rank=1))
    return out


def _open_range_starts(text: str, g: _Grammar, found: list[_Cand]) -> list[_Cand]:
    """The first end of ``từ 3 đến 5 tỷ đồng``: ``3``, read with the scale and unit of the
    second end (the guide gives a range written out with từ … đến two spans)."""
    out = []
    for c in found:
        if c.label not in ("MONEY", "PERCENT") or "value" not in c.value and "amount" not in c.value:
            continue
        m = g.open_range_before.search(text, max(0, c.start - 80), c.start)
        if m is None:
            continue
        if m.group("to").lower() == "và" and (m.group("from") or "").lower() != "giữa":
            continue  # "5 và 10 triệu đồng" is a list, not a range
        b_run = g.chain.match(text, c.start)
        a = read_chain(m.group("a"))
        b = read_chain(b_run.group(0)) if b_run else None
        if a is None or b is None or b.value is None or a.start != 0 or b.start != 0:
            continue
        start, end = m.start("a"), m.start("a") + a.end
        if a.value is None:  # "từ vài trăm đến một triệu đồng": a vague first end
            if c.label == "MONEY" and c.rank == 0:
                out.append(_Cand(start, end, "MONEY", {"amount": None,
                                                       "currency": c.value["currency"]}, rank=2))
            continue
        lo = a.value * (b.multiplier if a.bare else 1)
        if not lo < b.value:
            continue
        if c.label == "PERCENT":
            out.append(_Cand(start, end, "PERCENT", {"value": decimal_str(lo)}))
        elif c.rank == 0:  # an amount with its currency after it
            out.append(_Cand(start, end, "MONEY", {"amount": decimal_str(lo),
                                                   "currency": c.value["currency"]}, rank=2))
    return out


def _currency_ok(text: str, start: int, end: int, c: _Currency, reading: Optional[Reading] = None
                 ) -> bool:
    if c.blockers is not None and c.blockers.match(text, end):
        return False
    if reading is not None and c.blockers_unscaled is not None and not reading.scaled and (
            reading.value is None or reading.value < 100) and c.blockers_unscaled.match(text, end):
        return False  # "6 đồng tiền": six currencies; "5.000 đồng tiền lãi" is money
    if c.no_cap_next and text[start].isupper():
        nxt = re.match(_S + r"+(\w)", text[end:end + 4])
        if nxt and nxt.group(1).isupper():
            return False  # "Đồng Yên", "Yên Lãng": a place name, not a currency
    return True


def _add_cents(text: str, g: _Grammar, end: int, value: dict) -> tuple[int, dict]:
    """``2 đô la và 23 xen`` = 2.23 USD."""
    m = g.cents.match(text, end)
    if not m or value.get("amount") is None:
        return end, value
    r = read_chain(m.group("n"))
    if r is None or r.start != 0 or r.value is None or not 0 < r.value < 100:
        return end, value
    amount = Decimal(value["amount"]) + r.value / 100
    return m.end(), {"amount": decimal_str(amount), "currency": value["currency"]}


def _percent(text: str, m: re.Match) -> list[_Cand]:
    a = read_chain(m.group("a"))
    if m.group("b") is None:
        if a is None or a.value is None:
            return []
        if m.group("ua") is not None and not _is_percent(m.group("ua")):
            return []
        start = m.start("a") + a.start
        end = m.end("ua") if m.group("ua") is not None else m.end("u")  # "35,6%%"
        value = a.value
        # A minus sign that is no dash of a range: "-0,5%", "(-2%)".
        if a.start == 0 and text[start - 1:start] == "-" and not re.match(
                r"[\w.,)%-]", text[start - 2:start - 1]):
            start, value = start - 1, -value
        return [_Cand(start, end, "PERCENT", {"value": decimal_str(value)})]
    b = read_chain(m.group("b"))
    if b is None or b.value is None:
        return []
    if (a is not None and a.value is not None and b.start == 0 and a.end == len(m.group("a"))
            and a.value < b.value and (m.group("ua") is None or _is_percent(m.group("ua")))):
        return [_Cand(m.start("a") + a.start, m.end("u"), "PERCENT", {
            "value_min": decimal_str(a.value), "value_max": decimal_str(b.value)})]
    return [_Cand(m.start("b") + b.start, m.end("u"), "PERCENT", {"value": decimal_str(b.value)})]


def _laws(text: str, g: _Grammar) -> list[_Cand]:
    out = []
    for m in g.law.finditer(text):
        if text[m.start() - 1:m.start()].isalnum():
            continue  # inside a word
        type_word, code = m.group("type"), m.group("code")
        has_so = m.group("so") is not None
        lower = type_word[0].islower()
        needs_code = nfc(" ".join(type_word.split()).lower()) in g.law_needs_code
        if lower and needs_code:
            continue  # "kỷ luật số 25", "pháp lệnh": lower case is a common noun here
        if not has_so and (lower or needs_code) and not re.search(
                r"[/]" if needs_code else r"[/\-–]", code):
            continue
        if not has_so and not re.search(r"[/\-–]", code) and _MEASURE_AFTER_RE.match(text, m.end()):
            continue  # "Quyết định 2 lần": not an instrument number
        out.append(_Cand(m.start(), m.end(), "LAW", None))
    return out


# --------------------------------------------------------------------------------------------
# Dates


class _Point(NamedTuple):
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    quarter: Optional[int] = None


class _DateSpec(NamedTuple):
    points: tuple  # one _Point, or two for a range
    rel_year: Optional[int] = None  # "tháng 3 năm ngoái": year offset from the publication year
    needs_borrow: bool = False  # "ngày 27" in "ngày 27 và 28/4": month comes from the next date
    any_year: bool = False  # "tháng Tư hàng năm", "rằm tháng Giêng âm lịch": no one year meant


_MONTH_WORDS = {nfc(k): v for k, v in {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}.items()}
# Lower-case month words that are also ordinary words after "tháng" ("mỗi tháng một lần").
_MONTH_WORDS_CAPITAL_ONLY = {nfc("một"), nfc("năm")}
_QUARTER_WORDS = {nfc(k): v for k, v in {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4}.items()}
_REL_YEAR = {nfc(k): v for k, v in {
    "nay": 0, "ngoái": -1, "trước": -1, "qua": -1, "sau": 1, "tới": 1}.items()}

# Words before a bare d/m, m/yyyy or yyyy that make it a date. Strong ones alone suffice; weak
# ones ("từ", "đến") also precede fractions and counts, so what follows is checked too.
_STRONG_CTX = nfc(
    r"ngày|mồng|mùng|sáng|trưa|chiều|tối|đêm|khuya|hôm|lễ|dịp|hạn|tết|khánh|niên|đầu|cuối|giữa|"
    r"phiên|(?:hôm|sáng|trưa|chiều|tối|đêm|ngày)" + _S + r"+(?:nay|qua|mai)"
)
_WEAK_CTX = nfc(r"từ|đến|tới|trước|sau|vào|hết|trong|kể từ|cho đến|tính đến|khoảng từ|nghỉ")
_YEAR_CTX = nfc(
    r"tầm nhìn|đến|tới|từ|trong|cuối|đầu|giữa|hết|trước|sau|vào|kể từ|cho đến|tính đến|hồi|"
    r"mùa giải|giai đoạn|nhiệm kỳ|niên khóa|niên khoá|năm học|năm tài chính|tài khóa|tài khoá|"
    r"khóa|khoá|mùa|thời kỳ|kỳ|định hướng|thường niên|so với|(?-i:SN)"
)
_WEEKDAY = nfc(r"(?:thứ" + _S + r"+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ" + _S + r"+nhật|CN)")
_FUNCTION_WORDS = nfc(
    r"và|hoặc|đến|tới|vừa|này|năm|qua|sẽ|đã|thì|là|mới|nhưng|cũng|được|có|khi|sau|trước|tại|"
    r"ở|của|với|cho|lúc|vào|nay|rồi|trở đi|trở lại"
)
_UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
# What may follow a bare date: the end of a clause, a function word or a capitalised word,
# never a noun that a fraction or a count would take ("1/3 dân số", "đến 2000 người").
_AFTER_OK = (
    rf"{_S}*(?:$|[\n,.;:!?)\]\"”’…(–-])|{_S}+(?:(?i:{_FUNCTION_WORDS})(?!\w)|[{_UPPER}])"
)


class _DatePatterns:
    """Date regexes. Each begins with a digit or a keyword, never with a look-behind or an
    optional word, so that the regex engine can skip ahead fast; a leading "ngày"/"mồng" or
    "tháng" is found by a look back from the match (``pfx_before``)."""

    def __init__(self) -> None:
        s, s0 = _S + "+", _S + "*"
        ci = lambda w: f"(?i:{nfc(w)})"  # noqa: E731 - a tiny regex helper
        # A one- or two-digit number not preceded by a number or a code: the look-behind comes
        # after the first digit so that the pattern starts with a plain \d.
        num = lambda name: rf"(?P<{name}>\d(?<![\w.,/-]\d)\d?)"  # noqa: E731
        num_in = lambda name: rf"(?P<{name}>\d\d?)"  # noqa: E731 - inside a pattern
        year_re = r"(?:1\d{3}|20\d{2}|21\d{2})"
        year = lambda name="y": rf"(?P<{name}>{year_re})"  # noqa: E731
        day_pfx = ci(r"ngày(?:" + s + r"(?:mồng|mùng))?|mồng|mùng")
        month_words = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)).replace(" ", s)
        na = r"(?![\w]|[.,:]?\d|/\w|-\d)"  # nothing that continues a number or a code after
        tháng, năm, quý = ci("tháng"), ci("năm"), ci("quý")
        yr_suffix = (
            rf"(?:{s0}/{s0}{year()}|{s}(?:{ci('của')}{s})?{năm}{s}{year('y3')}"
            rf"|,{s}{year('y4')}(?=[ \t]*(?:[,.;:)]|$)))"
        )
        mword = rf"(?P<mw>(?i:{month_words}))(?!\w)"
        self.patterns: list[tuple[str, re.Pattern]] = [
            # 13/3/2025, ngày 10/12/2023, 3/3/17, 13.3.2025, 13-3-2025
            ("dmy", re.compile(
                rf"{num('d')}(?P<sep>[/.-]){num_in('m')}(?P=sep)"
                rf"(?P<y>{year_re}|\d{{2}}(?<=/\d\d))(?![\w]|[.,:]?\d|/\w|-\d)")),
            ("iso", re.compile(r"(?P<y>[12]\d{3})(?<![\w.,/-]\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
                               r"(?![\w]|[.,:]?\d)")),
            # ngày 5 – 14/6, 14-18/9, 5-14/6/2025
            ("dd-m", re.compile(
                rf"{num('d1')}{s0}{_DASH}{s0}{num_in('d')}/{num_in('m')}(?:/{year()})?{na}")),
            # 30/4 - 1/5, 7/4-21/4, 28/12/2020 - 3/1/2021
            ("dm-dm", re.compile(
                rf"{num('d1')}/{num_in('m1')}(?:/{year('y1')})?{s0}{_DASH}{s0}(?:{day_pfx}{s})?"
                rf"{num_in('d')}/{num_in('m')}(?:/{year()})?{na}")),
            # ngày 3 tháng 3 năm 2017, mồng 3 tháng ba, 12 tháng 10 năm 2017
            ("d-thang-m", re.compile(
                rf"{num('d')}{s}{tháng}{s}(?:{num_in('m')}(?!\w)|{mword})"
                rf"{yr_suffix}?(?![\w]|[.,]?\d|/\d)")),
            # ngày 13/3, 1/10
            ("dm", re.compile(rf"{num('d')}/{num_in('m')}{na}")),
            # ngày 30-4, sáng 1-5 (the hyphen style of some papers; a date word must precede)
            ("dm-hyphen", re.compile(rf"{num('d')}-{num_in('m')}(?![\w]|[.,]?\d|[/-]\w)")),
            # ngày 27 (và 28/4)
            ("d", re.compile(
                rf"(?P<pfx>{day_pfx}){s}{num_in('d')}(?={s0}(?:,|{ci('và|hoặc|đến|tới')}){s0}\d)")),
            # tháng 5-6/2020, tháng 5 - tháng 6/2020
            ("m-m", re.compile(
                rf"{tháng}{s}{num_in('m1')}{s0}{_DASH}{s0}(?:{tháng}{s})?{num_in('m')}"
                rf"(?:{yr_suffix})?(?![\w]|[.,]?\d|/\w)")),
            # 3/2020 - 6/2020 (tháng optional)
            ("my-my", re.compile(
                rf"{num('m1')}/{year('y1')}{s0}{_DASH}{s0}(?:{tháng}{s})?{num_in('m')}/{year()}"
                rf"(?![\w]|[.,]?\d|/\w)")),
            # Tháng 3/2025, tháng 10 năm 2017, tháng Sáu, tháng 9
            ("thang-m", re.compile(
                rf"{tháng}{s}(?:{num_in('m')}(?![\w]|[.,]\d)|{mword})"
                rf"(?:{yr_suffix}|{s0}-{s0}(?P<y2>(?:19|20)\d\d))?(?![\w]|[.,]?\d|/\w)")),
            # 12/2023 (bare month/year: context checked)
            ("my", re.compile(rf"{num('m')}/{year()}(?![\w]|[.,]?\d|/\w)")),
            # quý 1/2021, Quý II/2020, quý 3, quý 4 năm 2018, quý ba
            ("quy", re.compile(
                rf"{quý}{s}(?:(?P<q>0?[1-4])(?!\w)|(?P<qr>IV|I{{1,3}})(?![\w])|"
                rf"(?P<qw>(?i:một|hai|ba|bốn|tư))(?!\w))"
                rf"(?:{s0}[/-]{s0}{year()}|{s}(?:{ci('của')}{s})?{năm}{s}{year('y3')})?"
                rf"(?![\w]|[.,]?\d|/\w)")),
            # những năm 1980, thập niên 2000, những năm 1960-1970: a decade or a run of decades
            ("decade", re.compile(
                rf"(?:{ci('những|nhũng')}{s}{năm}|{ci('thập')}{s}{ci('niên|kỷ|kỉ')}){s}"
                rf"(?P<y>(?:1[5-9]|20)\d0)(?:{s0}{_DASH}{s0}(?P<y2>(?:1[5-9]|20)\d0))?(?![\w]|[.,:]?\d|/\w|-\d)")),
            # năm 2024, năm 2019-2020, năm 2019 - 2020, năm học 2021-2022
            ("nam-y", re.compile(
                rf"{năm}{s}(?:{ci('học')}{s})?{year()}(?:{s0}{_DASH}{s0}(?P<y2>{year_re}|\d\d))?"
                rf"(?![\w]|[.,:]?\d|/\w)")),
            # 2019-2020, 2021 - 2025 (bare range)
            ("y-y", re.compile(
                rf"(?P<y>[12]\d{{3}})(?<![\w.,/-]\d{{4}}){s0}(?:{_DASH}|/){s0}(?P<y2>{year_re}|\d\d)"
                rf"(?![\w]|[.,:]?\d|/\w|-\d)")),
            # 2050 in "tầm nhìn 2050" (bare year: context checked)
            ("y", re.compile(
                r"(?P<y>(?:19|20|21)\d\d)(?<![\w.,/-]\d{4})(?![\w]|[.,:]?\d|/\w|-\d)")),
        ]
        self.pfx_before = {
            kind: re.compile(rf"(?<!\w)(?P<pfx>{day_pfx}){s}$")
            for kind in ("dmy", "dd-m", "dm-dm", "d-thang-m", "dm", "dm-hyphen")
        }
        self.pfx_before["my-my"] = re.compile(rf"(?<!\w)(?P<pfx>{tháng}){s}$")
        self.strong_before = re.compile(
            rf"(?:(?<!\w)(?i:{_STRONG_CTX})|{_WEEKDAY}|\(){s0}[,(]?{s0}$", re.I)
        self.weak_before = re.compile(rf"(?<!\w)(?i:{_WEAK_CTX}){s0}$")
        # a day named by what happens on it: "ngày bầu cử 3/11", "ngày khai giảng 5/9"
        self.named_day_before = re.compile(rf"(?<!\w)(?i:ngày)(?:{s}[a-zà-ỹđ]+){{1,3}}{s}$")
        self.year_before = re.compile(rf"(?<!\w)(?i:{_YEAR_CTX}){s0}\(?{s0}$|\({s0}$")
        self.list_before = re.compile(
            rf"\d{s0}(?:,|(?i:và|hoặc|&|đến|tới)){s0}$")
        self.after_ok = re.compile(_AFTER_OK)
        self.past_after = re.compile(rf"{s}(?i:vừa{s}qua)(?!\w)")  # "2020 vừa qua"
        self.time_after = re.compile(rf"{s}(?i:vừa qua|tới|âm lịch|dương lịch)(?!\w)")  # "1/5 tới"
        self.rel_after = re.compile(
            rf"{s}(?:{ci('của')}{s})?{năm}{s}(?P<rel>(?i:nay|ngoái|trước|qua|sau|tới))(?!\w)")
        self.any_year_after = re.compile(
            rf"{s0}[,(]?{s0}(?:(?i:hàng|hằng|mỗi){s}{năm}|(?i:âm{s}lịch))(?!\w)")
        self.quantifier_before = re.compile(
            rf"(?:(?<!\w)(?i:mỗi|hằng|hàng|mọi|vài|mấy|một|các|những|\d+)){s0}$")
        self.decade_before = re.compile(rf"(?<!\w)(?i:những|thập niên|thập kỷ|thập kỉ){s0}$")
        self.quy_bad_before = re.compile(
            rf"(?<!\w)(?i:trân|cao|yêu|đáng|quyền|phú|bà|ông|anh|chị|em|cậu|quý|rất|thật){s0}$")
        self.number_before = re.compile(rf"(?:\d|{_WORD_NUM_CHAIN}){s0}$")


def _dates(text: str, g: _Grammar) -> list[_Cand]:
    dp = g.dates
    out: list[_Cand] = []
    for kind, rx in dp.patterns:
        pfx_rx = dp.pfx_before.get(kind)
        for m in rx.finditer(text):
            start = m.start()
            pfx = pfx_rx.search(text, max(0, start - 16), start) if pfx_rx else None
            if pfx is not None:
                start = pfx.start()
            spec = _date_spec(kind, m, text, dp, start, pfx is not None or "pfx" in m.re.groupindex)
            if spec is not None:
                out.append(_Cand(start, m.end(), "DATE", spec))
    return out


def _year(m: re.Match, name: str = "y") -> Optional[int]:
    v = m.groupdict().get(name)
    if not v and name == "y":
        v = m.groupdict().get("y3") or m.groupdict().get("y4")
    if not v:
        return None
    y = int(v)
    if len(v) == 2:  # 3/3/17 -> 2017, 3/9/91 -> 1991
        y += 2000 if y < 50 else 1900
    return y


def _date_spec(kind: str, m: re.Match, text: str, dp: _DatePatterns, start: int,
               has_pfx: bool) -> Optional[_DateSpec]:
    """What a date match means, or None when the context says it is no date."""
    before = text[max(0, start - 30):start]
    if m.group(0)[0].isdigit() and (re.search(r"(?<!\w)(?i:số)" + _S + r"*$", before)
                                    or re.search(r"[/\w]-$|/$", before)):
        return None  # "số 12/2020", codes
    if has_pfx and dp.quantifier_before.search(before) and _COUNT_AFTER_RE.match(text, m.end()):
        return None  # "Một ngày 3-4 lần": how often in a day
    rel = dp.rel_after.match(text, m.end())
    spec = _date_spec_of(kind, m, text, dp, start, has_pfx, before, rel)
    if spec is not None and spec.points[-1].year is None and dp.any_year_after.match(text, m.end()):
        spec = spec._replace(any_year=True)
    return spec


def _date_spec_of(kind: str, m: re.Match, text: str, dp: _DatePatterns, start: int,
                  has_pfx: bool, before: str, rel: Optional[re.Match]) -> Optional[_DateSpec]:
    rel_year = _REL_YEAR[nfc(rel.group("rel").lower())] if rel else None

    def checked_bare() -> bool:
        """A bare d/m or m/yyyy is a date only with a date word around it."""
        if has_pfx or dp.strong_before.search(before):
            return True
        if dp.list_before.search(before):  # "1/5 và 1/6.", but not "1/3 và 1/6 cổ phần"
            return bool(dp.after_ok.match(text, m.end()))
        if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            return True
        if rel is not None or dp.time_after.match(text, m.end()):
            return True
        return bool(dp.weak_before.search(before) or dp.named_day_before.search(before)) and \
            bool(dp.after_ok.match(text, m.end()))

    if kind in ("dmy", "iso"):
        y, mo, d = _year(m), int(m.group("m")), int(m.group("d"))
        if kind == "dmy" and m.group("sep") != "/" and len(m.group("y")) != 4:
            return None
        return _DateSpec((_Point(y, mo, d),)) if _valid_day(y, mo, d) else None
    if kind == "dd-m":
        d1, d, mo, y = int(m.group("d1")), int(m.group("d")), int(m.group("m")), _year(m)
        if not d1 < d or not _valid_day(y, mo, d):
            return None
        return _DateSpec((_Point(y, mo, d1), _Point(y, mo, d)), rel_year)
    if kind == "dm-dm":
        d1, m1, y1 = int(m.group("d1")), int(m.group("m1")), _year(m, "y1")
        d, mo, y = int(m.group("d")), int(m.group("m")), _year(m)
        if y1 is not None and y is None:
            return None
        if not (_valid_day(y1, m1, d1) and _valid_day(y, mo, d)):
            return None
        if y1 is None and y is not None:
            y1 = y - 1 if (m1, d1) > (mo, d) else y
        if (y1 or 0, m1, d1) >= (y or 0, mo, d) and not (y is None and (m1, d1) > (mo, d)):
            return None
        return _DateSpec((_Point(y1, m1, d1), _Point(y, mo, d)), rel_year)
    if kind == "d-thang-m":
        mo = _month(m, text, dp)
        d, y = int(m.group("d")), _year(m)
        if mo is None or not _valid_day(y, mo, d):
            return None
        if not has_pfx and y is None:
            return None  # "3 tháng 10" without "ngày" or a year: maybe a duration
        return _DateSpec((_Point(y, mo, d),), rel_year)
    if kind == "dm":
        d, mo = int(m.group("d")), int(m.group("m"))
        if not _valid_day(None, mo, d) or not checked_bare():
            return None
        return _DateSpec((_Point(None, mo, d),), rel_year)
    if kind == "dm-hyphen":
        d, mo = int(m.group("d")), int(m.group("m"))
        if not _valid_day(None, mo, d) or not (has_pfx or dp.strong_before.search(before)):
            return None
        return _DateSpec((_Point(None, mo, d),), rel_year)
    if kind == "d":
        return _DateSpec((_Point(None, None, int(m.group("d"))),), needs_borrow=True)
    if kind == "m-m":
        m1, mo, y = int(m.group("m1")), int(m.group("m")), _year(m)
        if not 1 <= m1 < mo <= 12:
            return None
        return _DateSpec((_Point(y, m1), _Point(y, mo)), rel_year)
    if kind == "my-my":
        y1, m1, y, mo = _year(m, "y1"), int(m.group("m1")), _year(m), int(m.group("m"))
        if (y1, m1) >= (y, mo) or not (1 <= m1 <= 12 and 1 <= mo <= 12):
            return None
        return _DateSpec((_Point(y1, m1), _Point(y, mo)))
    if kind == "thang-m":
        mo = _month(m, text, dp)
        if mo is None:
            return None
        y = _year(m)
        if m.group("mw") is None and y is None and not m.groupdict().get("y2"):
            if dp.quantifier_before.search(before) or _COUNT_AFTER_RE.match(text, m.end()):
                return None  # "mỗi tháng 2 lần", "tháng 5 triệu đồng" (but "tháng 8/2020 đơn vị ...")
        if m.groupdict().get("y2"):
            y = _year(m, "y2")  # "tháng 3-2021"
        return _DateSpec((_Point(y, mo),), rel_year)
    if kind == "my":
        if not 1 <= int(m.group("m")) <= 12 or not checked_bare():
            return None
        return _DateSpec((_Point(_year(m), int(m.group("m"))),))
    if kind == "quy":
        q = _quarter(m)
        if q is None:
            return None
        if dp.quy_bad_before.search(before):
            return None
        word = m.group(0).split()[0]
        if word[0].isupper() and re.search(rf"[{_UPPER}]\w*{_S}+$", before) and not re.search(
                rf"(?:^|[.!?:\n\"“]{_S}*)[{_UPPER}]\w*{_S}+$", before):
            return None  # "Phú Quý 2": a name
        if m.group("qw") and (m.group("y") is None) and not (
                dp.strong_before.search(before) or dp.weak_before.search(before)):
            return None  # "quý hai" alone: too easily something else
        return _DateSpec((_Point(_year(m), None, None, q),), rel_year)
    if kind == "decade":
        y1 = int(m.group("y"))
        y2 = int(m.group("y2") or y1)
        return _DateSpec((_Point(y1), _Point(y2 + 9))) if y2 >= y1 else None
    if kind == "nam-y":
        y1, y2 = _year(m), m.group("y2")
        if dp.decade_before.search(before) and y1 % 10 == 0 and (y2 is None or y2.endswith("0")):
            return None  # "những năm 1990": a decade
        if y2 is None:
            if _MEASURE_AFTER_RE.match(text, m.end()):
                return None
            return _DateSpec((_Point(y1),))
        y2i = _full_year(y1, y2)
        if y2i is None:
            return None
        return _DateSpec((_Point(y1), _Point(y2i)))
    if kind == "y-y":
        y1, y2 = _year(m), m.group("y2")
        y2i = _full_year(y1, y2)
        if y2i is None or y2i - y1 > 100 or not 1800 <= y1 <= 2100:
            return None
        sep = re.search(r"[/\-–—]", m.group(0)[4:]).group(0)
        in_ctx = bool(dp.year_before.search(before))
        if (len(y2) == 2 or sep == "/") and not in_ctx:
            return None  # "2020/21" only where a season or school year is meant
        if dp.decade_before.search(before):
            return None
        return _DateSpec((_Point(y1), _Point(y2i)))
    if kind == "y":
        y = int(m.group("y"))
        in_parens = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
        if not (in_parens or (dp.year_before.search(before)
                              and dp.after_ok.match(text, m.end()))
                or dp.past_after.match(text, m.end())):
            if not (dp.list_before.search(before) and re.search(
                    r"(?<!\d)(?:1\d{3}|20\d\d|21\d\d)" + _S + r"*(?:,|(?i:và|hoặc|đến|tới))"
                    + _S + r"*$", before) and not _MEASURE_AFTER_RE.match(text, m.end())):
                return None
        if dp.decade_before.search(before):
            return None
        return _DateSpec((_Point(y),))
    return None


def _full_year(y1: int, y2: str) -> Optional[int]:
    y2i = int(y2)
    if len(y2) == 2:
        y2i = y1 // 100 * 100 + y2i
    return y2i if y2i > y1 else None


def _month(m: re.Match, text: str, dp: _DatePatterns) -> Optional[int]:
    if m.groupdict().get("m"):
        month = int(m.group("m"))
        return month if 1 <= month <= 12 else None
    word = m.group("mw")
    key = nfc(" ".join(word.split()).lower())
    if key not in _MONTH_WORDS:
        return None
    if word[0].islower():
        if key in _MONTH_WORDS_CAPITAL_ONLY:
            return None
        before = text[max(0, m.start() - 20):m.start()]
        if dp.quantifier_before.search(before) or dp.number_before.search(before) or \
                _COUNT_AFTER_RE.match(text, m.end()):
            return None  # "mỗi tháng hai lần", "3 tháng ba ngày"
    return _MONTH_WORDS[key]


def _quarter(m: re.Match) -> Optional[int]:
    if m.group("q"):
        return int(m.group("q"))
    if m.group("qr"):
        return parse_roman(m.group("qr"))
    return _QUARTER_WORDS.get(nfc(m.group("qw").lower()))


def _valid_day(year: Optional[int], month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: a leap year
        return True
    except ValueError:
        return False


# --------------------------------------------------------------------------------------------
# Resolution: overlaps, borrowed months/years, then values


def _select(cands: list[_Cand], skip: Sequence[tuple[int, int]]) -> list[_Cand]:
    merged: list[list[int]] = []
    for s, e in sorted((s, e) for s, e in skip if e > s):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [s for s, _ in merged]

    def skipped(c: _Cand) -> bool:
        i = bisect.bisect_left(starts, c.end) - 1
        return i >= 0 and merged[i][1] > c.start

    order = sorted(
        (c for c in cands if c.end > c.start and not skipped(c)),
        key=lambda c: (LABEL_PRIORITY[c.label], -(c.end - c.start), c.rank, c.start),
    )
    taken: list[tuple[int, int]] = []
    chosen: list[_Cand] = []
    for c in order:
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _resolve_dates(text: str, chosen: list[_Cand], published: Optional[dt.date]) -> list[Quantity]:
    out: list[Quantity] = []
    newlines = [m.start() for m in re.finditer("\n", text)]
    para_year: dict[int, int] = {}
    doc_year: Optional[int] = None
    dates = [i for i, c in enumerate(chosen) if c.label == "DATE"]
    for pos, idx in enumerate(dates):
        c = chosen[idx]
        spec: _DateSpec = c.value
        points = list(spec.points)
        para = bisect.bisect_left(newlines, c.start)
        nxt = chosen[dates[pos + 1]] if pos + 1 < len(dates) else None
        linked = nxt is not None and re.fullmatch(
            _S + r"*(?:,|;|(?i:và|hoặc|&|đến|tới|sang|cho đến|-|–)|" + _S + r")" + _S + r"*"
            + r"(?:(?i:ngày|mồng|mùng|tháng|quý)" + _S + r"+)?",
            text[c.end:nxt.start],
        ) is not None and bisect.bisect_left(newlines, nxt.start) == para
        nxt_pt: Optional[_Point] = nxt.value.points[0] if linked else None
        if spec.needs_borrow:
            if nxt_pt is None or nxt_pt.month is None or nxt_pt.day is None:
                continue
            points = [_Point(nxt_pt.year, nxt_pt.month, points[0].day)]
            if not _valid_day(nxt_pt.year, nxt_pt.month, points[0].day) or \
                    points[0].day >= nxt_pt.day:
                continue
        last = points[-1]
        if last.year is None and not spec.any_year:
            year = None
            if nxt_pt is not None and nxt_pt.year is not None and _same_grain(last, nxt_pt):
                year = nxt_pt.year
                if (last.month or 0, last.day or 0) > (nxt_pt.month or 0, nxt_pt.day or 0) and \
                        last.month is not None:
                    year -= 1  # "28/12 và 3/1/2021"
            elif spec.rel_year is not None and published is not None:
                year = published.year + spec.rel_year
            elif para in para_year:
                year = para_year[para]
            elif published is not None:
                year = _year_near(last, published)
            elif doc_year is not None:
                year = doc_year  # no article date: the year the article last named

            points = [p if p.year is not None else p._replace(year=year) for p in points]
            if len(points) == 2 and points[0].year is not None and points[0].year == points[1].year \
                    and (points[0].month or 0, points[0].day or 0) > (points[1].month or 0,
                                                                   points[1].day or 0):
                points[0] = points[0]._replace(year=points[0].year - 1)
        elif not spec.needs_borrow:
            para_year[para] = last.year
            doc_year = last.year
        values = [_timex(p) for p in points]
        if any(v is None for v in values):
            continue
        out.append(Quantity(c.start, c.end, "DATE", {"value": "/".join(values)}))
    return out


def _same_grain(a: _Point, b: _Point) -> bool:
    return (a.quarter is None) == (b.quarter is None) and (a.day is None) == (b.day is None) \
        and (a.month is None) == (b.month is None)


def _year_near(p: _Point, published: dt.date) -> int:
    """The publication year, unless that puts the date over nine months away, as a reader sees:
    ``28/12`` in an article of 3 January is last December, ``5/1`` in late December next
    January."""
    y = published.year
    if p.quarter is not None:
        month, day = p.quarter * 3 - 1, 15
    elif p.month is not None:
        month, day = p.month, p.day or 15
    else:
        return y
    if month == 2 and day == 29:
        day = 28
    when = dt.date(y, month, day)
    if (when - published).days > 270:
        return y - 1
    if (published - when).days > 270:
        return y + 1
    return y


def _timex(p: _Point) -> Optional[str]:
    y = "XXXX" if p.year is None else f"{p.year:04d}"
    if p.quarter is not None:
        return f"{y}-Q{p.quarter}"
    if p.month is None:
        return y if p.year is not None else None
    if p.day is None:
        return f"{y}-{p.month:02d}"
    if not _valid_day(p.year, p.month, p.day):
        return None
    return f"{y}-{p.month:02d}-{p.day:02d}"


# --------------------------------------------------------------------------------------------
# Front door


def find_quantities(
    text: str,
    *,
    published: Optional[dt.date] = None,
    skip: Sequence[tuple[int, int]] = (),
) -> list[Quantity]:
    """MONEY, PERCENT, DATE and LAW spans of ``text``, sorted and non-overlapping.

    ``published`` resolves years the text leaves out when the paragraph names none; ``skip``
    lists ``(start, end)`` ranges (headers, page furniture) where nothing is reported; an empty
    range skips nothing.
    """
    if not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    g = _grammar()
    amounts = _amounts(text, g)
    cands = _laws(text, g) + amounts + _open_range_starts(text, g, amounts) + _dates(text, g)
    chosen = _select(cands, skip)
    out: list[Quantity] = []
    for c in chosen:
        if c.label != "DATE":
            out.append(Quantity(c.start, c.end, c.label, c.value))
    out.extend(_resolve_dates(text, chosen, published))
    return sorted(out, key=lambda q: (q.start, q.end))
