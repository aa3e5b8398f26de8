"""Records: validation, the offset invariant, JSON Schema, the front door."""
from __future__ import annotations

import hashlib
import json

import pytest

from schemas import ArticleRecord, Mention


def test_every_seed_record_is_grounded(seed_records):
    assert len(seed_records) == 5
    for doc_id, rec in seed_records.items():
        assert rec.doc_id == doc_id
        assert rec.text_sha256 == hashlib.sha256(rec.text.encode()).hexdigest()
        assert rec.stages == ["read", "tokenize", "numbers", "entities", "link", "emit"]
        prev = 0
        for m in rec.mentions:
            assert rec.text[m.start:m.end] == m.text
            assert m.start >= prev
            prev = m.end
        assert rec.mentions, "a seed article yields mentions"


def test_records_validate_against_published_json_schema(seed_records):
    jsonschema = pytest.importorskip("jsonschema")
    from pathlib import Path

    schema = json.loads((Path(__file__).parents[1] / "schemas" / "article_record.schema.json").read_text())
    for rec in seed_records.values():
        jsonschema.validate(json.loads(rec.model_dump_json()), schema)


def test_published_schema_is_up_to_date():
    from pathlib import Path

    from schemas.export import record_schema

    path = Path(__file__).parents[1] / "schemas" / "article_record.schema.json"
    assert json.loads(path.read_text()) == record_schema(), "run python -m schemas.export"


def test_mention_rejects_ungrounded_or_malformed():
    with pytest.raises(ValueError):
        Mention(start=5, end=3, label="LOC", text="ab")
    with pytest.raises(ValueError):
        Mention.model_validate({"start": 0, "end": 3, "label": "MONEY", "text": "abc",
                                "value": {"amount": "1,5", "currency": "USD"}})
    with pytest.raises(ValueError):
        Mention.model_validate({"start": 0, "end": 3, "label": "LOC", "text": "abc",
                                "value": {"value": "2024"}})
    ok = Mention.model_validate({"start": 0, "end": 3, "label": "MONEY", "text": "abc",
                                 "value": {"amount": None, "currency": "USD"}})
    assert ok.model_dump(mode="json")["value"] == {"amount": None, "currency": "USD"}
    assert "value" not in Mention(start=0, end=2, label="LOC", text="Mỹ").model_dump(mode="json")


def test_record_rejects_mention_not_in_text():
    text = "Việt Nam"
    data = {"pipeline_version": "x", "doc_id": "d", "text": text,
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "metadata": {},
            "stages": [], "mentions": [{"start": 0, "end": 3, "label": "LOC", "text": "Lào"}]}
    with pytest.raises(ValueError):
        ArticleRecord.model_validate(data, strict=True)


def test_front_door_extract():
    from pipeline import extract

    text = "Ngày 11/3/2025, Thủ tướng Phạm Minh Chính thăm Singapore."
    rec = extract(text, doc_id="t1", published="2025-03-12")
    assert isinstance(rec, ArticleRecord)
    assert rec.doc_id == "t1" and rec.metadata.published == "2025-03-12"
    assert rec.text == text
    got = {(m.label, m.text) for m in rec.mentions}
    assert ("DATE", "Ngày 11/3/2025") in got
    assert all(text[m.start:m.end] == m.text for m in rec.mentions)
