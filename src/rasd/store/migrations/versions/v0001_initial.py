"""The first schema: articles, events (+ event_data, event_search), entities, quarantine, corrections.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("source", sa.String(200), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])

    op.create_table(
        "events",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column(
            "article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("plover", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("date_start", sa.Date, nullable=True),
        sa.Column("date_end", sa.Date, nullable=True),
        sa.Column("sort_date", sa.Date, nullable=False),
        sa.Column("time_precision", sa.Integer, nullable=False),
        sa.Column("actor1_name", sa.String(200), nullable=True),
        sa.Column("actor1_inter", sa.Integer, nullable=True),
        sa.Column("actor2_name", sa.String(200), nullable=True),
        sa.Column("actor2_inter", sa.Integer, nullable=True),
        sa.Column("location_text", sa.Text, nullable=True),
        sa.Column("place_name", sa.String(200), nullable=True),
        sa.Column("admin1", sa.String(200), nullable=True),
        sa.Column("admin2", sa.String(200), nullable=True),
        sa.Column("country", sa.String(100), nullable=True),
        sa.Column("country_code", sa.String(2), nullable=True),
        sa.Column("lat", sa.Float, nullable=True),
        sa.Column("lon", sa.Float, nullable=True),
        sa.Column("geo_precision", sa.Integer, nullable=True),
        sa.Column("geonameid", sa.Integer, nullable=True),
        sa.Column("fatalities", sa.Integer, nullable=True),
        sa.Column("injured", sa.Integer, nullable=True),
        sa.Column("abducted", sa.Integer, nullable=True),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("summary_en", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_events_sort_date", "events", ["sort_date", "id"])
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_index("ix_events_country_code", "events", ["country_code", "sort_date"])
    op.create_index("ix_events_event_type", "events", ["event_type", "sort_date"])
    op.create_index("ix_events_lon_lat", "events", ["lon", "lat"])
    op.create_index("ix_events_confidence", "events", ["confidence", "id"])
    op.create_index("ix_events_actor1_name", "events", ["actor1_name"])
    op.create_index("ix_events_actor2_name", "events", ["actor2_name"])
    op.create_index("ix_events_admin1", "events", ["admin1"])

    op.create_table(
        "event_data",
        sa.Column(
            "event_id", sa.String(200), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("data", JSONType, nullable=False),
    )
    op.create_table(
        "event_search",
        sa.Column(
            "event_id", sa.String(200), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("text", sa.Text, nullable=False),
    )

    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("source", sa.String(40), nullable=False),
    )
    op.create_index("ix_entities_article_id", "entities", ["article_id"])
    op.create_index("ix_entities_text", "entities", ["text"])

    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("position", sa.String(40), nullable=False),
        sa.Column("code", sa.String(10), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("excerpt", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_quarantine_code", "quarantine", ["code"])

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(200), nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("value", JSONType, nullable=True),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_corrections_event_id", "corrections", ["event_id"])


def downgrade() -> None:
    for table in (
        "corrections",
        "quarantine",
        "entities",
        "event_search",
        "event_data",
        "events",
        "articles",
    ):
        op.drop_table(table)
