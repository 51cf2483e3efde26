"""The actor registry: ``lexicons/actors.json`` loaded, validated and indexed once per process.

The registry is data (see the ``_doc`` field of the JSON): named actors with ACLED inter codes and Arabic
press aliases, the generic phrases resolved from context (``الجيش``, ``مسلحون مجهولون``, ``المدنيين`` ...),
the per-country templates for generic actors, and the country evidence (names, cities, adjectives).

Two small lists guard precision: ``ambiguous`` bare aliases that are also common nouns (``القاعدة``, "the
base") with the cue words that show the noun sense, and ``loyal_words`` (``الموالية``, ``التابعة``) that hand
a generic force phrase to the named actor after them.

Four more drive reference inside an article: ``possessive`` (member nouns with a possessive pronoun,
``قواته``, ``عناصرها``, resolved to their antecedent), ``head_anaphors`` (``الجبهة`` for the last named
``جبهة ...``), ``anaphor_modifiers`` (participles such as ``المتحالفة`` that may follow ``الجماعة`` without
naming another group) and ``quantifiers`` (``عشرات``, ``عدة``: what a ``counted`` generic phrase such as
``أشخاص`` needs in front when no number is there).

``load_registry(raw, world)`` validates a parsed document and raises :class:`~rasd.errors.ResourceError` (E301)
with the exact problem; ``registry()`` loads the packaged file once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rasd.actors.clitics import ART_PREFIXES, LIL, PREFIXES
from rasd.doc import ActorMention
from rasd.errors import E, ResourceError
from rasd.geo.gazetteer import gazetteer
from rasd.lexicons import load_json
from rasd.text.match import phrase_tokens
from rasd.text.normalise import normalise_str

RESOURCE = "lexicons/actors.json"
KINDS = frozenset(
    {
        "military",
        "police",
        "security",
        "air",
        "drone",
        "coalition",
        "contextual",
        "anaphor",
        "unidentified",
        "gunmen",
        "forces",
        "civilians",
        "protesters",
    }
)
TEMPLATE_KINDS = ("military", "police", "unidentified", "civilians", "protesters")


def template_kind(actor_id: str) -> str | None:
    """The template kind an actor id was built from ("unidentified-iq" -> "unidentified"), or None."""
    return next((k for k in TEMPLATE_KINDS if actor_id.startswith(k + "-")), None)


ADJECTIVE_ENDINGS = ("", "ه", "ين", "ون", "ان", "تين", "تان")  # عراقي عراقية عراقيين عراقيون ...


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    inter: int
    country: str | None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    strict: frozenset[str] = frozenset()  # normalised aliases matched without suffix stripping
    air: bool = False

    def mention(
        self, text: str, start: int, end: int, *, generic: bool, inter: int | None = None
    ) -> ActorMention:
        """This actor named by ``text[start:end]`` (original offsets); ``inter`` overrides the registry's code."""
        return ActorMention(
            start, end, text[start:end], self.id, self.name, self.inter if inter is None else inter,
            country=self.country, generic=generic, parent=self.parent,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class GenericRule:
    kind: str
    phrases: tuple[str, ...]
    by_country: dict[str, str]
    fallback: str | None = None  # a template kind
    antecedent: str = "recent"  # anaphors: 'recent' (last named) or 'salient' (most named family)
    counted: bool = False  # only after a number or a quantifier (مقتل 67 شخصا, عشرات القتلى)
    anywhere: bool = False  # contextual: its one actor wherever the article names that actor's country
    closed: bool = False  # contextual: a definite word after it names another body (النظام الدولي)


@dataclass(frozen=True, slots=True)
class Possessive:
    """Member nouns carrying a possessive pronoun (قواته, عناصرها, مسلحيهم), all normalised."""

    nouns: frozenset[str]  # قوات, عناصر, مقاتلي ...
    forces: frozenset[str]  # the nouns that fall back on the article's army when no actor precedes
    suffixes: tuple[str, ...]  # ه, ها, هم, هما
    spellings: dict[str, str] = field(
        default_factory=dict
    )  # every proclitic + noun + pronoun: وقواتها -> قوات
    masculine_heads: frozenset[str] = frozenset()  # تنظيم, حزب: an owner that ها cannot point to
    allies: frozenset[str] = frozenset()  # حلفاء: with a pronoun, the registry ally of the owner (وحلفائهم)


@dataclass(frozen=True, slots=True)
class CountedGuard:
    """When a counted noun after a number (مقتل 30 شخصا) is no victim mention, all normalised."""

    max_value: int  # a bigger figure is a war's running total (مقتل 15 ألف شخص), not one event's victims
    not_after: frozenset[str]  # words just before the number that make them suspects (اعتقال 20 شخصا)
    partitive: frozenset[str]  # بينهم, معظمهم: a mixed count unless civilians are named right after
    ranks: frozenset[str]  # صفوف: في صفوف القوات names who they were
    # معارك, اشتباكات with every proclitic: the dead of a battle are a mixed count
    clashes: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    adjectives: tuple[str, ...]  # normalised, every inflection
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Registry:
    actors: dict[str, ActorEntry]
    generic: tuple[GenericRule, ...]
    templates: dict[str, dict[str, Any]]
    security_kind: dict[str, str]
    air_default: dict[str, str]
    drone_default: dict[str, str]
    member_nouns: frozenset[str]  # normalised
    countries: dict[str, Country]
    blocked: tuple[str, ...]
    ambiguous: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)  # bare alias -> cue words
    air_powers: frozenset[str] = frozenset()  # actor ids whose bombing (قصف) is from the air
    loyal_words: frozenset[str] = frozenset()  # normalised: الموالية, التابعة ...
    titles: frozenset[str] = frozenset()  # normalised: قائد, رئيس ... (a blocked title phrase's first word)
    demonstratives: frozenset[str] = frozenset()  # normalised: هذا, هذه ... (a pointer back)
    possessive: Possessive | None = None
    head_anaphors: dict[str, str] = field(default_factory=dict)  # normalised الجبهة -> جبهة
    head_spellings: dict[str, str] = field(default_factory=dict)  # with proclitics: وللجبهة -> جبهة
    anaphor_modifiers: frozenset[str] = frozenset()  # normalised: المتحالفة, المدعومة ...
    quantifiers: frozenset[str] = frozenset()  # normalised: عشرات, عدة ...
    counted_guard: CountedGuard | None = None
    # (class noun, word before it) pairs, normalised: ضد الإرهابيين, بعض المتشددين name a class, not a group
    class_nouns: frozenset[tuple[str, str]] = frozenset()
    # قال, أكد: civilians right after one are the source of the news (قال سكان)
    source_verbs: frozenset[str] = frozenset()
    # a one-aircraft force phrase (طائرة تركية) is military only in a sentence with a strike cue: الطائرة
    # الماليزية, طائرة عمانية غادرت مطار صنعاء are airliners.  Both normalised, cues with every proclitic.
    aircraft_nouns: frozenset[str] = frozenset()
    aircraft_cues: frozenset[str] = frozenset()
    # normalised تشن, شنت: a country or capital next to one is its army (agent_names: 'انقره' -> TR)
    agent_verbs: frozenset[str] = frozenset()
    agent_allies: frozenset[str] = frozenset()  # وحلفاؤها: may stand between the name and the verb
    agent_launch: frozenset[str] = (
        frozenset()
    )  # بدأت, واصلت: a country after one and before a strike noun acts
    agent_strikes: frozenset[str] = frozenset()
    # أبلغت, قالت: a country after one, then أنها and a strike (أبلغت تركيا الأمم المتحدة أنها بدأت في شن غارات)
    agent_speech: frozenset[str] = frozenset()
    agent_said_it: frozenset[str] = frozenset()
    # the bare المملكة: evidence of kingdom[1] unless the article names one of kingdom[2]
    kingdom: tuple[str, str, frozenset[str]] | None = None
    agent_names: dict[str, str] = field(default_factory=dict)
    # normalised جيش, قوات, طائرات -> military, شرطة -> police: a force noun in construct with a country or
    # its capital (جيش مصر, طائرات الولايات المتحدة) is that country's force
    agent_forces: dict[str, str] = field(default_factory=dict)
    allies: dict[str, str] = field(
        default_factory=dict
    )  # actor id -> the id of its ally (houthis -> saleh-forces)
    # actor id -> normalised short names it goes by only when conjoined to its ally (الحوثي وصالح -> صالح)
    ally_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # actor id -> the other actors of its camp: who fight on one side (the Saudi-led coalition, Yemen's army and
    # the Popular Resistance; every pair of allies too); one never takes another of its camp as its target
    camps: dict[str, frozenset[str]] = field(default_factory=dict)

    def security_kind_of(self, cc: str | None) -> str:
        """The state force that keeps order in country ``cc``: its police, or its army where the army does (Iraq,
        Syria, Yemen ...; ``security_kind``)."""
        return self.security_kind.get(cc or "*", self.security_kind.get("*", "police"))

    def template(self, kind: str, cc: str | None) -> ActorEntry:
        """The generic actor of ``kind`` ('military', 'civilians' ...) for country ``cc`` (None: no country)."""
        t = self.templates[kind]
        if cc is None:
            base = t["name"].split(" (")[0].replace(" of {country}", "")
            return ActorEntry(kind, base, t["inter"], None)
        aid = t["id"].format(cc=cc.lower())
        known = self.actors.get(aid)
        if known is not None:
            return known
        country = self.countries[cc].name if cc in self.countries else cc
        if country == cc:  # no name in the registry: the gazetteer's ("Police Forces of Myanmar")
            country = gazetteer().country_names.get(cc, cc)
        return ActorEntry(aid, t["name"].format(country=country), t["inter"], cc)


