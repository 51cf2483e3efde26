"""The explicit list of stages, and the functions users call.

Extraction is a pure function of one article: resources (lexicons, gazetteer, models) are loaded once
per process and never mutated; the ``Doc`` is the only thing a stage changes.

    text ─► Doc (normalise, segment, tokenise)
        ─► numbers ─► dates ─► entities ─► places ─► actors ─► events ─► Document (the contract)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from rasd.actors.resolve import find_actors
from rasd.doc import Doc
from rasd.entities.tagger import tag_entities
from rasd.errors import ArticleError, E
from rasd.events.extract import find_events
from rasd.geo.resolve import find_places
from rasd.models import ArticleIn, Document, Entity, ErrorRecord
from rasd.text.dates import find_dates
from rasd.text.numbers import find_numbers

Stage = Callable[[Doc], Doc]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("numbers", find_numbers),
    ("dates", find_dates),
    ("entities", tag_entities),
    ("places", find_places),
    ("actors", find_actors),
    ("events", find_events),
)

MAX_CHARS = 1_000_000


def article_id(text: str) -> str:
    return "a-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def parse_published(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ArticleError(E.E107, value=value) from None


def make_doc(article: ArticleIn) -> Doc:
    text = article.text
    if not text.strip():
        raise ArticleError(E.E102, what=article.id or "article")
    if len(text) > MAX_CHARS:
        raise ArticleError(E.E104, what=article.id or "article", size=len(text), limit=MAX_CHARS)
    return Doc(
        id=article.id or article_id(text),
        text=text,
        published=parse_published(article.published),
        title=article.title,
    )


def run_stages(doc: Doc, stages: tuple[tuple[str, Stage], ...] = STAGES) -> Doc:
    for _name, stage in stages:
        doc = stage(doc)
    return doc


def to_document(doc: Doc) -> Document:
    return Document(
        id=doc.id,
        published=doc.published.isoformat() if doc.published else None,
        title=doc.title,
        entities=[
            Entity(type=e.type, text=e.text, start=e.start, end=e.end, source=e.source) for e in doc.entities
        ],
        events=list(doc.events),
        errors=[ErrorRecord(code=c, message=m) for c, m in doc.errors],
    )


def extract_doc(article: ArticleIn) -> Doc:
    """Run every stage on one article and return the annotated ``Doc``."""
    return run_stages(make_doc(article))


def extract(
    text: str, *, published: str | dt.date | None = None, id: str | None = None, title: str | None = None
) -> Document:
    """Extract the events of one Arabic article.

    >>> doc = extract(text, published="2022-01-24")   # doctest: +SKIP
    >>> doc.events[0].event_type                      # doctest: +SKIP
    """
    pub = published.isoformat() if isinstance(published, dt.date) else published
    return to_document(extract_doc(ArticleIn(id=id, text=text, published=pub, title=title)))
