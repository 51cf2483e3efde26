"""In-article coreference: later sentences about the same incident enrich it instead of creating a new event.

Incident B (later) merges into an earlier incident A when they are of one family and status, nothing in B
contradicts A (a different named place, a different explicit date, a different perpetrator), and one link holds:
B's sentence follows A's directly and B names no place of its own; or B refers back with a definite noun
(السجن، القتال، الهجوم ...) and names no place or date of its own; or both are historical and their dates agree;
or both name the same town and the same day; or B is a protest on A's day that names no place.  A claim of an
act told before with a definite noun ("أعلن داعش مسؤوليته عن الهجومين"), and an act named with a demonstrative
("في ذلك الهجوم"), join the nearest incident of their family, whatever its status.
"""

from __future__ import annotations

from rasd.actors.registry import registry, template_kind
from rasd.doc import DateMention, Doc, NumberMention, PlaceMention
from rasd.events.incident import Incident
from rasd.events.lexicon import HARM_ROLES, TERRITORY_ROLES, event_lexicon
from rasd.events.mentions import these_acts
from rasd.geo.cues import cue_kind
from rasd.geo.gazetteer import geo_lexicon
from rasd.text.normalise import normalise_str
from rasd.text.numbers import is_others_word

CIVILIANS = 7  # ACLED inter code
_AGREEMENT = "sd:Agreement"


def _paragraph_break(doc: Doc, a: int, b: int) -> bool:
    """True if a blank line separates sentences a < b and b is not a bullet line continuing a list."""
    gap = doc.text[doc.sentences[a].end : doc.sentences[b].start]
    return "\n\n" in gap and not (doc.sentences[a].bullet and doc.sentences[b].bullet)


def _incident_words(doc: Doc, a: Incident) -> str:
    """Normalised text of the clauses holding A's triggers, and of A's place (where an anaphor must find its noun)."""
    parts = []
    for m in a.mentions:
        clauses = doc.clauses[m.sent]
        if m.clause < len(clauses):
            c = clauses[m.clause]
            parts.append(doc.view.text[c.nstart : c.nend])
    if a.place is not None:
        parts.append(a.place.text)
        if a.place.finer:
            parts.append(a.place.finer)
    return " ".join(parts)


# an anaphor may name A's event by a word of its kind: "لحظة الانفجار" after "التفجير الإرهابي الذي استهدف مسجدا"
_KIN = ("blast",)


def _refers_back(doc: Doc, a: Incident, b: Incident) -> bool:
    """One of B's definite nouns (الهجوم, الانفجار) names A's event: A's own clauses hold it, or a word of its kind."""
    own = _incident_words(doc, a)
    words = event_lexicon().words
    kin = [words[k] for k in _KIN]
    return any(w in own or any(w in g and any(v in own for v in g) for g in kin) for w in b.anaphors)


def _told_before(doc: Doc, b: Incident) -> bool:
    """B names its act by a definite noun (الهجوم, الغارات): an act told before, whoever is quoted on it."""
    return bool(b.anaphors) or any(
        m.sense.pos == "noun" and doc.tokens[m.match.tok_start].norm.startswith(_DEFINITE) for m in b.mentions
    )


_COARSE = ("country", "admin1", "region")
# how the dead were killed: two incidents telling different ways are two (a clash is not an air strike)
_WEAPON_ROLES = frozenset(
    {
        "suicide",
        "airstrike",
        "shelling",
        "ied",
        "grenade",
        "chemical",
        "clash",
        "shoot",
        "execute",
        "assassinate",
    }
)
_OTHERS_REACH = 3  # words from a toll to "others" that make it more dead ("ثلاثة جنود آخرون")
# the smallest toll that, told again in the next sentence at the same place, is the same incident
_TOLD_TOLL = 2


def contains(outer: PlaceMention, inner: PlaceMention) -> bool:
    """A country holds its places; a province (admin1) holds the places coded in it."""
    if outer.feature not in _COARSE or outer.country_code != inner.country_code:
        return False
    return outer.feature == "country" or (outer.admin1 is not None and outer.admin1 == inner.admin1)


