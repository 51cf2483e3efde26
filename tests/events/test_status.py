"""Status on real newswire phrasing: new reports, background, and summaries of many incidents."""

from __future__ import annotations

import pytest

import rasd


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("قتل ثلاثة جنود في هجوم على حاجز عسكري قرب الموصل أمس.", "reported"),
        ("انفجرت عبوة ناسفة بدورية للجيش في تكريت اليوم.", "reported"),
        ("خسر تنظيم داعش آخر رقعة من أراضيه في شرق سورية في مارس 2019.", "historical"),
        ("سيطر التنظيم على مدينة الموصل في يونيو 2014.", "historical"),
        ("نفذ المسلحون نحو 342 عملية خلال العام الماضي.", "aggregate"),
        ("نفذ طيران النظام السوري أمس 16 غارة على أحياء مدينة درعا.", "reported"),  # one day, one place
        ("ويقصف النظام بانتظام مناطق المعارضة في مدينة حلب.", "aggregate"),
        ("وحدث ذلك رغم غارات جوية يومية تقودها الولايات المتحدة في العراق.", "aggregate"),
        (
            "وتواصل الطائرات من دون طيار طلعاتها اليومية التي تستهدف عناصر تنظيم القاعدة في مدينة المكلا.",
            "aggregate",
        ),
        ("وذكر رجل أن المسلحين نفذوا هجمات متكررة على مدى السنوات الماضية في بلدته.", "aggregate"),
        ("قتل أكثر من 250 ألف شخص في سورية منذ بدء النزاع.", "aggregate"),  # a toll of thousands
        (
            "وأسفر هجوم انتحاري استهدف نقطة تفتيش شمالي بغداد أمس عن مقتل ثلاثة أشخاص، وفق حصيلة أولية.",
            "reported",
        ),
        ("وسيطرت القوات الكردية على مدينة كركوك خلال الصيف الماضي.", "historical"),  # a season
        ("وقتل آنذاك ثلاثة جنود في هجوم على نقطة تفتيش في بغداد.", "historical"),  # 'at that time'
        ("والقبة لم تسلم وقتها من هجمات داعش بالسيارات المفخخة.", "historical"),  # 'at that time'
        ("وكانت الشرطة قد اعتقلت ثلاثة مشتبه بهم.", "historical"),  # the pluperfect, undated
        (
            "وكانت المقاومة قد أعلنت عن تحرير محافظة الضالع بالكامل.",
            "historical",
        ),  # ... on the announcing verb
        (
            "وكان الحوثيون قد قصفوا المبنى في عدن.",
            "historical",
        ),  # ... a verb the lexicon also lists as a noun
        ("وكان المبنى قد تعرض للقصف من قبل الحوثيين في عدن.", "historical"),  # ... on the undergoing verb
        ("وكان الجيش قد شن غارات على مواقع الحوثيين في صعدة.", "historical"),  # ... on the launch verb
        ("وسبق أن قادت المليشيات 24 معركة هجومية على جبل جرة في تعز.", "historical"),  # 'had before'
        (
            "واعتقلت السلطات الإيرانية في وقت سابق من هذا العام ناشطة في طهران.",
            "historical",
        ),  # 'earlier this year'
        ("وأسفرت الهجمات في بوروندي حتى الآن عن سقوط أكثر من 80 قتيلا.", "aggregate"),  # 'so far'
        ("وكانت قوات الأمن قد قتلت أمس ثلاثة مسلحين في الموصل.", "reported"),  # ... dated: that day
        ("ونفذ الحوثيون في السابق حملات اختطاف وتفجير منازل في مديرية أرحب.", "historical"),  # 'in the past'
        (
            "وشنت طائرات التحالف أمس الأحد سلسلة من الغارات الجوية على مواقع الحوثيين في صعدة.",
            "reported",
        ),  # a day
        ("وشكل متظاهرون سلسلة بشرية يوم الأحد حول منزل الوزير في سيلهيت.", "reported"),  # a human chain
        # an undated series of strikes on one place is the report's event; a wave, or one over a country, sums up
        ("وفي محافظة الضالع شمال عدن، شن طيران التحالف سلسلة غارات على مواقع للحوثيين.", "reported"),
        ("وشهدت بغداد موجة تفجيرات استهدفت أسواقا شعبية.", "aggregate"),
        ("وشهدت مدينة تعز في أوقات متفرقة احتجاجات تطالب بطرد المسلحين الحوثيين.", "aggregate"),  # at times
        # attacks in the plural on one named day and one place are that day's event there
        ("وشن مسلحون هجمات على حواجز للجيش في الرمادي أمس.", "reported"),
        ("وشن مسلحون هجمات على حواجز للجيش في الرمادي.", "aggregate"),
        ("وشنت طائرات التحالف سلسلة غارات على مواقع في اليمن.", "aggregate"),
        ("وقتل عدد من قياديي تنظيم القاعدة في الأشهر الأخيرة في غارات أميركية.", "aggregate"),
        (
            "وقتل حزب العمال الكردستاني 21 على الأقل من أفراد قوات الأمن التركية منذ 20 يناير.",
            "aggregate",
        ),  # toll
        (
            "وتظاهر المئات أمس رافعين صور أوجلان المسجون منذ العام 1999 في إسطنبول.",
            "reported",
        ),  # not the protest's
        ("وقال الناطق باسم القوات الخاصة إن 25 جنديا قتلوا وأصيب 35 آخرون في شهر يناير وحده.", "aggregate"),
        (
            "قتل ثلاثة جنود في هجوم على حاجز في بنغازي في يناير الجاري.",
            "reported",
        ),  # one attack, in the month
        ("وقالت المقاومة إن الحوثيين كانوا إلى وقت قريب يستهدفون مدينة عدن بصواريخ الكاتيوشا.", "aggregate"),
        # a "since" date between commas dates the toll after it: summed over the years
        ("فمنذ عام 2011، سقط نحو 1000 مقاتل من الحزب بين قتيل وجريح في سورية وحدها.", "aggregate"),
        # ... but since a day of this week it is one sweep, as ACLED codes it
        ("وقالت المنسقية إن قوات الأمن التركية أوقفت، منذ أمس الأحد، 320 شخصاً في 22 ولاية.", "reported"),
        ("وسيطر الحوثيون على المعسكر قبل عدة أشهر.", "historical"),  # months back, no number
        # a toll told after a span of time it sums up
        (
            "نتيجة الهجمات التي استهدفت تركيا، في الفترة من 7 يناير الجاري، وحتى الأمس، لقي 22 من رجال الأمن "
            "مصرعهم.",
            "aggregate",
        ),
        # the pluperfect without قد, in a sentence that opens with كان: the past before the news
        ("وكانت الأجهزة الأمنية ألقت القبض على السائق في الكويت.", "historical"),
        # ... also with an aside between dashes after its subject, with or without قد
        (
            "وكانت الأجهزة الأمنية - عقب وقوع التفجير الإرهابي في مسجد الإمام الصادق - ألقت القبض على السائق.",
            "historical",
        ),
        (
            "وكانت الأجهزة الأمنية الكويتية - عقب وقوع التفجير الإرهابي في مسجد الإمام الصادق - قد ألقت القبض على "
            "السائق.",
            "historical",
        ),
        # an act told by a definite noun and dated by an earlier month is recalled; an indefinite one is news
        ("والهجوم على فندق في سوسة في ديسمبر ما أدى إلى مقتل 38 شخصا.", "historical"),
        ("قتل 5 جنود في هجوم على حاجز في العريش في يناير الجاري.", "reported"),
        # a span with both ends told, "في الفترة من ... وحتى ...", sums what it names
        (
            "قالت مصادر إنه في الفترة من 7 يناير وحتى الخامس من الشهر الجاري قتل 11 مسلحا خلال اشتباكات.",
            "aggregate",
        ),
        # a habit in what the crowd decries is the grievance's, not the protest's
        ("تظاهر مئات امس وسط مدينة الحلة احتجاجا على تكرار انقطاعات الكهرباء.", "reported"),
        # منذ inside a clause says when a state began or which time this is: the act is news
        ("أفاد مصدر أمني منذ قليل بأن مسلحين مجهولين اغتالوا ضابطا في الشرطة بمدينة عدن.", "reported"),
        ("وللمرة الثانية منذ إعلان الهدنة، قصف الحوثيون مواقع المقاومة في مأرب.", "reported"),
        (
            "وتشهد عدن انفلاتا أمنيا منذ تحريرها، حيث اغتال مسلحون مجهولون ضابطا في الشرطة بمديرية المنصورة.",
            "reported",
        ),
        # ... and a counted toll in a campaign waged is that toll's incident
        ("قتل 7 مدنيين في الغارات التي يشنها طيران التحالف على مدينة صعدة.", "reported"),
        # a campaign waged (التي تشنها), told with no day: going on, many incidents; with its day, that day's
        ("وقال المبعوث إن الغارات التي تشنها قوات النظام على مدينة الزبداني تسببت بدمار واسع.", "aggregate"),
        ("وقتل 20 مدنيا في الغارات التي يشنها التحالف على صعدة أمس.", "reported"),
        # منذ and an act noun open the sentence: what went on since then
        (
            "وقالت النقابة إنه ومنذ اجتياح الميليشيات لصنعاء جرى إغلاق ونهب مقرات المؤسسات الإعلامية.",
            "aggregate",
        ),
        # a toll told after 'so far' is a running total
        ("أوقعت الغارات الجوية التركية على مواقع المتمردين حتى الآن أكثر من 400 قتيل.", "aggregate"),
        # an incident dated by its year alone is a chronicle's item, even in the publication year
        ("- عام 2022 تفجير انتحاري استهدف مسجدا في القطيف وقتل 21 شخصا.", "historical"),
    ],
)
def test_status_table(text: str, status: str) -> None:
    statuses = [e.status for e in rasd.extract(text, published="2022-01-24").events]
    assert status in statuses, statuses
    assert set(statuses) == {status}, statuses


