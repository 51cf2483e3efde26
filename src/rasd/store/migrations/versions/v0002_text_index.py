"""Faster reads: a full-text index for ``q`` (event_search gets an integer key; FTS5 trigram on SQLite, pg_trgm on
PostgreSQL), and ``ix_events_date_range`` (date_start, date_end) in place of ``ix_events_date_start``.

SQLite: ``event_fts`` is an external-content FTS5 table over ``event_search.text`` with the trigram tokenizer, so a
word matches anywhere inside the text (``داعش`` in ``لداعش``, ``العراق`` in ``وبالعراق``) exactly as the ``LIKE
'%word%'`` it replaces; triggers on ``event_search`` keep it in sync, and the upgrade backfills it.  Skipped when the
SQLite library lacks FTS5 or the trigram tokenizer (before 3.34): queries then fall back to ``LIKE``.

PostgreSQL: a GIN ``gin_trgm_ops`` index on ``event_search.text`` serves the same ``LIKE`` queries when the pg_trgm
extension is installed or this role may install it; otherwise nothing (``LIKE`` still answers, by a scan).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE event_fts USING fts5("
    "text, content='event_search', content_rowid='id', tokenize='trigram', columnsize=0)",
    "CREATE TRIGGER event_fts_insert AFTER INSERT ON event_search BEGIN "
    "INSERT INTO event_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER event_fts_delete AFTER DELETE ON event_search BEGIN "
    "INSERT INTO event_fts(event_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER event_fts_update AFTER UPDATE ON event_search BEGIN "
    "INSERT INTO event_fts(event_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO event_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO event_fts(event_fts) VALUES ('rebuild')",  # the backfill
]
PG_TRGM_INDEX = "CREATE INDEX ix_event_search_text_trgm ON event_search USING gin (text gin_trgm_ops)"


def _sqlite_has_trigram(bind: sa.Connection) -> bool:
    version = tuple(int(p) for p in bind.exec_driver_sql("select sqlite_version()").scalar_one().split("."))
    options = {row[0] for row in bind.exec_driver_sql("pragma compile_options")}
    return version >= (3, 34, 0) and "ENABLE_FTS5" in options


def _pg_trgm_ready(bind: sa.Connection) -> bool:
    """pg_trgm is installed, or can be: available here and (superuser, or trusted and we may create in this db)."""
    if bind.exec_driver_sql("select 1 from pg_extension where extname = 'pg_trgm'").first():
        return True
    can = bind.exec_driver_sql(
        "select (select rolsuper from pg_roles where rolname = current_user)"
        " or (v.trusted and has_database_privilege(current_database(), 'CREATE'))"
        " from pg_available_extension_versions v join pg_available_extensions e"
        " on e.name = v.name and e.default_version = v.version where v.name = 'pg_trgm'"
    ).scalar()
    if not can:
        return False
    bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    return True


def upgrade() -> None:
    op.create_table(
        "event_search_new",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(200), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.execute("INSERT INTO event_search_new (event_id, text) SELECT event_id, text FROM event_search")
    op.drop_table("event_search")
    op.rename_table("event_search_new", "event_search")
    op.create_index("ix_event_search_event_id", "event_search", ["event_id"], unique=True)
    # date filters (date_end >= from, date_start <= to) checked inside the index, not on every row it finds
    op.drop_index("ix_events_date_start", table_name="events")
    op.create_index("ix_events_date_range", "events", ["date_start", "date_end"])

    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and _sqlite_has_trigram(bind):
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif bind.dialect.name == "postgresql" and _pg_trgm_ready(bind):
        op.execute(PG_TRGM_INDEX)


def downgrade() -> None:
    op.drop_index("ix_events_date_range", table_name="events")
    op.create_index("ix_events_date_start", "events", ["date_start"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("event_fts_insert", "event_fts_delete", "event_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS event_fts")
    op.create_table(
        "event_search_old",
        sa.Column(
            "event_id", sa.String(200), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.execute("INSERT INTO event_search_old (event_id, text) SELECT event_id, text FROM event_search")
    op.drop_table("event_search")  # takes ix_event_search_event_id and the trigram index with it
    op.rename_table("event_search_old", "event_search")
