"""Trigger mentions and their vetoes on real newswire phrasing (Docs built by hand, no other stage run)."""

from __future__ import annotations

import datetime as dt

import pytest

import rasd
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
        ("وقعت مواجهة مسلحة أمس بين الشرطة وأنصار الصرخي في كربلاء.", "clash"),  # the singular, armed
        ("انفجرت عبوة ناسفة بدورية للجيش قرب تكريت.", "ied"),
        ("شنت طائرات التحالف غارات جوية على مواقع التنظيم.", "airstrike"),
        ("فجر انتحاري نفسه في سوق شعبي ببغداد.", "suicide"),
        ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين.", "clash"),
        ("اختطف مسلحون ثلاثة مهندسين أتراك.", "abduct"),
        ("تظاهر المئات أمام مبنى المحافظة.", "protest"),
        ("قتل 51 عنصرا من داعش جراء قصف طائرات التحالف الدولي مواقع التنظيم.", "airstrike"),  # not shelling
        ("وأفاد البيان أن ثماني ضربات استهدفت الجماعة بالقرب من الحسكة.", "airstrike"),  # strikes that hit
        ("قصفت الطائرات أمس مواقع للمتمردين الحوثيين في شمال عدن.", "airstrike"),  # aircraft shelled: struck
        ("جددت قوات الأسد قصفها على مدينة تلبيسة في ريف حمص.", "shelling"),  # renewed: told, not referred to
        ("اعتقلت قوات الأمن عشرة مشتبه بهم.", "arrest"),
        ("سقطت قذائف هاون على حي سكني في دمشق.", "shelling"),
        ("وقتلوا حارسًا و 11 جنديًا بالرصاص أثناء نومهم.", "kill"),
        # the expelled and a date may stand between طرد and the districts it names
        (
            "إن المقاومة الشعبية طردت خلال اليومين الماضيين، مسلحي الحوثي من مديريات السدة والرضمة.",
            "territory_regain",
        ),
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
        ("وينص الاتفاق على تلزيم الغارات على داعش لأنقرة.", "plan"),  # what an accord stipulates
        ("توقع رئيس الإقليم تحرير بقية مناطق سنجار قريبا.", "speculation"),
        ("ومن المقرر أن تنطلق معركة تحرير الفلوجة خلال أيام.", "plan"),
        ("ومن المزمع أن تنظم المعارضة مظاهرة حاشدة يوم الجمعة.", "plan"),
        ("هل قتل الجنود في الهجوم؟", "question"),
        ("وبعد الهجوم على السجن عقد اجتماع.", "reference"),
        ("اغتيالها هشم هذه الآمال.", "reference"),
        ("يجري التحقيق فيما إذا كان الانفجاران متعمدين.", "reference"),
        ("يحاكم 16 متهما بتهمة قتل زملائهم.", "reference"),
        ("توفي شاب في حادث مروري وأصيب ثلاثة آخرون.", "non_conflict"),
        ("قتل شاب شقيقه إثر خلافات أسرية في حفر الباطن.", "non_conflict"),  # a family quarrel
        ("قال مسؤول إن طائرة خرجت عن مدرج مطار بغرب البلاد مما أدى إلى إصابة ثلاثة أشخاص.", "non_conflict"),
        ("يشارك الطلاب في تظاهرة علمية ضخمة في بروكسل.", "non_conflict"),
        ("قتل طيار عندما تحطمت طائرة هليكوبتر خلال عرض جوي.", "non_conflict"),
        ("قتلت امرأتان وطفل عندما انهار منزلهم بعد الأمطار.", "non_conflict"),
        ("وأطلقوا النار على كلب بالخطأ في الحديقة.", "non_conflict"),
        ("وقعت إيران والقوى الكبرى الاتفاق النووي في فيينا.", "non_conflict"),
        ("وشن الطيران الحربي غارات خرق فيها الأجواء اللبنانية منفذا طلعات استكشافية.", "non_conflict"),
        ("وعبر الوزير عن استنكاره للهجوم الذي استهدف المسجد.", "reference"),
        ("وهذا يذكر بما يحدث من اقتتال في سوريا بين داعش وجبهة النصرة.", "reference"),  # 'what goes on'
        ("وكان الملا عمر مسؤولا عن قتل آلاف الأفغان.", "reference"),  # who was behind it
        (
            "وأوقفت سفارة اليمن في بيروت منح التأشيرات للمواطنين اللبنانيين.",
            "non_conflict",
        ),  # an activity halted
        ("وتمكنت الدوريات من القبض على عدد (10) مسدس و500 طلقة.", "non_conflict"),  # things seized
        ("وألقت الشرطة القبض على كمية من الحشيش في جازان.", "non_conflict"),
        ("انسحب ابن الملا عمر من اجتماع الحركة الجمعة الماضية احتجاجا على اختيار منصور.", "non_conflict"),
        ("استقال الوزير احتجاجا على القرار.", "non_conflict"),  # an objection, no crowd
        (
            "ونقلت الصحيفة أن احتجاج الهيئة على الإعلان استند على نظام اللوحات.",
            "non_conflict",
        ),  # an objection
        ("ويأتي ذلك في إطار سعي تركيا إلى طرد ميليشيات داعش من المنطقة.", "plan"),  # seeking to
        ("وقال المصدر إن الشرطة الآن في طور القبض على بقية أفراد العصابة.", "plan"),  # about to
        ("استعاد سكان مدينة عدن عافيتهم بعد تدفق المساعدات.", "figurative"),  # health, not ground
        ("وتسود حالة احتقان على خلفية نهب مخصصاتهم الغذائية.", "non_conflict"),  # embezzlement, not looting
        (
            "وقال رئيس هيئة الحياة البرية إن الصياد أطلق النار على الأسد خارج المتنزه.",
            "non_conflict",
        ),  # a lion
        ("وأرسل الجيش تعزيزات للقبض على المطلوبين.", "plan"),  # لل + a noun taking على: a purpose
        ("جاء ذلك خلال زيارته مستشفى القوات المسلحة حيث التقى المصابين وقلدهم نوط المعركة.", "reference"),
        ("واستذكر المسيحيون خلال الوقفة ما تعرضوا له من قتل ونهب لممتلكاتهم.", "reference"),  # recalled
        (
            "ووصف هذا النوع من الحروب بالخطير، مستذكرا قيام أحد أفراد التنظيم بإطلاق النار على رجل أمن.",
            "reference",
        ),
        ("وارتطمت السيارة بشجرة ما أدى إلى إصابة الأم بكسر في ظهرها.", "non_conflict"),  # a crash
        ("وفيما تتجه قوات موالية للسيطرة على مدينة شقرة.", "plan"),
        ("وقال إن الهدف هو التقدم نحو الحوطة وتطويق الحوثيين.", "plan"),
        ("أطلقت الأمانة أمس 15 ألف قذيفة نارية احتفالا بعيد الفطر.", "non_conflict"),  # fireworks
        ("وتقدر روسيا أن آلافا من مواطنيها سافروا إلى سوريا للقتال في صفوف داعش.", "plan"),  # to fight
        ("وقال لافروف إن ثمة مخاطر كبرى بأن تصيب الضربات الجوية في سوريا أهدافا خاطئة.", "speculation"),
        (
            "وقال إن تقدم الآليات أصابت عناصر التمرد بالرعب فبادرت إلى الهرب.",
            "figurative",
        ),  # struck with fear
        (
            "وقال مسؤول واصفا حالة الهلع التي أصابت المواطنين إن الجميع مصدوم.",
            "figurative",
        ),  # ... the panic that
        # what this comes after is told as background
        ("ويأتي ذلك بعد أن تمكنت قوات التحالف والمقاومة الشعبية من السيطرة على مدينة عدن.", "reference"),
        ("ويأتي ذلك بعد يومين على هجوم انتحاري تبناه داعش وأوقع 32 قتيلا في مدينة سوروج.", "reference"),
        # attacks made in words: criticism
        ("هاجم الرئيس التركي حزب الشعوب الديمقراطي لالتزامه الصمت.", "figurative"),
        ("شن الوزير هجوما لاذعا على الحكومة.", "figurative"),
        ("شن النائب ميشال عون امس هجوما عنيفا على الحكومة وقائد الجيش.", "figurative"),  # an MP, in words
        # rules of engagement: an arena noun before a shooting
        ("وقال إن أهم قواعد إطلاق النار التي يعتمدها التحالف هو تجنب الخسائر.", "figurative"),
        ("أكد عضو المجلس أن قرار الحكومة بنقل المعسكر إلى بغداد يستهدف المحافظة سياسيا.", "figurative"),
        ("قال الجيش إنه لا صحة لما تردد عن وقوع هجمات مسلحة على أكمنة العريش.", "negation"),  # 'no truth in'
        ("وقال إن من المرجح أن يشن التنظيم هجمات في تونس.", "speculation"),  # 'it is likely'
        ("وحذر من هجمات مستقبلية في تونس.", "future"),  # 'future attacks'
        ("يريد حزب الله الزبداني كي يؤمن السيطرة على غرب دمشق.", "plan"),  # 'so that'
        ("تظاهر المتهمون بالفرح الزائف بعد الجريمة في الرياض.", "figurative"),  # pretended to be glad
        (
            "وقال إن المدنيين في عدن ليسوا طرفا في القتال الدائر حاليا.",
            "figurative",
        ),  # no party to the fighting
        ("قالت مصادر إن الخطة التي أجهضت كانت تقضي باستهداف موكب البغدادي بعبوات ناسفة.", "plan"),  # 'was to'
    ],
)
def test_mentions_veto_non_events(text: str, veto: str) -> None:
    found = _mentions(text)
    assert found, "expected a trigger to be found (and vetoed)"
    assert all(v is not None for _, v in found), found
    assert any(v == veto for _, v in found), found


