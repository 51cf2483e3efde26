"""The store: SQLAlchemy tables, alembic migrations, ingestion, queries and exports.

>>> from rasd.store import EventFilter, Store
>>> store = Store.open("rasd.db")                                  # doctest: +SKIP
>>> store.events(EventFilter(country="IQ", min_confidence=0.5))    # doctest: +SKIP
"""

from __future__ import annotations

from rasd.store.db import Store
from rasd.store.export import CSV_COLUMNS, TABLE_COLUMNS, export_csv, export_geojson, to_table_rows
from rasd.store.ingest import IngestStats
from rasd.store.query import ArticleRecord, EventFilter, EventPage, Stats, StoredEvent

__all__ = [
    "CSV_COLUMNS",
    "TABLE_COLUMNS",
    "ArticleRecord",
    "EventFilter",
    "EventPage",
    "IngestStats",
    "Stats",
    "Store",
    "StoredEvent",
    "export_csv",
    "export_geojson",
    "to_table_rows",
]
