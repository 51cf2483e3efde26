"""Quality gate: the shipped entity tagger on ANERcorp test must not fall below the pinned floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.evaluate.ner import evaluate_ner, file_sha256

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "data" / "anercorp" / "test.txt"
FLOORS = ROOT / "tests" / "quality_floors.json"


@pytest.mark.slow
@pytest.mark.skipif(not GOLD.is_file(), reason="../shared/data/anercorp is not available")
def test_ner_micro_f1_above_floor() -> None:
    pinned = json.loads(FLOORS.read_text("utf-8"))["ner_micro_f1"]
    assert file_sha256(GOLD) == pinned["gold_sha256"], "the gold file changed: re-pin the floor on purpose"
    report = evaluate_ner(GOLD)
    assert report.micro.f1 >= pinned["floor"], report.micro
    assert report.micro_plo.f1 >= pinned["floor_plo"], report.micro_plo


def test_ner_evaluate_small_gold(tmp_path: Path) -> None:
    gold = tmp_path / "g.txt"
    gold.write_text("قال O\nالرئيس O\nباراك B-PERS\nأوباما I-PERS\nفي O\nواشنطن B-LOC\n. O\n", "utf-8")
    report = evaluate_ner(gold)
    assert report.sentences == 1 and report.tokens == 6
    assert report.micro.gold == 2
    assert set(report.per_type) == {"PER", "LOC", "ORG", "MISC"}
    assert report.to_dict()["gold_sha256"] == file_sha256(gold)