def test_status_last_month_is_still_recent() -> None:
    # A month-precision date counts by its last day: December 2021 is recent on 24 January 2022.
    events = rasd.extract(
        "اعتقلت قوات الأمن خمسة مسلحين في بغداد في ديسمبر الماضي.", published="2022-01-24"
    ).events
    assert [e.status for e in events] == ["reported"]


def test_status_habitual_word_of_another_event_does_not_count() -> None:
    """'موجة العنف' belongs to the attack told at the end of the sentence, not to the protest at its start."""
    text = "تظاهر نحو مئتي شخص في بروكسل أمس للتنديد بالغارات وللترحم على ضحايا الهجوم الذي أثار موجة العنف هذه في يوليو."
    protests = [e for e in rasd.extract(text, published="2022-01-24").events if e.event_type == "Protests"]
    assert [e.status for e in protests] == ["reported"]


def test_status_fighting_going_on_since_long_ago_is_aggregate() -> None:
    statuses = [
        e.status
        for e in rasd.extract(
            "وتشهد مدينة حلب معارك متواصلة منذ صيف 2012 بين قوات النظام والفصائل.", published="2015-08-01"
        ).events
    ]
    assert statuses == ["aggregate"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل المئات في هجمات على القرى منذ عام 2013.",  # a toll over many attacks over a period
        "ونحو 260 مقاتلا كرديا قتلوا خلال أسبوع من الغارات الجوية التركية على قواعد المتمردين.",
        "ويقتل المئات سنويا في هجمات المسلحين في البلاد.",
        "وأشار البيان إلى مقتل 488 عنصرا من التنظيم.",  # hundreds dead, undated, no attack named
        "ووثق المرصد تنفيذ طائرات النظام ما لا يقل عن 12053 غارة على مناطق في محافظة دمشق.",  # no day
        "وأكد أن كثيرين جاؤوا من العاصمة بوجومبورا التي شهدت احتجاجات استمرت لأسابيع ضد الرئيس.",  # weeks
    ],
)
def test_status_summaries_of_many_incidents_are_aggregate(text: str) -> None:
    statuses = [e.status for e in rasd.extract(text, published="2022-01-24").events]
    assert statuses and "reported" not in statuses, statuses


