"""Reading the article gold set and the corpus it points into."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rasd.errors import ConfigError
from rasd.evaluate.article_gold import draw_sample, read_corpus, read_gold

ROOT = Path(__file__).resolve().parents[2]


def _corpus(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": f"نص {i}"}, ensure_ascii=False) + "\n")
    return path


def test_article_gold_reads_the_shipped_gold() -> None:
    gold = read_gold(ROOT / "dev" / "articles_gold.jsonl")
    assert len(gold) == 40
    assert sum(len(a.events) for a in gold) == 54


def test_article_gold_missing_file_is_e101(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        read_gold(tmp_path / "nope.jsonl")
    assert err.value.code == "E101"


def test_article_gold_draw_is_reproducible(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 30)
    first = draw_sample(corpus, 5, seed=7)
    assert first == draw_sample(corpus, 5, seed=7)
    assert set(read_corpus(corpus, first)) == set(first)