def test_mentions_looting_a_sum_of_money_is_embezzlement() -> None:
    """A sum of money taken from a fund's revenue (the numbers stage finds the sum): no looting event; armed men
    who loot money, a bank's or people's, still loot."""
    text = "وقالت مصادر إن الميليشيات قامت بنهب أكثر من 300 مليون ريال من إيرادات الصندوق في صنعاء."
    assert rasd.extract(text, published="2015-08-04").events == []
    for text in (
        "نهب مسلحون 20 سيارة من معسكر في صنعاء أمس.",
        "استولى مسلحو تنظيم داعش على فرع مصرف في الموصل ونهبوا أكثر من 400 مليون دينار.",
        "اقتحم مسلحون حوثيون منازل في حي الحصب بتعز ونهبوا أموال ومجوهرات السكان.",
    ):
        events = rasd.extract(text, published="2015-08-04").events
        assert "Looting/property destruction" in [e.sub_event_type for e in events], text


def test_mentions_not_negation_for_still() -> None:
    found = _mentions("لا تزال الاشتباكات مستمرة في المدينة.")
    assert any(r == "clash" and v is None for r, v in found), found


def test_mentions_needs_nearby_word() -> None:
    assert not _mentions("قامت الشركة بعملية تجميل للمبنى.")
    assert not _mentions("الاتفاق يمنع إيران من صنع قنبلة نووية.")  # a bomb is an IED only in an attack
    assert any(r == "ied" for r, _ in _mentions("أصيب ثلاثة من عناصر الشرطة في هجوم بقنبلة."))
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


