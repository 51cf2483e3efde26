"""The one phrase matcher: clitics stripped, longest match wins, offsets into the original text."""

from __future__ import annotations

from rasd.doc import Doc
from rasd.text.match import PhraseMatcher


def test_match_longest_and_clitics() -> None:
    m = PhraseMatcher(
        [("تنظيم الدولة", "isis"), ("الدولة الإسلامية", "isis"), ("داعش", "isis"), ("الدولة", "state")]
    )
    text = "قال إن تنظيم الدولة ولداعش خلايا"
    doc = Doc(id="t", text=text)
    found = m.find(doc.tokens)
    assert [(text[x.start : x.end], x.payload) for x in found] == [
        ("تنظيم الدولة", "isis"),
        ("ولداعش", "isis"),
    ]


def test_match_normalised_phrase_against_raw_text() -> None:
    m = PhraseMatcher([("إطلاق النار", "shoot")])
    text = "وأطلقوا إطلاقَ النّار على المارة"
    doc = Doc(id="t", text=text)
    (hit,) = m.find(doc.tokens)
    assert text[hit.start : hit.end] == "إطلاقَ النّار"


def test_match_overlapping_returns_all() -> None:
    m = PhraseMatcher([("عبوة ناسفة", "ied"), ("عبوة", "ied-short")])
    doc = Doc(id="t", text="انفجرت عبوة ناسفة")
    assert len(m.find(doc.tokens, overlapping=True)) == 2
    assert [x.payload for x in m.find(doc.tokens)] == ["ied"]
