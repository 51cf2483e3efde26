"""Free-text search: the FTS5 trigram index answers exactly what LIKE answers, and stays in sync with the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import delete, select, text, update
from store_cases import make_event, make_pair

from rasd.store import EventFilter, Store, search
from rasd.store.db import upgrade
from rasd.store.schema import ArticleRow, EventSearchRow

# Texts with the forms a search must see through: clitics glued to names (وبالعراق, لداعش, بالموصل), hamza and
# ta marbuta variants, harakat, digits, Latin, and characters that mean something to LIKE or to FTS5's syntax.
TEXTS = {
    "iraq": "وبالعراق قُتل عنصران لداعش في هجوم بالموصل أمس.",
    "hashd": 'قال مصدر إن "الحشد" صد هجوما بنسبة 100% في كركوك.',
    "market": "انفجرت عبوة ناسفة في سوق بغداد_الجديدة وأصيب ٣ مدنيين.",
    "syntax": "غارة على إدلب: AND OR NOT NEAR(x) * - ^ قرب المعرة.",
    "protest": "وتظاهر مئات في البصرة احتجاجا على انقطاع الكهرباء.",
}

QUERIES = [
    "داعش",  # inside لداعش
    "العراق",  # inside وبالعراق
    "الموصل",  # inside بالموصل
    "قَتَلَ",  # harakat in the query (قتل is inside قُتل)
    "اصيب",  # أصيب in the text
    "عبوة ناسفة",  # ta marbuta, two words
    "ناسفه عبوه",  # word order does not matter
    "في",  # two letters: no trigram, LIKE
    "في الموصل",  # short and long together
    "3",  # ٣ in the text
    "100%",  # a LIKE wildcard, literal
    "%",
    "بغداد_الجديدة",  # the other LIKE wildcard, literal
    '"الحشد"',  # FTS5 quotes, literal
    "NEAR(x)",
    "and or not",  # FTS5 operators, literal words
    "*",
    "mosul",  # the English summary
    "MOSUL explosion",
    "iraq",
    "ادلب",
    "بيروت",  # nowhere
    "ال",
]


@pytest.fixture
def varied(store: Store) -> Store:
    for name, body in TEXTS.items():
        ev = make_event(
            body, body[:-1], body.split()[0], id=f"{name}-ev", summary=f"An explosion in Mosul ({name})."
        )
        store.add(*make_pair(name, text=body, events=[ev]))
    store.add(*make_pair("sample"))  # three more events on the shared sample text
    return store


def expected(store: Store, q: str) -> set[str]:
    """The meaning of ``q``, computed in Python: every word is a substring of the search text."""
    words = search.query_words(q)
    with store.engine.connect() as conn:
        rows = conn.execute(select(EventSearchRow.event_id, EventSearchRow.text)).all()
    return {eid for eid, body in rows if all(w in body for w in words)}


def by_index(store: Store, q: str, *, use_index: bool) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.execute(search.matching(conn, search.query_words(q), use_index=use_index)).scalars())


@pytest.mark.parametrize("q", QUERIES)
def test_search_index_equals_like(varied: Store, q: str) -> None:
    truth = expected(varied, q)
    assert by_index(varied, q, use_index=True) == truth
    assert by_index(varied, q, use_index=False) == truth
    assert {e.id for e in varied.events(EventFilter(q=q)).items} == truth
    assert varied.count(EventFilter(q=q)) == len(truth)


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("داعش", {"iraq-ev", "sample-prison"}),
        ("العراق", {"iraq-ev"}),
        ("الموصل", {"iraq-ev", "sample-ied"}),
        ("ناسفة عبوة", {"market-ev", "sample-ied"}),
        ("100%", {"hashd-ev"}),
        ('"الحشد"', {"hashd-ev"}),
        ("بيروت", set()),
    ],
)
def test_search_finds_clitic_glued_words(varied: Store, q: str, found: set[str]) -> None:
    assert by_index(varied, q, use_index=True) == found


def test_search_uses_the_index_on_sqlite(varied: Store) -> None:
    with varied.engine.connect() as conn:
        assert search.has_text_index(conn)
        sql = str(search.matching(conn, ["داعش", "في"]).compile(conn))
    assert "MATCH" in sql and "LIKE" in sql  # the long word through the index, the short one by LIKE


@pytest.mark.parametrize(
    ("words", "expr"),
    [
        (["داعش"], '"داعش"'),
        (["عبوه", "ناسفه"], '"عبوه" AND "ناسفه"'),
        (['"الحشد"'], '"""الحشد"""'),
        (["near(x)", "*"], '"near(x)" AND "*"'),
    ],
)
def test_search_fts_expression_quotes_every_word(words: list[str], expr: str) -> None:
    assert search.fts_expression(words) == expr


def integrity_check(store: Store) -> None:
    """FTS5's own check that the index matches its content table (raises on any difference)."""
    with store.engine.begin() as conn:
        conn.execute(text("insert into event_fts(event_fts, rank) values ('integrity-check', 1)"))


