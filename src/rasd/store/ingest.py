"""Writing articles and their extraction to the store.

Idempotent: an article is keyed by its id and a hash of its content (text, date, title).  The same article again
changes nothing; a changed one has its events and entities replaced in the same transaction that rewrites it.
``ingest_batch`` writes many articles with one statement per table, which is what makes ingestion fast.

Corrections (``corrections.py``) are keyed by event id and never deleted here: after events are (re)written, any
corrections for their ids are applied again to the flattened columns that filters read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from rasd.models import ArticleIn, Document, Event
from rasd.store.corrections import overlay
from rasd.store.schema import ArticleRow, CorrectionRow, EntityRow, EventDataRow, EventRow, EventSearchRow
from rasd.text.normalise import normalise_str

NO_DATE = dt.date(1, 1, 1)
IN_CHUNK = 500  # ids per IN (...) list: well under every database's bound-parameter limit


@dataclass(slots=True)
class IngestStats:
    """What ``add_many`` did."""

    added: int = 0  # articles new to the store
    replaced: int = 0  # articles whose content changed: their events and entities were replaced
    unchanged: int = 0  # the same article again: nothing written
    events: int = 0  # event rows written
    entities: int = 0  # entity rows written
    duplicate_events: int = 0  # events dropped because an earlier event of the same article had the same id

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.unchanged


def content_hash(doc: Document, article: ArticleIn) -> str:
    """SHA-256 of what the extraction depends on: id, publication date, title and text."""
    h = hashlib.sha256()
    for part in (
        doc.id,
        doc.published or article.published or "",
        doc.title or article.title or "",
        article.text,
    ):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_range(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The days a coded date covers: ``2022-01-24`` → that day, ``2022-01`` → January, ``2022`` → the year."""
    if not value:
        return None, None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date(year, month, int(parts[2]))
    except ValueError:
        return None, None
    return day, day


def search_text(event: Event) -> str:
    """The normalised, case-folded text a free-text query ``q`` is matched against."""
    parts = [event.summary_en, event.evidence.text, event.trigger.text]
    for actor in (event.actor1, event.actor2):
        if actor is not None:
            parts += [actor.name, actor.text]
    loc = event.location
    if loc is not None:
        parts += [loc.text, loc.name or "", loc.admin1 or "", loc.admin2 or "", loc.country or ""]
    return normalise_str(" | ".join(p for p in parts if p)).casefold()


def event_columns(event: Event, published: dt.date | None) -> dict[str, Any]:
    """The flattened, filterable columns of an event (everything but ``id`` and ``article_id``)."""
    start, end = date_range(event.date)
    a1, a2, loc = event.actor1, event.actor2, event.location
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover": event.plover,
        "status": event.status,
        "date": event.date,
        "date_start": start,
        "date_end": end,
        "sort_date": start or published or NO_DATE,
        "time_precision": event.time_precision,
        "actor1_name": a1.name if a1 else None,
        "actor1_inter": a1.inter if a1 else None,
        "actor2_name": a2.name if a2 else None,
        "actor2_inter": a2.inter if a2 else None,
        "location_text": loc.text if loc else None,
        "place_name": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "country": loc.country if loc else None,
        "country_code": loc.country_code.upper() if loc and loc.country_code else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "fatalities": event.fatalities,
        "injured": event.injured,
        "abducted": event.abducted,
        "confidence": event.confidence,
        "summary_en": event.summary_en,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
    }


def chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def ingest_batch(
    conn: Connection, pairs: Sequence[tuple[Document, ArticleIn]], stats: IngestStats, *, force: bool = False
) -> list[bool]:
    """Write a batch of articles in the caller's transaction; per pair, whether anything was written."""
    hashes = [content_hash(doc, art) for doc, art in pairs]
    ids = list(dict.fromkeys(doc.id for doc, _ in pairs))
    stored: dict[str, str] = {}
    for part in chunks(ids):
        q = select(ArticleRow.id, ArticleRow.content_hash).where(ArticleRow.id.in_(part))
        stored.update((aid, digest) for aid, digest in conn.execute(q))

    now = dt.datetime.now(dt.UTC)
    todo: dict[str, tuple[Document, ArticleIn, str]] = {}  # the last version of each id in the batch wins
    written: list[bool] = []
    for (doc, art), digest in zip(pairs, hashes, strict=True):
        if not force and stored.get(doc.id) == digest and doc.id not in todo:
            stats.unchanged += 1
            written.append(False)
            continue
        if doc.id in stored or doc.id in todo:
            stats.replaced += 1
        else:
            stats.added += 1
        todo[doc.id] = (doc, art, digest)
        stored[doc.id] = digest
        written.append(True)
    if not todo:
        return written

    old = [i for i in todo if i in stored]
    for part in chunks(old):
        old_events = select(EventRow.id).where(EventRow.article_id.in_(part))
        conn.execute(delete(EventDataRow).where(EventDataRow.event_id.in_(old_events)))
        conn.execute(delete(EventSearchRow).where(EventSearchRow.event_id.in_(old_events)))
        conn.execute(delete(EventRow).where(EventRow.article_id.in_(part)))
        conn.execute(delete(EntityRow).where(EntityRow.article_id.in_(part)))
        conn.execute(delete(ArticleRow).where(ArticleRow.id.in_(part)))

    articles: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    datas: list[dict[str, Any]] = []
    searches: list[dict[str, Any]] = []
    entities: list[dict[str, Any]] = []
    published_of: dict[str, dt.date | None] = {}
    for doc, art, digest in todo.values():
        published = parse_day(doc.published or art.published)
        published_of[doc.id] = published
        articles.append(
            {
                "id": doc.id,
                "published": published,
                "title": doc.title or art.title,
                "url": art.url,
                "source": art.source,
                "text": art.text,
                "content_hash": digest,
                "ingested_at": now,
            }
        )
        seen: set[str] = set()
        for ev in doc.events:
            if ev.id in seen:
                stats.duplicate_events += 1
                continue
            seen.add(ev.id)
            row = event_columns(ev, published)
            row["id"] = ev.id
            row["article_id"] = doc.id
            events.append(row)
            datas.append({"event_id": ev.id, "data": ev.model_dump(mode="json")})
            searches.append({"event_id": ev.id, "text": search_text(ev)})
        entities += [
            {
                "article_id": doc.id,
                "type": e.type,
                "text": e.text,
                "start": e.start,
                "end": e.end,
                "source": e.source,
            }
            for e in doc.entities
        ]
    conn.execute(insert(ArticleRow), articles)
    if events:
        conn.execute(insert(EventRow), events)
        conn.execute(insert(EventDataRow), datas)
        conn.execute(insert(EventSearchRow), searches)
    if entities:
        conn.execute(insert(EntityRow), entities)
    stats.events += len(events)
    stats.entities += len(entities)
    reapply_corrections(
        conn,
        [(e["id"], e["article_id"], d["data"]) for e, d in zip(events, datas, strict=True)],
        published_of,
    )
    return written


def reapply_corrections(
    conn: Connection,
    events: Sequence[tuple[str, str, dict[str, Any]]],
    published_of: dict[str, dt.date | None],
) -> None:
    """Rewrite the flattened columns of those ``(id, article_id, data)`` events that have corrections."""
    by_id = {eid: (aid, data) for eid, aid, data in events}
    for eid, fixes in corrections_for(conn, list(by_id)).items():
        aid, data = by_id[eid]
        write_columns(conn, overlay(data, fixes), published_of.get(aid))


def write_columns(conn: Connection, event: Event, published: dt.date | None) -> None:
    """Rewrite an event's flattened columns and search text (after a correction)."""
    conn.execute(update(EventRow).where(EventRow.id == event.id).values(**event_columns(event, published)))
    conn.execute(
        update(EventSearchRow).where(EventSearchRow.event_id == event.id).values(text=search_text(event))
    )


def corrections_for(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[tuple[str, Any]]]:
    """Each event's corrections as ``(field, value)``, oldest first (the order they are applied in)."""
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
