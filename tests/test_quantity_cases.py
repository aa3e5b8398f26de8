"""Duckling-style example tables for the number grammar and ``find_quantities``.

Each row of ``tests/cases/*.tsv`` is one written example with its expected span and value; every
example is a regression test. See the comment lines at the top of each table for its columns.
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.vi.numbers import parse_number, parse_roman
from pipeline.vi.quantities import find_quantities

CASES = Path(__file__).parent / "cases"


def _rows(name: str) -> list[dict]:
    lines = [
        line for line in (CASES / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        row["_id"] = f"{name}:{n}:{cells[0][:40]}"
        rows.append(row)
    return rows


def _params(name: str):
    return [pytest.param(r, id=r["_id"]) for r in _rows(name)]


def _published(row: dict):
    value = row.get("published", "").strip()
    return dt.date.fromisoformat(value) if value else None


def _found(row: dict, label: str):
    text = row["text"]
    return [
        (text[q.start:q.end], q.value)
        for q in find_quantities(text, published=_published(row))
        if q.label == label
    ]


@pytest.mark.parametrize("row", _params("numbers.tsv"))
def test_number(row):
    parser = parse_roman if row.get("parser") == "roman" else parse_number
    got = parser(row["text"])
    if row["value"] == "None":
        assert got is None
    else:
        assert got is not None and Decimal(got) == Decimal(row["value"])


@pytest.mark.parametrize(
    "row,label",
    [
        pytest.param(r, label, id=r["_id"])
        for name, label in (("money.tsv", "MONEY"), ("percent.tsv", "PERCENT"),
                            ("dates.tsv", "DATE"))
        for r in _rows(name)
    ],
)
def test_quantity(row, label):
    expected = (row["span"], json.loads(row["value"]))
    assert expected in _found(row, label)


@pytest.mark.parametrize("row", _params("laws.tsv"))
def test_law(row):
    assert (row["span"], None) in _found(row, "LAW")


@pytest.mark.parametrize("row", _params("not_quantities.tsv"))
def test_not_quantity(row):
    found = [
        (row["text"][q.start:q.end], q.label)
        for q in find_quantities(row["text"])
        if row["label"] == "*" or q.label == row["label"]
    ]
    assert found == []
