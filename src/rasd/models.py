"""The contract: what Rasd returns for one article.

These pydantic models are the public, versioned output (``rasd extract``, the HTTP API, the store).
``schema/document.schema.json`` is generated from them and pinned by a test, so a change here is a
change on purpose.  Every span carries ``start``/``end`` Python string offsets into the article's
original ``text`` such that ``text[start:end] == span.text``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]

SubEventType = Literal[
    # Battles
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    # Explosions/Remote violence
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    # Violence against civilians
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
    # Protests
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    # Riots
    "Violent demonstration",
    "Mob violence",
    # Strategic developments
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
]

SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

Plover = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION",
    "PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip

Status = Literal["reported", "historical", "aggregate"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Model):
    """A piece of the original text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(Span):
    type: str = Field(description="PER, ORG, LOC, GPE, MISC (tagger) or a finer type")
    source: str = Field(default="tagger", description="which stage found it: tagger, gazetteer, actors")


class Actor(Span):
    name: str = Field(description="canonical English name from the actor registry")
    inter: int | None = Field(default=None, ge=1, le=8, description="ACLED inter code 1..8")
    actor_id: str | None = Field(default=None, description="stable registry id, e.g. 'isis'")
    country: str | None = None


class Location(Span):
    name: str | None = Field(default=None, description="resolved English name (the place coded)")
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = Field(ge=1, le=3)
    geonameid: int | None = None
    finer: str | None = Field(
        default=None, description="a named part of the coded place (neighbourhood, prison)"
    )
    tier: str | None = Field(
        default=None, description="which resolver tier answered: exact, alias, fuzzy, admin, country"
    )


class Evidence(Span):
    pass


class FieldSpan(Span):
    field: str = Field(description="the event field this span supports: trigger, date, fatalities, ...")


class Event(_Model):
    id: str = Field(description="stable id: hash of article id and the event's evidence span")
    event_type: EventType
    sub_event_type: SubEventType
    plover: Plover
    status: Status
    date: str | None = Field(
        default=None, description="YYYY-MM-DD, or YYYY-MM / YYYY for coarse historical dates"
    )
    time_precision: int = Field(ge=1, le=3)
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Location | None = None
    fatalities: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    abducted: int | None = Field(default=None, ge=0)
    attribution: Span | None = Field(default=None, description="who said it: the reporting phrase")
    claimed_by: Actor | None = Field(default=None, description="the actor that claimed responsibility")
    confidence: float = Field(ge=0.0, le=1.0)
    summary_en: str
    evidence: Evidence
    trigger: Span
    spans: list[FieldSpan] = Field(default_factory=list, description="every supporting span, by field")


class ErrorRecord(_Model):
    code: str = Field(description="numbered error code, e.g. E104")
    message: str


class Document(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str
    published: str | None
    title: str | None = None
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)


class ArticleIn(_Model):
    """One input article (a JSONL record, a JSON file or a .txt file with --published)."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