def test_status_one_bombing_that_kills_a_hundred_is_reported() -> None:
    text = "قتل أكثر من 100 شخص في تفجير انتحاري بسيارة مفخخة في سوق بلدة خان بني سعد أمس."
    assert [e.status for e in rasd.extract(text, published="2022-01-24").events] == ["reported"]


def test_status_counted_strikes_on_one_named_place_are_reported() -> None:
    """ACLED codes a day's strikes on one place as one event; with many places or a span of time they sum up."""
    import rasd

    def statuses(text: str) -> set[str]:
        return {e.status for e in rasd.extract(text, published="2015-08-01").events}

    assert "reported" in statuses(
        "وقالت القيادة المشتركة لقوات التحالف في بيان إن 17 ضربة جوية نفذت قرب دير الزور"
    )
    assert statuses("وقال البيان إن التحالف نفذ 342 ضربة جوية في سوريا منذ بداية العام") == {"aggregate"}


def test_status_one_days_shells_counted_in_hundreds_are_one_shelling() -> None:
    """Munitions are no incidents: 160 shells on one named day are that day's shelling (ACLED)."""
    text = "وقال المرصد إن بلدة نبل قصفت أمس بنحو 160 قذيفة، ما أدى إلى مقتل شخص."
    assert "reported" in [e.status for e in rasd.extract(text, published="2022-01-24").events]


