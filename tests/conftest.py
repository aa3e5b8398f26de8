from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "news"
RAW = ROOT / "corpus" / "raw"
SEEDS = sorted(p.stem for p in RAW.glob("*.txt"))


def needs_news():
    return pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/news is not present")


@pytest.fixture(scope="session")
def extractor():
    from pipeline.runner import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_records(extractor):
    from pipeline.textio import read_text_file

    return {p.stem: extractor.process(read_text_file(p)) for p in sorted(RAW.glob("*.txt"))}
