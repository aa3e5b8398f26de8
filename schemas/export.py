"""Export the JSON Schema of the record beside the models: ``python -m schemas.export``."""
from __future__ import annotations

import json
from pathlib import Path

from schemas.models import ArticleRecord, ErrorRecord, GoldDoc

HERE = Path(__file__).resolve().parent


def record_schema() -> dict:
    return ArticleRecord.model_json_schema(mode="serialization")


def main() -> None:
    for name, model in (("article_record", ArticleRecord), ("error_record", ErrorRecord), ("gold_doc", GoldDoc)):
        schema = model.model_json_schema(mode="serialization")
        (HERE / f"{name}.schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")


if __name__ == "__main__":
    main()
