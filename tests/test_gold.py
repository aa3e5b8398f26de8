"""Mechanical checks of the hand-made gold (the annotation itself is made by reading)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.eval.loaders import load_gold_corpus
from tests.conftest import NEWS, RAW, ROOT

GOLD = ROOT / "corpus" / "gold"
SETS = [("seeds.jsonl", RAW), ("news_dev.jsonl", NEWS), ("news_dev2.jsonl", NEWS), ("news_dev3.jsonl", NEWS),
        ("news_dev4.jsonl", NEWS), ("news_test.jsonl", NEWS),
        ("news_test2.jsonl", NEWS), ("news_test3.jsonl", NEWS),
        ("news_test4.jsonl", NEWS), ("news_test5.jsonl", NEWS),
        ("news_test6.jsonl", NEWS), ("news_test7.jsonl", NEWS),
        ("news_test8.jsonl", NEWS), ("news_test9.jsonl", NEWS),
        ("news_test10.jsonl", NEWS), ("news_test11.jsonl", NEWS), ("news_test12.jsonl", NEWS),
        ("news_test13.jsonl", NEWS), ("news_test14.jsonl", NEWS),
        ("news_test15.jsonl", NEWS), ("news_test16.jsonl", NEWS), ("news_test17.jsonl", NEWS),
        ("news_test18.jsonl", NEWS), ("news_test19.jsonl", NEWS),
        ("news_test20.jsonl", NEWS),
        ("news_test21.jsonl", NEWS), ("news_test22.jsonl", NEWS),
        ("news_test23.jsonl", NEWS), ("news_test24.jsonl", NEWS), ("news_test25.jsonl", NEWS),
        ("news_test26.jsonl", NEWS), ("news_test27.jsonl", NEWS),
        ("news_test28.jsonl", NEWS), ("news_test29.jsonl", NEWS),
        ("news_test30.jsonl", NEWS), ("news_test31.jsonl", NEWS), ("news_test32.jsonl", NEWS),
        ("news_test33.jsonl", NEWS), ("news_test34.jsonl", NEWS), ("news_test35.jsonl", NEWS),
        ("news_test36.jsonl", NEWS), ("news_test37.jsonl", NEWS), ("news_test38.jsonl", NEWS),
        ("news_test39.jsonl", NEWS), ("news_test40.jsonl", NEWS), ("news_test41.jsonl", NEWS),
        ("news_test42.jsonl", NEWS), ("news_test43.jsonl", NEWS), ("news_test44.jsonl", NEWS),
        ("news_test45.jsonl", NEWS), ("news_test46.jsonl", NEWS),
        ("news_test47.jsonl", NEWS), ("news_test48.jsonl", NEWS),
        ("news_test49.jsonl", NEWS), ("news_test50.jsonl", NEWS),
        ("news_test51.jsonl", NEWS), ("news_test52.jsonl", NEWS),
        ("news_test53.jsonl", NEWS), ("news_test54.jsonl", NEWS),
        ("news_test55.jsonl", NEWS)]


def _load(name: str, raw: Path):
    if not raw.is_dir():
        pytest.skip(f"{raw} is not present")
    return load_gold_corpus(GOLD / name, [raw])


def _allowed() -> dict[tuple[str, str], str]:
    """Deliberate non-mentions: (doc_id, surface) -> the annotator's reason."""
    out = {}
    for line in (GOLD / "non_mentions.tsv").read_text(encoding="utf-8").splitlines()[2:]:
        doc_id, surface, reason = line.split("\t")
        out[(doc_id, surface)] = reason
    return out


def _excluded(text: str) -> list[tuple[int, int]]:
    """Header lines and page furniture, as the read stage marks them."""
    from pipeline.factories import build_nlp
    from pipeline.stages.read import read_article

    doc = build_nlp().make_doc(text)
    doc._.meta = {}
    return [(s, e) for s, e, *_ in read_article(doc)._.excluded]


def test_gold_sets_have_the_promised_size():
    assert len((GOLD / "seeds.jsonl").read_text().splitlines()) == 5
    assert len((GOLD / "news_dev.jsonl").read_text().splitlines()) >= 10
    seeds = [json.loads(x)["doc_id"] for x in (GOLD / "seeds.jsonl").read_text().splitlines()]
    assert sorted(seeds) == sorted(p.stem for p in RAW.glob("*.txt"))


@pytest.mark.parametrize("name, raw", SETS)
def test_gold_is_grounded_and_disjoint(name, raw):
    # load_gold_corpus checks sha256, span texts, labels, values and overlaps, naming the line
    items = _load(name, raw)
    assert items and all(item.doc.spans for item in items)


@pytest.mark.parametrize("name, raw", SETS)
def test_every_repeat_of_an_annotated_name_is_annotated(name, raw):
    allowed = _allowed()
    problems = []
    for item in _load(name, raw):
        text, spans = item.text, item.doc.spans
        covered = [(s.start, s.end) for s in spans]
        skip = _excluded(text)
        for surface in {s.text for s in spans if len(s.text) >= 2}:
            # whole words; a hyphen-joined compound ("HNX-Index") is another word
            for m in re.finditer(r"(?<![\w])(?<!\w-)" + re.escape(surface) + r"(?![\w])(?!-\w)", text):
                if any(a <= m.start() < b for a, b in skip):
                    continue
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    if (item.doc.doc_id, surface) not in allowed:
                        problems.append(f"{item.doc.doc_id} {m.start()}-{m.end()} {surface!r}")
    assert not problems, "unannotated repeats: " + "; ".join(problems)
