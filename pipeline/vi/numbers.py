"""Vietnamese number grammar shared by money, percentages and dates.

Reads a number written in digits (Vietnamese grouping: ``42.002`` = 42002, ``6.360,1`` =
6360.1, ``1,07`` = 1.07), in words (``hai mươi mốt``, ``một trăm linh năm``, ``hai phẩy năm``)
or mixed (``1,07 tỷ``, ``2 triệu rưỡi``, ``12 ngàn tỉ``), with exact ``Decimal`` arithmetic.

Front doors:

* :func:`parse_number` reads a whole string (``None`` when it is not one number);
* :data:`CHAIN_PATTERN` is a regex fragment matching a run of number tokens in running text, and
  :func:`read_chain` turns such a run into a :class:`Reading` (longest well-formed suffix, since
  a run found in text may begin with an unrelated number: ``năm 2020 5 tỷ``);
* :func:`parse_roman`, :func:`decimal_str` are small helpers.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation, localcontext
from typing import NamedTuple, Optional, Sequence


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# Units as read in words. "mốt", "tư", "lăm", "nhăm" are the forms a unit takes after a ten
# ("hai mươi mốt", "ba mươi tư", "mười lăm").
UNIT_WORDS: dict[str, int] = {
    nfc(w): v
    for w, v in {
        "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
        "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
    }.items()
}
# Unit forms that only occur after a ten or a scale word, never at the head of a number.
TAIL_ONLY_UNITS = frozenset(nfc(w) for w in ("mốt", "tư", "lăm", "nhăm"))
SCALE_WORDS: dict[str, Decimal] = {
    nfc(w): Decimal(v)
    for w, v in {
        "chục": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "vạn": 10**4,
        "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
    }.items()
}
TENS_WORD = nfc("mươi")
ZERO_FILLERS = frozenset(nfc(w) for w in ("linh", "lẻ"))
HALF_WORD = nfc("rưỡi")
POINT_WORDS = frozenset(nfc(w) for w in ("phẩy", "chấm"))
# Quantifiers that make an amount vague: "hàng tỉ USD", "vài trăm triệu đồng".
VAGUE_WORDS = frozenset(nfc(w) for w in ("hàng", "vài", "mấy", "dăm"))
MINUS_WORDS = frozenset(nfc(w) for w in ("âm",))
# Suffixes on digits: 10k, 3M, ,0012G (Duckling numerals).
DIGIT_SUFFIXES = {"k": Decimal(1000), "K": Decimal(1000), "M": Decimal(10**6), "G": Decimal(10**9)}

_ALL_WORDS = sorted(
    set(UNIT_WORDS) | set(SCALE_WORDS) | {TENS_WORD, HALF_WORD} | ZERO_FILLERS | POINT_WORDS
    | VAGUE_WORDS,
    key=len,
    reverse=True,
)


def trie_pattern(phrases) -> str:
    """Regex alternation of phrases built as a trie, so that a position that cannot match fails
    on its first letter (a flat alternation of many words tries each in turn); the longest
    phrase wins; a space inside a phrase matches any run of spaces."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        head = r"\s+" if ch == " " else re.escape(ch)
        branches.append(head + _trie_regex(node[ch]))
    if not branches:
        return ""
    alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alt})?" if "" in node else alt


def _cased(words):
    """Words as written in running text: lower case, Capitalised, UPPER CASE (headlines)."""
    return [form for w in words for form in (w, w[:1].upper() + w[1:], w.upper())]


_WORDS_ALT = "|".join(map(re.escape, _ALL_WORDS))

