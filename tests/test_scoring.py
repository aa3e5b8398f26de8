"""Scoring and gold loading, on hand-made cases; expected figures are worked out in comments."""
from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from pipeline.eval import (
    GoldError,
    PartialMatch,
    Span,
    StrictMatch,
    check_gold,
    find_article,
    find_errors,
    format_errors,
    load_gold,
    load_gold_corpus,
    read_article,
    score,
    top_patterns,
    values_equal,
)
from schemas import GoldDoc, GoldSpan, Mention


def sp(start: int, end: int, label: str, text: str = "", value: dict | None = None) -> dict:
    span = {"start": start, "end": end, "label": label, "text": text or "x" * (end - start)}
    if value is not None:
        span["value"] = value
    return span


def prf(counts) -> tuple[float, float, float]:
    return (round(counts.precision, 4), round(counts.recall, 4), round(counts.f1, 4))


# --- matching and counts ----------------------------------------------------------------------


def test_perfect_match():
    gold = [sp(0, 15, "PERSON"), sp(20, 26, "LOC")]
    report = score([("d1", gold, list(gold))])
    # 2 gold, 2 pred, both exact: tp=2, fp=0, fn=0 in both modes; P=R=F1=1.
    for mode in ("strict", "partial"):
        c = report.micro.modes[mode]
        assert (c.tp, c.fp, c.fn) == (2, 0, 0)
        assert prf(c) == (1.0, 1.0, 1.0)
    assert report.labels["PERSON"].support == 1 and report.labels["PERSON"].predicted == 1
    assert report.labels["ORG"].support == 0
    assert find_errors([("d1", gold, gold)]) == []


def test_boundary_error_is_fp_and_fn_strict_but_tp_partial():
    text = "Ông Nam và Bộ Ngoại giao"
    gold = [sp(11, 24, "ORG", "Bộ Ngoại giao")]
    pred = [sp(8, 24, "ORG", "và Bộ Ngoại giao")]
    report = score([("d1", gold, pred)])
    # strict: offsets differ -> tp=0, fp=1, fn=1; P=R=F1=0.
    s = report.labels["ORG"].modes["strict"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1) and prf(s) == (0.0, 0.0, 0.0)
    # partial: same label, overlapping -> tp=1, fp=0, fn=0; P=R=F1=1.
    p = report.labels["ORG"].modes["partial"]
    assert (p.tp, p.fp, p.fn) == (1, 0, 0) and prf(p) == (1.0, 1.0, 1.0)
    [error] = find_errors([("d1", gold, pred)], {"d1": text})
    assert error.kind == "boundary"
    assert error.gold.text == "Bộ Ngoại giao" and error.pred.text == "và Bộ Ngoại giao"
    assert error.context == "Ông Nam ⟦và Bộ Ngoại giao⟧"


def test_label_confusion():
    gold = [sp(0, 6, "LOC", "Hoa Kỳ")]
    pred = [sp(0, 6, "ORG", "Hoa Kỳ")]
    report = score([("d1", gold, pred)])
    # LOC: fn=1; ORG: fp=1; micro tp=0 fp=1 fn=1 in both modes (partial needs the same label).
    assert report.labels["LOC"].modes["strict"] == report.labels["LOC"].modes["partial"]
    assert (report.labels["LOC"].modes["strict"].fn, report.labels["ORG"].modes["strict"].fp) == (1, 1)
    for mode in ("strict", "partial"):
        c = report.micro.modes[mode]
        assert (c.tp, c.fp, c.fn) == (0, 1, 1)
    [error] = find_errors([("d1", gold, pred)])
    assert (error.kind, error.gold.label, error.pred.label) == ("label", "LOC", "ORG")


def test_partial_is_one_to_one_when_two_preds_overlap_one_gold():
    gold = [sp(0, 20, "ORG")]
    pred = [sp(0, 5, "ORG"), sp(8, 20, "ORG")]
    report = score([("d1", gold, pred)])
    # partial: the gold span pairs once, with the larger overlap (8-20, 12 chars):
    # tp=1, fp=1, fn=0; P=1/2, R=1, F1=2*0.5*1/1.5=0.6667.
    p = report.micro.modes["partial"]
    assert (p.tp, p.fp, p.fn) == (1, 1, 0)
    assert prf(p) == (0.5, 1.0, 0.6667)
    # strict: no exact span: tp=0, fp=2, fn=1.
    s = report.micro.modes["strict"]
    assert (s.tp, s.fp, s.fn) == (0, 2, 1)
    result = PartialMatch().match([Span.of(g) for g in gold], [Span.of(x) for x in pred])
    assert [(g.start, p.start) for g, p in result.pairs] == [(0, 8)]
    assert [s.start for s in result.unmatched_pred] == [0]
    errors = find_errors([("d1", gold, pred)])
    assert [(e.kind, e.pred.start) for e in errors] == [("spurious", 0), ("boundary", 8)]