def _fail(reason: str) -> ResourceError:
    return ResourceError(E.E301, name=RESOURCE, reason=reason, fix="pip install --force-reinstall rasd")


def _actor(raw: dict[str, Any]) -> ActorEntry:
    for key in ("id", "name", "inter", "aliases"):
        if key not in raw:
            raise _fail(f"actor {raw.get('id', raw)!r} has no {key!r}")
    inter = raw["inter"]
    if not isinstance(inter, int) or not 1 <= inter <= 8:
        raise _fail(f"actor {raw['id']!r} has inter {inter!r}; it must be an ACLED code 1..8")
    return ActorEntry(
        id=raw["id"],
        name=raw["name"],
        inter=inter,
        country=raw.get("country"),
        parent=raw.get("parent"),
        aliases=tuple(raw["aliases"]),
        aliases_en=tuple(raw.get("aliases_en", ())),
        strict=frozenset(normalise_str(a) for a in raw.get("strict", ())),
        air=bool(raw.get("air", False)),
    )


def _country(code: str, raw: dict[str, Any]) -> Country:
    adjectives = tuple(normalise_str(a) + end for a in raw.get("adjectives", ()) for end in ADJECTIVE_ENDINGS)
    # inflected forms listed as they are, for an adjective whose base form is a common word (مالي "financial")
    adjectives += tuple(normalise_str(a) for a in raw.get("adjective_forms", ()))
    return Country(code, raw["name"], adjectives, tuple(raw.get("names", ())))


