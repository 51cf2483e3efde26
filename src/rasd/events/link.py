"""Argument linking inside a sentence: actors, place, date, counts, attribution and claims.

Each argument is looked for in the trigger's clause first, then in the sentence, where it goes to the incident
whose trigger is nearest (so "أعلن الجهاز، الأحد، ..." gives Sunday to the announcement, not to an attack told
in a later clause).  Coarse places (a country) lose to a specific place in the same clause.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TypeVar

from rasd.actors.reference import is_latter
from rasd.actors.registry import registry, template_kind
from rasd.doc import ActorMention, DateMention, Doc, NumberMention, PlaceMention
from rasd.events.incident import ARMED_INTERS, Incident
from rasd.events.lexicon import HARM_ROLES, NON_STATE_INTERS, STRIKE_ROLES, TERRITORY_ROLES, event_lexicon
from rasd.events.mentions import DASH_ASIDE, QAD, UNDERGO, CueHit, Mention
from rasd.geo.cues import at_seat, not_event_place
from rasd.geo.gazetteer import GeoLexicon, gazetteer, geo_lexicon, haversine_km
from rasd.geo.resolve import direction_words
from rasd.text.dates import in_date, value_days
from rasd.text.normalise import normalise_str
from rasd.text.numbers import (
    hedge_after_end,
    is_count_boundary,
    is_oblique_count,
    is_one_after_noun,
    is_person_noun,
    is_subset_word,
    self_count,
)
from rasd.text.numbers import lexicon as numbers_lexicon
from rasd.text.segment import Segment, Token, attached, pronoun_suffixed

T = TypeVar("T")

_KILL_ROLES = ("kill", "execute", "assassinate", "shoot")
# roles that name a casualty (wider than lexicon.HARM_ROLES, a death or injury with no weapon named)
_CASUALTY_ROLES = frozenset((*_KILL_ROLES, "injure"))
_CASUALTY_OR_ABDUCT_ROLES = _CASUALTY_ROLES | {"abduct"}
_COUNT_WINDOW = 10
_ATTR_MAX_TOKENS = 8
_COARSE = {"country": 8, "admin1": 4, "region": 4, "admin2": 2}
_REGION = _COARSE["admin1"]

CountFn = Callable[[Doc, int, int], NumberMention | None]


def token_index(doc: Doc, start: int) -> int:
    return doc.token_at(start)


def _in(seg: Segment, start: int, end: int) -> bool:
    return start >= seg.start and end <= seg.end


def _distance(doc: Doc, inc: Incident, start: int) -> int:
    ti = token_index(doc, start)
    return min(
        0
        if m.match.tok_start <= ti < m.match.tok_end
        else min(abs(ti - m.match.tok_start), abs(ti - (m.match.tok_end - 1)))
        for m in inc.mentions
    )


def assign_nearest(
    doc: Doc, incidents: Sequence[Incident], items: Sequence[T], start_of: Callable[[T], int]
) -> dict[int, list[T]]:
    """Give each item to the incident whose trigger is nearest; returns incident index -> items."""
    out: dict[int, list[T]] = {i: [] for i in range(len(incidents))}
    for it in items:
        best = min(range(len(incidents)), key=lambda i: _distance(doc, incidents[i], start_of(it)))
        out[best].append(it)
    return out


def _clauses_of(doc: Doc, inc: Incident, si: int) -> list[Segment]:
    """The clauses of the incident's triggers in sentence ``si``, and a clause right after one that opens with
    بين: the parties set off by a comma ("اندلعت اشتباكات أمس، بين تنظيم داعش وقوات الأسد")."""
    cl = doc.clauses[si]
    parties = event_lexicon().words["parties"]
    idx = {m.clause for m in inc.mentions if m.sent == si}
    idx |= {i + 1 for i in idx if i + 1 < len(cl) and doc.tokens[cl[i + 1].tok_start].norm in parties}
    # "اندلعت مواجهات عنيفة، في وقت مبكر من صباح السبت، بين الحوثيين والمقاومة": a time set off by commas first
    idx |= {
        i + 2
        for i in idx
        if i + 2 < len(cl) and _time_aside(doc, cl[i + 1]) and doc.tokens[cl[i + 2].tok_start].norm in parties
    }
    # "بين قوات النظام من جهة، والفصائل المقاتلة من جهة أخرى": the other side, after the comma
    idx |= {i + 1 for i in idx if i + 1 < len(cl) and _ends_one_side(doc, cl[i])}
    # "بين المقاومة الشعبية، من جهة، والميليشيات الحوثية": "من جهة" between commas, then the other side
    idx |= {i + 2 for i in idx if i + 2 < len(cl) and _only_one_side(doc, cl[i + 1])}
    return [cl[i] for i in sorted(idx) if i < len(cl)]


_TIME_ASIDE_TOKENS = 8  # the longest clause read as a time set off by commas


def _time_aside(doc: Doc, clause: Segment) -> bool:
    """A short clause that tells a time ("في وقت مبكر من صباح السبت"): it holds a date mention."""
    return clause.tok_end - clause.tok_start <= _TIME_ASIDE_TOKENS and any(
        _in(clause, d.start, d.end) for d in doc.dates
    )


def _only_one_side(doc: Doc, clause: Segment) -> bool:
    """The clause is "من جهة" alone, set off by commas."""
    return clause.tok_end - clause.tok_start == 2 and _ends_one_side(doc, clause)


def _ends_one_side(doc: Doc, clause: Segment) -> bool:
    """The clause ends with من جهة ("on the one hand"): the other side follows."""
    k = clause.tok_end
    return k - 2 >= clause.tok_start and (doc.tokens[k - 2].norm, doc.tokens[k - 1].norm) in _ONE_SIDE


def _finest(places: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a region that holds another of the places ("مدينة الشيخ زويد بشمال سيناء"): it only locates that place."""
    held = {(p.country_code, p.admin1) for p in places if p.admin1 and _COARSE.get(p.feature, 0) < _REGION}
    return [
        p for p in places if _COARSE.get(p.feature, 0) < _REGION or (p.country_code, p.admin1) not in held
    ]


def event_places(doc: Doc) -> list[PlaceMention]:
    """The places that may locate an event: not one inside an actor's name (التحالف الذي تقوده الولايات
    المتحدة) or read as a state that acts (شنت تركيا غارات), nor where a source sits (المرصد السوري ومقره بريطانيا), nor a country or a city that stands for its
    state (طائرات الولايات المتحدة, سفارة موسكو لدى مالي), nor one that names an accord (اتفاق بروكسل)."""
    # (an ISIS province, ولاية بغداد, is named after the ground it holds: its place stays)
    named = [(a.start, a.end) for a in doc.actors if not a.generic and not _province_of_group(doc, a)]
    states = {(a.start, a.end) for a in doc.actors if a.generic}  # "شنت تركيا غارات": the state, not a place
    lex = geo_lexicon()
    return [
        p
        for p in doc.places
        if not any(s <= p.start and p.end <= e for s, e in named)
        and (p.start, p.end) not in states
        and not at_seat(doc.tokens, doc.token_at(p.start), doc.token_at(p.end - 1) + 1)
        and not (p.feature == "country" and _after_word(doc, p, lex.owner))
        and not (p.feature == "city" and _after_word(doc, p, lex.owner_city))
        and not (
            p.feature == "city"
            and _after_word(doc, p, lex.state_verbs)
            and not _capital_names().isdisjoint(doc.tokens[doc.token_at(p.start)].forms)
        )  # "بدأت أنقرة بحملة اعتقالات": the government
        and not _after_word(doc, p, lex.named_for)
        and not not_event_place(doc.tokens, doc.token_at(p.start), lex)
        and not _launched_from(doc, p, lex)
        and not _describes_place_before(doc, p, lex.lies, lex.types)
        and not _paired_capital(doc, p)
        and not _locates_district(doc, p)
        and not _origin_of_counted(doc, p)
    ]


def _origin_of_counted(doc: Doc, p: PlaceMention) -> bool:
    """A place right after a count and من, when its sentence names where the event was after في or ب ("قتل 12
    شخصا بينهم 5 من الرمادي في انفجار في بغداد"): where the people counted come from ("أعدم تنظيم داعش 5 من
    الموصل", with no other place, is still in Mosul)."""
    k = doc.token_at(p.start)
    if k < 2 or doc.tokens[k - 1].norm != _MIN:
        return False
    before = doc.tokens[k - 2]
    if not any(n.start < before.end and before.start < n.end and not n.vague for n in doc.numbers):
        return False
    sent = doc.sentence_of(k)
    for q in doc.places:
        j = doc.token_at(q.start)
        if q is p or doc.sentence_of(j) != sent or q.feature == "country" or j == 0:
            continue
        if doc.tokens[j - 1].norm in _IN_WORDS or attached(doc.tokens[j], ("ب",)):
            return True
    return False


_IN_WORDS = frozenset(normalise_str(w) for w in ("في", "وفي", "داخل", "قرب"))


_WILAYA = normalise_str("ولاية")


def _province_of_group(doc: Doc, a: ActorMention) -> bool:
    """The mention names a group's province after a place (ولاية بغداد, بولاية سيناء)."""
    first = doc.tokens[doc.token_at(a.start)].norm
    return first.endswith(_WILAYA) and len(first) - len(_WILAYA) <= 2


_CAPITAL_CODES = frozenset({"PPLA", "PPLC"})  # a province's or a country's capital


def _locates_district(doc: Doc, p: PlaceMention) -> bool:
    """The capital of a district's province right after it, with ب ("في مديرية الضحى بالحديدة"): the province,
    named by its capital, that says where the district lies; the district is the place (not "منطقة الحبيبية
    بمدينة الصدر": a town of its own)."""
    if p.feature != "city" or p.geonameid is None:
        return False
    place = gazetteer().places.get(f"gn:{p.geonameid}")
    if place is None or place.feature_code not in _CAPITAL_CODES:
        return False
    k = doc.token_at(p.start)
    if not attached(doc.tokens[k], ("ب",)):
        return False
    return any(
        q.end <= p.start
        and q.feature in ("admin2", "district")
        and q.admin1 is not None
        and q.admin1 == p.admin1
        and not doc.text[q.end : p.start].strip()
        for q in doc.places
    )


@cache
def _capital_names() -> frozenset[str]:
    """Normalised names of national capitals (واشنطن, أنقرة, طهران ...)."""
    return frozenset(
        name
        for name, cands in gazetteer().index.items()
        if " " not in name and any(c.place.feature_code == "PPLC" for c in cands)
    )


def _paired_capital(doc: Doc, p: PlaceMention) -> bool:
    """Two national capitals joined by و after بين (تفاهم بين واشنطن وأنقرة) name two governments, not where
    anything happened ("هجمات في باريس وبروكسل" are places)."""
    if p.feature != "city":
        return False
    names = _capital_names()
    a, b = doc.token_at(p.start), doc.token_at(p.end - 1)
    if a != b or names.isdisjoint(doc.tokens[a].forms):
        return False
    before = doc.tokens[a - 1] if a > 0 else None
    after = doc.tokens[b + 1] if b + 1 < len(doc.tokens) else None
    joined_after = after is not None and after.norm.startswith("و") and not names.isdisjoint(after.forms)
    joined_before = (
        before is not None and doc.tokens[a].norm.startswith("و") and not names.isdisjoint(before.forms)
    )
    first = a if joined_after else a - 1
    return (joined_after or joined_before) and first > 0 and doc.tokens[first - 1].norm == _BETWEEN


_LAUNCH_REACH = 5  # words from the من after a launch word to the place it names


def _launched_from(doc: Doc, p: PlaceMention, lex: GeoLexicon) -> bool:
    """The place is where a strike set out from: "ضربت أهدافا في العراق وانطلقت من قاعدة جوية في إقليم ديار
    بكر" (a launch word, من, then the place within a few words of the same clause), or the base it went back to
    ("قبل أن تعود إلى قاعدة ديار بكر": a return word, إلى, and a base word up to the place)."""
    ti = doc.token_at(p.start)
    lo = max(doc.sentences[doc.sentence_of(ti)].tok_start, ti - _LAUNCH_REACH - 2)
    for k in range(ti - 2, lo - 1, -1):
        word, prep = doc.tokens[k].norm, doc.tokens[k + 1].norm
        to_base = (
            word in lex.returned
            and prep == _TO
            and any(doc.tokens[j].norm in lex.bases for j in range(k + 2, ti + 1))
        )
        fired = word in lex.fired and prep == _MIN and ti - k <= _FIRED_REACH  # صاروخ أطلق من قطاع غزة
        if (word in lex.launched and prep == _MIN) or to_base or fired:
            return not any(ch in "،,؛;" for ch in doc.view.text[doc.tokens[k].nend : doc.tokens[ti].nstart])
    return False


_TO = normalise_str("إلى")  # الى and إلى normalise alike
_FIRED_REACH = 4  # tokens from a firing verb to the place after its من (أطلق من قطاع غزة: 3)


_LIES_REACH = 8  # tokens from the "that lies" word to the relative place it introduces
# A town named right before a relative place is trusted only this near its reference town: "حصيبة شرقي
# الرمادي" is not the Husaybah on the Syrian border that the gazetteer knows, 250 km away
_APPOSITION_KM = 60.0
# a province's centre to the city its relative place is told from (ذي قار جنوب بغداد)
_APPOSITION_PROVINCE_KM = 600.0
_BIG_CITY = 100_000
# what may stand between a place and the relative place that says where it lies
_APPOSITION_GAP = " \t\n(-–»”\"'"
_PROVINCES = frozenset({"admin1"})
_DISTRICTS = frozenset({"admin2"})
_APPOSITION_DISTRICT_KM = 250.0  # a district's seat to the city its relative place is told from
_SAME_PLACE_KM = 25.0  # a district coded this near the city it is told from is a part of that city
# kinds of the place-type words (المدينة, المحافظة) that may stand before a lies word for the place just named
_TOWN_KINDS = frozenset({"settlement", "admin"})


