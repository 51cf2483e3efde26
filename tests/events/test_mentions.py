"""Trigger mentions and their vetoes on real newswire phrasing (Docs built by hand, no other stage run)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.doc import Doc
from rasd.events.lexicon import event_lexicon
from rasd.events.mentions import find_mentions


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Doc(id="t", text=text, published=dt.date(2022, 1, 24))
    ms, _ = find_mentions(doc)
    return [(m.sense.role, m.veto) for m in ms]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("اقتحم مسلحون مجهولون مركزا للشرطة في الموصل.", "attack"),
        ("قتل خمسة جنود في هجوم على حاجز عسكري.", "kill"),
        ("انفجرت عبوة ناسفة بدورية للجيش قرب تكريت.", "ied"),
        ("شنت طائرات التحالف غارات جوية على مواقع التنظيم.", "airstrike"),
        ("فجر انتحاري نفسه في سوق شعبي ببغداد.", "suicide"),
        ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين.", "clash"),
        ("اختطف مسلحون ثلاثة مهندسين أتراك.", "abduct"),
        ("تظاهر المئات أمام مبنى المحافظة.", "protest"),
        ("اعتقلت قوات الأمن عشرة مشتبه بهم.", "arrest"),
        ("سقطت قذائف هاون على حي سكني في دمشق.", "shelling"),
        ("وقتلوا حارسًا و 11 جنديًا بالرصاص أثناء نومهم.", "kill"),
    ],
)
def test_mentions_find_trigger(text: str, role: str) -> None:
    found = _mentions(text)
    assert any(r == role and v is None for r, v in found), found


@pytest.mark.parametrize(
    ("text", "veto"),
    [
        ("نفى الجيش قصف المدنيين في المدينة.", "negation"),
        ("لم يقتل أحد في الحادث.", "negation"),
        ("يعتزم التنظيم مهاجمة المدينة.", "plan"),
        ("هدد التنظيم باغتيال المسؤولين.", "plan"),
        ("توقع رئيس الإقليم تحرير بقية مناطق سنجار قريبا.", "speculation"),
        ("ومن المقرر أن تنطلق معركة تحرير الفلوجة خلال أيام.", "plan"),
        ("هل قتل الجنود في الهجوم؟", "question"),
        ("وبعد الهجوم على السجن عقد اجتماع.", "reference"),
        ("اغتيالها هشم هذه الآمال.", "reference"),
        ("يجري التحقيق فيما إذا كان الانفجاران متعمدين.", "reference"),
        ("يحاكم 16 متهما بتهمة قتل زملائهم.", "reference"),
        ("توفي شاب في حادث مروري وأصيب ثلاثة آخرون.", "non_conflict"),
        ("قال مسؤول إن طائرة خرجت عن مدرج مطار بغرب البلاد مما أدى إلى إصابة ثلاثة أشخاص.", "non_conflict"),
        ("يشارك الطلاب في تظاهرة علمية ضخمة في بروكسل.", "non_conflict"),
    ],
)
def test_mentions_veto_non_events(text: str, veto: str) -> None:
    found = _mentions(text)
    assert found, "expected a trigger to be found (and vetoed)"
    assert all(v is not None for _, v in found), found
    assert any(v == veto for _, v in found), found


def test_mentions_not_negation_for_still() -> None:
    found = _mentions("لا تزال الاشتباكات مستمرة في المدينة.")
    assert any(r == "clash" and v is None for r, v in found), found


def test_mentions_needs_nearby_word() -> None:
    assert not _mentions("قامت الشركة بعملية تجميل للمبنى.")
    assert any(r == "attack" for r, _ in _mentions("نفذ التنظيم عملية انغماسية في المدينة."))


def test_mentions_heading_is_not_an_event() -> None:
    assert _mentions("العنوان\n\nهجوم العراق\n\nنص الخبر هنا.") == []


def test_lexicon_every_phrase_loads() -> None:
    lex = event_lexicon()
    assert "قتل" in lex.triggers
    assert {"negation", "plan", "reference", "habitual", "reporting"} <= set(lex.windows)


@pytest.mark.parametrize(
    "text",
    [
        "قال الفريق الركن عبد الوهاب الساعدي إن القوات العراقية قتلت 20 مسلحا أمس",  # a general, not a team
        "انتشلت فرق الدفاع المدني جثث 12 مدنيا قتلوا في غارة جوية على مدينة دوما أمس",  # rescuers after a strike
    ],
)
def test_mentions_conflict_words_beside_non_conflict_looking_ones(text: str) -> None:
    found = _mentions(text)
    assert ("kill", None) in found and all(v is None for _, v in found), found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("وأعلن الجيش أن القوات أوقفت إطلاق النار في المنطقة أمس", "agreement"),  # a ceasefire, not an arrest
        ("أوقفت الشرطة ثلاثة أشخاص في بغداد أمس", "arrest"),
    ],
)
def test_mentions_stopped_firing_is_not_an_arrest(text: str, role: str) -> None:
    assert [r for r, v in _mentions(text) if v is None] == [role]


def test_mentions_negatively_is_not_looting() -> None:
    """بالسلب ('negatively') is not السلب ('robbery')."""
    assert all(r != "looting" for r, _ in _mentions("وانعكست الأزمة بالسلب على الحكومة"))
