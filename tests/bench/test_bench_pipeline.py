"""pytest-benchmark of the whole pipeline on 20 articles (real news when ../shared is there, else examples/).

Run ``pytest tests/bench --benchmark-only`` to see the figures; no test asserts a time.
"""

from __future__ import annotations

import json
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import pytest

from rasd.batch import warm
from rasd.io import read_articles
from rasd.models import ArticleIn
from rasd.pipeline import extract_doc

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "security_subset.jsonl.gz"
N = 20


def _articles() -> list[ArticleIn]:
    if CORPUS.exists():
        return [a for a in islice(read_articles(CORPUS), N) if isinstance(a, ArticleIn)]
    examples = [
        ArticleIn(**json.loads(p.read_text("utf-8"))) for p in sorted((ROOT / "examples").glob("*.json"))
    ]
    return list(islice(cycle(examples), N))


@pytest.mark.benchmark(group="pipeline", min_rounds=3, warmup=False)
def test_bench_pipeline_twenty_articles(benchmark: Any) -> None:
    articles = _articles()
    warm()

    def run() -> int:
        return sum(len(extract_doc(a).sentences) for a in articles)

    sentences = benchmark.pedantic(run, rounds=3, iterations=1)
    assert len(articles) == N
    assert sentences > 0
