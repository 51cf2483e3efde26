"""Numbers: digits and words, compounds, ranges, vague quantities, hedges; people counted after triggers."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import Doc, NumberMention
from rasd.text.normalise import normalise_str
from rasd.text.numbers import find_numbers, lexicon, self_count
from rasd.text.people import count_people
from rasd.text.segment import tokenize

PUB = datetime.date(2022, 1, 24)


def numbers(text: str) -> list[NumberMention]:
    doc = find_numbers(Doc(id="t", text=text, published=PUB))
    for n in doc.numbers:
        assert doc.text[n.start : n.end] == n.text
    assert [n.start for n in doc.numbers] == sorted(n.start for n in doc.numbers)
    return doc.numbers


def people(text: str, trigger: str) -> NumberMention | None:
    doc = Doc(id="t", text=text, published=PUB)
    at = text.index(trigger) + len(trigger)
    first = next(i for i, t in enumerate(doc.tokens) if t.start >= at)
    n = count_people(doc, first, len(doc.tokens))
    if n is not None:
        assert doc.text[n.start : n.end] == n.text
    return n


# (sentence, [(span text, value, vague, high), ...])
CASES = [
    # digits of every script, separators, clitics and units glued on
    ("وقتلوا حارسًا و 11 جنديًا بالرصاص", [("11", 11, False, None)]),
    ("قتل ١٢ مدنيا في القصف", [("١٢", 12, False, None)]),
    ("نزح ۱۵ ألف شخص", [("۱۵ ألف", 15000, False, None)]),
    ("بلغ عدد اللاجئين ١٬٢٠٠ لاجئ", [("١٬٢٠٠", 1200, False, None)]),
    ("أحصت المنظمة 1,200 قتيل و1.500 جريح", [("1,200", 1200, False, None), ("1.500", 1500, False, None)]),
    ("سقطت القذيفة على بعد 2.5 كم", [("2.5", 2, False, None)]),
    ("قتل 3 وأصيب و11 آخرون", [("3", 3, False, None), ("11", 11, False, None)]),
    ("تقدمت القوات بـ20 كم نحو المدينة", [("20", 20, False, None)]),
    # number words, both genders, hamza forms, clitics
    ("قتل ثلاثة جنود وأصيبت ثلاث نساء", [("ثلاثة", 3, False, None), ("ثلاث", 3, False, None)]),
    ("أصيب اثنان من المارة", [("اثنان", 2, False, None)]),
    ("اعتقلت الشرطة اثنتين من المشتبه بهن", [("اثنتين", 2, False, None)]),
    ("قتل أحد عشر جنديا", [("أحد عشر", 11, False, None)]),
    ("قتلت إحدى عشرة امرأة", [("إحدى عشرة", 11, False, None)]),
    ("خطف اثنا عشر صيادا", [("اثنا عشر", 12, False, None)]),
    ("أفرج عن اثني عشر معتقلا", [("اثني عشر", 12, False, None)]),
    ("قتل ثلاثة عشر شخصا", [("ثلاثة عشر", 13, False, None)]),
    ("أصيب عشرون شخصا", [("عشرون", 20, False, None)]),
    ("وصل تسعين مهاجرا وبخمسين آخرين", [("تسعين", 90, False, None), ("خمسين", 50, False, None)]),
    ("قتل الجنود الثلاثة", [("الثلاثة", 3, False, None)]),
    # compounds
    ("نفذ المسلحون ثلاثمائة واثنين وأربعين هجوما", [("ثلاثمائة واثنين وأربعين", 342, False, None)]),
    ("قتل خمسة وعشرون مدنيا", [("خمسة وعشرون", 25, False, None)]),
    ("بلغ عدد القتلى ألف ومئتين", [("ألف ومئتين", 1200, False, None)]),
    ("قتل مئة وعشرة أشخاص", [("مئة وعشرة", 110, False, None)]),
    ("اعتقل ثلاث مئة شخص", [("ثلاث مئة", 300, False, None)]),
    ("نزح عشرين ألفا", [("عشرين ألفا", 20000, False, None)]),
    ("فر مليون وخمسمائة ألف لاجئ", [("مليون وخمسمائة ألف", 1500000, False, None)]),
    ("تضرر مئتان وخمسون منزلا", [("مئتان وخمسون", 250, False, None)]),
    ("نزح 3 آلاف شخص", [("3 آلاف", 3000, False, None)]),
    ("بلغت الخسائر 2.5 مليون دولار", [("2.5 مليون", 2500000, False, None)]),
    ("نزح ثلاثة آلاف شخص", [("ثلاثة آلاف", 3000, False, None)]),
    # years are plain numbers, never scaled or ranged
    ("خسر التنظيم آخر أراضيه في عام 2019", [("2019", 2019, False, None)]),
    (
        "خلال عامي 2019 و2020 قتل المئات",
        [("2019", 2019, False, None), ("2020", 2020, False, None), ("المئات", 100, True, None)],
    ),
    ("في الفترة من عام 2014 إلى 2017", [("2014", 2014, False, None), ("2017", 2017, False, None)]),
    # ranges
    ("ينفذها ما بين 7 و 10 مسلحين", [("ما بين 7 و 10", 7, False, 10)]),
    ("قتل بين 7 و10 أشخاص", [("بين 7 و10", 7, False, 10)]),
    ("أصيب من 5 إلى 8 أشخاص", [("من 5 إلى 8", 5, False, 8)]),
    ("شارك 7-10 مسلحين", [("7-10", 7, False, 10)]),
    ("قتل 7 أو 8 أشخاص", [("7 أو 8", 7, False, 8)]),
    ("قتل بين خمسة وعشرة مدنيين", [("بين خمسة وعشرة", 5, False, 10)]),
    ("يقدر عددهم بين 2 و3 ملايين", [("بين 2 و3 ملايين", 2000000, False, 3000000)]),
    (
        "وقع الهجوم في 24-1-2022",
        [("24", 24, False, None), ("1", 1, False, None), ("2022", 2022, False, None)],
    ),
    # vague quantities (ACLED: tens/several = 10, hundreds = 100, thousands = 1000)
    ("قتل عشرات المدنيين", [("عشرات", 10, True, None)]),
    ("أصيب العشرات بجروح", [("العشرات", 10, True, None)]),
    ("اعتقل بضعة أشخاص", [("بضعة", 10, True, None)]),
    ("قتل عدة جنود", [("عدة", 10, True, None)]),
    ("أصيب عدد من المدنيين", [("عدد من", 10, True, None)]),
    ("خرج المئات إلى الشوارع", [("المئات", 100, True, None)]),
    ("نزح آلاف السكان", [("آلاف", 1000, True, None)]),
    ("نزح عشرات الآلاف", [("عشرات الآلاف", 10000, True, None)]),
    # hedges are kept in the span, the value is the figure given
    ("نفذ المسلحون نحو 342 عملية", [("نحو 342", 342, False, None)]),
    ("قتل أكثر من 20 شخصا", [("أكثر من 20", 20, False, None)]),
    ("قتل حوالي ثلاثين شخصا", [("حوالي ثلاثين", 30, False, None)]),
    ("أصيب ما لا يقل عن 15 شخصا", [("ما لا يقل عن 15", 15, False, None)]),
    ("قتل 20 شخصا على الأقل", [("20", 20, False, None)]),  # the hedge is not next to the number
    ("قتل ما يقارب 500 مسلح", [("ما يقارب 500", 500, False, None)]),
    # not counts
    ("ارتفعت البطالة إلى 30% هذا العام", []),
    ("شارك 40 في المئة من الناخبين", []),
    ("في الذكرى الـ20 للهجوم", []),
    ("لست أدري ماذا حدث بعده", []),
    ("اجتمعوا يوم الاثنين في القرن العشرين", []),
    ("اتفاق ثلاثي بين الأطراف", []),
    ("أرسلت كميات من الذخيرة", []),
    ("أعدم التنظيم أكثر من ألفي شخص", [("أكثر من ألفي", 2000, False, None)]),  # a dual in construct
    # a fraction of a scale
    ("أودت الحرب بحياة ربع مليون شخص", [("ربع مليون", 250000, False, None)]),
    ("قتل نصف مليون شخص", [("نصف مليون", 500000, False, None)]),
    ("قتل 5 أشخاص في نصف ساعة", [("5", 5, False, None)]),
    # a rise from one figure to another is the new figure, not a range (ACLED's range keeps the lower bound)
    ("ارتفعت حصيلة الهجوم من 31 إلى 32 قتيلا", [("من 31 إلى 32", 32, False, None)]),
    ("ارتفع عدد قتلى التفجير في بغداد من 10 إلى 15", [("من 10 إلى 15", 15, False, None)]),
    ("قتل من 10 إلى 15 شخصا", [("من 10 إلى 15", 10, False, 15)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbers_find(text: str, expected: list[tuple[str, int, bool, int | None]]) -> None:
    assert [(n.text, n.value, n.vague, n.high) for n in numbers(text)] == expected


def test_numbers_hedge_after() -> None:
    (n,) = numbers("قتل 20 على الأقل")
    assert (n.text, n.value) == ("20 على الأقل", 20)


def test_numbers_offsets_through_deleted_marks() -> None:
    text = "قُتِلَ ثَلاثَةُ جُنودٍ و١١ مَدَنِيًّا"
    ns = numbers(text)
    assert [(n.text, n.value) for n in ns] == [("ثَلاثَةُ", 3), ("١١", 11)]


def test_numbers_fills_doc_and_returns_it() -> None:
    doc = Doc(id="t", text="قتل 5 أشخاص")
    assert find_numbers(doc) is doc
    assert [n.value for n in doc.numbers] == [5]


# (sentence, trigger, (span text, value, vague, high) or None)
PEOPLE = [
    ("بعد أن تمكن من قتل خاله العقيد راشد", "قتل", ("العقيد", 1, False, None)),  # a rank counts one
    ("وقتلوا حارسًا و 11 جنديًا بالرصاص أثناء نومهم", "وقتلوا", ("حارسًا و 11 جنديًا", 12, False, None)),
    ("أسفر الهجوم عن مقتل جنديين", "مقتل", ("جنديين", 2, False, None)),
    ("قتل ثلاثة مدنيين وطفلا في القصف", "قتل", ("ثلاثة مدنيين وطفلا", 4, False, None)),
    ("أسفرت الاشتباكات عن مقتل العشرات", "مقتل", ("العشرات", 10, True, None)),
    ("مقتل 5 أشخاص بينهم طفلان", "مقتل", ("5 أشخاص", 5, False, None)),
    ("أسفر القصف عن سقوط قتيلين", "سقوط", ("قتيلين", 2, False, None)),
    ("أسفر الانفجار عن سقوط 11 قتيلا و20 جريحا", "سقوط", ("11 قتيلا", 11, False, None)),
    ("قتل جنديا وأصيب 3 مدنيين", "قتل", ("جنديا", 1, False, None)),
    ("مقتل ما بين 7 و 10 مسلحين", "مقتل", ("ما بين 7 و 10 مسلحين", 7, False, 10)),
    ("مقتل عشرات المدنيين في غارة", "مقتل", ("عشرات المدنيين", 10, True, None)),
    ("أعلنت الشرطة مقتل شخص", "مقتل", ("شخص", 1, False, None)),
    ("قتل في الهجوم 5 أشخاص", "قتل", ("5 أشخاص", 5, False, None)),
    ("اختطاف ثلاثة من الجنود", "اختطاف", ("ثلاثة من الجنود", 3, False, None)),
    ("مقتل جنديين اثنين وطفل", "مقتل", ("جنديين اثنين وطفل", 3, False, None)),
    ("مقتل نحو 20 شخصا", "مقتل", ("نحو 20 شخصا", 20, False, None)),
    ("إصابة امرأتين وطفلين بجروح", "إصابة", ("امرأتين وطفلين", 4, False, None)),
    ("مقتل ضابط وثلاثة جنود", "مقتل", ("ضابط وثلاثة جنود", 4, False, None)),
    ("اختطاف ١٢ مواطنا على الطريق", "اختطاف", ("١٢ مواطنا", 12, False, None)),
    ("مقتل 4 مدنيين، بينهم طفل وسيدتان", "مقتل", ("4 مدنيين", 4, False, None)),
    ("قتل 24 إرهابيا وجرح إرهابي واحد", "قتل", ("24 إرهابيا", 24, False, None)),
    # a comma then و and a figure goes on counting (it stopped at the comma until 2026-12-06)
    ("مقتل 3 جنود، و5 مدنيين", "مقتل", ("3 جنود، و5 مدنيين", 8, False, None)),
    ("مقتل 3 جنود، وخمسة مدنيين", "مقتل", ("3 جنود، وخمسة مدنيين", 8, False, None)),  # a number word
    ("مقتل 3 جنود، وأصيب 5 مدنيين", "مقتل", ("3 جنود", 3, False, None)),  # a verb opens the next clause
    ("مقتل طفلة وامرأة", "مقتل", ("طفلة وامرأة", 2, False, None)),
    ("مقتل أحد عشر جنديا وضابطين", "مقتل", ("أحد عشر جنديا وضابطين", 13, False, None)),
    ("أسفر عن مقتل أحد مسلحي التنظيم", "مقتل", ("أحد مسلحي", 1, False, None)),  # one of
    ("أسفر عن مقتل أحدهما وإصابة الآخر", "مقتل", ("أحدهما", 1, False, None)),  # one of the two told before
    ("ولم يصب أحد بأذى", "يصب", None),  # 'anyone', no person noun after it
    ("أسفرت عن مقتل أحد مقاتليها", "مقتل", ("أحد مقاتليها", 1, False, None)),  # one of its fighters
    ("تسبب بمقتل أحد جنوده", "بمقتل", ("أحد جنوده", 1, False, None)),  # one of his soldiers
    (
        "مقتل عسكريين تركيين اثنين",
        "مقتل",
        ("عسكريين تركيين اثنين", 2, False, None),
    ),  # the number after an adjective
    ("وقتل خلال المواجهات في منطقة التواهي 28 شخصا", "وقتل", ("28 شخصا", 28, False, None)),  # a longer lead
    ("قتل في الرياض في فبراير 2004", "قتل", None),  # a year
    ("توفي متأثرا بإصابته خلال إطلاق النار عند الساعة 02.17", "توفي", None),  # a clock time
    ("أسفرت الغارات عن مقتل 2076 مقاتلا", "مقتل", ("2076 مقاتلا", 2076, False, None)),  # a year-like count
    ("قتل جنود في الهجوم", "قتل", None),
    ("قتلوا وأصيب اثنان آخران", "قتلوا", None),
    ("مقتل وإصابة العشرات", "مقتل", None),
    ("قتل في 8 يوليو قرب سرمدا", "قتل", None),
    ("قتل أطفال دون سن الـ 18", "قتل", None),  # an age, not a count
    ("قتل جندي تركي وآخر من تنظيم داعش", "قتل", ("جندي تركي وآخر", 2, False, None)),  # one more, any side
    ("قتل طفل بعمر 12 عاما", "قتل", ("طفل", 1, False, None)),
    ("قتلوا كما أصيب العشرات", "قتلوا", None),
    (
        "مقتل مواطن فرنسي وضابط أمن بلجيكي وثلاثة من مالي",
        "مقتل",
        ("مواطن فرنسي وضابط أمن بلجيكي وثلاثة", 5, False, None),
    ),
    # و + أحد as written is 'and one of' (not the numeral واحد); a person noun right after a singular describes it
    ("قتل قائد عسكري وأحد العناصر في فيلق الشام", "قتل", ("قائد عسكري وأحد العناصر", 2, False, None)),
    ("قتل جندي وأحد المسلحين", "قتل", ("جندي وأحد المسلحين", 2, False, None)),
    ("قتل جندي واحد في الهجوم", "قتل", ("جندي واحد", 1, False, None)),
    ("أعدم التنظيم محاميا", "أعدم", None),
    (
        "قتلوا في الأشهر الأربعة الأولى من العام",
        "قتلوا",
        None,
    ),  # a span of months, no count of people  # after other words a lone indefinite singular (see test_extract)
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PEOPLE)
def test_numbers_count_people(
    text: str, trigger: str, expected: tuple[str, int, bool, int | None] | None
) -> None:
    n = people(text, trigger)
    assert (n and (n.text, n.value, n.vague, n.high)) == expected


def test_numbers_count_people_stops_at_clause_end() -> None:
    doc = Doc(id="t", text="قتل جنديان. وطفل في بيته")
    n = count_people(doc, 1, len(doc.tokens))
    assert n is not None and n.value == 2


def test_numbers_count_people_empty_range() -> None:
    doc = Doc(id="t", text="قتل")
    assert count_people(doc, 1, 1) is None


def test_numbers_lexicon_loads_normalised() -> None:
    lex = lexicon()
    assert lex.words["ثلاثمايه"].value == 300  # generated from hundred_stems, normalised (ة → ه, ئ → ي)
    assert lex.words["اربعين"].value == 40
    assert lex.nouns["جنديين"].count == 2
    assert lex.nouns["مدنيين"].count is None  # sound plural, not a dual
    assert lex.nouns["منتسبي"].count is None and lex.nouns["مسلحو"].count is None  # construct plurals
    assert lex.nouns["قتيلا"].role == "killed"
    assert "بين" in lex.between


_ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى٠١٢٣٤٥٦٧٨٩0123456789 ،-%.,ـ\u064b\u0651"
_ARABIC = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_ARABIC)
def test_numbers_offsets_point_into_original(text: str) -> None:
    doc = find_numbers(Doc(id="t", text=text))
    for n in doc.numbers:
        assert doc.text[n.start : n.end] == n.text
        assert n.value >= 0 and (n.high is None or n.high > n.value)
    for i in range(len(doc.tokens)):
        m = count_people(doc, i, len(doc.tokens))
        assert m is None or doc.text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ثلاثة", "وعشرين", "ألف", "و", "مئة", "آلاف", "12", "بين", "من", "إلى", "جنديا"]),
        max_size=12,
    )
)
def test_numbers_word_sequences_never_crash(words: list[str]) -> None:
    text = " ".join(words)
    doc = find_numbers(Doc(id="t", text=text))
    assert all(doc.text[n.start : n.end] == n.text for n in doc.numbers)
    assert tokenize(doc.view) == doc.tokens


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("جندي", 1),
        ("جنديا", 1),
        ("شرطيان", 2),
        ("جنديين", 2),
        ("جنود", None),
        ("مدنيين", None),
        ("قال", None),
    ],
)
def test_numbers_self_count(word: str, count: int | None) -> None:
    assert self_count(normalise_str(word)) == count
