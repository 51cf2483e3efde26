"""Batch extraction: many articles, in input order, in constant memory, on several cores.

    >>> from rasd.io import read_articles
    >>> for result in extract_many(read_articles("news.jsonl")):     # doctest: +SKIP
    ...     print(result.id if isinstance(result, Document) else result.line())

A result is a :class:`~rasd.models.Document` or a :class:`~rasd.io.Quarantined`; there is exactly one result
per input item, in the order the items came.  An article whose extraction raises is quarantined (an
``ArticleError`` keeps its own code; anything unexpected becomes E501 naming the stage) and the batch goes on.
A ``ResourceError`` (a shipped model or data file missing) would fail every article alike, so it stops the batch.

With ``workers > 1`` the articles go to a process pool in chunks; at most ``workers × inflight_per_worker``
chunks are in flight, so memory does not grow with the number of articles.  Workers are started with the
``fork`` method by default (``Settings.start_method``): the parent loads every resource once and the workers share
it; with ``spawn`` each worker loads them in the pool initializer.
If a worker dies outright (killed, out of memory), the chunks in flight are quarantined with E501 and the batch
goes on in a fresh pool.

Garbage collection: an article allocates tens of thousands of short-lived objects and almost no cycles, so a batch
runs with the loaded resources frozen out of the collector (``gc.freeze``: they are never garbage, and after a fork
the collector no longer writes to the pages the workers share) and a larger first-generation threshold.  That is
5-15% of the CPU time per article; the single-process path undoes both when it ends.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice

from rasd.errors import ArticleError, E, ResourceError
from rasd.io import Quarantined, Record
from rasd.models import ArticleIn, Document
from rasd.pipeline import STAGES, make_doc, to_document
from rasd.settings import get_settings

Result = Document | Quarantined

_WARM_TEXT = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في انفجار عبوة ناسفة في بغداد يوم الأحد، بحسب مصدر في الشرطة."


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_many(
    items: Iterable[ArticleIn | Quarantined], *, workers: int | None = None, chunk: int = 16
) -> Iterator[Result]:
    """One result per item, in input order.  ``workers=None``: one process for a short input, all cores otherwise."""
    records = (
        Record(it.source, it.position, it)
        if isinstance(it, Quarantined)
        else Record(it.id or "<input>", n, it)
        for n, it in enumerate(items, 1)
    )
    for _record, result in extract_records(records, workers=workers, chunk=chunk):
        yield result


def extract_records(
    records: Iterable[Record], *, workers: int | None = None, chunk: int = 16
) -> Iterator[tuple[Record, Result]]:
    """Like :func:`extract_many` for :class:`~rasd.io.Record` s, each result paired with its input record."""
    for record, result in _extract(records, workers, chunk, as_json=False):
        yield record, Document.model_validate_json(result) if isinstance(result, str) else result


def extract_json(
    records: Iterable[Record], *, workers: int | None = None, chunk: int = 16
) -> Iterator[tuple[Record, str | Quarantined]]:
    """Like :func:`extract_records`, each document as its compact JSON (``Document.model_dump_json()``) instead.

    For writers of JSON (``rasd extract``): the workers' JSON goes straight out, never parsed into a
    :class:`~rasd.models.Document` and dumped again in the parent, which shares the cores with the workers."""
    for record, result in _extract(records, workers, chunk, as_json=True):
        yield record, result.model_dump_json() if isinstance(result, Document) else result


def _extract(
    records: Iterable[Record], workers: int | None, chunk: int, *, as_json: bool
) -> Iterator[tuple[Record, Result | str]]:
    settings = get_settings()
    it: Iterator[Record] = iter(records)
    if workers is None:
        head = list(islice(it, settings.parallel_min_articles))
        workers = default_workers() if len(head) >= settings.parallel_min_articles else 1
        it = chain(head, it)
    if workers <= 1:
        thresholds = gc.get_threshold()
        try:
            for n, record in enumerate(it):
                if n == 1:  # the first article loaded the resources
                    _tune_gc()
                result = process(record)
                yield record, result.model_dump_json() if as_json and isinstance(result, Document) else result
        finally:
            gc.set_threshold(*thresholds)
            gc.unfreeze()
        return
    yield from _pooled(it, workers, max(1, chunk), workers * settings.inflight_per_worker)


def process(record: Record) -> Result:
    """Extract one record in this process; never raises for a bad article."""
    item = record.item
    if isinstance(item, Quarantined):
        return item
    stage = "make_doc"
    try:
        doc = make_doc(item)
        for stage, run in STAGES:  # noqa: B007 - the name is reported if a stage raises
            doc = run(doc)
        stage = "to_document"
        return to_document(doc)
    except ArticleError as err:
        return Quarantined(record.source, record.position, err.code, _strip_code(err), _excerpt(item))
    except ResourceError:  # a missing model fails every article alike: stop the batch, say what to reinstall
        raise
    except Exception as exc:  # the batch boundary: any failure quarantines this article only
        reason = f"{type(exc).__name__}: {exc}"
        message = E.E501.value.format(stage=stage, reason=reason)
        return Quarantined(record.source, record.position, E.E501.name, message, _excerpt(item))


def warm() -> None:
    """Load every cached resource (lexicons, gazetteer, models) by extracting one short article.

    Only a ``ResourceError`` escapes (any other failure would quarantine the warm-up article alone).
    """
    process(Record("warm-up", None, ArticleIn(id="warm-up", text=_WARM_TEXT, published="2022-01-24")))


@dataclass(frozen=True, slots=True)
class _Stop:
    """A ResourceError raised in a worker, carried back as data (RasdError does not survive pickling)."""

    code: str
    fields: dict[str, object]


def _tune_gc() -> None:
    """Freeze what is loaded now out of the collector and collect the young generation less often."""
    gc.freeze()
    gc.set_threshold(_GC_GEN0, *gc.get_threshold()[1:])


_GC_GEN0 = 50_000  # allocations between young-generation collections (CPython's default is 700 / 2,000)


def _init_worker() -> None:
    try:
        warm()
    except ResourceError:
        pass  # not lost: the first article raises it again and it travels back as a _Stop
    _tune_gc()


def _process_chunk(records: list[Record]) -> list[str | Quarantined] | _Stop:
    """Extract a chunk in a worker.  Documents travel back as JSON: the parent validates a document's JSON in
    0.14-0.3 ms where unpickling the pydantic model takes 0.67 ms, or passes it through untouched
    (:func:`extract_json`), and the parent shares the two cores."""
    try:
        return [r.model_dump_json() if isinstance(r, Document) else r for r in map(process, records)]
    except ResourceError as err:
        return _Stop(err.code, err.fields)


def _pooled(
    it: Iterator[Record], workers: int, chunk: int, max_inflight: int
) -> Iterator[tuple[Record, Result | str]]:
    """Results in input order: a document as its JSON, as the worker sent it."""
    method = get_settings().start_method
    context = multiprocessing.get_context(method)
    if method == "fork":
        warm()  # load every resource once here: forked workers share it copy-on-write and start at once
    pending: deque[tuple[list[Record], Future[list[str | Quarantined] | _Stop]]] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker)
    try:
        while True:
            batch = list(islice(it, chunk))
            if batch:
                pending.append((batch, pool.submit(_process_chunk, batch)))
            while pending and (len(pending) >= max_inflight or not batch):
                head, future = pending.popleft()
                try:
                    done = future.result()
                    if isinstance(done, _Stop):
                        raise ResourceError(E[done.code], **done.fields)
                    results: list[Result | str] = list(done)
                except BrokenProcessPool as exc:  # every chunk in flight is lost with it, in order
                    warm()  # a resource every worker fails to load raises its ResourceError here, once
                    lost = [r for r in chain(head, *(other for other, _ in pending))]
                    pending.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker)
                    head, results = lost, [_lost(r, exc) for r in lost]
                yield from zip(head, results, strict=True)
            if not batch:
                return
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _lost(record: Record, exc: BaseException) -> Result:
    if isinstance(record.item, Quarantined):
        return record.item
    message = E.E501.value.format(stage="worker process", reason=f"the worker died ({exc})")
    return Quarantined(record.source, record.position, E.E501.name, message, _excerpt(record.item))


def _strip_code(err: ArticleError) -> str:
    return err.message.removeprefix(f"{err.code}: ")


def _excerpt(article: ArticleIn) -> str:
    return article.text[: get_settings().excerpt_chars].strip()
