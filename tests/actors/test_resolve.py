"""Actor resolution on hand-built Docs: named aliases, clitics, generic mentions resolved from context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.actors.resolve import find_actors, link_entities
from rasd.doc import Doc, EntityMention, PlaceMention

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "iraq-prepares-2022-01-24.txt"


def _actors(text: str) -> list[tuple[str, str, bool]]:
    doc = find_actors(Doc(id="t", text=text, published=dt.date(2015, 8, 1)))
    for a in doc.actors:
        assert doc.text[a.start : a.end] == a.text
    return [(a.text, a.actor_id, a.generic) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("وقال إن لداعش خلايا نائمة", "لداعش", "isis"),
        ("هاجم مسلحو داعش ثكنة للجيش", "مسلحو داعش", "isis"),
        ("أعلن تنظيم الدولة الإسلامية مسؤوليته", "تنظيم الدولة الإسلامية", "isis"),
        ("تبنت ولاية سيناء الهجوم", "ولاية سيناء", "isis-sinai"),
        ("سيطرت قسد على القرية", "قسد", "sdf"),
        ("قصفت ميليشيات الحوثي الأحياء السكنية", "ميليشيات الحوثي", "houthis"),
        ("تقدمت قوات الحشد الشعبي نحو بيجي", "قوات الحشد الشعبي", "pmf"),
        ("قتل ثلاثة من عناصر حركة الشباب في مقديشو", "عناصر حركة الشباب", "al-shabaab"),
        ("هاجمت جماعة بوكو حرام قرية في بورنو", "جماعة بوكو حرام", "boko-haram"),
        ("اشتبكت قوات حفتر مع مسلحين في بنغازي", "قوات حفتر", "lna"),
        ("قصفت طائرات التحالف العربي مواقع في صعدة", "طائرات التحالف العربي", "saudi-coalition"),
        ("أطلقت حركة حماس صواريخ", "حركة حماس", "hamas"),
    ],
)
def test_resolve_named_aliases(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id, False) in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "استقبلوا الضيوف بحماس كبير",
        "تحدث عن الحماسة لدى الشباب",
        "هبطت الطائرة في القاعدة الجوية",
        "اجتمع مجلس الأمن الدولي",
    ],
)
def test_resolve_ambiguous_words_are_not_actors(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("قتل خمسة جنود في هجوم على ثكنة للجيش في الأنبار غرب العراق", "للجيش", "military-iq"),
        ("انتشرت قوات الشرطة المصرية في المدينة", "قوات الشرطة المصرية", "police-eg"),
        ("اعتقلت الشرطة ثلاثة أشخاص في بغداد", "الشرطة", "police-iq"),
        ("قتل مسلحون مجهولون مدرسا في الموصل", "مسلحون مجهولون", "unidentified-iq"),
        ("قتل مسلحون مجهولون مدرسا في الموصل", "مسلحون", "unidentified-iq"),
        ("سقط ثلاثة مدنيين في قصف على تعز اليمنية", "مدنيين", "civilians-ye"),
        ("فرقت قوات الأمن المتظاهرين في القاهرة", "المتظاهرين", "protesters-eg"),
        ("شن الطيران الحربي غارات على صنعاء", "الطيران الحربي", "saudi-coalition"),
        ("قصف طيران التحالف مواقع في صعدة اليمنية", "طيران التحالف", "saudi-coalition"),
        ("قصف طيران التحالف مواقع في الرقة السورية", "طيران التحالف", "us-coalition"),
        ("أعدم التنظيم عشرات من جنود القوات السورية النظامية في تدمر", "القوات السورية", "military-sy"),
    ],
)
def test_resolve_generic_from_context(text: str, surface: str, actor_id: str) -> None:
    found = _actors(text)
    assert any(s.startswith(surface) and a == actor_id and g for s, a, g in found), found


def test_resolve_gunmen_refer_back_to_the_named_group() -> None:
    text = "هاجم تنظيم داعش سجنا في الحسكة. وقال شاهد إن المسلحين احتجزوا رهائن."
    assert ("المسلحين", "isis", True) in _actors(text)


def test_resolve_gunmen_without_group_are_unidentified() -> None:
    text = "قال شاهد إن المسلحين فروا من مدينة الموصل العراقية بعد الهجوم"
    assert ("المسلحين", "unidentified-iq", True) in _actors(text)


def test_resolve_foreign_state_forces_are_external() -> None:
    doc = find_actors(Doc(id="t", text="قصفت القوات السعودية مواقع الحوثيين في صعدة اليمنية"))
    saudi = next(a for a in doc.actors if a.actor_id == "military-sa")
    assert saudi.inter == 8


def test_resolve_uses_places_from_the_gazetteer() -> None:
    doc = Doc(id="t", text="اعتقلت الشرطة ثلاثة أشخاص في كيدال")
    s = doc.text.index("كيدال")
    doc.places = [PlaceMention(s, s + 5, "كيدال", "Kidal", "Mali", "ML", 18.4, 1.4, 1, "exact", "city")]
    assert [a.actor_id for a in find_actors(doc).actors] == ["police-ml"]


def test_resolve_golden_article() -> None:
    found = _actors(SAMPLE.read_text("utf-8"))
    by_text = {s: a for s, a, _ in found}
    assert by_text["تنظيم داعش"] == by_text["لداعش"] == by_text["مسلحو داعش"] == "isis"
    assert by_text["جهاز مكافحة الإرهاب بالعراق"] == "cts-iq"
    assert by_text["تحالف دولي بقيادة الولايات المتحدة"] == "us-coalition"
    assert by_text["التحالف الذي تقوده الولايات المتحدة"] == "us-coalition"
    assert any(s.endswith("قوات الأمن التي يقودها الأكراد") and a == "sdf" for s, a, _ in found)
    assert ("المسلحين", "isis", True) in found and ("المسلحون", "isis", True) in found


def test_link_entities_resolves_known_org_and_leaves_unknown() -> None:
    text = "زار وفد من منظمة الصحة العالمية المدينة"
    doc = Doc(id="t", text=text)
    s = text.index("منظمة")
    doc.entities = [EntityMention(s, s + len("منظمة الصحة العالمية"), "منظمة الصحة العالمية", "ORG")]
    assert link_entities(find_actors(doc)).actors == []


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("قتل خمسة جنود في هجوم على نقطة تفتيش قرب بنغازي", "جنود", "military-ly"),
        ("قتل جنديان في انفجار عبوة ناسفة في الرمادي", "جنديان", "military-iq"),
        ("شنت مقاتلات تركية ضربات جوية على مواقع في سوريا", "مقاتلات", "military-tr"),
        ("اعتقلت فرق الأمن التركية عشرة أشخاص في اسطنبول", "فرق الأمن التركية", "police-tr"),
        ("وأعلن الجيش الأوكراني أن الجيش صد هجوما", "الجيش الأوكراني", "military-ua"),
        (
            "اقتحمت القوات العسكرية الموالية للرئيس السابق علي عبد الله صالح مدينة تعز",
            "القوات العسكرية",
            "saleh-forces",
        ),
    ],
)
def test_resolve_soldiers_aircraft_and_loyalty(text: str, surface: str, actor_id: str) -> None:
    found = _actors(text)
    assert any(s.startswith(surface) and a == actor_id for s, a, _ in found), found


def test_resolve_bare_army_refers_back_to_the_named_army() -> None:
    text = "قصف الجيش التركي مواقع للمسلحين. وقال الجيش في بيان إن العملية مستمرة."
    found = _actors(text)
    assert [a for s, a, _ in found if s == "الجيش"] == ["military-tr"], found


@pytest.mark.parametrize(
    "text",
    [
        "وتعتبر القاعدة موقعا استراتيجيا بعد السيطرة على قاعدة العند",
        "اجتمع القادة العسكريين في الرياض",
        "طالب الاتحاد الدولي للصحفيين بالإفراج عنه",
        "أعلن التنظيم الوحدوي الشعبي الناصري موقفه",
        "ينعم الوطن والمواطن بالأمن",
    ],
)
def test_resolve_common_nouns_and_adjectives_are_not_actors(text: str) -> None:
    assert _actors(text) == []


def test_resolve_al_qaeda_stays_when_named_in_full() -> None:
    text = "أعلن تنظيم القاعدة مسؤوليته عن الهجوم على قاعدة عسكرية، وقالت القاعدة إنها ستواصل"
    assert [a for _, a, _ in _actors(text)] == ["al-qaeda", "al-qaeda"]
