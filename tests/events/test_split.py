"""One event per place of a listed incident (rasd.events.split)."""

from __future__ import annotations

import pytest

import rasd


def _reported(text: str) -> list[rasd.Event]:
    return [e for e in rasd.extract(text, published="2015-07-21").events if e.status == "reported"]


def test_split_a_protest_in_three_cities_is_three_events() -> None:
    events = _reported("وتظاهر المئات الأحد في سيدني وملبورن وبريزبن.")
    assert [e.location.name for e in events if e.location] == ["Sydney", "Melbourne", "Brisbane"]
    assert len({e.id for e in events}) == 3  # each its own stable id
    assert {e.date for e in events} == {"2015-07-19"}


def test_split_a_toll_stays_with_the_place_it_was_coded_at() -> None:
    events = _reported("قتل 5 جنود في هجمات متزامنة في الرمادي والفلوجة أمس.")
    assert [(e.location.name if e.location else None, e.fatalities) for e in events] == [
        ("Ramadi", 5),
        ("Al Fallūjah", 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات أمس بين حلب وإدلب.",  # a span between two places: one front
        "تظاهر المئات أمس في لودر بمحافظة أبين.",  # the province locates the town
        "قتل 5 جنود في هجوم على حاجز في الرمادي أمس.",  # one place
    ],
)
def test_split_no_list_no_copies(text: str) -> None:
    assert len(_reported(text)) == 1


def test_split_a_bracketed_direction_after_a_place_keeps_the_list() -> None:
    # "في أضنة (جنوب) وقونية (وسط)": where each lies in the country, not Adana set south of Konya
    events = _reported("اعتقلت الشرطة التركية السبت عشرات المشتبهين في أضنة (جنوب) وقونية (وسط).")
    assert sorted(e.location.name for e in events if e.location) == ["Adana", "Konya"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the first place's own span opens with the locative (قرب), or حول 'around' leads the list
        ("شن التحالف أمس غارات قرب كركوك والفلوجة وتلعفر.", ["Kirkuk", "Al Fallūjah", "Tall ‘Afar"]),
        ("شن التحالف أمس غارات حول الحسكة وحلب وكوباني.", ["Al Ḩasakah", "Aleppo", "‘Ayn al ‘Arab"]),
        # the coalition's bulletin: a count of the strikes (and the act noun again) before each place
        (
            "شنت قوات التحالف أمس خمس غارات قرب الموصل وثلاث غارات قرب الرمادي وثلاث قرب سنجار.",
            ["Mosul", "Ramadi", "Sinjār"],
        ),
        ("نفذت قوات التحالف أمس 5 غارات قرب الموصل و3 قرب الرمادي.", ["Mosul", "Ramadi"]),
    ],
)
def test_split_a_list_after_near_or_around(text: str, names: list[str]) -> None:
    assert [e.location.name for e in _reported(text) if e.location] == names


def test_split_a_district_coded_at_its_capital_does_not_end_the_list() -> None:
    """Habbaniyah is an Iraqi district record at Ramadi's coordinates: no reason to read the list as one place
    named twice, nor is "وحديثة" after it an aside saying where Habbaniyah lies."""
    events = _reported("شن التحالف غارات بالقرب من مدن الحبانية وحديثة والموصل والرمادي في العراق أمس.")
    assert sorted(e.location.name for e in events if e.location) == [
        "Al-Habbaniyah",
        "Mosul",
        "Ramadi",
        "Ḩadīthah",
    ]


def test_a_province_told_before_its_place_is_no_second_event() -> None:
    """ "استمرت الاشتباكات في محافظة تعز" then the fighting in one of its quarters: one clash, at the quarter."""
    events = _reported(
        "استمرت الاشتباكات أمس في محافظة تعز. "
        "وفي تعز سقط عدد من القتلى من الطرفين في معارك عنيفة في منطقة الضباب بين المقاومة والحوثيين."
    )
    assert [(e.sub_event_type, e.location.geo_precision) for e in events if e.location] == [
        ("Armed clash", 1)
    ]


def test_split_the_other_strikes_took_place_near_a_list() -> None:
    """ "وجرت الضربات الأخرى قرب كركوك والفلوجة وتلعفر": the strikes of the statement told before, one per town."""
    events = _reported(
        "قال التحالف الذي تقوده الولايات المتحدة إنه شن 16 غارة في العراق يوم السبت قرب الموصل. "
        "وجرت الضربات الأخرى قرب كركوك والفلوجة وتلعفر."
    )
    assert [e.location.name for e in events if e.location] == ["Mosul", "Kirkuk", "Al Fallūjah", "Tall ‘Afar"]
    assert [e.actor1.name if e.actor1 else None for e in events] == ["US-led Coalition"] * 4
