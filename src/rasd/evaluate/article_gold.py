"""The hand-coded article gold set: its records, and reading them with the corpus texts they point to.

See :mod:`rasd.evaluate.articles` for the file format and the scoring.  The article texts are not copied into
the gold file: they are read by id from the SaudiNewsNet corpus (CC BY-NC-SA, research only, in ``../shared``).
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import ConfigError, E


@dataclass(frozen=True, slots=True)
class GoldLocation:
    name: str
    country_code: str | None
    lat: float | None
    lon: float | None
    geo_precision: int


@dataclass(frozen=True, slots=True)
class GoldEvent:
    status: str
    event_type: str
    sub_event_type: str
    date: str | None
    time_precision: int
    location: GoldLocation | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article_id: str
    published: str | None
    seed: int
    events: tuple[GoldEvent, ...]


def _gold_event(raw: dict[str, object]) -> GoldEvent:
    loc = raw.get("location")
    location = None
    if isinstance(loc, dict):
        location = GoldLocation(
            name=str(loc["name"]),
            country_code=loc.get("country_code"),
            lat=loc.get("lat"),
            lon=loc.get("lon"),
            geo_precision=int(loc["geo_precision"]),
        )
    fat = raw.get("fatalities")
    return GoldEvent(
        status=str(raw["status"]),
        event_type=str(raw["event_type"]),
        sub_event_type=str(raw["sub_event_type"]),
        date=None if raw.get("date") is None else str(raw["date"]),
        time_precision=int(raw["time_precision"]),  # type: ignore[call-overload]
        location=location,
        actor1=None if raw.get("actor1") is None else str(raw["actor1"]),
        actor2=None if raw.get("actor2") is None else str(raw["actor2"]),
        fatalities=None if fat is None else int(fat),  # type: ignore[call-overload]
        evidence=str(raw["evidence"]),
    )


def read_gold(path: Path | str) -> list[GoldArticle]:
    """The gold articles of ``path`` (JSONL, one article a line)."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(E.E101, path=path)
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            out.append(
                GoldArticle(
                    article_id=str(rec["article_id"]),
                    published=rec.get("published"),
                    seed=int(rec["seed"]),
                    events=tuple(_gold_event(e) for e in rec["events"]),
                )
            )
    return out


def _corpus_lines(path: Path) -> Iterator[dict[str, str]]:
    if not path.is_file():
        raise ConfigError(E.E101, path=path)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_corpus(path: Path | str, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """The corpus records whose id is in ``ids``."""
    wanted = set(ids)
    return {r["id"]: r for r in _corpus_lines(Path(path)) if r["id"] in wanted}


def draw_sample(corpus_path: Path | str, n: int, seed: int) -> list[str]:
    """The ids of the ``n`` articles drawn with ``seed`` (how the gold set was drawn)."""
    ids = [r["id"] for r in _corpus_lines(Path(corpus_path))]
    return [ids[i] for i in random.Random(seed).sample(range(len(ids)), n)]
