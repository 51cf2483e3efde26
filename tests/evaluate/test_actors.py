"""The actor evaluation harness on a tiny hand-made dev file."""

from __future__ import annotations

import hashlib
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


BLIND_SHA256 = "087d76d68f7b4766c1f65607f3d2df5fc58f431cf736382ca9062ef4a94ff613"


def test_actors_evaluate_blind_set_meets_floor() -> None:
    """dev/actors_blind.jsonl was labelled before the resolver ran on it: 72.9% then, 89.8% after the fixes
    its errors pointed to (so it is no longer blind), 97.2% after the fixes pointed to by dev/actors_blind2.jsonl.
    A floor is lowered on purpose, never by accident."""
    blind = Path(__file__).resolve().parents[2] / "dev" / "actors_blind.jsonl"
    assert hashlib.sha256(blind.read_bytes()).hexdigest() == BLIND_SHA256, (
        "the blind set changed: re-pin on purpose"
    )
    report = evaluate_actors(blind)
    assert report.gold >= 150
    assert report.accuracy >= 0.95
    assert report.precision >= 0.93


BLIND2_SHA256 = "58d2afe7f4f9827ed0e01cf0e0a712993d068ee67b07de39f35f119cb82501f7"
BLIND3_SHA256 = "7519bb5b44cb1e8abd0531c32b0fbab7108a955863280af97030a6d4ebad4bff"


def test_actors_evaluate_second_blind_set_meets_floor() -> None:
    """dev/actors_blind2.jsonl (241 mentions, 45 articles, seed 20261125) was labelled before the resolver ran
    on it: 72.2% then (the honest figure), 87.6% after the fixes its errors pointed to (no longer blind)."""
    blind = Path(__file__).resolve().parents[2] / "dev" / "actors_blind2.jsonl"
    assert hashlib.sha256(blind.read_bytes()).hexdigest() == BLIND2_SHA256, (
        "the second blind set changed: re-pin on purpose"
    )
    report = evaluate_actors(blind)
    assert report.gold >= 150
    assert report.accuracy >= 0.86
    assert report.precision >= 0.85


def test_actors_evaluate_third_blind_set_meets_floor() -> None:
    """dev/actors_blind3.jsonl (110 mentions, 25 articles, seed 20261126) was labelled after the blind2 fixes and
    before the resolver ran on it: 65.5% with the code before those fixes, 72.7% with them (the honest figure for
    that code), 80.9% after the small fixes it prompted (no longer blind)."""
    blind = Path(__file__).resolve().parents[2] / "dev" / "actors_blind3.jsonl"
    assert hashlib.sha256(blind.read_bytes()).hexdigest() == BLIND3_SHA256, (
        "the third blind set changed: re-pin on purpose"
    )
    report = evaluate_actors(blind)
    assert report.gold >= 100
    assert report.accuracy >= 0.78
    assert report.precision >= 0.83
