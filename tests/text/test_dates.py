"""Date expressions resolve against the publication date with ACLED time precision and original offsets."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from rasd.doc import DateMention, Doc
from rasd.text.dates import find_dates, in_date, lexicon, value_days
from rasd.text.normalise import normalise_str

MONDAY = dt.date(2022, 1, 24)  # a Monday


def dates(text: str, published: dt.date | None = MONDAY) -> list[DateMention]:
    return find_dates(Doc(id="t", text=text, published=published)).dates


def only(text: str, published: dt.date | None = MONDAY) -> DateMention:
    found = dates(text, published)
    assert len(found) == 1, [(d.text, d.value) for d in found]
    return found[0]


# (text, span, value, precision, granularity)
CASES_MONDAY = [
    # relative days and times of day
    ("قال المتحدث اليوم إن", "اليوم", "2022-01-24", 1, "day"),
    ("أعلن الجيش اليوم (الاثنين) أن", "اليوم (الاثنين)", "2022-01-24", 1, "day"),
    ("وقع الهجوم صباح اليوم", "صباح اليوم", "2022-01-24", 1, "day"),
    ("قصفت الطائرات فجر اليوم مواقع", "فجر اليوم", "2022-01-24", 1, "day"),
    ("قتل جنديان أمس في", "أمس", "2022-01-23", 1, "day"),
    ("وأعلن بالأمس عن", "بالأمس", "2022-01-23", 1, "day"),
    ("انفجرت عبوة يوم أمس", "يوم أمس", "2022-01-23", 1, "day"),
    ("اندلعت اشتباكات مساء أمس", "مساء أمس", "2022-01-23", 1, "day"),
    ("سقطت قذائف ليلة أمس", "ليلة أمس", "2022-01-23", 1, "day"),
    ("هاجم مسلحون في وقت متأخر من مساء أمس حاجزا", "في وقت متأخر من مساء أمس", "2022-01-23", 1, "day"),
    ("اعتقل أول أمس", "أول أمس", "2022-01-22", 1, "day"),
    ("اعتقل أمس الأول", "أمس الأول", "2022-01-22", 1, "day"),
    ("اعتقل أول من أمس", "أول من أمس", "2022-01-22", 1, "day"),
    ("دوت انفجارات الليلة الماضية", "الليلة الماضية", "2022-01-23", 1, "day"),
    ("قالت الوزارة أمس (الأحد) إن", "أمس (الأحد)", "2022-01-23", 1, "day"),
    ("اقتحم مستوطنون اليوم المسجد الأقصى", "اليوم", "2022-01-24", 1, "day"),  # a definite noun after it
    ("أعدم التنظيم 44 شابا ظهر اليوم (أمس) في الموصل", "ظهر اليوم (أمس)", "2022-01-23", 1, "day"),  # a gloss
    ("استشهد يوم 2015/7/19م في جبهة العند", "2015/7/19م", "2015-07-19", 1, "day"),  # the Gregorian mark
    # a feed date off from the story's: the named weekday up to two days after the day word, else the one before
    ("قالت الوزارة أمس (الثلاثاء) إن", "أمس (الثلاثاء)", "2022-01-25", 1, "day"),
    ("قالت الوزارة أمس (الأربعاء) إن", "أمس (الأربعاء)", "2022-01-19", 1, "day"),
    # weekdays
    ("قتل ثلاثة يوم الأحد الماضي", "يوم الأحد الماضي", "2022-01-23", 1, "day"),
    # a day of the publication month gone by is this year's; one still to come, last year's
    ("قتل ثلاثة يوم 12 يناير الماضي", "يوم 12 يناير الماضي", "2022-01-12", 1, "day"),
    ("قتل ثلاثة يوم 30 يناير الماضي", "يوم 30 يناير الماضي", "2021-01-30", 1, "day"),
    ("وقال الأحد إن", "الأحد", "2022-01-23", 1, "day"),
    ("والخميس شن الجيش", "الخميس", "2022-01-20", 1, "day"),
    ("اشتباكات مساء الخميس", "مساء الخميس", "2022-01-20", 1, "day"),
    ("غارة فجر الجمعة على", "فجر الجمعة", "2022-01-21", 1, "day"),
    ("تظاهر الآلاف الاثنين في", "الاثنين", "2022-01-24", 1, "day"),
    ("جرى ذلك يوم الاثنين الماضي", "يوم الاثنين الماضي", "2022-01-17", 1, "day"),
    # a start still to come: the next such day (a truce "that begins on Wednesday night")
    ("أعلن التحالف هدنة تبدأ منتصف ليلة الأربعاء", "منتصف ليلة الأربعاء", "2022-01-26", 1, "day"),
    ("قتل ثلاثة يوم الأربعاء", "يوم الأربعاء", "2022-01-19", 1, "day"),
    ("يبدأ الحوار الخميس المقبل", "الخميس المقبل", "2022-01-27", 1, "day"),
    ("قتل يوم السبت 22 يناير 2022", "يوم السبت 22 يناير 2022", "2022-01-22", 1, "day"),
    # periods
    ("قتل الأسبوع الماضي", "الأسبوع الماضي", "2022-01-20", 2, "week"),
    ("هجمات خلال الأسبوع الماضي", "خلال الأسبوع الماضي", "2022-01-20", 2, "week"),
    ("اعتقل الشهر الماضي", "الشهر الماضي", "2021-12-15", 3, "month"),
    ("وقع في 26 من الشهر الماضي", "في 26 من الشهر الماضي", "2021-12-26", 1, "day"),
    ("قتل العام الماضي", "العام الماضي", "2021", 3, "year"),
    ("ارتفع عدد الضحايا خلال السنة الماضية", "خلال السنة الماضية", "2021", 3, "year"),
    ("حصيلة هذا العام", "هذا العام", "2022", 3, "year"),
    ("وقع مطلع الشهر الجاري", "مطلع الشهر الجاري", "2022-01-05", 2, "week"),
    ("منتصف الشهر الجاري", "منتصف الشهر الجاري", "2022-01-15", 2, "week"),
    ("أواخر الشهر الماضي", "أواخر الشهر الماضي", "2021-12-26", 2, "week"),
    ("خلال الأيام الماضية", "خلال الأيام الماضية", "2022-01-20", 2, "week"),
    ("في الأيام الأخيرة", "في الأيام الأخيرة", "2022-01-20", 2, "week"),
    ("خلال الأسابيع الماضية", "خلال الأسابيع الماضية", "2022-01-09", 3, "month"),
    # counted
    ("أفرج عنه منذ يومين", "منذ يومين", "2022-01-22", 1, "day"),
    ("اعتقل قبل يومين", "قبل يومين", "2022-01-22", 1, "day"),
    ("أعلن الجيش قبل ساعات", "قبل ساعات", "2022-01-24", 1, "day"),  # hours ago: the publication day
    ("قتل منذ 36 ساعة", "منذ 36 ساعة", "2022-01-23", 1, "day"),
    ("قتل قبل ثلاثة أيام", "قبل ثلاثة أيام", "2022-01-21", 1, "day"),
    ("قتل قبل 5 أيام", "قبل 5 أيام", "2022-01-19", 1, "day"),
    ("اختطف قبل أسبوعين", "قبل أسبوعين", "2022-01-10", 2, "week"),
    ("قبل أيام", "قبل أيام", "2022-01-20", 2, "week"),
    ("قبل شهرين", "قبل شهرين", "2021-11-15", 3, "month"),
    # a unit told without a number, beyond days: a vague span back, coded at its middle
    ("استولى عليه الحوثيون قبل عدة أشهر", "قبل عدة أشهر", "2021-09-15", 3, "month"),
    ("غادروا قبل أشهر", "قبل أشهر", "2021-09-15", 3, "month"),
    ("قتل قبل بضعة أسابيع", "قبل بضعة أسابيع", "2022-01-12", 3, "month"),
    ("بدأ قبل سنوات", "قبل سنوات", "2016", 3, "year"),
    ("اعتقل قبل ثلاث سنوات", "قبل ثلاث سنوات", "2019", 3, "year"),
    ("مسجون منذ ثلاث سنوات", "منذ ثلاث سنوات", "2019", 3, "year"),
    ("منذ أكثر من 40 عاما", "منذ أكثر من 40 عاما", "1982", 3, "year"),
    ("قبل نحو عام", "قبل نحو عام", "2021", 3, "year"),
    # absolute Gregorian, both series and the Maghreb one
    ("وقع في 24 يناير 2022 هجوم", "في 24 يناير 2022", "2022-01-24", 1, "day"),
    ("في 30 ديسمبر (كانون الاول) 2002", "في 30 ديسمبر (كانون الاول) 2002", "2002-12-30", 1, "day"),
    ("في 15 آذار/مارس 2011", "في 15 آذار/مارس 2011", "2011-03-15", 1, "day"),
    ("بتاريخ 3 تشرين الأول 2019", "بتاريخ 3 تشرين الأول 2019", "2019-10-03", 1, "day"),
    ("في 5 كانون الثاني 2020", "في 5 كانون الثاني 2020", "2020-01-05", 1, "day"),
    ("يوم 12 شباط 2015", "يوم 12 شباط 2015", "2015-02-12", 1, "day"),
    ("في 9 إبريل 2003", "في 9 إبريل 2003", "2003-04-09", 1, "day"),
    ("في 14 اغسطس 2013", "في 14 اغسطس 2013", "2013-08-14", 1, "day"),
    ("في 20 أوت 2021", "في 20 أوت 2021", "2021-08-20", 1, "day"),
    ("في 5 جويلية 2019", "في 5 جويلية 2019", "2019-07-05", 1, "day"),
    ("في 13 جانفي 2011", "في 13 جانفي 2011", "2011-01-13", 1, "day"),
    ("في 25 جوان 2020", "في 25 جوان 2020", "2020-06-25", 1, "day"),
    ("في الأول من مارس 2020", "في الأول من مارس 2020", "2020-03-01", 1, "day"),
    ("في الحادي والعشرين من أيلول 2014", "في الحادي والعشرين من أيلول 2014", "2014-09-21", 1, "day"),
    ("في 15 من مارس الماضي", "في 15 من مارس الماضي", "2021-03-15", 1, "day"),
    ("في 10 يناير", "في 10 يناير", "2022-01-10", 1, "day"),
    ("في 3 فبراير", "في 3 فبراير", "2021-02-03", 1, "day"),
    ("في 6 أغسطس المقبل", "في 6 أغسطس المقبل", "2022-08-06", 1, "day"),
    ("في مارس 2019", "في مارس 2019", "2019-03", 3, "month"),
    ("في نيسان (أبريل) 2018", "في نيسان (أبريل) 2018", "2018-04", 3, "month"),
    ("في ديسمبر الماضي", "في ديسمبر الماضي", "2021-12-15", 3, "month"),
    ("من سبتمبر إلى ديسمبر الماضيين", "ديسمبر الماضيين", "2021-12-15", 3, "month"),  # the dual marker
    ("خلال شهر أكتوبر", "خلال شهر أكتوبر", "2021-10-15", 3, "month"),
    ("أواخر نوفمبر الماضي", "أواخر نوفمبر الماضي", "2021-11-25", 2, "week"),
    ("في النصف الثاني من مايو الماضي", "في النصف الثاني من مايو الماضي", "2021-05-23", 2, "week"),
    ("عام 2019", "عام 2019", "2019", 3, "year"),
    ("في 2019", "في 2019", "2019", 3, "year"),
    ("منذ عام 2014", "منذ عام 2014", "2014", 3, "year"),
    ("للعام 2020", "للعام 2020", "2020", 3, "year"),
    ("خلال مظاهرات بين 2011 و2013", "بين 2011", "2011", 3, "year"),  # a range, coded at its first year
    ("بين عامي 2011 و2013", "بين عامي 2011", "2011", 3, "year"),
    ("منذ أن سيطروا على القصر مطلع العام", "مطلع العام", "2022-01", 3, "month"),  # no marker: this year
    ("في أواخر العام الماضي", "في أواخر العام الماضي", "2021-11", 3, "month"),
    ("حدث في مثل هذا اليوم\n2008- تسعة قتلى في اشتباكات", "2008-", "2008", 3, "year"),  # a list item's year
    # numeric
    ("بتاريخ 24/1/2022", "بتاريخ 24/1/2022", "2022-01-24", 1, "day"),
    ("بتاريخ 6/ 8/ 2015", "بتاريخ 6/ 8/ 2015", "2015-08-06", 1, "day"),  # a space after each slash
    ("صدر في 2022-01-24", "في 2022-01-24", "2022-01-24", 1, "day"),
    ("بتاريخ ٢٠/١٢/٢٠٢١", "بتاريخ ٢٠/١٢/٢٠٢١", "2021-12-20", 1, "day"),
    # Hijri (Umm al-Qura)
    ("في 5 رمضان 1436 هـ", "في 5 رمضان 1436 هـ", "2015-06-22", 1, "day"),
    ("في شوال 1436هـ", "في شوال 1436هـ", "2015-07-31", 3, "month"),
    ("في 10 ذي الحجة 1442 هـ", "في 10 ذي الحجة 1442 هـ", "2021-07-20", 1, "day"),
    ("عام 1441 هـ", "عام 1441 هـ", "2020", 3, "year"),
    ("أحداث عام 1388 هجري شمسي بعد", "عام 1388 هجري شمسي", "2009", 3, "year"),
    # a Hijri day and month with no year: the last such day before publication (21 Jumada II 1443)
    ("يوم 20 جمادى الأولى", "يوم 20 جمادى الأولى", "2021-12-24", 1, "day"),
    ("في 10 محرم من العام الحالي", "في 10 محرم من العام الحالي", "2021-08-18", 1, "day"),
    ("في 25 رمضان", "في 25 رمضان", "2021-05-07", 1, "day"),  # last year's Ramadan, already past
]


@pytest.mark.parametrize(("text", "span", "value", "precision", "granularity"), CASES_MONDAY)
def test_dates_resolve_against_monday(
    text: str, span: str, value: str, precision: int, granularity: str
) -> None:
    d = only(text)
    assert (d.text, d.value, d.precision, d.granularity) == (span, value, precision, granularity)
    assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("الجمعة", dt.date(2022, 1, 21), "2022-01-21"),  # the publication weekday is that day
        ("الجمعة الماضية", dt.date(2022, 1, 21), "2022-01-14"),  # ... unless الماضي says a week back
        ("الأحد", dt.date(2022, 1, 22), "2022-01-16"),
        ("أمس", dt.date(2022, 3, 1), "2022-02-28"),
        ("في 30 ديسمبر", dt.date(2022, 1, 2), "2021-12-30"),
        ("الشهر الماضي", dt.date(2022, 3, 31), "2022-02-15"),
        ("الأسبوع الماضي", dt.date(2022, 1, 30), "2022-01-20"),  # a Sunday: still the week before
        ("في مارس الماضي", dt.date(2022, 3, 20), "2021-03-15"),
        ("في مارس الماضي", dt.date(2022, 4, 2), "2022-03-15"),
        ("الشهر الجاري", dt.date(2022, 1, 9), "2022-01-05"),  # middle of the days gone by
        ("مساء أمس (السبت)", dt.date(2015, 7, 21), "2015-07-18"),  # the named day wins a late feed date
        ("في صيف 2014", dt.date(2015, 8, 5), "2014-07"),  # seasons: the middle month, precision 3
        ("خلال الصيف الماضي", dt.date(2015, 8, 5), "2014-07"),  # this summer is not over yet
        ("خلال الصيف الماضي", dt.date(2015, 10, 5), "2015-07"),
        ("الشتاء الماضي", dt.date(2015, 8, 5), "2015-01"),
        ("في شتاء العام الماضي", dt.date(2015, 8, 5), "2014-01"),
        ("هذا الصيف", dt.date(2015, 8, 5), "2015-07"),
        ("الربيع المقبل", dt.date(2015, 8, 5), "2016-04"),
        ("في 17 يوليو العام الماضي", dt.date(2015, 8, 11), "2014-07-17"),  # the year after the day
        ("في يوليو من العام الماضي", dt.date(2015, 8, 11), "2014-07"),
        ("1989 - ", dt.date(2015, 7, 26), "1989"),  # a chronicle line
    ],
)
def test_dates_other_publication_dates(text: str, published: dt.date, value: str) -> None:
    assert only(text, published).value == value


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("يبدأ الحوار الأسبوع المقبل", False),
        ("تعقد القمة الشهر المقبل", False),
        ("الانتخابات العام المقبل", False),
        ("الخميس المقبل", False),
        ("في 6 أغسطس المقبل", False),
        ("خلال الأيام المقبلة", False),
        ("بعد غد", False),
        ("صباح الغد", False),
        ("في 20 فبراير 2022", False),
        ("قبل يومين", True),
        ("في 24 يناير 2022", True),
    ],
)
def test_dates_past_flag(text: str, past: bool) -> None:
    assert only(text).past is past


@pytest.mark.parametrize(
    "text",
    [
        "قتل 342 شخصا وأصيب 1500 آخرون",
        "في اليوم التالي عاد الهدوء",
        "اليوم نفسه",
        "ذلك اليوم",
        "يصلي المسلمون خمس مرات في اليوم",  # a rate, 'a day'
        "ينتج العراق ثلاثة ملايين برميل في اليوم",
        "الأمة في أمس الحاجة إلى التضامن",
        "خلاف بين الاثنين",
        "بعد صلاة الجمعة",
        "في الجمعة الثانية من رمضان",
        "مارس الضغط على الحكومة",
        "قبل يومين من الهجوم",
        "قبل يوم واحد من العيد",
        "منذ سنوات",
        "شارك في ثورة 17 فبراير",
        "قصر 22 مايو الرئاسي",
        "تقدمت المقاومة نحو بوابة 7 يوليو",  # a gate named after a day
        "الأمين العام للأمم المتحدة",
        "وفي سبتمبر 1895 سارت",
        "غدا الوضع صعبا",
        "اليوم العالمي للمرأة",
        "منذ انطلاق الربيع العربي",  # a season is a date only with a year or a marker
        "مع حلول فصل الشتاء",
        "انضم بين 2000 و2500 مقاتل إلى التنظيم",  # a count: 2500 is no year
        "انضم 2000 - 3000 مقاتل إلى التنظيم",  # a range of counts, not a year heading a line
        "وقال إن 2000- شخص",  # a dash after a number inside a line
        "مما يهدد بداية العام الدراسي",  # the school year, not this year
        "قصف طيران التحالف معسكر الحمزة في إب",  # Ibb, the Yemeni city: آب (August) has a madda
        "قصف طيران التحالف معسكر الحمزة بإبّ",  # ... with a proclitic and a shadda too
    ],
)
def test_dates_not_a_date(text: str) -> None:
    assert dates(text) == []


def test_dates_impossible_day_keeps_the_month() -> None:
    d = only("في 31 فبراير 2020")
    assert (d.text, d.value, d.precision) == ("فبراير 2020", "2020-02", 3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في 24 يناير 2022", "2022-01-24"),
        ("عام 2019", "2019"),
        ("في مارس 2019", "2019-03"),
        ("5 رمضان 1436 هـ", "2015-06-22"),
    ],
)
def test_dates_absolute_without_publication_date(text: str, value: str) -> None:
    assert only(text, None).value == value


@pytest.mark.parametrize("text", ["اليوم", "أمس", "الأحد الماضي", "الشهر الماضي", "قبل يومين", "في 10 يناير"])
def test_dates_relative_skipped_without_publication_date(text: str) -> None:
    assert dates(text, None) == []


def test_dates_offsets_point_into_original_text() -> None:
    text = (
        "قُتِلَ ثلاثةُ جنودٍ يومَ الأحدِ الماضي، وأُصيب آخرون مساءَ أمسِ (الأحد) في هجومٍ وقع في ٢٤ كانونِ الثاني ٢٠٢٢، "
        "بعد اشتباكات بدأت مطلـــع الشهر الجاري ومنذ ثلاثِ سنوات.\n\nوفي 5 رمضان 1436 هـ أعلن الجيش..."
    )
    found = dates(text)
    assert [d.value for d in found] == [
        "2022-01-23",
        "2022-01-23",
        "2022-01-24",
        "2022-01-05",
        "2019",
        "2015-06-22",
    ]
    for d in found:
        assert text[d.start : d.end] == d.text
        assert not d.text[0].isspace() and not d.text[-1].isspace()
    assert [d.start for d in found] == sorted(d.start for d in found)


def test_dates_sorted_and_non_overlapping() -> None:
    found = dates("يوم الأحد 23 يناير 2022 وأمس الأحد والأسبوع الماضي في 2019 عام 2020")
    assert len(found) == 5
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_dates_conjunction_outside_span() -> None:
    assert only("وأمس قتل جندي").text == "أمس"
    assert only("وفي مارس 2019").text == "في مارس 2019"


def test_dates_lexicon_loads_and_is_normalised() -> None:
    lx = lexicon()
    assert len(set(lx.months.values())) == 12
    assert len(set(lx.hijri_months.values())) == 12
    assert sorted(set(lx.weekdays.values())) == list(range(7))
    assert lx.months[normalise_str("كانون الأول")] == 12
    assert lx.months[normalise_str("أيلول")] == 9
    assert all(k == normalise_str(k) for k in lx.months)
    assert lx.day_words[normalise_str("أول أمس")] == -2


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2015-08-06", dt.date(2015, 8, 6), dt.date(2015, 8, 6)),
        ("2015-02", dt.date(2015, 2, 1), dt.date(2015, 2, 28)),
        ("2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
    ],
)
def test_dates_value_days(value: str, first: dt.date, last: dt.date) -> None:
    assert value_days(value) == (first, last)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month told again in its sentence keeps the year told with it; a chronology's heading year too
        (
            "شهدت السويس معارك أكتوبر 1973، وبالتحديد في يومي 24 و25 أكتوبر، قبيل وقف إطلاق النار.",
            "1973-10-25",
        ),
        ("1993 - إسرائيل تشن عملية ضد مواقع لحزب الله في جنوب لبنان في 31 يوليو.", "1993-07-31"),
        ("وفي عام 1993، عندما قتل شخصان في تبادل إطلاق نار في الرابع من يوليو.", "1993-07-04"),
        # another month may be another year
        ("ففيما بين الغارات الأولى في آب (أغسطس) 2014 و22 حزيران الماضي شنت الطائرات غارات.", "2021-06-22"),
    ],
)
def test_dates_a_yearless_day_takes_the_year_of_its_sentence(text: str, value: str) -> None:
    assert dates(text)[-1].value == value


def test_dates_in_date_covers_a_year_inside_a_date_only() -> None:
    text = "قتل 3 أشخاص في 16 يوليو (تموز) سنة 2015 في الرياض."
    doc = find_dates(Doc(id="t", text=text, published=dt.date(2015, 8, 10)))
    year, count = text.index("2015"), text.index("3 ")
    assert in_date(doc, year, year + 4)
    assert not in_date(doc, count, count + 1)


def test_dates_bare_day_words_follow_the_weekday_a_day_word_names() -> None:
    """The feed dates the story Tuesday, the story says "أمس الجمعة": its own today is Saturday, so a bare
    أمس elsewhere in it is Friday too, not the feed's Monday."""
    text = "ذكر الجيش أمس الجمعة أن 50 شخصا قتلوا. وكانت فتاة قد فجرت عبوة صباح أمس عند المسجد."
    found = dates(text, dt.date(2015, 7, 21))
    assert [d.value for d in found] == ["2015-07-17", "2015-07-17"]
    # with no weekday named, أمس is the day before publication
    assert [d.value for d in dates("فجرت فتاة عبوة صباح أمس.", dt.date(2015, 7, 21))] == ["2015-07-20"]