@pytest.mark.parametrize(
    ("text", "veto"),
    [
        # statements, orders, demands, plans and training: the act has not happened
        ("وستقصف الطائرات مواقع التنظيم غدا.", "future"),  # the future prefix on the verb
        ("وصلت تعزيزات عسكرية لاقتحام المدينة.", "plan"),  # the purpose ل
        ("وتحركت قوات الحراك الجنوبي لبسط سيطرته على الجنوب.", "plan"),  # a verb sense after ل
        ("تسابق الشرطة الزمن لإحباط مؤامرة الاغتيال التي دبرت من سوريا.", "plan"),  # a plot
        ("ونشرت الصحيفة صور فيديو حول اعتقال رجل أسود.", "reference"),  # what a video is about
        # the comma only ends the subject: the expectation still scopes over the verbal noun after it
        ("وتوقع مساعد وزير الدفاع اليمني، تحرير قاعدة العند خلال ساعات.", "speculation"),
        ("وأصدر الأمير توجيهاً بسرعة القبض على الشبان.", "plan"),
        ("وطالب بارزاني بوقف قصف الطائرات التركية.", "plan"),
        ("وصل جنود إلى أربيل لتدريب القوات الكردية على قتال التنظيم.", "plan"),
        ("قال القائد إن الأيام القادمة ستشهد رفع العلم وتحرير المدينة.", "future"),
        ("وتشهد المحافظة، المرحلة المقبلة من القتال في الجنوب.", "future"),  # the next phase, still to come
        ("والعجيب أنه لولا توجيه الأمير للشرطة لما تم القبض على المتهمين.", "conditional"),
        ("ورفض الشاهد الكشف عن اسمه خوفا من الاعتقال.", "speculation"),
        # courts and accusations
        ("اتهمت الحكومة المتمردين بقصف الأحياء السكنية.", "accusation"),
        ("طلبت النيابة العامة الإعدام للمتهم بقتل ثلاثة أشخاص.", "non_conflict"),
        ("ارتفع عدد القتلى من تفشي مرض ليجينير في نيويورك إلى ثمانية.", "non_conflict"),  # a disease toll
        ("واعتبرت هيئة المحلفين المتهم مذنبا في 140 محاولة قتل.", "non_conflict"),
        ("وصدر بحقه حكم بعد أن اعتبر مذنبا في محاولة قتل.", "reference"),
        # funerals, visits to the wounded, condolences, reactions
        ("وشيع الآلاف جثمان الجندي الذي قتل في الهجوم.", "reference"),
        ("وزار الوزير المصابين في المستشفى.", "reference"),
        ("وانتقدت الحكومة بشدة قصف المدينة، مستنكرة قصف الأحياء بالصواريخ.", "reference"),
        ("وتحسبا لاندلاع موجة غضب عقد القائد اجتماعا في أعقاب استشهاد الطفل.", "reference"),
        # a death told as the fruit of a referred-to attack is the same referred-to event
        ("ويأتي الحادث بعد يوم من مقتل 32 شخصا جراء تفجير في سوروج.", "reference"),
        # accidents and disasters
        ("لقي شخصان مصرعهما وأصيب سبعة آخرون في حادث انقلاب مركبة.", "non_conflict"),
        ("قالت السلطات إن الإعصار خلف ستة قتلى.", "non_conflict"),
        ("مصرع امرأتين بحادث على طريق الرياض.", "non_conflict"),  # an indefinite حادث, only deaths told
        ("وأصدرت الوزارة أمرا بنشر قوات على الحدود لمواجهة أي هجوم.", "plan"),
        ("وقال إن على قوات التحالف استهداف الطريق الرابط بين البيضاء وأبين.", "plan"),  # an obligation
        ("وأضاف أنه يجب على الجيش مهاجمة مواقع المسلحين.", "plan"),
        ("وشدد علاوي على أهمية أن تبقى التظاهرات عفوية.", "plan"),  # what should be, not what is
        ("أعلنت نقابات المعلمين في إيران عن تنظيم تظاهرة أمام البرلمان اليوم.", "plan"),  # announced, to come
        ("وذكر بيان النقابة بأن التجمع سيكون أمام البرلمان للمطالبة بإطلاق سراح المعلمين.", "future"),
        ("وقال إنه إذا فشل الاتفاق فإن حزب الله سيرد بهجوم على تل أبيب.", "future"),  # a threatened reply
        ("ودعا ناشطون إلى تنظيم تظاهرات تأييد في العاصمة بغداد.", "plan"),  # a call: the protests are to come
        ("وجددت المعارضة الدعوة إلى التظاهر في العاصمة.", "plan"),
        (
            "وأعلنت الحكومة تضامنها مع مطالب المتظاهرين.",
            "reference",
        ),  # the protesters' demands, no protest told
        ("ورفع الجيش درجات الاستعداد لمواجهة أية عمليات أو محاولات إرهابية تستهدف أمنها.", "plan"),
        ("وأكد أن المحافظة لم تشهد خلال اليومين الأخيرين أي عملية استهداف صاروخي.", "hypothetical"),
        ("وقال أحد المحاربين القدامى المشاركين في القتال ضد التنظيم.", "figurative"),  # who takes part
        ("لقي شاب مصرعه وأصيب آخر بعد اصطدام مركبتهما بجمل سائب.", "non_conflict"),
        # what is controlled is not ground
        ("وأشار إلى أنه تمت السيطرة على الحادث في زمن قياسي.", "figurative"),
        ("وحركة حماس لا تزال تفرض سيطرتها على القطاع.", "figurative"),
        ("في ليبيا حيث تتصارع حكومتان وبرلمانان على السيطرة على البلاد.", "figurative"),  # contested
        ("وإمعان عناصر الميليشيات في السيطرة على الممتلكات الخاصة.", "figurative"),  # property, not ground
        ("واستعادت المقاهي والمطاعم المطلة على الكورنيش الممتد في منطقة بوجعفر حركتها.", "figurative"),
        # a meeting's topics, a need, a condition suffered
        (
            "وصل الوزير إلى بغداد للقاء مسؤولين لبحث القضايا المتعلقة بمواجهة التنظيم وتحرير المدن.",
            "reference",
        ),
        ("وقال إن عملية التحرير تتطلب مزيدا من طلعات طيران التحالف.", "plan"),
        ("منهم 10% يعانون من إصابات دائمة.", "reference"),
        # a perfect verb after an indefinite noun told as an earlier event describes it
        ("ويأتي ذلك بعد سلسلة هجمات في كابل قتلت 51 شخصا الجمعة.", "reference"),
        # no report of it
        ("ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين ورجال الشرطة في اللاذقية.", "negation"),
        ("ولم تسجل أي إصابات في صفوف المدنيين.", "negation"),
        # a visit to the wounded, however many words name the visitor
        (
            "زار أمير منطقة عسير بعد ظهر اليوم، المصابين من منسوبي قوات الطوارئ، نتيجة التفجير الذي استهدف مسجدا.",
            "reference",
        ),
        # a side's role in a past victory
        ("قرر الرئيس مكافأة أفراد المقاومة ودورهم في الانتصارات الأخيرة خصوصا تحرير مدينة عدن.", "reference"),
        # a protest called for, an arrest not made or still to be made
        ("أقدمت مليشيات الحوثي على الدعوة لمظاهرات في العاصمة صنعاء.", "plan"),
        ("ولم تتحرك الشرطة لالقاء القبض على أي من المتظاهرين.", "negation"),
        ("وأرسلت الوزارة قوة لإلقاء القبض عليهم.", "plan"),
        # who a man is: one of those who took part in a past battle
        ("قال العميد أحد القادة الذين شاركوا في تحرير قاعدة العند إن المحافظة أصبحت آمنة.", "reference"),
        # a toll told as what a decision came shortly after; the wounded a hospital received
        ("قالت تركيا إن قرارها جاء بعد وقت قصير على مقتل 32 شخصا في سروج.", "reference"),
        ("وقد استقبلت إسرائيل ألوف الجرحى في المستشفى الميداني.", "reference"),
        # arrangements for an operation that may come
        ("قالت مصادر إن الزيارة قد تكون ترتيبات لعملية عسكرية برية في مأرب.", "speculation"),
        ("وتجري الترتيبات لعملية عسكرية في مأرب.", "plan"),
        # the relative clause of a referred-to attack tells what that attack did
        ("وقالت إن العملية رد على الهجوم الانتحاري الذي استهدف في سوروتش ناشطين أكرادا.", "reference"),
        # a past act joined by و to a referred-to one ("after its attack last year, and its control of ...")
        (
            "أرسلتهم واشنطن بعد الهجوم الواسع للتنظيم العام الماضي، وسيطرته على مناطق عدة في العراق.",
            "reference",
        ),
    ],
)
def test_mentions_veto_statements_plans_courts_and_retellings(text: str, veto: str) -> None:
    found = _mentions(text)
    assert found, "expected a trigger to be found (and vetoed)"
    assert all(v is not None for _, v in found), found
    assert any(v == veto for _, v in found), found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # ل after تعرض: undergone, not planned
        ("وقبل ذلك، تعرض مطعم صيني معروف في إسطنبول لهجوم.", "attack"),
        ("وقصف المتمردون الحي، ما أدى لمقتل ثلاثة مدنيين.", "kill"),
        ("لقي العشرات من عناصر التنظيم مصرعهم في المواجهات المسلحة في الأنبار.", "clash"),
        # a court does not veto an arrest
        ("أعلنت الشرطة ومكتب النيابة العامة توقيف شخصين في لندن.", "arrest"),
        ("وتجمع المحامون أمام المحكمة في وقفة احتجاجية.", "protest"),
        ("تجمع ستة آلاف متظاهر أمام البرلمان في أثينا.", "protest"),  # a singular protester after a count
        ("ألقى الطيران المروحي عشرين برميلا متفجرا على الزبداني.", "airstrike"),  # barrel bombs, accusative
        ("أقدم مدمن مخدرات على قتل شقيقه.", "kill"),  # ordinary crime is still an assault
        ("تم إيقاف ثلاثة أشخاص في المطار.", "arrest"),
        ("وأسفر الحادث عن مقتل ثلاثة جنود.", "kill"),  # الحادث refers back to an attack
        ("قتل جندي في حادث أمني في سيناء.", "kill"),
        ("سيطرت المعارضة على سوق الهال في مدينة حلب.", "territory_gain"),
        # after a comma, و + a noun with no pronoun opens a new clause: the coalition bombed
        (
            "أحكمت المقاومة قبضتها على عدن بعد معارك ضارية، وقصف طيران التحالف أمس مواقع للحوثيين.",
            "airstrike",
        ),
        ("كثفت طائرات التحالف غاراتها على محيط القاعدة، وقصفت تجمعات المتمردين.", "shelling"),
        ("تمكنت الأجهزة الأمنية من إحباط تسلل 181 شخصا إلى ليبيا وإلقاء القبض عليهم.", "arrest"),
        ("وخرج الآلاف في مظاهرة حاشدة في صنعاء.", "protest"),
        # a crowd out raising its demands
        ("خرج المئات امس في كربلاء رافعين المطالب ذاتها.", "protest"),
        # a town entered and declared free of the rebels: taken
        (
            "اقتحمت المقاومة أمس مواقع الحوثيين حول مدينة لحج ودخلتها وأعلنتها خالية من المتمردين.",
            "territory_gain",
        ),
        # praise told before a clause that فيما opens with a verb: the praise holds not the new act
        ("وأشاد مسؤول يمني بدور المملكة، فيما سيطرت المقاومة الشعبية على مثلث العند.", "territory_gain"),
    ],
)
def test_mentions_real_events_beside_the_new_cues(text: str, role: str) -> None:
    found = _mentions(text)
    assert (role, None) in found, found


