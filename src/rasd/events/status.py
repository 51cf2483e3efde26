"""Status of an incident: newly ``reported``, ``historical`` background, or an ``aggregate`` of many incidents."""

from __future__ import annotations

import datetime as dt

from rasd.doc import Doc
from rasd.events.incident import Incident
from rasd.events.lexicon import HARM_ROLES, STRIKE_ROLES, event_lexicon
from rasd.events.mentions import QAD, UNDERGO, CueHit, aside_tokens, crowd_noun, definite_noun, launch_before
from rasd.text.dates import in_date, value_days
from rasd.text.normalise import normalise_str

HISTORICAL_AFTER_DAYS = 31
TOLL_MIN = 1000  # dead, hurt or taken: a figure in the thousands is the toll of many incidents (عشرات الآلاف)
# Hundreds dead, told with no weapon or attack and no date of their own, are a running toll (أشار البيان إلى
# مقتل 488 عنصرا); one bombing that kills a hundred names the bombing.
# strikes, attacks, clashes counted in digits: with no day named, this many are many incidents
MANY_COUNTED = 100
# nouns that count incidents (غارة, هجوم), not munitions: "300 قذيفة" fell in one day's shelling
_INCIDENT_NOUN_ROLES = frozenset({"airstrike", "attack", "clash", "assassinate", "suicide", "protest"})
TOLL_UNDATED_MIN = 150  # above the vague مئات / مائة (100), which the number stage often links loosely
_COUNTABLE_ROLES = ("attack", "ied", "airstrike", "shelling", "assassinate", "suicide", "clash", "protest")


def _latest_day(value: str, granularity: str) -> dt.date:
    """The latest day a coded date can mean: a month counts as recent if its end is, a year likewise.

    The dates stage codes a month without its year at its middle day ("ديسمبر الماضي" → YYYY-12-15)."""
    return value_days(value[:7] if granularity == "month" else value)[1]


# prefixes of the imperfect on a whole token (يقصف, وتقصف): no pluperfect; not ا, which also opens the perfect
# of a form-IV verb (ألقت القبض), unlike the stripped forms mentions.py reads
_IMPERFECT = ("ي", "ت", "ن", "وي", "وت", "ون")
HABITUAL_WINDOW = 8  # tokens between a habitual word (متكررة, بانتظام, موجة) and the trigger it qualifies


def _near(inc: Incident, c: CueHit) -> bool:
    """The cue qualifies one of the incident's triggers, not another event told in the same sentence."""
    return any(
        c.tok_start - m.match.tok_end < HABITUAL_WINDOW and m.match.tok_start - c.tok_end < HABITUAL_WINDOW
        for m in inc.mentions
    )


def _one_day_series(doc: Doc, inc: Incident, c: CueHit, cues: list[CueHit]) -> bool:
    """ "شنت طائرات التحالف أمس السبت سلسلة من الغارات": a series on one named day is that day's event (ACLED);
    so is an undated series of strikes on one place ("وفي محافظة الضالع شن طيران التحالف سلسلة غارات على مواقع
    للحوثيين": the report's day), but not a wave (موجة) nor a series over a span of time."""
    words = event_lexicon().words
    forms = doc.tokens[c.tok_start].forms
    if words["series"].isdisjoint(forms):
        return False
    if inc.date is not None:
        return inc.date.precision == 1 and bool(inc.date.text)
    return (
        not words["series_of_strikes"].isdisjoint(forms)
        and set(inc.roles) <= STRIKE_ROLES
        and _one_place(inc, cues)
    )


def _one_place(inc: Incident, cues: list[CueHit]) -> bool:
    """One place below a country and no span of time: what ACLED codes as one location's event."""
    return (
        inc.place is not None and inc.place.feature != "country" and not any(c.kind == "period" for c in cues)
    )


def _one_day_one_place(inc: Incident, cues: list[CueHit]) -> bool:
    """Attacks in the plural on one named day and one place below a country ("وشن مسلحون هجمات على حواجز للجيش
    في الرمادي أمس") are that day's event there, as ACLED codes a day's attacks on one location."""
    return inc.date is not None and inc.date.precision == 1 and bool(inc.date.text) and _one_place(inc, cues)


_WAS_REACH = 8  # tokens from كان to the قد of its pluperfect (وكانت قوات الأمن العراقية قد اعتقلت)


_AN = normalise_str("عن")


