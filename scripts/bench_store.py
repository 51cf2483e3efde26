"""Benchmark the store itself (no HTTP): fill a SQLite store with synthetic articles, then time its queries.

    .venv/bin/python scripts/bench_store.py                           # 30,000 articles, 3 events each
    .venv/bin/python scripts/bench_store.py -n 5000 --db /tmp/s.db
    .venv/bin/python scripts/bench_store.py --db /tmp/s.db --reuse    # time an existing database again

The articles are random Arabic word salad with a Zipf-like vocabulary: a few very common words (قتل, الجيش), many
rare pseudo-words, and clitic-glued forms (وبالموصل, لداعش), so that free-text queries range from "matches almost
everything" to "matches a handful".  Each query group below is run ``--repeat`` times per sort order; p50/p95 are
printed in milliseconds per group.  Targets: ``q`` and ``bbox`` p95 < 100 ms, ``stats`` < 200 ms at 30k articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from rasd.models import Actor, ArticleIn, Document, Entity, Event, Evidence, Location, Span
from rasd.store import EventFilter, Store

COMMON = (
    "قتل أصيب انفجار عبوة ناسفة مسلحين داعش الجيش الشرطة هجوم قصف غارة مدنيين الموصل بغداد البصرة كركوك "
    "الحسكة حلب إدلب صنعاء عدن تعز سرت بنغازي درنة مظاهرة احتجاج اعتقال في من على إلى أن قال مصدر أمني"
).split()
CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "وال", "بال", "لل")
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
COUNTRIES = [("IQ", "Iraq"), ("SY", "Syria"), ("YE", "Yemen"), ("LY", "Libya"), ("LB", "Lebanon"),
             ("EG", "Egypt"), ("SO", "Somalia"), ("SD", "Sudan")]  # fmt: skip
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")]  # fmt: skip
ACTORS = [f"Actor {i} group" for i in range(200)] + [
    "Islamic State",
    "Military Forces of Iraq",
    "Houthis",
    "Civilians (Yemen)",
]


class Corpus:
    """Deterministic synthetic articles."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        rare = {
            "".join(self.rng.choice(LETTERS) for _ in range(self.rng.randint(4, 7))) for _ in range(20000)
        }
        self.vocab = COMMON + sorted(rare)
        self.weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(self.vocab))]

    def text(self, words: int) -> str:
        rng = self.rng
        out = rng.choices(self.vocab, self.weights, k=words)
        return " ".join(rng.choice(CLITICS) + w if rng.random() < 0.2 else w for w in out)

    def pair(self, i: int) -> tuple[Document, ArticleIn]:
        rng = self.rng
        text = self.text(520)
        events = []
        for k in range(3):
            s = rng.randrange(0, len(text) - 200)
            e = s + 150
            et, st = rng.choice(TYPES)
            cc, cn = rng.choice(COUNTRIES)
            day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(730))
            date = day.isoformat() if rng.random() < 0.8 else day.isoformat()[:7]
            loc = Location(start=s, end=s + 5, text=text[s : s + 5], name=f"Place {rng.randrange(3000)}",
                           admin1=f"Region {rng.randrange(30)}", country=cn, country_code=cc,
                           lat=rng.uniform(10, 37), lon=rng.uniform(10, 50),
                           geo_precision=rng.choice([1, 1, 2, 3]))  # fmt: skip
            events.append(
                Event(
                    id=f"e{i}-{k}",
                    event_type=et,  # type: ignore[arg-type]
                    sub_event_type=st,  # type: ignore[arg-type]
                    plover="ASSAULT",
                    status=rng.choice(["reported", "reported", "historical"]),  # type: ignore[arg-type]
                    date=date,
                    time_precision=1,
                    actor1=Actor(start=s, end=s + 3, text=text[s : s + 3], name=rng.choice(ACTORS), inter=2),
                    actor2=Actor(start=s, end=s + 3, text=text[s : s + 3], name=rng.choice(ACTORS), inter=7),
                    location=loc,
                    fatalities=rng.choice([None, 0, 1, 3, 10]),
                    confidence=round(rng.random(), 3),
                    summary_en=f"{et} in {loc.name}, {cn}.",
                    evidence=Evidence(start=s, end=e, text=text[s:e]),
                    trigger=Span(start=s, end=s + 3, text=text[s : s + 3]),
                )
            )
        ents = [
            Entity(start=j * 6, end=j * 6 + 4, text=text[j * 6 : j * 6 + 4], type="GPE") for j in range(10)
        ]
        doc = Document(id=f"a{i}", published="2022-01-24", events=events, entities=ents)
        return doc, ArticleIn(id=f"a{i}", text=text, published="2022-01-24", source="bench")

    def pairs(self, n: int) -> Iterator[tuple[Document, ArticleIn]]:
        for i in range(n):
            yield self.pair(i)


