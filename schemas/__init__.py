"""Pydantic models of the project's records; JSON Schema exported beside them."""
from schemas.models import (
    LABELS,
    SCHEMA_VERSION,
    VALUE_LABELS,
    ArticleRecord,
    DateValue,
    Entity,
    ErrorRecord,
    GoldDoc,
    GoldSpan,
    Mention,
    Metadata,
    MoneyRange,
    MoneyValue,
    PercentRange,
    PercentValue,
    Region,
    parse_value,
)

__all__ = [
    "LABELS", "SCHEMA_VERSION", "VALUE_LABELS", "ArticleRecord", "DateValue", "Entity",
    "ErrorRecord", "GoldDoc", "GoldSpan", "Mention", "Metadata", "MoneyRange", "MoneyValue",
    "PercentRange", "PercentValue", "Region", "parse_value",
]