def test_partial_matching_count_is_maximal():
    # Gold A 0-10, B 10-12; pred X 2-11 overlaps A (8) and B (1), pred Y 0-1 overlaps A (1).
    # Greedy by overlap alone takes X-A and strands Y and B (1 pair); the maximum is 2:
    # Y-A and X-B, so partial tp=2, fp=0, fn=0.
    gold = [sp(0, 10, "ORG"), sp(10, 12, "ORG")]
    pred = [sp(2, 11, "ORG"), sp(0, 1, "ORG")]
    c = score([("d1", gold, pred)]).micro.modes["partial"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)


def test_strict_duplicate_prediction_counts_once():
    gold = [sp(0, 6, "LOC")]
    # Same span predicted twice: tp=1, fp=1 (each gold span matched at most once).
    c = score([("d1", gold, [sp(0, 6, "LOC"), sp(0, 6, "LOC")])]).micro.modes["strict"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)
    result = StrictMatch().match([Span.of(gold[0])], [Span.of(gold[0])] * 2)
    assert len(result.pairs) == 1 and len(result.unmatched_pred) == 1


def test_micro_averages_across_labels_with_different_counts():
    gold = ([sp(i * 10, i * 10 + 5, "PERSON") for i in range(4)]
            + [sp(100, 105, "LOC")]
            + [sp(200, 205, "ORG"), sp(210, 215, "ORG")])
    pred = ([sp(i * 10, i * 10 + 5, "PERSON") for i in range(4)]
            + [sp(100, 105, "LOC"), sp(150, 155, "LOC")])
    report = score([("d1", gold, pred)])
    # PERSON tp=4: P=R=F1=1.  LOC tp=1 fp=1: P=0.5, R=1, F1=0.6667.  ORG fn=2: all 0.
    assert prf(report.labels["PERSON"].modes["strict"]) == (1.0, 1.0, 1.0)
    assert prf(report.labels["LOC"].modes["strict"]) == (0.5, 1.0, 0.6667)
    assert prf(report.labels["ORG"].modes["strict"]) == (0.0, 0.0, 0.0)
    # micro sums counts, not ratios: tp=5 fp=1 fn=2 -> P=5/6=0.8333, R=5/7=0.7143,
    # F1=2*5/(2*5+1+2)=10/13=0.7692 (a macro mean of F1 would be 0.5556).
    micro = report.micro.modes["strict"]
    assert (micro.tp, micro.fp, micro.fn) == (5, 1, 2)
    assert prf(micro) == (0.8333, 0.7143, 0.7692)
    assert (report.micro.support, report.micro.predicted) == (7, 6)


def test_micro_sums_over_documents():
    # d1: PERSON tp=1; d2: PERSON fn=1, LOC fp=1 -> micro tp=1 fp=1 fn=1, P=R=F1=0.5.
    docs = [("d1", [sp(0, 3, "PERSON")], [sp(0, 3, "PERSON")]),
            ("d2", [sp(0, 3, "PERSON")], [sp(5, 8, "LOC")])]
    report = score(docs)
    assert report.documents == 2
    assert prf(report.micro.modes["strict"]) == (0.5, 0.5, 0.5)
    with pytest.raises(ValueError, match="given twice"):
        score(docs + [docs[0]])


# --- values -----------------------------------------------------------------------------------


