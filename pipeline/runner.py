"""Run the staged pipeline over articles: one record or one error record per input, in order."""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from pipeline.textio import Article, InputError
from schemas import ArticleRecord, ErrorRecord


class StageError(Exception):
    def __init__(self, stage: str, reason: str):
        super().__init__(f"{stage}: {reason}")
        self.stage, self.reason = stage, reason


dumps = partial(json.dumps, ensure_ascii=False)


class Extractor:
    """The pipeline, loaded once per process; ``process`` runs every stage on one article."""

    def __init__(self):
        from pipeline.factories import build_nlp

        self.nlp = build_nlp()
        self.stage_seconds: dict[str, float] = {name: 0.0 for name in self.nlp.pipe_names}

    def process(self, article: Article) -> ArticleRecord:
        meta = dict(article.meta)
        meta["doc_id"] = article.doc_id
        if len(article.text) > self.nlp.max_length:
            raise StageError("read", f"article too long: {len(article.text)} characters "
                                     f"(the limit is {self.nlp.max_length})")
        try:
            doc = self.nlp.make_doc(article.text)
        except Exception as exc:  # noqa: BLE001 - reported as the input's error record
            raise StageError("read", f"{type(exc).__name__}: {exc}") from exc
        doc._.meta = meta
        for name, proc in self.nlp.pipeline:
            t0 = time.perf_counter()
            try:
                doc = proc(doc)
            except Exception as exc:  # noqa: BLE001
                raise StageError(name.removeprefix("vx_"), f"{type(exc).__name__}: {exc}") from exc
            self.stage_seconds[name] += time.perf_counter() - t0
        return doc._.record


@dataclass
class Result:
    source: str
    record: ArticleRecord | None = None
    error: ErrorRecord | None = None


def _error(item, stage: str | None = None, reason: str | None = None) -> ErrorRecord:
    if isinstance(item, InputError):
        return ErrorRecord(input=item.source, stage=item.stage, reason=item.reason,
                           doc_id=item.doc_id, line=item.line)
    return ErrorRecord(input=item.source, stage=stage or "read", reason=reason or "", doc_id=item.doc_id)


_WORKER: Extractor | None = None


def _process_one(item) -> Result:
    global _WORKER
    if isinstance(item, InputError):
        return Result(item.source, error=_error(item))
    if _WORKER is None:
        _WORKER = Extractor()
    try:
        return Result(item.source, record=_WORKER.process(item))
    except StageError as exc:
        return Result(item.source, error=_error(item, exc.stage, exc.reason))


def _init_worker(barrier) -> None:
    global _WORKER, _BARRIER
    _WORKER, _BARRIER = Extractor(), barrier


_BARRIER = None


def _ready(_) -> bool:
    """Returns once every worker has its pipeline loaded (each takes one of these calls)."""
    _BARRIER.wait(timeout=600)
    return True


class WorkerPool:
    """Worker processes, each with the pipeline loaded once; results come back in input order."""

    def __init__(self, workers: int):
        import multiprocessing as mp

        # Workers start from a clean server process: forking a parent that runs threads (the
        # pool's own feeder threads) can leave a child holding a lock forever.
        ctx = mp.get_context("forkserver" if sys.platform != "win32" else "spawn")
        if sys.platform != "win32":
            # workers fork from a server that has the heavy libraries imported already
            ctx.set_forkserver_preload(["pipeline.runner", "pipeline.factories", "underthesea", "spacy"])
        self.workers = workers
        self.pool = ctx.Pool(workers, initializer=_init_worker, initargs=(ctx.Barrier(workers),))

    def wait_ready(self) -> None:
        """Block until every worker has loaded the pipeline (benchmarks time the work alone)."""
        self.pool.map(_ready, range(self.workers), chunksize=1)

    def imap(self, items: Iterable[Article | InputError], chunksize: int = 4) -> Iterator[Result]:
        return self.pool.imap(_process_one, items, chunksize=chunksize)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.pool.terminate()


def process_all(items: Iterable[Article | InputError], workers: int = 1) -> Iterator[Result]:
    """Results in input order; ``workers`` > 1 spreads articles over processes."""
    if workers <= 1:
        yield from (_process_one(x) for x in items)
        return
    with WorkerPool(workers) as pool:
        yield from pool.imap(items)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class Progress:
    """Progress on stderr for long runs: a line every ``every`` items and a closing summary."""

    def __init__(self, label: str, every: int = 200, stream=sys.stderr):
        self.label, self.every, self.stream = label, every, stream
        self.n = self.records = self.errors = 0
        self.t0 = time.perf_counter()

    def tick(self, ok: bool) -> None:
        self.n += 1
        if ok:
            self.records += 1
        else:
            self.errors += 1
        if self.n % self.every == 0:
            rate = self.n / max(time.perf_counter() - self.t0, 1e-9)
            print(f"{self.label}: {self.n} articles ({rate:.1f}/s)", file=self.stream, flush=True)

    def summary(self) -> str:
        secs = time.perf_counter() - self.t0
        return (f"{self.label}: {self.n} inputs = {self.records} records + {self.errors} errors "
                f"in {secs:.1f}s")
