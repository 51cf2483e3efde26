"""Exports: the ACLED column order is pinned, GeoJSON is valid, table rows line up with their header."""

from __future__ import annotations

import csv
import io
import json

from store_cases import make_pair, sample_events

from rasd.store import CSV_COLUMNS, TABLE_COLUMNS, Store, export_csv, export_geojson, to_table_rows
from rasd.store.export import interaction

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,"
    "status,confidence,plover,article_id,injured,abducted"
)


def test_export_csv_header_order_is_pinned() -> None:
    assert ",".join(CSV_COLUMNS) == ACLED_HEADER
    out = io.StringIO()
    assert export_csv([], out) == 0
    assert out.getvalue() == ACLED_HEADER + "\n"


def test_export_csv_values(store: Store) -> None:
    store.add(*make_pair())
    out = io.StringIO()
    assert export_csv(store.iter_events(sort="date"), out) == 3
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    ied = rows["art-1-ied"]
    assert ied["event_date"] == "2022-01-23" and ied["year"] == "2022"
    assert ied["disorder_type"] == "Political violence"
    assert (ied["actor1"], ied["inter1"], ied["actor2"], ied["inter2"]) == (
        "Islamic State",
        "2",
        "Civilians (Iraq)",
        "7",
    )
    assert ied["interaction"] == "27" and ied["civilian_targeting"] == "Civilian targeting"
    assert (ied["iso"], ied["country"], ied["admin1"], ied["location"]) == ("368", "Iraq", "Nineveh", "Mosul")
    assert (ied["latitude"], ied["longitude"], ied["geo_precision"]) == ("36.335", "43.119", "1")
    assert (ied["source"], ied["article_id"], ied["fatalities"], ied["injured"]) == (
        "alsumaria",
        "art-1",
        "3",
        "5",
    )
    assert ied["timestamp"].isdigit() and ied["region"] == "" and ied["admin3"] == ""
    protest = rows["art-1-protest"]
    assert protest["disorder_type"] == "Demonstrations" and protest["interaction"] == "60"
    assert protest["event_date"] == "2022-01" and protest["status"] == "historical"


def test_export_csv_plain_events_leave_article_columns_empty() -> None:
    out = io.StringIO()
    export_csv(sample_events(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["article_id"] for r in rows] == ["", "", ""]
    assert rows[1]["iso"] == "760"  # Syria


def test_export_interaction_codes() -> None:
    assert interaction(2, 1) == 12
    assert interaction(1, 2) == 12
    assert interaction(3, None) == 30
    assert interaction(None, None) is None


def test_export_geojson_is_valid(store: Store) -> None:
    store.add(*make_pair())
    fc = export_geojson(store.iter_events())
    json.dumps(fc)  # serialisable
    assert fc["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in fc["features"]}
    assert set(by_id) == {"art-1-ied", "art-1-prison", "art-1-protest"}
    for feat in fc["features"]:
        assert feat["type"] == "Feature"
        lon, lat = feat["geometry"]["coordinates"]
        assert feat["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    assert by_id["art-1-ied"]["geometry"]["coordinates"] == [43.119, 36.335]  # lon first
    assert by_id["art-1-prison"]["properties"]["approximate_location"] is True  # geo_precision 3
    assert by_id["art-1-ied"]["properties"]["approximate_location"] is False


def test_export_geojson_unlocated_event_has_null_geometry() -> None:
    ev = sample_events()[0]
    ev.location = None
    (feat,) = export_geojson([ev])["features"]
    assert feat["geometry"] is None and feat["properties"]["approximate_location"] is False


def test_export_table_rows_match_header() -> None:
    rows = to_table_rows(sample_events())
    assert all(len(r) == len(TABLE_COLUMNS) for r in rows)
    assert rows[0][:3] == ("2022-01-23", "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert rows[2][7] == ""  # unknown fatalities stay empty, not 0