def test_mentions_stopping_is_not_an_arrest_without_a_person() -> None:
    assert all(r != "arrest" for r, _ in _mentions("وطالبت الدول بإيقاف البرنامج النووي الإيراني."))


def test_mentions_a_crowd_out_in_protest_is_a_protest() -> None:
    assert ("protest", None) in _mentions("خرج المئات إلى الشوارع احتجاجا على القرار.")


def test_mentions_people_held_with_things_are_an_arrest() -> None:
    assert ("arrest", None) in _mentions("وتمكنت الدوريات من القبض على 3 مهربين بحوزتهم أسلحة.")


def test_mentions_lam_of_for_is_not_a_purpose() -> None:
    """لجثث is 'of bodies', not 'to bodies': the purpose ل only reads on a verbal noun (لاقتحام)."""
    found = _mentions("وتداول ناشطون صورا لجثث ملقاة في شوارع لحج.")
    assert all(v != "plan" for _, v in found), found


def test_mentions_qad_before_an_imperfect_is_may_and_before_a_perfect_is_past() -> None:
    assert ("arrest", "speculation") in _mentions(
        "وحذر التقرير من أن عناصر معادية قد يعرضون رعاياها للاعتقال."
    )
    assert ("arrest", None) in _mentions("وقد تمكنت قوات الأمن من القبض على ثلاثة مطلوبين في القطيف.")


