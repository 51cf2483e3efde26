"""The actor evaluation harness on a tiny hand-made dev file."""

from __future__ import annotations

import json
from pathlib import Path

from rasd.evaluate.actors import evaluate_actors


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_actors_evaluate_counts_correct_missed_and_wrong(tmp_path: Path) -> None:
    text = "هاجم تنظيم داعش قرية في الأنبار وقتل خمسة مدنيين بينما فر أبو محمد"

    def span(s: str) -> dict[str, object]:
        i = text.index(s)
        return {"start": i, "end": i + len(s), "text": s}

    path = _write(tmp_path, [
        {"_doc": "header"},
        {"id": "a", "text": text, "mentions": [
            {**span("تنظيم داعش"), "actor_id": "isis"},
            {**span("مدنيين"), "actor_id": "civilians-sy"},
            {**span("أبو محمد"), "actor_id": "isis"},
        ]},
    ])  # fmt: skip
    report = evaluate_actors(path)
    assert (report.gold, report.correct) == (3, 1)
    assert report.errors == {"wrong_country": 1, "missed": 1}
    assert report.precision == 1.0
    assert report.as_dict()["accuracy"] == round(1 / 3, 4)


def test_actors_evaluate_dev_set_meets_floor() -> None:
    dev = Path(__file__).resolve().parents[2] / "dev" / "actors.jsonl"
    report = evaluate_actors(dev)
    assert report.gold >= 150
    assert report.accuracy >= 0.9
