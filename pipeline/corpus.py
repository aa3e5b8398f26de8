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
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.runner import Progress, Result, dumps, process_all
from pipeline.textio import Article, InputError, iter_articles, iter_paths, read_text_file
from pipeline.version import PIPELINE_VERSION


_UMASK = os.umask(0)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK


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


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_HEAD = re.compile(rb'"pipeline_version": "([^"]*)", "doc_id": ("(?:[^"\\]|\\.)*")')
# Inside the JSON text field quotes are escaped, so this unescaped pattern can only be the field.
_SHA = re.compile(rb'"text_sha256": "([0-9a-f]{64})"')


def _previous(path: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """Where each record of the previous output is: (doc_id, text_sha256) -> (offset, length).

    Only records of this pipeline version count. The index holds offsets, not records, so its
    memory stays small however large the dataset grows; records are not parsed.
    """
    index: dict[tuple[str, str], tuple[int, int]] = {}
    if not path.exists():
        return index
    with path.open("rb") as fh:
        offset = 0
        for raw in fh:
            head, sha = _HEAD.search(raw, 0, 2000), _SHA.search(raw)
            if head and sha and head.group(1).decode() == PIPELINE_VERSION:
                index[(json.loads(head.group(2)), sha.group(1).decode())] = (offset, len(raw))
            offset += len(raw)
    return index


def relative_source(article: Article, root: Path) -> Article:
    """Record source paths relative to the project root, so outputs do not depend on where it lives."""
    with contextlib.suppress(ValueError):
        rel = Path(article.source).resolve().relative_to(root)
        article.source = rel.as_posix()
        article.meta["source_path"] = rel.as_posix()
    return article


def _articles(paths: list[Path | InputError], root: Path):
    """Read the articles to process, one at a time (texts are never all held in memory)."""
    for p in paths:
        if isinstance(p, InputError):
            yield p
            continue
        try:
            yield relative_source(read_text_file(p), root)
        except InputError as exc:
            exc.source = relative_source(Article("", "", str(p)), root).source
            yield exc


def run(root: Path, workers: int = 1, quiet: bool = False) -> tuple[int, int]:
    """Regenerate ``outputs/articles.jsonl`` and ``outputs/errors.jsonl``; returns (records, errors).

    Streams: the previous output is indexed by offset, unchanged records are copied from it,
    the others are computed (in input order, on ``workers`` processes) and written as they come.
    """
    out = root / "outputs" / "articles.jsonl"
    err = root / "outputs" / "errors.jsonl"
    with locked(root):
        index = _previous(out)
        plan: list[tuple[int, int] | None] = []  # per input: where its record is, or None to compute
        todo: list[Path | InputError] = []
        for p in iter_paths([str(root / "corpus" / "raw")]):
            hit = None
            if isinstance(p, Path):
                with contextlib.suppress(InputError, OSError):
                    a = read_text_file(p)
                    hit = index.get((a.doc_id, text_sha256(a.text)))
            plan.append(hit)
            if hit is None:
                todo.append(p)
        progress = Progress("run")
        n_records = n_errors = 0
        with _AtomicLines(out) as rec_out, _AtomicLines(err) as err_out, \
                (out.open("rb") if out.exists() else contextlib.nullcontext()) as prev:
            results = iter(process_all(_articles(todo, root), workers=workers)) if todo else iter(())
            for hit in plan:
                if hit is not None:
                    prev.seek(hit[0])
                    rec_out.write_raw(prev.read(hit[1]))
                    n_records += 1
                    progress.tick(True)
                    continue
                res: Result = next(results)
                if res.record is not None:
                    rec_out.write(dumps(res.record.model_dump(mode="json")))
                    n_records += 1
                else:
                    err_out.write(dumps(res.error.model_dump(mode="json")))
                    n_errors += 1
                progress.tick(res.record is not None)
    if not quiet:
        reused = len(plan) - len(todo)
        note = "nothing changed, no article reprocessed" if not todo else f"{len(todo)} processed, {reused} unchanged"
        print(f"{progress.summary()} ({note}) -> {out.relative_to(root)}", file=sys.stderr)
    return n_records, n_errors


class _AtomicLines:
    """A file written under a temporary name and renamed into place only when complete."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.fchmod(fd, _FILE_MODE)  # mkstemp makes the file private; outputs are ordinary files
        self.fh = os.fdopen(fd, "wb")
        return self

    def write(self, line: str) -> None:
        self.fh.write(line.encode("utf-8") + b"\n")

    def write_raw(self, data: bytes) -> None:
        self.fh.write(data if data.endswith(b"\n") else data + b"\n")

    def __exit__(self, exc_type, exc, tb):
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.tmp)
        return False


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
    os.fchmod(fd, _FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
