"""Normalisation is a view: every normalised character maps back into the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalise import normalise, normalise_str


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمال", "امال"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("رسميًا", "رسميا"),
        ("جنديًا", "جنديا"),
        ("العـــراق", "العراق"),
        ("٢٠١٩", "2019"),
        ("۱۲", "12"),
        ("\u200fبغداد\u200e", "بغداد"),
        ("ق\u200cتل", "قتل"),
        ("في\u00a0بغداد", "في بغداد"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
    ],
)
def test_normalise_table(raw: str, norm: str) -> None:
    assert normalise_str(raw) == norm
    assert normalise(raw).text == norm


def test_normalise_offsets_map_back() -> None:
    raw = "قُتِلَ ١١ جنديًا في الـــموصل"
    view = normalise(raw)
    i = view.text.index("الموصل")
    s, e = view.orig_span(i, i + len("الموصل"))
    assert raw[s:e] == "الـــموصل"
    j = view.text.index("11")
    assert raw[slice(*view.orig_span(j, j + 2))] == "١١"


_arabic = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئءـًٌٍَُِّْ٠١٢٣ \u200f\u00a0،.")), max_size=60
)


@given(_arabic)
def test_normalise_every_index_points_into_original(raw: str) -> None:
    view = normalise(raw)
    assert len(view.index) == len(view.text)
    assert all(0 <= i < len(raw) for i in view.index)
    assert list(view.index) == sorted(set(view.index))
    for k, i in enumerate(view.index):
        assert normalise_str(raw[i]) == view.text[k]


def test_presentation_forms_read_as_letters() -> None:
    """Text copied from PDFs is written in presentation forms: ﻃﻴﺮان is طيران, ligature ﻻ is لا."""
    raw = "ﺷﻦ ﻃﻴﺮان اﻟﺘﺤﺎﻟﻒ ﻏﺎرة ﺟﻮﻳﺔ ﻻ ﺗﺰال ﹰ"
    view = normalise(raw)
    assert view.text == "شن طيران التحالف غاره جويه لا تزال "
    assert normalise_str(raw) == view.text
    assert len(view.index) == len(view.text)
    assert list(view.index) == sorted(view.index)
    i = view.text.index("طيران")
    assert raw[slice(*view.orig_span(i, i + len("طيران")))] == "ﻃﻴﺮان"
    j = view.text.index("لا")
    assert raw[slice(*view.orig_span(j, j + 2))] == "ﻻ"  # both letters map back to the one ligature
    assert raw[slice(*view.orig_span(j + 3, j + 7))] == "ﺗﺰال"


def test_words_written_as_one_character_stay_as_written() -> None:
    assert normalise("ﷺ").text == "ﷺ"  # a phrase with spaces: a token cannot end inside one character
