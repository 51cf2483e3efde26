"""The pinned JSON Schema of the contract (``document.schema.json``), regenerated with
``python -m rasd.schema.pin`` after an intended change to :mod:`rasd.models`."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from rasd.models import Document

SCHEMA_FILE = "document.schema.json"


def current_schema() -> dict:  # type: ignore[type-arg]
    return Document.model_json_schema()


def pinned_schema() -> dict:  # type: ignore[type-arg]
    return json.loads(resources.files("rasd.schema").joinpath(SCHEMA_FILE).read_text("utf-8"))  # type: ignore[no-any-return]


def write_schema(path: Path | None = None) -> Path:
    out = path or Path(str(resources.files("rasd.schema").joinpath(SCHEMA_FILE)))
    out.write_text(json.dumps(current_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    return out


if __name__ == "__main__":
    write_schema()
