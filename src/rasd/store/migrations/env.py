"""Alembic environment for Rasd's store.

``Store.open`` passes its open connection in ``config.attributes["connection"]``; from the ``alembic`` command line
the database URL comes from ``-x url=...``.  Logging is left alone: a library does not configure it.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from rasd.store.schema import Base, include_name


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit(
            "Give the database: alembic -c src/rasd/store/alembic.ini -x url=sqlite:///rasd.db ..."
        )
    with create_engine(url).connect() as conn:
        _migrate(conn)


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
