"""The store: ``Store.open(url_or_path)`` and everything callers do with it.

    >>> store = Store.open("rasd.db")                      # doctest: +SKIP
    >>> store.add_many(pairs)                              # (Document, ArticleIn) pairs  # doctest: +SKIP
    >>> store.events(EventFilter(country="IQ"), limit=50)  # doctest: +SKIP

A path (no ``://``) is a SQLite file; any other SQLAlchemy URL works (``postgresql+psycopg://...``).  Opening runs
the packaged alembic migrations up to head, so a new or older database is ready to use; no ``alembic.ini`` is needed
in the working directory.  Errors: E201 (cannot open), E202 (``create=False`` and no Rasd tables), E403 (a bad
parameter: sort, limit, cursor, correction).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from rasd.errors import ConfigError, E, InputError
from rasd.models import ArticleIn, Document, Entity, Event
from rasd.store import query
from rasd.store.corrections import apply_one, check_field, overlay
from rasd.store.ingest import IngestStats, corrections_for, ingest_batch, write_columns
from rasd.store.query import ArticleRecord, EventFilter, EventPage, Stats, StoredEvent
from rasd.store.schema import ArticleRow, CorrectionRow, EntityRow, EventDataRow, EventRow, QuarantineRow

DEFAULT_PATH = "rasd.db"


def to_url(url_or_path: str) -> str:
    """A SQLAlchemy URL: a plain path (or ``:memory:``) becomes a SQLite URL."""
    if "://" in url_or_path:
        return url_or_path
    if url_or_path == ":memory:":
        return "sqlite://"
    path = Path(url_or_path).expanduser()
    if not path.parent.exists():
        raise ConfigError(E.E201, url=url_or_path, reason=f"directory {path.parent} does not exist")
    return f"sqlite:///{path}"


def _json(value: Any) -> str:
    """JSON as stored: Arabic as UTF-8, not \\u escapes (a third of the size), no padding."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def upgrade(conn: Connection) -> None:
    """Run the packaged migrations up to head on ``conn``."""
    with resources.as_file(resources.files("rasd.store").joinpath("alembic.ini")) as ini:
        cfg = Config(str(ini))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """Articles, events, entities, quarantined records and corrections in one SQL database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url_or_path: str = DEFAULT_PATH, *, create: bool = True) -> Store:
        """Open (and migrate) a store; ``create=False`` refuses a database without Rasd tables (E202)."""
        url = to_url(url_or_path)
        try:
            shown = make_url(url).render_as_string(hide_password=True)
        except SQLAlchemyError as exc:
            raise ConfigError(E.E201, url=url_or_path, reason=str(exc)) from exc
        try:
            if url == "sqlite://":
                engine = create_engine(
                    url,
                    poolclass=StaticPool,
                    connect_args={"check_same_thread": False},
                    json_serializer=_json,
                )
            else:
                engine = create_engine(url, json_serializer=_json)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            with engine.begin() as conn:
                if not create and not inspect(conn).has_table(ArticleRow.__tablename__):
                    raise ConfigError(E.E202, url=shown)
                upgrade(conn)
        except (SQLAlchemyError, ImportError) as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(E.E201, url=shown, reason=reason) from exc
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---- writing ------------------------------------------------------------------------------------

    def add(self, doc: Document, article: ArticleIn, *, force: bool = False) -> bool:
        """Store one article and its extraction; False if the same content was already there (``force``: rewrite)."""
        with self.engine.begin() as conn:
            return ingest_batch(conn, [(doc, article)], IngestStats(), force=force)[0]

    def add_many(
        self, pairs: Iterable[tuple[Document, ArticleIn]], *, batch: int = 500, force: bool = False
    ) -> IngestStats:
        """Store many articles, one transaction per ``batch`` of them."""
        stats = IngestStats()
        it = iter(pairs)
        while chunk := list(islice(it, batch)):
            with self.engine.begin() as conn:
                ingest_batch(conn, chunk, stats, force=force)
        if self.engine.dialect.name == "sqlite" and stats.added + stats.replaced:
            with self.engine.begin() as conn:
                conn.exec_driver_sql(
                    "PRAGMA optimize"
                )  # refresh the planner's statistics when they are stale
        return stats

    def quarantine(self, source: str, position: str, code: str, message: str, excerpt: str) -> None:
        """Record an input that could not be processed."""
        row = {
            "source": source,
            "position": position,
            "code": code,
            "message": message,
            "excerpt": excerpt[:500],
            "created_at": dt.datetime.now(dt.UTC),
        }
        with self.engine.begin() as conn:
            conn.execute(insert(QuarantineRow), [row])

    def add_correction(self, event_id: str, field: str, value: Any, author: str) -> Event:
        """Record an analyst's edit of one field and return the corrected event (E401 unknown event, E403 bad edit)."""
        check_field(field)
        with self.engine.begin() as conn:
            found = conn.execute(
                select(EventDataRow.data, ArticleRow.published)
                .join(EventRow, EventRow.id == EventDataRow.event_id)
                .join(ArticleRow, ArticleRow.id == EventRow.article_id)
                .where(EventRow.id == event_id)
            ).one_or_none()
            if found is None:
                raise InputError(E.E401, id=event_id)
            data, published = found
            current = overlay(data, corrections_for(conn, [event_id]).get(event_id, ()))
            corrected = apply_one(current.model_dump(mode="json"), field, value)
            conn.execute(
                insert(CorrectionRow),
                [
                    {
                        "event_id": event_id,
                        "field": field,
                        "value": value,
                        "author": author,
                        "created_at": dt.datetime.now(dt.UTC),
                    }
                ],
            )
            write_columns(conn, corrected, published)
        return corrected

    def corrections(self, event_id: str) -> list[dict[str, Any]]:
        """The corrections of an event, oldest first: field, value, author, created_at."""
        q = (
            select(CorrectionRow.field, CorrectionRow.value, CorrectionRow.author, CorrectionRow.created_at)
            .where(CorrectionRow.event_id == event_id)
            .order_by(CorrectionRow.created_at, CorrectionRow.id)
        )
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # ---- reading ------------------------------------------------------------------------------------

    def events(
        self,
        f: EventFilter | None = None,
        *,
        sort: str = "-date",
        limit: int = 100,
        cursor: str | None = None,
    ) -> EventPage:
        """A page of events matching ``f``, corrections applied; pass ``next_cursor`` back for the next page."""
        with self.engine.connect() as conn:
            items, nxt = query.page(conn, f or EventFilter(), sort=sort, limit=limit, cursor=cursor)
        return EventPage(items=[s.event for s in items], next_cursor=nxt)

    def iter_events(
        self, f: EventFilter | None = None, *, sort: str = "-date", batch: int = 500
    ) -> Iterator[StoredEvent]:
        """Every event matching ``f`` with its article's id and source (for exports), in constant memory."""
        cursor: str | None = None
        while True:
            with self.engine.connect() as conn:
                items, cursor = query.page(conn, f or EventFilter(), sort=sort, limit=batch, cursor=cursor)
            yield from items
            if cursor is None:
                return

    def get_event(self, event_id: str) -> Event | None:
        """One event with its corrections overlaid, or None."""
        with self.engine.connect() as conn:
            q = select(EventDataRow.data).where(EventDataRow.event_id == event_id)
            data = conn.execute(q).scalar_one_or_none()
            if data is None:
                return None
            return overlay(data, corrections_for(conn, [event_id]).get(event_id, ()))

    def get_article(self, article_id: str) -> ArticleRecord | None:
        """One article: its original text, its events (corrections applied) and entities, or None."""
        with self.engine.connect() as conn:
            a = conn.execute(select(ArticleRow.__table__).where(ArticleRow.id == article_id)).one_or_none()
            if a is None:
                return None
            rows = conn.execute(
                select(EventRow.id, EventDataRow.data)
                .join(EventDataRow, EventDataRow.event_id == EventRow.id)
                .where(EventRow.article_id == article_id)
                .order_by(EventRow.evidence_start, EventRow.id)
            ).all()
            fixes = corrections_for(conn, [r[0] for r in rows])
            ents = conn.execute(
                select(EntityRow.type, EntityRow.text, EntityRow.start, EntityRow.end, EntityRow.source)
                .where(EntityRow.article_id == article_id)
                .order_by(EntityRow.start, EntityRow.id)
            ).mappings()
            entities = [Entity(**e) for e in ents]
        return ArticleRecord(
            id=a.id,
            published=a.published.isoformat() if a.published else None,
            title=a.title,
            url=a.url,
            source=a.source,
            text=a.text,
            content_hash=a.content_hash,
            ingested_at=a.ingested_at,
            events=[overlay(data, fixes.get(eid, ())) for eid, data in rows],
            entities=entities,
        )

    def count(self, f: EventFilter | None = None) -> int:
        with self.engine.connect() as conn:
            return query.count(conn, f or EventFilter())

    def stats(self, f: EventFilter | None = None) -> Stats:
        with self.engine.connect() as conn:
            return query.stats(conn, f or EventFilter())

    def quarantined(self, *, limit: int = 100) -> list[dict[str, Any]]:
        """The most recent quarantined records."""
        t = QuarantineRow
        q = (
            select(t.source, t.position, t.code, t.message, t.excerpt, t.created_at)
            .order_by(t.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]
