"""Cue words around a place name."""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.geo.cues import at_seat, nationality_name


def _seat(text: str, name: str) -> bool:
    doc = Doc(id="t", text=text)
    start = text.index(name)
    return at_seat(doc.tokens, doc.token_at(start), doc.token_at(start + len(name) - 1) + 1)


@pytest.mark.parametrize(
    ("text", "name", "seat"),
    [
        ("وقال المرصد ومقره بريطانيا إن", "بريطانيا", True),
        ("أعلنت الحكومة ومقرها المؤقت في عدن", "عدن", True),
        ("المرصد الذي يتخذ من لندن مقرا له", "لندن", True),
        ("قتل خمسة جنود في بريطانيا أمس", "بريطانيا", False),
        ("هاجم مسلحون مقرها في طرابلس", "طرابلس", False),  # where the attack was
    ],
)
def test_at_seat(text: str, name: str, seat: bool) -> None:
    assert at_seat.__doc__ and _seat(text, name) is seat


@pytest.mark.parametrize(
    ("text", "name", "nationality"),
    [
        ("خطف مسلحون 18 عاملا تركيا في بغداد", "تركيا", True),
        ("قتل مسلحون مواطنا سوريا في عرسال", "سوريا", True),
        ("أن 12 سوريا قتلوا في قصف", "سوريا", True),
        ("وصل وفد إلى تركيا أمس", "تركيا", False),
        ("قصفت طائرات روسيا مواقع في سوريا", "سوريا", False),
    ],
)
def test_nationality_name(text: str, name: str, nationality: bool) -> None:
    doc = Doc(id="t", text=text)
    k = doc.token_at(text.index(name))
    assert nationality_name(doc.tokens, k, k + 1) is nationality


def test_at_seat_where_a_body_resides() -> None:
    assert _seat("التحالف العربي والشرعية اليمنية المقيمة بالرياض", "بالرياض")
