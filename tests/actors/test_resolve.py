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
        "قاتل العراقيون الاحتلال الأمريكي بعد 2003 في الفلوجة",  # الاحتلال is Israel's army only in its context
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
        ("اقتحمت قوات الاحتلال المسجد الأقصى واعتقلت شابين فلسطينيين", "قوات الاحتلال", "military-il"),
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


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("أسفر الهجوم في نيروبي عن مقتل 67 شخصا على الأقل", "شخصا", "civilians-ke"),
        ("قتل عدة أشخاص في هجوم على فندق في باماكو", "أشخاص", "civilians-ml"),
        ("احتجز مسلحون رهائن في فندق في باماكو", "رهائن", "civilians-ml"),
        ("أعدم تنظيم داعش اثنين من الرهائن في الرقة", "الرهائن", "civilians-sy"),
        ("لا يزال مصير المختطفات الإيزيديات مجهولا في سنجار", "المختطفات", "civilians-iq"),
        ("خطف التنظيم عشرات المسيحيين من القريتين في حمص", "المسيحيين", "civilians-sy"),
        ("أعلنت المقاومة الشعبية مقتل 42 حوثيا في تعز", "حوثيا", "houthis"),
    ],
)
def test_resolve_victims_hostages_and_counted_people(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id, True) in _actors(text) or (surface, actor_id, False) in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "التقى الوزير أشخاصا من المجتمع المدني في تعز",  # no number: not a victim count
        "قتل أربعة أشخاص من عناصر الشرطة في الأنبار",  # من names who they were
        "قال مصدر عسكري في تعز إن الوضع هادئ",  # عسكري after a noun is its adjective
        "قدم دعما عسكريا للحكومة في عدن",
    ],
)
def test_resolve_counted_and_adjectival_words_need_their_context(text: str) -> None:
    found = _actors(text)
    assert not [a for _, a, _ in found if a.startswith(("civilians", "military"))]


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين في ديار بكر", "عسكريين تركيين", "military-tr"),
        ("نشرت كتيبة من 300 عسكري في قاعدة انجرليك في تركيا", "عسكري", "military-tr"),
        ("انتشرت قوات النخبة السعودية في مطار عدن", "قوات النخبة السعودية", "military-sa"),
        ("وأعلنت وزارة الداخلية في الرياض القبض على خلية", "وزارة الداخلية", "police-sa"),
        ("أعلنت وزارة الداخلية الإسبانية توقيف رجل في مدريد", "وزارة الداخلية الإسبانية", "police-es"),
        ("اعتقل مكتب التحقيقات الفيدرالي رجلا في كنتاكي", "مكتب التحقيقات الفيدرالي", "police-us"),
    ],
)
def test_resolve_state_forces_new_forms(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id, True) in _actors(text) or (surface, actor_id, False) in _actors(text)


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("قصفت قوات النظام بلدات في درعا بعد هجوم شنته المعارضة على مواقعه في درعا", "المعارضة", "fsa"),
        ("وحشد النظام مدعوما بميليشيات حزب الله قواته على أطراف الزبداني في سوريا", "النظام", "military-sy"),
        ("تحاصر أطراف المعارضة السورية قريتي الفوعة وكفريا في إدلب", "أطراف المعارضة", "fsa"),
        (
            "وقال الوزير التركي إن بلاده ستعمل مع واشنطن على تدريب المعارضة المعتدلة. وتقع حلب في سوريا",
            "المعارضة المعتدلة",
            "fsa",
        ),
        ("وقعت قبيلتا التبو والطوارق الليبيتين في سبها اتفاقا لوقف إطلاق النار", "التبو", "tebu-ly"),
        ("وقعت قبيلتا التبو والطوارق الليبيتين في سبها اتفاقا لوقف إطلاق النار", "والطوارق", "tuareg-ly"),
        (
            "اعتقلت الشرطة التركية عناصر من داعش وجبهة حزب التحرير الشعبي الثوري",
            "وجبهة حزب التحرير الشعبي الثوري",
            "dhkp-c",
        ),
        (
            "تدور اشتباكات بين تنظيم القاعدة في بلاد الشام وفصائل مقاتلة في حلب",
            "تنظيم القاعدة في بلاد الشام",
            "nusra",
        ),
        ("سيطر الحوثيون على عدن. وقصفت طائرات حربية عربية الجماعة المتحالفة مع إيران", "الجماعة", "houthis"),
    ],
)
def test_resolve_syria_groups_and_missing_actors(text: str, surface: str, actor_id: str) -> None:
    assert surface in {s for s, a, _ in _actors(text) if a == actor_id}


@pytest.mark.parametrize(
    "text",
    [
        "يحترم النظام الدولي سيادة سوريا",  # a definite word after النظام names another body
        "فازت المعارضة التركية بمقاعد في البرلمان في أنقرة",  # a Turkish opposition is no Syrian rebel
    ],
)
def test_resolve_closed_phrases_are_not_the_syrian_actors(text: str) -> None:
    assert not {a for _, a, _ in _actors(text)} & {"fsa", "military-sy"}


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("قتل شرطيان في هجوم على مقر في أضنة جنوب تركيا", "شرطيان", "police-tr"),
        ("أعلن الجيش المصري مقتل 88 إرهابيا في سيناء", "إرهابيا", "unidentified-eg"),
        ("وصلت طائرة عسكرية سعودية إلى مطار عدن", "طائرة عسكرية سعودية", "military-sa"),
        (
            "شن الطيران غارات على مقرات قوات الحرس الجمهوري التابع للمخلوع صالح في صنعاء",
            "قوات الحرس الجمهوري",
            "saleh-forces",
        ),
    ],
)
def test_resolve_police_nouns_counted_militants_and_aircraft(text: str, surface: str, actor_id: str) -> None:
    assert surface in {s for s, a, _ in _actors(text) if a == actor_id}


def test_resolve_adjectival_terrorist_is_no_militant() -> None:
    assert _actors("وعد الوزير ذلك عدوانا إرهابيا ظالما على المصلين في أبها") == [
        ("المصلين", "civilians-sa", True)
    ]