def _announced_at(doc: Doc, k: int) -> int:
    """The token of the verb whose object is the act noun at ``k``: who announced it (أعلنت [عن] تحرير) or
    underwent it (تعرض للقصف), else ``k``."""
    j = k - 1
    if j > 0 and doc.tokens[j].norm == _AN:
        j -= 1
    if j < 0:
        return k
    norm = doc.tokens[j].norm
    return j if norm in event_lexicon().words["announced"] or norm.startswith(UNDERGO) else k


def _pluperfect(doc: Doc, inc: Incident, cues: list[CueHit]) -> bool:
    """A verb trigger in the pluperfect, كان ... قد فعل ("وكانت الشرطة قد اعتقلت"): told as the past before the
    news."""
    was = event_lexicon().words["was"]
    for m in inc.mentions:
        k = m.match.tok_start
        if m.sense.pos == "noun":
            # "وكانت المقاومة قد أعلنت عن تحرير الضالع", "وكان الجيش قد شن غارات": the tense of the verb that
            # announced, underwent or launched the act
            k = _announced_at(doc, k)
            if k == m.match.tok_start and (launch := launch_before(k, cues, event_lexicon())) is not None:
                k = launch.tok_start
        if k == 0:
            continue
        # "وكان الحوثيون قد قصفوا": قد is only ever followed by a verb, whatever sense the lexicon gave the word
        if m.sense.pos != "verb" and k == m.match.tok_start and doc.tokens[k - 1].norm not in QAD:
            continue
        if doc.tokens[k - 1].norm not in QAD:
            # "وكانت الأجهزة الأمنية ألقت القبض على السائق": the sentence opens with كان, its subject, then a
            # perfect verb (no imperfect prefix): the pluperfect without قد, as the Gulf press writes it
            sent = doc.sentences[m.sent]
            opening = doc.tokens[sent.tok_start].norm in was
            # (not a toll: "وكان أكثر من 22 مسلحا لقوا مصرعهم في المواجهات" gives the news's own dead)
            perfect = (
                m.sense.pos == "verb"
                and m.sense.role not in HARM_ROLES
                and not doc.tokens[k].norm.startswith(_IMPERFECT)
            )
            # (an aside between dashes does not count: "وكانت الأجهزة الأمنية - عقب وقوع التفجير - ألقت")
            if (
                opening
                and perfect
                and 1 < k - sent.tok_start - aside_tokens(doc, sent.tok_start, k) <= _WAS_REACH + 1
            ):
                return True
            continue
        top = doc.sentences[m.sent].tok_start
        lo = max(top, k - 1 - _WAS_REACH - aside_tokens(doc, top, k - 1))
        if any(doc.tokens[j].norm in was for j in range(lo, k - 1)):
            return True
    return False


_GOES_ON = frozenset(
    normalise_str(w)
    for w in (
        "تتواصل",
        "يتواصل",
        "تستمر",
        "يستمر",
        "استمرت",
        "استمر",
        "متواصلة",
        "مستمرة",
        "تزال",
        "يزال",
        "زالت",
    )
)


def _goes_on(doc: Doc, inc: Incident) -> bool:
    """The incident's sentence tells it goes on ("تتواصل الاشتباكات التي اندلعت في يوليو"): begun before, still
    news."""
    return any(
        not _GOES_ON.isdisjoint(t.forms)
        for si in inc.sents
        for t in doc.tokens[doc.sentences[si].tok_start : doc.sentences[si].tok_end]
    )


def _item_of_past_list(doc: Doc, inc: Incident) -> bool:
    """The incident is told on bulleted lines under a line that ends with a colon and tells the past
    (words ``past_frame``): an item of a list of earlier acts."""
    si = min(m.sent for m in inc.mentions)
    if not doc.sentences[si].bullet:
        return False
    lead = si - 1
    while lead >= 0 and doc.sentences[lead].bullet:
        lead -= 1
    if lead < 0 or not doc.text[doc.sentences[lead].start : doc.sentences[lead].end].rstrip().endswith(":"):
        return False
    past = event_lexicon().words["past_frame"]
    sent = doc.sentences[lead]
    norms = [t.norm for t in doc.tokens[sent.tok_start : sent.tok_end]]
    return any(" ".join(norms[k : k + n]) in past for k in range(len(norms)) for n in (1, 2))


_PERIOD_OF, _FROM = normalise_str("الفترة"), normalise_str("من")
_UNTIL = frozenset(normalise_str(w) for w in ("حتى", "وحتى", "إلى", "والى", "وإلى"))
_FROM_TO_REACH = 8  # tokens after "في الفترة من" where its other end (حتى, إلى) stands


