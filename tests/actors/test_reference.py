"""In-article reference (rasd.actors.reference, through find_actors): possessive member nouns and head nouns."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.actors.resolve import find_actors
from rasd.doc import Doc, EntityMention


def _actors(text: str, entities: list[EntityMention] | None = None) -> list[tuple[str, str]]:
    doc = Doc(id="t", text=text, published=dt.date(2015, 8, 1))
    doc.entities = entities or []
    doc = find_actors(doc)
    for a in doc.actors:
        assert doc.text[a.start : a.end] == a.text
    return [(a.text, a.actor_id) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("أعلنت القوات المسلحة الإماراتية عن استشهاد أحد عناصرها في اليمن", "عناصرها", "military-ae"),
        ("وقال إن تنظيم داعش يفقد الأرض لكن عناصره ما زالوا في الموصل", "عناصره", "isis"),
        ("أعلن التحالف الدولي من واشنطن أن قواته ضربت أهدافا لداعش في العراق", "قواته", "us-coalition"),
        ("أصدر زعيم الحوثيين أوامر لمسلحيه بالانسحاب من عدن", "لمسلحيه", "houthis"),
        ("لم يكن متوقعا أن تحرك تركيا قواتها باتجاه الحدود", "قواتها", "military-tr"),
    ],
)
def test_reference_possessive_takes_its_antecedent(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id) in _actors(text)


def test_reference_possessive_force_noun_after_a_person_is_the_article_army() -> None:
    text = "اعترف الرئيس السوري بشار الأسد في خطاب في دمشق بأن قواته تواجه هزائم أمام داعش"
    person = EntityMention(text.index("بشار"), text.index("بشار") + len("بشار الأسد"), "بشار الأسد", "PER")
    assert ("قواته", "military-sy") in _actors(text, [person])


def test_reference_possessive_member_noun_without_antecedent_is_left_alone() -> None:
    assert _actors("قال المتحدث إن عناصره لن يتراجعوا") == []


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("هاجمت جبهة النصرة مقرا في ريف حلب. وقالت الجبهة في بيان إنها سيطرت عليه", "الجبهة", "nusra"),
        ("قصف الجيش التركي مواقع حزب العمال الكردستاني. وقال الحزب إن الغارات قتلت مدنيين", "الحزب", "pkk"),
        ("هاجمت جبهة النصرة الفرقة 30 في اعزاز وخطفت عناصر من الفرقة بينهم قائدها", "الفرقة", "division-30"),
    ],
)
def test_reference_head_noun_points_back_to_the_named_actor(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id) in _actors(text)


def test_reference_head_noun_followed_by_a_definite_word_names_something_else() -> None:
    found = _actors("قتل عناصر من حركة الشباب في مقديشو. وتأثرت الحركة التجارية في المدينة")
    assert [s for s, _ in found if "الحركة" in s] == []


def test_reference_head_noun_with_a_descriptive_participle_still_refers_back() -> None:
    text = (
        "قصف الطيران التركي مواقع حزب العمال الكردستاني في العراق. وقال الحزب المحظور إن الغارات قتلت مدنيين"
    )
    assert ("الحزب", "pkk") in _actors(text)
