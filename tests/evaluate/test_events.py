import hashlib
import json
from pathlib import Path

import pytest

from rasd.evaluate.events import LABELS, evaluate_sentences, score_sentences

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "tests" / "quality_floors_events.json").read_text("utf-8"))
GOLD = ROOT / FLOORS["gold"]


def _row(label: str, weight: float = 1.0) -> dict[str, object]:
    return {"id": label, "article_id": "a", "text": "نص", "label": label, "status": None, "weight": weight}


def test_events_score_perfect() -> None:
    rows = [_row(x) for x in LABELS]
    report = score_sentences(rows, list(LABELS))
    assert report.accuracy == 1.0
    assert all(report.per_label[x].f1 == 1.0 for x in LABELS)


def test_events_score_counts_confusion_and_errors() -> None:
    rows = [_row("ASSAULT"), _row("NONE"), _row("NONE")]
    report = score_sentences(rows, ["ASSAULT", "ASSAULT", "NONE"])
    assert report.per_label["ASSAULT"].precision == pytest.approx(0.5)
    assert report.per_label["ASSAULT"].recall == pytest.approx(1.0)
    assert report.confusion["NONE"]["ASSAULT"] == 1
    assert [e["gold"] for e in report.errors] == ["NONE"]


def test_events_score_reweights_by_inclusion_probability() -> None:
    # the false positive comes from a sparsely sampled stratum, so it weighs more in the population
    rows = [_row("ASSAULT", 1.0), _row("NONE", 3.0)]
    report = score_sentences(rows, ["ASSAULT", "ASSAULT"])
    assert report.per_label["ASSAULT"].precision == pytest.approx(0.5)
    assert report.reweighted["ASSAULT"].precision == pytest.approx(0.25)


def test_events_report_formats_every_label() -> None:
    text = score_sentences([_row("PROTEST")], ["NONE"]).format()
    assert all(label in text for label in LABELS)


def test_events_gold_file_is_pinned() -> None:
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == FLOORS["sha256"], (
        "dev/sentences_dev.jsonl changed: re-run the model, then re-pin floors and sha256 on purpose"
    )


@pytest.mark.parametrize("backend", ["encoder", "fast"])
def test_events_shipped_model_meets_floors(backend: str) -> None:
    from rasd.events.classifier import load

    model = load()
    report = evaluate_sentences(GOLD, predict=lambda texts: model.predict(texts, fast=backend == "fast"))
    assert set(FLOORS[backend]) == set(LABELS), "every label needs a pinned floor"
    for label, floor in FLOORS[backend].items():
        assert report.per_label[label].f1 >= floor, (
            f"{backend} {label} F1 {report.per_label[label].f1:.3f} < {floor}"
        )


def test_events_pipeline_meets_floors() -> None:
    """Rules and model together, each dev sentence through the whole pipeline: the figure users meet."""
    from rasd.evaluate.events import pipeline_predict

    report = evaluate_sentences(GOLD, predict=pipeline_predict)
    assert set(FLOORS["pipeline"]) == set(LABELS), "every label needs a pinned floor"
    for label, floor in FLOORS["pipeline"].items():
        assert report.per_label[label].f1 >= floor, (
            f"pipeline {label} F1 {report.per_label[label].f1:.3f} < {floor}"
        )


def test_events_pipeline_predict_labels_each_sentence() -> None:
    from rasd.evaluate.events import pipeline_predict

    texts = [
        "وقعت الشركة اتفاقية تعاون مع وزارة التعليم في الرياض.",
        "قتل 5 أشخاص في انفجار سيارة مفخخة ببغداد أمس.",
    ]
    labels = pipeline_predict(texts)
    assert len(labels) == 2 and set(labels) <= set(LABELS) and labels[0] == "NONE"