def _from_to(doc: Doc, c: CueHit) -> bool:
    """The period cue is "في الفترة من X ... حتى Y": a span with both ends told."""
    if _PERIOD_OF not in doc.tokens[c.tok_end - 1].forms:
        return False
    toks = doc.tokens[c.tok_end : c.tok_end + _FROM_TO_REACH]
    return bool(toks) and toks[0].norm == _FROM and any(t.norm in _UNTIL for t in toks[1:])


def _in_grievance(inc: Incident, c: CueHit, cues: list[CueHit]) -> bool:
    """A habitual word told after what a protest decries ("احتجاجا على تكرار انقطاعات الكهرباء"): the grievance's
    habit, not the protest's."""
    return inc.family == "protest" and any(
        g.kind == "grievance"
        and g.tok_end <= c.tok_start
        and any(m.match.tok_end <= g.tok_start for m in inc.mentions)
        for g in cues
    )


_SINCE = normalise_str("منذ")
# words after which a bare منذ opens the clause: "إنه ومنذ اجتياح", "قال إن منذ"
_SINCE_OPENERS = frozenset(normalise_str(w) for w in ("إنه", "أنه", "إنها", "أنها", "إن", "أن", "و"))
_SINCE_TIMES = frozenset(
    normalise_str(w) for w in ("قليل", "فترة", "مدة", "زمن", "وقت")
)  # منذ قليل: just now


def _since_an_act(doc: Doc, inc: Incident, cues: list[CueHit], first: int) -> bool:
    """منذ and an act noun, no date, open the incident's sentence before its first trigger ("ومنذ اجتياح
    الميليشيات لصنعاء جرى ... نهب"): acts over the span since then, no one incident."""
    sent = doc.sentences[doc.sentence_of(first)]
    for c in cues:
        if c.kind != "period" or not sent.tok_start <= c.tok_start < first or c.tok_end >= first:
            continue
        since = doc.tokens[c.tok_start].norm
        if not since.endswith(_SINCE):
            continue
        before = doc.tokens[c.tok_start - 1].norm if c.tok_start > sent.tok_start else ""
        if not (since != _SINCE or c.tok_start == sent.tok_start or before in _SINCE_OPENERS):
            # "وتشهد عدن انفلاتا أمنيا منذ تحريرها", "للمرة الثانية منذ إعلان الهدنة", "أفاد مصدر منذ قليل": a
            # since inside a clause says when a state began, or which time this is; only "ومنذ X جرى" opens a span
            continue
        after = doc.tokens[c.tok_end]
        if (
            after.norm.startswith("ال")
            or after.norm in _SINCE_TIMES
            or in_date(doc, after.start, after.end)
            or after.norm[:1].isdigit()
        ):
            continue  # "منذ الصباح", "منذ يومين", "منذ 2011": a time, told by the dates stage
        return True
    return False


def _so_far_toll(doc: Doc, inc: Incident, cues: list[CueHit]) -> bool:
    """A 'so far' word (حتى الآن) between the incident's first trigger and its toll, in one sentence."""
    tolls = [n for n in (inc.fatalities, inc.injured) if n is not None]
    first = min(m.match.tok_start for m in inc.mentions)
    words = event_lexicon().words["so_far"]
    for n in tolls:
        k = doc.token_at(n.start)
        for c in cues:
            if (
                c.kind == "period"
                and first < c.tok_start
                and c.tok_end <= k
                and doc.sentence_of(k) == doc.sentence_of(c.tok_start)
                and normalise_str(doc.text[c.start : c.end]) in words
            ):
                return True
    return False


# too wide to hold one incident told as scattered (in a province they are its event, as ACLED codes them)
_WIDE = ("country",)
_EARLIER = frozenset(normalise_str(w) for w in ("سبق", "وسبق"))  # سبق أن / وسبق وأن: 'earlier'
_MONTH_WORD = normalise_str("شهر")


_WITHIN = frozenset(normalise_str(w) for w in ("ضمن", "وسط", "إطار", "سياق"))  # and the series words


def _scatters(doc: Doc, inc: Incident, c: CueHit) -> bool:
    """The scattered cue tells the incident's own act: in the clause of its first trigger, not as the series it
    belongs to (ضمن هجمات متفرقة, في إطار) nor a background clause (فيما تشهد البلاد هجمات متفرقة)."""
    first = min(inc.mentions, key=lambda m: m.match.tok_start)
    if doc.clauses and first.sent < len(doc.clauses):
        clause = doc.clauses[first.sent][first.clause]
        if not clause.tok_start <= c.tok_start < clause.tok_end:
            return False
    before = doc.tokens[max(0, c.tok_start - 2) : c.tok_start]
    series = event_lexicon().words["series"]
    return _near(inc, c) and not any(t.norm in _WITHIN or t.norm in series for t in before)


