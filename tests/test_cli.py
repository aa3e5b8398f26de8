"""The command line: extract (errors and exit status), run (determinism, incremental), ingest."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RAW

VNEXTRACT = [sys.executable, "-m", "pipeline.cli"]
ROOT = Path(__file__).resolve().parents[1]


def _run(args, cwd, **kw):
    return subprocess.run(VNEXTRACT + args, cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, **kw)


@pytest.fixture()
def project(tmp_path):
    """A small project tree: two seed articles in corpus/raw."""
    raw = tmp_path / "corpus" / "raw"
    raw.mkdir(parents=True)
    for name in ("001_ecdc5a539b5303cb.txt", "003_cfa7958388042877.txt"):
        shutil.copy(RAW / name, raw / name)
    return tmp_path


def test_usage_error_exits_2(tmp_path):
    assert _run(["extract"], tmp_path).returncode == 2
    assert _run(["frobnicate"], tmp_path).returncode == 2


def test_extract_writes_records_and_error_records(tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("Thủ tướng Phạm Minh Chính thăm Pháp ngày 10/6/2025.", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    jl = tmp_path / "in.jsonl"
    jl.write_text(json.dumps({"id": "j1", "text": "Hà Nội, 2024."}, ensure_ascii=False) + "\n"
                  + json.dumps({"id": 7, "text": "x"}) + "\n"
                  + json.dumps({"text": "no id"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = _run(["extract", str(tmp_path / "in"), str(jl), "-o", str(out), "--workers", "1"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["good", "j1"]
    assert len(errors) == 3
    reasons = " | ".join(e["reason"] for e in errors)
    assert "binary" in reasons and "field 'id' must be a str" in reasons and "missing field 'id'" in reasons
    assert all({"input", "stage", "reason"} <= set(e) for e in errors)
    assert "5 inputs = 2 records + 3 errors" in proc.stderr


def test_extract_to_stdout_all_ok(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Việt Nam và Hoa Kỳ.", encoding="utf-8")
    proc = _run(["extract", str(p), "--workers", "1"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["doc_id"] == "a"


def test_run_is_deterministic_and_incremental(project):
    first = _run(["run", "--workers", "1"], project)
    assert first.returncode == 0, first.stderr
    out = project / "outputs" / "articles.jsonl"
    data = out.read_bytes()
    assert len(data.splitlines()) == 2
    assert (project / "outputs" / "errors.jsonl").read_bytes() == b""
    second = _run(["run", "--workers", "1"], project)
    assert second.returncode == 0
    assert "nothing changed" in second.stderr
    assert out.read_bytes() == data
    # a changed pipeline version reprocesses everything and gives the same bytes
    lines = [json.loads(x) for x in data.decode().splitlines()]
    for rec in lines:
        rec["pipeline_version"] = "0.0.0-old"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    third = _run(["run", "--workers", "2"], project)
    assert "2 processed" in third.stderr
    assert out.read_bytes() == data


def test_ingest_deduplicates_by_text(project, tmp_path):
    new = tmp_path / "new"
    new.mkdir()
    (new / "fresh.txt").write_text("Ngân hàng Thế giới dự báo GDP Việt Nam tăng 6,5% năm 2025.",
                                   encoding="utf-8")
    shutil.copy(RAW / "001_ecdc5a539b5303cb.txt", new / "same_text_other_name.txt")
    proc = _run(["ingest", str(new), "--workers", "1"], project)
    assert proc.returncode == 0, proc.stderr
    assert "1 added, 1 duplicates" in proc.stderr
    assert sorted(p.name for p in (project / "corpus" / "raw").glob("*.txt")) == [
        "001_ecdc5a539b5303cb.txt", "003_cfa7958388042877.txt", "fresh.txt"]
    again = _run(["ingest", str(new / "fresh.txt"), "--workers", "1"], project)
    assert "0 added, 1 duplicates" in again.stderr
    records = (project / "outputs" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == 3
