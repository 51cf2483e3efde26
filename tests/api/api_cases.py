"""A real SQLite store for the API tests: the sample article through the pipeline plus hand-built articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rasd.models import Actor, ArticleIn, Document, Event, Evidence, Location, Span
from rasd.pipeline import extract
from rasd.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "iraq-prepares-2022-01-24.json"

TEXT = (
    "قُتل ثلاثة مدنيين وأصيب خمسة آخرون في انفجار عبوة ناسفة في الموصل يوم الأحد. "
    "وهاجم مسلحو داعش سجن غويران في الحسكة. "
    "وتظاهر مئات في البصرة احتجاجا على انقطاع الكهرباء."
)
MOSUL = {"name": "Mosul", "admin1": "Nineveh", "country": "Iraq", "country_code": "IQ", "lat": 36.335, "lon": 43.119,
         "geo_precision": 1}  # fmt: skip
HASAKAH = {"name": "Al-Hasakah", "admin1": "Al-Hasakah", "country": "Syria", "country_code": "SY", "lat": 36.502,
           "lon": 40.747, "geo_precision": 3}  # fmt: skip
BASRA = {"name": "Basra", "admin1": "Basra", "country": "Iraq", "country_code": "IQ", "lat": 30.508, "lon": 47.783,
         "geo_precision": 1}  # fmt: skip


def _span(text: str, piece: str) -> dict[str, Any]:
    start = text.index(piece)
    return {"start": start, "end": start + len(piece), "text": piece}


def hand_event(
    id: str,
    evidence: str,
    trigger: str,
    place: tuple[str, dict[str, Any]],
    *,
    event_type: str,
    sub_event_type: str,
    date: str,
    actor1: tuple[str, str, int],
    status: str = "reported",
    fatalities: int | None = None,
    confidence: float = 0.5,
    summary: str,
    text: str = TEXT,
) -> Event:
    word, loc = place
    return Event(
        id=id,
        event_type=event_type,  # type: ignore[arg-type]
        sub_event_type=sub_event_type,  # type: ignore[arg-type]
        plover="PROTEST" if event_type == "Protests" else "ASSAULT",
        status=status,  # type: ignore[arg-type]
        date=date,
        time_precision=1 if len(date) == 10 else 2,
        actor1=Actor(**_span(text, actor1[0]), name=actor1[1], inter=actor1[2]),
        location=Location(**_span(text, word), **loc),
        fatalities=fatalities,
        confidence=confidence,
        summary_en=summary,
        evidence=Evidence(**_span(text, evidence)),
        trigger=Span(**_span(text, trigger)),
        spans=[],
    )


def hand_events(prefix: str) -> list[Event]:
    return [
        hand_event(
            f"{prefix}-ied", "قُتل ثلاثة مدنيين وأصيب خمسة آخرون في انفجار عبوة ناسفة في الموصل يوم الأحد",
            "انفجار", ("الموصل", MOSUL), event_type="Explosions/Remote violence",
            sub_event_type="Remote explosive/landmine/IED", date="2022-01-23", actor1=("عبوة ناسفة", "Unidentified", 3),
            fatalities=3, confidence=0.8, summary="An IED explosion in Mosul killed three civilians.",
        ),
        hand_event(
            f"{prefix}-prison", "وهاجم مسلحو داعش سجن غويران في الحسكة", "وهاجم", ("الحسكة", HASAKAH),
            event_type="Battles", sub_event_type="Armed clash", date="2022-01-20",
            actor1=("مسلحو داعش", "Islamic State", 2), confidence=0.6,
            summary="Islamic State militants attacked Ghwayran prison in al-Hasakah.",
        ),
        hand_event(
            f"{prefix}-protest", "وتظاهر مئات في البصرة احتجاجا على انقطاع الكهرباء", "وتظاهر", ("البصرة", BASRA),
            event_type="Protests", sub_event_type="Peaceful protest", date="2022-01", status="historical",
            actor1=("مئات", "Protesters (Iraq)", 6), confidence=0.4, summary="Hundreds protested power cuts in Basra.",
        ),
    ]  # fmt: skip


def hand_pair(article_id: str) -> tuple[Document, ArticleIn]:
    doc = Document(
        id=article_id, published="2022-01-24", title="العراق يستعد", events=hand_events(article_id)
    )
    art = ArticleIn(id=article_id, text=TEXT, published="2022-01-24", title="العراق يستعد", source="test")
    return doc, art


def sample_pair() -> tuple[Document, ArticleIn]:
    data = json.loads(SAMPLE.read_text("utf-8"))
    art = ArticleIn(**data)
    return extract(art.text, published=art.published, id=art.id, title=art.title), art


def fill(path: str) -> list[str]:
    """The sample and two hand-built articles stored at ``path``; returns the article ids."""
    pairs = [sample_pair(), hand_pair("h1"), hand_pair("h2")]
    with Store.open(path) as store:
        store.add_many(pairs)
    return [doc.id for doc, _ in pairs]
