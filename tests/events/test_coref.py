"""In-article coreference on whole texts (all stages run): one incident told over several lines stays one event."""

from __future__ import annotations

import pytest

import rasd


def _reported(text: str) -> list[rasd.Event]:
    return [e for e in rasd.extract(text, published="2015-07-30").events if e.status == "reported"]


def test_coref_a_sentence_opening_on_another_item_is_another_incident() -> None:
    """ "من ناحية ثانية": the Peshmerga's fight near an unknown village is not the execution in Mosul told before."""
    text = (
        "أعدم داعش أمس إماما في الموصل. من ناحية ثانية، صدت البيشمركة ليلة أمس هجوما لداعش قرب بعشيقة وقتل خلال "
        "الهجوم 15 مسلحا."
    )
    events = _reported(text)
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Armed clash", 15), ("Attack", 1)]


def test_coref_another_voice_on_the_act_told_before_is_that_act() -> None:
    """ "من جانب آخر" opening another voice on "الحادث الغادر" told before: still the one bombing."""
    text = (
        "قتل 15 من رجال الأمن في تفجير انتحاري بمسجد قوات الطوارئ في أبها أمس. من جانب آخر أوضح مواطنون أن الحادث "
        "الغادر الذي استهدف رجال الأمن أثناء أداء الصلاة يؤكد أن الفئة الضالة بعيدة عن الدين."
    )
    assert len(_reported(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "قتل 5 جنود في هجوم انتحاري على نقطة تفتيش في العريش. إلى ذلك، أصيب 3 مدنيين بجروح جراء الانفجار.",
        "قتل 5 جنود في هجوم على نقطة تفتيش في العريش. من ناحية أخرى، أصيب 4 من المارة بجروح في الانفجار.",
    ],
)
def test_coref_more_detail_on_the_act_after_a_topic_shift_is_that_act(text: str) -> None:
    """A definite act noun the sentence does not first tell as its own act (جراء الانفجار) points back."""
    assert len(_reported(text)) == 1


def test_coref_next_sentence_refines_the_place() -> None:
    text = (
        "قال سكان اليوم الخميس إن طائرة بدون طيار هاجمت سيارة في جنوب اليمن خلال الليل وقتلت أربعة من تنظيم القاعدة. "
        "وكان من بين قتلى الهجوم الذي نفذته الطائرة في مديرية المحفد بمحافظة أبين قيادي محلي."
    )
    (ev,) = _reported(text)
    assert ev.location is not None and ev.location.name == "Al Maḩfid"
    assert ev.fatalities == 4


def test_coref_headline_line_merges_into_the_lead() -> None:
    text = (
        "مقتل 4 من القاعدة في ضربة جوية أمريكية\n"
        "قال سكان اليوم الخميس إن طائرة بدون طيار هاجمت سيارة في مديرية المحفد بمحافظة أبين وقتلت أربعة من القاعدة."
    )
    (ev,) = _reported(text)
    assert ev.evidence is not None and ev.evidence.text.startswith("قال سكان")
    assert ev.location is not None and ev.location.name == "Al Maḩfid"


def test_coref_another_town_is_another_incident() -> None:
    text = "قتل ثلاثة جنود في هجوم على حاجز في مدينة الرمادي أمس. وقتل مدنيان في هجوم آخر في مدينة الموصل."
    assert len(_reported(text)) == 2


def test_coref_the_other_sides_act_in_the_same_town_is_another_incident() -> None:
    """Same town, same day, but B is done by A's named target: the Houthis' shelling of Aden is not the government's
    advance on the Houthis told again."""
    text = (
        "تقدمت القوات الموالية لحكومة الرئيس هادي الأحد باتجاه مقر الرئاسة في مدينة عدن في مواجهات مع المتمردين "
        "الحوثيين. وقتل 57 مدنيا على الأقل الأحد في قصف نسب إلى المتمردين الحوثيين على عدن."
    )
    clash, shelling = _reported(text)
    assert (clash.sub_event_type, shelling.sub_event_type) == (
        "Armed clash",
        "Shelling/artillery/missile attack",
    )
    assert shelling.fatalities == 57


def test_coref_the_blast_names_the_bombing() -> None:
    """ "لحظة الانفجار" two sentences after "التفجير الإرهابي الذي استهدف مسجدا": the same bombing."""
    text = (
        "روى إمام المسجد تفاصيل اللحظات الأخيرة للتفجير الإرهابي الذي استهدف مسجدا بعسير أمس. "
        "وقال إن المسجد يتسع لقرابة ألف عسكري. "
        "وأكد أن عدد رجال الأمن المتواجدين لحظة الانفجار كان حوالي 200 عسكري."
    )
    assert len(_reported(text)) == 1


def test_coref_the_next_line_names_the_place_the_first_left_untold() -> None:
    """ "قنبلة انفجرت أسفل حافلة ركاب" then "وقال إن الانفجار وقع في منطقة دار سلم بجنوب صنعاء": one bombing."""
    text = (
        "قالت الشرطة اليمنية إن قنبلة انفجرت أسفل حافلة ركاب أمس مما أسفر عن مقتل ثلاثة أشخاص. "
        "وقالت الشرطة في بيان إن الانفجار وقع في منطقة دار سلم بجنوب صنعاء."
    )
    (ev,) = _reported(text)
    assert ev.fatalities == 3
    assert ev.location is not None and ev.location.name == "Sanaa"


