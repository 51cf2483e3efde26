"""The same store on a real PostgreSQL: runs only when RASD_TEST_PG_URL is set (CI starts the server).

    RASD_TEST_PG_URL=postgresql+psycopg://rasd:rasd@localhost:5432/rasd_test pytest tests/store/test_postgres.py

The database is emptied first: point it at a throwaway database.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from store_cases import TEXT, make_pair

from rasd.store import EventFilter, Store
from rasd.store.schema import Base

PG_URL = os.environ.get("RASD_TEST_PG_URL")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PG_URL, reason="set RASD_TEST_PG_URL to a throwaway PostgreSQL database"),
]


@pytest.fixture
def pg() -> Iterator[Store]:
    assert PG_URL
    store = Store.open(PG_URL)
    with store.engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("drop table if exists alembic_version"))
    store.close()
    store = Store.open(PG_URL)  # migrations from empty
    yield store
    store.close()


def test_postgres_round_trip(pg: Store) -> None:
    assert pg.add(*make_pair("a")) is True
    assert pg.add(*make_pair("a")) is False
    assert pg.add(*make_pair("a", text=TEXT + " ")) is True
    pg.add_many([make_pair(f"b{i}") for i in range(5)])
    assert pg.count() == 18
    f = EventFilter(
        country="iraq", date_from=dt.date(2022, 1, 21), q="الموصل", actor="islamic", min_confidence=0.5
    )
    assert {e.id for e in pg.events(f).items} == {"a-ied", *(f"b{i}-ied" for i in range(5))}
    seen, cursor = [], None
    while True:
        page = pg.events(sort="-confidence", limit=4, cursor=cursor)
        seen += [e.id for e in page.items]
        if (cursor := page.next_cursor) is None:
            break
    assert len(seen) == len(set(seen)) == 18
    pg.add_correction("a-ied", "fatalities", 9, "analyst")
    pg.add(*make_pair("a"), force=True)
    ev = pg.get_event("a-ied")
    assert ev is not None and ev.fatalities == 9
    assert pg.stats(EventFilter(article_id="a")).fatalities == 9


def test_postgres_text_search_uses_trigram_index(pg: Store) -> None:
    pg.add_many([make_pair(f"t{i}") for i in range(3)])
    for q, found in [("داعش", "prison"), ("الموصل", "ied"), ("Ghwayran", "prison"), ("في", None)]:
        ids = {e.id for e in pg.events(EventFilter(q=q)).items}
        if found is not None:
            assert ids == {f"t{i}-{found}" for i in range(3)}
        else:
            assert len(ids) == 9  # every evidence has في
    with pg.engine.begin() as conn:
        if not conn.execute(text("select 1 from pg_extension where extname = 'pg_trgm'")).first():
            pytest.skip("pg_trgm is not installed on this server")
        conn.execute(
            text("set local enable_seqscan = off")
        )  # a 9-row table: make the planner show its options
        plan = "\n".join(
            conn.execute(
                text("explain select event_id from event_search where text like '%' || :w || '%'"),
                {"w": "داعش"},
            ).scalars()
        )
    assert "ix_event_search_text_trgm" in plan
