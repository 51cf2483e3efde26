"""Free-text search: the events whose search text holds every word of ``q``.

The meaning is fixed and portable: a word matches where ``event_search.text LIKE '%word%'`` does, on text and query
both normalised (``normalise_str``) and case-folded.  A substring, so a word matches inside its clitic-glued forms
(``داعش`` in ``لداعش``, ``العراق`` in ``وبالعراق``), which a word tokenizer (FTS5 ``unicode61``, even with prefix
queries) would miss.  How it is answered depends on the database:

========================= ==========================================================================================
SQLite with ``event_fts``  words of 3+ characters: FTS5 trigram ``MATCH`` (an index lookup, the same rows as LIKE);
                           shorter words (``في``), which no trigram can index: LIKE, on the rows the index found
PostgreSQL                 LIKE; migration 0002 adds a pg_trgm GIN index that serves it where pg_trgm is available
anything else              LIKE, by a scan
========================= ==========================================================================================
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, Select, Text, column, select, table

from rasd.store.schema import TEXT_INDEX_TABLE, EventSearchRow
from rasd.text.normalise import normalise_str

MIN_INDEXED = 3  # the trigram tokenizer indexes nothing shorter

_FTS = table(TEXT_INDEX_TABLE, column("rowid", Integer), column("text", Text))


def query_words(q: str) -> list[str]:
    """The words of a free-text query, normalised and case-folded like the search text."""
    return normalise_str(q).casefold().split()


def has_text_index(conn: Connection) -> bool:
    """Whether this database has SQLite's FTS5 index (migration 0002 skips it where SQLite lacks trigram)."""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "select 1 from sqlite_master where type = 'table' and name = ?", (TEXT_INDEX_TABLE,)
    ).first()
    return found is not None


def fts_expression(words: list[str]) -> str:
    """An FTS5 query: each word a quoted string (nothing in it is syntax), all required."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def like_conditions(words: list[str]) -> list[ColumnElement[bool]]:
    """``event_search.text LIKE '%word%'`` for each word, wildcards in the words taken literally."""
    return [EventSearchRow.text.contains(w, autoescape=True) for w in words]


def matching(conn: Connection, words: list[str], *, use_index: bool = True) -> Select[Any]:
    """``SELECT event_id`` of the events holding every word (``use_index=False``: the plain LIKE scan)."""
    indexed = [w for w in words if len(w) >= MIN_INDEXED]
    if use_index and indexed and has_text_index(conn):
        short = [w for w in words if len(w) < MIN_INDEXED]
        hits = select(_FTS.c.rowid).where(_FTS.c.text.match(fts_expression(indexed)))
        return select(EventSearchRow.event_id).where(EventSearchRow.id.in_(hits), *like_conditions(short))
    return select(EventSearchRow.event_id).where(*like_conditions(words))
