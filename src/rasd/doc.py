"""The one typed document that flows through the pipeline (spaCy's ``Doc``).

``Doc`` holds the original text untouched; every annotation is a record with ``start``/``end`` offsets
into it.  Each stage (``callable(Doc) -> Doc``) reads some fields and fills others; see
:mod:`rasd.pipeline` for the explicit list.  Internal records are frozen dataclasses (cheap to build);
:mod:`rasd.models` is the public contract they are converted to.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field

from rasd.models import Event
from rasd.text.normalise import NormView, normalise
from rasd.text.segment import Segment, Token, segment, tokenize


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: int  # the figure ACLED would code (lowest of a range; 10 for 'tens', ...)
    vague: bool = False  # عشرات, dozens, hundreds ...
    high: int | None = None  # upper bound of a range (بين 7 و10 → value 7, high 10)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # YYYY-MM-DD, or YYYY-MM / YYYY for month/year granularity
    precision: int  # ACLED time precision: 1 day, 2 week, 3 month (or coarser)
    granularity: str  # 'day' | 'week' | 'month' | 'year'
    relative: bool  # resolved against the publication date
    past: bool = True  # False if it lies after the publication date
    since: bool = (
        False  # "منذ الأسبوع الماضي": where a continuing state began, not when one incident happened
    )


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    country_code: str | None
    lat: float | None
    lon: float | None
    geo_precision: int  # 1 town, 2 near a town / part of region, 3 region or country only
    tier: str  # which resolver tier answered: exact, alias, fuzzy, admin, country
    feature: str  # 'city' | 'admin1' | 'admin2' | 'country' | 'facility' | 'district' | 'region'
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    finer: str | None = None  # neighbourhood / facility name inside the coded place
    population: int = 0


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor_id: str
    name: str  # canonical English
    inter: int | None  # ACLED inter code
    country: str | None = None
    generic: bool = False  # 'مسلحون مجهولون', 'الجيش' ... resolved from context
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC, GPE, MISC
    source: str = "tagger"


@dataclass
class Doc:
    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    view: NormView = field(init=False)
    tokens: list[Token] = field(init=False)
    sentences: list[Segment] = field(init=False)
    clauses: list[list[Segment]] = field(init=False)
    numbers: list[NumberMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    _starts: list[int] | None = field(init=False, repr=False)  # set in __post_init__: compiled (mypyc)
    _sent_starts: list[int] | None = field(init=False, repr=False)  # dataclasses skip init=False defaults

    def __post_init__(self) -> None:
        self._starts = None
        self._sent_starts = None
        self.view = normalise(self.text)
        self.tokens = tokenize(self.view)
        self.sentences, self.clauses = segment(self.view, self.tokens)

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or before original ``offset`` (0 if none)."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return max(0, bisect_right(self._starts, offset) - 1)

    def sentence_of(self, tok: int) -> int:
        """Index of the sentence that holds token ``tok`` (0 if none)."""
        if self._sent_starts is None:
            self._sent_starts = [s.tok_start for s in self.sentences]
        return max(0, bisect_right(self._sent_starts, tok) - 1)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def in_range(self, items: list, start: int, end: int) -> list:  # type: ignore[type-arg]
        """Records of ``items`` that lie inside original offsets [start, end)."""
        return [x for x in items if x.start >= start and x.end <= end]
