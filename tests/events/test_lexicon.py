"""The event lexicon as loaded: generated spellings of its nouns."""

from __future__ import annotations

import pytest

from rasd.events.lexicon import accusative, dual_past, event_lexicon
from rasd.text.normalise import normalise_str


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("انفجار", "انفجارا"),
        ("مسجد", "مسجدا"),
        ("تفجير", "تفجيرا"),
        ("عبوة", None),  # ta marbuta: عبوةً, no alif
        ("تفجيرات", None),  # sound feminine plural
        ("عبوة ناسفة", None),  # ta marbuta: no alif on either word
        ("هجوم انتحاري", "هجوما انتحاريا"),  # a noun and its nisba adjective
        ("قصف جوي", "قصفا جويا"),
        ("إطلاق نار", None),  # a construct: its first word takes no tanwin
        ("إطلاق النار", None),
        ("فجروا", None),
    ],
)
def test_lexicon_accusative(phrase: str, expected: str | None) -> None:
    assert accusative(phrase) == expected


def test_lexicon_noun_triggers_and_facilities_match_their_accusative() -> None:
    lex = event_lexicon()
    assert normalise_str("انفجارا") in lex.triggers
    assert normalise_str("مسجدا") in lex.cues
    assert normalise_str("قالا") not in lex.cues  # verbs of other cue kinds get no alif


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("أصيب", "أصيبا"),
        ("قتل", "قتلا"),
        ("هاجم", "هاجما"),
        ("يقتل", None),  # imperfect: its dual is يقتلان
        ("قتلوا", None),
        ("أصيبت", None),
        ("لقي مصرعه", None),
    ],
)
def test_lexicon_dual_past(phrase: str, expected: str | None) -> None:
    assert dual_past(phrase) == expected


def test_lexicon_verb_triggers_match_their_dual() -> None:
    assert normalise_str("أصيبا") in event_lexicon().triggers
