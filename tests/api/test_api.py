"""The HTTP API on a real SQLite store: every endpoint, every filter, cursor pagination and the error paths."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from api_cases import SAMPLE, TEXT, fill
from fastapi.testclient import TestClient

from rasd.api.app import create_app
from rasd.models import Event
from rasd.store import CSV_COLUMNS


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = str(tmp_path_factory.mktemp("api") / "rasd.db")
    fill(db)
    with TestClient(create_app(db, max_extract_chars=20_000)) as c:
        yield c


@pytest.fixture(scope="module")
def everything(client: TestClient) -> list[Event]:
    body = client.get("/api/events", params={"limit": 1000}).json()
    assert body["next_cursor"] is None
    return [Event(**e) for e in body["items"]]


def ids(client: TestClient, params: Any) -> set[str]:
    body = client.get("/api/events", params=params)
    assert body.status_code == 200, body.text
    return {e["id"] for e in body.json()["items"]}


def assert_error(resp: Any, status: int, code: str, *words: str) -> None:
    assert resp.status_code == status, resp.text
    err = resp.json()["error"]
    assert err["code"] == code
    assert err["message"].startswith(f"{code}: ")
    for w in words:
        assert w in err["message"]


# ---- /api/events -------------------------------------------------------------------------------------


def test_api_events_lists_every_stored_event(client: TestClient, everything: list[Event]) -> None:
    body = client.get("/api/events", params={"total": "true", "limit": 1000}).json()
    assert body["total"] == len(everything) >= 6
    assert {"h1-ied", "h2-prison", "h1-protest"} <= {e.id for e in everything}
    assert "total" in body and client.get("/api/events").json()["total"] is None


def _in_bbox(e: Event) -> bool:
    loc = e.location
    return (
        loc is not None
        and loc.lat is not None
        and loc.lon is not None
        and 38 <= loc.lon <= 44
        and 35 <= loc.lat <= 37
    )


FILTERS: list[tuple[dict[str, Any], Callable[[Event], bool], set[str]]] = [
    ({"date_from": "2022-01-21"}, lambda e: True, {"h1-ied", "h1-protest"}),  # coarse dates overlap: hand-built only
    ({"date_to": "2022-01-20"}, lambda e: e.date is not None and e.date[:10] <= "2022-01-20", {"h1-prison", "h1-protest"}),
    ({"bbox": "38,35,44,37"}, _in_bbox, {"h1-ied", "h1-prison"}),
    ({"country": "SY"}, lambda e: e.location is not None and e.location.country_code == "SY", {"h1-prison"}),
    ({"country": "iraq"}, lambda e: e.location is not None and e.location.country == "Iraq", {"h1-ied", "h1-protest"}),
    ({"admin1": "nineveh"}, lambda e: e.location is not None and (e.location.admin1 or "").lower() == "nineveh", {"h1-ied"}),
    ({"event_type": "Protests"}, lambda e: e.event_type == "Protests", {"h1-protest"}),
    ({"sub_event_type": "Armed clash"}, lambda e: e.sub_event_type == "Armed clash", {"h1-prison"}),
    ({"actor": "islamic"}, lambda e: any(a is not None and "islamic" in a.name.lower() for a in (e.actor1, e.actor2)), {"h1-prison"}),
    ({"status": ["historical", "aggregate"]}, lambda e: e.status in ("historical", "aggregate"), {"h1-protest"}),
    ({"min_confidence": 0.7}, lambda e: e.confidence >= 0.7, {"h1-ied"}),
]  # fmt: skip


@pytest.mark.parametrize(("params", "keep", "hand"), FILTERS, ids=[json.dumps(f[0]) for f in FILTERS])
def test_api_events_filter(
    client: TestClient,
    everything: list[Event],
    params: dict[str, Any],
    keep: Callable[[Event], bool],
    hand: set[str],
) -> None:
    got = ids(client, {**params, "limit": 1000})
    if "date_from" not in params:  # coarse dates overlap a range: checked on the hand-built events only
        assert got == {e.id for e in everything if keep(e)}
    assert {i for i in got if i.startswith("h1-")} == hand
    assert {i for i in got if i.startswith("h2-")} == {i.replace("h1-", "h2-") for i in hand}


@pytest.mark.parametrize(
    ("q", "hand"),
    [
        ("الموصل", {"h1-ied"}),  # Arabic
        ("المَوْصِل", {"h1-ied"}),  # diacritics are normalised away
        ("انفجار الموصل", {"h1-ied"}),  # every word must occur
        ("ghwayran", {"h1-prison"}),  # English, case-insensitive
        ("البصره", {"h1-protest"}),  # taa marbuta / haa
    ],
)
def test_api_events_free_text(client: TestClient, q: str, hand: set[str]) -> None:
    got = ids(client, {"q": q, "limit": 1000})
    assert {i for i in got if i.startswith("h1-")} == hand


def test_api_events_filter_by_article(client: TestClient) -> None:
    assert ids(client, {"article_id": "h2"}) == {"h2-ied", "h2-prison", "h2-protest"}


@pytest.mark.parametrize("sort", ["-date", "date", "confidence", "-confidence", "fatalities", "-fatalities"])
def test_api_events_cursor_visits_every_item_once(
    client: TestClient, everything: list[Event], sort: str
) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"sort": sort, "limit": 2}
        if cursor:
            params["cursor"] = cursor
        body = client.get("/api/events", params=params).json()
        assert len(body["items"]) <= 2
        seen += [e["id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(e.id for e in everything)


def test_api_events_sorted_by_confidence(client: TestClient) -> None:
    items = client.get("/api/events", params={"sort": "-confidence", "limit": 1000}).json()["items"]
    conf = [e["confidence"] for e in items]
    assert conf == sorted(conf, reverse=True)


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"sort": "size"}, ["sort"]),
        ({"cursor": "not-a-cursor"}, ["cursor"]),
        ({"limit": 0}, ["limit"]),
        ({"limit": 5000}, ["limit"]),
        ({"bbox": "1,2,3"}, ["bbox"]),
        ({"bbox": "a,b,c,d"}, ["bbox"]),
        ({"bbox": "50,0,40,10"}, ["bbox"]),
        ({"date_from": "2022-02-01", "date_to": "2022-01-01"}, ["date_from is after date_to"]),
        ({"date_from": "24/01/2022"}, ["date_from"]),
        ({"event_type": "War"}, ["event_type"]),
        ({"status": "rumoured"}, ["status"]),
        ({"min_confidence": 2}, ["min_confidence"]),
    ],
)
def test_api_events_invalid_parameter_is_422(
    client: TestClient, params: dict[str, Any], words: list[str]
) -> None:
    assert_error(client.get("/api/events", params=params), 422, "E403", *words)


def test_api_events_cursor_from_another_sort_is_422(client: TestClient) -> None:
    cursor = client.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    assert_error(
        client.get("/api/events", params={"cursor": cursor, "sort": "confidence"}), 422, "E403", "cursor"
    )


# ---- one event, one article ----------------------------------------------------------------------------


def test_api_event_has_its_evidence_and_article(client: TestClient, everything: list[Event]) -> None:
    for ev in everything:
        body = client.get(f"/api/events/{ev.id}").json()
        text = body["article"]["text"]
        got = body["event"]
        assert got["id"] == ev.id
        assert text[got["evidence"]["start"] : got["evidence"]["end"]] == got["evidence"]["text"]
        for span in got["spans"]:
            assert text[span["start"] : span["end"]] == span["text"]
        assert ev.id in {e["id"] for e in body["article"]["events"]}


def test_api_article(client: TestClient) -> None:
    body = client.get("/api/articles/h1").json()
    assert body["text"] == TEXT
    assert body["published"] == "2022-01-24"
    assert [e["id"] for e in body["events"]] == ["h1-ied", "h1-prison", "h1-protest"]
    sample = json.loads(SAMPLE.read_text("utf-8"))
    assert client.get(f"/api/articles/{sample['id']}").json()["text"] == sample["text"]


@pytest.mark.parametrize(("path", "code"), [("/api/events/nope", "E401"), ("/api/articles/nope", "E402")])
def test_api_unknown_id_is_404(client: TestClient, path: str, code: str) -> None:
    assert_error(client.get(path), 404, code, "nope")


# ---- stats and exports -------------------------------------------------------------------------------------


def test_api_stats(client: TestClient, everything: list[Event]) -> None:
    body = client.get("/api/stats").json()
    assert body["total"] == len(everything)
    assert sum(body["by_event_type"].values()) == len(everything)
    assert body["by_day"]["2022-01-23"] >= 2
    assert list(body["by_day"]) == sorted(body["by_day"])
    iq = client.get("/api/stats", params={"country": "IQ", "event_type": "Protests"}).json()
    assert iq["by_country"] == {"Iraq": iq["total"]} and iq["total"] >= 2


def test_api_export_csv(client: TestClient, everything: list[Event]) -> None:
    resp = client.get("/api/export.csv")
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(resp.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == len(everything)
    syria = list(csv.DictReader(io.StringIO(client.get("/api/export.csv", params={"country": "SY"}).text)))
    assert {r["country"] for r in syria} == {"Syria"}
    assert {"h1-prison", "h2-prison"} <= {r["event_id_cnty"] for r in syria}


def test_api_export_geojson(client: TestClient, everything: list[Event]) -> None:
    resp = client.get("/api/export.geojson", params={"event_type": "Battles", "country": "SY"})
    body = resp.json()
    assert resp.headers["content-type"].startswith("application/geo+json")
    assert body["type"] == "FeatureCollection"
    assert {"h1-prison", "h2-prison"} <= {f["id"] for f in body["features"]}
    prison = next(f for f in body["features"] if f["id"] == "h1-prison")
    assert prison["geometry"] == {"type": "Point", "coordinates": [40.747, 36.502]}
    assert prison["properties"]["approximate_location"] is True
    assert len(client.get("/api/export.geojson").json()["features"]) == len(everything)


# ---- extraction -------------------------------------------------------------------------------------------------


def test_api_extract_returns_the_document(client: TestClient) -> None:
    sample = json.loads(SAMPLE.read_text("utf-8"))
    resp = client.post("/api/extract", json={"text": sample["text"], "published": "2022-01-24", "id": "x"})
    assert resp.status_code == 200, resp.text
    doc = resp.json()
    assert doc["id"] == "x" and doc["published"] == "2022-01-24" and doc["events"]
    for ev in doc["events"]:
        for span in [ev["evidence"], ev["trigger"], *ev["spans"]]:
            assert sample["text"][span["start"] : span["end"]] == span["text"]


def test_api_extract_over_the_limit_is_413(client: TestClient) -> None:
    assert_error(client.post("/api/extract", json={"text": "ب" * 20_001}), 413, "E404", "20001", "20000")


def test_api_extract_huge_body_is_413_before_parsing(client: TestClient) -> None:
    body = b'{"text": "' + b"x" * 200_000 + b'"}'
    resp = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert_error(resp, 413, "E404")


@pytest.mark.parametrize(
    ("body", "code", "word"),
    [
        ({"published": "2022-01-24"}, "E403", "text"),
        ({"text": "قتل ثلاثة", "published": "24 January"}, "E107", "24 January"),
        ({"text": "   "}, "E102", "empty"),
        ({"text": "قتل", "colour": "red"}, "E403", "colour"),
    ],
)
def test_api_extract_bad_article_is_422(
    client: TestClient, body: dict[str, Any], code: str, word: str
) -> None:
    assert_error(client.post("/api/extract", json=body), 422, code, word)


# ---- the rest: errors, docs, the page --------------------------------------------------------------------------


def test_api_unknown_path_and_method_are_json_errors(client: TestClient) -> None:
    assert_error(client.get("/api/nothing"), 404, "E405", "/api/nothing")
    assert_error(client.delete("/api/events"), 405, "E405", "DELETE")


def test_api_docs_work_offline(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html
    assert "cdn." not in html and "https://" not in html
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/extract", "/api/events", "/api/events/{event_id}", "/api/stats", "/api/export.csv"} <= set(
        paths
    )


def test_api_page_and_its_assets_are_local(client: TestClient) -> None:
    html = client.get("/").text
    assert 'id="map"' in html and "http://" not in html and "https://" not in html
    for asset in [
        "/static/app.js",
        "/static/app.css",
        "/static/i18n.js",
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet.markercluster/leaflet.markercluster.js",
        "/static/vendor/world/countries-50m.geojson",
    ]:
        assert client.get(asset).status_code == 200, asset
    assert client.get("/api/config").json()["tiles"] is None


def test_api_missing_database_directory_is_e201(tmp_path: Path) -> None:
    from rasd.errors import ConfigError

    with pytest.raises(ConfigError, match="E201"):
        create_app(str(tmp_path / "no" / "such" / "rasd.db"))
