"""Tokenisation on exact offsets, whatever underthesea does to the characters."""
from __future__ import annotations

import unicodedata

import pytest
import spacy

from pipeline.stages.tokenize import doc_from_spans, word_spans
from pipeline.vi.align import FoldedText, align_tokens, fold
from tests.conftest import NEWS, needs_news


def _check(text: str):
    spans, starts = word_spans(text)
    covered = [False] * len(text)
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        prev = e
        for k in range(s, e):
            covered[k] = True
    # every non-space character belongs to exactly one word
    assert all(covered[k] for k, c in enumerate(text) if not c.isspace())
    doc = doc_from_spans(spacy.blank("vi").vocab, text, spans, starts)
    assert doc.text == text
    return doc


def test_fold_ignores_tone_placement_and_d_variants():
    assert fold("hoà") == fold("hòa") == "hoa"
    assert fold("Ðà Nẵng") == fold("Đà Nẵng") == "danang"


def test_align_rewritten_tokens():
    text = "Hoà bình ở Ðà Nẵng"
    spans = align_tokens(FoldedText(text), ["Hòa bình", "ở", "Đà Nẵng"])
    assert [text[s:e] for s, e in spans] == ["Hoà bình", "ở", "Ðà Nẵng"]


def test_align_reports_missing_tokens_without_failing():
    text = "Việt Nam"
    assert align_tokens(FoldedText(text), ["Lào", "Việt Nam"]) == [None, (0, 8)]


@pytest.mark.parametrize("text", [
    "Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị Đại dương Liên hợp quốc lần thứ 3 (UNOC 3).",
    "Doanh thu đạt 5.800tỷđồng, tăng 3,3%/năm so với năm 2024.",
    "Hoà bình, Ðà Nẵng  và\tTP.HCM.\r\nDòng mới không dấu chấm",
    unicodedata.normalize("NFC", "Khánh Hoà được đầu tư 502,8 tỷ USD"),
    "", "   \n\n ", "a", "“Nhiệm vụ của chúng tôi mới chỉ bắt đầu”!",
])
def test_word_spans_cover_text(text):
    _check(text)


def test_sentences_and_words_on_real_sentence():
    doc = _check("Tổng Bí thư Tô Lâm thăm Singapore. Hai nước nâng cấp quan hệ.")
    words = [t.text for t in doc if not t.is_space]
    assert "Tổng Bí thư" in words and "Singapore" in words
    assert len(list(doc.sents)) == 2


@needs_news()
def test_realignment_never_fails_on_the_news_corpus():
    paths = sorted(NEWS.glob("*.txt"))
    assert len(paths) > 2000
    for p in paths:
        text = unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
        _check(text)
