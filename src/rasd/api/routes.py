"""The HTTP endpoints under ``/api``: extraction, events, articles, statistics and exports.

Reading endpoints share one set of filter parameters (``params.event_filter``).  Responses are the contract's
pydantic models serialised once (``model_dump_json``), not validated a second time on the way out.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from rasd import __version__
from rasd.batch import process
from rasd.errors import E, InputError
from rasd.io import Quarantined, Record
from rasd.models import ArticleIn, Document, Event
from rasd.store import CSV_COLUMNS, ArticleRecord, EventFilter, Stats, Store, export_geojson
from rasd.store.export import csv_row
from rasd.store.query import MAX_LIMIT
from rasd.store.schema import EventRow

from .params import event_filter

router = APIRouter(prefix="/api")
Filter = Annotated[EventFilter, Depends(event_filter)]
Sort = Annotated[str, Query(description="date, confidence or fatalities; a leading '-' sorts descending")]
JSON = "application/json"


class ExtractIn(BaseModel):
    """One article to extract (nothing is stored)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the Arabic article, as published")
    published: str | None = Field(
        default=None, description="publication date, YYYY-MM-DD", examples=["2022-01-24"]
    )
    id: str | None = Field(default=None, description="your id for the article; a content hash when absent")
    title: str | None = None


class EventsOut(BaseModel):
    items: list[Event]
    next_cursor: str | None = Field(description="pass back as cursor= for the next page; null at the end")
    total: int | None = Field(default=None, description="events matching the filter (with total=true)")


class EventDetail(BaseModel):
    event: Event
    article: ArticleRecord = Field(description="the article the event came from, with all its events")


class ClientConfig(BaseModel):
    version: str
    tiles: str | None = Field(description="an online tile URL template, when the server was given one")
    max_extract_chars: int


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _json(model: BaseModel) -> Response:
    return Response(model.model_dump_json(), media_type=JSON)


@router.post("/extract", response_model=Document, summary="Extract the events of one Arabic article")
def extract(article: ExtractIn, request: Request) -> Response:
    """The same document JSON as ``rasd extract``; 413 (E404) over the size limit, 422 for an unusable article."""
    limit: int = request.app.state.max_extract_chars
    if len(article.text) > limit:
        raise InputError(E.E404, size=len(article.text), limit=limit)
    item = ArticleIn(id=article.id, text=article.text, published=article.published, title=article.title)
    result = process(Record("api", None, item))
    if isinstance(result, Quarantined):
        status = 500 if result.code.startswith("E5") else 422
        body = {"error": {"code": result.code, "message": f"{result.code}: {result.message}"}}
        return Response(_dumps(body), status_code=status, media_type=JSON)
    return _json(result)


@router.get("/events", response_model=EventsOut, summary="Events matching the filters, a page at a time")
def events(
    request: Request,
    f: Filter,
    sort: Sort = "-date",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
    total: Annotated[bool, Query(description="also count every matching event")] = False,
) -> Response:
    store = store_of(request)
    page = store.events(f, sort=sort, limit=limit, cursor=cursor)
    out = EventsOut(items=page.items, next_cursor=page.next_cursor, total=store.count(f) if total else None)
    return _json(out)


@router.get(
    "/events/{event_id}", response_model=EventDetail, summary="One event, its evidence and its article"
)
def event(event_id: str, request: Request) -> Response:
    store = store_of(request)
    found = store.get_event(event_id)
    if found is None:
        raise InputError(E.E401, id=event_id)
    with store.engine.connect() as conn:
        article_id = conn.execute(select(EventRow.article_id).where(EventRow.id == event_id)).scalar_one()
    article = store.get_article(article_id)
    if article is None:
        raise InputError(E.E402, id=article_id)
    return _json(EventDetail(event=found, article=article))


@router.get(
    "/articles/{article_id}", response_model=ArticleRecord, summary="One article, its events and entities"
)
def article(article_id: str, request: Request) -> Response:
    found = store_of(request).get_article(article_id)
    if found is None:
        raise InputError(E.E402, id=article_id)
    return _json(found)


@router.get("/stats", response_model=Stats, summary="Counts by day, type, country and actor for the filters")
def stats(request: Request, f: Filter) -> Response:
    return _json(store_of(request).stats(f))


@router.get("/export.csv", summary="The filtered events as ACLED-style CSV", response_class=StreamingResponse)
def export_csv(request: Request, f: Filter, sort: Sort = "-date") -> StreamingResponse:
    rows = store_of(request).iter_events(f, sort=sort)
    headers = {"Content-Disposition": 'attachment; filename="rasd-events.csv"'}
    return StreamingResponse(_csv_chunks(rows), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/export.geojson", summary="The filtered events as a GeoJSON FeatureCollection")
def export_geo(request: Request, f: Filter, sort: Sort = "-date") -> Response:
    collection = export_geojson(store_of(request).iter_events(f, sort=sort))
    headers = {"Content-Disposition": 'attachment; filename="rasd-events.geojson"'}
    return Response(_dumps(collection), media_type="application/geo+json", headers=headers)


@router.get("/config", response_model=ClientConfig, summary="Settings the web page needs")
def config(request: Request) -> Response:
    state = request.app.state
    return _json(
        ClientConfig(version=__version__, tiles=state.tiles, max_extract_chars=state.max_extract_chars)
    )


def _csv_chunks(rows: Iterator[Any], every: int = 500) -> Iterator[str]:
    """The CSV text, header first, ``every`` rows per chunk (constant memory for any number of events)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for n, item in enumerate(rows, 1):
        row = csv_row(item)
        writer.writerow(["" if row.get(c) is None else row[c] for c in CSV_COLUMNS])
        if n % every == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)