def same_place(a: PlaceMention, b: PlaceMention) -> bool:
    """One place: the same GeoNames id, or the same name where a place has no id."""
    return (a.geonameid is not None and a.geonameid == b.geonameid) or a.name == b.name


def _places_agree(a: Incident, b: Incident) -> bool:
    if a.place and b.place and not b.place_inherited:
        same = same_place(a.place, b.place)
        # A broader place for B is no conflict; a finer one for B must lie inside A's (الهجوم ... في مديرية المحفد).
        containing = b.place.feature in _COARSE and b.place.country_code == a.place.country_code
        return same or containing or contains(a.place, b.place)
    return True


def _compatible(a: Incident, b: Incident) -> bool:
    if a.family != b.family or a.status != b.status or not _places_agree(a, b):
        return False
    if (
        a.date
        and b.date
        and a.date.value[:7] != b.date.value[:7]
        and not (a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value))
    ):
        return False
    if a.actor1 and b.actor1 and not (a.actor1.generic or b.actor1.generic):
        # B's actor may be A's counterpart ("أسفر القتال ... واجتذب التحالف"); only a third armed party conflicts.
        # Civilians (hostages, victims: inter 7) are not a party, so they leave A's counterpart open.
        known = {a.actor1.actor_id} | ({a.actor2.actor_id} if a.actor2 else set())
        # ... nor does A's doer's ally ("تمكن المقاومة والجيش من استعادة عدن" after "سيطرت المقاومة على عدن")
        known |= _allies(a)
        armed_counterpart = a.actor2 is not None and a.actor2.inter != CIVILIANS
        if b.actor1.actor_id not in known and armed_counterpart:
            return False
    return True


def _other_doer_other_target(doc: Doc, a: Incident, b: Incident) -> bool:
    """ "واصلت المقاومة هجماتها في تعز" ... "واستهدف قصف الحوثيين أحياء المدينة، ما أدى إلى إصابة ثلاثة مدنيين":
    B's named doer is not A's, nor its ally, and hits someone other than A's doer: another act, not A's other
    side (A's doer may be told by a generic word, المقاومة, which the article's context names).  Not when B names
    its act by a definite noun, told before ("وقالت جماعة الحوثي إن الغارات قتلت 10 مدنيين": a source named)."""
    p, q = a.actor1, b.actor1
    if (
        p is None
        or q is None
        or q.generic
        or a.actor2 is not None
        or b.actor2 is None
        or _told_before(doc, b)
    ):
        return False
    if template_kind(p.actor_id) == "unidentified" or q.actor_id == p.actor_id:
        return False
    return q.actor_id not in _allies(a) and b.actor2.actor_id != p.actor_id


def _allies(a: Incident) -> set[str]:
    """Who fights beside A's doer: the allies its incident names, and the registry's ally of the doer."""
    out = {x.actor_id for x in a.allies}
    if a.actor1 is not None and (ally := registry().allies.get(a.actor1.actor_id)) is not None:
        out.add(ally)
    return out


_SEQUEL_REACH = 3  # the first words of B's sentence where "ثم", "وبعد ذلك" may stand


def sequel(doc: Doc, b: Incident) -> bool:
    """B's sentence opens by telling what came next ("وبعد ذلك بقليل فقد الحوثيون السيطرة على المدينة", "ثم
    سيطر التنظيم"): a later act, not A told again."""
    words = event_lexicon().words
    sent = doc.sentences[b.first_sent]
    toks = doc.tokens[sent.tok_start : min(sent.tok_end, sent.tok_start + _SEQUEL_REACH)]
    for k, t in enumerate(toks):
        if not words["sequel"].isdisjoint(t.forms):
            return True
        if (
            not words["sequel_of_that"].isdisjoint(t.forms)
            and k + 1 < len(toks)
            and toks[k + 1].norm == _THAT
        ):
            return True
    return False


_THAT = normalise_str("ذلك")
_SHIFT_TOKENS = 3  # words of the longest topic-shift phrase (من ناحية ثانية)


