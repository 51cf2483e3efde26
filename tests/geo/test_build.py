"""The gazetteer build: reproducible, and its counts match the shipped artifact."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

import pytest

from rasd.geo.build import build_gazetteer

IRAQ_ADMIN = Path(__file__).resolve().parents[3] / "shared" / "data" / "iraq_admin" / "iraq_admin_names.json"


@pytest.mark.slow
@pytest.mark.skipif(not IRAQ_ADMIN.exists(), reason="needs ../shared/data/iraq_admin")
def test_build_is_reproducible_and_matches_the_artifact(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    stats = build_gazetteer(a, iraq_admin=IRAQ_ADMIN)
    build_gazetteer(b, iraq_admin=IRAQ_ADMIN)
    assert a.read_bytes() == b.read_bytes()
    shipped = resources.files("rasd").joinpath("data/gazetteer.json.gz").read_bytes()
    assert gzip.decompress(shipped) == gzip.decompress(a.read_bytes()), (
        "run 'rasd gazetteer build' and commit"
    )
    assert stats["countries"] >= 240 and stats["cities"] > 5000 and stats["admin1"] > 500
    assert stats["bytes"] < 8_000_000


def test_build_artifact_format() -> None:
    data = json.loads(
        gzip.decompress(resources.files("rasd").joinpath("data/gazetteer.json.gz").read_bytes())
    )
    assert data["format"] == 1 and "key" in data["fields"]
    assert data["names"] == sorted(data["names"])


@pytest.mark.parametrize(
    ("en", "a1"),
    [
        # GeoNames gives the whole West Bank one admin-1 ('WE'): each town takes its own governorate
        ("Nablus", "Nablus"),
        ("Hebron", "Hebron"),
        ("Janīn", "Jenin"),
        ("Yaţţā", "Hebron"),
        ("Bobo-Dioulasso", "Hauts-Bassins"),  # Burkina Faso's region, not a province's name
    ],
)
def test_a_city_takes_its_own_admin1_where_geonames_unit_spans_several(en: str, a1: str) -> None:
    data = json.loads(
        gzip.decompress(resources.files("rasd").joinpath("data/gazetteer.json.gz").read_bytes())
    )
    f = data["fields"]
    rows = [r for r in data["places"] if r[f.index("en")] == en and r[f.index("kind")] == "city"]
    assert rows and {r[f.index("a1")] for r in rows} == {a1}