def test_mentions_a_list_after_a_vetoed_trigger_shares_its_veto() -> None:
    """ "إيقاف استهداف عدن بصواريخ الكاتيوشا وقذائف المدفعية": stopping the shelling stops every weapon listed."""
    found = _mentions(
        "مكنتها السيطرة على القاعدة من إيقاف استهداف مدينة عدن بصواريخ الكاتيوشا وقذائف المدفعية."
    )
    assert [veto for role, veto in found if role != "territory_gain"] == ["plan"] * 5, found


def test_mentions_the_range_of_rockets_is_no_shelling() -> None:
    found = _mentions("وأكدت المقاومة أن مدى الصواريخ وقذائف المدفعية لن يصل إلى مدينة عدن.")
    assert found and all(veto is not None for _, veto in found), found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وانسحب المسلحون لكنهم تركوا خلفهم ألغاما أرضية.", False),  # mines laid, none went off
        ("أصيب ثلاثة أطفال بلغم أرضي في تعز أمس.", True),
    ],
)
def test_mentions_a_mine_is_an_explosion_only_with_a_blast_or_a_casualty(text: str, found: bool) -> None:
    assert (("ied", None) in _mentions(text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "استقدمت الميليشيا عددا من الشباب من صعدة للمشاركة في القتال في عدن وتعز.",
        "الحوثيون يجندون 5 آلاف شاب للقتال في عدن وتعز.",
    ],
)
def test_mentions_recruiting_for_a_fight_is_no_fight(text: str) -> None:
    assert all(veto == "plan" for _, veto in _mentions(text)), _mentions(text)


def test_mentions_a_chemical_attack_with_its_toll_is_one() -> None:
    assert ("chemical", None) in _mentions("قتل 10 أشخاص في هجوم بغاز الكلور على بلدة سرمين في إدلب أمس.")


def test_mentions_bombing_from_warplanes_is_an_air_strike() -> None:
    assert ("airstrike", None) in _mentions("وقتل 15 آخرون في قصف من طيران حربي على بلدة سراقب أمس.")


