"""The shipped gazetteer artifact, its loader, the geo lexicons and name variants."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from rasd.geo.gazetteer import gazetteer, geo_lexicon, haversine_km
from rasd.geo.variants import is_arabic_name, name_variants
from rasd.text.normalise import normalise_str


@pytest.mark.parametrize(
    ("name", "english", "cc"),
    [
        ("الحسكة", "Al Ḩasakah", "SY"), ("دير الزور", "Deir ez-Zor", "SY"), ("الرقة", "Ar Raqqah", "SY"),
        ("تل أبيض", "Tall Abyaḑ", "SY"), ("صنعاء", "Sanaa", "YE"), ("عدن", "Aden", "YE"), ("تعز", "Taiz", "YE"),
        ("الحديدة", "Al Ḩudaydah", "YE"), ("الموصل", "Mosul", "IQ"), ("الفلوجة", "Al Fallūjah", "IQ"),
        ("الرمادي", "Ramadi", "IQ"), ("بنغازي", "Benghazi", "LY"), ("سرت", "Sirte", "LY"), ("درنة", "Darnah", "LY"),
        ("العريش", "Arīsh", "EG"), ("رفح", "Rafaḩ", "PS"), ("كوباني", "‘Ayn al ‘Arab", "SY"),
    ],
)  # fmt: skip
def test_gazetteer_press_spellings_resolve(name: str, english: str, cc: str) -> None:
    cands = gazetteer().index[normalise_str(name)]
    assert any(c.place.name == english and c.place.country_code == cc for c in cands)


def test_gazetteer_records_are_complete() -> None:
    g = gazetteer()
    hasakah = g.places["gn:173811"]
    assert (hasakah.country_code, hasakah.admin1, hasakah.kind) == ("SY", "Al-Hasakah", "city")
    assert hasakah.population > 100_000 and abs(hasakah.lat - 36.50) < 0.01
    assert g.places["gn:98182"].feature_code == "PPLC"  # Baghdad
    province = g.places["a1:SY-DY"]
    assert province.seat == "gn:170794" and province.feature_code == "ADM1"  # Deir ez-Zor's capital
    assert g.places["c:IQ"].kind == "country"


def test_gazetteer_persian_spellings_do_not_shadow_arabic() -> None:
    for cands in gazetteer().index.values():
        scripts = {c.script for c in cands}
        assert scripts in ({"ar"}, {"fa"}, {"ar", "fa"})
        if "ar" in scripts and "fa" in scripts:
            pytest.fail("a key holds both an Arabic and a Persian/Kurdish-only name")


@pytest.mark.parametrize(
    ("norm", "variant"),
    [
        ("سوريه", "سوريا"),
        ("ليبيا", "ليبيه"),
        ("السويداء", "السويدا"),
        ("دير الزور", "ديرالزور"),
        ("تلعفر", "تلعفر"),
    ],
)
def test_variants_cover_press_forms(norm: str, variant: str) -> None:
    assert variant == norm or variant in name_variants(norm)


def test_variants_keep_the_article() -> None:
    assert "حول" not in name_variants("الحول")  # bare forms are common words


@pytest.mark.parametrize(
    ("raw", "arabic"), [("دير الزور", True), ("دیر الزور", False), ("كەركوک", False), ("Mosul", False)]
)
def test_variants_script_flag(raw: str, arabic: bool) -> None:
    assert is_arabic_name(raw) is arabic


def test_geo_lexicon_loads_cues_and_stoplist() -> None:
    lex = geo_lexicon()
    assert lex.types[normalise_str("محافظة")] == "admin" and lex.types[normalise_str("سجن")] == "facility"
    assert normalise_str("السجن") in lex.stop and normalise_str("الأحد") in lex.stop
    assert lex.adjectives[normalise_str("سورية")] == "SY" and lex.adjectives["عراقي"] == "IQ"
    assert lex.possessive["بلدته"] == "settlement"


def test_haversine_known_distance() -> None:
    assert 340 < haversine_km(33.34, 44.40, 36.34, 43.12) < 360  # Baghdad–Mosul


@pytest.mark.parametrize(
    ("key", "seat"),
    [
        ("a1:SA-14", "Abha"), ("a1:IQ-DI", "Baqubah"), ("a1:IQ-NI", "Mosul"), ("a1:IQ-SD", "Tikrīt"),
        ("a1:SY-DY", "Deir ez-Zor"), ("a1:YE-LA", "Laḩij"), ("a1:LB-JL", "Baabda"), ("a1:PS-GZA", "Gaza"),
        ("c:SY", "Damascus"), ("c:YE", "Sanaa"), ("c:KW", "Kuwait City"), ("c:DZ", "Algiers"),
    ],
)  # fmt: skip
def test_gazetteer_regions_and_countries_are_coded_at_their_capital(key: str, seat: str) -> None:
    g = gazetteer()
    place = g.places[key]
    assert place.seat is not None
    capital = g.places[place.seat]
    assert capital.name == seat and capital.feature_code in ("PPLA", "PPLC")
    assert (place.lat, place.lon) == (capital.lat, capital.lon)


def test_gazetteer_seat_lexicon_is_applied() -> None:
    g = gazetteer()
    regions = {(p.country_code, p.name): p for p in g.places.values() if p.kind == "admin1"}
    seats = json.loads(resources.files("rasd.lexicons").joinpath("geo_seats.json").read_text("utf-8"))[
        "seats"
    ]
    assert seats, "geo_seats.json lists no seat: nothing would be checked"
    for item in seats:
        region = regions[(item["cc"], item["region"])]
        assert region.seat is not None and g.places[region.seat].name == item["seat"], item


def test_gazetteer_district_lexicon_cites_a_source_per_region() -> None:
    data = json.loads(resources.files("rasd.lexicons").joinpath("geo_districts.json").read_text("utf-8"))
    regions = [item["region"] for item in data["districts"]]
    assert len(regions) == len(set(regions)) == 22  # 21 governorates + Amanat Al Asimah
    assert set(data["sources"]) == {"*", *regions}
    for region, urls in data["sources"].items():
        assert urls and all(u.startswith(("https://", "http://")) for u in urls), region
    for item in data["districts"]:
        assert len(item["ar"]) == len(set(item["ar"])), item["region"]


def test_gazetteer_district_lexicon_names_resolve() -> None:
    g = gazetteer()
    data = json.loads(resources.files("rasd.lexicons").joinpath("geo_districts.json").read_text("utf-8"))
    for item in data["districts"]:
        for ar in item["ar"]:
            cands = g.index[" ".join(normalise_str(ar).split())]
            assert any(c.place.admin1 == item["region"] for c in cands), (ar, item["region"])