def test_coref_a_protest_told_again_in_its_town_with_no_other_day_is_one_protest() -> None:
    """ACLED codes one protest event per town and day: the dispersal told after the protest in Nouakchott, and the
    chases told after بينما, are that protest's."""
    text = (
        "استخدمت الشرطة الموريتانية أمس القوة من أجل تفريق مظاهرة نظمها عشرات الناشطين الحقوقيين في العاصمة "
        "نواكشوط. وتسببت المظاهرة في إغلاق المحلات التجارية وسط نواكشوط، بينما استمرت المطاردات بين الشرطة "
        "والمتظاهرين في الشوارع الرئيسية."
    )
    assert len(_reported(text)) == 1


def test_coref_what_came_next_is_another_incident() -> None:
    """ "وبعد ذلك" / "ثم" opening the next line tell a later act, even with no place of its own."""
    first = "قتل خمسة جنود في هجوم شنه مسلحون على حاجز عسكري في مدينة الرمادي أمس. "
    assert len(_reported(first + "وقتل المسلحون ثلاثة من عناصر الشرطة في الهجوم.")) == 1
    for later in (
        "وبعد ذلك بساعات اقتحم مسلحون مركزا للشرطة وقتلوا ثلاثة من عناصره.",
        "ثم اقتحم مسلحون مركزا للشرطة وقتلوا اثنين من عناصره.",
    ):
        assert len(_reported(first + later)) == 2, later


def test_coref_a_claim_of_the_told_attacks_is_no_new_event() -> None:
    text = (
        "يذكر أنه في 18 مارس قتل 20 أجنبيا في هجوم شنه شخصان على متحف باردو في تونس. "
        "وبعد ثلاثة أشهر في 26 يونيو قتل 38 سائحا حين أطلق طالب تونسي النار على السياح في فندق بمدينة سوسة. "
        "وأعلن تنظيم داعش مسؤوليته عن الهجومين."
    )
    events = rasd.extract(text, published="2015-08-06").events
    assert not [e for e in events if e.status == "reported"], [e.evidence.text for e in events if e.evidence]
    assert any(e.claimed_by is not None and e.claimed_by.name == "Islamic State" for e in events)


@pytest.mark.parametrize(
    "second",
    [
        "وقال مسؤول إن حصيلة هذا الهجوم بلغت 12 قتيلا بحسب مصادر طبية في الرياض.",  # its own place, the same
        "ويعد هذا التفجير من أكثر التفجيرات دموية منذ العام الماضي.",  # a summary word, no other act
    ],
)
def test_coref_an_act_named_with_a_demonstrative_is_the_one_just_told(second: str) -> None:
    events = rasd.extract(
        "انفجرت سيارة مفخخة في سوق شعبي بمدينة الرياض أمس. " + second, published="2015-07-30"
    ).events
    assert len(events) == 1, [(e.status, e.sub_event_type) for e in events]


def test_coref_merging_a_side_named_first_never_puts_one_actor_on_both_sides() -> None:
    """``merge_into``: A tells only who was hit (the Houthis), B names the Houthis first in a clash with the
    resistance; the merged incident takes B's pair, not the Houthis on both sides."""
    from rasd.actors.registry import registry
    from rasd.events.coref import merge_into
    from rasd.events.incident import Incident

    text = "الحوثيين المقاومة"
    reg = registry()
    houthis = reg.actors["houthis"].mention(text, 0, 8, generic=False)
    resistance = reg.actors["popular-resistance"].mention(text, 9, 17, generic=False)
    a = Incident(family="violence", mentions=[], sents=[0], actor2=houthis)
    merge_into(a, Incident(family="violence", mentions=[], sents=[1], actor1=houthis, actor2=resistance))
    assert (a.actor1, a.actor2) == (houthis, resistance)


def test_coref_the_next_line_naming_only_the_country_is_the_same_protest() -> None:
    """Right after a protest in Baghdad, a line that names only Iraq tells no protest of its own."""
    text = (
        "انطلقت مظاهرات عارمة في ساحة التحرير وسط العاصمة بغداد أمس احتجاجا على سوء الخدمات. وأضاف أحد "
        "المنظمين أن المتظاهرين في العراق يطالبون بحل سريع لمشكلة الكهرباء."
    )
    events = rasd.extract(text, published="2015-08-01").events
    assert [(e.sub_event_type, e.location and e.location.name) for e in events] == [
        ("Peaceful protest", "Baghdad")
    ]