def groups(corpus: Corpus) -> dict[str, list[EventFilter]]:
    rare = corpus.vocab[len(COMMON) + 5000 :: 3001][:6]  # pseudo-words deep in the tail
    mid = corpus.vocab[len(COMMON) + 40 : len(COMMON) + 46]
    return {
        "q": [
            EventFilter(q="عبوة ناسفة"),  # common, two words
            EventFilter(q="الموصل"),  # common, also glued: وبالموصل
            EventFilter(q="لداعش"),  # a clitic-glued form
            EventFilter(q="Place 123"),  # English, rare
            EventFilter(q="place 1234", country="IQ"),
            *(EventFilter(q=w) for w in rare),
            *(EventFilter(q=w) for w in mid),
            EventFilter(q=f"{mid[0]} {mid[1]}"),
            EventFilter(q="في"),  # a two-letter word
        ],
        "bbox": [
            EventFilter(bbox=(40, 30, 45, 35)),
            EventFilter(bbox=(43.0, 36.0, 43.5, 36.5)),
            EventFilter(bbox=(10, 10, 50, 37)),
            EventFilter(bbox=(44.3, 33.2, 44.5, 33.4), date_from=dt.date(2022, 1, 1)),
        ],
        "other": [
            EventFilter(),
            EventFilter(country="IQ"),
            EventFilter(country="Yemen"),
            EventFilter(date_from=dt.date(2022, 3, 1), date_to=dt.date(2022, 3, 31)),
            EventFilter(event_type="Battles", country="SY"),
            EventFilter(actor="islamic"),
            EventFilter(min_confidence=0.9),
            EventFilter(admin1="region 5"),
        ],
    }


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def pct(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def run(store: Store, corpus: Corpus, repeat: int, detail: bool) -> None:
    print(f"{'group':10} {'what':22} {'n':>5} {'p50 ms':>8} {'p95 ms':>8}")
    for name, filters in groups(corpus).items():
        pages: list[float] = []
        stats: list[float] = []
        for f in filters:
            store.events(f, limit=100)  # warm the page cache
            mine = [
                timed(lambda f=f, sort=sort: store.events(f, sort=sort, limit=100))
                for sort in ("-date", "-confidence")
                for _ in range(repeat)
            ]
            mine_stats = [timed(lambda f=f: store.stats(f)) for _ in range(max(1, repeat // 2))]
            pages += mine
            stats += mine_stats
            if detail:
                shown = f.model_dump(exclude_defaults=True, mode="json")
                print(f"  {statistics.median(mine):7.1f} {statistics.median(mine_stats):7.1f}  {shown}")
        for what, times in (("events() first page", pages), ("stats()", stats)):
            p50, p95 = pct(times)
            print(f"{name:10} {what:22} {len(times):5d} {p50:8.1f} {p95:8.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=30000, help="articles (3 events each)")
    ap.add_argument("--db", default="bench-store.db", help="SQLite file to fill (rewritten unless --reuse)")
    ap.add_argument("--reuse", action="store_true", help="time an existing database, do not fill it")
    ap.add_argument("--repeat", type=int, default=5, help="runs per query and sort order")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--detail", action="store_true", help="also print each filter's median page and stats ms")
    args = ap.parse_args(argv)

    corpus = Corpus(args.seed)
    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
        with Store.open(args.db) as store:
            t0 = time.perf_counter()
            st = store.add_many(corpus.pairs(args.n))
            secs = time.perf_counter() - t0
        size = Path(args.db).stat().st_size / 1e6
        print(f"filled {args.db}: {st.added} articles, {st.events} events in {secs:.0f} s "
              f"({st.added / secs:.0f} articles/s), {size:.0f} MB", file=sys.stderr)  # fmt: skip
    with Store.open(args.db, create=False) as store:
        print(f"{store.count()} events")
        run(store, corpus, args.repeat, args.detail)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
