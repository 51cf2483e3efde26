"""Opening a store: paths and URLs, migrations on open, and the errors E201/E202."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from store_cases import make_pair

from rasd.errors import ConfigError
from rasd.store import Store
from rasd.store.db import to_url
from rasd.store.schema import Base, include_name


def test_db_migrations_upgrade_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    create_engine(f"sqlite:///{path}").connect().close()  # an empty file
    with Store.open(str(path)) as store:
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            version = conn.execute(text("select version_num from alembic_version")).scalar_one()
            ctx = MigrationContext.configure(conn, opts={"include_name": include_name})
            diff = compare_metadata(ctx, Base.metadata)
    assert {"articles", "events", "entities", "quarantine", "corrections", "event_fts"} <= tables
    assert diff == []  # the migration creates exactly what schema.py declares
    with resources.as_file(resources.files("rasd.store").joinpath("migrations")) as scripts:
        assert version == ScriptDirectory(str(scripts)).get_current_head()


def test_db_reopen_keeps_data(tmp_path: Path) -> None:
    path = str(tmp_path / "rasd.db")
    with Store.open(path) as store:
        store.add(*make_pair())
    with Store.open(path, create=False) as store:
        assert store.count() == 3


def test_db_open_without_tables_and_create_false_is_e202(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="E202"):
        Store.open(str(tmp_path / "new.db"), create=False)


@pytest.mark.parametrize(
    "target",
    [
        "/no/such/directory/rasd.db",
        "nosuchdialect://user@host/db",
        "postgresql://user:secret@127.0.0.1:1/rasd",  # nothing listens on port 1 (or no driver)
    ],
)
def test_db_open_failure_is_e201(target: str) -> None:
    with pytest.raises(ConfigError) as err:
        Store.open(target)
    assert err.value.code == "E201"
    assert "secret" not in err.value.message


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        (":memory:", "sqlite://"),
    ],
)
def test_db_to_url(given: str, expected: str) -> None:
    assert to_url(given) == expected


def test_db_plain_path_is_sqlite(tmp_path: Path) -> None:
    assert to_url(str(tmp_path / "rasd.db")) == f"sqlite:///{tmp_path / 'rasd.db'}"


def test_db_in_memory_store_works() -> None:
    with Store.open(":memory:") as store:
        store.add(*make_pair())
        assert store.count() == 3
