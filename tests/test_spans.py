"""Every span Rasd reports points into the original text: on real articles and on generated Arabic text."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd.models import Document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "security_subset.jsonl.gz"


def assert_spans(text: str, doc: Document) -> None:
    for ent in doc.entities:
        assert text[ent.start : ent.end] == ent.text
    for e in doc.events:
        for span in [
            e.evidence,
            e.trigger,
            *e.spans,
            e.actor1,
            e.actor2,
            e.location,
            e.attribution,
            e.claimed_by,
        ]:
            if span is not None:
                assert text[span.start : span.end] == span.text, (span, e.id)


def _real_articles(n: int) -> list[dict[str, str]]:
    if not CORPUS.exists():
        return []
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 25 == 0:
                out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/data is not here")
@pytest.mark.parametrize("article", _real_articles(40), ids=lambda a: a["id"])
def test_spans_real_articles(article: dict[str, str]) -> None:
    doc = rasd.extract(article["text"], published=article["published"], id=article["id"])
    assert_spans(article["text"], doc)


_pieces = st.sampled_from(
    [
        "قتل", "جنديًا", " و", "11", "١٢", " مسلحو داعش", " في", " مدينة الحسكة", " شمال بغداد", "،", ".", "\n\n",
        "– ", "اقتحم", " السجن", " الأحد", " أمس", " العشرات", " انفجرت عبوة ناسفة", "ـــ", "\u200f", "َ", " ", "\u00a0",
        " قوات سوريا الديمقراطية", " الأسبوع الماضي", " في مارس 2019", " نحو 342 عملية", " مظاهرة", " اعتقلت",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces, min_size=1, max_size=40).map("".join))
def test_spans_generated_text(text: str) -> None:
    if not text.strip():
        return
    doc = rasd.extract(text, published="2022-01-24")
    assert_spans(text, doc)
