"""Hand-built articles, documents and events for the store tests (imported by the tests and conftest)."""

from __future__ import annotations

from typing import Any

from rasd.models import Actor, ArticleIn, Document, Entity, Event, Evidence, Location, Span

TEXT = (
    "قُتل ثلاثة مدنيين وأصيب خمسة آخرون في انفجار عبوة ناسفة في الموصل يوم الأحد. "
    "وهاجم مسلحو داعش سجن غويران في الحسكة. "
    "وتظاهر مئات في البصرة احتجاجا على انقطاع الكهرباء."
)


def span(text: str, piece: str) -> tuple[int, int, str]:
    start = text.index(piece)
    return start, start + len(piece), piece


def make_event(
    text: str = TEXT,
    evidence: str = "قُتل ثلاثة مدنيين وأصيب خمسة آخرون في انفجار عبوة ناسفة في الموصل يوم الأحد",
    trigger: str = "انفجار",
    *,
    id: str | None = None,
    event_type: str = "Explosions/Remote violence",
    sub_event_type: str = "Remote explosive/landmine/IED",
    plover: str = "ASSAULT",
    status: str = "reported",
    date: str | None = "2022-01-23",
    actor1: tuple[str, int] | None = None,
    actor2: tuple[str, int] | None = ("Civilians (Iraq)", 7),
    place: dict[str, Any] | None = None,
    fatalities: int | None = 3,
    confidence: float = 0.8,
    summary: str = "An IED explosion in Mosul killed three civilians and injured five.",
) -> Event:
    s, e, t = span(text, evidence)
    ts, te, tt = span(text, trigger)
    loc = None
    if place is not None:
        ls, le, lt = span(text, place.pop("text"))
        loc = Location(start=ls, end=le, text=lt, **place)
    a1 = Actor(start=ts, end=te, text=tt, name=actor1[0], inter=actor1[1]) if actor1 else None
    a2 = Actor(start=s, end=s + 4, text=text[s : s + 4], name=actor2[0], inter=actor2[1]) if actor2 else None
    return Event(
        id=id or f"ev-{s}-{e}",
        event_type=event_type,  # type: ignore[arg-type]
        sub_event_type=sub_event_type,  # type: ignore[arg-type]
        plover=plover,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        date=date,
        time_precision=1,
        actor1=a1,
        actor2=a2,
        location=loc,
        fatalities=fatalities,
        injured=5,
        confidence=confidence,
        summary_en=summary,
        evidence=Evidence(start=s, end=e, text=t),
        trigger=Span(start=ts, end=te, text=tt),
    )


MOSUL = {
    "text": "الموصل",
    "name": "Mosul",
    "admin1": "Nineveh",
    "country": "Iraq",
    "country_code": "IQ",
    "lat": 36.335,
    "lon": 43.119,
    "geo_precision": 1,
    "geonameid": 99072,
}
HASAKAH = {
    "text": "الحسكة",
    "name": "Al-Hasakah",
    "admin1": "Al-Hasakah",
    "country": "Syria",
    "country_code": "SY",
    "lat": 36.502,
    "lon": 40.747,
    "geo_precision": 3,
}


def sample_events(prefix: str = "a") -> list[Event]:
    return [
        make_event(id=f"{prefix}-ied", place=dict(MOSUL), actor1=("Islamic State", 2)),
        make_event(
            evidence="وهاجم مسلحو داعش سجن غويران في الحسكة",
            trigger="وهاجم",
            id=f"{prefix}-prison",
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1=("Islamic State", 2),
            actor2=("Military Forces of Syria", 1),
            place=dict(HASAKAH),
            date="2022-01-20",
            fatalities=None,
            confidence=0.6,
            summary="Islamic State militants attacked Ghwayran prison in al-Hasakah.",
        ),
        make_event(
            evidence="وتظاهر مئات في البصرة احتجاجا على انقطاع الكهرباء",
            trigger="وتظاهر",
            id=f"{prefix}-protest",
            event_type="Protests",
            sub_event_type="Peaceful protest",
            plover="PROTEST",
            actor1=("Protesters (Iraq)", 6),
            actor2=None,
            place={"text": "البصرة", "name": "Basra", "admin1": "Basra", "country": "Iraq", "country_code": "IQ",
                   "lat": 30.508, "lon": 47.783, "geo_precision": 1},
            date="2022-01",
            fatalities=None,
            confidence=0.4,
            status="historical",
            summary="Hundreds protested power cuts in Basra.",
        ),
    ]  # fmt: skip


def make_pair(
    article_id: str = "art-1", text: str = TEXT, events: list[Event] | None = None
) -> tuple[Document, ArticleIn]:
    doc = Document(
        id=article_id,
        published="2022-01-24",
        title="العراق يستعد",
        entities=[Entity(start=s, end=e, text=t, type="GPE") for s, e, t in [span(text, text.split()[-1])]],
        events=sample_events(article_id) if events is None else events,
    )
    art = ArticleIn(
        id=article_id,
        text=text,
        published="2022-01-24",
        title="العراق يستعد",
        source="alsumaria",
        url="https://example.org/1",
    )
    return doc, art