def load_registry(raw: dict[str, Any], world: dict[str, Any] | None = None) -> Registry:
    """Validate a parsed registry document and index it.  ``world`` (the gazetteer's country list,
    ``geo_countries.json``) adds the adjectives of countries the registry does not list (يونانيين → GR), so
    generic actors there still get their country code."""
    try:
        countries = {cc: _country(cc, c) for cc, c in raw["countries"].items()}
        for cc, c in (world or {}).items():
            if cc not in countries:
                countries[cc] = _country(cc, {"name": cc, "adjectives": c.get("adjectives", ())})
        entries = [_actor(a) for a in raw["actors"]]
        rules = [
            GenericRule(
                g["kind"],
                tuple(g["phrases"]),
                dict(g.get("by_country", {})),
                g.get("fallback"),
                g.get("antecedent", "recent"),
                bool(g.get("counted", False)),
                bool(g.get("anywhere", False)),
                bool(g.get("closed", False)),
            )
            for g in raw["generic"]
        ]
        templates = raw["templates"]
    except KeyError as exc:
        raise _fail(f"missing field {exc}") from None
    actors: dict[str, ActorEntry] = {}
    for a in entries:
        if a.id in actors:
            raise _fail(f"duplicate actor id {a.id!r}")
        actors[a.id] = a
    owner: dict[tuple[str, ...], str] = {}
    for a in entries:
        if a.parent is not None and a.parent not in actors:
            raise _fail(f"actor {a.id!r} has parent {a.parent!r}, which is not in the registry")
        if a.country is not None and a.country not in countries:
            raise _fail(f"actor {a.id!r} has country {a.country!r}, which is not in 'countries'")
        for alias in a.aliases:
            key = phrase_tokens(alias)
            if not key:
                raise _fail(f"actor {a.id!r} has an empty alias")
            if owner.setdefault(key, a.id) != a.id:
                raise _fail(f"alias {alias!r} belongs to both {owner[key]!r} and {a.id!r}")
    for kind in TEMPLATE_KINDS:
        if kind not in templates or not {"id", "name", "inter"} <= set(templates[kind]):
            raise _fail(f"template {kind!r} is missing or lacks id/name/inter")
    for g in rules:
        if g.kind not in KINDS:
            raise _fail(f"generic kind {g.kind!r} is unknown; use one of {sorted(KINDS)}")
        if g.antecedent not in ("recent", "salient"):
            raise _fail(f"generic antecedent {g.antecedent!r} must be 'recent' or 'salient'")
        if g.fallback is not None and g.fallback not in TEMPLATE_KINDS:
            raise _fail(f"generic fallback {g.fallback!r} is not a template kind")
        for cc, aid in g.by_country.items():
            if aid not in actors:
                raise _fail(f"generic rule for {g.phrases[0]!r} maps {cc} to unknown actor {aid!r}")
    air_default = dict(raw.get("air_default", {}))
    drone_default = dict(raw.get("drone_default", {}))
    for name, table in (("air_default", air_default), ("drone_default", drone_default)):
        for cc, aid in table.items():
            if aid not in actors:
                raise _fail(f"{name} maps {cc} to unknown actor {aid!r}")
    air_powers = frozenset(raw.get("air_powers", ()))
    for aid in air_powers:
        if aid not in actors:
            raise _fail(f"air_powers names {aid!r}, which is no registry actor")
    ambiguous: dict[tuple[str, ...], frozenset[str]] = {}
    for amb in raw.get("ambiguous", ()):
        key = phrase_tokens(amb.get("alias", ""))
        if owner.get(key) != amb.get("actor") or amb.get("actor") is None:
            raise _fail(f"ambiguous alias {amb.get('alias')!r} is not an alias of actor {amb.get('actor')!r}")
        ambiguous[key] = frozenset(normalise_str(c) for c in amb.get("cues", ()))
    possessive = _possessive(raw.get("possessive"))
    head_anaphors = {normalise_str(k): normalise_str(v) for k, v in raw.get("head_anaphors", {}).items()}
    security_kind = dict(raw.get("security_kind", {"*": "police"}))
    if any(k not in ("military", "police") for k in security_kind.values()):
        raise _fail("security_kind values must be 'military' or 'police'")
    return Registry(
        actors=actors,
        generic=tuple(rules),
        templates=templates,
        security_kind=security_kind,
        air_default=air_default,
        drone_default=drone_default,
        air_powers=air_powers,
        member_nouns=_norms(raw.get("member_nouns", ())),
        countries=countries,
        blocked=tuple(raw.get("blocked", ())),
        ambiguous=ambiguous,
        loyal_words=_norms(raw.get("loyal_words", ())),
        titles=_norms(raw.get("titles", ())),
        demonstratives=_norms(raw.get("demonstratives", ())),
        possessive=possessive,
        head_anaphors=head_anaphors,
        head_spellings=_head_spellings(head_anaphors),
        anaphor_modifiers=_norms(raw.get("anaphor_modifiers", ())),
        quantifiers=_norms(raw.get("quantifiers", ())),
        counted_guard=_counted_guard(raw.get("counted_guard")),
        aircraft_nouns=_norms(raw.get("aircraft", {}).get("nouns", ())),
        aircraft_cues=_with_proclitics(raw.get("aircraft", {}).get("cues", ())),
        source_verbs=_norms(raw.get("source_verbs", ())),
        class_nouns=frozenset(
            (normalise_str(n), normalise_str(w))
            for c in raw.get("class_nouns", ())
            for n in c["nouns"]
            for w in c["after"]
        ),
        agent_verbs=_norms(raw.get("agents", {}).get("verbs", ())),
        agent_allies=_norms(raw.get("agents", {}).get("allies", ())),
        agent_launch=_norms(raw.get("agents", {}).get("launch", ())),
        agent_strikes=_norms(raw.get("agents", {}).get("strikes", ())),
        agent_speech=_norms(raw.get("agents", {}).get("speech", ())),
        agent_said_it=_norms(raw.get("agents", {}).get("said_it", ())),
        kingdom=_kingdom(raw.get("kingdom")),
        allies=_allies(raw.get("allies", {}), actors),
        ally_words=_ally_words(raw.get("ally_words", {}), actors),
        camps=_camps([*raw.get("camps", []), *([a, b] for a, b in raw.get("allies", {}).items())], actors),
        agent_names=_agent_names(raw.get("agents", {}).get("names", {}), countries),
        agent_forces={normalise_str(w): k for w, k in raw.get("agents", {}).get("forces", {}).items()},
    )


