"""Bad and odd inputs: every valid input gives one record, every invalid one an error record."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from pipeline.textio import InputError, decode, iter_articles
from tests.conftest import NEWS, ROOT

SAMPLE = "Thủ tướng Phạm Minh Chính thăm Hà Nội ngày 5/6/2025. Hoà bình, ổn định cho Việt Nam."


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: base letters, tone marks as combining."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        tones = "\u0300\u0301\u0303\u0309\u0323"
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in d if c in tones).encode("cp1258")
    return out


def _run(args, cwd):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=cwd, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=900)


# ---- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("data, encoding", [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (SAMPLE.encode("utf-16"), "utf-16"),
    (cp1258_bytes(SAMPLE), "cp1258"),
])
def test_decodable_encodings_give_the_same_nfc_text(data, encoding):
    text, enc = decode(data)
    assert enc == encoding
    assert text == unicodedata.normalize("NFC", SAMPLE)


@pytest.mark.parametrize("data, reason", [
    ("Thuû töôùng Phaïm Minh Chính thaêm Vieät Nam, Haø Noäi".encode("latin-1"), "VNI"),
    (bytes([0x54, 0x68, 0xF7, 0x20, 0x74, 0xAD, 0xED, 0x6E, 0x67, 0x20, 0x56, 0x69, 0xD6, 0x74, 0x20,
            0x4E, 0x61, 0x6D, 0x20, 0xAE, 0xB9, 0x74, 0x20, 0x6E, 0xAB, 0xEE, 0x63]), "TCVN3"),
    (b"\x00\x01\x02\x03binary\x00", "binary"),
    (bytes(range(1, 9)) * 50, "binary"),
    (b"\xff\xfe\x00\xd8", "UTF-16"),
    (b"\xef\xbb\xbf\xc3\x28", "UTF-8"),
])
def test_undecodable_inputs_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputError) as exc:
        decode(data)
    assert reason in exc.value.reason


def test_record_says_which_encoding_was_used(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(cp1258_bytes(SAMPLE))
    from pipeline.runner import Extractor

    rec = Extractor().process(next(iter_articles([str(p)])))
    assert rec.metadata.encoding == "cp1258"
    assert rec.text == unicodedata.normalize("NFC", SAMPLE)


# ---- Unicode ---------------------------------------------------------------------------------

def test_nfd_input_and_old_tone_placement_keep_exact_offsets(extractor):
    from pipeline.textio import Article

    raw = unicodedata.normalize("NFD", "Ông Nguyễn Văn An đến Khánh Hoà và Ðà Nẵng ngày 10/12/2023.")
    text = unicodedata.normalize("NFC", raw)
    rec = extractor.process(Article("nfd", text, "nfd"))
    assert rec.text == text
    assert all(text[m.start:m.end] == m.text for m in rec.mentions)
    labels = {(m.label, m.text) for m in rec.mentions}
    assert ("LOC", "Khánh Hoà") in labels and ("LOC", "Ðà Nẵng") in labels
    assert ("PERSON", "Nguyễn Văn An") in labels


# ---- shapes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    "", "   \n\t\n  ", "Một dòng không có dấu chấm câu", "Dòng một\r\nDòng hai ngày 5/6/2025\r\n",
    "x" * 200_000, ("Việt Nam " * 30_000).strip(),
])
def test_odd_shapes_give_one_grounded_record(extractor, content):
    from pipeline.textio import Article

    rec = extractor.process(Article("shape", content, "shape"))
    assert rec.text == content
    assert all(content[m.start:m.end] == m.text for m in rec.mentions)


def test_html_pasted_as_text_is_stripped_and_flagged(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("<html><body><p>Thủ tướng Phạm Minh Chính thăm <b>Pháp</b>.</p>"
                 "<script>var x = 1;</script><p>Hợp tác &amp; đầu tư</p></body></html>", encoding="utf-8")
    from pipeline.runner import Extractor

    rec = Extractor().process(next(iter_articles([str(p)])))
    assert rec.metadata.html_stripped is True
    assert "<" not in rec.text and "var x" not in rec.text
    assert "Hợp tác & đầu tư" in rec.text


def test_a_five_megabyte_article(extractor):
    from pipeline.textio import Article

    if not NEWS.is_dir():
        pytest.skip("../shared/news is not present")
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(NEWS.glob("news_world_00*.txt")))
    text = base * (5_000_000 // len(base.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= 5_000_000
    rec = extractor.process(Article("big", text, "big"))
    assert len(rec.text) == len(text) and rec.mentions


def test_jsonl_lines_with_missing_or_wrong_fields(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a", "text": "Hà Nội"}, ensure_ascii=False),
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 5}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "d", "text": "Huế", "date": 20201001}),
    ]) + "\n", encoding="utf-8")
    items = list(iter_articles([str(p)]))
    ok = [x for x in items if not isinstance(x, InputError)]
    bad = [x for x in items if isinstance(x, InputError)]
    assert [x.doc_id for x in ok] == ["a"]
    assert [x.line for x in bad] == [2, 3, 4, 5, 6]
    assert "missing field 'text'" in bad[0].reason and "field 'text' must be a str" in bad[1].reason
    assert "field 'date'" in bad[4].reason


def test_directory_with_thousands_of_files_and_a_symlink_loop(tmp_path):
    d = tmp_path / "many"
    d.mkdir()
    for i in range(2000):
        (d / f"a{i:04d}.txt").write_text(f"Bài {i}: Hà Nội, ngày {i % 28 + 1}/5/2021.", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x00\x00")
    (d / "loop").symlink_to(d, target_is_directory=True)
    out = tmp_path / "out.jsonl"
    proc = _run(["extract", str(d), "-o", str(out), "--workers", "2"], tmp_path)
    assert proc.returncode == 1
    records = out.read_text(encoding="utf-8").splitlines()
    errors = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2000
    assert sorted(e["reason"].split(" (")[0] for e in errors) == sorted(
        ["binary data", "directory already visited"])
    assert f"{len(records) + len(errors)} inputs = 2000 records + 2 errors" in proc.stderr
    # input order is kept with several workers
    assert [json.loads(x)["doc_id"] for x in records[:3]] == ["a0000", "a0001", "a0002"]