def _over_span(doc: Doc, start: int) -> bool:
    """The date that starts at character ``start`` follows a span word, with شهر at most between (خلال يوليو, طوال
    شهر رمضان): a stretch of time, not a day."""
    span_words = event_lexicon().words["span_words"]
    k = doc.token_at(start)
    if doc.tokens[k].norm in span_words:
        return True  # the dates stage keeps the span word in the date ("خلال يوليو الماضي")
    if k > 0 and doc.tokens[k - 1].norm == _MONTH_WORD:
        k -= 1
    return k > 0 and doc.tokens[k - 1].norm in span_words


def decide_status(doc: Doc, inc: Incident, cues: list[CueHit]) -> str:
    if any(
        c.kind == "habitual"
        and _near(inc, c)
        and not _one_day_series(doc, inc, c, cues)
        and not _in_grievance(inc, c, cues)
        for c in cues
    ):
        return "aggregate"
    if any(c.kind == "scattered" and _scatters(doc, inc, c) for c in cues) and (
        inc.place is None or inc.place.feature in _WIDE
    ):
        return (
            "aggregate"  # "قتل 14 شخصا في تفجيرات متفرقة في العراق": the day's summary, told place by place
        )
    one_day_told = inc.date is not None and inc.date.precision == 1 and bool(inc.date.text)
    if not one_day_told and any(c.kind == "holiday_span" and _near(inc, c) for c in cues):
        return "aggregate"  # "بمقتل 39 طفلا خلال أيام عيد الفطر": the days of a holiday, many incidents
    if any(
        c.kind == "whenever"
        and all(0 <= m.match.tok_start - c.tok_end < HABITUAL_WINDOW for m in inc.mentions)
        for c in cues
    ):
        return "aggregate"  # "كلما تم توقيف الشاحنات تدخلت المخابرات": what happens each time
    if any(c.kind == "practised" and c.tok_start == m.match.tok_end for c in cues for m in inc.mentions):
        return "aggregate"  # "الاعتقالات التي تمارسها الميليشيات بحق الناشطين": a practice, no one incident
    if (
        inc.date is None
        and inc.fatalities is None
        and inc.injured is None
        and any(c.kind == "waged" and c.tok_start == m.match.tok_end for c in cues for m in inc.mentions)
    ):
        return "aggregate"  # "الهجمات التي تنفذها المقاومة في صنعاء": a campaign going on, told with no day
    if all(m.generic for m in inc.mentions) and not _one_day_one_place(inc, cues):
        return "aggregate"
    if any(m.generic for m in inc.mentions) and any(c.kind == "period" for c in cues):
        return "aggregate"  # "قتل المئات في هجمات منذ 2013": a toll summed over many attacks over a period
    first = min(m.match.tok_start for m in inc.mentions)
    has_toll = not inc.implied_toll and any(n is not None for n in (inc.fatalities, inc.injured))
    if (
        has_toll
        and set(inc.roles) <= HARM_ROLES
        and any(c.kind == "period" and c.tok_end <= first for c in cues)
    ):
        # "نتيجة الهجمات ... في الفترة من 7 يوليو وحتى الخامس من الشهر، لقي 22 من رجال الأمن مصرعهم": a toll
        # over a span told before it, no act of its own
        return "aggregate"
    if has_toll and any(c.kind == "period" and c.tok_end <= first and _from_to(doc, c) for c in cues):
        # "في الفترة من 7 يوليو وحتى الخامس من الشهر الجاري قتل 11 إرهابيا خلال اشتباكات": a span with both its
        # ends told, whatever acts it names
        return "aggregate"
    if inc.date is None and _since_an_act(doc, inc, cues, first):
        # "ومنذ اجتياح الميليشيات لصنعاء جرى إغلاق ونهب مقرات المؤسسات الإعلامية": what went on since then
        return "aggregate"
    if has_toll and _so_far_toll(doc, inc, cues):
        # "أوقعت الغارات التركية على مواقع المتمردين حتى الآن أكثر من 400 قتيل": a running total
        return "aggregate"
    if inc.ongoing and inc.date is None:
        return "aggregate"  # "معارك متواصلة منذ صيف 2012": fighting going on for years, not one incident
    if any(n is not None and n.value >= TOLL_MIN for n in (inc.fatalities, inc.injured, inc.abducted)):
        return "aggregate"
    dated = inc.date is not None and bool(inc.date.text)
    if (
        not dated
        and inc.fatalities is not None
        and inc.fatalities.value >= TOLL_UNDATED_MIN
        and set(inc.roles) <= HARM_ROLES
    ):
        return "aggregate"
    if (
        dated
        and inc.date is not None
        and inc.date.granularity in ("month", "year")
        and set(inc.roles) <= HARM_ROLES
        and any(n is not None and n.value >= 2 for n in (inc.fatalities, inc.injured))
    ):
        # "إن 25 جنديا قتلوا وأصيب 35 آخرون في شهر يوليو وحده": a month's toll with no incident named sums up
        # many incidents (a dated attack, "قتل 3 في هجوم في يوليو", names one)
        return "aggregate"
    if (
        dated
        and inc.date is not None
        and inc.date.granularity == "month"
        and any(n is not None and n.value >= 2 for n in (inc.fatalities, inc.injured))
        and _over_span(doc, inc.date.start)
        and not any(
            not event_lexicon().words["one_act"].isdisjoint(doc.tokens[m.match.tok_start].forms)
            for m in inc.mentions
        )
    ):
        # "أن 93 مدنيا قتلوا في تعز بقصف نفذه الحوثيون خلال يوليو الماضي": a toll over a whole month
        return "aggregate"
    one_day = dated and inc.date is not None and inc.date.precision == 1
    # "17 ضربة جوية نفذت قرب دير الزور": counted strikes on one named place, with no span of time, are that
    # place's event as ACLED codes a day's strikes; "17 ضربة قرب تسع مدن" names no one place.
    one_place = _one_place(inc, cues)
    for m in inc.mentions:
        if m.sense.role not in _COUNTABLE_ROLES or m.sense.pos != "noun" or crowd_noun(m.match):
            continue  # "مئات المتظاهرين": the crowd's size, not many protests
        counted = [
            n
            for n in doc.numbers
            if 0 <= m.match.start - n.end <= 3
            and n.value > 1
            and not in_date(doc, n.start, n.end)  # "عام 1995 تفجير"
        ]
        many = not one_day and m.sense.role in _INCIDENT_NOUN_ROLES
        if many and any(n.value >= MANY_COUNTED and any(ch.isdigit() for ch in n.text) for n in counted):
            # "ما لا يقل عن 12053 غارة" on a list of provinces, no day named: many incidents
            return "aggregate"
        if counted and not (one_day or one_place):
            return "aggregate"  # "أمس 16 غارة على أحياء درعا": one day's strikes on one place are one event
    if inc.date is None and _item_of_past_list(doc, inc):
        return "historical"  # "عمليات نفذها التنظيم خلال الفترة الماضية وفق الآتي: – التفجير الذي استهدف مسجد القديح"
    if inc.date is None and _pluperfect(doc, inc, cues):
        return "historical"  # "وكانت الشرطة قد اعتقلت ثلاثة مشتبه بهم": the past before the news, undated
    said = {c.tok_start for c in cues if c.kind == "reporting"}
    if any(
        c.kind == "back_then"
        and _near(inc, c)
        and not (c.tok_end in said and doc.tokens[c.tok_start].norm in _EARLIER)
        for c in cues
    ):
        # "وقال المسؤولون حينذاك إن زوجته قيد الاعتقال": the past of a time told before ("وسبق وأن ذكرت مصادر
        # أن ثلاثة صواريخ أطلقت أمس": an earlier report, not an earlier act)
        return "historical"
    if inc.date is not None and doc.published is not None:
        d = inc.date
        year = int(d.value[:4])
        if d.granularity == "year" and (
            year < doc.published.year or (bool(d.text) and year == doc.published.year)
        ):
            # "- عام 2015 تفجير انتحاري في القديح": an incident dated by its year alone is told from a
            # chronicle, not reported as news (a new incident has its day, or none told)
            return "historical"
        try:
            when = _latest_day(d.value, d.granularity)
        except ValueError:
            return "reported"
        if (doc.published - when).days > HISTORICAL_AFTER_DAYS:
            return "historical"
        if (
            d.granularity == "month"
            and (year, int(d.value[5:7])) < (doc.published.year, doc.published.month)
            and not _goes_on(doc, inc)
            and (acts := [m for m in inc.mentions if m.sense.role not in HARM_ROLES])
            and all(definite_noun(doc, m) for m in acts)
        ):
            # "والهجوم على فندق في سوسة في يونيو ما أدى إلى مقتل 38": an act told by a definite noun, dated by a
            # month before the news's: an earlier act recalled
            return "historical"
    return "reported"