def _topic_shift(doc: Doc, b: Incident) -> bool:
    """B's sentence opens on another item of the news ("من ناحية ثانية، صدت البيشمركة هجوما", "في سياق آخر",
    "إلى ذلك"): not the incident told just before, whatever place it leaves untold."""
    sent = doc.sentences[b.first_sent]
    toks = doc.tokens[sent.tok_start : min(sent.tok_end, sent.tok_start + _SHIFT_TOKENS)]
    if not toks:
        return False
    words = [t.norm for t in toks]
    if words[0].startswith(("و", "ف")) and len(words[0]) > 2:
        words[0] = words[0][1:]  # "ومن ناحية أخرى"
    shifts = event_lexicon().words["topic_shift"]
    if not any(" ".join(words[:n]) in shifts for n in (2, 3)):
        return False
    # "من جانب آخر أوضح مواطنون أن الحادث الغادر الذي استهدف رجال الأمن", "إلى ذلك، أصيب 3 مدنيين جراء الانفجار":
    # another voice or more detail on the act told before, named by a definite noun that B's sentence does not
    # first tell as an act of its own ("صدت البيشمركة هجوما لداعش ... وقتل خلال الهجوم": that attack is B's)
    toks = doc.tokens[sent.tok_start : sent.tok_end]
    for k, t in enumerate(toks):
        if not t.norm.startswith(_DEFINITE):
            continue
        for w in b.anaphors:
            if t.norm.endswith(w) and not any(w in u.forms or w + "ا" in u.forms for u in toks[:k]):
                return False
    return True


def _country_of(p: PlaceMention, q: PlaceMention | None) -> bool:
    """``p`` is only the country that holds ``q``: "واستخدم الأمن القنابل لتفريق المتظاهرين الذين احتجوا على
    العمليات التي يقوم بها الجيش التركي" after a protest in Istanbul names no other place of its own."""
    return q is not None and p.feature == "country" and contains(p, q)


def _linked(doc: Doc, a: Incident, b: Incident) -> bool:
    if a.status == "aggregate":
        return False  # a summary of many incidents is not one incident told twice
    if a.family != "protest" and b.first_sent > a.last_sent and sequel(doc, b):
        return False  # (a protest's dispersal "وعلى إثر ذلك" is the same protest, as ACLED codes it)
    if a.status == "historical":
        return a.date is not None and b.date is not None
    if a.family == _AGREEMENT and b.anaphors and _refers_back(doc, a, b):
        return True  # "الهدنة التي أعلنها التحالف" ... "وأعلن التحالف السبت الهدنة": one truce, on two days
    shift = b.first_sent > a.last_sent and _topic_shift(doc, b)
    if (
        b.first_sent == a.last_sent + 1
        and (b.place is None or (a.family == "protest" and _country_of(b.place, a.place)))
        and not _paragraph_break(doc, a.last_sent, b.first_sent)
        and not shift
    ):
        return True
    if (
        a.family == "protest"
        and b.place is None
        and a.date is not None
        and b.date is not None
        and a.date.precision == b.date.precision == 1
        and a.date.value == b.date.value
    ):
        return True  # "ردد المحتجون في مظاهرة السبت هتافات": Saturday's protest, told without its town again
    if (
        a.family == "protest"
        and b.date is None
        and a.place is not None
        and a.place.geo_precision == 1
        and (
            (b.place is not None and same_place(a.place, b.place))
            or (b.place is None and b.first_sent <= a.last_sent + 1)
        )
        and not _paragraph_break(doc, a.last_sent, b.first_sent)
    ):
        # "تدخلت وحدات من مكافحة الشغب لتفريق المتظاهرين ... بمدينة نواكشوط", "بينما استمرت المطاردات بين الشرطة
        # والمتظاهرين": the protest in that town told before, with no other day
        return True
    # (or B names the country or province A's place lies in: "وقال والي كيليس إن الاشتباكات ... مستمرة" after a
    # clash at Elbeyli in Kilis, the same incident at a coarser grain)
    refines = b.place is None or (
        a.place is not None and (contains(a.place, b.place) or contains(b.place, a.place))
    )
    next_line = (
        b.first_sent == a.last_sent + 1 and not _paragraph_break(doc, a.last_sent, b.first_sent) and not shift
    )
    # right after A, B may also name the place A left untold ("قنبلة انفجرت أسفل حافلة ركاب" ... "وقال إن
    # الانفجار وقع في منطقة دار سلم بجنوب صنعاء")
    refines = refines or (next_line and a.place is None and _refers_back(doc, a, b))
    if b.anaphors and refines and (b.date is None or a.date is None or a.date.value == b.date.value):
        if next_line:
            return True  # "... هاجمت سيارة في جنوب اليمن. وكان من بين قتلى الهجوم ... في مديرية المحفد"
        if _refers_back(doc, a, b):
            return True
    if (
        next_line
        and _same_toll(doc, a, b)
        and a.place is not None
        and b.place is not None
        and (same_place(a.place, b.place) or contains(a.place, b.place) or contains(b.place, a.place))
        and (b.date is None or a.date is None or a.date.value == b.date.value)
    ):
        # "كشف مصدر أمني عن مقتل 15 من عناصر داعش قرب بيجي. وقال المصدر إن عبوة ناسفة انفجرت ... في مدينة بيجي
        # ما أسفر عن مقتل 15 منهم": the same toll at the same place in the next sentence tells how they died
        return True
    return (
        a.place is not None
        and b.place is not None
        and a.place.geo_precision == 1
        and same_place(a.place, b.place)
        and a.date is not None
        and (
            (b.date is not None and a.date.value == b.date.value)
            or (b.date is None and a.date.precision == 1 and _ground_only(a, b))
        )
        and not _turned(a, b)
    )