def test_status_a_year_still_to_come_is_no_history() -> None:
    """ "ستستخدم مقاتلات تورنادو ... حتى مطلع 2025": a plan up to a later year, never a past incident; dated after
    publication it is no event at all (a year-alone date once made it a historical strike)."""
    events = rasd.extract(
        "قال الوزير اليوم إن بلاده ستستخدم مقاتلات تورنادو في شن الضربات في العراق حتى مطلع 2025.",
        published="2022-01-24",
    ).events
    assert events == []


@pytest.mark.parametrize(
    "text",
    [
        "قال نائب تركي إنه كلما تم توقيف الشاحنات من قبل الشرطة تدخلت المخابرات.",
        "وقال ناشط إن الاعتقالات التي تمارسها ميليشيات الحوثي بحق الناشطين دليل على إفلاسها.",
    ],
)
def test_status_whenever_and_a_practice_are_no_one_incident(text: str) -> None:
    """كلما before every trigger ('whenever'), or a present-tense relative right after the act noun (التي
    تمارسها): what happens each time, not an incident."""
    doc = rasd.extract(text, published="2015-08-10")
    assert doc.events and all(e.status == "aggregate" for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "ويحاول الحوثيون التقدم نحو عدن والمناطق التي سيطرت عليها المقاومة بعد تحريرها منهم.",
        "يتعرض التمثال لعملية هدم في توقيت متزامن مع تدمير الآثار في الموصل والمناطق التي استولت عليها داعش.",
        "سيطر السائق على سباق فورميولا 1 أمس بسيارته البريطانية.",
        "أكد قائد المقاومة أن خططا توضع حاليا لعملية تحرير مدينة تعز من الحوثيين.",
        "ودعت النقابات في أثينا إلى تجمع احتجاجي بعد الظهر قرب البرلمان.",
        # a forecast word before أن and an imperfect verb reaches the end of its clause
        "يرجح المراقبون أن تسهم هذه الانشقاقات بين الجانبين إلى تسريع حسم معركة صنعاء لصالح قوات الشرعية.",
        "قالت مصادر ان كاميرون من المتوقع أن يسعى للحصول على موافقة البرلمان لمد مهمات قصف التنظيم الى سوريا.",
        # an imperfect verb after أن (تستعيد, six letters) is no verbal noun like تفجير, however long the clause
        "ويرجح المراقبون أن تستعيد القوات العراقية وقوات الحشد الشعبي بدعم من طيران التحالف السيطرة على مدينة الرمادي.",
        # a purpose, a threat hanging over a city
        "يستدعي هذا أن تقوم كل جهة بواجباتها ولإحباط أية محاولات او مخططات ترمي للعبث بامننا.",
        "قال المحلل إن البصرة مهددة حاليا بالسقوط في منزلق التناحر والاقتتال إذا بقيت القوى على مواقفها.",
    ],
)
def test_status_ground_described_a_race_a_plan_and_a_call_are_no_reported_event(text: str) -> None:
    """ "المناطق التي استولت عليها داعش": ground described by who took it; a race won; plans and calls."""
    assert not [e for e in rasd.extract(text, published="2015-08-08").events if e.status == "reported"]


