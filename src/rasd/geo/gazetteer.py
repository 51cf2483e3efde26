"""The gazetteer, loaded once per process from ``rasd/data/gazetteer.json.gz`` (built by :mod:`rasd.geo.build`).

:func:`gazetteer` returns a frozen :class:`Gazetteer`: its places, a name index (normalised name →
candidates with the tier that produced the name).  :func:`geo_lexicon` holds the cue words, stop-list and country adjectives.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from rasd.errors import E, ResourceError
from rasd.lexicons import load_json
from rasd.text.match import phrase_tokens
from rasd.text.normalise import normalise_str

RESOURCE = "data/gazetteer.json.gz"
TIER_RANK = {"alias": 0, "exact": 1, "fuzzy": 2}  # a hand alias is curated: it wins a tie with GeoNames


@dataclass(frozen=True, slots=True)
class Place:
    key: str  # gn:<geonameid>, a1:<CC>-<code>, c:<CC>, iq:<province>:<district>, d:<CC>:<province>:<name>
    geonameid: int | None
    name: str  # English
    country_code: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    feature_code: str  # PCLI, ADM1, ADM2, ADM3, PPLC, PPLA, PPL
    kind: str  # country, admin1, admin2, admin3, city
    seat: str | None = None  # admin1, country: key of its capital (their lat/lon are the capital's)


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    tier: str  # exact, alias, fuzzy
    script: str  # ar, fa


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, Place]
    index: dict[str, tuple[Candidate, ...]]  # normalised name → candidates
    country_names: dict[str, str]  # ISO code → English name


@dataclass(frozen=True, slots=True)
class GeoLexicon:
    types: dict[str, str]  # normalised cue word → kind (settlement, admin, region, local, facility)
    cue_forms: frozenset[str]  # single-word keys of ``types``
    name_prefixes: frozenset[str]
    direction: tuple[str, ...]
    near: tuple[str, ...]
    units: tuple[str, ...]
    road: tuple[str, ...]
    stop: frozenset[str]
    idioms: frozenset[str]  # phrases with a place name inside that are not places (مسقط رأسه)
    never: frozenset[str]  # direction and cue words: never a place name, cue or not
    min_len: int
    short_as_written: frozenset[str]  # names under min_len taken without a cue when written so (إب)
    low_population: int
    adjectives: dict[str, str]  # normalised country adjective form → ISO code
    possessive: dict[str, str]  # بلدته، مدينتهم … → cue kind
    relative_tail: frozenset[str]  # last words of relative phrases (a cheap test before the regex)
    ambiguous: frozenset[str]  # country names that are also common words
    district: frozenset[str]  # cue words naming a district (مديرية، قضاء، ناحية), normalised
    small_settlement: frozenset[str]  # cue words naming a village or a small town (بلدة، قرية), normalised
    seat_before: frozenset[str] = frozenset()  # a place after these is where a body sits (ومقره بريطانيا)
    seat_between: frozenset[str] = frozenset()  # ... with these between (مقرها الصيفي في جدة)
    seat_after: frozenset[str] = frozenset()  # ... or a place before these (يتخذ من لندن مقرا)
    # an adjective after these names a nationality (الجنسية السورية), adjectives and fillers between
    nationality: frozenset[str] = frozenset()
    nationality_fillers: frozenset[str] = frozenset()  # جنسيات أخرى شملت اليمنية والسورية
    # a country name after these owns what they name (طائرات الولايات المتحدة): no event location
    owner: frozenset[str] = frozenset()
    owner_city: frozenset[str] = frozenset()  # ... and a city after these (سفارة موسكو) stands for its state
    state_verbs: frozenset[str] = frozenset()  # a national capital after these (بدأت أنقرة) is its government
    named_for: frozenset[str] = frozenset()  # a place after these names an accord or a meeting (اتفاق بروكسل)
    local_plural: frozenset[str] = frozenset()  # quarters of (أحياء): the city named after them is the place
    city_facilities: frozenset[str] = frozenset()  # مطار: the name after it is its city, however far
    # (word, preposition) pairs a place after which is no event place (المدعومين من إيران, نقله إلى الرياض)
    not_event: frozenset[tuple[str, str]] = frozenset()
    press_adjectives: frozenset[str] = frozenset()  # of not_event (صحافي): only after press_nouns (مؤتمر)
    press_nouns: frozenset[str] = frozenset()
    launched: frozenset[str] = frozenset()  # انطلقت (من): where a strike set out from
    fired: frozenset[str] = frozenset()  # أطلق (من): where a rocket was fired from, named right after من
    returned: frozenset[str] = frozenset()  # تعود (إلى ... قاعدة): the base aircraft went back to
    bases: frozenset[str] = frozenset()
    lies: frozenset[str] = (
        frozenset()
    )  # "that lies" (الواقعة): a relative place after it describes the one before
    belongs: frozenset[str] = frozenset()  # "that belongs to" (التابعة لمديرية): where the place before lies
    compass_regions: frozenset[str] = frozenset()  # a region named by a compass point alone (المنطقة الشرقية)
    list_glue: frozenset[str] = frozenset()  # words between two places of one list (و, في, كل)
    list_leads: frozenset[str] = frozenset()  # a locative leading a list of event places (في, قرب, منها)
    list_picks: frozenset[str] = frozenset()  # words between that lead and the first place (كل من, عدة)
    office: frozenset[str] = frozenset()  # titles (محافظ, قائد): the place after one is its holder's charge
    # personal titles (الشيخ, الباحثة): a name after one is a person's
    honorifics: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()  # side or territory words: with a country adjective, that country
    attached_words: frozenset[str] = frozenset()  # a name with its proclitic that is a common word (بحجة)
    office_units: frozenset[str] = frozenset()  # unit words between a title and its place (قائد محور البيضاء)


def _read(name: str) -> bytes:
    try:
        return resources.files("rasd").joinpath(name).read_bytes()
    except FileNotFoundError:
        raise ResourceError(E.E301, name=name, reason="not found", fix="rasd gazetteer build") from None


@cache
def gazetteer() -> Gazetteer:
    """Load the gazetteer (once per process)."""
    data: dict[str, Any] = json.loads(gzip.decompress(_read(RESOURCE)))
    fields = data["fields"]
    places: dict[str, Place] = {}
    for row in data["places"]:
        r = dict(zip(fields, row, strict=True))
        places[r["key"]] = Place(
            r["key"], r["gid"], r["en"], r["cc"], r["a1"], r["a2"], r["lat"], r["lon"], r["pop"], r["fc"],
            r["kind"], r["seat"],
        )  # fmt: skip
    grouped: dict[str, list[Candidate]] = {}
    for norm, key, tier, script in data["names"]:
        grouped.setdefault(norm, []).append(Candidate(places[key], tier, script))
    index: dict[str, tuple[Candidate, ...]] = {}
    for norm, cands in grouped.items():
        best: dict[str, Candidate] = {}
        for c in sorted(cands, key=lambda c: TIER_RANK[c.tier]):
            best.setdefault(c.place.key, c)
        index[norm] = tuple(best.values())
    names = {p.country_code: p.name for p in places.values() if p.kind == "country"}
    return Gazetteer(places, index, names)


def adjective_forms(stem: str) -> list[str]:
    """سوري → سوري، سورية, and the duals سوريان، سوريتان (after a dual noun: "جنديان ماليان"); plural forms
    (سوريون، سوريين) match through the tokeniser's suffix stripping."""
    s = normalise_str(stem)
    return [s, s + "ه", s + "ان", s + "تان"]


