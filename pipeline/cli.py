"""The ``vnextract`` command line: extract, run, ingest, evaluate, bench, robust.

Exit status: 0 when every input succeeded, 1 when some failed, 2 on usage errors.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.runner import Progress, default_workers, dumps, process_all


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vnextract", description="Grounded information extraction from Vietnamese news.")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="extract records from .txt files, directories or .jsonl files")
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.add_argument("-o", "--output", metavar="OUT.jsonl", help="write records here (default: stdout); "
                   "error records go to OUT.errors.jsonl (default: stderr)")
    e.add_argument("--workers", type=_positive, default=None, help="worker processes (default: cores)")

    r = sub.add_parser("run", help="regenerate outputs/ from corpus/raw/")
    r.add_argument("--workers", type=_positive, default=None)

    i = sub.add_parser("ingest", help="copy new articles into corpus/raw/ and bring outputs/ up to date")
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.add_argument("--workers", type=_positive, default=None)

    v = sub.add_parser("evaluate", help="score a system against gold annotation")
    v.add_argument("--gold", action="append", metavar="FILE", help="gold JSONL (repeatable; "
                   "default corpus/gold/seeds.jsonl)")
    v.add_argument("--raw", action="append", metavar="DIR", help="where the gold's articles are "
                   "(repeatable; default corpus/raw)")
    v.add_argument("--labels", help="comma-separated labels to score (default: all)")
    v.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    v.add_argument("--system", choices=("pipeline", "underthesea"), default="pipeline")
    v.add_argument("--errors", type=int, default=30, metavar="N",
                   help="show at most N errors of each kind (default 30; 0 for none)")

    b = sub.add_parser("bench", help="throughput and memory on a directory of articles")
    b.add_argument("paths", nargs="*", metavar="PATH")
    b.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    b.add_argument("--ner-limit", type=int, default=None, help="time ner() on the first N articles only")
    b.add_argument("--out", metavar="DIR", default="benchmarks")
    rb = sub.add_parser("robust", help="run over real articles and damaged copies; count crashes")
    rb.add_argument("paths", nargs="*", metavar="DIR")
    rb.add_argument("--limit", type=int, default=None)
    rb.add_argument("--mutations", type=int, default=3)
    rb.add_argument("--seed", type=int, default=0)
    return p


def _cmd_extract(args) -> int:
    from pipeline.textio import iter_articles

    workers = args.workers or default_workers()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    err = open(Path(args.output).with_suffix("").as_posix() + ".errors.jsonl", "w", encoding="utf-8") \
        if args.output else sys.stderr
    progress = Progress("extract")
    try:
        for res in process_all(iter_articles(args.paths), workers=workers):
            if res.record is not None:
                out.write(dumps(res.record.model_dump(mode="json")) + "\n")
            else:
                err.write(dumps(res.error.model_dump(mode="json")) + "\n")
            progress.tick(res.record is not None)
    finally:
        if args.output:
            out.close()
            err.close()
    print(progress.summary(), file=sys.stderr)
    return 1 if progress.errors else 0


def _cmd_run(args) -> int:
    from pipeline.corpus import find_root, run

    _, errors = run(find_root(), workers=args.workers or default_workers())
    return 1 if errors else 0


def _cmd_ingest(args) -> int:
    from pipeline.corpus import find_root, ingest

    added, dups, errors = ingest(find_root(), args.paths, workers=args.workers or default_workers())
    print(f"ingest: {added} added, {dups} duplicates, {len(errors)} errors", file=sys.stderr)
    return 1 if errors else 0


def _cmd_evaluate(args) -> int:
    from pipeline.evaluate import main as evaluate_main

    return evaluate_main(args)


def _cmd_bench(args) -> int:
    from pipeline.bench import main as bench_main

    return bench_main(args)


def _cmd_robust(args) -> int:
    from pipeline.robustness import main as robust_main

    return robust_main(args)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else 2
    handlers = {"extract": _cmd_extract, "run": _cmd_run, "ingest": _cmd_ingest,
                "evaluate": _cmd_evaluate, "bench": _cmd_bench, "robust": _cmd_robust}
    try:
        return handlers[args.command](args)
    except FileNotFoundError as exc:
        print(f"vnextract: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vnextract: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