def _more_dead(doc: Doc, n: NumberMention) -> bool:
    """'Others' follows the toll within a few words: more dead, not the same."""
    k = doc.token_at(n.start)
    return any(is_others_word(t.norm) for t in doc.tokens[k + 1 : k + 1 + _OTHERS_REACH])


def _same_toll(doc: Doc, a: Incident, b: Incident) -> bool:
    """Both state the same definite toll of at least two dead (one dead is too common a figure to tell), of the
    same kind of victims, and neither names a weapon the other's differs from (an air strike's 13 dead fighters
    are not a bombing's 13 dead civilians)."""
    p, q = a.fatalities, b.fatalities
    if p is None or q is None or p.vague or q.vague or not p.value == q.value >= _TOLD_TOLL:
        return False
    if _more_dead(doc, q):
        return False  # "وقتل ثلاثة جنود آخرون بانفجار عبوة": three more, not the three told
    if a.victim_kind and b.victim_kind and a.victim_kind != b.victim_kind:
        return False
    wa, wb = _weapons(a), _weapons(b)
    return not (wa and wb and wa.isdisjoint(wb))


def _weapons(a: Incident) -> set[str]:
    return {m.sense.role for m in a.mentions if m.sense.role in _WEAPON_ROLES}


def _ground_only(a: Incident, b: Incident) -> bool:
    """Both tell only of ground changing hands: a town taken that day, told again without a date ("وأكد الناطق أن
    المقاومة سيطرت على عدن"), is the same change of control (a town is taken once a day; other acts in one town
    need their day)."""
    return all(m.sense.role in TERRITORY_ROLES for m in (*a.mentions, *b.mentions))


def _turned(a: Incident, b: Incident) -> bool:
    """B's doer is A's named target: the other side's own act that day (ISIS executes soldiers in Fallujah; the
    army shells a market there), not A told again."""
    p, q = b.actor1, a.actor2
    return p is not None and q is not None and not (p.generic or q.generic) and p.actor_id == q.actor_id


_GRANULARITY = {"day": 0, "week": 1, "month": 2, "year": 3}


def _specificity(d: DateMention) -> tuple[int, int, int]:
    """Smaller is more specific: precision, then granularity, then an explicit text span before an inferred one."""
    return (d.precision, _GRANULARITY.get(d.granularity, 4), 0 if d.text else 1)