def test_mentions_strikes_of_an_air_force_and_aircraft_that_target_are_air_strikes() -> None:
    assert ("airstrike", None) in _mentions("قال البيان إن ضربات التحالف أصابت مواقع لداعش قرب الرقة أمس.")
    assert ("airstrike", None) in _mentions("واستهدف الطيران أمس مباني المجمع الحكومي بمدينة البيضاء.")
    # a penalty kick is no strike
    assert not [r for r, _ in _mentions("سجل الفريق هدفا من ضربة جزاء في الرياض أمس.") if r == "airstrike"]


def test_mentions_spreading_sway_over_positions_is_taking_them() -> None:
    assert ("territory_gain", None) in _mentions(
        "وأضاف المصدر أن هذه القوات بسطت نفوذها على خمسة مواقع على تخوم عتق."
    )


@pytest.mark.parametrize(
    "text",
    [
        "ويحكم الأكراد اليوم السيطرة على الشريط الحدودي قرب كوباني.",
        "فيما يحتفظ النظام بسيطرته على معبر كسب في ريف إدلب.",
        "وبالتالي تتوجس أنقرة من سيطرتهم على كامل الشريط الحدودي.",
        "وسيطر تنظيم داعش على مساحات كبيرة من سوريا والعراق.",
    ],
)
def test_mentions_control_held_kept_or_feared_is_no_takeover(text: str) -> None:
    assert not [r for r, v in _mentions(text) if r == "territory_gain" and v is None]


def test_mentions_control_tightened_is_a_takeover() -> None:
    assert ("territory_gain", None) in _mentions("وأحكمت القوات سيطرتها على مدينة الرمادي أمس.")


def test_mentions_control_needs_its_ala_after_the_verb() -> None:
    """ "قصف للطيران الحربي على مناطق سيطرتهم": على before سيطرتهم names no ground taken."""
    found = _mentions("قتل 13 من داعش جراء قصف للطيران الحربي على مناطق سيطرتهم في حي النشوة.")
    assert not [r for r, v in found if r == "territory_gain" and v is None], found


def test_mentions_a_rhetorical_how_much_more_is_no_act() -> None:
    found = _mentions("فكيف بقتل مسلمين صائمين أتوا للصلاة والعبادة.")
    assert found and all(veto is not None for _, veto in found), found


# Words that tell of no act: announced or conditional protests, attempts under way, depots, stockpiles, a plan's
# means, labour inspections, crashes, a court's sentence, market names, visits to the wounded and accusations.
@pytest.mark.parametrize(
    "text",
    [
        "وقال إن من المرتقب انطلاق مظاهرات للأسبوع الثاني ضد الفساد في العراق.",
        "وقال الناطق إن كل من يخرج في مظاهرة مناصرة للنظام السابق ستتم مواجهته.",
        "ويحاول التنظيم التقدم للسيطرة على قرى وبلدات تحت سيطرة الفصائل.",  # an attempt under way
        "سيطر تنظيم داعش على مخازن أسلحة في ريف حمص أمس.",  # weapons, not ground
        "إنها من المناطق التي خزن القذافي في محيطها أسلحة كيماوية.",  # a stockpile, no attack
        "يشتبه في انهم كانوا يخططون لارتكاب اعتداءات في المغرب من خلال استهداف مواقع سياحية.",  # the plan's means
        "نفذ مكتب عمل تبوك اليوم حملة تفتيش وأسفرت الحملة عن ضبط 46 من العمالة المخالفة لنظام العمل.",  # labour law
        "وأضافت أن سقوط الطائرة أدى إلى اشتعال النار في منازل، وأن رجلين داخل الطائرة لقيا مصرعهما.",  # a crash
        "نفذت وزارة الداخلية أمس حكم القتل تعزيرًا في مهرب مخدرات بمحافظة جدة.",  # a court's sentence
        "نفذت البلدية حملات مكثفة على الباعة في منطقة أسواق الصواريخ في جدة.",  # a market's name
        "نقل مدير الأمن العام تحيات الأمير إلى المصابين المنومين في المستشفى جراء الاعتداء الذي وقع أمس الأول.",
        "واتهمت ميليشيا وحدات الحماية الكردية تنظيم داعش بإطلاق قذائف على قواتها الشهر الماضي.",
        "لكن الكشف الطبي الذي خضع له اللاعب أكد تعرضه إلى إصابة.",  # a player's injury
        # weapons held, seized or counted: no ground taken, nothing fired
        "إن مصراتة استولت على كميات ضخمة من الأسلحة من مخازن الجيش في مدينة سرت.",
        "استولى مقاتلو مصراتة على مئات الدبابات والمدرعات وكميات مهولة من صواريخ غراد.",
        "أن الميليشيات هناك تمتلك ترسانة من المضادات الأرضية والصواريخ والأسلحة المتوسطة.",
        "يمتلك حزب الله عشرات الآلاف من الصواريخ الموجهة ناحية إسرائيل.",
        "انتشلت فرقة الدفاع المدني بمحافظة الريث اليوم جثة غريقين من مياه راكدة في وادي لجب.",  # drowned
        "أفادت تقارير بأن طائرة صغيرة تحطمت في إحدى ضواحي طوكيو اليوم مما أسفر عن مقتل ثلاثة أشخاص.",  # a crash
        "كما اتجهت آليات عسكرية منها دبابات نحو مدينة الضالع للاستعداد لمعركة استكمال تحرير الضالع.",
        "وعلى متنها لاجئون غادروا المدينة عند اندلاع المعارك فيها.",  # the fighting they fled, told before
        # weapons seized in a sweep were not used
        "وصادرت الشرطة سلاح «كلاشينكوف» وثلاثة مخازن وقنابل يدوية ومناظير ليلية.",
        # devices cleared from an area, none went off
        "وانهمك رجال المقاومة طيلة الأيام الماضية في تطهير مناطقهم من العبوات الناسفة التي زرعها الحوثيون.",
        # a municipal raid on a counterfeit-medicine workshop (not COERCE by the sentence conventions)
        "قامت الجهات الرقابية ببلدية الدلم بمداهمة مصنع يديره عدد من العمال الأجانب لتعبئة مستحضرات طبية مغشوشة.",
        # reports that conflict: nobody knows yet
        "رغم أن المعلومات متضاربة بشأن سيطرت الحوثيين عليها.",  # (the paper's spelling of سيطرة)
        # awaited: still to come
        "إن المنطقة الشمالية لعدن أصبحت مطهرة بشكل كامل بانتظار المعركة الفاصلة في المدينة الخضراء.",
    ],
)
def test_mentions_no_act_is_reported(text: str) -> None:
    assert all(veto is not None for _, veto in _mentions(text)), _mentions(text)