def test_search_index_follows_replace_correction_and_delete(varied: Store) -> None:
    integrity_check(varied)
    body = "وبالعراق اشتباك مع عناصر لداعش قرب الرمادي."  # the iraq article changes: its event is replaced
    ev = make_event(body, body[:-1], "اشتباك", id="iraq-ev2", summary="A clash near Ramadi.")
    varied.add(*make_pair("iraq", text=body, events=[ev]))
    varied.add(*make_pair("market", text=TEXTS["market"], events=[]), force=True)  # its event is gone
    varied.add_correction("hashd-ev", "summary_en", "Hashd repelled an attack in Kirkuk.", "analyst")
    with varied.engine.begin() as conn:  # a delete that cascades: articles -> events -> event_search
        conn.execute(delete(ArticleRow).where(ArticleRow.id == "syntax"))
    integrity_check(varied)
    for q in ["الرمادي", "الموصل", "hashd repelled", "عبوة", "ادلب", "داعش"]:
        assert by_index(varied, q, use_index=True) == expected(varied, q), q
    assert by_index(varied, "الرمادي", use_index=True) == {"iraq-ev2"}
    assert by_index(varied, "hashd repelled", use_index=True) == {"hashd-ev"}
    assert by_index(varied, "ادلب", use_index=True) == set()


def test_search_index_follows_a_direct_update(varied: Store) -> None:
    with varied.engine.begin() as conn:
        conn.execute(
            update(EventSearchRow).where(EventSearchRow.event_id == "protest-ev").values(text="zzyzx road")
        )
    integrity_check(varied)
    assert by_index(varied, "zzyzx", use_index=True) == {"protest-ev"}
    assert by_index(varied, "البصرة", use_index=True) == {"sample-protest"}


def test_search_migration_backfills_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(str(path)) as store:
        store.add_many([make_pair("a"), *(make_pair(n, text=body, events=[]) for n, body in TEXTS.items())])
        with store.engine.begin() as conn:  # back to the first schema, as a store made before 0002 was
            cfg = Config(str(Path(search.__file__).with_name("alembic.ini")))
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
            tables = set(conn.execute(text("select name from sqlite_master where type = 'table'")).scalars())
            assert "event_fts" not in tables and "event_search" in tables
    with Store.open(str(path)) as store:  # opening upgrades and backfills
        with store.engine.begin() as conn:
            upgrade(conn)  # a second upgrade is a no-op
        integrity_check(store)
        assert {e.id for e in store.events(EventFilter(q="داعش")).items} == {"a-prison"}
        assert {e.id for e in store.events(EventFilter(q="الموصل")).items} == {"a-ied"}
        store.add(*make_pair("b"))  # and the triggers work on the migrated table
        assert store.count(EventFilter(q="مسلحو داعش")) == 2