@pytest.mark.parametrize("gold, pred, equal", [
    # "1,07 tỷ USD" written two ways: the same decimal.
    ({"amount": "1070000000", "currency": "USD"}, {"amount": "1070000000.0", "currency": "USD"}, True),
    ({"amount": "1070000000", "currency": "USD"}, {"amount": "1070000000", "currency": "VND"}, False),
    ({"amount": "1070000000", "currency": "USD"}, {"amount": "1,07", "currency": "USD"}, False),
    # Ranges compare min and max.
    ({"amount_min": "185300", "amount_max": "189300", "currency": "VND"},
     {"amount_min": "185300.00", "amount_max": "189300", "currency": "VND"}, True),
    ({"value_min": "4", "value_max": "5"}, {"value_min": "4", "value_max": "6"}, False),
    ({"value_min": "4", "value_max": "5"}, {"value": "4"}, False),
    # A vague amount (null) equals only null.
    ({"amount": None, "currency": "USD"}, {"amount": None, "currency": "USD"}, True),
    ({"amount": None, "currency": "USD"}, {"amount": "0", "currency": "USD"}, False),
    ({"value": "15.8"}, {"value": "15.80"}, True),
    ({"value": "2025-03-13"}, {"value": "2025-03-13"}, True),
    ({"value": "2025-03-13"}, {"value": "XXXX-03-13"}, False),
    ({"value": "44"}, None, False),
])
def test_values_equal(gold, pred, equal):
    assert values_equal(gold, pred) is equal


def test_value_accuracy_among_strict_matches():
    usd = "USD"
    gold = [
        sp(0, 11, "MONEY", "1,07 tỷ USD", {"amount": "1070000000", "currency": usd}),
        sp(20, 42, "MONEY", "185.300 - 189.300 đồng",
           {"amount_min": "185300", "amount_max": "189300", "currency": "VND"}),
        sp(50, 60, "MONEY", "hàng tỉ USD", {"amount": None, "currency": usd}),
        sp(70, 74, "PERCENT", "4-5%", {"value_min": "4", "value_max": "5"}),
        sp(80, 89, "DATE", "13/3/2025", {"value": "2025-03-13"}),
        sp(100, 107, "MONEY", "200 USD", {"amount": "200", "currency": usd}),
        sp(120, 130, "PERSON", "Lê Vân"),
    ]
    pred = [
        sp(0, 11, "MONEY", "1,07 tỷ USD", {"amount": "1070000000.0", "currency": usd}),   # right
        sp(20, 42, "MONEY", "185.300 - 189.300 đồng",
           {"amount_min": "185300.0", "amount_max": "189300", "currency": "VND"}),        # right
        sp(50, 60, "MONEY", "hàng tỉ USD", {"amount": "1000000000", "currency": usd}),  # wrong
        sp(70, 74, "PERCENT", "4-5%", {"value_min": "4", "value_max": "6"}),             # wrong
        sp(80, 89, "DATE", "13/3/2025", {"value": "2025-03-14"}),                        # wrong
        sp(99, 107, "MONEY", "$200 USD", {"amount": "1", "currency": usd}),  # boundary: not judged
        sp(120, 130, "PERSON", "Lê Vân"),
    ]
    report = score([("d1", gold, pred)])
    # MONEY: 3 strict matches, 2 right -> 2/3.  PERCENT 0/1.  DATE 0/1.  Overall 2/5 = 0.4.
    money = report.labels["MONEY"]
    assert (money.value_correct, money.value_total) == (2, 3)
    assert round(money.value_accuracy, 4) == 0.6667
    assert (report.labels["PERCENT"].value_correct, report.labels["PERCENT"].value_total) == (0, 1)
    assert (report.labels["DATE"].value_correct, report.labels["DATE"].value_total) == (0, 1)
    assert (report.micro.value_correct, report.micro.value_total) == (2, 5)
    assert report.micro.value_accuracy == 0.4
    assert report.labels["PERSON"].value_total is None
    kinds = [e.kind for e in find_errors([("d1", gold, pred)])]
    assert kinds == ["value", "value", "value", "boundary"]


def test_value_accuracy_accepts_schema_objects():
    gold = [GoldSpan(start=0, end=11, label="MONEY", text="1,07 tỷ USD",
                     value={"amount": "1070000000", "currency": "USD"})]
    pred = [Mention(start=0, end=11, label="MONEY", text="1,07 tỷ USD",
                    value={"amount": "1070000000.00", "currency": "USD"})]
    report = score([("d1", gold, pred)])
    assert report.labels["MONEY"].value_accuracy == 1.0


# --- unscored labels, filter, empty input -----------------------------------------------------