@pytest.mark.parametrize(
    ("text", "published", "statuses"),
    [
        # the rules of engagement apply 'whenever' fire hits Turkey: the strikes told before stay reported
        (
            "قامت ثلاث مقاتلات من سلاح الجو التركي أمس بقصف 3 مواقع للجهاديين في سوريا، وعملا بقواعد الاشتباك التي "
            "يعتمدها الجيش منذ 2012 كلما طال إطلاق نار أراضيه، رد على الفور بفتح النار على المواقع.",
            "2015-07-25",
            ["reported"],
        ),
        # a toll over a holiday, or weeks after a campaign began
        (
            "أفادت الشبكة السورية بمقتل 39 طفلا خلال أيام عيد الفطر في الغارات الجوية.",
            "2015-08-08",
            ["aggregate"],
        ),
        (
            "ذكر تقرير بعد أسبوعين على بدء الحملة في الزبداني أنه سجل مقتل 34 عنصرا من حزب الله.",
            "2015-08-08",
            ["aggregate"],
        ),
        # said before, done yesterday; "وسبق أن اعتقلت" is the past
        (
            "وسبق وأن ذكرت مصادر إسرائيلية أن ثلاثة صواريخ أطلقت أمس من مخيم المغازي باتجاه البلدات الإسرائيلية.",
            "2015-08-08",
            ["reported"],
        ),
        ("وسبق أن اعتقلت الشرطة ثلاثة أشخاص في بغداد.", "2015-08-08", ["historical"]),
        # a month's toll; one attack dated by its month
        (
            "كشف تقرير حقوقي أول أمس الجمعة أن 93 مدنيا قتلوا في تعز بقصف نفذه الحوثيون خلال يوليو الماضي.",
            "2015-08-09",
            ["aggregate"],
        ),
        ("قتل 3 جنود في هجوم في يوليو الماضي في تعز.", "2015-08-09", ["reported"]),
        # how a side fights, no one incident
        (
            "قال المسؤول إن الحوثيين في لحج لا يقومون بالمواجهة المباشرة ولكنهم يعتمدون على القصف وقذائف الهاون.",
            "2015-07-25",
            ["aggregate"],
        ),
    ],
)
def test_status_spans_habits_and_earlier_reports(text: str, published: str, statuses: list[str]) -> None:
    """Time words that make a toll a sum (خلال أيام عيد الفطر, خلال يوليو الماضي, بعد أسبوعين على بدء), a habit
    (يعتمدون على) or the past (سبق أن), and the same words where they qualify something else."""
    assert [e.status for e in rasd.extract(text, published=published).events] == statuses


def test_status_an_arrest_of_men_is_reported() -> None:
    """ "أوقفت الشرطة خمسة رجال": أوقف takes men as its object, an arrest."""
    doc = rasd.extract("وأوقفت الشرطة البلجيكية خمسة رجال فجر الخميس في بروكسل.", published="2015-07-25")
    assert [(e.sub_event_type, e.status) for e in doc.events] == [("Arrests", "reported")]


def test_status_ground_described_with_a_date_is_told_as_of_that_date() -> None:
    """ "مدينة الموصل، التي استولى عليها تنظيم داعش خلال الصيف الماضي": a takeover dated last summer, historical."""
    doc = rasd.extract(
        "وتعتزم الحكومة إنشاء مركز قيادة من أجل التنسيق في العملية التي تستهدف استعادة مدينة الموصل، التي استولى "
        "عليها تنظيم داعش خلال الصيف الماضي.",
        published="2015-07-20",
    )
    assert ("Non-state actor overtakes territory", "historical") in [
        (e.sub_event_type, e.status) for e in doc.events
    ]


