"""Cue words around a place name."""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.geo.cues import at_seat, in_nationality_list, nationality_name, not_event_place
from rasd.text.numbers import find_numbers


def _span(text: str, name: str) -> tuple[Doc, int, int]:
    """The tokens ``[start, end)`` of ``name`` in ``text``."""
    doc = Doc(id="t", text=text)
    start = text.index(name)
    return doc, doc.token_at(start), doc.token_at(start + len(name) - 1) + 1


def _seat(text: str, name: str) -> bool:
    doc, start, end = _span(text, name)
    return at_seat(doc.tokens, start, end)


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
    assert _seat(text, name) is seat


@pytest.mark.parametrize(
    ("text", "name", "nationality"),
    [
        ("خطف مسلحون 18 عاملا تركيا في بغداد", "تركيا", True),
        ("قتل مسلحون مواطنا سوريا في عرسال", "سوريا", True),
        ("أن 12 سوريا قتلوا في قصف", "سوريا", True),
        ("قتل 38 سائحا بينهم ثلاثون بريطانيا", "بريطانيا", True),  # after a number word
        ("وصل وفد إلى تركيا أمس", "تركيا", False),
        ("قصفت طائرات روسيا مواقع في سوريا", "سوريا", False),
    ],
)
def test_nationality_name(text: str, name: str, nationality: bool) -> None:
    doc, start, end = _span(text, name)
    number_ends = {doc.token_at(n.end - 1) + 1 for n in find_numbers(doc).numbers}
    assert nationality_name(doc.tokens, start, end, number_ends) is nationality


def test_at_seat_where_a_body_resides() -> None:
    assert _seat("التحالف العربي والشرعية اليمنية المقيمة بالرياض", "بالرياض")


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [
        ("مشاركين يحملون جنسيات أخرى شملت اليمنية والمصرية والسورية", "والسورية", True),
        ("مشاركين يحملون جنسيات أخرى شملت اليمنية والمصرية والسورية", "اليمنية", True),
        ("اعتقل شاب يحمل الجنسية السورية في بيروت", "السورية", True),
        ("قصفت الطائرات السورية مواقع في حلب", "السورية", False),
        ("قالت الجنسية إن القوات السورية تقدمت", "السورية", False),  # a verb between: another clause
    ],
)
def test_in_nationality_list(text: str, name: str, listed: bool) -> None:
    doc, start, _ = _span(text, name)
    assert in_nationality_list(doc.tokens, start) is listed


@pytest.mark.parametrize(
    ("text", "name", "away"),
    [
        ("في مقاطعة سيرناك على الحدود مع العراق وسورية", "العراق", True),
        ("في مقاطعة سيرناك على الحدود مع العراق وسورية", "وسورية", True),  # joined to the neighbour
        ("الميليشيات المدعومة من إيران وسوريا", "وسوريا", True),
        ("وكانت الطائرة متوجهة من امستردام الى كولالمبور عندما اسقطت", "امستردام", True),  # where it set off
        ("تعزيزات عسكرية قادمة من صنعاء", "صنعاء", True),
        ("نهبوا قوارب من منطقة شقرة متوجهة إلى عدن", "عدن", True),  # where they were headed
        ("في محافظة شيرناك الحدودية مع سورية والعراق", "سورية", True),  # the adjective form of the border
        ("قصفت الطائرات مواقع في العراق وسورية", "وسورية", False),
        ("في مقاطعة سيرناك التركية وسورية", "وسورية", False),
        ("في منازل بقرية كامونا المتاخمة لنيجيريا", "لنيجيريا", True),  # the neighbour, ل attached
        ("في قرى المحافظة المجاورة لحج", "لحج", False),  # a name that begins with ل
    ],
)
def test_not_event_place(text: str, name: str, away: bool) -> None:
    doc, start, _ = _span(text, name)
    assert not_event_place(doc.tokens, start) is away


def test_where_the_victims_were_going_is_no_event_place() -> None:
    import rasd

    doc = rasd.extract(
        "واستهدف التفجير في مدينة سروج أمس شبانا كانوا ينوون العبور إلى مدينة عين العرب السورية.",
        published="2015-07-27",
    )
    assert doc.events and all(e.location is not None and e.location.name == "Suruç" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "located"),
    [
        # its policy: the bombing's border town is unknown, and Ankara is not it
        ("وقع تفجير انتحاري في بلدة حدودية تركية أمس جعل سياسة أنقرة أكثر تشددا.", [None]),
        # who it blames: the shelling is in Syria
        ("قصفت تركيا أمس مواقع لداعش في سوريا بعد هجوم انتحاري نسبته أنقرة إلى التنظيم.", ["Syria"]),
        # the subject of a verb: the government acts, the arrests are in Turkey
        ("بدأت أنقرة أمس بحملة اعتقالات واسعة في صفوف الناشطين الأكراد في تركيا.", ["Turkey"]),
        # its backing: the regained ground is in Iraq, not in Damascus
        ("وتمكنت القوات العراقية، بدعم من مسلحين تساندهم دمشق، من استعادة السيطرة على مناطق أمس.", ["Iraq"]),
    ],
)
def test_a_capitals_policy_is_its_state_not_a_place(text: str, located: list[str | None]) -> None:
    import rasd

    doc = rasd.extract(text, published="2015-07-25")
    assert [e.location.name if e.location else None for e in doc.events] == located


def test_a_town_after_a_verb_stays_a_place_only_a_capital_is_its_government() -> None:
    import rasd

    doc = rasd.extract(
        "بدأت الفلوجة تشهد اشتباكات عنيفة أمس بين الجيش العراقي ومسلحي داعش.", published="2015-07-27"
    )
    assert [e.location.name if e.location else None for e in doc.events] == ["Al Fallūjah"]


@pytest.mark.parametrize(
    ("text", "located"),
    [
        ("سقط صاروخ أطلق من قطاع غزة على جنوب إسرائيل أمس من دون وقوع إصابات.", ["Israel"]),
        ("قتل جندي تركي أمس برصاص أطلق من الجانب السوري على الحدود قرب بلدة كلس التركية.", ["Kilis"]),
    ],
)
def test_where_a_rocket_was_fired_from_is_no_event_place(text: str, located: list[str]) -> None:
    """A rocket fired from Gaza fell in Israel; a place further on (قرب بلدة كلس) is where it hit."""
    import rasd

    doc = rasd.extract(text, published="2015-08-08")
    assert [e.location.name if e.location else None for e in doc.events] == located
