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
