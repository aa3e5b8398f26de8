"""Nothing lost: atomic regeneration under a kill, concurrent ingests, properties of extraction."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import NEWS, RAW, ROOT

ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
CLI = [sys.executable, "-m", "pipeline.cli"]


def _project(tmp_path: Path, n_news: int = 0) -> Path:
    raw = tmp_path / "corpus" / "raw"
    raw.mkdir(parents=True)
    for p in sorted(RAW.glob("*.txt"))[:2]:
        shutil.copy(p, raw / p.name)
    for p in sorted(NEWS.glob("news_world_*.txt"))[:n_news]:
        shutil.copy(p, raw / p.name)
    return tmp_path


def test_a_killed_run_leaves_the_previous_outputs_and_the_next_run_completes(tmp_path):
    if not NEWS.is_dir():
        pytest.skip("../shared/news is not present")
    root = _project(tmp_path)
    assert subprocess.run(CLI + ["run", "--workers", "1"], cwd=root, env=ENV, capture_output=True).returncode == 0
    out = root / "outputs" / "articles.jsonl"
    before = out.read_bytes()
    for p in sorted(NEWS.glob("news_world_*.txt"))[:260]:  # enough work to be killed in the middle
        shutil.copy(p, root / "corpus" / "raw" / p.name)
    proc = subprocess.Popen(CLI + ["run", "--workers", "1"], cwd=root, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:  # progress is printed every 200 articles: kill it half-way
        if "run: 200 articles" in line:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == before, "a killed run must not touch the previous outputs"
    done = subprocess.run(CLI + ["run", "--workers", "2"], cwd=root, env=ENV, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 262
    assert out.read_bytes().startswith(before.splitlines(keepends=True)[0])


def test_concurrent_ingests_store_each_text_once(tmp_path):
    root = _project(tmp_path)
    src = tmp_path / "new"
    src.mkdir()
    for i in range(6):
        (src / f"n{i}.txt").write_text(f"Bài số {i}: Thủ tướng thăm Đà Nẵng ngày {i + 1}/5/2021.",
                                       encoding="utf-8")
    (src / "dup.txt").write_text((src / "n0.txt").read_text(encoding="utf-8"), encoding="utf-8")
    procs = [subprocess.Popen(CLI + ["ingest", str(src), "--workers", "1"], cwd=root, env=ENV,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    names = sorted(p.name for p in (root / "corpus" / "raw").glob("*.txt"))
    assert len(names) == 2 + 6
    records = [json.loads(x) for x in (root / "outputs" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 8 and len({r["text_sha256"] for r in records}) == 8
    added = sum(int(o[1].split("ingest: ")[-1].split(" added")[0]) for o in outs)
    assert added == 6


_VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_TEXT = st.text(alphabet=st.sampled_from(list(_VI + _VI.upper() + "0123456789 .,;:-–/%()\"“”\n\t\r\u00a0\u0300\u0301Ð$€")),
                max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT)
def test_extraction_never_raises_and_mentions_are_grounded(text):
    import unicodedata

    from pipeline import extract

    text = unicodedata.normalize("NFC", text)
    rec = extract(text, doc_id="h")
    assert rec.text == text
    prev = 0
    for m in rec.mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= prev
        prev = m.end


@settings(max_examples=80, deadline=None)
@given(text=_TEXT)
def test_tokenisation_covers_every_character(text):
    import unicodedata

    import spacy

    from pipeline.stages.tokenize import doc_from_spans, word_spans

    text = unicodedata.normalize("NFC", text)
    spans, starts = word_spans(text)
    assert doc_from_spans(spacy.blank("vi").vocab, text, spans, starts).text == text
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(k in covered for k, c in enumerate(text) if not c.isspace())


def test_robustness_sample_over_real_and_mutated_news():
    if not NEWS.is_dir():
        pytest.skip("../shared/news is not present")
    from pipeline.robustness import run_robustness

    report = run_robustness(NEWS, limit=15, mutations=3, seed=7)
    assert report["crashes"] == 0
    assert report["inputs"] == report["records"] + report["errors"]
    assert report["ungrounded"] == 0
