"""The store's tables, as typed SQLAlchemy 2 declarative models.

Portable on purpose (SQLite by default, PostgreSQL later): plain column types, ``sqlalchemy.JSON`` (JSONB on
PostgreSQL), no dialect-specific SQL.  The migrations in ``migrations/versions/`` create exactly these tables; a test
compares the two, so a change here needs a new migration.  The one exception is the free-text index, which each
database does its own way (migration 0002, ``search.py``) and which schema comparisons leave out (``include_name``).

============ ================================================================================================
table        what it holds
============ ================================================================================================
articles     one row per article (id = the article's stable id), its original text and a content hash
events       one row per extracted event: the filterable fields, flattened
event_data   the whole extracted ``Event`` as JSON (``data``), one-to-one with events
event_search the normalised text a free-text query is matched against, one-to-one with events
event_fts    (SQLite only, not declared here) the trigram full-text index over ``event_search.text``
entities     the article's entity spans (type, text, offsets into the article text, which stage found it)
quarantine   records that could not be processed, with their numbered error code
corrections  an analyst's edits: (event_id, field, value); never deleted by re-ingestion (see ``ingest.py``)
============ ================================================================================================

The flattened columns of ``events`` show the event *with* its corrections applied (so filters see the analyst's
values); ``event_data.data`` keeps the event exactly as extracted.  ``data`` and the search text live in tables
of their own so that a scan of ``events`` (a filter no index serves, the statistics) reads ~250 bytes a row instead
of ~1.6 kB: two to three times faster on SQLite.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    published: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_articles_published", "published"),)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(200), ForeignKey("articles.id", ondelete="CASCADE"))
    event_type: Mapped[str] = mapped_column(String(40))
    sub_event_type: Mapped[str] = mapped_column(String(60))
    plover: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))  # as coded: YYYY-MM-DD, YYYY-MM or YYYY
    date_start: Mapped[dt.date | None] = mapped_column(Date)  # first day the coded date covers
    date_end: Mapped[dt.date | None] = mapped_column(Date)  # last day it covers
    sort_date: Mapped[dt.date] = mapped_column(Date)  # date_start, else the article's date, else 0001-01-01
    time_precision: Mapped[int] = mapped_column(Integer)
    actor1_name: Mapped[str | None] = mapped_column(String(200))
    actor1_inter: Mapped[int | None] = mapped_column(Integer)
    actor2_name: Mapped[str | None] = mapped_column(String(200))
    actor2_inter: Mapped[int | None] = mapped_column(Integer)
    location_text: Mapped[str | None] = mapped_column(Text)
    place_name: Mapped[str | None] = mapped_column(String(200))
    admin1: Mapped[str | None] = mapped_column(String(200))
    admin2: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(100))
    country_code: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    abducted: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    summary_en: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_events_sort_date", "sort_date", "id"),
        Index("ix_events_date_range", "date_start", "date_end"),  # a date filter reads both, not the rows
        Index("ix_events_article_id", "article_id"),
        Index("ix_events_country_code", "country_code", "sort_date"),
        Index("ix_events_event_type", "event_type", "sort_date"),
        Index("ix_events_lon_lat", "lon", "lat"),
        Index("ix_events_confidence", "confidence", "id"),
        Index("ix_events_actor1_name", "actor1_name"),
        Index("ix_events_actor2_name", "actor2_name"),
        Index("ix_events_admin1", "admin1"),
    )


class EventDataRow(Base):
    """The whole extracted event, one-to-one with ``events`` (kept apart so that scans of ``events`` stay narrow)."""

    __tablename__ = "event_data"

    event_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)  # Event.model_dump(mode="json") as extracted


class EventSearchRow(Base):
    """The normalised, case-folded text that a free-text query ``q`` is matched against, one row per event.

    ``id`` is an integer key only so that SQLite's full-text index (``event_fts``, see ``search.py``) can point at
    rows by a rowid that never changes, not even on VACUUM; callers use ``event_id``.
    """

    __tablename__ = "event_search"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(200), ForeignKey("events.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_event_search_event_id", "event_id", unique=True),)


class EntityRow(Base):
    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(String(200), ForeignKey("articles.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(40))

    __table_args__ = (Index("ix_entities_article_id", "article_id"), Index("ix_entities_text", "text"))


class QuarantineRow(Base):
    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text)
    excerpt: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_quarantine_code", "code"),)


class CorrectionRow(Base):
    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(200))  # no foreign key: a correction outlives re-ingestion
    field: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_corrections_event_id", "event_id"),)


# Objects that migration 0002 creates outside ``Base.metadata`` (dialect-specific text indexes): SQLite's FTS5 table
# with its shadow tables (event_fts_data, event_fts_idx, event_fts_config) and PostgreSQL's pg_trgm index.
TEXT_INDEX_TABLE = "event_fts"
TEXT_INDEX_PG = "ix_event_search_text_trgm"


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name`` hook: leave the text indexes out of schema comparisons."""
    if name is None:
        return True
    if type_ == "table":
        return name != TEXT_INDEX_TABLE and not name.startswith(TEXT_INDEX_TABLE + "_")
    return name != TEXT_INDEX_PG
