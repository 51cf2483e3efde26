"""The benchmark: throughput end to end, latency, memory and time per stage.

    $ rasd bench --input ../shared/data/saudinewsnet/security_subset.jsonl.gz --limit 1000 --workers 2

Throughput is measured the way a user meets it: each run is a fresh ``python -m rasd.bench.bench --child``
process that imports Rasd, loads its resources, starts its worker pool, reads the first N articles and extracts
them; the wall time of that process (start-up included) divides N.  The median of ``runs`` runs is reported.
Peak memory is the largest resident set of those processes and their workers (``getrusage``, children included).
Latency per article (p50/p95) and the time per stage come from one more pass in this process, single-threaded,
with every stage of :data:`rasd.pipeline.STAGES` wrapped in a timer; ``make_doc`` (normalise, segment, tokenise)
and ``to_document`` are timed as stages too.  Cold start is ``rasd extract`` on one article in a fresh process.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rasd.errors import E, InputError, RasdError
from rasd.models import ArticleIn

TARGET_ARTICLES_PER_S = 200.0
TARGET_COLD_START_S = 1.0
TARGET_PEAK_RSS_MB = 400.0


@dataclass(frozen=True, slots=True)
class StageTime:
    name: str
    total_s: float
    ms_per_article: float
    share: float  # of the whole per-article time


@dataclass(frozen=True, slots=True)
class BenchReport:
    input: str
    articles: int
    ok: int
    quarantined: int
    workers: int
    runs: int
    articles_per_s: float  # median over runs, fresh process, start-up included
    run_seconds: list[float]
    sentences_per_article: float
    sentences_per_s: float
    latency_p50_ms: float
    latency_p95_ms: float
    latency_max_ms: float
    peak_rss_mb: float
    cold_start_s: float
    stages: list[StageTime]
    build: str = ""  # compiled (mypyc) or Python source: rasd._build.BUILD
    targets: dict[str, bool] = field(default_factory=dict)


def run_bench(
    input: str | Path, *, limit: int = 1000, workers: int | None = None, runs: int = 3
) -> BenchReport:
    """Benchmark the pipeline on the first ``limit`` articles of ``input`` (JSONL, optionally gzipped)."""
    from rasd._build import BUILD
    from rasd.batch import default_workers
    from rasd.settings import get_settings

    path = Path(input)
    if not path.exists():
        raise InputError(E.E101, path=path)
    articles = _load(path, limit)
    if not articles:
        raise InputError(E.E102, what=f"{path} (no usable article among the first {limit} records)")
    used = workers or (default_workers() if len(articles) >= get_settings().parallel_min_articles else 1)
    seconds: list[float] = []
    peak_kb = 0
    child: dict[str, int] = {}
    for _ in range(runs):
        took, child = _child_run(path, limit, used)
        seconds.append(took)
        peak_kb = max(peak_kb, child["maxrss_kb"])
    latencies, stage_totals, sentences, failed = _profile(articles)
    n = child["articles"]
    per_s = n / statistics.median(seconds)
    per_article = sentences / len(articles)
    total = sum(stage_totals.values()) or 1.0
    report = BenchReport(
        input=str(path),
        articles=n,
        ok=child["ok"],
        quarantined=child["quarantined"],
        workers=used,
        runs=runs,
        articles_per_s=round(per_s, 1),
        run_seconds=[round(s, 3) for s in seconds],
        sentences_per_article=round(per_article, 2),
        sentences_per_s=round(per_s * per_article, 1),
        latency_p50_ms=round(_percentile(latencies, 50) * 1000, 3),
        latency_p95_ms=round(_percentile(latencies, 95) * 1000, 3),
        latency_max_ms=round(max(latencies) * 1000, 3),
        peak_rss_mb=round(peak_kb / 1024, 1),
        cold_start_s=round(_cold_start(articles[0]), 3),
        stages=[
            StageTime(name, round(t, 4), round(t / len(articles) * 1000, 4), round(t / total, 4))
            for name, t in stage_totals.items()
        ],
        build=BUILD,
    )
    targets = {
        f"articles_per_s >= {TARGET_ARTICLES_PER_S:g}": report.articles_per_s >= TARGET_ARTICLES_PER_S,
        f"cold_start_s < {TARGET_COLD_START_S:g}": report.cold_start_s < TARGET_COLD_START_S,
        f"peak_rss_mb < {TARGET_PEAK_RSS_MB:g}": report.peak_rss_mb < TARGET_PEAK_RSS_MB,
        "no article failed in the profile pass": failed == 0,
    }
    report.targets.update(targets)
    return report


def print_report(report: BenchReport) -> None:
    """The report as two rich tables on standard output."""
    from rich.console import Console
    from rich.table import Table

    from rasd._build import stale_notice

    console = Console()
    summary = Table(title=f"rasd bench: {report.articles} articles of {report.input}", show_header=False)
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    rows = [
        ("build", report.build),
        ("workers", str(report.workers)),
        ("articles/s (median, start-up included)", f"{report.articles_per_s:.1f}"),
        ("runs (s)", ", ".join(f"{s:.2f}" for s in report.run_seconds)),
        ("sentences/s", f"{report.sentences_per_s:.0f}"),
        (
            "latency p50 / p95 / max (ms)",
            f"{report.latency_p50_ms:.2f} / {report.latency_p95_ms:.2f} / {report.latency_max_ms:.2f}",
        ),
        ("peak RSS (MB, workers included)", f"{report.peak_rss_mb:.0f}"),
        ("cold start, one article (s)", f"{report.cold_start_s:.2f}"),
        ("ok / quarantined", f"{report.ok} / {report.quarantined}"),
    ]
    for name, value in rows:
        summary.add_row(name, value)
    console.print(summary)
    stages = Table(title="time per stage (one process)")
    for col in ("stage", "ms/article", "share"):
        stages.add_column(col, justify="left" if col == "stage" else "right")
    for st in report.stages:
        stages.add_row(st.name, f"{st.ms_per_article:.3f}", f"{st.share:.0%}")
    console.print(stages)
    for target, met in report.targets.items():
        console.print(f"{'[green]met' if met else '[red]NOT met'}[/]  {target}")
    notice = stale_notice()
    if notice:
        console.print(f"[yellow]{notice}[/]")


# ---- the parts ------------------------------------------------------------------------------------


def _load(path: Path, limit: int) -> list[ArticleIn]:
    from rasd.io import read_articles

    return [a for a in islice(read_articles(path), limit) if isinstance(a, ArticleIn)]


def _child_run(path: Path, limit: int, workers: int) -> tuple[float, dict[str, int]]:
    cmd = [sys.executable, "-m", "rasd.bench.bench", "--child", str(path), str(limit), str(workers)]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1:] or [f"exit code {done.returncode}"]
        raise RasdError(E.E501, stage="benchmark run", reason=last[0])
    return took, json.loads(done.stdout.strip().splitlines()[-1])


def _child(path: str, limit: int, workers: int) -> dict[str, int]:
    """One end-to-end run, in the process the parent times: what ``rasd extract FILE --out /dev/null`` does with
    many articles (each document's JSON line written out)."""
    from rasd.batch import extract_json
    from rasd.io import Quarantined, read_records

    ok = bad = 0
    with open(os.devnull, "wb") as sink:
        for _record, result in extract_json(islice(read_records(path), limit), workers=workers):
            if isinstance(result, Quarantined):
                bad += 1
            else:
                sink.write(result.encode("utf-8") + b"\n")
                ok += 1
    rss = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    return {"articles": ok + bad, "ok": ok, "quarantined": bad, "maxrss_kb": rss}


def _profile(articles: list[ArticleIn]) -> tuple[list[float], dict[str, float], int, int]:
    """Latency per article and seconds per stage, in this process."""
    from rasd.batch import warm
    from rasd.pipeline import STAGES, make_doc, to_document

    warm()
    totals = {"make_doc": 0.0, **{name: 0.0 for name, _ in STAGES}, "to_document": 0.0}
    latencies: list[float] = []
    sentences = failed = 0
    clock = time.perf_counter
    for article in articles:
        start = clock()
        try:
            doc = make_doc(article)
            t = clock()
            totals["make_doc"] += t - start
            for name, stage in STAGES:
                doc = stage(doc)
                t2 = clock()
                totals[name] += t2 - t
                t = t2
            to_document(doc)
            totals["to_document"] += clock() - t
        except Exception:  # counted as failed (a batch would quarantine it); the targets show it
            failed += 1
            continue
        latencies.append(clock() - start)
        sentences += len(doc.sentences)
    return latencies or [0.0], totals, sentences, failed


def _cold_start(article: ArticleIn, runs: int = 3) -> float:
    """Median wall time of ``rasd extract`` on one article in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "article.json"
        src.write_text(article.model_dump_json(), "utf-8")
        cmd = [sys.executable, "-m", "rasd.cli", "extract", str(src), "--out", os.devnull]
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    print(json.dumps(_child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
