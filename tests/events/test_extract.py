"""From linked incidents to events: which incidents become events."""

from __future__ import annotations

import rasd


def _reported(text: str) -> list[rasd.Event]:
    return [e for e in rasd.extract(text, published="2015-08-06").events if e.status == "reported"]


def test_extract_incident_dated_after_publication_is_a_forecast_not_an_event() -> None:
    assert not _reported("وقال القائد إن الأيام القليلة القادمة ستشهد تحرير مدينة الرمادي من داعش")
    assert _reported("وقال القائد إن قواته حررت مدينة الرمادي من داعش أمس")


def test_extract_protest_the_model_is_sure_of_needs_no_other_anchor() -> None:
    (ev,) = _reported("تظاهر أهالي العسكريين المختطفين في شوارع العاصمة بيروت مطالبين بالإفراج عنهم")
    assert ev.event_type == "Protests"