@cache
def geo_lexicon() -> GeoLexicon:
    cues = load_json("geo_cues.json")
    countries = load_json("geo_countries.json")["countries"]
    rel = cues["relative"]
    adjectives: dict[str, str] = {}
    ambiguous: set[str] = set()
    for cc, entry in countries.items():
        for stem in entry.get("adjectives", []):
            adjectives.update((form, cc) for form in adjective_forms(stem))
        ambiguous.update(normalise_str(n) for n in entry.get("ambiguous", []))

    types = {" ".join(phrase_tokens(k)): v for k, v in cues["types"].items()}

    def norm_all(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted({" ".join(phrase_tokens(w)) for w in words}, key=lambda w: -len(w)))

    return GeoLexicon(
        types=types,
        cue_forms=frozenset(k for k in types if " " not in k),
        name_prefixes=_norms(cues["name_prefixes"]),
        direction=norm_all(rel["direction"]),
        near=norm_all(rel["near"]),
        units=norm_all(rel["units"]),
        road=norm_all(rel["road"]),
        stop=_norms(cues["stop"]),
        never=_never(cues),
        idioms=frozenset(" ".join(phrase_tokens(w)) for w in cues["idioms"]),
        min_len=int(cues["min_len"]),
        short_as_written=frozenset(cues["short_as_written"]),
        low_population=int(cues["low_population"]),
        adjectives=adjectives,
        possessive=_possessive(cues["types"]),
        relative_tail=_tails(rel),
        ambiguous=frozenset(ambiguous),
        district=frozenset(" ".join(phrase_tokens(w)) for w in cues["district"]),
        small_settlement=_norms(cues["small_settlement"]),
        seat_before=_norms(cues["seat"]["before"]),
        seat_between=_norms(cues["seat"]["between"]),
        seat_after=_norms(cues["seat"]["after"]),
        nationality=_with_proclitics(cues["nationality"]["words"]),
        nationality_fillers=_norms(cues["nationality"]["fillers"]),
        owner=_with_proclitics(cues["owner"]),
        owner_city=_with_proclitics(cues["owner_city"]),
        state_verbs=_with_proclitics(cues["state_verbs"]),
        named_for=_with_proclitics(cues["named_for"]),
        local_plural=_norms(cues["local_plural"]),
        city_facilities=_norms(cues["city_facilities"]),
        not_event=frozenset(
            (normalise_str(w), normalise_str(prep))
            for prep, words in cues["not_event"].items()
            for w in words
        ),
        press_adjectives=_norms(cues["press"]["adjectives"]),
        press_nouns=_norms(cues["press"]["nouns"]),
        lies=_norms(cues["lies"]),
        belongs=_norms(cues["belongs"]),
        compass_regions=frozenset(" ".join(phrase_tokens(w)) for w in cues["compass_regions"]),
        list_glue=_norms(cues["lists"]["glue"]),
        list_leads=_norms(cues["lists"]["leads"]),
        list_picks=_norms(cues["lists"]["picks"]),
        office=_with_proclitics(cues["office"]["titles"]),
        honorifics=_with_proclitics(cues["honorifics"]),
        sides=_with_proclitics(cues["sides"]),
        attached_words=_norms(cues["attached_words"]),
        office_units=_norms(cues["office"]["units"]),
        launched=_with_proclitics(cues["launched"]["from"]),
        fired=_with_proclitics(cues["launched"]["fired"]),
        returned=_with_proclitics(cues["launched"]["back_to"]),
        bases=_norms(cues["launched"]["bases"]),
    )


