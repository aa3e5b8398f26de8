"""``vnextract bench``: throughput and memory of the pipeline against underthesea, in one run.

Prints articles/s, words/s and peak RSS for (1) the full pipeline, (2) underthesea's ``ner()``
alone and (3) underthesea's ``word_tokenize`` alone on the same texts, the ratios between them,
the per-stage time of the pipeline and the RSS after 500 articles and at the end; saves the
figures as JSON under ``benchmarks/`` with the machine and versions. Words are whitespace-separated
syllables of the article text. Compare ratios measured in one run: absolute times are noisy.
"""
from __future__ import annotations

import json
import platform
import resource
import sys
import time
from datetime import datetime, timezone
from pathlib import Path


def _rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _articles(paths: list[str], limit: int | None):
    from pipeline.textio import Article, iter_articles

    out = []
    for a in iter_articles(paths):
        if isinstance(a, Article):
            out.append(a)
            if limit and len(out) >= limit:
                break
    return out


def _lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip() and not ln.startswith("# ")]


def main(args) -> int:
    from pipeline.runner import Extractor, WorkerPool

    paths = args.paths or [str(Path(__file__).resolve().parents[2] / "shared" / "news")]
    arts = _articles(paths, args.limit)
    if not arts:
        print("vnextract bench: no articles found", file=sys.stderr)
        return 2
    words = sum(len(a.text.split()) for a in arts)
    print(f"bench: {len(arts)} articles, {words} words", file=sys.stderr)
    figures: dict = {"articles": len(arts), "words": words}

    ex = Extractor()
    ex.process(arts[0])  # load models before timing
    for k in ex.stage_seconds:
        ex.stage_seconds[k] = 0.0
    rss_at = {}
    t0 = time.perf_counter()
    for i, a in enumerate(arts, 1):
        ex.process(a)
        if i == 500:
            rss_at["500"] = round(_rss_mb(), 1)
        if i % 250 == 0:
            print(f"bench: pipeline {i}/{len(arts)}", file=sys.stderr, flush=True)
    pipe_s = time.perf_counter() - t0
    rss_at[str(len(arts))] = round(_rss_mb(), 1)
    figures["pipeline"] = {"seconds": round(pipe_s, 2), "articles_per_s": round(len(arts) / pipe_s, 2),
                           "words_per_s": round(words / pipe_s, 1), "rss_mb_at": rss_at,
                           "peak_rss_mb": round(_peak_mb(), 1),
                           "stage_seconds": {k.removeprefix("vx_"): round(v, 2) for k, v in ex.stage_seconds.items()}}

    # Two workers, timed like the single one: models loaded before the clock starts (the start-up
    # is reported on its own).
    t0 = time.perf_counter()
    with WorkerPool(2) as pool:
        pool.wait_ready()
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in pool.imap(arts):
            pass
        w2 = time.perf_counter() - t0
    figures["pipeline_2_workers"] = {"seconds": round(w2, 2), "startup_seconds": round(startup, 2),
                                     "words_per_s": round(words / w2, 1),
                                     "speedup_vs_1": round(pipe_s / w2, 2)}

    from underthesea import ner, word_tokenize

    word_tokenize("khởi động")
    t0 = time.perf_counter()
    for a in arts:
        for ln in _lines(a.text):
            word_tokenize(ln)
    wt_s = time.perf_counter() - t0
    figures["underthesea_word_tokenize"] = {"seconds": round(wt_s, 2), "words_per_s": round(words / wt_s, 1)}

    ner("khởi động")
    ner_arts = arts[: args.ner_limit] if getattr(args, "ner_limit", None) else arts
    ner_words = sum(len(a.text.split()) for a in ner_arts)
    t0 = time.perf_counter()
    for a in ner_arts:
        for ln in _lines(a.text):
            ner(ln)
    ner_s = time.perf_counter() - t0
    figures["underthesea_ner"] = {"articles": len(ner_arts), "seconds": round(ner_s, 2),
                                  "words_per_s": round(ner_words / ner_s, 1)}
    p = figures["pipeline"]["words_per_s"]
    figures["ratios"] = {
        "pipeline_over_ner": round(p / figures["underthesea_ner"]["words_per_s"], 2),
        "pipeline_over_word_tokenize": round(p / figures["underthesea_word_tokenize"]["words_per_s"], 2),
        "two_workers_over_one": figures["pipeline_2_workers"]["speedup_vs_1"],
    }
    from importlib.metadata import version

    figures["machine"] = {"platform": platform.platform(), "python": platform.python_version(),
                          "processor": platform.machine(), "cpus": __import__("os").cpu_count()}
    figures["versions"] = {k: version(k) for k in ("spacy", "underthesea", "pydantic")}
    from pipeline.version import PIPELINE_VERSION

    figures["versions"]["pipeline"] = PIPELINE_VERSION
    figures["when"] = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    print(json.dumps(figures, ensure_ascii=False, indent=2))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"bench_{figures['when'][:10]}.json"
    path.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"bench: saved {path}", file=sys.stderr)
    return 0
