from __future__ import annotations

import datetime as dt

import pytest

from rasd.doc import Doc
from rasd.entities.tagger import label_spans, names, tag_entities, tag_words, tagger


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
    assert tagger() is tagger()
    assert names() is names() and len(names()) > 1000


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


def test_tagger_keeps_harakat_and_tatweel_in_spans() -> None:
    text = "وقال الرئيسُ باراك أوبامـا في واشنطن."
    doc = tag_entities(Doc(id="t", text=text))
    for m in doc.entities:
        assert doc.text[m.start : m.end] == m.text
    assert any("أوبامـا" in m.text for m in doc.entities)


def test_tagger_doc_path_matches_word_path() -> None:
    text = TEXTS[1]
    doc = tag_entities(Doc(id="t", text=text))
    words = [t.norm for t in doc.tokens]
    spans = label_spans(tag_words(words, [""] * len(words) + ["."]))
    assert [(doc.tokens[a].start, doc.tokens[b - 1].end, k) for a, b, k in spans] == [
        (m.start, m.end, m.type) for m in doc.entities
    ]


def test_tagger_empty_and_punctuation_only_docs() -> None:
    assert tag_entities(Doc(id="t", text="... ؟!")).entities == []
