"""The link stage: one consistent set of mentions and the entities they name."""
from __future__ import annotations

from pipeline import extract
from pipeline.stages.link import group_entities, resolve_overlaps


def test_overlaps_resolve_to_credits_then_longer_spans():
    mentions = [
        {"start": 0, "end": 8, "label": "LOC", "text": "Việt Nam"},
        {"start": 0, "end": 20, "label": "ORG", "text": "Việt Nam Airlines co"},
        {"start": 30, "end": 40, "label": "DATE", "text": "x" * 10},
        {"start": 25, "end": 45, "label": "LAW", "text": "y" * 20},
        {"start": 50, "end": 58, "label": "PERSON", "text": "Thu Hà A", "source": "read"},
        {"start": 50, "end": 60, "label": "ORG", "text": "Thu Hà AB."},
        {"start": 70, "end": 75, "label": "LOC", "text": "Huế.."},
    ]
    kept = resolve_overlaps(mentions, excluded=[(72, 100)])
    assert [(m["start"], m["label"]) for m in kept] == [(0, "ORG"), (25, "LAW"), (50, "PERSON")]


def test_mentions_of_one_name_form_one_entity_with_roles():
    rec = extract("Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp Ngoại trưởng Mỹ. "
                  "Ông Bùi Thanh Sơn nói Mỹ và Việt Nam là đối tác.", doc_id="l")
    by_name = {e.name: e for e in rec.entities}
    son = by_name["Bùi Thanh Sơn"]
    assert son.label == "PERSON" and len(son.mentions) == 2
    assert "Bộ trưởng Ngoại giao" in son.roles
    assert by_name["Mỹ"].label == "LOC" and len(by_name["Mỹ"].mentions) == 2
    for e in rec.entities:
        assert all(rec.mentions[i].label == e.label for i in e.mentions)


def test_group_entities_ignores_values():
    ents = group_entities([{"start": 0, "end": 3, "label": "PERCENT", "text": "44%"},
                           {"start": 5, "end": 9, "label": "ORG", "text": "VNPT"}])
    assert [e["name"] for e in ents] == ["VNPT"]