def test_status_a_guess_about_an_act_that_happened_is_no_forecast() -> None:
    """ "رجحت مصادر أن يكون انتحاري فجر نفسه": أن يكون guesses about what happened; a relative clause after a
    forecast's أن tells of its noun ("التي أدى تمردها إلى مقتل 15 ألف شخص"), not the forecast."""
    doc = rasd.extract("رجحت مصادر أن يكون انتحاري فجر نفسه في مسجد بالدمام أمس.", published="2015-08-08")
    assert [e.status for e in doc.events] == ["reported"]
    doc = rasd.extract(
        "ومن المتوقع ان تنتشر قوة جديدة لقتال المجموعة التي ادى تمردها المستمر منذ ست سنوات الى مقتل 15 الف"
        " شخص على الاقل.",
        published="2015-08-08",
    )
    assert [e.status for e in doc.events] == ["aggregate"]


def test_status_items_of_a_list_of_past_acts_are_historical() -> None:
    """Bulleted items under "عمليات نفذها التنظيم خلال الفترة الماضية وفق الآتي:" are earlier acts; under a line
    with no past in it ("أبرز أحداث اليوم:") an item is news."""
    text = (
        "كشف المتحدث الأسبوع الماضي عن عمليات نفذها التنظيم خلال الفترة الماضية وفق الآتي:\n"
        "– التفجير الذي استهدف مسجد القديح.\n– قتل متطرف لخاله في الرياض."
    )
    events = rasd.extract(text, published="2015-07-31").events
    assert not [e for e in events if e.status == "reported"]
    news = "وفيما يلي أبرز أحداث اليوم:\n– قتل ثلاثة جنود في هجوم في العريش أمس."
    assert [e.status for e in rasd.extract(news, published="2015-07-31").events] == ["reported"]


def test_status_a_bulletin_of_the_last_hours_is_news() -> None:
    """ "خلال الساعات الـ24 الماضية:" heads today's bulletin, not a list of earlier acts."""
    text = (
        "وفيما يلي حصيلة العمليات خلال الساعات الـ24 الماضية:\n– مقتل 5 حوثيين في غارة جوية على مديرية حرض."
    )
    assert [e.status for e in rasd.extract(text, published="2015-08-03").events] == ["reported"]


def test_status_an_act_begun_last_month_that_goes_on_is_news() -> None:
    text = "تتواصل الاشتباكات التي اندلعت في يوليو بين الجيش ومسلحي حزب العمال الكردستاني في ولاية شرناق."
    assert [e.status for e in rasd.extract(text, published="2015-08-03").events] == ["reported"]


def test_status_bombings_scattered_over_a_country_are_the_days_summary() -> None:
    doc = rasd.extract(
        "قتل 14 شخصا في تفجيرات متفرقة في العراق أول من أمس. واستهدف أكثر الهجمات دموية حي الكرادة في بغداد حيث "
        "قتل سبعة أشخاص بتفجير سيارة مفخخة. وانفجرت سيارة مفخخة في مدينة الحلة ما أسفر عن مقتل أربعة أشخاص.",
        published="2015-08-01",
    )
    assert [e.status for e in doc.events] == ["aggregate", "reported", "reported"]
    assert [e.fatalities for e in doc.events][1:] == [7, 4]
    # ... scattered in one city, they are that city's day
    (ev,) = rasd.extract("قتل 14 شخصا في تفجيرات متفرقة في بغداد أمس.", published="2015-08-01").events
    assert ev.status == "reported"


def test_status_an_undated_act_that_goes_on_a_dated_past_story_is_past() -> None:
    doc = rasd.extract(
        "في عام 2010 شنت القوات الحكومية هجوما على قرية في شمال العراق. وأثناء العودة من القرية تم اعتقالي مع "
        "صحفيين آخرين من قبل الجيش لعدة ساعات.",
        published="2015-08-01",
    )
    assert [e.status for e in doc.events] == ["historical", "historical"]
    # ... but an act dated by its own day is news
    doc = rasd.extract(
        "في عام 2010 شنت القوات الحكومية هجوما على قرية في شمال العراق. واعتقلت الشرطة أمس خمسة أشخاص في بغداد.",
        published="2015-08-01",
    )
    assert [e.status for e in doc.events] == ["historical", "reported"]