@pytest.mark.parametrize(
    "text",
    ["وتمكنت فرق الهندسة من تفكيك 35 عبوة ناسفة قرب الطريق.", "وأبطلت الشرطة مفعول عبوة ناسفة في السوق."],
)
def test_mentions_the_device_defused_was_not_used(text: str) -> None:
    """The weapon a defusing names is its object: the defusing is the event, no explosion is."""
    found = _mentions(text)
    assert ("defuse", None) in found, found
    assert ("ied", "object") in found, found


def test_mentions_a_body_carried_home_is_no_killing() -> None:
    """جثمان is the body of the honoured dead, carried, received and buried: no killing is told; a found corpse
    (جثة) still is one."""
    assert not _mentions("ووصل جثمان الشهيد ضابط الصف أمس إلى مطار البطين في أبوظبي.")
    assert ("kill", None) in _mentions("عثر الأهالي على جثة رجل في الطريق.")


def test_mentions_strikes_that_stop_are_no_strikes() -> None:
    """ "هدنة ... تتوقف خلالها الغارات": the truce is told; the strikes it halts are not."""
    found = _mentions("اعلن التحالف هدنة لمدة خمسة ايام تتوقف خلالها الغارات.")
    assert ("airstrike", "negation") in found, found


def test_mentions_a_seized_weapons_shipment_is_a_disrupted_weapons_use() -> None:
    """ "توقيف شحنة أسلحة" holds a cargo, not a person: ACLED's disrupted weapons use, no arrest; a seized drugs
    shipment is no conflict event at all."""
    found = _mentions("وتمكن الجيش من توقيف شحنة أسلحة كانت قادمة للإرهابيين في بنغازي.")
    assert ("defuse", None) in found and not any(role == "arrest" for role, _ in found), found
    assert ("defuse", None) in _mentions("وتمكنت قوات الأمن من ضبط كميات من الأسلحة والذخائر في الرمادي.")
    assert not _mentions("وتمكنت الشرطة من ضبط كمية من المخدرات في ميناء جدة أمس.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("صحة الأحساء تشدد على رفضها لأوجه الفساد ومظاهره وأساليبه.", False),  # its manifestations
        ("وقد حمله الملك سلمان تحياته إلى الرئيس.", False),  # carried it
        ("وقال في تصريح نقلته مصادره إن الوزير وصل.", False),  # his sources
        ("خرجت مظاهرة في بغداد أمس احتجاجا على انقطاع الكهرباء.", True),
        ("سقطت قذيفة على حي سكني في دمشق.", True),
        ("خرجت مظاهرةٌ في بغداد.", True),  # harakat do not hide the ta marbuta
    ],
)
def test_mentions_a_pronoun_ha_is_no_ta_marbuta(text: str, found: bool) -> None:
    assert bool(_mentions(text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "تدخلت الجهات الأمنية أمس لفض اشتباكات بالأيدي بين عدد من الشبان.",  # a fistfight
        "وقام الرجل بتسديد لكمات إلى سمكة القرش التي هاجمته أمس.",  # a shark
        "واكد اردوغان ان تركيا سمحت للولايات المتحدة بشن غارات جوية على داعش.",  # a permission
        "وقالت السلطات إنها ستمنع متظاهرين من تنظيم مسيرة في إسطنبول اليوم.",  # a ban announced
        "وتستميت ميليشيات الحوثي في محاولة لاستعادة سيطرتها على مدينة عدن.",  # an attempt to regain
        "وانسحبت الجبهة كي تركز على معاقل النظام مع اقتراب المواجهات من دمشق.",  # fighting drawing near
        "كادت دورية عسكرية تطلق النار على الشيخ في نابلس أمس.",  # almost
        "واكد المصدر ان جميع الضحايا مدنيون وليس بين القتلى او الجرحى أي شرطي.",  # none of them
        "أدت حمى الضنك إلى وفاة أكثر من 600 شخص وإصابة عشرة آلاف آخرين في عدن.",  # dengue
        "وقال إن المقاتلين نشروا في مسرح المعارك خلال الأسابيع الماضية.",  # the theatre of war
        "أعلنت تركيا أمس أنها ستطلق قريبا هجوما واسع النطاق ضد تنظيم داعش.",  # a future verb governs it
        "ستتجه المقاومة إلى تحرير مدينة أبين.",
        "حذرت الخارجية الألمانية من هجمات محتملة تستهدف قطارات الأنفاق في إسطنبول.",  # possible attacks
        "ويجوز للمحكمة إعفاؤه من العقوبة متى أدى الإبلاغ إلى ضبط باقي الجناة.",  # a law's condition
        "إلا إن القاعدة وداعش ارتأوا أن قتل المسلمين طريق لتحرير فلسطين.",  # what they deemed
    ],
)
def test_mentions_fights_animals_permissions_bans_and_attempts_are_no_events(text: str) -> None:
    assert all(veto is not None for _, veto in _mentions(text))


