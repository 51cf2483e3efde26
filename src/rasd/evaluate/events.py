"""Evaluate a sentence-level event classifier against hand labels (``rasd eval events --gold FILE``).

The gold file is JSONL, one sentence a line: ``{"id", "article_id", "text", "label", "status",
"stratum", "weight"}`` with ``label`` in NONE/ASSAULT/PROTEST/COERCE (see ``dev/sentences_dev.jsonl``).
:func:`evaluate_sentences` returns per-label precision/recall/F1 and the confusion matrix; where rows
carry ``weight`` (inverse inclusion probability of the stratified draw), it also reports the figures
reweighted to the uniform population of news sentences, which is what precision means in production.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasd.metrics import prf

LABELS: tuple[str, ...] = ("NONE", "ASSAULT", "PROTEST", "COERCE")

Predict = Callable[[list[str]], Sequence[str]]


@dataclass(frozen=True, slots=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: float  # gold count (weighted, in the reweighted score)


@dataclass(frozen=True, slots=True)
class SentenceReport:
    n: int
    accuracy: float
    per_label: dict[str, LabelScore]
    confusion: dict[str, dict[str, int]]  # gold → predicted → count
    reweighted: dict[str, LabelScore] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)  # id, text, gold, predicted, status

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the event labels (NONE excluded)."""
        scores = [self.per_label[label].f1 for label in LABELS[1:]]
        return sum(scores) / len(scores)

    def to_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "per_label": {k: vars_of(v) for k, v in self.per_label.items()},
            "reweighted": {k: vars_of(v) for k, v in self.reweighted.items()},
            "confusion": self.confusion,
        }

    def format(self) -> str:
        """A plain-text table: per-label P/R/F1 (and reweighted P/F1), then the confusion matrix."""
        lines = [f"n={self.n} accuracy={self.accuracy:.3f} macro-F1(events)={self.macro_f1:.3f}"]
        lines.append(f"{'label':8} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}   {'P(rw)':>6} {'F1(rw)':>6}")
        for label in LABELS:
            s = self.per_label[label]
            r = self.reweighted.get(label)
            extra = f"   {r.precision:6.3f} {r.f1:6.3f}" if r else ""
            lines.append(
                f"{label:8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {int(s.support):5d}{extra}"
            )
        lines.append("confusion (rows gold, columns predicted): " + " ".join(f"{x[:4]:>5}" for x in LABELS))
        for gold in LABELS:
            lines.append(f"{gold:8} " + " ".join(f"{self.confusion[gold][p]:5d}" for p in LABELS))
        return "\n".join(lines)


def vars_of(score: LabelScore) -> dict[str, float]:
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1, "support": score.support}


def _scores(gold: list[str], pred: list[str], weights: list[float]) -> dict[str, LabelScore]:
    out: dict[str, LabelScore] = {}
    for label in LABELS:
        tp = sum(w for g, p, w in zip(gold, pred, weights, strict=True) if g == label and p == label)
        fp = sum(w for g, p, w in zip(gold, pred, weights, strict=True) if g != label and p == label)
        fn = sum(w for g, p, w in zip(gold, pred, weights, strict=True) if g == label and p != label)
        precision, recall, f1 = prf(tp, tp + fp, tp + fn)
        out[label] = LabelScore(precision, recall, f1, tp + fn)
    return out


def read_gold(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_sentences(rows: list[dict[str, object]], predicted: Sequence[str]) -> SentenceReport:
    """Score ``predicted`` labels against gold ``rows`` (same order)."""
    gold = [str(r["label"]) for r in rows]
    pred = list(predicted)
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    ones = [1.0] * len(gold)
    weights = [float(r["weight"]) for r in rows if r.get("weight") is not None]  # type: ignore[arg-type]
    reweighted = _scores(gold, pred, weights) if len(weights) == len(gold) else {}
    errors = [
        {
            "id": str(r["id"]),
            "text": str(r["text"]),
            "gold": g,
            "predicted": p,
            "status": str(r.get("status")),
        }
        for r, g, p in zip(rows, gold, pred, strict=True)
        if g != p
    ]
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / max(len(gold), 1)
    return SentenceReport(len(gold), accuracy, _scores(gold, pred, ones), confusion, reweighted, errors)


def shipped_predict(texts: list[str]) -> list[str]:
    """The shipped encoder model's labels."""
    from rasd.events.classifier import load

    return load().predict(texts)


# The sentence label of a reported event, by ACLED event type (arrests are a sub-event type).
_LABEL_OF_TYPE = {"Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT",
                  "Violence against civilians": "ASSAULT", "Protests": "PROTEST", "Riots": "PROTEST"}  # fmt: skip
PIPELINE_PUBLISHED = "2015-08-01"  # the gold sentences are 2015-era Saudi press


def pipeline_predict(texts: list[str]) -> list[str]:
    """Rules + sentence model as shipped: each sentence as its own article through the whole pipeline.

    The label is the family of a *reported* event found in it (ASSAULT > PROTEST > COERCE), else NONE;
    the sentence model's mode is ``sentence_model`` in the settings (``$RASD_SETTINGS``).
    """
    from rasd.models import ArticleIn
    from rasd.pipeline import extract_doc

    out: list[str] = []
    for text in texts:
        doc = extract_doc(ArticleIn(text=text, published=PIPELINE_PUBLISHED))
        found = set()
        for ev in doc.events:
            if ev.status != "reported":
                continue
            label = "COERCE" if ev.sub_event_type == "Arrests" else _LABEL_OF_TYPE.get(ev.event_type)
            if label:
                found.add(label)
        out.append(next((label for label in ("ASSAULT", "PROTEST", "COERCE") if label in found), "NONE"))
    return out


def evaluate_sentences(gold_path: Path | str, predict: Predict = shipped_predict) -> SentenceReport:
    """Run ``predict`` over every gold sentence of ``gold_path`` and score it."""
    rows = read_gold(Path(gold_path))
    return score_sentences(rows, predict([str(r["text"]) for r in rows]))
