"""Benchmark ``GET /api/events``: fill a SQLite store from real news, then time typical filtered requests.

    .venv/bin/python scripts/bench_api.py                         # all 30,857 SaudiNewsNet articles
    .venv/bin/python scripts/bench_api.py --limit 5000 --db /tmp/bench.db
    .venv/bin/python scripts/bench_api.py --db /tmp/bench.db --reuse   # time an existing database again

Articles go through the pipeline with ``rasd.batch.extract_many`` (all cores) and into the store; then each
query below is requested ``--requests`` times in process with FastAPI's TestClient (HTTP parsing, routing,
validation, SQL and JSON serialisation, no network) and p50/p95 are printed in milliseconds.  Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from rasd.api.app import create_app
from rasd.batch import extract_records
from rasd.io import read_records
from rasd.models import ArticleIn, Document
from rasd.store import Store

DEFAULT_INPUT = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
)

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("no filter, newest 100", {}),
    ("first page with total", {"total": "true"}),
    ("date range", {"date_from": "2015-07-25", "date_to": "2015-08-05"}),
    ("country", {"country": "YE"}),
    ("type + min confidence", {"event_type": "Battles", "min_confidence": 0.6}),
    ("bbox (Iraq/Syria)", {"bbox": "35,29,49,38"}),
    ("actor", {"actor": "islamic"}),
    ("status x2", {"status": ["reported", "aggregate"]}),
    ("free text (Arabic)", {"q": "صنعاء"}),
    ("combined, by fatalities", {"country": "YE", "date_from": "2015-07-21", "sort": "-fatalities"}),
    ("page 1000 items", {"limit": 1000}),
]


def fill(store: Store, source: Path, limit: int | None, workers: int | None) -> tuple[int, int, float]:
    """Extract and store articles; returns (articles stored, quarantined, seconds)."""
    counts = {"stored": 0, "quarantined": 0}

    def pairs() -> Iterator[tuple[Document, ArticleIn]]:
        for record, result in extract_records(islice(read_records(source), limit), workers=workers):
            if isinstance(result, Document) and isinstance(record.item, ArticleIn):
                counts["stored"] += 1
                yield result, record.item
            else:
                counts["quarantined"] += 1

    start = time.perf_counter()
    store.add_many(pairs())
    return counts["stored"], counts["quarantined"], time.perf_counter() - start


def time_queries(client: TestClient, requests: int) -> list[tuple[str, int, float, float]]:
    rows = []
    for name, params in QUERIES:
        client.get("/api/events", params=params)  # warm the page cache
        times, n = [], 0
        for _ in range(requests):
            t0 = time.perf_counter()
            resp = client.get("/api/events", params=params)
            times.append((time.perf_counter() - t0) * 1000)
            assert resp.status_code == 200, resp.text
            n = len(resp.json()["items"])
        q = statistics.quantiles(times, n=20)
        rows.append((name, n, statistics.median(times), q[18]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="articles, JSONL(.gz)")
    ap.add_argument("--limit", type=int, default=None, help="at most this many articles")
    ap.add_argument("--db", default="bench-api.db", help="SQLite file to fill (rewritten unless --reuse)")
    ap.add_argument("--reuse", action="store_true", help="time an existing database, do not fill it")
    ap.add_argument("--workers", type=int, default=None, help="extraction processes (default: all cores)")
    ap.add_argument("--requests", type=int, default=100, help="requests per query")
    args = ap.parse_args(argv)

    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
        with Store.open(args.db) as store:
            stored, bad, secs = fill(store, args.input, args.limit, args.workers)
        print(f"filled {args.db}: {stored} articles ({bad} quarantined) in {secs:.0f} s", file=sys.stderr)
    with TestClient(create_app(args.db, create=False)) as client:
        total = client.get("/api/events", params={"total": "true", "limit": 1}).json()["total"]
        print(f"{total} events; {args.requests} requests per query (TestClient, in process)")
        print(f"{'query':28} {'items':>6} {'p50 ms':>8} {'p95 ms':>8}")
        for name, n, p50, p95 in time_queries(client, args.requests):
            print(f"{name:28} {n:6d} {p50:8.1f} {p95:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