def within(a: PlaceMention, b: PlaceMention, km: float) -> bool:
    """Both places have coordinates and lie within ``km`` of each other."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km  # type: ignore[arg-type]


def _big_city_of(q: PlaceMention, p: PlaceMention) -> bool:
    """A city this big is no homonym of a village: "مدينة سبها جنوب طرابلس" is Sabha, 750 km from Tripoli."""
    return q.population >= _BIG_CITY and q.country_code == p.country_code


_DISTANCE_ASIDE = re.compile(
    r"[\s,،(–-]*\(?\s*(?:نحو\s+|حوالي\s+)?[0-9٠-٩]+\s*(?:كلم|كم|كيلومترا?|كيلو مترا?|ميلا?)\s*$"
)


def _distance_aside(gap: str) -> bool:
    """The text between a place and a relative place is a distance, bracketed or not ("(400 كلم ", "510 كم")."""
    return bool(_DISTANCE_ASIDE.fullmatch(gap))


def _describes_place_before(
    doc: Doc, p: PlaceMention, lies: frozenset[str], types: Mapping[str, str]
) -> bool:
    """ "سبها الواقعة على مسافة 700 كيلومتر جنوب طرابلس", "الزبداني شمال غرب دمشق": the relative place only says
    where the place named before it lies; that place, not a point near Tripoli, is where things happen.  So it
    does after a definite place-type word that stands for a place just named ("عملية تحرير زنجبار من شمال وجنوب
    المدينة الواقعة شرق عدن")."""
    if p.feature == "country" and country_by_direction(doc, p):
        return True  # "في مأرب شرق اليمن": where in the country the province just named lies
    if p.geo_precision != 2:
        return False
    joined = attached(
        doc.tokens[doc.token_at(p.start)], ("و",)
    )  # "قرب مدن الحبانية وحديثة": a list, no aside
    if not joined and any(
        q.end <= p.start
        and not doc.text[q.end : p.start].strip(_APPOSITION_GAP)  # "الزبداني شمال", "إب (جنوب صنعاء)"
        and (
            (q.geo_precision == 1 and (within(q, p, _APPOSITION_KM) or _big_city_of(q, p)))
            or (q.feature in _PROVINCES and within(q, p, _APPOSITION_PROVINCE_KM))
            or (  # "قضاء سنجار غرب الموصل" (not a district of the city itself: "مديرية دار سعد شمال عدن")
                q.feature in _DISTRICTS
                and within(q, p, _APPOSITION_DISTRICT_KM)
                and not within(q, p, _SAME_PLACE_KM)
            )
        )
        for q in doc.places
    ):
        return True  # "الزبداني شمال غرب دمشق", "محافظة اب بجنوب صنعاء": where the place just named lies
    if any(
        q.end <= p.start
        and (q.geo_precision == 1 or (q.feature in _DISTRICTS and not within(q, p, _SAME_PLACE_KM)))
        and _distance_aside(doc.text[q.end : p.start])
        for q in doc.places
    ):
        # "مدينة العمارة (400 كلم جنوب بغداد)", "في قضاء البعاج 510 كم شمال غرب بغداد": how far the town or
        # district just named lies from Baghdad (not a district coded at that very town, as Kubaysah at Ramadi)
        return True
    ti = doc.token_at(p.start)
    lo = max(0, ti - _LIES_REACH)
    for k in range(ti - 1, lo - 1, -1):
        if doc.tokens[k].norm in lies:
            if k == 0:
                return False
            before = doc.tokens[k - 1]
            if before.norm.startswith("ال") and types.get(before.norm[2:]) in _TOWN_KINDS:  # المدينة الواقعة
                first = doc.tokens[max(0, k - 1 - _LIES_REACH)].start
                sent = doc.sentence_of(k - 1)
                return any(
                    q is not p
                    and q.feature != "country"
                    and first <= q.start
                    and q.end <= before.start
                    and doc.sentence_of(doc.token_at(q.start)) == sent
                    for q in doc.places
                )
            return any(
                q is not p and q.end <= doc.tokens[k].start and before.end == q.end for q in doc.places
            )
    return False


def country_by_direction(doc: Doc, p: PlaceMention) -> bool:
    """The country is told by a direction right after a place of its own below it ("في مأرب شرق اليمن",
    "بلدة سروج، جنوب تركيا"): it only says where that place lies, no event's place, though still evidence of the
    country an event with no place of its own falls back to."""
    ti = doc.token_at(p.start)
    if direction_words().isdisjoint(doc.tokens[ti].forms):  # (its clitic-stripped forms: بجنوب, وشرق)
        return False
    named = [(a.start, a.end) for a in doc.actors if not a.generic]
    return any(
        q.end <= p.start
        and q.feature != "country"
        and q.country_code == p.country_code
        and not doc.text[q.end : p.start].strip(_APPOSITION_GAP + "،,")
        and not any(s <= q.start and q.end <= e for s, e in named)  # (a place in an actor's name stays out)
        for q in doc.places
    )


def _after_word(doc: Doc, p: PlaceMention, words: frozenset[str]) -> bool:
    """The place name stands right after one of ``words`` (normalised): طائرات الولايات المتحدة."""
    ti = doc.token_at(p.start)
    return ti > 0 and doc.tokens[ti - 1].norm in words


_GLOSS_REACH = 20  # characters between an actor and the bracket that glosses it, or the bracket and its close


def _dash_asides(doc: Doc, sent: Segment, actors: list[ActorMention]) -> list[tuple[int, int]]:
    """Spans of asides set off by dashes that open right after an actor ("جيش الفتح -المؤلف من ... -")."""
    out: list[tuple[int, int]] = []
    for a in actors:
        if a.end >= sent.end:
            continue
        m = DASH_ASIDE.match(doc.text, a.end, sent.end)
        if m is not None:
            out.append((m.start(), m.end()))
    return out


def _affiliation(doc: Doc, before: ActorMention, a: ActorMention) -> bool:
    """``a`` follows the actor ``before`` with only a belonging word between ("جيش الفتح التابع للمعارضة
    السورية"): whose part ``before`` is, no second side."""
    k, j = doc.token_at(before.end - 1) + 1, doc.token_at(a.start)
    return j - k == 1 and not event_lexicon().words["belonging"].isdisjoint(doc.tokens[k].forms)


def _gloss(doc: Doc, before: ActorMention, a: ActorMention) -> bool:
    """``a`` stands alone in brackets shortly after the actor ``before`` ("«القاعدة في العراق» (داعش فيما بعد)",
    "أنصار بيت المقدس (ولاية سيناء)"): that actor's other or later name."""
    lead = doc.text[before.end : a.start]
    close = doc.text.find(")", a.end, a.end + _GLOSS_REACH)
    return lead.rstrip().endswith("(") and len(lead) <= _GLOSS_REACH and close != -1 and "(" not in lead[:-1]


def _beneficiary(doc: Doc, k: int) -> bool:
    """Token ``k`` stands right after a word of benefit (في مصلحة الجيش, لخدمة النظام): who gains, neither side
    of the act nor its victim."""
    return k > 0 and doc.tokens[k - 1].norm in event_lexicon().words["beneficiary"]


def _allied(doc: Doc, k: int) -> bool:
    """Token ``k`` stands after an alliance word and مع (الحوثيون المتحالفون مع قوات صالح), or right after an
    allegiance word (أعلنت ولاءها لتنظيم داعش): an ally named to describe the actor before, neither side of the
    act."""
    allied = event_lexicon().words["allied"]
    if k > 0 and doc.tokens[k - 1].norm in allied:
        return True
    return k > 1 and doc.tokens[k - 1].norm == _WITH and doc.tokens[k - 2].norm in allied


def _responder(doc: Doc, k: int) -> bool:
    """Token ``k`` stands right after a rescue word, or after one and من (4 إسعاف من الحرس الوطني): who came
    to help once it was over, neither side of the act nor its victim."""
    helpers = event_lexicon().words["responders"]  # whole words: فرقت (dispersed) is no فرق (teams)
    if k > 0 and doc.tokens[k - 1].norm in helpers:
        return True
    return k > 1 and doc.tokens[k - 1].norm == _MIN and doc.tokens[k - 2].norm in helpers


def _country_side(doc: Doc, p: PlaceMention) -> bool:
    """A country named by a side or territory word and its adjective (الأراضي التركية, الجانب السوري)."""
    return p.feature == "country" and doc.tokens[doc.token_at(p.start)].norm in geo_lexicon().sides


def _office_place(doc: Doc, p: PlaceMention) -> bool:
    """The place names an office holder's charge: right after a title (محافظ البيضاء), or after a title and one
    unit word (قائد محور البيضاء, مدير أمن عدن)."""
    lex = geo_lexicon()
    ti = doc.token_at(p.start)
    if ti > 0 and doc.tokens[ti - 1].norm in lex.office:
        return True
    return ti > 1 and doc.tokens[ti - 1].norm in lex.office_units and doc.tokens[ti - 2].norm in lex.office


def link_sentence(
    doc: Doc,
    si: int,
    incidents: list[Incident],
    cues: list[CueHit],
    count_people: CountFn,
    candidates: list[PlaceMention],
) -> None:
    """Fill the incidents of sentence ``si``: place (from ``candidates``, :func:`event_places`), date, actors,
    counts."""
    sent = doc.sentences[si]
    places = [p for p in candidates if _in(sent, p.start, p.end)]
    dates = [d for d in doc.dates if _in(sent, d.start, d.end)]
    # "تصب في مصلحة الجيش": who gains from the act is neither side of it, nor are its rescuers; "«القاعدة في
    # العراق» (داعش فيما بعد)": a name in brackets right after an actor is that actor's other name, no second side
    actors = [
        a
        for a in doc.actors
        if _in(sent, a.start, a.end)
        and not _beneficiary(doc, doc.token_at(a.start))
        and not _responder(doc, doc.token_at(a.start))
        and not _allied(doc, doc.token_at(a.start))
    ]
    actors = [
        a
        for i, a in enumerate(actors)
        if not (i and (_gloss(doc, actors[i - 1], a) or _affiliation(doc, actors[i - 1], a)))
    ]
    # "وجيش الفتح -المؤلف من فصائل أهمها جبهة النصرة- سيطر": members named in an aside after an actor are no side
    asides = _dash_asides(doc, sent, actors)
    actors = [a for a in actors if not any(s <= a.start and a.end <= e for s, e in asides)]
    # Token index right after each number of the sentence: a count ends there ("ثلاثة جنود", "عنصران من").
    # a year inside a date counts no one ("وفي كانون الثاني (يناير) 2015، قتل جهاد")
    numbers = [n for n in doc.numbers if _in(sent, n.start, n.end) and not in_date(doc, n.start, n.end)]
    number_ends = {doc.token_at(n.end - 1) + 1 for n in numbers}
    number_starts = {doc.token_at(n.start) for n in numbers}
    trigger_ends = {m.match.tok_end for inc in incidents for m in inc.mentions}
    # "سقوط عشرات القتلى والجرحى من الحوثيين": the dead and wounded "of" a side are that side's
    toll_ends = {m.match.tok_end for inc in incidents for m in inc.mentions if m.sense.role in HARM_ROLES}
    targets = _targets(doc, actors, cues, number_ends | toll_ends, trigger_ends) | _undergoers(
        doc, actors, incidents
    )
    # "بدعم من طيران التحالف", "بمساندة متطوعي الحشد": a backer of the doer (one word may stand between, the
    # member noun), neither side of the incident (kept as an ally)
    backing_ends = {c.tok_end for c in cues if c.kind == "backing"}
    backers = {a.start for a in actors if {doc.token_at(a.start), doc.token_at(a.start) - 1} & backing_ends}
    for a, b in itertools.pairwise(actors):  # "بمساندة الحشد الشعبي وأبناء العشائر": both back the doer
        if a.start in backers and _coordinated(doc, a, b):
            backers.add(b.start)
    attributors = _attributors(
        doc, si, actors
    )  # who lays an act at someone's door: no side of any incident here
    place_for = assign_nearest(doc, incidents, places, lambda p: p.start)
    date_for = assign_nearest(doc, incidents, dates, lambda d: d.start)
    grievances = [c for c in cues if c.kind == "grievance"]
    for k, inc in enumerate(incidents):
        clauses = _clauses_of(doc, inc, si)
        nearby = place_for[k]
        in_clause = [p for p in places if any(_in(c, p.start, p.end) for c in clauses)]
        # "تظاهر المئات في بروكسل احتجاجا على الغارات على العراق", "أحيا المتظاهرون ذكرى ضحايا سروج في 20 يوليو":
        # after a grievance told after the protest comes what it is about, its place and its date, not the protest's
        about = _grievance_start(inc, grievances)
        if about is not None:
            nearby = [p for p in nearby if doc.token_at(p.start) < about]
            in_clause = [p for p in in_clause if doc.token_at(p.start) < about]
        # "وأصيب محافظ البيضاء في هجوم على موكبه في رداع": a title's place is the last choice
        if in_clause:
            inc.place = min(
                in_clause,
                key=lambda p: (
                    _office_place(doc, p),
                    _COARSE.get(p.feature, 0),
                    _distance(doc, inc, p.start),
                ),
            )
            # "هجوم انتحاري داخل الأراضي التركية، بعد استهدافه تجمعا بمدينة سروج": the country's territory named
            # in the clause is where the town the sentence names lies
            chosen = inc.place
            if _country_side(doc, chosen) and (
                inside := _finest(
                    [p for p in nearby if p.feature != "country" and p.country_code == chosen.country_code]
                )
            ):
                inc.place = min(inside, key=lambda p: (_office_place(doc, p), _distance(doc, inc, p.start)))
        elif specific := _finest([p for p in nearby if p.feature != "country"]):
            # From another clause only a specific place: a country named elsewhere in the sentence
            # ("... وتركت الكثير من العراق وسورية في حالة خراب") says little about where this happened.
            inc.place = min(
                specific,
                key=lambda p: (
                    _office_place(doc, p),
                    _distance(doc, inc, p.start),
                    _COARSE.get(p.feature, 0),
                ),
            )
        # (an arrest sweep "منذ أمس الأحد" stays undated: the lead's day, one sweep of two days)
        lately = "arrest" not in {m.sense.role for m in inc.mentions}
        own_dates = [
            d
            for d in dates
            if (not d.since or (lately and _recent(doc, d, _SINCE_LATELY_DAYS)))
            and not _report_date(doc, d, inc, cues)
        ]
        if about is not None:
            own_dates = [d for d in own_dates if doc.token_at(d.start) < about]
        near = clauses + _date_clauses(doc, inc, si)
        d_clause = [d for d in own_dates if any(_in(c, d.start, d.end) for c in near)]
        pool = d_clause or [d for d in date_for[k] if d in own_dates]
        if pool:
            inc.date = _attack_day(doc, si, pool) or min(
                pool, key=lambda d: (d.precision, _distance(doc, inc, d.start))
            )
        else:
            # "معارك متواصلة منذ صيف 2012": going on since then; not a span that dates another word of the
            # clause ("أطلق المتظاهرون هتافات ... وصور أوجلان المسجون منذ العام 1999")
            # "قتل ... 21 جنديا منذ 20 يوليو": a toll since then, however far the date stands
            toll = {m.sense.role for m in inc.mentions} <= HARM_ROLES
            inc.ongoing = any(
                d.since
                # "أوقفت، منذ أمس الجمعة، 320 شخصاً": one sweep of two days (a toll stays a running total)
                and (toll or not _recent(doc, d))
                and not _carried_up(doc, inc, d)
                and any(_in(c, d.start, d.end) for c in near)  # ("فمنذ عام 2011، سقط نحو 1000 مقاتل")
                and (toll or _distance(doc, inc, d.start) <= _SINCE_REACH)
                for d in dates
            )
        speakers = _speakers(doc, inc, actors, cues) | _finders(doc, inc, actors) | attributors
        dead = {a for m in inc.mentions for a in _died(doc, m, actors)}
        # "بمقتل 60 عنصرا من الحوثيين وقوات صالح": who is joined to a counted victim by و was hit too
        victims = _with_joined(
            doc, actors, targets | dead | _counted_victims(doc, inc, actors, number_ends, number_starts)
        )
        if {m.sense.role for m in inc.mentions} & TERRITORY_ROLES:
            victims |= _expelled(doc, actors)  # "تطهير عدن من الميليشيات الحوثية": who was driven out
        others = [m.match.tok_start for j, o in enumerate(incidents) if j != k for m in o.mentions]
        contrasts = [c.tok_start for c in cues if c.kind == "contrast"]
        _link_actors(doc, inc, actors, clauses, victims, speakers, backers, dead, others, contrasts)
        if _lost_by_actor1(doc, inc):
            inc.actor1, inc.actor2 = inc.actor2, inc.actor1  # "فقد/خسر X ...": X is the side that lost
            if inc.actor1 is None and inc.allies:
                # "فقدت الجماعة آخر قطعة من أراضيها بمساعدة تحالف دولي": with no winner named, the side that
                # helped take the ground stands for it
                inc.actor1 = inc.allies.pop(0)
        _link_striking_state(doc, inc, actors, speakers)
        _link_hands(doc, inc, actors, clauses, speakers)
        _link_victims(doc, inc, cues)
        _link_counts(doc, inc, count_people)
        inc.intervention = any(c.kind == "intervention" and not _grievance_object(doc, c, cues) for c in cues)
        inc.by_air = _flies(doc, inc.actor1)
        guns = event_lexicon().words["guns"]
        inc.by_gun = any(
            not guns.isdisjoint(doc.tokens[k].forms) for c in clauses for k in range(c.tok_start, c.tok_end)
        )
        _link_attribution(doc, si, inc, cues, others)
        _link_claim(doc, inc, cues, actors)
        inc.anaphors = [
            _stem(doc, c)
            for c in cues
            if c.kind == "anaphor" and any(_in(cl, c.start, c.end) for cl in clauses)
        ]


def _attack_day(doc: Doc, si: int, pool: list[DateMention]) -> DateMention | None:
    """A death told of its wounds (توفي جندي خامس أمس متأثرا بإصابته في هجوم على مركزين عسكريين يوم الخميس): the
    day told after 'of his wounds' is the attack's, and the incident's (ACLED adds the dead to the attack)."""
    sent = doc.sentences[si]
    words = event_lexicon().words["of_wounds"]
    k = next(
        (j for j in range(sent.tok_start, sent.tok_end) if not words.isdisjoint(doc.tokens[j].forms)), None
    )
    if k is None:
        return None
    # (not past a comma: "توفي متأثرا بإصابته خلال إطلاق النار، مساء أمس (السبت)" tells when he died)
    after = [
        d
        for d in pool
        if d.start >= doc.tokens[k].end
        and d.precision == 1
        and not any(c in doc.text[doc.tokens[k].end : d.start] for c in "،,")
    ]
    return min(after, key=lambda d: d.start) if after else None


_RECENT_DAYS = 7


def _recent(doc: Doc, d: DateMention, days: int = _RECENT_DAYS) -> bool:
    """A day at most ``days`` (default :data:`_RECENT_DAYS`) before publication."""
    if d.granularity != "day" or doc.published is None:
        return False
    try:
        return 0 <= (doc.published - value_days(d.value)[0]).days <= days
    except ValueError:
        return False


_SINCE_REACH = 6  # tokens from a trigger to the "since" date that makes its incident ongoing
_DATE_CLAUSE_TOKENS = 3  # "قتل 3 من الشرطة ومدني، أمس، في هجوم": a clause that is only a date


# "في معارك شهدتها مدينة تعز منذ صباح أمس": a "since" date this close dates the act told with it, where "منذ
# 2011" only says how long something has gone on
_SINCE_LATELY_DAYS = 2


def _date_clauses(doc: Doc, inc: Incident, si: int) -> list[Segment]:
    """Clauses next to the incident's own that hold nothing but a date between commas: they date it."""
    cl = doc.clauses[si]
    own = {m.clause for m in inc.mentions if m.sent == si}
    return [
        c
        for i, c in enumerate(cl)
        if i not in own and (i - 1 in own or i + 1 in own) and c.tok_end - c.tok_start <= _DATE_CLAUSE_TOKENS
    ]


_REPORT_SUBJECT = 6  # tokens between a reporting verb and its date (أعلنت وزارة الدفاع الأميركية يوم أمس أن)
_COMPLEMENTIZERS = frozenset({"ان", "بان", "وان"})  # أن / إن / بأن / وأن, normalised


def _report_date(doc: Doc, d: DateMention, inc: Incident, cues: list[CueHit]) -> bool:
    """'أعلنت الوزارة يوم أمس أن قياديا قتل …': the date tells when it was announced, not when it happened.

    The date follows a reporting verb, is followed by أن/إن, and every trigger of the incident comes after it.
    The incident then takes a date of its own, or later the lead's (news convention), and can merge with the
    sentence that gives the day it happened."""
    ts, te = doc.token_at(d.start), doc.token_at(d.end - 1) + 1
    if all(m.match.tok_end <= ts for m in inc.mentions) and _source_clause_date(doc, ts, inc, cues):
        return True  # "قتل 12 شخصا في فندق، وفق حصيلة أعلنها الجيش امس السبت": when the toll was given
    if any(m.match.tok_start < te for m in inc.mentions):
        return False
    after = doc.tokens[te : te + 2]
    if not any(t.norm in _COMPLEMENTIZERS for t in after):
        return False
    return any(c.kind == "reporting" and 0 <= ts - c.tok_end <= _REPORT_SUBJECT for c in cues)


def _source_clause_date(doc: Doc, ts: int, inc: Incident, cues: list[CueHit]) -> bool:
    """The date at token ``ts`` closes a source clause told after the incident: a source word (وفق, بحسب) after
    its last trigger, then a reporting verb right before the date ("وفق حصيلة أعلنها الجيش امس السبت")."""
    last = max(m.match.tok_end for m in inc.mentions)
    for c in cues:
        if c.kind != "reporting" or not 0 <= ts - c.tok_end <= _REPORT_SUBJECT:
            continue
        if any(not _SOURCES.isdisjoint(doc.tokens[k].forms) for k in range(last, c.tok_start)):
            return True
    return False


# "carried it out / did it", with the pronoun of the act before them: the actor after one is the doer
# ("غارات شنتها مروحيات الجيش", "الاعتقالات التي قام بها الحوثيون"), normalised
_DONE_BY = frozenset(
    {
        "شنتها",
        "شنها",
        "شنته",
        "نفذتها",
        "نفذها",
        "نفذته",
        "تشنها",
        "يشنها",
        "تنفذها",
        "ينفذها",
        "اطلقتها",
        "اطلقها",
        "اطلقته",
        "اطلقه",
        "اطلقوه",
        "اطلقوها",
        "شنوها",
        "نفذوها",
        "نفذوه",
        "بها",
        "به",
    }
)


# attack nouns whose genitive or ل-phrase is their doer, as a strike's is ("هجوم لمسلحين", "هجمات داعش"); not
# استهداف or اقتحام, whose genitive is the target
_ATTACK_NOUNS = frozenset(normalise_str(w) for w in ("هجوم", "هجوما", "هجمات", "هجومين", "كمين"))


def _expelled(doc: Doc, actors: list[ActorMention]) -> set[int]:
    """The side driven out of ground taken: an actor right after a place and من ("تحرير عدن من الميليشيات"; not a
    partitive: "قوات من الجيش" are the army's own), after من and a control noun ("من سيطرة داعش", "من قبضة
    الحوثيين"), or right after an expulsion verb with من after it ("طرد الحوثيين من مدينة عدن")."""
    place_ends = {doc.token_at(p.end - 1) for p in doc.places}
    words = event_lexicon().words
    expel, control, particles = words["expel"], words["control"], words["particles"]
    out: set[int] = set()
    for i, a in enumerate(actors):
        j = i
        while j + 1 < len(actors) and _coordinated(doc, actors[j], actors[j + 1]):
            j += 1  # "طرد مسلحي الحوثي وصالح من قاعدة العند": من follows the last of the joined sides
        k, e = doc.token_at(a.start), doc.token_at(actors[j].end - 1) + 1
        v = k - 2 if k > 1 and doc.tokens[k - 1].norm in particles else k - 1  # the verb: طردوا أيضا الحوثيين
        if k > 1 and doc.tokens[k - 1].norm == _MIN and k - 2 in place_ends:
            out.add(a.start)
        elif k > 1 and doc.tokens[k - 2].norm == _MIN and not control.isdisjoint(doc.tokens[k - 1].forms):
            out.add(a.start)  # "تحرير مدينة الرمادي من سيطرة تنظيم داعش"
        elif (
            v >= 0
            and e < len(doc.tokens)
            and not expel.isdisjoint(doc.tokens[v].forms)
            and (doc.tokens[e].norm == _MIN or _adjective_then_from(doc, e))
        ):
            out.add(a.start)  # ("طرد المليشيا المتمردة من المديرية": an adjective may stand before من)
        elif _formerly_held_by(doc, k):
            out.add(a.start)  # "زنجبار التي كانت في أيدي الحوثيين": who held the ground before
    return _with_joined(doc, actors, out)  # "تطهير عدن من الميليشيات الحوثية وصالح": both were driven out


_HELD_REACH = 3  # words from كان/كانت to the actor that held the ground ("كانت تحت سيطرة")


def _formerly_held_by(doc: Doc, k: int) -> bool:
    """The actor at token ``k`` follows a control noun (أيدي, سيطرة, قبضة) that a كان/كانت a few words before
    says was so: the side that held the ground, now lost ("التي كانت في أيدي الحوثيين", "كانت تحت سيطرة داعش")."""
    words = event_lexicon().words
    if k < 2 or words["control"].isdisjoint(doc.tokens[k - 1].forms):
        return False
    return any(doc.tokens[t].norm in words["was"] for t in range(max(0, k - 1 - _HELD_REACH), k - 1))


def _adjective_then_from(doc: Doc, k: int) -> bool:
    """Token ``k`` is a definite word (an adjective) and من follows it."""
    return k + 1 < len(doc.tokens) and doc.tokens[k].norm.startswith("ال") and doc.tokens[k + 1].norm == _MIN


def _link_striking_state(doc: Doc, inc: Incident, actors: list[ActorMention], speakers: set[int]) -> None:
    """Who carried out a strike is named right after the strike noun: a country adjective ('غارة أميركية',
    'قصف تركي': that state's forces), a genitive actor ('غارة للتحالف', 'غارات التحالف', 'قصف داعش', also when the
    trigger phrase takes in its first word: 'وقصف طيران التحالف') or the
    subject of a relative verb ('غارات شنتها مروحيات الجيش', 'ضربة نفذتها طائرة بدون طيار'); so is an
    attack's (:data:`_ATTACK_NOUNS`: 'هجوم لمسلحين', 'هجمات داعش').

    That actor becomes actor1; an actor the rules had put there (often the target: 'قيادي في القاعدة قتل في
    غارة أميركية') moves to actor2."""
    adjectives = geo_lexicon().adjectives
    for m in inc.mentions:
        if m.sense.pos != "noun" or m.match.tok_end >= len(doc.tokens):
            continue
        # the noun's genitive right after it ("هجوم لمسلحين" may be one trigger phrase, هجوم مسلح)
        end = m.match.tok_end
        if m.sense.role not in STRIKE_ROLES:
            if doc.tokens[m.match.tok_start].norm not in _ATTACK_NOUNS:
                continue
            end = m.match.tok_start + 1
        tok = doc.tokens[end]
        at = end + (tok.norm in _DONE_BY)  # "غارات شنتها مروحيات الجيش"
        # ... or it starts inside the trigger phrase: "وقصف طيران التحالف" (the trigger is "قصف طيران")
        inside = range(m.match.tok_start + 1, end) if m.sense.role in STRIKE_ROLES else range(0)
        striker = next(
            (
                a
                for a in actors
                if a.inter in ARMED_INTERS
                and (doc.token_at(a.start) == at or doc.token_at(a.start) in inside)
            ),
            None,
        )
        if striker is None and (cc := adjectives.get(tok.norm)) is not None:
            striker = registry().template("military", cc).mention(doc.text, tok.start, tok.end, generic=True)
        if striker is None or (inc.actor1 is not None and inc.actor1.actor_id == striker.actor_id):
            continue
        if inc.doer_is_subject and m is not min(inc.mentions, key=lambda x: x.match.tok_start):
            continue  # "هاجمت جبهة النصرة ... تزامن الاشتباكات مع غارات نفذها الائتلاف": another act beside it
        _make_doer(inc, striker, speakers)
        return


def _make_doer(inc: Incident, doer: ActorMention, speakers: set[int]) -> None:
    """``doer`` becomes actor1; the actor the rules had put first moves to actor2 if that is free or was
    ``doer`` itself or on its side (never one side on both sides), unless it only told of the incident ("أعلنت وزارة الدفاع
    الأميركية أن غارة لقوات الائتلاف أدت إلى مقتل ...": the speaker is no target)."""
    if inc.actor1 is not None and (inc.actor1.start in speakers or _same_side(inc.actor1, doer)):
        inc.actor1 = None  # (or was on the doer's side: "في مواجهات مع المقاومة وقصف طيران التحالف")
    if inc.actor1 is not None and template_kind(inc.actor1.actor_id) == "unidentified":
        inc.actor1 = None  # a placeholder for the unnamed doer ("أعدموا على أيدي متشددي داعش"), no target
    if inc.actor2 is not None and (inc.actor2.actor_id == doer.actor_id or _same_side(inc.actor2, doer)):
        inc.actor2 = inc.actor1
    elif inc.actor1 is not None and inc.actor2 is None:
        inc.actor2 = inc.actor1
    inc.actor1 = doer


# "at the hands of" and "by": the armed actor after these did it ("قتل العشرات من الحوثيين على يد المقاومة",
# "تم تحرير المدينة من قبل القوات الحكومية"); "into the hands of" for a town that fell ("سقطت الرمادي بيد داعش",
# "سقوط تل أبيض في قبضة الوحدات")
_HANDS = frozenset(
    (normalise_str(a), normalise_str(b))
    for a, b in (
        ("على", "يد"),
        ("على", "أيدي"),
        ("", "بيد"),
        ("", "بأيدي"),
        ("", "بأيد"),
        ("من", "قبل"),
        ("في", "يد"),
        ("في", "أيدي"),
        ("في", "قبضة"),
        ("", "بقبضة"),
    )
)
# "its source" right after a trigger word of the incident ("قتل 9 أشخاص، إثر سقوط صاروخ مصدره قوات النظام السوري"):
# whence the projectile came, its doer; another incident of the sentence (وردت القوات السعودية بقصف ...) keeps its own
_SOURCE = frozenset(normalise_str(w) for w in ("مصدره", "مصدرها"))
# "في قصف نسب إلى الحوثيين": the act named right before is attributed to the actor after
_ATTRIBUTED = frozenset((normalise_str(a), _TO) for a in ("نسب", "نسبت", "ينسب", "تنسب", "منسوب", "المنسوب"))


def _link_hands(
    doc: Doc, inc: Incident, actors: list[ActorMention], clauses: list[Segment], speakers: set[int]
) -> None:
    """An armed actor after على يد / على أيدي / بأيدي in the incident's clauses, or after نسب إلى right after one
    of its triggers, is its doer; the actor the
    rules had put first (often the dead: "لقي العشرات من عناصر الميليشيات الحوثية مصرعهم على يد المقاومة")
    becomes the second."""
    for a in actors:
        k = doc.token_at(a.start)
        if a.inter not in ARMED_INTERS:
            continue
        one = doc.tokens[k - 1].norm if k >= 1 else ""
        two = doc.tokens[k - 2].norm if k >= 2 else ""
        if one in _SOURCE and any(m.match.tok_start <= k - 2 < m.match.tok_end for m in inc.mentions):
            if not _named_doer(inc):  # (a doer the incident names, هجوم لحزب الله, stays its doer)
                _make_doer(inc, a, speakers)
            return
        if not any(_in(c, a.start, a.end) for c in clauses):
            continue
        # (an attribution only for the act right before it: "ردا على الهجوم الذي نسب إلى داعش" is another's)
        attributed = (two, one) in _ATTRIBUTED and any(m.match.tok_end == k - 2 for m in inc.mentions)
        if ("", one) not in _HANDS and (two, one) not in _HANDS and not attributed:
            continue
        if _formerly_held_by(doc, k):
            continue  # "زنجبار التي كانت في أيدي الحوثيين": whose hands it was in, not who took it
        if inc.actor1 is None or inc.actor1.actor_id != a.actor_id:
            _make_doer(inc, a, speakers)
        return


def _named_doer(inc: Incident) -> bool:
    """The incident's first actor is an armed actor named as such, not an unidentified group."""
    a = inc.actor1
    return a is not None and a.inter in ARMED_INTERS and template_kind(a.actor_id) != "unidentified"


def _stem(doc: Doc, c: CueHit) -> str:
    word = doc.view.text[doc.tokens[c.tok_start].nstart : doc.tokens[c.tok_end - 1].nend]
    for p in ("وال", "فال", "بال", "لل", "ال"):
        if word.startswith(p):
            return word[len(p) :]
    return word


_OBJECT_PREPOSITIONS = ("علي", "ضد", "بحق")
_SUBJECT_GAP = 1  # tokens allowed between a verb trigger and its subject (اقتحم مسلحو داعش)
_OWNED_GAP = 1  # words between a facility noun and the belonging word before its owner (مراكز تجمع تابعة لـ)


def _targets(
    doc: Doc, actors: list[ActorMention], cues: list[CueHit], number_ends: set[int], trigger_ends: set[int]
) -> set[int]:
    """Actors named as the object of violence, never its doer: inside a facility phrase ("مسجد قوات الطوارئ",
    "مقر الشرطة", "مواقع لتنظيم داعش", "مراكز تجمع تابعة لتنظيم داعش"), after على right after a trigger
    ("إطلاق نار على دورية أمنية", "هجوم على الجيش"), or a partitive after a count or a victim noun ("عنصران من
    الشرطة التركية"), also through a member noun ("عشرة من منسوبي قوات الطوارئ"); and any actor joined by و to
    one of these."""
    words = event_lexicon().words
    belonging = words["belonging"]
    facility_ends = {
        c.tok_end for c in cues if c.kind == "facility" and not _fired_from(doc, c, words["counts"])
    }
    victim_ends = {c.tok_end for c in cues if c.kind in ("armed_victims", "civilian_victims")}
    out: set[int] = set()
    for a in actors:
        ti = doc.token_at(a.start)
        owned = ti >= 1 and not belonging.isdisjoint(doc.tokens[ti - 1].forms)
        detached = ti >= 1 and doc.tokens[ti - 1].norm == "ل"  # "مواقع لـ«جبهة النصرة»": ل on its own
        if (
            ti in facility_ends
            or (detached and ti - 1 in facility_ends)
            or (owned and facility_ends & set(range(ti - 1 - _OWNED_GAP, ti)))
            or (ti >= 1 and doc.tokens[ti - 1].norm == _ALA and ti - 1 in trigger_ends)
            # "أسفر عن مقتل أحد أفراد قوة المهام المشتركة المدنية": one of them, right after the harm
            or (ti >= 1 and doc.tokens[ti - 1].norm in numbers_lexicon().one_of and ti - 1 in trigger_ends)
        ):
            out.add(a.start)
        elif (
            _partitive(doc, ti, victim_ends | number_ends)
            or (
                ti >= 3
                and is_person_noun(doc.tokens[ti - 1].norm)
                and _partitive(doc, ti - 1, victim_ends | number_ends)
            )
        ) and not (
            (ti >= 2 and not words["bomber"].isdisjoint(doc.tokens[ti - 2].forms))
            or any(doc.tokens[k].norm in words["counted_aircraft"] for k in range(max(0, ti - 4), ti - 1))
        ):
            # (but "نفذ انتحاري من «داعش» عملية": the bomber's group did it; "ثلاث مقاتلات اف-16 من سلاح الجو
            # التركي": the air force its counted aircraft belong to strikes)
            out.add(a.start)
        elif ti >= 2 and doc.tokens[ti - 1].norm == "في" and _counted_members(doc, ti - 2, number_ends):
            out.add(a.start)  # "بينهم قياديان في التنظيم": the group the counted dead belonged to
        elif _opposed(doc, ti):
            out.add(a.start)  # "فصائل معارضة لنظام الأسد", "انتصاراتهم على الحوثيين": the side opposed
    return _with_joined(doc, actors, out)  # "مواقع حزب الله والجيش السوري": both own what was hit


def _opposed(doc: Doc, ti: int) -> bool:
    """Token ``ti`` opens the side a war, a victory or opposition is against ("حرب ضد داعش", "فصائل معارضة
    لنظام الأسد", "انتصاراتهم على ميليشيات الحوثي", "الحرب على داعش", "على حساب داعش")."""
    words = event_lexicon().words
    if ti >= 1 and not words["opposed"].isdisjoint(doc.tokens[ti - 1].forms):
        return True
    if ti >= 2 and doc.tokens[ti - 1].norm in words["expense"] and doc.tokens[ti - 2].norm == _ALA:
        return True  # "مكاسب على حساب تنظيم داعش": at its expense (لحساب داعش is on its behalf)
    return (
        ti >= 2
        and doc.tokens[ti - 1].norm == _ALA
        and not words["won_over"].isdisjoint(doc.tokens[ti - 2].forms)
    )


def _with_joined(doc: Doc, actors: list[ActorMention], starts: set[int]) -> set[int]:
    """``starts`` (actor offsets) and every actor joined by و after one of them, or naming it again right after
    it: one side, one role."""
    out = set(starts)
    for a, b in itertools.pairwise(actors):
        if a.start in out and (_coordinated(doc, a, b) or _one_phrase(doc, a, b)):
            out.add(b.start)
    return out


def _one_phrase(doc: Doc, a: ActorMention, b: ActorMention) -> bool:
    """Two mentions of one actor back to back ("ميليشيات التمرد الحوثي"), or a force and whom it is loyal to
    ("القوات الموالية للحوثيين"): one name."""
    if a.actor_id != b.actor_id:
        return False
    gap = doc.token_at(b.start) - doc.token_at(a.end - 1) - 1
    return gap == 0 or (gap == 1 and doc.tokens[doc.token_at(b.start) - 1].norm in registry().loyal_words)


def _grievance_start(inc: Incident, grievances: list[CueHit]) -> int | None:
    """The first token after a grievance phrase told after a protest's first trigger, or None."""
    if inc.family != "protest":
        return None
    first = min(m.match.tok_start for m in inc.mentions)
    return min((c.tok_end for c in grievances if c.tok_start > first), default=None)


# words an aircraft noun may stand before the belonging word (الطائرات المقاتلة التابعة)
_AIR_BEFORE_OWNER = 2


def _flies(doc: Doc, a: ActorMention | None) -> bool:
    """The doer is named by its aircraft ("طائرات تركية", "مقاتلات التحالف", "سلاح الجو التركي")."""
    if a is None:
        return False
    words = event_lexicon().words
    air = words["aircraft"]
    first, last = doc.token_at(a.start), doc.token_at(a.end - 1)
    if any(not air.isdisjoint(doc.tokens[k].forms) for k in range(first, last + 1)):
        return True
    # "الطائرات المقاتلة التابعة للتحالف العربي": its aircraft, named before a belonging word
    k = first - 1
    if k < 1 or words["belonging"].isdisjoint(doc.tokens[k].forms):
        return False
    return any(not air.isdisjoint(doc.tokens[j].forms) for j in range(max(0, k - _AIR_BEFORE_OWNER), k))


def _fired_from(doc: Doc, c: CueHit, counts: frozenset[str]) -> bool:
    """ "القصف الذي تعرض له المخيم من مواقع قوات الأسد": what the fire came from is the doer's, not the target;
    "عدد من مواقع داعش" is a part of the target."""
    k = c.tok_start
    if k < 1 or doc.tokens[k - 1].norm != _MIN:
        return False
    return k < 2 or (doc.tokens[k - 2].norm not in counts and not doc.tokens[k - 2].norm[0].isdigit())


def _counted_members(doc: Doc, k: int, number_ends: set[int]) -> bool:
    """Token ``k`` is a person noun that is counted: a dual, after a number, or after بينهم/منهم."""
    norm = doc.tokens[k].norm
    if not is_person_noun(norm):
        return False
    return self_count(norm) == 2 or k in number_ends or (k > 0 and is_subset_word(doc.tokens[k - 1].norm))


def _partitive(doc: Doc, ti: int, count_ends: set[int]) -> bool:
    """Token ``ti`` follows من after a count, a victim noun or a person noun ("ثلاثة من", "عنصران من")."""
    return (
        ti >= 2
        and doc.tokens[ti - 1].norm == "من"
        and (ti - 1 in count_ends or is_person_noun(doc.tokens[ti - 2].norm))
    )


def _speakers(doc: Doc, inc: Incident, actors: list[ActorMention], cues: list[CueHit]) -> set[int]:
    """Actors that only report the incident: the subject of a reporting verb whose أن/إن clause holds every
    trigger ("قالت وزارة الداخلية التركية إن انفجارا … أسفر عن مقتل 27 شخصا").  With a pronoun on the
    complementizer ("أعلن الجيش أنه قتل") the speaker is the doer and is not returned."""
    first = min(m.match.tok_start for m in inc.mentions)
    out: set[int] = set()
    for a in actors:
        ta, te = doc.token_at(a.start), doc.token_at(a.end - 1) + 1
        if te > first or not any(
            c.kind == "reporting" and 0 <= ta - c.tok_end <= _REPORT_SUBJECT for c in cues
        ):
            continue
        # the first complementizer after the speaker opens what it said: "قال مسؤولون من الشرطة إن من يشتبه
        # بأنهم متطرفون أضرموا ..." (a later بأنهم is inside the report)
        opener = next((w for t in doc.tokens[te:first] if (w := t.norm) in _ANY_COMPLEMENTIZER), None)
        if opener in _COMPLEMENTIZERS:
            out.add(a.start)
        elif te == first and _announces_own_losses(doc, inc, a, actors):
            out.add(a.start)
    return out


# tokens from an attributing verb to its إلى: its subject and the act (نسب الجيش الهجوم إلى)
_ATTRIBUTION_REACH = 6


def attributions(doc: Doc, si: int) -> list[tuple[int, int]]:
    """(verb, إلى) token pairs of sentence ``si`` that lay an act at someone's door: "ونسب الجيش التركي الهجوم
    إلى حزب العمال الكردستاني", "ونسب إلى حزب العمال" (event_cues.json words attributed_to)."""
    words = event_lexicon().words["attributed_to"]
    sent = doc.sentences[si]
    out: list[tuple[int, int]] = []
    for k in range(sent.tok_start, sent.tok_end):
        if doc.tokens[k].norm not in words:
            continue
        hi = min(sent.tok_end - 1, k + 1 + _ATTRIBUTION_REACH)
        j = next((j for j in range(k + 1, hi) if doc.tokens[j].norm == _TO), None)
        if j is not None:
            out.append((k, j))
    return out


def _attributors(doc: Doc, si: int, actors: list[ActorMention]) -> set[int]:
    """Who lays an act at someone's door only tells of it: the subject between the attributing verb and its
    إلى ("ونسب الجيش التركي الهجوم إلى حزب العمال" is no attack by the army)."""
    spans = attributions(doc, si)
    return {a.start for a in actors for k, j in spans if k < doc.token_at(a.start) < j}


_FINDER_REACH = 3  # tokens between a finding verb and its subject (عثرت قوات الأمن التركية أمس على جثتي)


def _finders(doc: Doc, inc: Incident, actors: list[ActorMention]) -> set[int]:
    """Who found the dead did not kill them: the subject right after or before a finding verb ("عثرت قوات
    الأمن التركية أمس على جثتي شرطيين مقتولين بأسلحة نارية") is no doer, as a speaker is not."""
    found = event_lexicon().words["found"]
    first = min(m.match.tok_start for m in inc.mentions)
    verbs = [
        k
        for k in range(doc.sentences[inc.mentions[0].sent].tok_start, first)
        if not found.isdisjoint(doc.tokens[k].forms)
    ]
    out: set[int] = set()
    for a in actors:
        ta, te = doc.token_at(a.start), doc.token_at(a.end - 1) + 1
        if any(0 < ta - v <= _FINDER_REACH or te == v for v in verbs):
            out.add(a.start)
    return out


_OWN_LOSS_REACH = 4  # words from a casualty noun to the force it names ("مقتل رجل أمن وإصابة آخر")


def _announces_own_losses(doc: Doc, inc: Incident, a: ActorMention, actors: list[ActorMention]) -> bool:
    """A state speaker whose object is a casualty noun naming its own country's forces reports its losses,
    it did not inflict them: "أعلنت وزارة الداخلية السعودية مقتل رجل أمن" (but "أعلن الجيش مقتل 20 إرهابيا":
    the army's own kill)."""
    m = min(inc.mentions, key=lambda x: x.match.tok_start)
    if a.inter != 1 or m.sense.pos != "noun" or m.sense.role not in _CASUALTY_ROLES:
        return False
    return any(
        b.inter == 1
        and b.country == a.country
        and 0 <= doc.token_at(b.start) - m.match.tok_end <= _OWN_LOSS_REACH
        for b in actors
        if b is not a
    )


# What an armed speaker that reports an incident with no doer named before it has itself done: its strikes,
# arrests, battles, gains ("أعلنت وزارة الدفاع أن غارة قتلت قياديا", "قالت المقاومة إن اشتباكات دارت مع
# الحوثيين"), never a bombing ("قال الجيش إن انفجار سيارة مفخخة …").  A rebel or militia speaker's own
# attacks and kills too ("أفاد المكتب الإعلامي للمقاومة بأن الهجوم أسفر عن سقوط 12 قتيلا"); a state that
# reports an attack is usually its target.
_SPEAKER_DOES = frozenset(
    {"airstrike", "shelling", "arrest", "defuse", "campaign", "clash", "territory_regain", "territory_gain"}
)
_NON_STATE_SPEAKER_DOES = frozenset({"attack", "kill", "shoot"})
_BOMB_ROLES = frozenset({"ied", "suicide", "grenade", "chemical"})
_AIMED = frozenset({"attack"})  # استهدف: what a device "targeted"


def _device_aims(inc: Incident) -> bool:
    """A targeting verb with a device right after or right before it as its subject ("استهدفت عبوة ناسفة ثلاثة
    جنود", "انفجرت عبوة ناسفة استهدفت دورية"): the people after the verb were hit."""
    return any(
        m.sense.pos == "verb"
        and m.sense.role in _AIMED
        and any(
            n.sense.role in _BOMB_ROLES
            and (n.match.tok_start == m.match.tok_end or n.match.tok_end == m.match.tok_start)
            for n in inc.mentions
        )
        for m in inc.mentions
    )


_PRONOUN_COMPLEMENTIZERS = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وانه", "وانها"})
_ANY_COMPLEMENTIZER = _COMPLEMENTIZERS | _PRONOUN_COMPLEMENTIZERS


def _speaker_does(a: ActorMention, roles: set[str]) -> bool:
    """An armed speaker did what it reports (:data:`_SPEAKER_DOES`, :data:`_NON_STATE_SPEAKER_DOES`)."""
    if a.inter not in ARMED_INTERS:
        return False
    return bool(roles & _SPEAKER_DOES or (a.inter in NON_STATE_INTERS and roles & _NON_STATE_SPEAKER_DOES))


def _link_actors(
    doc: Doc,
    inc: Incident,
    actors: list[ActorMention],
    clauses: list[Segment],
    targets: set[int],
    speakers: set[int],
    backers: set[int],
    dead: set[int],
    others: list[int],
    contrasts: Sequence[int] = (),
) -> None:
    """actor1 is the doer: the armed actor right after a verb trigger (VSO: "اقتحم مسلحو داعش"), else the nearest
    one before the trigger (SVO, or the subject of "أعلن الجهاز ... تنفيذ حملة"), else the first armed actor in the
    trigger's clause.  An actor after a preposition ("القبض على شبكة تتبع داعش") is the target: actor2.  A
    speaker (:func:`_speakers`) is neither, but an armed speaker is the doer of its own kind of action when no
    subject is named (:data:`_SPEAKER_DOES`).  A backer ("بدعم من طيران التحالف") is an ally of the doer."""
    if not actors:
        return
    said = [a for a in actors if a.start in speakers]
    backing = [a for a in actors if a.start in backers]
    actors = [a for a in actors if a.start not in speakers and a.start not in backers]
    armed = [a for a in actors if a.inter in ARMED_INTERS and a.start not in targets]
    in_clause = [a for a in actors if any(_in(c, a.start, a.end) for c in clauses)]
    subject: ActorMention | None = None
    acted = False  # the subject is that of an act verb, not of a kill verb (often passive: "قتل ضابط")
    for m in inc.mentions:
        if m.sense.pos != "verb" or doc.tokens[m.match.tok_end - 1].norm in _OBJECT_PREPOSITIONS:
            continue
        if any(
            n.sense.pos == "noun" and _act_adjectives(doc, n.match.tok_end, m.match.tok_start)
            for n in inc.mentions
        ):
            continue  # "نفذت المقاومة هجوما استهدف قوات تابعة للحوثيين": the act is the verb's subject, not VSO
        acted = m.sense.role not in HARM_ROLES
        if m.sense.role not in HARM_ROLES:
            # SVO: "أن مجموعة مسلحة من حزب العمال استهدفت ثلاثة جنود": the armed actor right before an active
            # verb is its subject, and the people after it its object (kill verbs, often passive, are left out)
            # a counted group is a target ("عنصران من الشرطة") unless it acts: "400 من الانفصاليين هاجموا"
            svo = sorted(
                armed + [a for a in actors if a.start in targets and _counted_partitive(doc, a)],
                key=lambda a: a.start,
            )
            subject = next(
                (h for a in svo if _right_before(doc, a, m.match.tok_start) and (h := _head(doc, a, svo))),
                None,
            )
            if subject:
                k = svo.index(subject)
                while k > 0 and _coordinated(doc, svo[k - 1], svo[k]):
                    k -= 1  # "أن المقاومة والجيش الوطني سيطروا": the first of the coordinated subjects
                subject = svo[k]
                break
        for a in armed:
            gap = token_index(doc, a.start) - m.match.tok_end
            if gap == 0 and _set_for(doc, m.match.tok_end - 1) and _oblique(doc, a):
                continue  # "نصبت كمينا للحوثيين": whom the ambush was set for, after a verb that has its object
            if gap == 0 and _relative_verb(doc, m):
                # "اللغم الذي كان يستهدف قوات الأمن": the relative's antecedent acts, this is its object
                targets = targets | {a.start}
                continue
            if 0 <= gap <= _SUBJECT_GAP:
                subject = a
                break
        if subject:
            break
    lead = min(inc.mentions, key=lambda m: m.match.tok_start)
    if subject is None and lead.sense.role in STRIKE_ROLES:
        # "ورد الطيران الحربي التركي بمهاجمة": a strike trigger that is itself the aircraft, and the incident's
        # first, names its doer (not "... بحيث يصعب على المقاومة وطيران التحالف معرفة" told after the act)
        subject = next(
            (
                a
                for a in armed
                if a.start == lead.match.start
                and not _oblique(doc, a)  # ("بمساعدة من طيران التحالف": a backer)
            ),
            None,
        )
    if subject is None:
        subject = _pronoun_owner(doc, inc, armed, contrasts)
    if subject is None:
        subject = _act_owner(doc, inc, armed)
    verb_subject = subject
    first_trigger = min(m.match.start for m in inc.mentions)
    allies: dict[str, ActorMention] = {}
    if subject is None:
        lost = _lost_side(inc, [a for a in actors if a.start in targets])
        before = [a for a in armed if a.end <= first_trigger and a.actor_id not in lost]
        if before:
            k = len(before) - 1
            while k > 0 and _coordinated(doc, before[k - 1], before[k]):
                allies[before[k].actor_id] = before[k]
                k -= 1  # "إن المقاومة والجيش استكملوا": the first of the coordinated subjects
            if k > 0 and _possessor(doc, before[k], actors):
                # "فجر مقاتلو المقاومة الشعبية دبابة للحوثيين في هجوم": the owner of a thing hit, after ل
                targets = targets | {before[k].start}
                k -= 1
            subject = before[k]
            states = [a for a in before[:k] if a.inter == 1]
            if states and subject.inter in NON_STATE_INTERS and _arrest_only(inc) and _oblique(doc, subject):
                # "الجهات الأمنية تمكنت من الإطاحة بتنظيم مرتبط بداعش ... ألقي القبض على 431": the state
                # named first arrests; the group named nearer the trigger is the one arrested
                targets = targets | {subject.start}
                subject = states[-1]
    for a in backing:
        allies.setdefault(a.actor_id, a)
    inc.allies = list(allies.values())
    roles = {m.sense.role for m in inc.mentions}
    if subject is None and said and not roles & _BOMB_ROLES:
        subject = next((a for a in said if a.start not in targets and _speaker_does(a, roles)), None)
    if subject is None:
        armed_clause = [a for a in in_clause if a.inter in ARMED_INTERS and a.start not in targets]
        # "استهدف هجوم بسيارة مفخخة حاجزا أمنيا لمقاتلين أكراد": the owner of a thing hit, after ل, was hit
        owners = {a.start for a in armed_clause if _owner_hit(doc, inc, a) and _possessor(doc, a, actors)}
        targets = targets | owners
        armed_clause = [a for a in armed_clause if a.start not in owners and not _describes(doc, inc, a)]
        subject = armed_clause[0] if armed_clause else None
    if (
        subject is not None
        and subject is not verb_subject
        and subject.inter == 1
        and roles & _BOMB_ROLES
        and (
            roles <= _BOMB_ROLES | HARM_ROLES
            or (roles <= _BOMB_ROLES | HARM_ROLES | _AIMED and _device_aims(inc))
        )
    ):
        # "صرح المتحدث بوزارة الداخلية بحدوث تفجير أثناء قيام منسوبي قوة الطوارئ بأداء الصلاة": a state force
        # not named as a bombing verb's subject is who it hit or who tells of it, not the bomber
        targets = targets | {subject.start}
        subject = None
    if subject is not None:
        # "قصفت مليشيات الحوثي وصالح": who is joined to the doer after it is on its side too; in a clash
        # ("اشتباكات بين الحوثي وصالح والمقاومة") only a registry ally is, the next one is the other side
        ally_of = registry().allies
        k = next((i for i, a in enumerate(armed) if a is subject), len(armed))
        while (
            k + 1 < len(armed)
            and _coordinated(doc, armed[k], armed[k + 1])
            and (
                "clash" not in roles
                or ally_of.get(armed[k].actor_id) == armed[k + 1].actor_id
                or _one_side(doc, armed[k + 1])
            )
        ):
            allies.setdefault(armed[k + 1].actor_id, armed[k + 1])
            k += 1
        inc.allies = list(allies.values())
    if subject is not None and _arrested_group(doc, inc, subject, roles):
        targets = targets | {subject.start}
        subject = None  # the unnamed arrester (the country's police) is filled in later
    inc.actor1 = subject
    inc.doer_is_subject = acted and subject is not None and subject is verb_subject
    rest = [
        a
        for a in in_clause
        if (subject is None or a.actor_id != subject.actor_id)
        and a.actor_id not in allies
        # (an ally the text sets against the doer is the other side: "بين مسلحي الحوثي من جهة وقوات صالح")
        and not (subject is not None and _same_side(subject, a) and not _one_side(doc, subject))
        and not (a.start not in targets and _describes(doc, inc, a))
    ]  # "من سيطرة الميليشيات الحوثية والقوات الموالية للرئيس السابق": the doer's registry ally is no target
    rest.sort(key=lambda a: a.start not in targets)  # a named target first
    if not rest:
        # who met their death may stand outside the trigger's clause ("لقي 4 من الحوثيين، أمس، مصرعهم")
        # ... and so may a named target ("فجر مقاتلو المقاومة دبابة للحوثيين، في هجوم"), when no other incident
        # of the sentence is told nearer to it, and it is more than the side a war is against ("مقتل 1332
        # عراقيا خلال الحرب على داعش": the frame of a toll, not who was hit)
        rest = [
            a
            for a in actors
            if (
                a.start in dead
                or (
                    a.start in targets
                    and _nearest_to(doc, inc, a, others)
                    and not _opposed(doc, token_index(doc, a.start))
                )
            )
            and (subject is None or (a.actor_id != subject.actor_id and not _same_side(subject, a)))
        ]
    if subject is None and rest and ("clash" in roles or roles <= HARM_ROLES):
        # "وقتل 25 من الحوثيين وقوات صالح و8 من المقاومة في مواجهات", "مقتل جندي تركي وعنصر من داعش": armed men
        # of two sides among the dead, no doer named: they fought; the first side named, then the other
        other = next(
            (
                a
                for a in rest[1:]
                if a.actor_id != rest[0].actor_id
                and not _same_side(rest[0], a)
                and {a.inter, rest[0].inter} <= set(ARMED_INTERS)
                # (not "خمسة من جنود المارينز": one body named twice, back to back)
                and (
                    doc.token_at(a.start) > doc.token_at(rest[0].end - 1) + 1 or _coordinated(doc, rest[0], a)
                )
            ),
            None,
        )
        if other is not None:
            inc.actor1, inc.actor2 = rest[0], other
            return
    if rest:
        inc.actor2 = rest[0]


def _lost_side(inc: Incident, hit: list[ActorMention]) -> set[str]:
    """The actors no doer found before the trigger may be: ground is never taken by the side driven out of it
    ("تخوفا من هجوم حوثي ... بعد طرد المليشيا المتمردة من"), nor is a toll's doer the side counted among its dead
    ("سقوط عشرات القتلى والجرحى من الحوثيين"), when only one side is hit (with both sides' dead, the one named
    first may still have taken the ground)."""
    if not hit or not (any(r in TERRITORY_ROLES for r in inc.roles) or set(inc.roles) <= HARM_ROLES):
        return set()
    if not all(_same_side(hit[0], b) or b.actor_id == hit[0].actor_id for b in hit[1:]):
        return set()
    return {a.actor_id for a in hit}


def _pronoun_owner(
    doc: Doc, inc: Incident, armed: list[ActorMention], contrasts: Sequence[int]
) -> ActorMention | None:
    """Ground taken told by a noun with a pronoun ("المقاومة قطعت طرق إمداد الحوثيين ... بعد سيطرتها على"): the
    pronoun is the subject, the first armed actor before that noun in its clause that no preposition governs,
    or "the latter" named there ("عقب دخول الأخيرة إلى الحوطة وسيطرتها على عدد من المواقع"); a contrast word
    (``contrasts``: فيما, بينما) opens a new subject."""
    for m in inc.mentions:
        if m.sense.role not in TERRITORY_ROLES or not pronoun_suffixed(
            doc.text, doc.tokens[m.match.tok_start]
        ):
            continue  # (read off the word: the lexicon lists "سيطرتها على" whole, so the match cannot say)
        clause = doc.clauses[m.sent][m.clause]
        lo = max([clause.tok_start, *(k for k in contrasts if k < m.match.tok_start)])
        owner = [
            a
            for a in armed
            if doc.token_at(a.start) >= lo and a.end <= m.match.start and not _oblique(doc, a)
        ]
        latter = [a for a in owner if is_latter(doc.tokens[doc.token_at(a.start)].norm)]
        if owner:
            return latter[-1] if latter else owner[0]
    return None


_OBLIQUE_BEFORE = frozenset(normalise_str(w) for w in ("من", "في", "على", "عن", "مع", "إلى", "الى", "ضد"))


_MIN = normalise_str("من")
_WITH = normalise_str("مع")
_PARTICLES = frozenset(normalise_str(w) for w in ("قد", "لقد", "وقد"))


_ONE_SIDE = frozenset((_MIN, normalise_str(w)) for w in ("جهة", "طرف", "ناحية"))  # "من جهة": on the one hand


def _one_side(doc: Doc, a: ActorMention) -> bool:
    """ "بين قوات النظام وحزب الله من جهة وبين فصائل معارضة": the actors before من جهة are one side."""
    k = doc.token_at(a.end - 1) + 1
    return k + 1 < len(doc.tokens) and (doc.tokens[k].norm, doc.tokens[k + 1].norm) in _ONE_SIDE


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """Two actors of one registry camp (allies among them), a group and its parent ("جبهة النصرة التابعة لتنظيم
    القاعدة"), or two state forces of one country (the army and the police) are one side: neither is the
    other's target."""
    if b.actor_id in registry().camps.get(a.actor_id, ()):
        return True
    if (a.parent is not None and a.parent == b.actor_id) or (b.parent is not None and b.parent == a.actor_id):
        return True
    return a.inter == b.inter == 1 and a.country is not None and a.country == b.country


def _counted_partitive(doc: Doc, a: ActorMention) -> bool:
    """An armed group counted by a figure before من: "400 من الانفصاليين"."""
    ti = doc.token_at(a.start)
    return (
        a.inter in ARMED_INTERS
        and ti > 1
        and doc.tokens[ti - 1].norm == _MIN
        and any(x.end == doc.tokens[ti - 2].end for x in doc.numbers)
    )


def _right_before(doc: Doc, a: ActorMention, verb: int) -> bool:
    """The mention ends right before token ``verb`` (or before قد / لقد there, or a word of backing and its
    object: "400 من الانفصاليين مدعومين بدبابات هاجموا"), nothing but a space between."""
    end = doc.token_at(a.end - 1) + 1
    if end + 2 <= verb and doc.tokens[end].norm.startswith(_BACKED) and doc.tokens[end + 1].norm[:1] == "ب":
        end += 2
    while end < verb and doc.tokens[end].norm in _PARTICLES:
        end += 1
    return end == verb and doc.view.text[doc.tokens[verb - 1].nend : doc.tokens[verb].nstart].strip() == ""


_BACKED = tuple(normalise_str(w) for w in ("مدعوم", "مسنود", "مدججين", "مدججون", "مزودين"))


def _head(doc: Doc, a: ActorMention, armed: list[ActorMention]) -> ActorMention | None:
    """The subject whose phrase ends with ``a``: ``a`` itself, or, when ``a`` is the object of من, the mention
    of the same actor right before it ("مجموعة مسلحة من حزب العمال"); None for another preposition's object."""
    if not _oblique(doc, a):
        return a
    ti = doc.token_at(a.start)
    if ti == 0 or doc.tokens[ti - 1].norm != _MIN:
        return None
    if _counted_partitive(doc, a):
        return a  # "400 من الانفصاليين": the counted are the subject
    return next((b for b in armed if b.actor_id == a.actor_id and doc.token_at(b.end - 1) == ti - 2), None)


def _nearest_to(doc: Doc, inc: Incident, a: ActorMention, others: list[int]) -> bool:
    """No trigger of another incident (token indexes ``others``) stands nearer to ``a`` than ``inc``'s own."""
    at = doc.token_at(a.start)
    own = min(abs(m.match.tok_start - at) for m in inc.mentions)
    return all(abs(o - at) > own for o in others)


_DESCRIBING_REACH = 3  # tokens from a relative pronoun to the actor that is its verb's subject


def _describes(doc: Doc, inc: Incident, a: ActorMention) -> bool:
    """The actor is the subject of a present-tense relative clause about something that is none of the
    incident's triggers ("رحلة لبلدة كوباني في سوريا التي يؤمنها مقاتلون أكراد", "التي يسيطر عليها داعش": who
    holds the town, not who bombed); a relative clause on a trigger names its doer ("الهجوم الذي نفذه داعش")."""
    ti = doc.token_at(a.start)
    relatives = event_lexicon().words["relatives"]
    for k in range(max(1, ti - _DESCRIBING_REACH), ti - 1):
        if doc.tokens[k].norm in relatives and doc.tokens[k + 1].norm.startswith("ي"):
            return not any(m.match.tok_start <= k - 1 < m.match.tok_end for m in inc.mentions)
    return False


def _act_owner(doc: Doc, inc: Incident, armed: list[ActorMention]) -> ActorMention | None:
    """The armed actor after the ل of an act noun trigger, one adjective at most between ("قصف عنيف لطيران
    التحالف الدولي", "هجوم لداعش"): whose act it is, the doer (see :func:`_possessor`: no owner of a thing)."""
    acts = event_lexicon().words["acts_of"]
    for m in inc.mentions:
        if m.sense.pos != "noun" or acts.isdisjoint(doc.tokens[m.match.tok_end - 1].forms):
            continue
        for a in armed:
            ti = doc.token_at(a.start)
            if 0 <= ti - m.match.tok_end <= _OWNER_ADJECTIVES and attached(doc.tokens[ti], ("ل",)):
                if not _set_for(doc, m.match.tok_end - 1):
                    return a
    return None


def _relative_verb(doc: Doc, m: Mention) -> bool:
    """The verb trigger opens a relative clause ("الذي استهدف", "الذي كان يستهدف") and carries no object pronoun:
    its subject is the antecedent, so an actor right after it is its object ("الذي نفذه داعش" names the doer)."""
    k = m.match.tok_start
    if m.match.tok_end - k != 1 or pronoun_suffixed(doc.text, doc.tokens[k]):
        return False
    words = event_lexicon().words
    if k > 0 and doc.tokens[k - 1].norm in words["relatives"]:
        return True  # "الذي استهدف"; "الذي كان يستهدف", "التي قد استهدفت": كان or قد between
    between = doc.tokens[k - 1].norm if k > 1 else ""
    return (between in words["was"] or between in QAD) and doc.tokens[k - 2].norm in words["relatives"]


_ACT_ADJECTIVES = (
    1  # words (an adjective: هجوما انتحاريا) between an act noun and the verb it is the subject of
)
_OWNED_REACH = 6  # tokens from the end of a trigger to the owner (after ل) of the thing it hit


def _act_adjectives(doc: Doc, lo: int, hi: int) -> bool:
    """Tokens ``lo`` to ``hi`` (between an act noun and a verb) are at most one adjective, or adjectives joined
    by و ("هجمات متعددة ومباغتة استهدفت الحوثيين"): the act noun is the verb's subject."""
    if not 0 <= hi - lo <= _ACT_ADJECTIVES + 2:
        return False
    return hi - lo <= _ACT_ADJECTIVES or all(
        doc.tokens[k].norm.startswith("و") and doc.tokens[k].norm.endswith("ه") for k in range(lo + 1, hi)
    )


def _owner_hit(doc: Doc, inc: Incident, a: ActorMention) -> bool:
    """The actor stands a few words after one of the incident's triggers: where the owner of what the act hit
    is named ("فتحوا النار من سوريا على مركز حدودي للجيش التركي"), not a bulletin's author far on."""
    ti = doc.token_at(a.start)
    return any(0 <= ti - m.match.tok_end < _OWNED_REACH for m in inc.mentions)


_OWNER_ADJECTIVES = 1  # words (an adjective) that may stand between an act noun and ل + its doer


def _possessor(doc: Doc, a: ActorMention, actors: list[ActorMention]) -> bool:
    """The mention owns the plain noun before it through an attached ل ("دبابة للحوثيين", "مواقع لداعش"): not
    a word of belonging or loyalty (التابعة لداعش names the doer's identity) nor another actor's name."""
    ti = doc.token_at(a.start)
    tok = doc.tokens[ti]
    if ti == 0 or not attached(tok, ("ل",)):
        return False
    prev = doc.tokens[ti - 1]
    if any(
        not _not_owners().isdisjoint(doc.tokens[k].forms)
        for k in range(max(0, ti - 1 - _OWNER_ADJECTIVES), ti)
    ) and not _set_for(doc, ti - 1):
        return False  # also with an adjective between: "هجوما داميا للقاعدة", "هجمات مفترضة لحركة بوكو حرام"
    if doc.view.text[prev.nend : tok.nstart].strip():
        return False  # punctuation between: not one phrase
    return not any(b.start <= prev.start < b.end for b in actors)


_SET_REACH = 4  # words from a setting verb to the ambush it set (نصب مسلحون مجهولون كمينا)


def _set_for(doc: Doc, k: int) -> bool:
    """Token ``k`` is an ambush a setting verb before it set ("نصبت المقاومة كمينا للحوثيين"): the ل after it
    names whom it was set for, the target ("قتلوا في كمين لداعش" names the doer)."""
    words = event_lexicon().words
    if words["ambush"].isdisjoint(doc.tokens[k].forms):
        return False
    return any(not words["set_for"].isdisjoint(doc.tokens[j].forms) for j in range(max(0, k - _SET_REACH), k))


@cache
def _not_owners() -> frozenset[str]:
    """Words before an attached ل that make what follows the doer's identity or its act, not an owner: loyalty
    and belonging words (الموالية لصالح, التابعة لداعش), act nouns (محاولة للدواعش, هجوم لداعش) and reflexives
    (سلموا أنفسهم للمقاومة: to whom, not whose)."""
    words = event_lexicon().words
    return registry().loyal_words | words["belonging"] | words["acts_of"] | words["reflexive"]


def _oblique(doc: Doc, a: ActorMention) -> bool:
    """The mention stands after a preposition, attached (بتنظيم داعش, لداعش) or not (مع داعش): not a subject."""
    ti = doc.token_at(a.start)
    if attached(doc.tokens[ti], ("ب", "ل")):
        return True
    return ti > 0 and doc.tokens[ti - 1].norm in _OBLIQUE_BEFORE


def _lost_by_actor1(doc: Doc, inc: Incident) -> bool:
    """A loss verb with actor1 as its subject right after it ("فقدت اللجان الشعبية السيطرة على"), and no gain
    told beside it: actor1 is the side that lost the ground."""
    roles = set(inc.roles)
    if inc.actor1 is None or "territory_loss" not in roles or roles & {"territory_gain", "territory_regain"}:
        return False
    at = doc.token_at(inc.actor1.start)
    return any(
        m.sense.role == "territory_loss" and 0 <= at - m.match.tok_end <= _SUBJECT_GAP for m in inc.mentions
    )


def _arrest_only(inc: Incident) -> bool:
    roles = set(inc.roles)
    return "arrest" in roles and "abduct" not in roles


def _arrested_group(doc: Doc, inc: Incident, subject: ActorMention, roles: set[str]) -> bool:
    """An armed group named after an arrest trigger, and not as the verb's subject, is the one arrested: states
    arrest, and a group that detains people is named as the subject ("اعتقل تنظيم داعش 80 مواطنا", "داعش اعتقل",
    "الاعتقالات التي قام بها الحوثيون").  "اعتقلت الاستخبارات التركية 250 شخصا كانوا على صلة بداعش" is no
    abduction by ISIS."""
    if subject.inter not in NON_STATE_INTERS or "arrest" not in roles or "abduct" in roles:
        return False
    at = doc.token_at(subject.start)
    first = min(m.match.tok_end for m in inc.mentions)
    if at < first:
        return False  # named before the trigger: its subject
    for m in inc.mentions:
        if m.sense.pos == "verb" and 0 <= at - m.match.tok_end <= _SUBJECT_GAP:
            return False  # right after the verb: its subject
    between = {t.norm for t in doc.tokens[first:at]}
    return not between & _DONE_BY  # "الاعتقالات التي قام بها الحوثيون"


_NOMINATIVE_PLURAL = ("ون", "و")  # مسلحون, مسلحو: the case a doer after an active verb takes
_VICTIM_WINDOW = 4  # tokens from a kill / injure trigger to the counted people it hit
_MEMBER_REACH = (
    3  # ... and further to a group its members belong to ("قتلت أربعة يشتبه أنهم أعضاء في القاعدة")
)
_RANKS = frozenset({"صفوف", "لصفوف", "بصفوف"})  # "سقوط 12 قتيلا في صفوف الميليشيات": the group hit


def _counted_victims(
    doc: Doc, inc: Incident, actors: list[ActorMention], number_ends: set[int], number_starts: set[int]
) -> set[int]:
    """People counted right after a kill or injure trigger are its victims, whatever their side: "قتل ثلاثة جنود"
    (the verb is passive), "إصابة 5 من عناصر الشرطة", "وجرح جنديين" (a dual counts itself).  After an injure
    trigger any person noun is hit ("أصيب شرطيان"), but a nominative plural may be the doer ("جرح مسلحو داعش").
    A little further on, the group hit is named after في صفوف or a member noun and في ("قياديا في القاعدة").
    Who met their death is in ``_died``."""
    out: set[int] = set()
    for m in inc.mentions:
        if m.sense.role not in _CASUALTY_ROLES:
            continue
        for a in actors:
            ti = doc.token_at(a.start)
            if m.sense.pos == "verb" and 0 < m.match.tok_start - ti <= _SUBJECT_GAP_AFTER + 1:
                # "شرطيان قتلا", "جنديين كوريين أصيبا", "إن 70 حوثيا قتلوا": counted as the dead, so the victims
                counted = ti in number_ends or _self_counted_subject(doc, ti, m.match.tok_start)
                if counted and not _object_counted(doc, m.match.tok_end, number_starts):
                    out.add(a.start)
                continue
            if not 0 <= ti - m.match.tok_end <= _VICTIM_WINDOW + _MEMBER_REACH:
                continue
            norm, before = doc.tokens[ti].norm, doc.tokens[ti - 1].norm
            member = before in _RANKS or (before == "في" and is_person_noun(doc.tokens[ti - 2].norm))
            if member or (
                ti - m.match.tok_end <= _VICTIM_WINDOW
                and (
                    ti in number_ends
                    or is_oblique_count(norm)
                    or _passive_counted(doc, m, ti, number_starts)
                    or (m.sense.pos == "noun" and ti == m.match.tok_end)  # مقتل رجل أمن: the genitive is hit
                    # "قتل أربعة أشخاص بينهم عسكريان": the part of the counted dead named after بينهم
                    or (
                        ti - 2 >= m.match.tok_end
                        and is_subset_word(before)
                        and is_person_noun(doc.tokens[ti - 2].norm)
                    )
                    or (
                        m.sense.role == "injure"
                        and is_person_noun(norm)
                        and not norm.endswith(_NOMINATIVE_PLURAL)
                    )
                )
            ):
                out.add(a.start)
    return out


# passive death verbs: the dead follow them ("اغتيل قائد عسكري في الجيش الحر", "استشهد جنديان")
_PASSIVE_DEATH = frozenset(
    normalise_str(w) for w in ("اغتيل", "اغتيلت", "استشهد", "استشهدوا", "استشهدا", "استشهدت")
)
# ... and the death the subject "met" (لقي حتفه, لقوا مصرعهم, قضى نحبه): the dead stand before it
_DEATH_WORDS = _PASSIVE_DEATH | frozenset(
    normalise_str(w)
    for w in ("حتفه", "حتفهم", "حتفها", "حتفهما", "مصرعه", "مصرعهم", "مصرعها", "مصرعهما", "نحبه")
)
_PASSIVE_REACH = 5  # words after a passive death verb where its subject, the dead, may stand
_MET = frozenset(normalise_str(w) for w in ("لقي", "لقيا", "لقوا", "لقيت", "قضى"))  # also with و/ف before
_MET_REACH = 12  # words back from a split phrase to its لقي ("لقي العشرات من عناصر … مصرعهم")
_DIED_GAP = 4  # words between the subject's end and "لقي حتفه" ("رجل الأمن سامي معوض الحربي، قد لقي حتفه")


def _died(doc: Doc, m: Mention, actors: list[ActorMention]) -> set[int]:
    """Who "met their death" (لقي حتفه, لقي مصرعه, استشهد) is the dead, whatever the side: the actor between
    لقي and the split phrase ("لقي العشرات من عناصر الميليشيات مصرعهم") or just before the phrase ("وكان رجل
    الأمن … قد لقي حتفه")."""
    span = doc.tokens[m.match.tok_start : m.match.tok_end]
    if not any(t.norm in _DEATH_WORDS for t in span):
        return set()
    start = m.match.tok_start
    sent = doc.sentences[m.sent]
    met = None
    if not _met(span[0].norm):  # the split form: لقي … مصرعهم
        lo = max(sent.tok_start, start - _MET_REACH)
        met = next((k for k in range(start - 1, lo - 1, -1) if _met(doc.tokens[k].norm)), None)
    out: set[int] = set()
    passive = any(t.norm in _PASSIVE_DEATH for t in span)
    for a in actors:
        ta, te = doc.token_at(a.start), doc.token_at(a.end - 1) + 1
        if passive and _passive_subject(doc, m.match.tok_end, ta) and te <= sent.tok_end:
            out.add(a.start)
            continue
        if te > start or ta < sent.tok_start:
            continue
        if (met is not None and ta > met) or (met is None and start - te <= _DIED_GAP):
            out.add(a.start)
    return out


def _met(norm: str) -> bool:
    """لقي and its forms, with or without و/ف before it (ولقي)."""
    return norm in _MET or (norm[:1] in ("و", "ف") and norm[1:] in _MET)


def _met_before(doc: Doc, k: int) -> bool:
    """The figure at token ``k`` follows لقي: the subject of the split "لقي 4 من القيادات الحوثية في مديرية
    العدين مصرعهم", whatever stands between it and مصرعهم."""
    return k > 0 and _met(doc.tokens[k - 1].norm)


def _passive_subject(doc: Doc, verb_end: int, ta: int) -> bool:
    """The actor at ``ta`` is the subject of the passive verb ending at ``verb_end``: right after it, or the
    group of a person named right after it ("اغتيل قائد عسكري في الجيش الحر"); not the doer of what follows
    ("استشهد عشرات الاشخاص جراء تنفيذ الطيران الحربي غارات")."""
    if ta == verb_end:
        return True
    return (
        0 < ta - verb_end <= _PASSIVE_REACH
        and doc.tokens[ta - 1].norm == "في"
        and any(is_person_noun(t.norm) for t in doc.tokens[verb_end : ta - 1])
    )


_OBJECT_REACH = 3  # words after a kill verb's subject where its counted object may stand
_OBJECT_STOPS = frozenset(
    normalise_str(w) for w in ("في", "على", "من", "الى", "إلى", "خلال", "جراء", "اثر", "إثر", "بعد")
)


def _passive_counted(doc: Doc, m: Mention, ti: int, number_starts: set[int]) -> bool:
    """A nominative dual or singular person noun right after a kill verb with no people after it is the verb's
    passive subject, the dead: "قتل جنديان تركيان في هجوم شنه حزب العمال", "قتل جندي عراقي في هجوم" (but "قتل
    مسلحان جنديا": they killed him)."""
    if m.sense.pos != "verb" or m.sense.role not in _KILL_ROLES or ti != m.match.tok_end:
        return False
    norm = doc.tokens[ti].norm
    count = self_count(norm)
    if count != 2 and (count != 1 or norm.endswith("ا")):
        return False
    after = ti + 1
    if after < len(doc.tokens) and doc.tokens[after].norm in geo_lexicon().adjectives:
        after += 1  # "جنديان تركيان": the dual's nationality
    for k in range(after, min(after + _OBJECT_REACH, doc.sentences[m.sent].tok_end)):
        if _object_counted(doc, k, number_starts):
            return False  # "قتل شرطي أميركي أبيض طالباً": a second adjective, then his victim
        if doc.tokens[k].norm in _OBJECT_STOPS or doc.tokens[k].norm.startswith("و"):
            break  # "قتل جنديان ماليان وأصيب اربعة آخرون": the four are the next verb's
    return after >= doc.sentences[m.sent].tok_end or not _object_counted(doc, after, number_starts)


def _object_counted(doc: Doc, tok: int, number_starts: set[int]) -> bool:
    """The verb ending before token ``tok`` has people counted right after it ("مسلحان قتلا جنديا", "قتلا 3
    جنود"): the people before it are then its doers."""
    return tok in number_starts or (tok < len(doc.tokens) and is_person_noun(doc.tokens[tok].norm))


_WAW_ROOTS = (normalise_str("وفد"),)  # words whose first و is a root letter, not "and"


def _coordinated(doc: Doc, a: ActorMention, b: ActorMention) -> bool:
    """B follows A joined by و ("المقاومة والجيش", "الحوثيين وقوات صالح"): one side, not two."""
    ta, tb = doc.token_at(a.end - 1), doc.token_at(b.start)
    if tb == ta + 2 and doc.tokens[ta + 1].norm == "و":
        return True  # "ضد تنظيمي داعش، و«بي كي كي»": و stands alone before a quoted name
    norm = doc.tokens[tb].norm
    # و + a word that opens with ف is joined too (وفلول المخلوع, وفصائل المعارضة); وفد is a word of its own
    return tb == ta + 1 and norm.startswith("و") and not norm.startswith(_WAW_ROOTS)


_COMBINED_NEXT = frozenset(
    normalise_str(w)
    for w in ("وجريحا", "وجريح", "وجرحى", "ومصابا", "ومصاب", "ومصابين", "وقتيلا", "وقتيل", "وقتلى")
)
_COMBINED_FIRST = frozenset(w[1:] for w in _COMBINED_NEXT)  # the first noun of such a pair, without و
_BETWEEN = normalise_str("بين")
# verbal nouns of killing and wounding joined before one count ("مقتل وإصابة 35 مدنيا": the dead and the wounded
# together)
_KILLING_FIRST = frozenset(normalise_str(w) for w in ("مقتل", "قتل"))
_KILLING_NOUNS = frozenset(normalise_str(w) for w in ("مقتل", "استشهاد"))
_WOUNDING_NEXT = frozenset(normalise_str(w) for w in ("وإصابة", "وجرح"))


def _combined_toll(doc: Doc, m: Mention) -> bool:
    """A casualty noun joined to the other kind in one count ("66 قتيلاً وجريحاً", "بين قتيل وجريح", "مقتل
    وإصابة 35 مدنيا")."""
    if m.sense.role not in _CASUALTY_ROLES:
        return False
    k, toks = m.match.tok_end, doc.tokens
    own_tok = toks[m.match.tok_start]
    # "بمقتل وإصابة 20 مدنيا", "مقتل وجرح 20 شخصا" (وجرح read as a verb too): the pair of verbal nouns, clitics
    # and all (not the verb قتل: "إن عسكريا تركيا قتل وجرح اثنان آخران" counts one dead and two wounded)
    if k < len(toks) and not _KILLING_NOUNS.isdisjoint(own_tok.forms) and toks[k].norm in _WOUNDING_NEXT:
        return True
    if (
        m.match.tok_start > 0
        and own_tok.norm in _WOUNDING_NEXT
        and not _KILLING_NOUNS.isdisjoint(toks[m.match.tok_start - 1].forms)
    ):
        return True
    if m.sense.pos != "noun":
        return False
    after = toks[k].norm if k < len(toks) else ""
    before = toks[m.match.tok_start - 1].norm if m.match.tok_start > 0 else ""
    own = own_tok.norm
    return (
        after in _COMBINED_NEXT
        or (before == _BETWEEN and after.startswith("و"))
        or (own in _COMBINED_NEXT and before in _COMBINED_FIRST)  # the جريحا of "66 قتيلا وجريحا"
        or (own in _KILLING_FIRST and after in _WOUNDING_NEXT)  # the noun قتل: "قتل وإصابة 35 مدنيا"
        or (own in _WOUNDING_NEXT and before in _KILLING_FIRST)
    )


# words (whose dead: من المقاومة; a comma is no word) between one side's count and the و of the next
_TOLL_GAP = 4


def _toll_goes_on(doc: Doc, first: NumberMention, m: Mention, n: NumberMention) -> bool:
    """The dead of another side, told right after the first count with و and a second death word ("أسفرت عن
    مقتل 44 حوثيا، واستشهاد ثمانية من المقاومة"): the same incident's toll goes on (ACLED sums both sides)."""
    if n.start < first.end or m.sense.pos != "noun":
        return False
    k, end = m.match.tok_start, doc.token_at(first.end - 1)
    return (
        attached(doc.tokens[k], ("و",))
        and 0 < k - end <= _TOLL_GAP
        and doc.sentence_of(k) == doc.sentence_of(end)
        and doc.token_at(n.start) - m.match.tok_end <= 1
    )


def _summed(doc: Doc, first: NumberMention, n: NumberMention) -> NumberMention:
    high = (
        None if first.high is None and n.high is None else (first.high or first.value) + (n.high or n.value)
    )
    return NumberMention(
        first.start, n.end, doc.text[first.start : n.end], first.value + n.value, first.vague or n.vague, high
    )


def _link_counts(doc: Doc, inc: Incident, count_people: CountFn) -> None:
    stated = False  # a casualty count read off a figure or a counted noun, not implied by one word
    found = False
    for m in inc.mentions:
        role = m.sense.role
        sent = doc.sentences[m.sent]
        if role == "arrest" and inc.arrested is None:
            # a definite figure right after the trigger ("القبض على 431 شخصا"); "عدد من" is no figure
            n = count_people(doc, m.match.tok_end, min(sent.tok_end, m.match.tok_end + _COUNT_WINDOW))
            inc.arrested = n if n is not None and not n.vague else None
            continue
        if role not in _CASUALTY_OR_ABDUCT_ROLES:
            continue
        if _combined_toll(doc, m):
            continue  # "66 قتيلاً وجريحاً", "بين قتيل وجريح": the dead and the wounded together, neither count
        lo, hi = m.match.tok_end, min(sent.tok_end, m.match.tok_end + _COUNT_WINDOW)
        # ("مقتل 15 وإصابة 33": a noun with و on it opens a new conjunct; the figure before it is not its count)
        tok = doc.tokens[m.match.tok_start]
        joined = tok.norm.startswith("و") and not tok.forms[m.match.strip].startswith("و")
        counted = [
            x
            for x in doc.numbers
            if not joined
            and x.end <= m.match.start
            and m.match.start - x.end <= 2
            and x.start >= sent.start
            and not _counts_a_thing(doc, x)
            and not in_date(doc, x.start, x.end)
        ]
        # "8 قتلى من عائلة واحدة": a casualty noun counted by the number right before it, whatever follows
        one_word_noun = m.sense.pos == "noun" and m.match.tok_end - m.match.tok_start == 1
        implied = None
        if counted and m.sense.pos == "noun":
            n = counted[-1]
        else:
            # "أوقعت قتيلين", "أسفر عن قتيل وجريحين": a casualty noun in the singular or dual counts itself
            # (before any figure after it, which counts the next noun)
            implied = _self_counted(doc, m) if one_word_noun else None
            n = implied or count_people(doc, lo, hi)
        if n is None and inc.victim_object and inc.victim_span is not None and m.sense.pos == "verb":
            # "قتل مسلحون مجهولون مدنيا": the verb's object, after its armed subject (see _link_victims)
            vt = doc.token_at(inc.victim_span[0])
            # "قتل مسلحون أمس أربعة أشخاص": the count right before the victim noun is its figure
            before = next((x for x in doc.numbers if doc.token_at(x.end - 1) == vt - 1), None)
            if before is not None and doc.token_at(before.start) > lo:
                vt = doc.token_at(before.start)
            if lo < vt < hi:
                n = count_people(doc, vt, min(sent.tok_end, vt + _COUNT_WINDOW))
        if (
            n is not None
            and m.sense.pos == "verb"
            and any(t.norm == _WITH for t in doc.tokens[lo : doc.token_at(n.start)])
        ):
            # "قيادي … قتل مع مسلحين اثنين": the subject died with the two counted after مع
            n = NumberMention(
                n.start, n.end, n.text, n.value + 1, n.vague, None if n.high is None else n.high + 1
            )
        if n is None:
            n = _counted_subject(doc, m.match.tok_start, sent, count_people, m.sense.pos == "verb")
            if n is not None and any(
                x is not None and x.start == n.start for x in (inc.fatalities, inc.injured)
            ):
                # "قتل خمسة مدنيين وأصيب آخرون", "مقتل عشرين عنصرا وجرح آخرين": the figure before the و is the
                # first casualty word's, the others are not counted
                n = None
        if n is None and m.sense.pos == "verb" and m.sense.phrase in event_lexicon().words["killed_one"]:
            t = doc.tokens[m.match.tok_start]  # "اختطف مسلحون صحفيا وقتلوه": the verb's object pronoun, one
            n = implied = NumberMention(t.start, t.end, doc.text[t.start : t.end], 1)
        if n is None and m.sense.pos == "noun":
            n = _risen_to(doc, m, sent, count_people)
        if n is None and m.sense.pos == "noun" and role in _KILL_ROLES and lo < hi:
            n = implied = _named_person(doc, lo)  # "أدت إلى مقتل محسن الفضلي": one person, named
        if n is None:
            n = counted[-1] if counted else None
        if n is None:
            continue
        if role in _KILL_ROLES and inc.fatalities is None:
            inc.fatalities = n
        elif (
            role in _KILL_ROLES
            and n is not implied
            and inc.fatalities
            and _toll_goes_on(doc, inc.fatalities, m, n)
        ):
            inc.fatalities = _summed(doc, inc.fatalities, n)  # "مقتل 44 حوثيا، واستشهاد ثمانية من المقاومة"
        elif role == "injure" and inc.injured is None:
            inc.injured = n
        elif role == "abduct" and inc.abducted is None:
            inc.abducted = n
        else:
            continue
        found = True
        stated = stated or n is not implied
    if inc.fatalities is None and inc.abducted is not None:
        them = event_lexicon().words["killed_them"]
        spans = {(doc.sentences[m.sent].tok_start, doc.sentences[m.sent].tok_end) for m in inc.mentions}
        if any(not them.isdisjoint(doc.tokens[k].forms) for lo, hi in spans for k in range(lo, hi)):
            # "خطفوا عشرة من الركاب ... وقتلوهم": the captives counted were killed
            inc.fatalities = inc.abducted
            found = stated = True
    inc.implied_toll = found and not stated


_RISE_REACH = 25  # tokens from a toll's casualty noun to the إلى of the figure it rose to


def _risen_to(doc: Doc, m: Mention, sent: Segment, count_people: CountFn) -> NumberMention | None:
    """ "ارتفاع حصيلة القتلى جراء القذائف ... على شارعي الثورة وبغداد في دمشق إلى 11 شهيدا": a toll's figure
    follows the first إلى after it, however long the cause told between."""
    k = m.match.tok_start
    if k == 0 or event_lexicon().words["toll"].isdisjoint(doc.tokens[k - 1].forms):
        return None
    for j in range(m.match.tok_end, min(sent.tok_end, m.match.tok_end + _RISE_REACH)):
        if doc.tokens[j].norm == _TO:
            return count_people(doc, j + 1, min(sent.tok_end, j + 1 + _COUNT_WINDOW))
    return None


def _self_counted(doc: Doc, m: Mention) -> NumberMention | None:
    """A casualty noun in the singular or the dual with no figure counts itself (قتيلا: 1, جريحين: 2)."""
    tok = doc.tokens[m.match.tok_start]
    k = self_count(tok.norm) or self_count(tok.forms[m.match.strip])
    return None if k is None else NumberMention(tok.start, tok.end, doc.text[tok.start : tok.end], k)


def _named_person(doc: Doc, tok: int) -> NumberMention | None:
    """A person name (tagger PER span) starting at token ``tok``, right after a casualty noun: one person."""
    start = doc.tokens[tok].start
    per = next((e for e in doc.entities if e.type == "PER" and e.start == start), None)
    return None if per is None else NumberMention(per.start, per.end, per.text, 1)


_SUBJECT_SPAN = 14  # tokens from a counted subject's number to the verb after it (the gap rules below bind)
_SUBJECT_GAP_AFTER = 2  # words between the counted subject and the verb
_PARTITIVE_GAP = 4  # words of a من phrase saying whose the counted were ("33 مسلحا من مسلحي داعش قتلوا")
_SUBSET_GAP = 6  # words of an aside on part of the counted ("57 مدنيا بينهم 12 طفلا وست نساء قتلوا")


def _counted_subject(
    doc: Doc, trigger: int, sent: Segment, count_people: CountFn, verb: bool
) -> NumberMention | None:
    """'أن 12 شخصا قتلوا', 'ثلاثة جنود لقوا حتفهم': people counted right before the trigger, with at most two
    words between (على الأقل, من المدنيين); else a person noun that counts itself ('شرطيان قتلا', 'جنديين
    كوريين جنوبيين أصيبا')."""
    found: NumberMention | None = None
    for x in reversed(doc.numbers):
        if x.start < sent.start:
            break
        k = doc.token_at(x.start)
        if k >= trigger or (found is None and (_counts_a_thing(doc, x) or in_date(doc, x.start, x.end))):
            continue  # "ثمانية أشخاص من أسرة واحدة قتلوا": one family, eight people
        n = count_people(doc, k, trigger)
        if found is not None:
            # "خمسة عسكريين واثنين من المهاجمين قتلوا": an earlier group the count runs on from holds the later
            if n is None or n.start != x.start or n.end < found.end:
                break
            found = n
            continue
        if n is not None and n.start == x.start and k > 0 and is_subset_word(doc.tokens[k - 1].norm):
            continue  # "22 مسلحا، بينهم أربعة قادة، قتلوا": the four are among the counted before them
        # the span counts from the figure itself, not from a hedge before it (ما لا يقل عن 25)
        if trigger - doc.token_at(x.end - 1) > _SUBJECT_SPAN or n is None or n.start != x.start:
            break
        end = doc.token_at(n.end - 1) + 1
        if trigger - end > _SUBJECT_GAP_AFTER and not (
            verb
            and (_whose_phrase(doc, end, trigger) or _subset_aside(doc, end, trigger) or _met_before(doc, k))
        ):
            return None
        found = n
    if found is not None:
        return found
    if not verb:
        return None
    named = {doc.token_at(a.start) for a in doc.actors if not a.generic}  # طالبان is no dual of طالب
    for k in range(trigger - 1, max(sent.tok_start, trigger - 2 - _SUBJECT_GAP_AFTER) - 1, -1):
        if k not in named and _self_counted_subject(doc, k, trigger):
            n = count_people(doc, k, trigger)
            return n if n is not None and n.start == doc.tokens[k].start else None
    return None


_UNDERGO_REACH = 5  # tokens from the undergo verb to the trigger (with ل) of what was undergone


_IN = normalise_str("في")
# "fell" (into an ambush, وقعت قوة في كمين): its subject underwent what follows في
# tokens from وقع to the trigger after في: its subject and a time (وقعت قوة للجيش عصر السبت في)
_FELL_REACH = 8
_FELL_INTO = frozenset(p + w for w in ("وقع", "وقعت", "وقعوا", "وقعا") for p in ("", "و", "ف"))


def _undergoers(doc: Doc, actors: list[ActorMention], incidents: list[Incident]) -> set[int]:
    """Who "underwent" the act is hit: the actor between تعرض and the trigger it takes with ل ("تعرض عناصر من
    داعش لهجوم في الرمادي", "وتعرض للاعتقال"), or between وقع and the trigger it takes with في ("وقعت قوة
    للجيش المالي في كمين")."""
    out: set[int] = set()
    for inc in incidents:
        for m in inc.mentions:
            ti = m.match.tok_start
            fell = ti > 0 and doc.tokens[ti - 1].norm == _IN
            if not doc.tokens[ti].norm.startswith("ل") and not fell:
                continue
            reach = _FELL_REACH if fell else _UNDERGO_REACH
            for k in range(ti - 1, max(-1, ti - 1 - reach), -1):
                norm = doc.tokens[k].norm
                if (norm in _FELL_INTO) if fell else norm.startswith(UNDERGO):
                    lo, hi = doc.tokens[k].end, doc.tokens[ti].start
                    out |= {a.start for a in actors if lo <= a.start and a.end <= hi}
                    break
    return out


def _carried_up(doc: Doc, inc: Incident, d: DateMention) -> bool:
    """The span date stands after a verb carrying a toll up, after the incident's triggers ("قتل المتمردون جنديين
    ليرتفع عدد قتلى الجنود منذ 20 يوليو إلى 21"): the running total's span, not the incident's."""
    last = max(m.match.tok_end for m in inc.mentions)
    words = event_lexicon().words["running_total"]
    return any(not words.isdisjoint(t.forms) for t in doc.tokens[last : doc.token_at(d.start)])


_GRIEVANCE_REACH = 3  # words from a grievance cue (احتجاجا على) to the act it protests


def _grievance_object(doc: Doc, c: CueHit, cues: list[CueHit]) -> bool:
    """An intervention word the crowd protests about ("طالب محتجون بنشر صور فيديو حول اعتقال رجل", "الاحتجاج على
    الاعتقال الإداري") is the grievance, not the police's answer to the protest."""
    if c.tok_start > 0 and doc.tokens[c.tok_start - 1].norm in event_lexicon().words["grievance_about"]:
        return True
    return any(g.kind == "grievance" and 0 <= c.tok_start - g.tok_end <= _GRIEVANCE_REACH for g in cues)


def _counts_a_thing(doc: Doc, x: NumberMention) -> bool:
    """ "One" after a noun that is no person: "من أسرة واحدة", "في ليلة واحدة" (not "شخصا واحدا",
    "جنديا تشاديا واحدا")."""
    k = doc.token_at(x.start)
    if k == 0 or doc.tokens[k].start != x.start or not is_one_after_noun(doc.tokens[k].norm):
        return False
    before = doc.tokens[k - 1].norm
    person = any(is_person_noun(t.norm) or is_oblique_count(t.norm) for t in doc.tokens[max(0, k - 2) : k])
    return before.isalpha() and not person  # "وجنديا تشاديا واحدا": a person, whose nisba comes between


def _whose_phrase(doc: Doc, start: int, trigger: int) -> bool:
    """Tokens [start, trigger) are a short من phrase of one clause: "من مسلحي «داعش»" before "قتلوا".  Words in
    brackets ("(تنظيم القاعدة في بلاد الشام)"), a hedge (على الأقل) and the names of sides ("من ميليشيا الحوثي
    وقوات المخلوع صالح") do not count."""
    named = [(a.start, a.end) for a in doc.actors if not a.generic]
    first = doc.tokens[start]
    # "ستة من مقاتلي المعارضة السورية": the construct noun's genitive; "13 عنصرا من المتمردين الحوثيين": a side
    construct = doc.tokens[start - 1].norm.endswith("ي") or any(s <= first.start < e for s, e in named)
    if first.norm != _MIN and not construct:
        return False
    gap = doc.view.text[first.nend : doc.tokens[trigger].nstart]
    if "،" in gap or "," in gap:
        return False
    words: list[Token] = []
    depth = 0
    k = start if construct and first.norm != _MIN else start + 1
    while k < trigger:
        t = doc.tokens[k]
        before = doc.view.text[doc.tokens[k - 1].nend : t.nstart]
        depth += before.count("(") - before.count(")")
        if depth <= 0:  # words in brackets are an aside
            hedge_end = hedge_after_end(doc.tokens, k, trigger)
            if hedge_end > k:  # على الأقل, تقريبا
                k = hedge_end
                continue
            if not any(s < t.end and t.start < e for s, e in named):  # nor do the words of a side's name
                words.append(t)
        k += 1
    return len(words) <= _PARTITIVE_GAP and not any(
        (t.norm.startswith("و") and not is_one_after_noun(t.norm))  # a second group (واحدة is "one")
        or is_count_boundary(t.norm)
        or is_subset_word(t.norm)
        for t in words
    )


def _subset_aside(doc: Doc, start: int, trigger: int) -> bool:
    """Tokens [start, trigger) are an aside about part of the counted: "25 شخصا، معظمهم من المدنيين، قتلوا"."""
    return is_subset_word(doc.tokens[start].norm) and trigger - start <= _SUBSET_GAP


def _self_counted_subject(doc: Doc, k: int, trigger: int) -> bool:
    """A person noun at ``k`` that counts itself as the subject of the verb at ``trigger``: a dual ("شرطيان
    قتلا", "جنديين كوريين أصيبا"), an accusative singular right before it after أن, maybe with its adjective
    ("أن شخصا قتل", "إن جنديا تركيا قتل"), or a singular with the relative that the verb opens ("الجندي الذي
    قتل"; read only when no count follows the verb)."""
    tokens = doc.tokens
    norm = tokens[k].norm
    count = self_count(norm)
    if count == 2:
        return True
    if count != 1 or k not in (trigger - 1, trigger - 2):
        return False
    if k == trigger - 1:
        return norm.endswith("ا")
    nxt = tokens[k + 1].norm  # the word between: the noun's adjective, or a relative
    if nxt in event_lexicon().words["relatives"]:
        return True
    return norm.endswith("ا") and nxt.endswith("يا") and self_count(nxt) is None


_ALA = normalise_str("على")
_OBJECT_GAP = 3  # words from an armed subject's end to the object after it ("قتل مسلحون مجهولون مدنيا")


def _link_victims(doc: Doc, inc: Incident, cues: list[CueHit]) -> None:
    """What kind of people were hit: the first victim cue up to six words after a trigger.  An armed cue
    followed closely by another victim cue is the active verb's subject, and the other its object ("قتل
    مسلحون مجهولون مدنيا": the gunmen killed a civilian; "قتل مسلحون في اشتباك": gunmen were killed)."""
    victims = [
        c
        for c in cues
        if c.kind in ("armed_victims", "civilian_victims") and not _beneficiary(doc, c.tok_start)
    ]  # "تصب في مصلحة الجيش": who gains was not hit
    # the act's own words first: "قتل ثلاثة متظاهرين برصاص قوات الأمن" hit the crowd, not the force after it
    for m in sorted(inc.mentions, key=lambda m: m.sense.role == "protest"):
        for k, c in enumerate(victims):
            if 0 <= c.tok_start - m.match.tok_end <= 6:
                nxt = victims[k + 1] if k + 1 < len(victims) else None
                if (
                    c.kind == "armed_victims"
                    and m.sense.pos == "verb"
                    and c.tok_start == m.match.tok_end
                    and nxt is not None
                    and 0 <= nxt.tok_start - c.tok_end <= _OBJECT_GAP
                    # not joined by و: "وقتل شرطيان وثلاثة مدنيين" are the dead, all five
                    and not any(
                        doc.tokens[t].norm.startswith("و") for t in range(c.tok_end, nxt.tok_start + 1)
                    )
                ):
                    c = nxt
                    inc.victim_object = True
                elif (
                    c.kind == "civilian_victims"
                    and nxt is not None
                    and nxt.kind == "armed_victims"
                    and nxt.tok_start == c.tok_end
                    and doc.tokens[nxt.tok_start].norm.startswith(_ARMED_ADJECTIVE)
                ):
                    c = nxt  # "ثلاث نساء مسلحات", "رجال مسلحين": armed people, not civilians
                _set_victim(doc, inc, c)
                return
    # "إن متظاهرا قتل وأصيب آخران": the subject right before a casualty verb is who was hit
    for m in inc.mentions:
        if m.sense.pos != "verb" or m.sense.role not in _CASUALTY_ROLES:
            continue
        subject = next((c for c in victims if c.tok_end == m.match.tok_start), None)
        if subject is not None:
            _set_victim(doc, inc, subject)
            return


_ARMED_ADJECTIVE = (normalise_str("مسلح"), normalise_str("المسلح"))  # مسلحين, مسلحات, المسلحين ...


def _set_victim(doc: Doc, inc: Incident, c: CueHit) -> None:
    text = doc.view.text[doc.tokens[c.tok_start].nstart : doc.tokens[c.tok_end - 1].nend]
    if c.kind == "civilian_victims":
        protesters = event_lexicon().victim_forces["protesters"]
        inc.victim_kind = "protester" if any(w in text for w in protesters) else "civilian"
    else:
        inc.victim_kind = "armed"
    inc.victim_span = (c.start, c.end)


_SOURCE_PREPOSITIONS = ("بحسب", "حسب", "وفقا", "وفق", "نقلا")
_SOURCES = frozenset(normalise_str(w) for w in _SOURCE_PREPOSITIONS)
_ATTR_LEAD_TOKENS = 4  # a reporting verb opens the sentence: "وقال المتحدث ..."، "وذكر مصدر ..."


def _link_attribution(doc: Doc, si: int, inc: Incident, cues: list[CueHit], others: list[int]) -> None:
    """Who said it: a reporting verb that opens the sentence, or بحسب/وفقا ل/نقلا عن anywhere before the trigger.
    A reporting verb whose clause holds another incident's trigger first (أعلن الجهاز ... حملة ... والتي حاولت
    عناصر داعش الفرار) speaks about that incident, not this one."""
    sent = doc.sentences[si]
    first_trig = min(m.match.tok_start for m in inc.mentions)
    rep = []
    for c in cues:
        if c.kind != "reporting" or c.tok_start >= first_trig:
            continue
        word = doc.tokens[c.tok_start].norm
        sourced = any(word.endswith(p) for p in _SOURCE_PREPOSITIONS)
        if not sourced and c.tok_start - sent.tok_start > _ATTR_LEAD_TOKENS:
            continue
        if any(c.tok_start < o < first_trig for o in others):
            continue
        rep.append(c)
    if not rep:
        return
    c = rep[0]
    end_tok = c.tok_end
    stop = ("ان", "انه", "انها", "بان", "الي", "عن")
    while end_tok < min(sent.tok_end, c.tok_start + _ATTR_MAX_TOKENS, first_trig):
        if doc.tokens[end_tok].norm in stop:
            break
        end_tok += 1
    s, e = doc.tokens[c.tok_start].start, doc.tokens[end_tok - 1].end
    # Stop at a comma or colon inside the span (the speaker's name ends there).
    for sep in ("،", ":", ","):
        cut = doc.text.find(sep, s, e)
        if cut != -1:
            e = cut
    inc.attribution = (s, e)


def _link_claim(doc: Doc, inc: Incident, cues: list[CueHit], actors: list[ActorMention]) -> None:
    claims = [c for c in cues if c.kind == "claim"]
    # not the side the act was against: "عملية تبنتها الولايات المتحدة ضد تنظيم داعش"
    armed = [a for a in actors if a.inter in ARMED_INTERS and not _opposed(doc, doc.token_at(a.start))]
    if claims and armed:
        c = claims[0]
        inc.claimed_by = min(armed, key=lambda a: abs(a.start - c.start))