def test_unscored_labels_are_counted_not_false_positives():
    gold = [sp(0, 6, "LOC")]
    pred = [sp(0, 6, "LOC"), sp(10, 15, "MISC"), sp(20, 25, "MISC"), sp(30, 35, "TITLE")]
    report = score([("d1", gold, pred)])
    # Only the LOC prediction is scored: tp=1, fp=0.
    c = report.micro.modes["strict"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    assert report.unscored == {"MISC": 2, "TITLE": 1}
    assert "MISC" not in report.labels
    assert report.format_table("t").splitlines()[-1] == "unscored labels: MISC (2), TITLE (1)"
    assert find_errors([("d1", gold, pred)]) == []


def test_labels_filter_restricts_gold_and_predictions():
    gold = [sp(0, 5, "PERSON"), sp(10, 16, "LOC"), sp(20, 29, "DATE", value={"value": "2025"})]
    pred = [sp(0, 5, "PERSON"), sp(10, 16, "ORG")]
    report = score([("d1", gold, pred)], labels={"PERSON"})
    # Only PERSON remains: tp=1, fp=0, fn=0 (the LOC/ORG confusion and the missed DATE vanish).
    assert list(report.labels) == ["PERSON"]
    c = report.micro.modes["strict"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    assert report.micro.value_total is None  # no value label in scope
    assert find_errors([("d1", gold, pred)], labels={"PERSON"}) == []
    # LOC alone: gold LOC missed, pred ORG dropped -> fn=1, fp=0.
    loc = score([("d1", gold, pred)], labels={"LOC"}).micro.modes["strict"]
    assert (loc.tp, loc.fp, loc.fn) == (0, 0, 1)
    with pytest.raises(ValueError, match="unknown labels"):
        score([("d1", gold, pred)], labels={"PER"})


def test_empty_gold_and_empty_predictions_give_zero():
    for docs in ([], [("d1", [], [])]):
        report = score(docs)
        for mode in ("strict", "partial"):
            assert prf(report.micro.modes[mode]) == (0.0, 0.0, 0.0)
        assert report.micro.value_accuracy is None
        report.format_table("empty")
        json.dumps(report.to_dict())
    # Only predictions: fp=1, P=R=F1=0.  Only gold: fn=1, P=R=F1=0.
    only_pred = score([("d1", [], [sp(0, 3, "ORG")])]).micro.modes["strict"]
    assert (only_pred.fp, prf(only_pred)) == (1, (0.0, 0.0, 0.0))
    only_gold = score([("d1", [sp(0, 3, "ORG")], [])]).micro.modes["strict"]
    assert (only_gold.fn, prf(only_gold)) == (1, (0.0, 0.0, 0.0))
    assert [e.kind for e in find_errors([("d1", [], [sp(0, 3, "ORG")])])] == ["spurious"]
    assert [e.kind for e in find_errors([("d1", [sp(0, 3, "ORG")], [])])] == ["missed"]


# --- report output ----------------------------------------------------------------------------


def test_report_dict_and_table():
    gold = [sp(0, 5, "PERSON"), sp(10, 14, "PERCENT", value={"value": "44"})]
    pred = [sp(0, 5, "PERSON"), sp(10, 14, "PERCENT", value={"value": "44.0"})]
    report = score([("d1", gold, pred)])
    data = json.loads(json.dumps(report.to_dict()))
    assert list(data) == ["documents", "labels", "micro", "unscored"]
    assert list(data["labels"]) == ["PERSON", "ORG", "LOC", "EVENT", "LAW", "MONEY", "PERCENT", "DATE"]
    assert list(data["labels"]["PERCENT"]) == ["support", "predicted", "strict", "partial", "value"]
    assert "value" not in data["labels"]["PERSON"]
    assert data["micro"]["value"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    lines = report.format_table("seeds").splitlines()
    assert lines[0] == "seeds"
    person = next(line for line in lines if line.startswith("PERSON"))
    assert person.split() == ["PERSON"] + ["100.0"] * 6 + ["1", "1"]
    percent = next(line for line in lines if line.startswith("PERCENT"))
    assert percent.endswith("100.0 (1/1)")
    money = next(line for line in lines if line.startswith("MONEY"))
    assert money.endswith("-")  # a value label with no strict match
    assert lines[-1] == "unscored labels: none"


# --- error analysis ---------------------------------------------------------------------------


def test_error_kinds_add_up_to_strict_counts_and_carry_context():
    text = "Tin Hà Nội.\nThủ tướng Phạm Minh Chính gặp Bộ Ngoại giao Hoa Kỳ hôm 13/3/2025 tại Mỹ."
    def at(word: str, label: str, value: dict | None = None, extra: int = 0) -> dict:
        start = text.index(word)
        return sp(start - extra, start + len(word), label, text[start - extra:start + len(word)], value)
    gold = [at("Hà Nội", "LOC"), at("Phạm Minh Chính", "PERSON"), at("Bộ Ngoại giao Hoa Kỳ", "ORG"),
            at("13/3/2025", "DATE", {"value": "2025-03-13"}), at("Mỹ", "LOC")]
    pred = [at("Phạm Minh Chính", "PERSON", extra=len("Thủ tướng ")),   # boundary
            at("Bộ Ngoại giao Hoa Kỳ", "LOC"),                          # label
            at("13/3/2025", "DATE", {"value": "2025-03-31"}),           # value
            at("Tin", "ORG"),                                            # spurious
            at("Mỹ", "LOC")]                                             # right; Hà Nội missed
    docs = [("d1", gold, pred)]
    errors = find_errors(docs, {"d1": text})
    assert [e.kind for e in errors] == ["spurious", "missed", "boundary", "label", "value"]
    strict = score(docs).micro.modes["strict"]
    kinds = [e.kind for e in errors]
    # strict fn = missed + boundary + label; strict fp = spurious + boundary + label.
    assert strict.fn == kinds.count("missed") + kinds.count("boundary") + kinds.count("label") == 3
    assert strict.fp == kinds.count("spurious") + kinds.count("boundary") + kinds.count("label") == 3
    missed = errors[1]
    assert missed.context == "Tin ⟦Hà Nội⟧.⏎Thủ tướng Phạm Minh Chính gặp Bộ Ngoại…"
    assert all(e.doc_id == "d1" and "\n" not in e.context for e in errors)
    listing = format_errors(errors)
    assert listing.splitlines()[0] == "== missed (1) =="
    assert "== value (1) ==" in listing and "2025-03-31" in listing
    assert format_errors([]) == "no errors"


def test_top_patterns_and_limit():
    gold = [sp(i * 10, i * 10 + 2, "LOC", "Mỹ") for i in range(3)] + [sp(50, 56, "ORG", "NVIDIA")]
    pred = [sp(i * 10, i * 10 + 2, "ORG", "Mỹ") for i in range(3)]
    errors = find_errors([("d1", gold, pred)])
    # Three identical LOC->ORG confusions on "Mỹ", one missed ORG "NVIDIA".
    top = top_patterns(errors, n=10)
    assert [(tuple(p), n) for p, n in top] == [(("label", "LOC", "ORG", "Mỹ"), 3),
                                               (("missed", "ORG", None, "NVIDIA"), 1)]
    assert len(top_patterns(errors, n=1)) == 1
    listing = format_errors(errors, limit=1)
    assert "… and 2 more" in listing


# --- loaders ----------------------------------------------------------------------------------

ARTICLE = "Đoàn đến Hoa Kỳ.\nNgày 13/3/2025, 1,07 tỷ USD."


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gold_line(doc_id: str, spans: list[dict], text: str = ARTICLE, digest: str | None = None) -> str:
    return json.dumps({"doc_id": doc_id, "text_sha256": digest or sha(text), "spans": spans},
                      ensure_ascii=False)


GOOD_SPANS = [
    {"start": 9, "end": 15, "label": "LOC", "text": "Hoa Kỳ"},
    {"start": 17, "end": 31, "label": "DATE", "text": "Ngày 13/3/2025", "value": {"value": "2025-03-13"}},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    # One article NFD-encoded with a BOM, one plain: both read back as the same NFC text.
    (raw / "a.txt").write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", ARTICLE).encode("utf-8"))
    (raw / "b.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def write_gold(root: Path, *lines: str) -> Path:
    path = root / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_corpus_reads_grounded_articles(corpus: Path):
    path = write_gold(corpus, gold_line("a", GOOD_SPANS), "", gold_line("b", []))
    items = load_gold_corpus(path, [corpus / "empty", corpus / "raw"])
    assert [(i.doc.doc_id, i.where) for i in items] == [("a", f"{path}:1"), ("b", f"{path}:3")]
    assert items[0].text == ARTICLE == read_article(corpus / "raw" / "a.txt")
    assert [s.text for s in load_gold(path)[0].spans] == ["Hoa Kỳ", "Ngày 13/3/2025"]


def check_line(corpus: Path, line: str) -> str:
    """The GoldError message for a file whose second line is ``line`` (the first is good)."""
    path = write_gold(corpus, gold_line("b", []), line)
    with pytest.raises(GoldError) as info:
        load_gold_corpus(path, [corpus / "raw"])
    assert info.value.where == f"{path}:2"
    assert str(info.value).startswith(f"{path}:2: ")
    return info.value.message


def test_gold_error_sha256(corpus: Path):
    message = check_line(corpus, gold_line("a", GOOD_SPANS, digest="0" * 64))
    assert "text_sha256 000000000000… does not match the article text of a" in message


def test_gold_error_span_text(corpus: Path):
    bad = [{"start": 10, "end": 16, "label": "LOC", "text": "Hoa Kỳ"}]
    message = check_line(corpus, gold_line("a", bad))
    assert message == "span 10-16 'Hoa Kỳ' does not match the article text 'oa Kỳ.'"


def test_gold_error_span_beyond_text(corpus: Path):
    end = len(ARTICLE)
    bad = [{"start": end - 1, "end": end + 1, "label": "LOC", "text": "Mỹ"}]
    message = check_line(corpus, gold_line("a", bad))
    assert "lies beyond the end of the article text" in message


def test_gold_error_offsets_disagree_with_text_length(corpus: Path):
    bad = [{"start": 9, "end": 20, "label": "LOC", "text": "Hoa Kỳ"}]
    message = check_line(corpus, gold_line("a", bad))
    assert message.startswith("span 9-20 'Hoa Kỳ': ") and "length" in message


def test_gold_error_overlap(corpus: Path):
    bad = [{"start": 9, "end": 15, "label": "LOC", "text": "Hoa Kỳ"},
           {"start": 5, "end": 12, "label": "ORG", "text": "đến Hoa"}]
    message = check_line(corpus, gold_line("a", bad))
    assert message == "span 9-15 'Hoa Kỳ' overlaps span 5-12 'đến Hoa'"


def test_gold_error_unknown_label(corpus: Path):
    bad = [{"start": 9, "end": 15, "label": "COUNTRY", "text": "Hoa Kỳ"}]
    message = check_line(corpus, gold_line("a", bad))
    assert message.startswith("span 9-15 'Hoa Kỳ': unknown label 'COUNTRY'")


@pytest.mark.parametrize("label, value, expected", [
    ("MONEY", {"amount": "1,07", "currency": "USD"}, "malformed MONEY value"),
    ("MONEY", {"amount": "1070000000", "currency": "usd"}, "malformed MONEY value"),
    ("MONEY", {"amount_min": "5", "amount_max": "4", "currency": "USD"}, "amount_min is greater"),
    ("MONEY", None, "MONEY span has no value"),
    ("PERCENT", {"value": "44%"}, "malformed PERCENT value"),
    ("DATE", {"value": "13/3/2025"}, "malformed DATE value"),
    ("DATE", "2025-03-13", "malformed DATE value"),
    ("PERSON", {"value": "x"}, "PERSON spans carry no value"),
])
def test_gold_error_value(corpus: Path, label: str, value, expected: str):
    span = {"start": 9, "end": 15, "label": label, "text": "Hoa Kỳ"}
    if value is not None:
        span["value"] = value
    assert expected in check_line(corpus, gold_line("a", [span]))


def test_gold_error_bad_json_and_duplicate_doc(corpus: Path):
    assert check_line(corpus, '{"doc_id": "a",').startswith("not valid JSON")
    assert check_line(corpus, "[1, 2]") == "expected a JSON object, not list"
    assert check_line(corpus, gold_line("b", [])).startswith("doc_id b already given at ")
    assert "text_sha256" in check_line(corpus, json.dumps({"doc_id": "a", "spans": []}))


def test_gold_error_missing_article(corpus: Path):
    message = check_line(corpus, gold_line("zzz", []))
    assert message == f"no article zzz.txt in {corpus / 'raw'}"
    with pytest.raises(GoldError, match="not a plain file name"):
        find_article("../raw/a", [corpus / "raw"])
    assert find_article("a", [corpus, corpus / "raw"]) == corpus / "raw" / "a.txt"


def test_gold_error_article_not_utf8(corpus: Path):
    (corpus / "raw" / "c.txt").write_bytes(b"Ha\xf2 N\xf4i")  # Windows-1258 bytes
    message = check_line(corpus, gold_line("c", []))
    assert "c.txt: article is not valid UTF-8" in message


def test_check_gold_directly():
    doc = GoldDoc(doc_id="x", text_sha256=sha(ARTICLE), spans=[GoldSpan(**GOOD_SPANS[0])])
    check_gold(doc, ARTICLE, "here:1")
    with pytest.raises(GoldError, match="^here:1: text_sha256"):
        check_gold(doc, ARTICLE + " ", "here:1")
