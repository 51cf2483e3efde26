"""Query parameters shared by the listing, statistics and export endpoints, turned into an ``EventFilter``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query
from pydantic import ValidationError

from rasd.errors import E, InputError
from rasd.models import EventType, Status, SubEventType
from rasd.store import EventFilter


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``"min_lon,min_lat,max_lon,max_lat"`` → four floats (E403 otherwise)."""
    parts = [p.strip() for p in value.split(",")]
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise InputError(E.E403, name="bbox", reason=f"{value!r} is not four numbers") from None
    if len(numbers) != 4:
        raise InputError(
            E.E403, name="bbox", reason=f"expected min_lon,min_lat,max_lon,max_lat, got {value!r}"
        )
    return numbers[0], numbers[1], numbers[2], numbers[3]


def event_filter(
    date_from: Annotated[dt.date | None, Query(description="events on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[dt.date | None, Query(description="events on or before (YYYY-MM-DD)")] = None,
    bbox: Annotated[
        str | None, Query(description="min_lon,min_lat,max_lon,max_lat", examples=["38,29,49,38"])
    ] = None,
    country: Annotated[str | None, Query(description="ISO alpha-2 code (IQ) or English name (Iraq)")] = None,
    admin1: Annotated[str | None, Query(description="first-level region, case-insensitive")] = None,
    event_type: Annotated[EventType | None, Query(description="ACLED event type")] = None,
    sub_event_type: Annotated[SubEventType | None, Query(description="ACLED sub-event type")] = None,
    actor: Annotated[str | None, Query(description="part of the actor1 or actor2 name")] = None,
    status: Annotated[
        list[Status] | None, Query(description="repeatable: reported, historical, aggregate")
    ] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="0..1")] = None,
    q: Annotated[str | None, Query(description="free text, Arabic or English; every word must occur")] = None,
    article_id: Annotated[str | None, Query(description="only the events of this article")] = None,
) -> EventFilter:
    """The ``EventFilter`` of a request's query string (E403 for a bad combination, e.g. date_from > date_to)."""
    try:
        return EventFilter(
            date_from=date_from,
            date_to=date_to,
            bbox=parse_bbox(bbox) if bbox else None,
            country=country or None,
            admin1=admin1 or None,
            event_type=event_type,
            sub_event_type=sub_event_type,
            actor=actor or None,
            status=status or None,
            min_confidence=min_confidence,
            q=q if q and q.strip() else None,
            article_id=article_id or None,
        )
    except ValidationError as exc:
        reason = "; ".join(str(err["msg"]).removeprefix("Value error, ") for err in exc.errors())
        raise InputError(E.E403, name="filter", reason=reason) from None
