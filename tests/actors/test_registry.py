"""The actor registry: the packaged file validates, and broken registries fail with E301."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from rasd.actors.registry import load_registry, registry
from rasd.errors import ResourceError


def _raw() -> dict[str, Any]:
    return json.loads(resources.files("rasd").joinpath("lexicons/actors.json").read_text("utf-8"))


def test_registry_packaged_file_is_valid() -> None:
    reg = registry()
    assert len(reg.actors) >= 90
    assert {a.country for a in reg.actors.values()} >= {
        "IQ",
        "SY",
        "YE",
        "LY",
        "EG",
        "LB",
        "PS",
        "IL",
        "SO",
        "SD",
        "NG",
        "ML",
    }
    assert all(1 <= a.inter <= 8 for a in reg.actors.values())
    assert reg.actors["isis-sinai"].parent == "isis"


@pytest.mark.parametrize(
    ("actor_id", "name", "inter"),
    [
        ("isis", "Islamic State", 2),
        ("sdf", "SDF: Syrian Democratic Forces", 2),
        ("us-coalition", "US-led Coalition", 8),
        ("houthis", "Houthis (Ansar Allah)", 2),
        ("pmf", "Popular Mobilization Forces", 3),
        ("military-iq", "Military Forces of Iraq", 1),
    ],
)
def test_registry_canonical_names(actor_id: str, name: str, inter: int) -> None:
    a = registry().actors[actor_id]
    assert (a.name, a.inter) == (name, inter)


def test_registry_template_builds_generic_actors() -> None:
    reg = registry()
    assert reg.template("military", "IQ").id == "military-iq"
    assert reg.template("civilians", "YE").name == "Civilians (Yemen)"
    assert reg.template("unidentified", "SY").inter == 3
    assert reg.template("protesters", None).name == "Protesters"
    # a country the registry has no name for takes the gazetteer's English name, not its code
    assert reg.template("police", "MM").name == "Police Forces of Myanmar"
    assert reg.template("military", "BI").name == "Military Forces of Burundi"


def _broken(edit: str) -> dict[str, Any]:
    raw = copy.deepcopy(_raw())
    if edit == "duplicate":
        raw["actors"].append(dict(raw["actors"][0], aliases=["اسم جديد تماما"]))
    elif edit == "inter":
        raw["actors"][0]["inter"] = 9
    elif edit == "parent":
        raw["actors"][0]["parent"] = "no-such-actor"
    elif edit == "alias":
        raw["actors"][1]["aliases"].append(raw["actors"][0]["aliases"][0])
    elif edit == "kind":
        raw["generic"][0]["kind"] = "aliens"
    return raw


@pytest.mark.parametrize(
    ("edit", "needle"),
    [
        ("duplicate", "duplicate actor id"),
        ("inter", "inter 9"),
        ("parent", "no-such-actor"),
        ("alias", "belongs to both"),
        ("kind", "aliens"),
    ],
)
def test_registry_rejects_broken_data(edit: str, needle: str) -> None:
    with pytest.raises(ResourceError) as err:
        load_registry(_broken(edit))
    assert err.value.code == "E301"
    assert needle in err.value.message


def test_registry_ambiguous_alias_must_belong_to_its_actor() -> None:
    raw = _raw()
    raw["ambiguous"] = [{"alias": "القاعدة", "actor": "isis", "cues": ["قاعدة"]}]
    with pytest.raises(ResourceError, match="ambiguous alias"):
        load_registry(raw)


def test_registry_loads_ambiguous_aliases_and_loyalty_words() -> None:
    reg = registry()
    assert ("القاعده",) in reg.ambiguous
    assert "المواليه" in reg.loyal_words


def test_registry_possessive_forces_must_be_member_nouns() -> None:
    raw = _raw()
    raw["possessive"] = {"nouns": ["عناصر"], "forces": ["قوات"], "suffixes": ["ه"]}
    with pytest.raises(ResourceError, match="possessive forces"):
        load_registry(raw)


def test_registry_loads_reference_lists_and_rule_flags() -> None:
    reg = registry()
    assert reg.possessive is not None and "قوات" in reg.possessive.forces
    assert reg.head_anaphors["الجبهه"] == "جبهه"
    assert "عشرات" in reg.quantifiers
    assert any(g.counted for g in reg.generic)
    assert any(g.closed and "النظام" in g.phrases for g in reg.generic)
    assert any(g.anywhere and "المعارضة المعتدلة" in g.phrases for g in reg.generic)


def test_registry_loads_counted_guard_and_strike_doers() -> None:
    reg = registry()
    assert reg.counted_guard is not None and reg.counted_guard.max_value == 999
    assert "اعتقال" in reg.counted_guard.not_after and "بينهم" in reg.counted_guard.partitive
    assert "والاشتباكات" in reg.counted_guard.clashes
    assert "تشنها" in reg.agent_verbs and reg.agent_names["انقره"] == "TR"
    assert reg.possessive is not None and "حزب" in reg.possessive.masculine_heads


@pytest.mark.parametrize(
    ("edit", "needle"),
    [
        ({"counted_guard": {"max_value": 0}}, "max_value"),
        ({"agents": {"verbs": ["تشن"], "names": {"XX": ["مكان"]}}}, "XX"),
    ],
)
def test_registry_rejects_broken_guard_and_agents(edit: dict[str, Any], needle: str) -> None:
    raw = copy.deepcopy(_raw())
    raw.update(edit)
    with pytest.raises(ResourceError, match=needle):
        load_registry(raw)


def test_registry_world_countries_add_adjectives_only_where_the_registry_has_none() -> None:
    reg = load_registry(
        _raw(), {"GR": {"names": ["اليونان"], "adjectives": ["يوناني"]}, "TR": {"adjectives": ["x"]}}
    )
    assert "يونانيين" in reg.countries["GR"].adjectives and reg.countries["GR"].names == ()
    assert reg.countries["TR"].name == "Turkey"


def test_registry_camps_are_symmetric_and_name_registry_actors() -> None:
    camps = registry().camps
    assert "popular-resistance" in camps["saudi-coalition"]
    assert "saudi-coalition" in camps["popular-resistance"]
    assert "houthis" not in camps["saudi-coalition"]
    assert "saleh-forces" in camps["houthis"]  # registry allies are a camp of their own
    assert all(b in camps and a in camps[b] for a, mates in camps.items() for b in mates)
