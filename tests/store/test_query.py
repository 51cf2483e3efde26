"""Reading: every filter, keyset pagination, sorting, counts and statistics."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from pydantic import ValidationError
from store_cases import TEXT, make_event, make_pair

from rasd.errors import InputError
from rasd.store import EventFilter, Store


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_many([make_pair("a"), make_pair("b", text=TEXT + " ")])
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"ied", "prison", "protest"}),
        ({"date_from": dt.date(2022, 1, 21)}, {"ied", "protest"}),  # a month-coarse date overlapping counts
        ({"date_to": dt.date(2022, 1, 20)}, {"prison", "protest"}),
        ({"date_from": dt.date(2022, 1, 23), "date_to": dt.date(2022, 1, 23)}, {"ied", "protest"}),
        ({"date_from": dt.date(2022, 2, 1)}, set()),
        ({"bbox": (42.0, 35.0, 45.0, 37.0)}, {"ied"}),
        ({"bbox": (38.0, 29.0, 48.0, 37.0)}, {"ied", "prison", "protest"}),
        ({"country": "IQ"}, {"ied", "protest"}),
        ({"country": "sy"}, {"prison"}),
        ({"country": "Syria"}, {"prison"}),
        ({"country": "iraq"}, {"ied", "protest"}),
        ({"admin1": "nineveh"}, {"ied"}),
        ({"event_type": "Battles"}, {"prison"}),
        ({"sub_event_type": "Peaceful protest"}, {"protest"}),
        ({"actor": "islamic"}, {"ied", "prison"}),
        ({"actor": "SYRIA"}, {"prison"}),  # actor2, case-insensitive
        ({"actor": "%"}, set()),  # LIKE wildcards are literal
        ({"status": ["historical"]}, {"protest"}),
        ({"status": ["reported", "historical"]}, {"ied", "prison", "protest"}),
        ({"min_confidence": 0.6}, {"ied", "prison"}),
        ({"q": "mosul"}, {"ied"}),
        ({"q": "Ghwayran prison"}, {"prison"}),
        ({"q": "الموصل"}, {"ied"}),
        ({"q": "قُتِلَ"}, {"ied"}),  # harakat in the query
        ({"q": "أصيب"}, {"ied"}),  # hamza in the query, وأصيب in the text
        ({"q": "الكهرباء البصرة"}, {"protest"}),  # every word must occur
        ({"q": "مسلحو داعش"}, {"prison"}),
        ({"q": "بغداد"}, set()),
        ({"country": "IQ", "min_confidence": 0.5}, {"ied"}),
    ],
)
def test_query_filter(filled: Store, filters: dict[str, Any], expected: set[str]) -> None:
    f = EventFilter(**filters)
    got = {e.id.split("-", 1)[1] for e in filled.events(f, limit=100).items}
    assert got == expected
    assert filled.count(f) == 2 * len(expected)


def test_query_filter_article_id(filled: Store) -> None:
    items = filled.events(EventFilter(article_id="b")).items
    assert sorted(e.id for e in items) == ["b-ied", "b-prison", "b-protest"]


@pytest.mark.parametrize(
    "bad",
    [
        {"bbox": (45.0, 35.0, 42.0, 37.0)},
        {"date_from": dt.date(2022, 2, 1), "date_to": dt.date(2022, 1, 1)},
        {"min_confidence": 1.5},
        {"event_type": "Massacre"},
        {"status": ["rumoured"]},
        {"colour": "red"},
    ],
)
def test_query_filter_rejects_bad_values(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        EventFilter(**bad)


@pytest.mark.parametrize("sort", ["-date", "date", "-confidence", "confidence", "-fatalities", "fatalities"])
@pytest.mark.parametrize("limit", [1, 2, 4, 7])
def test_query_cursor_covers_every_item_once(store: Store, sort: str, limit: int) -> None:
    store.add_many([make_pair(f"art{i}") for i in range(6)])  # 18 events, many equal sort keys
    seen: list[str] = []
    cursor = None
    while True:
        page = store.events(EventFilter(), sort=sort, limit=limit, cursor=cursor)
        seen += [e.id for e in page.items]
        assert len(page.items) <= limit
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 18


def test_query_sort_order(filled: Store) -> None:
    dates = [e.date for e in filled.events(sort="-date").items]
    assert dates == sorted(dates, key=lambda d: d or "", reverse=True)
    conf = [e.confidence for e in filled.events(sort="confidence").items]
    assert conf == sorted(conf)


def test_query_cursor_is_stable_under_inserts(store: Store) -> None:
    store.add_many([make_pair(f"art{i}") for i in range(4)])  # 12 events
    first = store.events(sort="-date", limit=5)
    store.add(*make_pair("late"))  # 3 more, all sorting among the first page's keys
    seen = [e.id for e in first.items]
    cursor = first.next_cursor
    while cursor:
        page = store.events(sort="-date", limit=5, cursor=cursor)
        seen += [e.id for e in page.items]
        cursor = page.next_cursor
    old = {f"art{i}-{k}" for i in range(4) for k in ("ied", "prison", "protest")}
    assert len(seen) == len(set(seen))
    assert old <= set(seen)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"sort": "colour"}, "sort"),
        ({"limit": 0}, "limit"),
        ({"limit": 5000}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
    ],
)
def test_query_bad_parameters_raise_e403(filled: Store, kwargs: dict[str, Any], name: str) -> None:
    with pytest.raises(InputError) as err:
        filled.events(EventFilter(), **kwargs)
    assert err.value.code == "E403" and err.value.fields["name"] == name


def test_query_cursor_from_another_sort_is_refused(filled: Store) -> None:
    cursor = filled.events(sort="-date", limit=1).next_cursor
    with pytest.raises(InputError, match="E403"):
        filled.events(sort="confidence", cursor=cursor)


def test_query_undated_events_sort_by_article_date(store: Store) -> None:
    store.add(*make_pair(events=[make_event(id="undated", date=None)]))
    (ev,) = store.events(sort="-date").items
    assert ev.id == "undated"
    assert store.count(EventFilter(date_from=dt.date(2000, 1, 1))) == 0  # no date: no date filter matches


def test_query_stats(filled: Store) -> None:
    s = filled.stats(EventFilter())
    assert s.total == 6
    assert s.fatalities == 6
    assert s.by_day == {"2022-01-20": 2, "2022-01-23": 2}  # the month-coarse protest has no day
    assert s.by_event_type == {"Battles": 2, "Explosions/Remote violence": 2, "Protests": 2}
    assert s.by_country == {"Iraq": 4, "Syria": 2}
    assert s.by_actor1 == {"Islamic State": 4, "Protesters (Iraq)": 2}
    assert filled.stats(EventFilter(country="SY")).by_country == {"Syria": 2}


def test_query_get_event_and_article(filled: Store) -> None:
    ev = filled.get_event("a-ied")
    assert ev is not None and ev.location is not None and ev.location.name == "Mosul"
    assert filled.get_event("nope") is None
    record = filled.get_article("a")
    assert record is not None
    assert record.published == "2022-01-24" and record.source == "alsumaria"
    assert [e.id for e in record.events] == ["a-ied", "a-prison", "a-protest"]  # in text order
    for e in record.events:
        assert record.text[e.evidence.start : e.evidence.end] == e.evidence.text
    assert filled.get_article("nope") is None


@pytest.mark.parametrize(
    "rare", [0, 1, 2000]
)  # id-list and correlated-EXISTS strategies give the same answer
def test_query_text_strategies_agree(filled: Store, monkeypatch: pytest.MonkeyPatch, rare: int) -> None:
    monkeypatch.setattr("rasd.store.query.RARE", rare)
    f = EventFilter(q="الموصل")
    assert {e.id for e in filled.events(f).items} == {"a-ied", "b-ied"}
    assert filled.count(f) == 2


STATS_FILTERS: list[dict[str, Any]] = [
    {},
    {"country": "IQ"},
    {"bbox": (38.0, 29.0, 48.0, 37.0)},  # holds every event
    {"bbox": (42.0, 35.0, 45.0, 37.0)},
    {"date_from": dt.date(2022, 1, 21), "date_to": dt.date(2022, 1, 31)},
    {"q": "الموصل"},
    {"q": "في"},  # too short for the trigram index
    {"min_confidence": 0.5},
    {"actor": "islamic", "event_type": "Battles"},
]


@pytest.mark.parametrize("rare", [0, 2000])  # both strategies of the text and bbox filters
@pytest.mark.parametrize("filters", STATS_FILTERS)
def test_query_stats_equal_counts_made_in_python(
    filled: Store, monkeypatch: pytest.MonkeyPatch, rare: int, filters: dict[str, Any]
) -> None:
    monkeypatch.setattr("rasd.store.query.RARE", rare)
    monkeypatch.setattr("rasd.store.query.BOX_INDEXED", rare)
    filled.add(
        *make_pair("c", events=[make_event(id="c-year", date="2021", fatalities=7, actor1=("Houthis", 2))])
    )
    f = EventFilter(**filters)
    events = [s.event for s in filled.iter_events(f)]
    assert events, "each filter selects some events, or the comparison proves nothing"
    actors = Counter(e.actor1.name for e in events if e.actor1)
    s = filled.stats(f)
    assert s.total == len(events) == filled.count(f)
    assert s.fatalities == sum(e.fatalities or 0 for e in events)
    assert s.by_day == dict(sorted(Counter(e.date for e in events if e.date and len(e.date) == 10).items()))
    assert s.by_event_type == by_count(Counter(e.event_type for e in events))
    assert s.by_country == by_count(
        Counter(e.location.country for e in events if e.location and e.location.country)
    )
    assert s.by_actor1 == by_count(actors)
    assert list(s.by_event_type.values()) == sorted(s.by_event_type.values(), reverse=True)


def by_count(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@pytest.mark.parametrize(
    ("filters", "found"),
    [
        ({"date_from": dt.date(2021, 12, 31)}, True),  # a year-coarse date overlaps its last day
        ({"date_to": dt.date(2021, 1, 1)}, True),  # and its first
        ({"date_from": dt.date(2021, 6, 1), "date_to": dt.date(2021, 6, 30)}, True),
        ({"date_from": dt.date(2022, 1, 1)}, False),
        ({"date_to": dt.date(2020, 12, 31)}, False),
    ],
)
def test_query_coarse_dates_overlap(store: Store, filters: dict[str, Any], found: bool) -> None:
    store.add(*make_pair(events=[make_event(id="year", date="2021")]))
    assert store.count(EventFilter(**filters)) == int(found)
    assert [e.id for e in store.events(EventFilter(**filters)).items] == (["year"] if found else [])
