from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from rasd.doc import Doc
from rasd.entities.crf import LinearCRF
from rasd.entities.tagger import (
    EntityTagger,
    _fill_rows,
    crfsuite_tagger,
    label_spans,
    names,
    reference_tags,
    tag_entities,
    tag_words,
    tagger,
)
from rasd.entities.train import load_sentences
from rasd.text.normalise import normalise_str
from rasd.text.segment import _TOKEN

ANERCORP = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "anercorp" / "train.txt"


@pytest.mark.parametrize(
    ("labels", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["B-ORG", "B-ORG", "I-ORG"], [(0, 1, "ORG"), (1, 3, "ORG")]),
        (["O", "I-LOC", "I-LOC"], [(1, 3, "LOC")]),  # a stray I- opens a span
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
        ([], []),
    ],
)
def test_tagger_label_spans(labels: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert label_spans(labels) == spans


def test_tagger_resources_load_once() -> None:
    assert tagger() is tagger() and isinstance(tagger(), EntityTagger)
    assert names() is names() and len(names()) > 1000
    assert tagger().crf.labels == tuple(crfsuite_tagger().labels())


def test_tagger_shipped_weights_are_the_export_of_the_shipped_model() -> None:
    """ner.weights.npz, which the pipeline decodes with, is exactly ner.crfsuite's weights."""
    exported, shipped = LinearCRF.from_tagger(crfsuite_tagger()), tagger().crf
    assert shipped.labels == exported.labels and shipped.attributes == exported.attributes
    assert np.array_equal(shipped.weights, exported.weights)
    assert np.array_equal(shipped.transitions, exported.transitions)


TEXTS = [
    "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة ستواصل دعم العراق.",
    "أعلنت وزارة الداخلية العراقية مقتل خمسة عناصر من تنظيم داعش في محافظة الأنبار غرب بغداد.",
    "وصرّح الأمين العام للأمم المتحدة بان كي مون، في نيويورك، بأن الوضع في سوريا خطير.",
    "ذكرت وكالة الأنباء الفرنسية (أ ف ب) أن اشتباكات اندلعت في مدينة الحسكة السورية.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tagger_offsets_point_into_original_text(text: str) -> None:
    doc = tag_entities(Doc(id="t", text=text, published=dt.date(2022, 1, 24)))
    assert doc.entities
    for m in doc.entities:
        assert doc.text[m.start : m.end] == m.text
        assert m.type in {"PER", "LOC", "ORG", "MISC"} and m.source == "tagger"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (TEXTS[0], "أوباما", "PER"),
        (TEXTS[0], "واشنطن", "LOC"),
        (TEXTS[1], "بغداد", "LOC"),
        (TEXTS[2], "نيويورك", "LOC"),
    ],
)
def test_tagger_finds_clear_entities(text: str, name: str, kind: str) -> None:
    doc = tag_entities(Doc(id="t", text=text))
    assert any(name in m.text and m.type == kind for m in doc.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الرئيسُ الأمريكي باراك أوبامـا في واشنطن.", "باراك أوبامـا"),
        ("وقال الرئيسُ المصري محمد مرسـي في القاهرة.", "محمد مرسـي"),
        ("وصلَ وزيرُ الخارجية سيرغي لافـروف إلى دمشق.", "سيرغي لافـروف"),
    ],
)
def test_tagger_keeps_harakat_and_tatweel_in_spans(text: str, name: str) -> None:
    doc = tag_entities(Doc(id="t", text=text))
    for m in doc.entities:
        assert doc.text[m.start : m.end] == m.text
    assert (name, "PER") in [(m.text, m.type) for m in doc.entities]


def test_tagger_doc_path_matches_word_path() -> None:
    text = TEXTS[1]
    doc = tag_entities(Doc(id="t", text=text))
    assert [m.text for m in doc.entities] == ["الأنبار", "بغداد"]
    words = [t.norm for t in doc.tokens]
    spans = label_spans(tag_words(words, [""] * len(words) + ["."]))
    assert [(doc.tokens[a].start, doc.tokens[b - 1].end, k) for a, b, k in spans] == [
        (m.start, m.end, m.type) for m in doc.entities
    ]


def test_tagger_empty_and_punctuation_only_docs() -> None:
    assert tag_entities(Doc(id="t", text="... ؟!")).entities == []


