"""The benchmark harness: a tiny end-to-end run produces a complete, consistent report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.bench.bench import _percentile, run_bench
from rasd.doc import Doc
from rasd.errors import InputError

TEXTS = [
    "قُتل ثلاثة جنود وأصيب خمسة آخرون في هجوم على نقطة تفتيش شمال بغداد يوم الأحد. وقال مصدر أمني إن المهاجمين فروا.",
    "تظاهر المئات في البصرة احتجاجاً على انقطاع الكهرباء، وأغلقوا طريقاً رئيسياً.",
    "اعتقلت قوات الأمن خمسة مشتبه بهم في الموصل بتهمة الانتماء إلى تنظيم داعش.",
]


@pytest.mark.parametrize(
    ("values", "pct", "want"),
    [([1.0], 95, 1.0), ([1.0, 2.0, 3.0], 50, 2.0), ([0.0, 10.0], 95, 9.5), ([5.0, 1.0, 3.0], 0, 1.0)],
)
def test_bench_percentile_interpolates(values: list[float], pct: float, want: float) -> None:
    assert _percentile(values, pct) == pytest.approx(want)


STUB = "import rasd.pipeline as p\n\ndef _keep(doc):\n    return doc\n\np.STAGES = (('numbers', _keep), ('events', _keep))\n"


def _keep(doc: Doc) -> Doc:
    return doc


def test_bench_report_on_a_tiny_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The harness over a stub pipeline, here and in its fresh processes (a sitecustomize on PYTHONPATH)."""
    (tmp_path / "sitecustomize.py").write_text(STUB, "utf-8")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.setattr("rasd.pipeline.STAGES", (("numbers", _keep), ("events", _keep)))
    monkeypatch.setattr("rasd.batch.STAGES", (("numbers", _keep), ("events", _keep)))
    f = tmp_path / "tiny.jsonl"
    f.write_text(
        "\n".join(
            json.dumps({"id": f"t{i}", "text": t, "published": "2022-01-24"}, ensure_ascii=False)
            for i, t in enumerate(TEXTS)
        )
        + "\n{broken\n",
        "utf-8",
    )
    report = run_bench(f, limit=10, workers=1, runs=1)
    assert (report.articles, report.ok, report.quarantined) == (4, 3, 1)
    assert report.articles_per_s > 0 and report.sentences_per_s > 0
    assert 0 < report.latency_p50_ms <= report.latency_p95_ms <= report.latency_max_ms
    assert report.peak_rss_mb > 0 and report.cold_start_s > 0
    assert [s.name for s in report.stages] == ["make_doc", "numbers", "events", "to_document"]
    assert sum(s.share for s in report.stages) == pytest.approx(1.0, abs=0.01)
    assert len(report.targets) == 4


def test_bench_missing_input_is_e101(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="E101"):
        run_bench(tmp_path / "none.jsonl", limit=5, runs=1)