def test_coref_a_town_taken_that_day_and_told_again_without_a_date_is_one_change_of_control() -> None:
    text = (
        "أكدت المقاومة الشعبية أمس أنها سيطرت على مدينة عدن بعد معارك عنيفة مع الحوثيين.\n\n"
        "وفي سياق آخر، شنت طائرات التحالف غارات على مواقع في صعدة.\n\n"
        "وقال مصدر مسؤول إن المقاومة والجيش تمكنا من استعادة السيطرة على مدينة عدن."
    )
    ground = [e for e in _reported(text) if "territory" in e.sub_event_type]
    assert len(ground) == 1 and ground[0].date == "2015-07-29"


def test_coref_an_undated_town_taken_and_an_undated_attack_there_stay_apart() -> None:
    text = (
        "أكدت المقاومة الشعبية أمس أنها سيطرت على مدينة عدن بعد معارك عنيفة مع الحوثيين.\n\n"
        "وفي سياق آخر، شنت طائرات التحالف غارات على مواقع في صعدة.\n\n"
        "وقال مصدر إن انفجار عبوة ناسفة في مدينة عدن أدى إلى مقتل ثلاثة مدنيين."
    )
    assert len(_reported(text)) == 3


def test_coref_one_truce_told_on_two_days_is_one_agreement() -> None:
    text = (
        "ونفى المتحدث باسم الحوثيين الأحد رفض زعيمهم الالتزام بالهدنة التي أعلنها التحالف العربي في اليمن.\n\n"
        "وفي سياق آخر، شنت طائرات التحالف غارات على مواقع في صعدة.\n\n"
        "وأعلن التحالف العربي بقيادة المملكة السبت الهدنة استجابة لطلب الرئيس هادي."
    )
    assert len([e for e in _reported(text) if e.sub_event_type == "Agreement"]) == 1


def test_coref_the_vehicle_hit_named_again_after_a_paragraph_break_is_the_same_attack() -> None:
    text = (
        "أعلنت الشرطة الكينية ان مقاتلين من حركة الشباب قتلوا خمسة أشخاص في هجوم على آلية للشرطة أمس.\n\n"
        "وقالت الشرطة ان الآلية انفجرت بعد مرورها فوق لغم قبل ان تستهدف بقنابل يدوية."
    )
    (ev,) = _reported(text)
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.fatalities == 5


def test_coref_a_toll_in_this_quarter_is_the_incident_told_there_before() -> None:
    (ev,) = _reported(
        "سيطرت قوات هادي الاثنين على حي التواهي في عدن. وأكد الناطق أن المتمردين ما زالوا في الحي. "
        "وقالت مصادر عسكرية إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا."
    )
    assert ev.fatalities == 28
    assert ev.location is not None and ev.location.geo_precision < 3


def test_coref_the_next_sentence_at_a_coarser_grain_is_the_same_incident() -> None:
    """ "وقال مسؤول في الأنبار إن الهجوم أسفر عن مقتل ثلاثة جنود" right after an attack in Ramadi: the same
    attack told again with the province it lies in, its toll joins it."""
    events = rasd.extract(
        "هاجم مسلحون أمس حاجزا للجيش في مدينة الرمادي. وقال مسؤول في الأنبار إن الهجوم أسفر عن مقتل ثلاثة جنود.",
        published="2015-07-26",
    ).events
    assert [(e.location.name if e.location else None, e.fatalities) for e in events] == [("Ramadi", 3)]


def test_coref_the_same_toll_at_the_same_place_in_the_next_sentence_tells_how_they_died() -> None:
    doc = rasd.extract(
        "كشف مصدر أمني أمس عن مقتل 15 من عناصر داعش قرب بيجي. وقال المصدر إن عبوة ناسفة انفجرت عند مرور رتل "
        "للتنظيم في مدينة بيجي ما أسفر عن مقتل 15 منهم.",
        published="2015-08-01",
    )
    (ev,) = doc.events
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.fatalities == 15
    # ... not an air strike's dead fighters and a bombing's dead civilians that happen to number the same
    doc = rasd.extract(
        "وقالت المصادر إن طيران الجيش العراقي قصف مواقع داعش في بعقوبة أمس ما أسفر عن مقتل 13 من عناصر التنظيم. "
        "وأشارت إلى مقتل 13 مدنيا جراء انفجار ثلاث عبوات ناسفة في بعقوبة.",
        published="2015-08-01",
    )
    assert len(doc.events) == 2


@pytest.mark.parametrize(
    "text",
    [
        # an air strike's and a clash's four dead; three more soldiers ("آخرون"); a shelling's and a sniper's three
        "قتل أربعة من مسلحي طالبان في غارة جوية أمريكية في ولاية هلمند. وفي هلمند، قتل أربعة من مسلحي طالبان في "
        "اشتباك مع القوات الأفغانية.",
        "قتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش في العريش. كما قتل ثلاثة جنود آخرون في انفجار عبوة ناسفة في "
        "شمال سيناء.",
        "قتل 3 مدنيين وأصيب آخرون في قصف على حي الشعار في حلب. وفي حي الشعار نفسه قتل 3 مدنيين برصاص قناص يوم الأحد.",
    ],
)
def test_coref_the_same_toll_told_of_another_way_or_of_others_is_another_incident(text: str) -> None:
    assert len(rasd.extract(text, published="2015-08-01").events) == 2
