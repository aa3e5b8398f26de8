"""Plain data types shared by every stage: mentions, metadata, records, gold.

This module is the core of the project: it imports nothing from ``pipeline``.
Span shapes, labels and value forms follow the gold annotation guide
(``ANNOTATION.md``, format v1) so that records and gold compare directly.
"""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator

SCHEMA_VERSION = "1.0"

Label = Literal["PERSON", "ORG", "LOC", "EVENT", "LAW", "MONEY", "PERCENT", "DATE"]
LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOC", "EVENT", "LAW", "MONEY", "PERCENT", "DATE")
VALUE_LABELS: tuple[str, ...] = ("MONEY", "PERCENT", "DATE")

_DECIMAL = r"^-?\d+(\.\d+)?$"
_ISO4217 = r"^[A-Z]{3}$"
_TIMEX = r"^(BC\d{4}|(\d{4}|XXXX)(-(Q[1-4]|\d{2}(-\d{2})?))?)$"  # BC1000: TIMEX3's year before the era


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class MoneyValue(_Strict):
    amount: Optional[str] = Field(pattern=_DECIMAL)
    currency: str = Field(pattern=_ISO4217)


class MoneyRange(_Strict):
    amount_min: str = Field(pattern=_DECIMAL)
    amount_max: str = Field(pattern=_DECIMAL)
    currency: str = Field(pattern=_ISO4217)


class PercentValue(_Strict):
    value: str = Field(pattern=_DECIMAL)


class PercentRange(_Strict):
    value_min: str = Field(pattern=_DECIMAL)
    value_max: str = Field(pattern=_DECIMAL)


class DateValue(_Strict):
    """TIMEX3 value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-QN, BCYYYY (a year before the common era), or
    ``start/end``."""

    value: str

    @model_validator(mode="after")
    def _timex(self) -> "DateValue":
        import re

        parts = self.value.split("/")
        if len(parts) > 2 or not all(re.match(_TIMEX, p) for p in parts):
            raise ValueError(f"not a TIMEX3 date or range: {self.value!r}")
        return self


Value = Union[MoneyRange, MoneyValue, PercentRange, PercentValue, DateValue]

_VALUE_TYPES = {
    "MONEY": (MoneyValue, MoneyRange),
    "PERCENT": (PercentValue, PercentRange),
    "DATE": (DateValue,),
}


def parse_value(label: str, raw: dict) -> Value:
    """Validate a raw value dict against the value forms allowed for ``label``."""
    errors = []
    for cls in _VALUE_TYPES[label]:
        try:
            return cls.model_validate(raw, strict=True)
        except ValueError as exc:  # pydantic.ValidationError is a ValueError
            errors.append(str(exc))
    raise ValueError(f"invalid {label} value {raw!r}: " + " | ".join(errors))


class Mention(_Strict):
    """A labelled span of the article text; ``text == article[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    label: Label
    text: str = Field(min_length=1)
    value: Optional[Value] = None

    @model_validator(mode="before")
    @classmethod
    def _typed_value(cls, data):
        if isinstance(data, dict) and isinstance(data.get("value"), dict):
            data = dict(data)
            data["value"] = parse_value(data.get("label", ""), data["value"]) if data.get(
                "label"
            ) in _VALUE_TYPES else data["value"]
        return data

    @model_validator(mode="after")
    def _consistent(self) -> "Mention":
        if self.end <= self.start:
            raise ValueError("end must be greater than start")
        if self.end - self.start != len(self.text):
            raise ValueError("text length does not match the offsets")
        if self.value is not None and self.label not in VALUE_LABELS:
            raise ValueError(f"{self.label} mentions carry no value")
        if self.value is not None and not isinstance(self.value, _VALUE_TYPES[self.label]):
            raise ValueError(f"value form does not fit label {self.label}")
        return self

    @model_serializer(mode="wrap")
    def _dump(self, handler):
        data = handler(self)
        if self.value is None:
            data.pop("value", None)
        return data


class Region(_Strict):
    """A stretch of the text that is not article content (header lines, page furniture)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: Literal["header", "furniture"]
    reason: str


class Metadata(_Strict):
    title: Optional[str] = None
    published: Optional[str] = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    published_source: Optional[str] = None
    outlet: Optional[str] = None
    authors: list[str] = Field(default_factory=list)
    url: Optional[str] = None
    source_path: Optional[str] = None
    encoding: str = "utf-8"
    html_stripped: bool = False


class Entity(_Strict):
    """One named thing in the article, with all of its mentions (indices into ``mentions``)."""

    id: str
    label: Label
    name: str
    mentions: list[int]
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)


class ArticleRecord(_Strict):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    pipeline_version: str
    doc_id: str = Field(min_length=1)
    text: str
    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    metadata: Metadata
    stages: list[str]
    excluded: list[Region] = Field(default_factory=list)
    mentions: list[Mention]
    entities: list[Entity] = Field(default_factory=list)

    @model_validator(mode="after")
    def _grounded(self) -> "ArticleRecord":
        import hashlib

        if hashlib.sha256(self.text.encode("utf-8")).hexdigest() != self.text_sha256:
            raise ValueError("text_sha256 does not match text")
        prev_end = -1
        for m in self.mentions:
            if m.end > len(self.text) or self.text[m.start : m.end] != m.text:
                raise ValueError(f"mention {m.start}-{m.end} is not grounded in the text")
            if m.start < prev_end:
                raise ValueError(f"mention {m.start}-{m.end} overlaps the previous one")
            prev_end = m.end
        for e in self.entities:
            if any(i < 0 or i >= len(self.mentions) for i in e.mentions):
                raise ValueError(f"entity {e.id} points at a missing mention")
        return self


class ErrorRecord(_Strict):
    input: str
    stage: str
    reason: str
    doc_id: Optional[str] = None
    line: Optional[int] = None


class GoldSpan(Mention):
    pass


class GoldDoc(_Strict):
    doc_id: str
    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    spans: list[GoldSpan]