#: Digits with Vietnamese or English grouping and decimal marks; validated by parse_digits.
DIGITS_PATTERN = r"\d+(?:[.,]\d+)*"
_BIG_SCALES = [nfc(w) for w in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")]
#: One token of a number run: digits (with an attached k/K multiplier) or a number word. Each
#: branch starts with a plain character (look-behinds come after it) so scanning is fast.
_SMALL_WORDS = [w for w in _ALL_WORDS if w not in _BIG_SCALES]
TOKEN_PATTERN = (
    # Digits not continuing a number ("Electronics,0,08%" starts at 0, "1.000" never at 000).
    r"(?:\d(?<!\d\d)(?<!\d[.,]\d)\d*(?:[.,]\d+)*(?:[kK](?!\w))?(?![.,]?\d)"
    rf"|(?<!\w)(?:{trie_pattern(_cased(_SMALL_WORDS))})(?!\w)"
    # Scale words may be run into the digits or the currency in careless text: "62triệu đồng",
    # "5.800tỷđồng", "10,8 triệuđồng", "3 triệuUSD".
    rf"|(?<![^\W\d])(?:{trie_pattern(_cased(_BIG_SCALES))})(?![^\WđĐA-Z]))"
)
#: A run of number tokens as found in running text ("5.800tỷ" has no space: allowed). Atomic:
#: the run is never given back token by token, which keeps scanning fast.
CHAIN_PATTERN = rf"(?>{TOKEN_PATTERN}(?:[ \t\u00a0]*{TOKEN_PATTERN})*)"

_TOKEN_RE = re.compile(
    rf"(?P<digits>{DIGITS_PATTERN})(?P<suffix>[kK](?!\w))?|(?P<word>(?i:{_WORDS_ALT}))(?!\w)"
)


def decimal_str(value: Decimal) -> str:
    """Plain decimal string: no exponent, no trailing zeros after the point (``"0.5"``)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def parse_digits(text: str) -> Optional[Decimal]:
    """Read a digit string with Vietnamese (or English) grouping and decimal mark.

    ``42.002`` -> 42002, ``6.360,1`` -> 6360.1, ``1,07`` -> 1.07, ``2.5`` -> 2.5 (a single dot
    not followed by exactly three digits is a decimal point), ``1,000,000`` -> 1000000.
    """
    if not text or not re.fullmatch(r"\d*(?:[.,]\d+)*", text) or not re.search(r"\d", text):
        return None
    dots, commas = text.count("."), text.count(",")
    try:
        if dots and commas:
            # The mark that comes last is the decimal mark; the other groups thousands.
            dec, grp = (",", ".") if text.rfind(",") > text.rfind(".") else (".", ",")
            if text.count(dec) > 1:
                return None
            whole, frac = text.split(dec)
            if not _well_grouped(whole, grp):
                return None
            return Decimal(whole.replace(grp, "") + "." + frac)
        if not dots and not commas:
            return Decimal(text)
        mark = "." if dots else ","
        parts = text.split(mark)
        if len(parts) > 2:
            return Decimal(text.replace(mark, "")) if _well_grouped(text, mark) else None
        whole, frac = parts
        if mark == "." and len(frac) == 3 and whole and whole != "0":
            return Decimal(whole + frac)  # 1.000 = one thousand
        return Decimal((whole or "0") + "." + frac)
    except InvalidOperation:
        return None


def _well_grouped(text: str, mark: str) -> bool:
    groups = text.split(mark)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


ROMAN_RE = re.compile(r"(?=[IVXLCDM])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def parse_roman(text: str) -> Optional[int]:
    """``II`` -> 2, ``IV`` -> 4, ``XV`` -> 15; ``None`` for anything not a canonical numeral."""
    if not text or not ROMAN_RE.fullmatch(text):
        return None
    total = 0
    for i, ch in enumerate(text):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(text) and _ROMAN[text[i + 1]] > v else v
    return total


# ---------------------------------------------------------------------------------------------
# Token-level grammar


class Token(NamedTuple):
    kind: str  # "num" | "scale" | "tens" | "zero" | "half" | "point" | "vague"
    value: Decimal
    text: str
    start: int
    end: int
    word: bool  # written as a word (not digits)


class Reading(NamedTuple):
    """A number read from a run of tokens; ``value`` is ``None`` for a vague amount."""

    start: int  # offsets relative to the run handed to read_chain
    end: int
    value: Optional[Decimal]
    scaled: bool  # a scale word (or k suffix) took part: "1,07 tỷ", "10k"
    multiplier: Decimal  # product of the trailing scale words ("nghìn tỷ" -> 10**12)
    bare: bool  # a lone number, no scale word and no word form: "10" in "10 - 20 USD"


def tokenize(text: str) -> Optional[list[Token]]:
    """Split a number run into tokens; ``None`` if anything else is in it."""
    tokens: list[Token] = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        if text[pos:m.start()].strip(" \t\u00a0"):
            return None
        pos = m.end()
        if m.group("digits") is not None:
            value = parse_digits(m.group("digits"))
            if value is None:
                return None
            tokens.append(Token("num", value, m.group("digits"), m.start(), m.end("digits"), False))
            if m.group("suffix"):
                tokens.append(Token("scale", Decimal(1000), m.group("suffix"), m.start("suffix"),
                                    m.end("suffix"), False))
            continue
        word = m.group("word")
        low = nfc(word.lower())
        if low in UNIT_WORDS:
            tok = Token("num", Decimal(UNIT_WORDS[low]), low, m.start(), m.end(), True)
        elif low in SCALE_WORDS:
            tok = Token("scale", SCALE_WORDS[low], low, m.start(), m.end(), True)
        elif low == TENS_WORD:
            tok = Token("tens", Decimal(10), low, m.start(), m.end(), True)
        elif low in ZERO_FILLERS:
            tok = Token("zero", Decimal(0), low, m.start(), m.end(), True)
        elif low == HALF_WORD:
            tok = Token("half", Decimal("0.5"), low, m.start(), m.end(), True)
        elif low in POINT_WORDS:
            tok = Token("point", Decimal(0), low, m.start(), m.end(), True)
        else:
            tok = Token("vague", Decimal(0), low, m.start(), m.end(), True)
        tokens.append(tok)
    if text[pos:].strip(" \t\u00a0"):
        return None
    return tokens


class _Vague(Exception):
    pass


# Enough digits that no number in text is ever rounded (the default context keeps 28).
_PRECISION = 100


def evaluate(tokens: Sequence[Token], *, allow_bare_scale: bool = True) -> Optional[Decimal]:
    """Value of a whole token list, or ``None`` if it is not one well-formed number."""
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        try:
            folded = _fold_points(list(tokens))
        except ValueError:
            return None
        if not folded:
            return None
        return _eval(folded, allow_bare_scale)


def _fold_points(tokens: list[Token]) -> Optional[list[Token]]:
    """Turn ``X phẩy Y`` into one decimal token: ``hai phẩy năm`` -> 2.5, ``2 chấm 23`` -> 2.23."""
    while True:
        idx = next((i for i, t in enumerate(tokens) if t.kind == "point"), None)
        if idx is None:
            return tokens
        k = idx + 1
        while k < len(tokens) and tokens[k].kind in ("num", "tens", "zero"):
            k += 1
        j = idx
        while j > 0 and tokens[j - 1].kind in ("num", "tens", "zero"):
            j -= 1
        # The whole part is the longest run before the mark that reads as one small number.
        while j < idx and _small(tokens[j:idx]) is None:
            j += 1
        left, right = tokens[j:idx], tokens[idx + 1:k]
        if not right:
            return None
        whole = _small(left) if left else Decimal(0)
        if whole is None or whole != whole.to_integral_value():
            return None
        if all(t.kind == "num" and t.word and t.value < 10 for t in right):
            digits = "".join(str(int(t.value)) for t in right)  # "không năm" -> "05"
        elif len(right) == 1 and not right[0].word and right[0].text.isdigit():
            digits = right[0].text  # "2 chấm 23"
        else:
            frac = _small(right)
            if frac is None:
                return None
            digits = decimal_str(frac)
        value = Decimal(f"{int(whole)}.{digits}")
        first = tokens[j] if left else tokens[idx]
        merged = Token("num", value, "", first.start, tokens[k - 1].end, True)
        tokens = tokens[:j] + [merged] + tokens[k:]


def _eval(tokens: Sequence[Token], allow_bare_scale: bool) -> Optional[Decimal]:
    if any(t.kind == "vague" for t in tokens):
        raise _Vague  # handled by read_chain; evaluate() callers never see vague runs
    scales = [i for i, t in enumerate(tokens) if t.kind == "scale"]
    if not scales:
        return _small(tokens)
    top = max(tokens[i].value for i in scales)
    i = max(i for i in scales if tokens[i].value == top)
    left, right = tokens[:i], tokens[i + 1:]
    if left:
        lval = _eval(left, allow_bare_scale=True)
        if lval is None:
            return None
    elif allow_bare_scale:
        lval = Decimal(1)
    else:
        return None
    if not right:
        rval = Decimal(0)
    elif len(right) == 1 and right[0].kind == "half":
        rval = top / 2  # "hai triệu rưỡi"
    elif (len(right) == 1 and right[0].kind == "num" and right[0].word and 1 <= right[0].value <= 9
          and top >= 100):
        rval = top / 10 * right[0].value  # colloquial "trăm hai" = 120, "triệu mốt" = 1.1 triệu
    else:
        if right[0].kind == "zero" and top == 100:
            right = right[1:]  # "một trăm linh năm"
            if len(right) != 1 or right[0].kind != "num" or right[0].value > 9:
                return None
        rval = _eval(right, allow_bare_scale=False)
        if rval is None or rval >= top:
            return None
    return lval * top + rval


def _small(tokens: Sequence[Token]) -> Optional[Decimal]:
    """A number below the first scale word: a unit, ``mười lăm``, ``hai mươi mốt``, digits."""
    kinds = [t.kind for t in tokens]
    vals = [t.value for t in tokens]
    if kinds == ["num"]:
        return vals[0]
    if not all(t.word for t in tokens):
        return None
    if kinds == ["num", "num"]:
        if vals[0] == 10 and 1 <= vals[1] <= 9:
            return 10 + vals[1]  # mười lăm
        if 2 <= vals[0] <= 9 and tokens[1].text in TAIL_ONLY_UNITS:
            return vals[0] * 10 + vals[1]  # colloquial "hai mốt" = 21
        return None
    if kinds == ["num", "tens"] and 2 <= vals[0] <= 9:
        return vals[0] * 10
    if kinds == ["num", "tens", "num"] and 2 <= vals[0] <= 9 and 1 <= vals[2] <= 9:
        return vals[0] * 10 + vals[2]
    if kinds == ["zero", "num"] and vals[1] <= 9:
        return vals[1]
    return None


def parse_number(text: str) -> Optional[Decimal]:
    """Read a whole string as one number; ``None`` if it is not exactly one number.

    Accepts digits (``42.002``, ``6.360,1``, ``,77``), a sign (``-``, ``âm``), digit suffixes
    (``10k``, ``1,2M``), words (``hai mươi mốt nghìn không trăm mười một``), decimals in words
    (``hai phẩy năm``) and mixed forms (``1,07 tỷ``, ``2 triệu rưỡi``).
    """
    s = nfc(text).strip()
    negative = False
    m = re.match(r"(?i:âm)\s+|-\s*", s)
    if m:
        negative, s = True, s[m.end():]
    if re.match(r"[.,]\d", s):
        s = "0" + s  # ",77" = 0,77
    m = re.fullmatch(r"(\d*(?:[.,]\d+)*)([kKMG])", s)
    if m and m.group(1):
        base = parse_digits(m.group(1))
        value = None if base is None else base * DIGIT_SUFFIXES[m.group(2)]
    else:
        tokens = tokenize(s)
        if not tokens or any(t.kind == "vague" for t in tokens):
            return None
        value = evaluate(tokens)
    if value is None:
        return None
    return -value if negative else value


def read_chain(text: str) -> Optional[Reading]:
    """Read the longest well-formed number at the end of a run of number tokens.

    A run found in running text may start with an unrelated number (``năm 2020 5 tỷ``), so
    leading tokens are dropped until the rest is one number. A run made only of a vague
    quantifier and scale words (``hàng tỉ``, ``vài trăm triệu``, ``chục tỷ``) reads as a vague
    amount (value ``None``); a lone scale word (``tỷ``) is no number.
    """
    tokens = tokenize(text)
    if not tokens:
        return None
    for j in range(len(tokens)):
        rest = tokens[j:]
        head = rest[0]
        if head.kind in ("tens", "zero", "half", "point", "scale") and not _vague_scales(rest):
            continue
        if head.kind == "num" and head.word and (
            head.text in TAIL_ONLY_UNITS
            or (head.value == 0 and (len(rest) == 1 or rest[1].kind not in ("scale", "point")))
        ):
            continue
        if j > 0 and head.kind == "num" and not head.word and tokens[j - 1].kind == "num" \
                and not tokens[j - 1].word and head.text[:1] == "0":
            continue  # "20 000": "000" is the tail of a number written with spaces
        if _vague_scales(rest):
            return Reading(head.start, rest[-1].end, None, True, _trailing_scale(rest), False)
        try:
            value = evaluate(rest, allow_bare_scale=False)
        except _Vague:
            continue
        if value is None:
            continue
        scaled = any(t.kind == "scale" for t in rest)
        bare = len(rest) == 1 and not head.word
        return Reading(head.start, rest[-1].end, value, scaled, _trailing_scale(rest), bare)
    return None


def _vague_scales(tokens: Sequence[Token]) -> bool:
    body = tokens[1:] if tokens[0].kind == "vague" else tokens
    if not body or not all(t.kind == "scale" and t.word for t in body):
        return False
    if tokens[0].kind == "vague":
        return True
    # Scale words alone: "trăm triệu", "chục tỷ", "nghìn tỷ" are vague; a lone "tỷ" is nothing.
    return len(body) >= 2 or body[0].value < 1000


def _trailing_scale(tokens: Sequence[Token]) -> Decimal:
    mult = Decimal(1)
    for t in reversed(tokens):
        if t.kind != "scale":
            break
        mult *= t.value
    return mult