def _allies(raw: dict[str, str], actors: dict[str, ActorEntry]) -> dict[str, str]:
    for aid, ally in raw.items():
        if aid not in actors or ally not in actors:
            raise _fail(f"allies maps {aid!r} to {ally!r}; both must be registry actors")
    return dict(raw)


def _camps(raw: list[list[str]], actors: dict[str, ActorEntry]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for camp in raw:
        for aid in camp:
            if aid not in actors:
                raise _fail(f"camps names {aid!r}, which is no registry actor")
            out[aid] = out.get(aid, frozenset()) | frozenset(camp) - {aid}
    return out


def _ally_words(raw: dict[str, list[str]], actors: dict[str, ActorEntry]) -> dict[str, frozenset[str]]:
    for aid in raw:
        if aid not in actors:
            raise _fail(f"ally_words names {aid!r}, which is no registry actor")
    return {aid: _norms(words) for aid, words in raw.items()}


def _agent_names(raw: dict[str, list[str]], countries: dict[str, Country]) -> dict[str, str]:
    out: dict[str, str] = {}
    for cc, names in raw.items():
        if cc not in countries:
            raise _fail(f"agents names country {cc!r} is not in 'countries'")
        for name in names:
            out[" ".join(phrase_tokens(name))] = cc
    return out


def _kingdom(raw: dict[str, Any] | None) -> tuple[str, str, frozenset[str]] | None:
    """The registry's ``kingdom`` entry: (normalised word, its country, the other kingdoms)."""
    if not raw:
        return None
    return normalise_str(raw["word"]), raw["country"], frozenset(raw.get("others", ()))


def _norms(words: Iterable[str]) -> frozenset[str]:
    """The words of a registry list, normalised (as every lookup key is)."""
    return frozenset(normalise_str(w) for w in words)


def _with_proclitics(words: Iterable[str]) -> frozenset[str]:
    """Each normalised word with every proclitic and the article (والمعارك, بالاشتباكات, للمعارك)."""
    return frozenset(p + normalise_str(w) for w in words for p in ART_PREFIXES | LIL)


def _counted_guard(raw: dict[str, Any] | None) -> CountedGuard | None:
    if raw is None:
        return None
    value = raw.get("max_value")
    if not isinstance(value, int) or value < 1:
        raise _fail(f"counted_guard max_value {value!r} must be a positive integer")
    return CountedGuard(
        value,
        _norms(raw.get("not_after", ())),
        _norms(raw.get("partitive", ())),
        _norms(raw.get("ranks", ())),
        _with_proclitics(raw.get("clash_words", ())),
    )


def _possessive(raw: dict[str, Any] | None) -> Possessive | None:
    if raw is None:
        return None
    allies = _norms(raw.get("allies", ()))
    nouns = _norms(raw.get("nouns", ())) | allies
    forces = _norms(raw.get("forces", ()))
    suffixes = tuple(normalise_str(w) for w in raw.get("suffixes", ()))
    if not nouns or not suffixes:
        raise _fail("possessive needs 'nouns' and 'suffixes'")
    if not forces <= nouns:
        raise _fail(f"possessive forces {sorted(forces - nouns)} are not in its nouns")
    suffixes = tuple(sorted(suffixes, key=len, reverse=True))
    spellings: dict[str, str] = {}
    # One dict lookup per token at run time; where two readings spell alike, the shortest proclitic and then the
    # longest pronoun win (they are written last).
    for prefix in sorted(PREFIXES, key=len, reverse=True):
        for noun in sorted(nouns):
            for suf in reversed(suffixes):
                spellings[prefix + noun + suf] = noun
    masculine = _norms(raw.get("masculine_heads", ()))
    return Possessive(nouns, forces, suffixes, spellings, masculine, allies)


def _head_spellings(head_anaphors: dict[str, str]) -> dict[str, str]:
    """Each definite head noun with every allowed proclitic (الجبهة, والجبهة, للجبهة …) -> its bare head."""
    out: dict[str, str] = {}
    for definite, head in head_anaphors.items():
        for prefix in PREFIXES:
            out.setdefault(prefix + definite, head)
        if definite.startswith("ال"):
            for lil in LIL:
                out.setdefault(lil + definite[2:], head)
    return out


@cache
def registry() -> Registry:
    """The packaged registry, loaded once per process."""
    return load_registry(load_json("actors.json"), load_json("geo_countries.json")["countries"])
