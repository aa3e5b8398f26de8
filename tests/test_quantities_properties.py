"""Properties of ``find_quantities`` that hold for any text.

It never raises; every span is a nonempty slice of the text; spans are sorted and do not overlap;
nothing is reported inside a skipped range; values validate against the schema of the annotation
guide (``schemas.models.parse_value``), and LAW spans carry no value.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.vi.quantities import find_quantities
from schemas.models import parse_value

# Pieces of Vietnamese news text that exercise the grammar, mixed with arbitrary characters.
PIECES = [
    "0", "1", "2", "5", "9", "12", "31", "2020", "2024", "1.000", "42.002", "1,07", "6.360,1",
    ".", ",", "/", "-", "–", "%", ":", "(", ")", " ", " ", " ", "\n", "k", "$", "€",
    "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "chục", "mươi", "mười", "lăm", "mốt", "rưỡi",
    "phẩy", "hai", "ba", "năm", "không", "hàng", "vài", "đồng", "VNĐ", "USD", "đô la", "bảng",
    "euro", "yên", "phần trăm", "ngày", "mồng", "tháng", "quý", "năm", "II", "IV", "Sáu",
    "từ", "đến", "và", "giữa", "tầm nhìn", "sáng", "hôm", "Nghị định", "số", "NĐ-CP",
    "Quyết định", "Luật", "xu", "nay", "ngoái", "hơn", "khoảng",
]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join),
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))


def _check(text, found, skip=()):
    prev_end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end]
        assert q.start >= prev_end, "spans overlap or are not sorted"
        prev_end = q.end
        assert q.label in ("MONEY", "PERCENT", "DATE", "LAW")
        if q.label == "LAW":
            assert q.value is None
        else:
            parse_value(q.label, q.value)
        for s, e in skip:  # an empty range skips nothing
            assert not (s < e and s < q.end and q.start < e), "a span inside a skipped range"


@settings(max_examples=400, deadline=None)
@given(texts, dates)
@example("1 tỷ tỷ tỷ tỷ đồng", None)  # beyond the default 28-digit Decimal precision
@example("123456789012345678901234567890123 tỷ USD", None)
@example("ngày 29/2", dt.date(2021, 3, 1))  # no 29 February in 2021
@example("quý 4, 28/12 và 3/1/2021", dt.date(2021, 1, 5))
def test_any_text(text, published):
    _check(text, find_quantities(text, published=published))


@settings(max_examples=200, deadline=None)
@given(texts, dates, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=4))
@example("0ĐỒNG", None, [(1, 0)])  # an empty range inside an amount
def test_skip_ranges(text, published, raw_skip):
    skip = [(s, s + n) for s, n in raw_skip]
    _check(text, find_quantities(text, published=published, skip=skip), skip)


def test_an_empty_skip_range_skips_nothing():
    assert [(q.start, q.end) for q in find_quantities("0 đồng", skip=[(1, 1)])] == [(0, 6)]
    assert find_quantities("0 đồng", skip=[(1, 2)]) == []
