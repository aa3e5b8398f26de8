"""The read stage: metadata and furniture of the seed articles and of news files."""
from __future__ import annotations

import pytest

from tests.conftest import NEWS, RAW, needs_news


def _read(extractor, path):
    from pipeline.textio import read_text_file

    return extractor.process(read_text_file(path))


def test_seed_000_closing_timestamp_and_byline(seed_records):
    m = seed_records["000_51e9da38243e2492"].metadata
    assert m.published == "2025-06-30" and m.published_source == "closing timestamp"
    assert m.authors == ["Lê Vân"]
    assert m.title is None


def test_seed_001_inline_dateline(seed_records):
    m = seed_records["001_ecdc5a539b5303cb"].metadata
    assert m.published == "2026-01-17" and m.published_source == "dateline"


def test_seed_002_title_outlet_author_and_furniture(seed_records):
    rec = seed_records["002_f04a1eb084c47e63"]
    m = rec.metadata
    assert m.title == "Ngoại giao Việt Nam với những chuyển động mạnh mẽ"
    assert m.outlet == "baodautu.vn"
    assert m.authors == ["Thanh Huyền"]
    furniture = [r for r in rec.excluded if r.kind == "furniture"]
    assert len(furniture) == 1
    assert rec.text[furniture[0].start:].startswith("Tin liên quan")
    assert furniture[0].end == len(rec.text)
    assert all(x.end <= furniture[0].start for x in rec.mentions)


def test_seed_003_dateline_and_outlet(seed_records):
    m = seed_records["003_cfa7958388042877"].metadata
    assert m.published == "2026-03-12"
    assert m.outlet == "Ngày Nay"


def test_seed_004_media_residue_and_teasers(seed_records):
    rec = seed_records["004_d50d0205bc285b8d"]
    assert rec.metadata.outlet == "Ngày Nay"
    assert rec.metadata.title.startswith("Người kết nối tỷ phú công nghệ Jensen Huang")
    furniture = [r for r in rec.excluded if r.kind == "furniture"]
    texts = [rec.text[r.start:r.end] for r in furniture]
    assert "0:00 / 0:00" in texts and "0:00" in texts
    teaser = [r for r in furniture if r.reason.startswith("teasers")]
    assert len(teaser) == 1
    assert rec.text[teaser[0].start:].startswith("Thí sinh tại điểm thi")
    # the article's last paragraph is not furniture
    last = rec.text.index("“Năm ngoái chúng tôi")
    assert teaser[0].start > last
    assert not any(teaser[0].start <= x.start for x in rec.mentions)


@needs_news()
def test_news_header_lines_are_metadata(extractor):
    rec = _read(extractor, NEWS / "news_business_001.txt")
    m = rec.metadata
    assert m.published == "2020-10-01" and m.published_source == "header"
    assert m.url.startswith("https://dantri.com.vn/")
    assert m.title == "Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á"
    headers = [r for r in rec.excluded if r.kind == "header"]
    assert len(headers) == 3
    assert all(x.start >= headers[-1].end for x in rec.mentions)


@pytest.mark.parametrize("closing, expected", [
    ("Thành Đạt\nTheo Sputnik, AFP", [("Thành Đạt", "PERSON"), ("Sputnik", "ORG"), ("AFP", "ORG")]),
    ("Theo Trần Vy\nDân Việt", [("Trần Vy", "PERSON"), ("Dân Việt", "ORG")]),
    ("Theo Khánh NguyênDân Việt", [("Khánh Nguyên", "PERSON"), ("Dân Việt", "ORG")]),
    ("T.ThủyTheo LS/Bloomberg", [("T.Thủy", "PERSON"), ("LS", "ORG"), ("Bloomberg", "ORG")]),
    ("Minh PhươngTheo TASS", [("Minh Phương", "PERSON"), ("TASS", "ORG")]),
    ("Phạm Hường\nTheo The Sun", [("Phạm Hường", "PERSON"), ("The Sun", "ORG")]),
    ("Theo Văn Đỗ, Tâm Hiếu\nVOV", [("Văn Đỗ", "PERSON"), ("Tâm Hiếu", "PERSON"), ("VOV", "ORG")]),
    ("Theo Đăng Nguyễn\nDân Việt", [("Đăng Nguyễn", "PERSON"), ("Dân Việt", "ORG")]),
    ("Theo Bảo Ngọc\nDân Việt", [("Bảo Ngọc", "PERSON"), ("Dân Việt", "ORG")]),
    ("Theo Minh Vương\nThế giới & Việt Nam", [("Minh Vương", "PERSON"), ("Thế giới & Việt Nam", "ORG")]),
    ("Theo Reuters\nHà Trang", [("Reuters", "ORG"), ("Hà Trang", "PERSON")]),
    ("Thành Đạt\nTổng hợp", [("Thành Đạt", "PERSON")]),
    ("Mi Vân (Tổng hợp)", [("Mi Vân", "PERSON")]),
    ("T.ThủyTổng hợp", [("T.Thủy", "PERSON")]),
    ("Lan Hương - Trường Thịnh (tổng hợp)", [("Lan Hương", "PERSON"), ("Trường Thịnh", "PERSON")]),
    ("Phạm Chu Quang Vinh (Theo Global Times và The Star)",
     [("Phạm Chu Quang Vinh", "PERSON"), ("Global Times", "ORG"), ("The Star", "ORG")]),
    ("K.Đ", [("K.Đ", "PERSON")]),
    ("Minh Anh - Bảo Kỳ", [("Minh Anh", "PERSON"), ("Bảo Kỳ", "PERSON")]),
    ("Phan Lâm - Phạm Ngọc Triển - Đức Văn",
     [("Phan Lâm", "PERSON"), ("Phạm Ngọc Triển", "PERSON"), ("Đức Văn", "PERSON")]),
])
def test_closing_credits(closing, expected):
    from pipeline import extract

    text = "Giá xăng tăng mạnh trong tuần này.\n" + closing
    rec = extract(text)
    credits = [(m.text, m.label) for m in rec.mentions if m.start >= text.index(closing)]
    assert credits == expected
    assert rec.metadata.authors == [n for n, label in expected if label == "PERSON"]


def test_a_closing_sentence_is_no_credit():
    from pipeline import extract

    rec = extract("Giá xăng tăng mạnh.\nTheo ông Nam, giá sẽ còn tăng trong tháng tới.")
    assert rec.metadata.authors == []
    assert [(m.text, m.label) for m in rec.mentions] == [("Nam", "PERSON")]
