"""Actor resolution against the hand-labelled dev sets (``dev/actors.jsonl``; ``dev/actors_blind.jsonl`` and
``dev/actors_blind2.jsonl`` were each labelled before the resolver ran on them, see their ``_doc`` lines).

Each record holds an article lead (``text``) and every actor mention in it (original offsets, gold registry
id).  The lead runs through the stages before actors (numbers, dates, entities, places) and
:func:`~rasd.actors.resolve.find_actors`; a gold mention is *correct* when a predicted mention overlaps it
with the same id.  Errors are counted by cause:

- ``missed``: no predicted mention overlaps the gold span;
- ``wrong_country``: the right kind of generic actor, the wrong country (military-iq for military-sy);
- ``wrong_named`` / ``wrong_generic``: another actor, for a named / context-resolved prediction;
- ``spurious``: a predicted mention that overlaps no gold mention (it lowers precision, not accuracy).

``family`` accuracy also accepts an actor and its registry parent (isis-k for isis).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rasd.actors.registry import registry
from rasd.actors.resolve import find_actors
from rasd.doc import ActorMention, Doc
from rasd.entities.tagger import tag_entities
from rasd.geo.resolve import find_places
from rasd.text.dates import find_dates
from rasd.text.numbers import find_numbers

_EXAMPLES_PER_CAUSE = 5


@dataclass
class ActorReport:
    gold: int = 0
    correct: int = 0
    family_correct: int = 0
    predicted: int = 0
    spurious: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def family_accuracy(self) -> float:
        return self.family_correct / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return (self.predicted - self.spurious) / self.predicted if self.predicted else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "gold": self.gold,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "family_accuracy": round(self.family_accuracy, 4),
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "errors": dict(self.errors),
            "examples": self.examples,
        }


def _family(aid: str) -> str:
    a = registry().actors.get(aid)
    return a.parent if a is not None and a.parent else aid


def _kind(aid: str) -> str:
    return aid.rsplit("-", 1)[0] if "-" in aid else aid


def _cause(pred: ActorMention | None, gold_id: str) -> str:
    if pred is None:
        return "missed"
    if pred.generic and _kind(pred.actor_id) == _kind(gold_id):
        return "wrong_country"
    return "wrong_generic" if pred.generic else "wrong_named"


def _note(report: ActorReport, cause: str, line: str) -> None:
    report.errors[cause] += 1
    ex = report.examples.setdefault(cause, [])
    if len(ex) < _EXAMPLES_PER_CAUSE:
        ex.append(line)


def annotate(text: str, doc_id: str = "dev") -> Doc:
    doc = Doc(id=doc_id, text=text)
    for stage in (find_numbers, find_dates, tag_entities, find_places, find_actors):
        doc = stage(doc)
    return doc


def evaluate_actors(path: str | Path) -> ActorReport:
    """Score actor resolution on a JSONL dev set; see the module docstring for the causes."""
    report = ActorReport()
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "mentions" not in rec:
                continue  # the header line
            doc = annotate(rec["text"], rec.get("id", "dev"))
            preds = doc.actors
            report.predicted += len(preds)
            used: set[int] = set()
            for g in rec["mentions"]:
                report.gold += 1
                over = [(k, p) for k, p in enumerate(preds) if p.start < g["end"] and g["start"] < p.end]
                hit = next(((k, p) for k, p in over if p.actor_id == g["actor_id"]), None)
                used.update(k for k, _ in over)
                if hit is not None:
                    report.correct += 1
                    report.family_correct += 1
                    continue
                pred = over[0][1] if over else None
                if pred is not None and _family(pred.actor_id) == _family(g["actor_id"]):
                    report.family_correct += 1
                got = pred.actor_id if pred else "-"
                _note(
                    report,
                    _cause(pred, g["actor_id"]),
                    f"{rec.get('id')}: {g['text']!r} gold={g['actor_id']} got={got}",
                )
            for k, p in enumerate(preds):
                if k not in used:
                    report.spurious += 1
                    ex = report.examples.setdefault("spurious", [])
                    if len(ex) < _EXAMPLES_PER_CAUSE:
                        ex.append(f"{rec.get('id')}: {p.text!r} -> {p.actor_id}")
    return report
