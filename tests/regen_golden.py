"""Regenerate the golden snapshot: python tests/regen_golden.py  (review the diff before committing)."""

from __future__ import annotations

import json
from pathlib import Path

import rasd

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    text = (ROOT / "examples" / "iraq-prepares-2022-01-24.txt").read_text("utf-8")
    doc = rasd.extract(text, published="2022-01-24", id="sample-iraq-prepares")
    out = ROOT / "tests" / "golden" / "iraq-prepares-2022-01-24.json"
    out.write_text(
        json.dumps(json.loads(doc.model_dump_json()), ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    print(out)