def _norms(words: list[str]) -> frozenset[str]:
    """The words of a cue list, normalised."""
    return frozenset(normalise_str(w) for w in words)


def _with_proclitics(words: list[str]) -> frozenset[str]:
    """Normalised words, also with و / ب / ف / ل in front (بجنسية, والجنسية, للجنسية)."""
    base = [normalise_str(w) for w in words]
    return frozenset(p + w for w in base for p in ("", "و", "ب", "وب", "ف", "ل", "ول"))


def _possessive(types: dict[str, str]) -> dict[str, str]:
    """Cue words with a possessive suffix (ة is written ت before it): بلدته، مدينتهم، وبقريتنا."""
    out: dict[str, str] = {}
    for word, kind in types.items():
        n = normalise_str(word)
        if " " in n or not n.endswith("ه"):
            continue
        for suf in ("ه", "ها", "هم", "هما", "نا", "كم", "ي", "ا"):  # + duals: محافظتي لحج وأبين
            for pre in ("", "و", "ب", "وب", "ف", "ل", "في"):
                out.setdefault(pre + n[:-1] + "ت" + suf, kind)
    return out


def _tails(rel: dict[str, list[str]]) -> frozenset[str]:
    out = {"من", "عن", "بين", "منها", "بينها", "هي"}  # the last three close "قرب 8 مدن منها"
    for key in ("direction", "near", "road"):
        out.update(phrase_tokens(w)[-1] for w in rel[key])
    return frozenset(out)


def _never(cues: dict[str, Any]) -> frozenset[str]:
    words = [
        *cues["types"],
        *cues["relative"]["direction"],
        *cues["relative"]["near"],
        *cues["relative"]["road"],
    ]
    out: set[str] = set()
    for w in words:
        n = " ".join(phrase_tokens(w))
        out.update((n, "ال" + n))
    out.update(normalise_str(w) for w in cues["never"])
    out.update(normalise_str(w) for w in cues["name_prefixes"])
    return frozenset(out)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
