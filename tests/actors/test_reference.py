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
        # the head after a member noun: مسلحو حزب الله
        ("يحاول مسلحو حزب الله اقتحام الزبداني. وتهدف الهدنة إلى وقف هجوم الحزب عليها", "الحزب", "hezbollah"),
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


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        # ها cannot point to the masculine حزب: the owner is the country before it
        (
            "فتحت تركيا جبهة ضد حزب العمال الكردستاني الذي تتهمه بالضلوع في هجمات استهدفت قواتها",
            "قواتها",
            "military-tr",
        ),
        # ه cannot point to the feminine القوات: the owner is the group before them
        ("هاجم تنظيم داعش القوات العراقية في الرمادي وقتل عناصره عشرة جنود", "عناصره", "isis"),
    ],
)
def test_reference_possessive_pronoun_agrees_with_its_owner(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id) in _actors(text)


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        (
            "قالت وزارة الداخلية الكويتية إنها ضبطت خلية. وأكدت الوزارة أنها لن تتهاون مع الإرهاب",
            "الوزارة",
            "police-kw",
        ),
        (
            "قتل مسلحو بوكو حرام عشرات في نيجيريا. وتنتشر قوة إقليمية لقتال المجموعة التي أعلنت ولاءها لداعش",
            "المجموعة",
            "boko-haram",
        ),
    ],
)
def test_reference_ministry_and_group_point_back(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id) in _actors(text)


def test_reference_group_without_a_named_group_is_left_alone() -> None:
    assert _actors("فازت المجموعة بعقد لبناء الطريق في الرياض") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("طالبت الأمم المتحدة بالتزام الحوثيين وحلفائهم بالهدنة في اليمن", "وحلفائهم"),
        ("وتبادلت جماعة الحوثي وحلفاؤها في الجيش إطلاق النار في عدن", "وحلفاؤها"),
    ],
)
def test_reference_allies_of_the_owner_are_its_registry_ally(text: str, surface: str) -> None:
    assert (surface, "saleh-forces") in _actors(text)


def test_reference_allies_of_an_owner_without_ally_are_left_alone() -> None:
    found = _actors("هاجم تنظيم داعش مواقع في الرقة وحلفاؤه يراقبون")
    assert [s for s, _ in found if "حلفاؤه" in s] == []
