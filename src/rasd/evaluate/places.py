"""Place-resolution quality against hand-labelled mentions (``dev/places.jsonl``).

Each gold line is one mention in one sentence::

    {"id": "p001", "text": "<sentence>", "start": 10, "end": 16, "mention": "الموصل",
     "geonameid": 99072, "name": "Mosul", "lat": 36.335, "lon": 43.119, "geo_precision": 1}

``geonameid``/``lat``/``lon`` are null for a negative (a word that looks like a place but is not, with
``"negative": true``).  The sentence alone is run through :func:`rasd.geo.resolve.find_places`; the
predicted mention is the one that overlaps the gold span.

The report gives accuracy within 25 km and precision-code accuracy over positives, the share of
negatives left alone, and every miss grouped by cause (``missed``, ``wrong_place``, ``wrong_precision``,
``false_positive``) with examples.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rasd.doc import Doc, PlaceMention
from rasd.errors import E, InputError
from rasd.geo.gazetteer import haversine_km
from rasd.geo.resolve import find_places

WITHIN_KM = 25.0
_EXAMPLES = 8


def load_gold(path: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(E.E105, line=n, what=str(path), reason=exc.msg) from None
    return items


def _overlapping(places: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    hits = [p for p in places if p.start < end and start < p.end]
    return max(hits, key=lambda p: min(p.end, end) - max(p.start, start)) if hits else None


def evaluate_places(path: Path) -> dict[str, Any]:
    """Score place resolution on a gold JSONL file; returns a JSON-ready report."""
    gold = load_gold(Path(path))
    misses: dict[str, list[dict[str, Any]]] = {
        "missed": [], "wrong_place": [], "wrong_precision": [], "false_positive": []
    }  # fmt: skip
    positives = within = precision_ok = negatives = negatives_ok = 0
    cache: dict[str, list[PlaceMention]] = {}
    for item in gold:
        text = item["text"]
        if text not in cache:
            cache[text] = find_places(Doc(id=item.get("id", "gold"), text=text)).places
        pred = _overlapping(cache[text], item["start"], item["end"])
        example = {"id": item.get("id"), "mention": item["mention"], "gold": item.get("name")}
        if item.get("negative"):
            negatives += 1
            if pred is None:
                negatives_ok += 1
            else:
                misses["false_positive"].append({**example, "predicted": pred.name, "text": pred.text})
            continue
        positives += 1
        if pred is None or pred.lat is None or pred.lon is None:
            misses["missed"].append(example)
            continue
        km = haversine_km(item["lat"], item["lon"], pred.lat, pred.lon)
        if km <= WITHIN_KM:
            within += 1
        else:
            misses["wrong_place"].append({**example, "predicted": pred.name, "km": round(km)})
        if pred.geo_precision == item["geo_precision"]:
            precision_ok += 1
        else:
            misses["wrong_precision"].append(
                {
                    **example,
                    "gold_precision": item["geo_precision"],
                    "predicted_precision": pred.geo_precision,
                }
            )
    return {
        "gold": str(path),
        "mentions": len(gold),
        "positives": positives,
        "negatives": negatives,
        "accuracy_25km": round(within / positives, 4) if positives else None,
        "precision_code_accuracy": round(precision_ok / positives, 4) if positives else None,
        "negatives_rejected": round(negatives_ok / negatives, 4) if negatives else None,
        "misses": {cause: {"count": len(xs), "examples": xs[:_EXAMPLES]} for cause, xs in misses.items()},
    }
