"""Ingestion: idempotent by content hash, replacement in one transaction, batches, quarantine."""

from __future__ import annotations

import datetime as dt

import pytest
from store_cases import TEXT, make_event, make_pair, sample_events

from rasd.store import Store
from rasd.store.ingest import content_hash, date_range, search_text
from rasd.text.normalise import normalise_str


def test_ingest_add_is_idempotent(store: Store) -> None:
    doc, art = make_pair()
    assert store.add(doc, art) is True
    before = store.get_article("art-1")
    assert store.add(doc, art) is False
    after = store.get_article("art-1")
    assert before is not None and after is not None
    assert after.ingested_at == before.ingested_at
    assert store.count() == 3


def test_ingest_changed_text_replaces_events(store: Store) -> None:
    store.add(*make_pair())
    new_text = "وتظاهر مئات في البصرة احتجاجا على انقطاع الكهرباء."
    protest = make_event(new_text, "وتظاهر مئات في البصرة", "وتظاهر", id="art-1-new", event_type="Protests",
                         sub_event_type="Peaceful protest", plover="PROTEST", actor2=None, fatalities=None)  # fmt: skip
    assert store.add(*make_pair(text=new_text, events=[protest])) is True
    record = store.get_article("art-1")
    assert record is not None and record.text == new_text
    assert [e.id for e in record.events] == ["art-1-new"]
    assert store.count() == 1
    assert record.entities[0].text == new_text[record.entities[0].start : record.entities[0].end]


def test_ingest_force_rewrites_same_content(store: Store) -> None:
    doc, art = make_pair()
    store.add(doc, art)
    assert store.add(doc, art, force=True) is True
    assert store.count() == 3


def test_ingest_add_many_counts(store: Store) -> None:
    pairs = [make_pair(f"a{i}") for i in range(7)]
    stats = store.add_many(pairs, batch=3)
    assert (stats.added, stats.replaced, stats.unchanged, stats.events, stats.entities) == (7, 0, 0, 21, 7)
    again = store.add_many([*pairs[:2], make_pair("a2", text=TEXT + " آخر")], batch=2)
    assert (again.added, again.replaced, again.unchanged) == (0, 1, 2)
    assert store.count() == 21


def test_ingest_same_id_twice_in_one_batch_last_wins(store: Store) -> None:
    first = make_pair("dup")
    second = make_pair("dup", text=TEXT + " تحديث")
    stats = store.add_many([first, second])
    assert (stats.added, stats.replaced) == (1, 1)
    record = store.get_article("dup")
    assert record is not None and record.text.endswith("تحديث")
    assert store.count() == 3


def test_ingest_duplicate_event_ids_in_one_document_are_counted(store: Store) -> None:
    ev = sample_events()[0]
    stats = store.add_many([make_pair(events=[ev, ev])])
    assert (stats.events, stats.duplicate_events) == (1, 1)


def test_ingest_quarantine_is_recorded(store: Store) -> None:
    store.quarantine("news.jsonl", "3", "E105", "Line 3 of news.jsonl is not valid JSON", '{"text": "قتل')
    (row,) = store.quarantined()
    assert (row["source"], row["position"], row["code"]) == ("news.jsonl", "3", "E105")
    assert row["excerpt"] == '{"text": "قتل'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-24", (dt.date(2022, 1, 24), dt.date(2022, 1, 24))),
        ("2022-02", (dt.date(2022, 2, 1), dt.date(2022, 2, 28))),
        ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("2021", (dt.date(2021, 1, 1), dt.date(2021, 12, 31))),
        (None, (None, None)),
        ("2022-13-01", (None, None)),
    ],
)
def test_ingest_date_range(value: str | None, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert date_range(value) == expected


def test_ingest_search_text_is_normalised() -> None:
    text = search_text(make_event())
    assert normalise_str("قتل ثلاثة مدنيين") in text  # harakat gone: the text had قُتل
    assert "واصيب" in text  # hamza folded: the text had وأصيب
    assert "an ied explosion" in text  # case-folded


def test_ingest_content_hash_depends_on_text_and_date() -> None:
    doc, art = make_pair()
    base = content_hash(doc, art)
    assert content_hash(doc, art.model_copy(update={"text": TEXT + "."})) != base
    assert content_hash(doc.model_copy(update={"published": "2022-01-25"}), art) != base
    assert content_hash(doc, art.model_copy(update={"url": "https://other.example"})) == base