_FEATURE_RANK = {"country": 3, "admin1": 2, "region": 2}  # anything else (a town, a district) ranks 0


def _finer(p: PlaceMention, than: PlaceMention) -> bool:
    """A better precision code, or the same code for a smaller unit (the province beside the country)."""
    if p.geo_precision != than.geo_precision:
        return p.geo_precision < than.geo_precision
    return _FEATURE_RANK.get(p.feature, 0) < _FEATURE_RANK.get(than.feature, 0)


def merge_into(a: Incident, b: Incident) -> None:
    a.mentions.extend(b.mentions)
    a.sents.extend(s for s in b.sents if s not in a.sents)
    if a.place is None or (b.place and not b.place_inherited and _finer(b.place, a.place)):
        a.place = b.place
    if a.date is None or (b.date and _specificity(b.date) < _specificity(a.date)):
        a.date = b.date
    if (
        a.actor1 is None
        and b.actor1 is not None
        and a.actor2 is not None
        and a.actor2.actor_id == b.actor1.actor_id
    ):
        # A tells only who was hit, B names that side first ("مقتل 60 من الحوثيين بمواجهات" + "اشتباكات بين
        # الحوثيين والمقاومة"): B's pair, never one actor on both sides
        if b.actor2 is not None:
            a.actor1, a.actor2 = b.actor1, b.actor2
    else:
        a.actor1 = a.actor1 or b.actor1
    for cand in (b.actor1, b.actor2):
        if cand is None or (a.actor1 is not None and cand.actor_id == a.actor1.actor_id):
            continue
        # An armed party B names outranks civilians (hostages taken in a battle) as A's counterpart, unless
        # civilians are A's victims.
        if a.actor2 is None or (
            a.actor2.inter == CIVILIANS and cand.inter != CIVILIANS and a.victim_kind != "civilian"
        ):
            a.actor2 = cand
    for f in ("fatalities", "injured", "abducted"):
        va, vb = getattr(a, f), getattr(b, f)
        if va is None or (vb is not None and vb.value > va.value and va.vague):
            setattr(a, f, vb)
    a.allies.extend(x for x in b.allies if all(x.actor_id != y.actor_id for y in a.allies))
    a.victim_kind = a.victim_kind or b.victim_kind
    a.attribution = a.attribution or b.attribution
    a.claimed_by = a.claimed_by or b.claimed_by
    a.intervention = a.intervention or b.intervention


_HEADLINE_TOKENS = 14  # a line this short, on its own and without a full stop, is a headline or a caption


def _heading(doc: Doc, si: int) -> bool:
    sent = doc.sentences[si]
    before, after = doc.text[: sent.start].rstrip(" \t"), doc.text[sent.end :].lstrip(" \t")
    own_line = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    return (
        own_line
        and sent.tok_end - sent.tok_start <= _HEADLINE_TOKENS
        and doc.text[sent.end - 1] not in ".!?؟"
    )


def _headline_of(doc: Doc, a: Incident, b: Incident) -> bool:
    """A, a one-line headline ("مقتل 4 من القاعدة في ضربة جوية أمريكية"), opens the article and B's lead tells it."""
    return (
        a.status == b.status == "reported"
        and a.first_sent == a.last_sent == 0
        and b.first_sent == 1
        and _heading(doc, 0)
    )


def _headline_after(doc: Doc, a: Incident, b: Incident) -> bool:
    """B is a headline or caption line later in the text that repeats A (no date of its own, no place or A's
    place: "رابط الخبر بصحيفة الوئام: الشرطة التركية تطلق مدافع المياه على متظاهرين في انقرة")."""
    placed = b.place is None or (
        a.place is not None
        and (same_place(a.place, b.place) or contains(b.place, a.place) or contains(a.place, b.place))
    )
    return (
        a.status == b.status == "reported"
        and b.first_sent == b.last_sent
        and placed
        and b.date is None
        and _heading(doc, b.first_sent)
    )


