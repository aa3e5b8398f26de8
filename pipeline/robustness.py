"""``vnextract robust``: the pipeline over real articles and mutated copies of them.

Each article is run as it is and as ``mutations`` damaged copies: random deletions, inserted
control characters, and UTF-8 cut in the middle of a character. The run counts records, error
records and crashes (an exception that escaped the pipeline instead of becoming an error
record), and checks that every mention is grounded. Zero crashes is the bar.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path


def _mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(3)
    b = bytearray(data)
    if kind == 0 and b:  # random deletions
        for _ in range(rng.randint(1, 20)):
            if b:
                i = rng.randrange(len(b))
                del b[i:i + rng.randint(1, 5)]
    elif kind == 1:  # inserted control characters
        for _ in range(rng.randint(1, 10)):
            b.insert(rng.randrange(len(b) + 1), rng.choice([1, 7, 8, 11, 12, 27, 127]))
    else:  # truncated UTF-8: cut inside a multi-byte character
        cuts = [i for i, x in enumerate(b) if x >= 0xC0]
        if cuts:
            b = b[:rng.choice(cuts) + 1]
    return bytes(b)


def run_robustness(news: Path, limit: int | None = None, mutations: int = 3, seed: int = 0,
                   progress: bool = False) -> dict:
    from pipeline.runner import Extractor, StageError
    from pipeline.textio import Article, InputError, decode

    rng = random.Random(seed)
    ex = Extractor()
    paths = sorted(news.glob("*.txt"))[:limit]
    counts = {"inputs": 0, "records": 0, "errors": 0, "crashes": 0, "ungrounded": 0}
    crashes: list[str] = []
    t0 = time.perf_counter()
    for n, p in enumerate(paths, 1):
        data = p.read_bytes()
        for k, blob in enumerate([data] + [_mutate(data, rng) for _ in range(mutations)]):
            counts["inputs"] += 1
            name = f"{p.name}#{k}"
            try:
                text, enc = decode(blob, name)
                rec = ex.process(Article(p.stem, text, name, {"encoding": enc}))
            except (InputError, StageError):
                counts["errors"] += 1
                continue
            except Exception as exc:  # noqa: BLE001 - this is what the run looks for
                counts["crashes"] += 1
                crashes.append(f"{name}: {type(exc).__name__}: {exc}")
                continue
            counts["records"] += 1
            if any(rec.text[m.start:m.end] != m.text for m in rec.mentions):
                counts["ungrounded"] += 1
        if progress and n % 100 == 0:
            print(f"robust: {n}/{len(paths)} articles", file=sys.stderr, flush=True)
    counts["seconds"] = round(time.perf_counter() - t0, 1)
    counts["crash_examples"] = crashes[:10]
    return counts


def main(args) -> int:
    import json

    news = Path(args.paths[0]) if args.paths else Path(__file__).resolve().parents[2] / "shared" / "news"
    report = run_robustness(news, limit=args.limit, mutations=args.mutations, seed=args.seed, progress=True)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if report["crashes"] == 0 and report["ungrounded"] == 0 else 1
