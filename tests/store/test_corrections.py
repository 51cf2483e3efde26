"""Corrections: overlaid on read, seen by filters, kept through re-ingestion, checked when made."""

from __future__ import annotations

from typing import Any

import pytest
from store_cases import TEXT, make_pair

from rasd.errors import InputError
from rasd.store import EventFilter, Store


def test_corrections_overlay_on_read(store: Store) -> None:
    store.add(*make_pair())
    store.add_correction("art-1-ied", "fatalities", 4, "analyst@example.org")
    store.add_correction("art-1-ied", "location.admin2", "Mosul District", "analyst@example.org")
    ev = store.get_event("art-1-ied")
    assert ev is not None and ev.fatalities == 4
    assert ev.location is not None and ev.location.admin2 == "Mosul District"
    assert [c["field"] for c in store.corrections("art-1-ied")] == ["fatalities", "location.admin2"]


def test_corrections_later_wins_and_filters_see_them(store: Store) -> None:
    store.add(*make_pair())
    store.add_correction("art-1-prison", "event_type", "Violence against civilians", "a")
    store.add_correction("art-1-prison", "sub_event_type", "Attack", "a")
    store.add_correction("art-1-prison", "confidence", 0.1, "a")
    store.add_correction("art-1-prison", "confidence", 0.95, "b")
    (ev,) = store.events(EventFilter(event_type="Violence against civilians")).items
    assert ev.id == "art-1-prison" and ev.confidence == 0.95
    assert store.count(EventFilter(event_type="Battles")) == 0


def test_corrections_survive_reingest(store: Store) -> None:
    store.add(*make_pair())
    store.add_correction("art-1-ied", "fatalities", 7, "analyst")
    assert store.add(*make_pair(text=TEXT + " ")) is True  # changed text: events replaced, same ids
    ev = store.get_event("art-1-ied")
    assert ev is not None and ev.fatalities == 7
    assert store.stats(EventFilter(article_id="art-1")).fatalities == 7
    assert store.add(*make_pair(), force=True) is True
    assert (
        store.events(EventFilter(article_id="art-1", event_type="Explosions/Remote violence"))
        .items[0]
        .fatalities
        == 7
    )


def test_corrections_that_no_longer_fit_are_skipped(store: Store) -> None:
    store.add(*make_pair())
    store.add_correction("art-1-ied", "location.admin2", "Mosul District", "analyst")
    doc, art = make_pair(text=TEXT + " ")
    doc.events[0].location = None  # the re-extracted event lost its place
    store.add(doc, art)
    ev = store.get_event("art-1-ied")
    assert ev is not None and ev.location is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "other"),  # not editable
        ("colour", "red"),
        ("fatalities", -1),
        ("event_type", "Massacre"),
        ("location.lat", "north"),
        ("location.geo_precision", 4),
        ("", 1),
        ("location..name", "x"),
    ],
)
def test_corrections_invalid_raise_e403(store: Store, field: str, value: Any) -> None:
    store.add(*make_pair())
    with pytest.raises(InputError) as err:
        store.add_correction("art-1-ied", field, value, "analyst")
    assert err.value.code == "E403"
    assert store.corrections("art-1-ied") == []


def test_corrections_on_missing_part_raise_e403(store: Store) -> None:
    store.add(*make_pair())
    with pytest.raises(InputError, match="E403"):
        store.add_correction(
            "art-1-protest", "actor2.name", "Government of Iraq", "analyst"
        )  # it has no actor2


def test_corrections_unknown_event_raise_e401(store: Store) -> None:
    with pytest.raises(InputError, match="E401"):
        store.add_correction("nope", "fatalities", 1, "analyst")
