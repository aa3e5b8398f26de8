"""Duckling's Vietnamese corpus as a peer's test suite for numbers, money and dates.

Reads ``shared/reference/duckling_vi/{numeral_vi,amountofmoney_vi,time_vi}.tsv`` (skipped when
absent). Each example text must read as one quantity covering it, with Duckling's value; the
words the project keeps outside a span (qualifiers such as "khoảng", "dưới", "từ ... trở lên",
weekdays before a date) may stay uncovered, and a range written out with từ/giữa gives two
spans, one per end (ANNOTATION.md). Examples judged wrong for Vietnamese news text are listed
with a reason in ``tests/cases/duckling_exclusions.tsv``. Numerals and money must pass at least
95% of their examples; time_vi is run on its absolute dates only and its rate is reported.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.vi.numbers import parse_number
from pipeline.vi.quantities import find_quantities

REF = Path(__file__).parents[2] / "shared" / "reference" / "duckling_vi"
EXCLUSIONS = Path(__file__).parent / "cases" / "duckling_exclusions.tsv"
THRESHOLD = 0.95
REFERENCE_TIME = dt.date(2017, 2, 2)  # the corpus's reference time (README)

# Duckling currency names -> ISO 4217 ("Dollar" in Vietnamese text is the US dollar).
CURRENCY = {"Dollar": "USD", "Pound": "GBP"}
# Words the annotation guide keeps outside a MONEY span, and range words between two spans.
MONEY_OUTSIDE = re.compile(
    r"(?i)\b(?:khoảng chừng|khoảng|tầm|chừng|xấp xỉ|giữa|từ|đến|tới|và|dưới|trên|hơn|"
    r"ít hơn|kém hơn|không tới|không cao hơn|không hơn|không quá|không ít hơn|nhiều hơn|"
    r"cao hơn|ít nhất|trở xuống|trở lên)\b|[-.,\s]"
)
# Words kept outside a DATE span: weekdays and "của" in "quý 4 của năm 2018" is inside.
DATE_OUTSIDE = re.compile(r"(?i)\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|chúa nhật)\b|[,\s]")
# time_vi kinds out of scope: relative expressions and times of day.
RELATIVE = re.compile(
    r"(?i)\b(?:bây giờ|lúc|nay|hôm|mai|qua|kia|tới|sau|trước|ngoái|tiếp|kế|tuần|vừa|này|"
    r"hiện tại|giáng sinh|giờ|sáng|chiều|tối|trưa)\b"
)


def _tsv(name: str) -> list[tuple[str, dict]]:
    path = REF / name
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            text, expected = line.split("\t", 1)
            rows.append((text, json.loads(expected)))
    return rows


def _exclusions(name: str) -> dict[str, str]:
    out = {}
    for line in EXCLUSIONS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("file\t"):
            continue
        file, text, reason = line.split("\t")
        assert reason.strip(), f"exclusion without a reason: {line!r}"
        if file == name:
            out[text] = reason
    return out


def _uncovered(text: str, spans: list[tuple[int, int]]) -> str:
    keep = [True] * len(text)
    for s, e in spans:
        for i in range(s, e):
            keep[i] = False
    return "".join(ch if k else " " for ch, k in zip(text, keep))


def _report(name: str, results: dict[str, bool], excluded: int) -> float:
    passed = sum(results.values())
    rate = passed / len(results) if results else 1.0
    failures = [t for t, ok in results.items() if not ok]
    print(f"\n{name}: {passed}/{len(results)} passed ({rate:.1%}), {excluded} excluded")
    for t in failures:
        print(f"  FAIL {t!r}")
    return rate


def _money_ok(text: str, expected: dict) -> bool:
    found = [q for q in find_quantities(text) if q.label == "MONEY"]
    if not found or MONEY_OUTSIDE.sub("", _uncovered(text, [(q.start, q.end) for q in found])):
        return False
    currency = CURRENCY.get(expected["currency"], expected["currency"])
    if any(q.value["currency"] != currency for q in found):
        return False
    if expected["kind"] == "between":
        lo, hi = Decimal(str(expected["from"])), Decimal(str(expected["to"]))
        if len(found) == 1:
            v = found[0].value
            return "amount_min" in v and (Decimal(v["amount_min"]), Decimal(v["amount_max"])) == (lo, hi)
        return len(found) == 2 and all(q.value.get("amount") is not None for q in found) and [
            Decimal(q.value["amount"]) for q in found] == [lo, hi]
    return len(found) == 1 and found[0].value.get("amount") is not None and \
        Decimal(found[0].value["amount"]) == Decimal(str(expected["value"]))


def _timex(expected: dict) -> str:
    day = expected["value"][:10]
    grain = expected["grain"]
    if grain == "year":
        return day[:4]
    if grain == "quarter":
        return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"
    if grain == "month":
        return day[:7]
    return day


def _date_ok(text: str, expected: dict) -> bool:
    found = [q for q in find_quantities(text, published=REFERENCE_TIME) if q.label == "DATE"]
    if len(found) != 1 or DATE_OUTSIDE.sub("", _uncovered(text, [(found[0].start, found[0].end)])):
        return False
    return found[0].value == {"value": _timex(expected)}


def test_numeral_vi():
    excluded = _exclusions("numeral_vi.tsv")
    results = {}
    for text, expected in _tsv("numeral_vi.tsv"):
        if text in excluded:
            continue
        got = parse_number(text)
        results[text] = got is not None and got == Decimal(str(expected["value"]))
    assert _report("numeral_vi.tsv", results, len(excluded)) >= THRESHOLD


def test_amountofmoney_vi():
    excluded = _exclusions("amountofmoney_vi.tsv")
    results = {}
    for text, expected in _tsv("amountofmoney_vi.tsv"):
        if text in excluded:
            continue
        results[text] = _money_ok(text, expected)
    assert _report("amountofmoney_vi.tsv", results, len(excluded)) >= THRESHOLD


def test_time_vi_absolute_dates():
    """Absolute calendar dates only; the rate is reported, no threshold."""
    excluded = _exclusions("time_vi.tsv")
    results = {}
    for text, expected in _tsv("time_vi.tsv"):
        if text in excluded or expected.get("kind") != "value":
            continue
        if expected.get("grain") not in ("day", "month", "quarter", "year") or RELATIVE.search(text):
            continue
        if not DATE_OUTSIDE.sub("", text):
            continue  # a weekday alone ("thứ 2") is relative to the reference time
        results[text] = _date_ok(text, expected)
    rate = _report("time_vi.tsv (absolute dates)", results, len(excluded))
    assert results, "no absolute date left in time_vi.tsv"
    assert 0.0 <= rate <= 1.0