def _sentence(text: str) -> tuple[list[str], list[str]]:
    norm = normalise_str(text)
    words, gaps, pos = [], [], 0
    for m in _TOKEN.finditer(norm):
        gaps.append("".join(norm[pos : m.start()].split()))
        words.append(m.group())
        pos = m.end()
    gaps.append("".join(norm[pos:].split()))
    return words, gaps


SENTENCES = [
    *TEXTS,
    "وأكد المتحدث باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي أن القوات الأمنية أحبطت الهجوم.",
    "التقى رئيس الوزراء العراقي مصطفى الكاظمي وفدًا من البنك الدولي في بغداد يوم الأحد.",
    "«قال» مسؤول في الأمم المتحدة: إن 12 مدنيًا قتلوا في غارة على إدلب، شمال غرب سوريا.",
    "اندلعت اشتباكات بين حزب العمال الكردستاني والجيش التركي قرب الحدود العراقية - التركية.",
    "نقلت صحيفة الشرق الأوسط عن مصادر في صنعاء أن جماعة الحوثي أطلقت صاروخًا باليستيًا.",
    "(رويترز) - أعلن الهلال الأحمر الفلسطيني إصابة 30 شخصًا في مواجهات بمدينة الخليل.",
    "Reuters ذكرت أن NATO عقد اجتماعًا طارئًا في بروكسل 2022.",
    "بغداد",
    "،",
]


def _reference_sample() -> list[tuple[list[str], list[str]]]:
    sample = [_sentence(t) for t in SENTENCES]
    if ANERCORP.is_file():  # real ANERcorp sentences when the shared data is there
        sample += [(list(s.words), list(s.gaps)) for s in load_sentences(ANERCORP)[:50]]
    return [s for s in sample if s[0]]


@pytest.mark.parametrize("window", [None, 0, 3])
def test_tagger_equals_crfsuite_reference(window: int | None) -> None:
    sample = _reference_sample()
    fast = tagger().tag(sample, window=window)
    reference = reference_tags(sample, crfsuite_tagger(), names(), window)
    for (words, _), labels, expected in zip(sample, fast, reference, strict=True):
        assert labels == expected, words


def test_tagger_window_zero_equals_one_by_one() -> None:
    sample = _reference_sample()
    assert tagger().tag(sample, window=0) == [tag_words(w, g) for w, g in sample]


def test_tagger_model_has_document_features() -> None:
    assert any(a.startswith("dpw=") for a in tagger().crf.attributes)


def test_tagger_spans_equal_label_spans() -> None:
    sample = _reference_sample()
    expected, offset = [], 0
    for (words, _), labels in zip(sample, tagger().tag(sample), strict=True):
        expected += [(offset + a, offset + b, k) for a, b, k in label_spans(labels)]
        offset += len(words)
    assert tagger().spans(sample) == expected


def test_tagger_empty_batches() -> None:
    assert tagger().tag([]) == [] and tagger().spans([]) == []
    assert tagger().tag([([], [""])]) == [[]]
    assert tag_words([], [""]) == []


def test_tagger_word_cache_restarts_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    words, gaps = _sentence(SENTENCES[0])
    chunks = [(words[i : i + 4], gaps[i : i + 5]) for i in range(0, len(words), 4)]  # 4 words a call
    expected = [tagger().tag([chunk]) for chunk in chunks]
    model = EntityTagger(tagger().crf, names())
    monkeypatch.setattr("rasd.entities.tagger.CACHE_WORDS", 8)
    assert [model.tag([chunk]) for chunk in chunks] == expected
    assert len(set(words)) > 8 and len(model._rows) <= 8  # the 8-word cache filled and restarted


def test_tagger_fill_rows_pads_and_widens() -> None:
    table = np.full((4, 2), -1, dtype=np.intp)
    table = _fill_rows(table, [[5], [], [1, 2, 3]], 1)
    assert table.tolist() == [[-1, -1, -1], [5, -1, -1], [-1, -1, -1], [1, 2, 3]]


def test_tagger_document_features_reach_across_sentences() -> None:
    first, second = _sentence("قال الرئيس الأمريكي باراك أوباما في واشنطن."), _sentence("وأكد أوباما ذلك.")
    alone = tagger().emissions([second])[0]
    together = tagger().emissions([first, second])[0][len(first[0]) :]
    assert not np.allclose(alone[1], together[1])  # أوباما is seen after a title in the first sentence
