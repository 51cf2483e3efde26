"""Batch extraction: input order, one result per input, failures quarantined, streaming."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.batch import extract_json, extract_many, extract_records, process
from rasd.doc import Doc
from rasd.errors import ArticleError, E, ResourceError
from rasd.io import Quarantined, Record
from rasd.models import ArticleIn, Document
from rasd.settings import Settings

SENTENCES = [
    "قُتل ثلاثة جنود في هجوم على نقطة تفتيش شمال بغداد يوم الأحد.",
    "تظاهر المئات في البصرة احتجاجاً على انقطاع الكهرباء.",
    "اعتقلت قوات الأمن خمسة مشتبه بهم في الموصل.",
    "سقطت قذائف هاون على حي سكني في دمشق دون وقوع إصابات.",
]


def _keep(doc: Doc) -> Doc:
    return doc


@pytest.fixture(autouse=True)
def _light_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests run a stub pipeline (no models); forked workers inherit it.  Spawn is tested in a subprocess."""
    monkeypatch.setattr("rasd.batch.STAGES", (("numbers", _keep),))
    monkeypatch.setattr("rasd.batch.get_settings", lambda: Settings(start_method="fork"))
    monkeypatch.setattr("rasd.batch.warm", lambda: None)


SPAWN_STUB = "import rasd.pipeline as p\n{stage}\np.STAGES = (('entities', stage),)\n"


def _spawned(tmp_path: Path, stage: str, run: str) -> subprocess.CompletedProcess[str]:
    """Run ``run`` in a fresh interpreter whose every process (spawned workers too) has the stub stage."""
    (tmp_path / "sitecustomize.py").write_text(SPAWN_STUB.format(stage=stage), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, env=env, check=False)


def _articles(n: int) -> list[ArticleIn]:
    return [
        ArticleIn(id=f"a{i}", text=f"{SENTENCES[i % 4]} رقم {i}.", published="2022-01-24") for i in range(n)
    ]


def _boom(doc: Doc) -> Doc:
    raise ValueError("boom")


def _refuse(doc: Doc) -> Doc:
    raise ArticleError(E.E109, what=doc.id)


def test_batch_single_process_keeps_order_and_passes_quarantined_through() -> None:
    bad = Quarantined("in.jsonl", 2, "E105", "not JSON", "{x")
    items: list[ArticleIn | Quarantined] = [*_articles(2), bad, *_articles(3)[2:]]
    results = list(extract_many(items, workers=1))
    assert [r.id if isinstance(r, Document) else r.code for r in results] == ["a0", "a1", "E105", "a2"]
    assert results[2] is bad


def test_batch_two_workers_keep_input_order() -> None:
    items: list[ArticleIn | Quarantined] = list(_articles(40))
    items.insert(7, Quarantined("in.jsonl", 8, "E106", "no text", ""))
    items.insert(30, ArticleIn(id="empty", text="   "))
    results = list(extract_many(items, workers=2, chunk=3))
    assert len(results) == len(items)
    want = [i.id if isinstance(i, ArticleIn) else i.code for i in items]
    want[30] = "E102"
    assert [r.id if isinstance(r, Document) else r.code for r in results] == want


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_json_pass_through_is_the_documents_json(workers: int) -> None:
    """``extract_json`` gives each document's compact JSON, in order, and quarantines as they are."""
    items: list[ArticleIn | Quarantined] = list(_articles(12))
    items.insert(5, Quarantined("in.jsonl", 6, "E106", "no text", ""))
    records = [Record("in.jsonl", n, it) for n, it in enumerate(items, 1)]
    texts = [r for _, r in extract_json(records, workers=workers, chunk=4)]
    docs = [r for _, r in extract_records(records, workers=1)]
    assert len(texts) == len(items)
    for text, doc in zip(texts, docs, strict=True):
        if isinstance(doc, Document):
            assert isinstance(text, str) and text == doc.model_dump_json()
        else:
            assert text == doc


def test_batch_unexpected_error_is_e501_with_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rasd.batch.STAGES", (("numbers", lambda d: d), ("places", _boom)))
    [result] = list(extract_many(_articles(1), workers=1))
    assert isinstance(result, Quarantined)
    assert result.code == "E501"
    assert "stage places" in result.message and "ValueError: boom" in result.message
    assert result.position == 1 and result.excerpt.startswith("قُتل")


def test_batch_article_error_keeps_its_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rasd.batch.STAGES", (("entities", _refuse),))
    record = Record("news.jsonl", 12, ArticleIn(id="x", text=SENTENCES[0]))
    result = process(record)
    assert isinstance(result, Quarantined)
    assert (result.code, result.source, result.position) == ("E109", "news.jsonl", 12)
    assert not result.message.startswith("E109")


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_streams_from_an_endless_input(workers: int) -> None:
    def endless() -> Iterator[ArticleIn]:
        for i in itertools.count():
            yield ArticleIn(id=f"n{i}", text=SENTENCES[i % 4])

    results = list(itertools.islice(extract_many(endless(), workers=workers, chunk=4), 10))
    assert [r.id for r in results if isinstance(r, Document)] == [f"n{i}" for i in range(10)]


def test_batch_records_pair_each_result_with_its_input() -> None:
    records = [Record("f.jsonl", i + 1, a) for i, a in enumerate(_articles(5))]
    pairs = list(extract_records(records, workers=1))
    assert [rec.position for rec, _ in pairs] == [1, 2, 3, 4, 5]
    assert all(isinstance(res, Document) and res.id == rec.item.id for rec, res in pairs)  # type: ignore[union-attr]


def test_batch_short_input_defaults_to_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> Iterator[object]:
        raise AssertionError("a pool was started for a short input")

    monkeypatch.setattr("rasd.batch._pooled", no_pool)
    assert len(list(extract_many(_articles(3)))) == 3


def _missing_model(doc: Doc) -> Doc:
    raise ResourceError(E.E301, name="ner.crfsuite", reason="not found", fix="reinstall")


def test_batch_missing_resource_stops_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rasd.batch.STAGES", (("entities", _missing_model),))
    with pytest.raises(ResourceError, match="E301"):
        list(extract_many(_articles(2), workers=1))


def test_batch_spawned_workers_keep_input_order(tmp_path: Path) -> None:
    run = (
        "from rasd.batch import extract_many\nfrom rasd.models import ArticleIn\n"
        "if __name__ == '__main__':\n"
        "    items = [ArticleIn(id=f'x{i}', text='خبر ' * (1 + i % 7)) for i in range(50)]\n"
        "    print(','.join(r.id for r in extract_many(items, workers=2, chunk=3)))\n"
    )
    done = _spawned(tmp_path, "def stage(doc):\n    return doc", run)
    assert done.stdout.strip() == ",".join(f"x{i}" for i in range(50)), done.stderr


def test_batch_missing_resource_in_workers_stops_the_batch(tmp_path: Path) -> None:
    run = (
        "from rasd.batch import extract_many\nfrom rasd.models import ArticleIn\nfrom rasd.errors import ResourceError\n"
        "try:\n    list(extract_many([ArticleIn(text='خبر عاجل')] * 4, workers=2, chunk=1))\n"
        "except ResourceError as err:\n    print(err.code)\n"
    )
    stage = "from rasd.errors import E, ResourceError\ndef stage(doc):\n    raise ResourceError(E.E301, name='model', reason='gone', fix='reinstall')"
    done = _spawned(tmp_path, stage, run)
    assert done.stdout.strip() == "E301", done.stderr
    assert "Traceback" not in done.stderr
