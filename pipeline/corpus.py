"""The bundled corpus: regenerate ``outputs/`` from ``corpus/raw/`` and ingest new articles.

Writes are atomic (temporary file + rename), so a run killed at any moment leaves the previous
outputs intact. Runs are incremental: a record whose doc_id, text hash and pipeline version are
unchanged is taken from the previous output instead of being recomputed. Concurrent runs and
ingests are serialised by a lock file in ``corpus/``.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.runner import Progress, Result, dumps, process_all
from pipeline.textio import Article, InputError, iter_articles, iter_paths
from pipeline.version import PIPELINE_VERSION
from schemas import ArticleRecord


def find_root(start: Path | None = None) -> Path:
    """The project root: the nearest directory above ``start`` holding ``corpus/raw``."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        if (d / "corpus" / "raw").is_dir():
            return d
    pkg_root = Path(__file__).resolve().parents[1]
    if (pkg_root / "corpus" / "raw").is_dir():
        return pkg_root
    raise FileNotFoundError("no corpus/raw directory here or above; run from the project root")


@contextlib.contextmanager
def locked(root: Path) -> Iterator[None]:
    lock_path = root / "corpus" / ".lock"
    with open(lock_path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def atomic_write_lines(path: Path, lines: Iterator[str]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line + "\n")
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return n


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _previous(path: Path) -> dict[tuple[str, str], str]:
    """Previous output lines keyed by (doc_id, text_sha256), for this pipeline version only."""
    cache: dict[tuple[str, str], str] = {}
    if not path.exists():
        return cache
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and obj.get("pipeline_version") == PIPELINE_VERSION:
                cache[(obj.get("doc_id"), obj.get("text_sha256"))] = line.rstrip("\n")
    return cache


def relative_source(article: Article, root: Path) -> Article:
    """Record source paths relative to the project root, so outputs do not depend on where it lives."""
    with contextlib.suppress(ValueError):
        rel = Path(article.source).resolve().relative_to(root)
        article.source = rel.as_posix()
        article.meta["source_path"] = rel.as_posix()
    return article


def run(root: Path, workers: int = 1, quiet: bool = False) -> tuple[int, int]:
    """Regenerate ``outputs/articles.jsonl`` and ``outputs/errors.jsonl``; returns (records, errors)."""
    out = root / "outputs" / "articles.jsonl"
    err = root / "outputs" / "errors.jsonl"
    with locked(root):
        cache = _previous(out)
        items = [x if isinstance(x, InputError) else relative_source(x, root)
                 for x in iter_articles([str(root / "corpus" / "raw")])]
        lines: list[str | None] = []
        todo: list[Article | InputError] = []
        for item in items:
            hit = None if isinstance(item, InputError) else cache.get((item.doc_id, text_sha256(item.text)))
            lines.append(hit)
            if hit is None:
                todo.append(item)
        progress = Progress("run")
        results = iter(process_all(todo, workers=workers))
        records, errors = [], []
        for i, hit in enumerate(lines):
            if hit is not None:
                records.append(hit)
                progress.tick(True)
                continue
            res: Result = next(results)
            if res.record is not None:
                records.append(dumps(res.record.model_dump(mode="json")))
            else:
                errors.append(dumps(res.error.model_dump(mode="json")))
            progress.tick(res.record is not None)
        atomic_write_lines(out, iter(records))
        atomic_write_lines(err, iter(errors))
    if not quiet:
        reused = len(items) - len(todo)
        note = "nothing changed, no article reprocessed" if not todo else f"{len(todo)} processed, {reused} unchanged"
        print(f"{progress.summary()} ({note}) -> {out.relative_to(root)}", file=sys.stderr)
    return len(records), len(errors)


def ingest(root: Path, paths: list[str], workers: int = 1) -> tuple[int, int, list[InputError]]:
    """Copy new articles into ``corpus/raw/`` (deduplicated by text hash), then run.

    Returns (added, duplicates, errors).
    """
    raw = root / "corpus" / "raw"
    added = dups = 0
    errors: list[InputError] = []
    with locked(root):
        known: dict[str, str] = {}
        for p in iter_paths([str(raw)]):
            if isinstance(p, Path):
                with contextlib.suppress(InputError):
                    a = next(iter_articles([str(p)]))
                    if isinstance(a, Article):
                        known[text_sha256(a.text)] = p.name
        for item in iter_articles(paths):
            if isinstance(item, InputError):
                errors.append(item)
                print(f"ingest: error: {item.source}: {item.reason}", file=sys.stderr)
                continue
            digest = text_sha256(item.text)
            if digest in known:
                dups += 1
                print(f"ingest: duplicate: {item.source} has the same text as corpus/raw/{known[digest]}",
                      file=sys.stderr)
                continue
            name = _free_name(raw, _safe_id(item.doc_id))
            target = raw / name
            _write_text(target, item.text)
            known[digest] = name
            added += 1
            print(f"ingest: added {item.source} as corpus/raw/{name}", file=sys.stderr)
    run(root, workers=workers)
    return added, dups, errors


def _safe_id(doc_id: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id).strip("._")
    return keep or "article"


def _free_name(raw: Path, stem: str) -> str:
    name, n = f"{stem}.txt", 1
    while (raw / name).exists():
        n += 1
        name = f"{stem}_{n}.txt"
    return name


def _write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def load_records(path: Path) -> list[ArticleRecord]:
    with path.open(encoding="utf-8") as fh:
        return [ArticleRecord.model_validate_json(line, strict=True) for line in fh if line.strip()]
