"""Stage ``link``: one consistent set of mentions, grouped into entities.

Reads ``doc._.mentions`` (candidates from ``numbers`` and ``entities``, possibly overlapping)
and ``doc._.excluded``. Keeps mentions outside excluded regions, resolves overlaps (credits found by
``read`` first, then the longer span, then the earlier one; a numbered instrument beats a date or
an amount inside it), sorts
them, sets ``doc.ents`` for the mentions that fall on token boundaries (for displaCy), and groups
PERSON/ORG/LOC/EVENT/LAW mentions that name the same thing into ``doc._.entities``.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.vi.align import fold

_NAMED = ("PERSON", "ORG", "LOC", "EVENT", "LAW")
_PRIORITY = {"LAW": 0, "MONEY": 1, "PERCENT": 1, "DATE": 2, "EVENT": 3, "ORG": 3, "PERSON": 3, "LOC": 4}


def resolve_overlaps(mentions: list[dict], excluded: list[tuple[int, int]] = ()) -> list[dict]:
    """Non-overlapping mentions outside ``excluded``, chosen by priority (see the module docstring)."""
    import bisect

    def in_excluded(m) -> bool:  # a handful of header and furniture regions at most
        return any(s < m["end"] and m["start"] < e for s, e in excluded)

    ranked = sorted(
        (m for m in mentions if not in_excluded(m)),
        key=lambda m: (m.get("source") != "read", -(m["end"] - m["start"]), _PRIORITY.get(m["label"], 9),
                       m["start"]),
    )
    starts: list[int] = []  # the taken spans, sorted by start; they never overlap each other
    ends: list[int] = []
    taken: list[dict] = []
    for m in ranked:
        i = bisect.bisect_left(starts, m["start"])
        if i < len(starts) and starts[i] < m["end"]:
            continue
        if i > 0 and ends[i - 1] > m["start"]:
            continue
        starts.insert(i, m["start"])
        ends.insert(i, m["end"])
        taken.append(m)
    return sorted(taken, key=lambda m: (m["start"], m["end"]))


def group_entities(mentions: list[dict]) -> list[dict]:
    """Mentions of one name (same label, same folded text, or a known alias) form one entity."""
    groups: dict[tuple[str, str], dict] = {}
    for i, m in enumerate(mentions):
        if m["label"] not in _NAMED:
            continue
        key = (m["label"], m.get("canonical") or fold(m["text"]))
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"id": "", "label": m["label"], "name": m.get("canonical_name") or m["text"],
                               "mentions": [], "aliases": [], "roles": []}
        g["mentions"].append(i)
        if m["text"] != g["name"] and m["text"] not in g["aliases"]:
            g["aliases"].append(m["text"])
        for role in m.get("roles", ()):
            if role not in g["roles"]:
                g["roles"].append(role)
    out = sorted(groups.values(), key=lambda g: g["mentions"][0])
    for n, g in enumerate(out, 1):
        g["id"] = f"E{n}"
    return out


def link(doc: Doc) -> Doc:
    excluded = [(s, e) for s, e, *_ in (doc._.excluded or [])]
    mentions = resolve_overlaps(list(doc._.mentions or []), excluded)
    doc._.mentions = mentions
    doc._.entities = group_entities(mentions)
    ents = []
    for m in mentions:
        span = doc.char_span(m["start"], m["end"], label=m["label"])
        if span is not None:
            ents.append(span)
    doc.ents = ents
    return doc