def _claim_of_told(doc: Doc, a: Incident, b: Incident) -> bool:
    """B only claims an act told before with a definite noun ("وأعلن تنظيم داعش مسؤوليته عن الهجومين"): A's
    claim, whatever A's status, unless B dates its act otherwise."""
    if b.claimed_by is None or a.family != b.family or not b.mentions or not _places_agree(a, b):
        return False
    if b.date is not None and b.date.text and a.date is not None and a.date.value[:7] != b.date.value[:7]:
        return False
    return all(
        m.sense.pos == "noun" and doc.tokens[m.match.tok_start].norm.startswith(_DEFINITE) for m in b.mentions
    )


_DEFINITE = (normalise_str("ال"), normalise_str("وال"), normalise_str("بال"))


def _pointed_back(doc: Doc, a: Incident, b: Incident) -> bool:
    """B names its act with a demonstrative ("أفاد داعش في ذلك الهجوم", "وقتل ثلاثة في هذا الهجوم"): the act of
    the incident of its family told in the same or the previous sentence, whatever its status, if their places
    agree.  Deaths and injuries told beside it are that act's."""
    if a.family != b.family or not _places_agree(a, b) or b.first_sent > a.last_sent + 1:
        return False  # (further on, "هذا التفجير" may point to an act only referred to in between)
    these = event_lexicon().words["demonstratives"]
    pointed = [
        m.match.tok_start > 0 and doc.tokens[m.match.tok_start - 1].norm in these
        for m in b.mentions
        if m.sense.role not in HARM_ROLES
    ]
    if not pointed:
        # only deaths and wounds: "أسفرت هذه العمليات عن مقتل 23" tells the toll of the act before
        return any(
            these_acts(doc, k)
            for m in b.mentions
            for k in range(max(0, m.match.tok_start - _TOLL_CAUSE_GAP), m.match.tok_start)
        )
    return all(pointed)


_TOLL_CAUSE_GAP = 2  # "هذه العمليات عن مقتل": the act noun stands at most two words before the toll
_PLACE_BACK_REACH = 2  # sentences from A's last to B's first where "هذا الحي" may point back to A's place
# what a place noun pointed at may name: a town or a quarter of one; a province or a district
_POINTED_FEATURES = {
    "settlement": ("city", "district", "facility"),
    "local": ("city", "district", "facility"),
    "admin": ("admin1", "admin2", "district"),
}


def _place_pointed_back(doc: Doc, a: Incident, b: Incident) -> bool:
    """B has no place but a demonstrative one ("وقالت مصادر إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا"):
    the place of A, an incident of its family told just before, whose place is of that kind (حي التواهي):
    one incident there, not a second one in the country."""
    if (
        a.family != b.family
        or a.place is None
        or a.place.geo_precision == 3
        or (b.place is not None and not b.place_inherited)
        or not 0 <= b.first_sent - a.last_sent <= _PLACE_BACK_REACH
    ):
        return False
    lex = geo_lexicon()
    these = event_lexicon().words["demonstratives"]
    sent = doc.sentences[b.first_sent]
    for k in range(sent.tok_start, sent.tok_end - 1):
        if doc.tokens[k].norm not in these:
            continue
        kind = cue_kind(doc.tokens[k + 1], lex)
        if kind is not None and a.place.feature in _POINTED_FEATURES.get(kind, ()):
            return True
    return False


def merge_incidents(doc: Doc, incidents: list[Incident]) -> list[Incident]:
    kept: list[Incident] = []
    for b in incidents:
        target = None
        for a in reversed(kept):
            if (
                (
                    _compatible(a, b)
                    and not _other_doer_other_target(doc, a, b)
                    and (_linked(doc, a, b) or _headline_of(doc, a, b) or _headline_after(doc, a, b))
                )
                or _claim_of_told(doc, a, b)
                or _pointed_back(doc, a, b)
                or _place_pointed_back(doc, a, b)
            ):
                target = a
                break
        if target is None:
            kept.append(b)
        elif _headline_of(doc, target, b):  # the lead's own fields and evidence win; the headline fills gaps
            merge_into(b, target)
            kept[kept.index(target)] = b
        else:
            merge_into(target, b)
    return kept