def test_mentions_a_condemned_act_dated_today_is_news() -> None:
    """The condemnation is no event, but the bombing it names, told in a relative clause as today's or
    yesterday's, is first reported here; one named by a weekday or last month stays a reference."""
    text = "ندد الوزير بالتفجير الإرهابي الذي وقع ظهر اليوم في مسجد بمنطقة عسير."
    events = rasd.extract(text, published="2015-08-06").events
    assert [(e.sub_event_type, e.status, e.date) for e in events] == [
        ("Remote explosive/landmine/IED", "reported", "2015-08-06")
    ]
    old = "أدانت الوزارة الهجوم الذي استهدف الشهر الماضي نقطة أمنية في مدينة العريش."
    assert not [e for e in rasd.extract(old, published="2015-08-06").events if e.status == "reported"]


def test_mentions_the_killing_a_crowd_accuses_a_man_of_is_an_accusation() -> None:
    """ "اعتصاما ... لمعاقبة رجل يتهمونه بقتل عقيد": the sit-in is told, the killing is what he is accused of."""
    found = _mentions("بدأ ألف شخص اعتصاما للدعوة لمعاقبة رجل يتهمونه بقتل عقيد في الجيش.")
    assert ("protest", None) in found and ("kill", "accusation") in found, found


def test_mentions_deaths_in_the_incident_after_a_crash_are_the_crash() -> None:
    """ "لقوا حتفهم في الحادث" after "اصطدمت حافلة بسور": the crash told before, no attack; after a bombing
    "الحادث" is the bombing."""
    crash = rasd.extract(
        "لقي تسعة لاجئين حتفهم عندما اصطدمت حافلة بسور أمس في تركيا. وقال المسؤول إن تسعة أشخاص لقوا حتفهم في "
        "الحادث الذي وقع قرب المدينة.",
        published="2015-08-01",
    )
    assert not crash.events
    bombing = rasd.extract(
        "قتل تسعة أشخاص في تفجير انتحاري في بغداد أمس. وقال المسؤول إن تسعة أشخاص لقوا حتفهم في الحادث.",
        published="2015-08-01",
    )
    assert [e.sub_event_type for e in bombing.events] == ["Suicide bomb"]


def test_mentions_a_fire_someone_set_is_arson_not_an_accident() -> None:
    """ "في حريق أضرمه مستوطنون": the settlers set it; "في حريق شب في منزل" is an accident."""
    doc = rasd.extract(
        "قتل طفل فلسطيني أمس في حريق أضرمه مستوطنون بمنزل في الضفة الغربية.", published="2015-08-01"
    )
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in doc.events] == [
        ("Attack", "Israeli Settlers")
    ]
    assert not rasd.extract("قتل طفل في حريق شب في منزل في بغداد أمس.", published="2015-08-01").events


@pytest.mark.parametrize(
    "text",
    [
        "ولقد انتقل الأمر إلى مستوى جديد مع هجمات دودة ستوكسنت الإلكترونية التي تعرضت إليها إيران.",
        "قال مسؤول إن بعض الطيارين يرفضون القصف في رمضان.",
        "قال مصدر إن عناصر حوثية رفضوا القتال في صفوف الجماعة وحاولوا تسليم أنفسهم.",  # refused in the past
        "أعلن التحالف وقفاً لإطلاق النار مساء الأحد.",  # a ceasefire in the accusative: no shooting
        "أكد المسؤول أن المدينة لا تزال تحت سيطرة داعش.",  # control held
        "أصيبت الحريات الإعلامية في اليمن بنكسة كبيرة.",  # a setback, no one hurt
        "وقال المجلس إنه تم إقرار القيام بعمليات عسكرية ضد الحوثيين في الضالع.",  # a decision, still to come
        "أكد الوزير أن سيطرة داعش على الموصل لن تدوم.",  # a clause after أن, no takeover told
        # a funeral's dead and 'فيما أصيب 7 آخرون': the wounded of the attack mourned, no new act
        "شيع آلاف المواطنين في العريش جثامين 5 جنود قتلوا في هجوم على كمين أمني، فيما أصيب 7 آخرون.",
        "أكد العميد وجود تنسيق مع التحالف من خلال غرفة عمليات مشتركة أثناء المواجهات مع الحوثيين.",
        "أعلنت النقابة الاثنين أن حركة المترو في لندن ستتوقف الأربعاء لمدة 24 ساعة احتجاجا على شروط العمل.",
    ],
)
def test_mentions_no_violence_named_and_acts_still_to_come_are_no_events(text: str) -> None:
    """A cyber attack, a refused strike or fight, a ceasefire, an operations room, a strike announced for
    Wednesday."""
    assert not rasd.extract(text, published="2015-08-09").events
