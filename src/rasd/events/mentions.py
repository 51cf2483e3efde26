"""Trigger mentions and their modality, sentence by sentence.

Reads ``doc.tokens``, ``doc.sentences``, ``doc.clauses``, ``doc.actors`` (cues inside an actor's name, such as
مكافحة in جهاز مكافحة الإرهاب, are ignored).  A mention is *vetoed* (not an event) when it is negated, planned,
threatened, speculated, conditional, asked, or a mere reference to an event told elsewhere ("بعد الهجوم",
"اغتيالها هشم ..."), a court or funeral frame, or an accusation; a verb in the future (سيهاجم) and a noun
with the purpose ل (لاقتحام القاعدة, لتحرير المدينة) are planned.  A mention is *generic* when a plural noun
describes tactics in general.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from rasd.doc import Doc
from rasd.events.lexicon import (
    ARMED_INTERS,
    ARMED_VIOLENCE_TYPES,
    HARM_ROLES,
    NON_STATE_INTERS,
    STRIKE_ROLES,
    TERRITORY_ROLES,
    EventLexicon,
    TriggerSense,
    event_lexicon,
)
from rasd.lexicons import load_json
from rasd.text.dates import in_date
from rasd.text.dates_lexicon import lexicon as date_lexicon
from rasd.text.match import Match, longest_matches
from rasd.text.normalise import normalise_str
from rasd.text.numbers import is_person_noun, is_subset_word, opens_clause
from rasd.text.segment import Segment, Token, pronoun_suffixed

_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_VETO_KINDS = (
    "negation", "denial", "plan", "future", "speculation", "conditional", "counterfactual", "accusation",
    "hypothetical",
)  # fmt: skip
# Roles an arena noun right before them turns into a place, a body or a reach (ميادين القتال, مدى الصواريخ).
_ARENA_ROLES = ("clash", "arrest", "ied", "shelling", "airstrike", "shoot")
_VETO_NAME = {"counterfactual": "conditional", "denial": "negation"}  # wider-reaching kinds of a veto
_BARE_KINDS = (
    "negation",
    "counterfactual",
)  # one-word cues read only as themselves (كلم is no لم, ولوح no لو)
_FUTURE_PREFIXES = ("س", "وس", "فس")  # سيهاجم, وستقصف: the future particle on an imperfect verb
_IMPERFECT = ("ي", "ت", "ن", "ا")
_PURPOSE_PREFIXES = ("ل", "ول", "فل")  # لاقتحام, ولتحرير; not لل (للقصف: "to the shelling", تعرض للقصف)
# ... but لل before a verbal noun that takes على (للسيطرة على, للقبض على) is the purpose ل all the same
_DEFINITE_PURPOSE, _TAKES_ON = ("لل", "ولل", "فلل"), " " + normalise_str("على")
_HEADING_MAX_TOKENS = 5
# tokens before and after a territory trigger where a not_territory cue stands
_NOT_TERRITORY_BEFORE, _NOT_TERRITORY_AFTER = 1, 2
_NOT_AGREEMENT_AFTER = 2  # tokens after an agreement trigger where a not_agreement cue stands
_HALTED_AFTER = 5  # words from an arrest trigger to the activity it halts (أوقفت سفارة اليمن منح)
# tokens from a regain verb to its object, the subject between (استعادت المقاهي ... حركتها)
_OBJECT_REACH = 10
_NOT_WOUND_REACH = 4  # words from a wounding verb to the fear or shock it struck with
# tokens from a control trigger to the على that names what was taken (سيطر التنظيم أمس على ...)
_ON_REACH = 8
_TOLL_GAP = 2  # tokens between two parts of one toll ("32 قتيلا ومئة جريح")
_ATTACH_GAP = 6  # tokens between a referred-to trigger and the trigger attached to it by في / جراء
# tokens between a vetoed trigger and the next one joined to it by و ("بصواريخ الكاتيوشا وقذائف")
_LIST_GAP = 1
_SENT_FINAL = (".", "!", "؟", "?", ":", "»", '"')
_TITLE_FINAL = ("!", "؟", "?")  # "الضمان الاجتماعي والاحتجاج !": an op-ed's title may end so


@dataclass(frozen=True, slots=True)
class Mention:
    sent: int
    clause: int
    match: Match[TriggerSense]
    veto: str | None  # negation | plan | speculation | accusation | question | reference | figurative | ...
    generic: bool
    news: bool = False  # an act noun whose own relative clause dates it today or yesterday (_told_as_new)

    @property
    def sense(self) -> TriggerSense:
        return self.match.payload


@dataclass(slots=True, unsafe_hash=True)
class CueHit:
    """A context cue in a sentence (not frozen only for speed, as :class:`rasd.text.match.Match`)."""

    kind: str
    tok_start: int
    tok_end: int
    start: int
    end: int


def _clause_of(clauses: list[Segment], tok: int) -> int:
    for i, c in enumerate(clauses):
        if c.tok_start <= tok < c.tok_end:
            return i
    return max(0, len(clauses) - 1)


def sentence_cues(doc: Doc, sent: Segment, lex: EventLexicon) -> list[CueHit]:
    """Every cue in a sentence, except those inside an actor's name."""
    # Named actors only: generic mentions (مدنيين، رجال الأمن) are exactly the victim cues we need.
    actor_spans = [
        (a.start, a.end) for a in doc.actors if not a.generic and a.start >= sent.start and a.end <= sent.end
    ]
    charged = lex.words["charged_with"]
    hits: list[CueHit] = []
    for m in lex.cues.find(doc.tokens, sent.tok_start, sent.tok_end, overlapping=True):
        if any(s <= m.start and m.end <= e for s, e in actor_spans):
            continue
        hits.extend(
            CueHit(kind, m.tok_start, m.tok_end, m.start, m.end)
            for kind in m.payload
            if not (
                kind == "backing"
                and m.tok_start > 0
                and not charged.isdisjoint(doc.tokens[m.tok_start - 1].forms)
            )
        )  # "اعترف بمساعدة عناصر داعش": what he is charged with, no backing
    return hits


def these_acts(doc: Doc, k: int) -> bool:
    """Token ``k`` is an act noun right after a demonstrative ("هذه العمليات", "ذلك الهجوم"): it points back to
    an act told just before."""
    words = event_lexicon().words
    return (
        k > 0
        and doc.tokens[k - 1].norm in words["demonstratives"]
        and not words["acts_of"].isdisjoint(doc.tokens[k].forms)
    )


def _possessive_noun(doc: Doc, m: Match[TriggerSense]) -> bool:
    """A noun trigger carrying a pronoun suffix (اغتيالها, هجماته) refers to an event, it does not report one."""
    if m.payload.pos != "noun" or m.tok_end - m.tok_start != 1:
        return False
    tok = doc.tokens[m.tok_start]
    form = tok.forms[m.strip]
    if form == tok.norm:
        return False
    tail = tok.norm[tok.norm.find(form) + len(form) :] if form in tok.norm else ""
    return tail in _PRONOUN_SUFFIXES


_ON = frozenset({normalise_str("على"), normalise_str("عليها"), normalise_str("عليه")})


_COUNT_REACH = 4  # "على كميات ضخمة من الأسلحة": the thing counted stands up to three words after its count


def _counts(doc: Doc, k: int) -> bool:
    """Token ``k`` is a count of a thing ("عدد", "كميات", "مئات"): what is counted follows it."""
    return k >= 0 and doc.tokens[k].norm in event_lexicon().words["counts"]


def _after_on(doc: Doc, m: Match[TriggerSense], clause: Segment) -> int:
    """The token after the first على that follows a control trigger in its clause (what was taken), else -1."""
    for k in range(m.tok_end, min(clause.tok_end, m.tok_end + _ON_REACH)):
        if doc.tokens[k].norm in _ON:
            return k + 1
    return -1


def launch_before(tok_start: int, cues: list[CueHit], lex: EventLexicon) -> CueHit | None:
    """The launch verb just before the trigger at token ``tok_start`` ("شنت تركيا أولى ضرباتها", "جددت قوات الأسد
    قصفها", "شن الجيش غارات"), else None."""
    window = lex.windows.get("launch", 2)
    return next((c for c in cues if c.kind == "launch" and 0 <= tok_start - c.tok_end <= window), None)


def _launched(m: Match[TriggerSense], cues: list[CueHit], lex: EventLexicon) -> bool:
    """A launch verb just before the trigger tells the act, not a reference to it."""
    return launch_before(m.tok_start, cues, lex) is not None


def _quoted_title(stext: str) -> bool:
    """The question mark closes a title or a quote the sentence opened and did not close ("أطلق العبادي حملة
    عنوانها: (من أين لك هذا؟"): the quote asks, the sentence does not."""
    return (
        stext.count("(") > stext.count(")")
        or stext.count("«") > stext.count("»")
        or stext.count('"') % 2 == 1
    )


def _prefix(doc: Doc, m: Match[TriggerSense]) -> str:
    """The proclitics the matcher stripped off the trigger's first word ("" when none, or not a plain prefix)."""
    tok = doc.tokens[m.tok_start]
    idx = tok.norm.find(tok.forms[m.strip])
    return tok.norm[:idx] if idx > 0 else ""


def _future_or_purpose(doc: Doc, m: Match[TriggerSense], cues: list[CueHit], lex: EventLexicon) -> bool:
    """سيقصف / ستهاجم (future), or a noun after the purpose ل (لاقتحام, لتحرير): the act is planned.

    The ل after a word of undergoing or result (تعرض لهجوم, أدى لمقتل) names a real event, not a purpose."""
    tok = doc.tokens[m.tok_start]
    form = tok.forms[m.strip]
    prefix = _prefix(doc, m)
    taking_on = (
        not prefix
        and tok.norm.startswith(_DEFINITE_PURPOSE)
        and form.startswith("ال")
        and tok.norm.endswith(form[2:])
        and m.payload.phrase.endswith(_TAKES_ON)
    )
    if taking_on:
        # لل = ل + ال: "تتجه قوات للسيطرة على المدينة" (no one is "subjected to" a taking-on, as to a shelling);
        # السيطرة على is listed among the verb senses too, but after لل it is the verbal noun
        prefix = tok.norm[: len(tok.norm) - len(form) + 1]
    definite = (
        not prefix and tok.norm.startswith(_DEFINITE_PURPOSE) and tok.norm.endswith(form.removeprefix("ال"))
    )
    if m.payload.phrase.removeprefix("ال") in lex.words["fighting"] and (
        definite or prefix in _DEFINITE_PURPOSE
    ):
        # "سافروا إلى سوريا للقتال في صفوف داعش": to fight, as a purpose (تعرض للقصف is no fighting noun)
        return not _purpose_ok_before(m, cues, lex)
    if not prefix:
        return False
    if (
        prefix == _AND
        and m.payload.role in TERRITORY_ROLES
        and m.payload.pos == "noun"
        and _after_purpose(doc, m, lex)
    ):
        return True  # "لدعم المقاومة الشعبية وتحرير مدينة الحزم": a second aim of the same move
    if prefix in _FUTURE_PREFIXES and form.startswith(_IMPERFECT):
        return True  # verbs are listed among the noun senses too (يقصف, تقصف)
    if prefix not in _PURPOSE_PREFIXES or not any(
        c.kind == "purposive" and c.tok_start == m.tok_start for c in cues
    ):
        return False  # لجثث, لقتلى: the ل of "for, of" before a noun that is not an act
    return not _purpose_ok_before(m, cues, lex)


_PURPOSE_REACH = 4  # words back from a conjoined act noun to the purpose noun it shares (لدعم X وتحرير)
_AND = normalise_str("و")


def _after_purpose(doc: Doc, m: Match[TriggerSense], lex: EventLexicon) -> bool:
    """A purpose head (لدعم, لمساندة, بهدف) a few words before, in the trigger's sentence."""
    heads = lex.words["purpose_heads"]
    lo = max(
        doc.sentences[doc.sentence_of(m.tok_start)].tok_start if doc.sentences else 0,
        m.tok_start - _PURPOSE_REACH,
    )
    return any(doc.tokens[k].norm in heads for k in range(lo, m.tok_start))


def _purpose_ok_before(m: Match[TriggerSense], cues: list[CueHit], lex: EventLexicon) -> bool:
    """A word of undergoing or result right before the ل (تعرض لهجوم, أدى لمقتل): a real event, no purpose."""
    window = lex.windows.get("purpose_ok", 2)
    return any(
        c.kind == "purpose_ok" and c.tok_end <= m.tok_start and m.tok_start - c.tok_end < window for c in cues
    )


def _called_for(doc: Doc, m: Match[TriggerSense], lex: EventLexicon) -> bool:
    """A protest noun with ل right after a call: "أقدمت مليشيات الحوثي على الدعوة لمظاهرات" (still to come)."""
    if m.payload.role != "protest" or m.tok_start == 0 or not _prefix(doc, m).startswith("ل"):
        return False
    return not lex.words["call"].isdisjoint(doc.tokens[m.tok_start - 1].forms)


def _definite_generic(doc: Doc, m: Match[TriggerSense]) -> bool:
    tok = doc.tokens[m.tok_start]
    return m.payload.generic_plural and ("ال" + m.payload.phrase) in tok.forms[: m.strip + 1]


def _future_part_of(doc: Doc, m: Match[TriggerSense], cues: list[CueHit]) -> bool:
    """A noun trigger told as a part still to come: a future_after word and من right before it
    (المرحلة المقبلة من القتال, الجولة القادمة من المواجهات)."""
    k = m.tok_start - 1
    if k < 1 or doc.tokens[k].norm != _MIN:
        return False
    return any(c.kind == "future_after" and c.tok_end == k for c in cues)


_MIN = normalise_str("من")


def _nisba(doc: Doc, m: Match[TriggerSense]) -> bool:
    """ال + noun + ي is an adjective (الهجومي، القتالي), not the event noun."""
    tok = doc.tokens[m.tok_start]
    form = tok.forms[m.strip]
    return (
        m.tok_end - m.tok_start == 1
        and "ال" in tok.norm[:4]
        and tok.norm.endswith("ي")
        and not form.endswith("ي")
    )


def _accident(doc: Doc, cues: list[CueHit], roles: set[str], crash_before: bool = False) -> bool:
    """مصرع امرأتين بحادث: an indefinite حادث where only deaths and injuries are told is an accident (الحادث
    refers back to an attack, or to a crash when an earlier sentence told one: ``crash_before``; حادث أمني /
    حادث إرهابي is one)."""
    if not roles <= HARM_ROLES:
        return False
    spans = [(c.tok_start, c.tok_end) for c in cues if c.kind == "not_accident"]
    if crash_before and any(
        c.kind == "anaphor"
        and not event_lexicon().words["incident_nouns"].isdisjoint(doc.tokens[c.tok_start].forms)
        and not any(s <= c.tok_start < e for s, e in spans)
        for c in cues
    ):
        return True  # "لقوا حتفهم في الحادث" after "اصطدمت حافلة": the crash told before
    for c in cues:
        if c.kind != "accident" or any(s <= c.tok_start < e for s, e in spans):
            continue
        if not any(f.startswith("ال") for f in doc.tokens[c.tok_start].forms):
            return True  # indefinite: حادث, بحادث, في حادث
    return False


def _halts(doc: Doc, m: Match[TriggerSense], c: CueHit, clause: Segment) -> bool:
    """The activity noun ``c`` is what the arrest verb or noun ``m`` stopped: it follows in the clause, with no
    number or person noun between ("أوقفت الشرطة 3 أشخاص بتهمة بيع" holds people)."""
    if not (0 <= c.tok_start - m.tok_end <= _HALTED_AFTER and c.tok_end <= clause.tok_end):
        return False
    between = doc.tokens[m.tok_end : c.tok_start]
    return not any(t.norm[:1].isdigit() or is_person_noun(t.norm) for t in between)


_IN_PROTEST = normalise_str("احتجاجا")  # 'in protest': an act done to object, a protest only if a crowd's
_SEIZED_AFTER = 4  # words from an arrest trigger to the thing it took (القبض على عدد (10) مسدس)


def _seized(doc: Doc, m: Match[TriggerSense], c: CueHit, lex: EventLexicon) -> bool:
    """The thing noun ``c`` is what the arrest ``m`` took: it follows with only a figure or a count word between
    ("القبض على عدد (10) مسدس", "القبض على كمية من الحشيش"; not "القبض على 3 مهربين بحوزتهم أسلحة")."""
    if not 0 <= c.tok_start - m.tok_end <= _SEIZED_AFTER:
        return False
    counts = lex.words["counts"]
    return all(
        t.norm[:1].isdigit() or t.norm in counts or t.norm in _ON for t in doc.tokens[m.tok_end : c.tok_start]
    )


def _among_the_counted(doc: Doc, m: Match[TriggerSense]) -> bool:
    """A suicide-bomber noun right after a subset word, a count at most between (بينهم انتحاري, بينهم ثلاثة
    انتحاريين): one of the people counted before it."""
    if m.payload.role != "suicide" or m.tok_start == 0:
        return False
    k = m.tok_start - 1
    count = next((n for n in doc.numbers if doc.token_at(n.end - 1) == k), None)
    if count is not None:
        k = doc.token_at(count.start) - 1
    return k >= 0 and is_subset_word(doc.tokens[k].norm)


_OPERATIONS = normalise_str("عمليات")


def _operations_of(doc: Doc, c: CueHit, m: Match[TriggerSense]) -> bool:
    """The cue is a bare عمليات in construct with an indefinite act noun right after it (عمليات قصف)."""
    return (
        c.tok_end - c.tok_start == 1
        and doc.tokens[c.tok_start].norm == _OPERATIONS
        and m.payload.pos == "noun"
        and m.payload.role in STRIKE_ROLES  # (عمليات اغتيال, عمليات تصفية: a campaign)
        and not doc.tokens[m.tok_start].norm.startswith("ال")
    )


def _two_words_in(doc: Doc, lo: int, hi: int, phrases: frozenset[str]) -> bool:
    """A two-word phrase of ``phrases`` starts at a token in [lo, hi - 1): the first word as written, the second
    as written or with its proclitics stripped (ما دفع / ما دفعه, أثناء قصفها, لن تحصل)."""
    toks = doc.tokens
    return any(
        f"{toks[k].norm} {f}" in phrases for k in range(lo, min(hi, len(toks)) - 1) for f in toks[k + 1].forms
    )


def _consequence_between(doc: Doc, lo: int, hi: int, lex: EventLexicon) -> bool:
    """A clause telling what came of the act before opens in tokens [lo, hi) ("، ما دفع الشرطة إلى القبض على"):
    a new act, which a frame told before it does not hold."""
    return _two_words_in(doc, lo, hi, lex.words["consequence"])


_OTHERS = frozenset(normalise_str(w) for w in ("آخرون", "آخرين", "آخر", "أخرى"))
_OTHERS_REACH = 3  # words after a harm verb where "others" (7 آخرون) may stand


def _while_verb(doc: Doc, cues: list[CueHit], lo: int, m: Match[TriggerSense]) -> bool:
    """A contrast word ("فيما", "بينما", "في حين") opens a clause right before the verb trigger, after token
    ``lo``: "وأشاد مسؤول يمني بدور المملكة، فيما سيطرت المقاومة على مثلث العند" tells a new act, which the praise
    told before it does not hold."""
    if m.payload.pos != "verb" or not any(
        c.kind == "contrast" and lo <= c.tok_start and c.tok_end == m.tok_start for c in cues
    ):
        return False
    # "شيع ... جثامين 5 جنود قتلوا في هجوم، فيما أصيب 7 آخرون": the others hurt in the act the frame holds
    return m.payload.role not in HARM_ROLES or not any(
        t.norm in _OTHERS for t in doc.tokens[m.tok_end : m.tok_end + _OTHERS_REACH]
    )


def _while_striking(doc: Doc, clause: Segment, lex: EventLexicon) -> bool:
    """The clause tells a crash during a strike ("تحطمت طائرة حربية أثناء قصفها حيا في أريحا"): the strike is
    still told, so the crash's non-conflict cue holds nothing back."""
    return _two_words_in(doc, clause.tok_start, clause.tok_end, lex.words["while_striking"])


def _set_on_fire(doc: Doc, clause: Segment, lex: EventLexicon) -> bool:
    """The clause says someone set the fire ("قتل طفل في حريق أضرمه مستوطنون بمنزل"): arson, no accident."""
    arson = lex.words["arson"]
    return any(t.norm in arson for t in doc.tokens[clause.tok_start : clause.tok_end])


def _armed_at_sport(
    doc: Doc, m: Match[TriggerSense], cues: list[CueHit], clause: Segment, lex: EventLexicon
) -> bool:
    """Sport words alone hold the act back, and a suicide bomber is in the sentence ("فجر انتحاري نفسه خلال
    مباراة لكرة القدم، ما أسفر عن مقتل 29 شخصا") or a non-state armed group is the subject right after a
    killing or an execution ("أعدم تنظيم داعش لاعب كرة قدم"): an attack on players or fans, not a foul, a
    player's injury or a goal 'like a rocket' in a week of attacks."""
    sport = lex.words["sport"]
    told = [c for c in cues if c.kind == "non_conflict"]
    if not all(" ".join(t.norm for t in doc.tokens[c.tok_start : c.tok_end]) in sport for c in told):
        return False
    if not doc.sentences:
        return False
    sent = doc.sentences[doc.sentence_of(clause.tok_start)]
    bomber = lex.words["bomber"]
    if any(not bomber.isdisjoint(t.forms) for t in doc.tokens[sent.tok_start : sent.tok_end]):
        return True
    if m.payload.role not in _KILLING_ROLES:
        return False
    return any(
        a.inter in NON_STATE_INTERS and 0 <= doc.token_at(a.start) - m.tok_end <= _SUBJECT_REACH
        for a in doc.actors
        if clause.start <= a.start < clause.end
    )


# words from a trigger noun to the لن/لم whose verb says the act did not or will not happen
_NOT_HAPPENING_REACH = 4
_RELEASE_REACH = 7  # words from a release word to the captives it freed ("حررت قوات خاصة من مالي أربع رهائن")


def _released(doc: Doc, m: Match[TriggerSense], clause: Segment, lex: EventLexicon) -> bool:
    """The captives named by the trigger were freed: a release word (حررت, الإفراج عن, إطلاق سراح) a few words
    before it in its clause."""
    release = lex.words["release"]
    lo = max(clause.tok_start, m.tok_start - _RELEASE_REACH)
    return any(not release.isdisjoint(doc.tokens[k].forms) for k in range(lo, m.tok_start))


def _not_happening_after(doc: Doc, m: Match[TriggerSense], clause: Segment, lex: EventLexicon) -> bool:
    """The act named by the trigger noun is the subject of a negated happening verb a few words on (الغارات ...
    لن تحصل, الهجوم لم يقع)."""
    hi = min(clause.tok_end, m.tok_end + _NOT_HAPPENING_REACH)
    return _two_words_in(doc, m.tok_end, hi, lex.words["not_happening"])


_NEW_REACH = 12  # tokens after a framed act noun where its relative clause may date it
_NEW_DAYS = 2  # days before publication that still make a framed act news


def _told_as_new(doc: Doc, m: Match[TriggerSense]) -> bool:
    """A condemned or mourned act noun whose relative clause dates it today or yesterday ("ندد بالتفجير الذي وقع
    ظهر اليوم في مسجد ... ونتج عنه استشهاد"): the article is the first report of it, so it is news, while the
    condemnation itself stays none."""
    if m.payload.pos != "noun" or doc.published is None:
        return False
    # (an adjective or two may stand between: "بالتفجير الإرهابي الذي")
    relatives = event_lexicon().words["relatives"]
    k = next(
        (j for j in range(m.tok_end, min(len(doc.tokens), m.tok_end + 3)) if doc.tokens[j].norm in relatives),
        None,
    )
    if k is None or any(not doc.tokens[j].norm.startswith("ال") for j in range(m.tok_end, k)):
        return False
    si = doc.sentence_of(k)
    clause_end = next(
        (c.tok_end for c in doc.clauses[si] if c.tok_start <= k < c.tok_end), doc.sentences[si].tok_end
    )
    lo, hi = doc.tokens[k].end, doc.tokens[min(clause_end, k + _NEW_REACH) - 1].end  # in its own clause
    day_words = date_lexicon().day_words
    for d in doc.dates:
        if lo <= d.start < hi and d.precision == 1 and d.relative:
            try:
                age = (doc.published - dt.date.fromisoformat(d.value)).days
            except ValueError:
                continue
            # today or yesterday said so (اليوم, أمس), not a weekday that may lie days back (الاثنين)
            said = any(w in day_words for w in normalise_str(d.text).split())
            if said and 0 <= age <= _NEW_DAYS:
                return True
    return False


_PURGE = normalise_str("تطهير")
_PURGE_REACH = 8  # words after تطهير in its clause where من must stand: the side or thing cleared away


def _purge_not_regain(doc: Doc, m: Match[TriggerSense], clause: Segment, cues: list[CueHit]) -> bool:
    """تطهير is a regain only when what is cleared away follows with من (تطهير عدن من الميليشيات) or its pockets
    are named (تطهير آخر جيوب مليشيا الحوثي): not an ethnic or
    sectarian purge (تطهير عرقي), not a campaign's name (حملة تطهير طالت آلاف العناصر), not mines or arms
    (cleared_of: تطهير مناطقهم من العبوات)."""
    if m.payload.phrase != _PURGE:
        return False
    toks, words = doc.tokens, event_lexicon().words
    end = min(clause.tok_end, m.tok_end + _PURGE_REACH)
    if m.tok_end < len(toks) and toks[m.tok_end].norm in words["not_ground_purges"]:
        return True
    if m.tok_start > 0 and toks[m.tok_start - 1].norm in words["purge_campaigns"]:
        return True
    if not any(toks[k].norm == _MIN or toks[k].norm in words["purge_pockets"] for k in range(m.tok_end, end)):
        return True  # "تطهير عدن من الميليشيات"; the pockets cleared: "تطهير آخر جيوب مليشيا الحوثي"
    return any(c.kind == "cleared_of" and m.tok_end <= c.tok_start < end for c in cues)


_GROUND_OBJECTS = frozenset(normalise_str(w) for w in ("عليها", "عليه", "عليهما", "عليهم"))


def _ground_described(doc: Doc, m: Match[TriggerSense], clause: Segment) -> bool:
    """A takeover verb right after a relative pronoun, with the place as its object pronoun (التي استولت عليها
    داعش), and no date in its clause: the ground is described by who took it, not taken in the news (a date,
    التي استولى عليها التنظيم الصيف الماضي, tells when: the status stage decides how old)."""
    if m.payload.pos != "verb" or m.tok_start == 0 or m.tok_end >= len(doc.tokens):
        return False
    toks = doc.tokens
    if toks[m.tok_start - 1].norm not in event_lexicon().words["relatives"]:
        return False
    if not any(toks[j].norm in _GROUND_OBJECTS for j in range(m.tok_end - 1, min(len(toks), m.tok_end + 1))):
        return False
    return not any(clause.start <= d.start < clause.end for d in doc.dates)


def _veto(
    doc: Doc,
    m: Match[TriggerSense],
    cues: list[CueHit],
    lex: EventLexicon,
    clause: Segment,
    accident: bool,
    new: bool = False,
) -> str | None:
    negations_ok = [c for c in cues if c.kind == "not_negation"]
    # "مقاتلين يشتبه بأنهم ينتمون إلى حركة الشباب قتلوا": a suspicion about who they are, not about the act
    identities = {c.tok_start for c in cues if c.kind == "identity"}
    if accident or (
        any(c.kind == "non_conflict" for c in cues)
        and not _while_striking(doc, clause, lex)
        and not _set_on_fire(doc, clause, lex)
        and not _armed_at_sport(doc, m, cues, clause, lex)
    ):
        return "non_conflict"
    if m.payload.pos == "noun" and any(c.kind == "refused" and c.tok_end == m.tok_start for c in cues):
        return "negation"  # "بعض الطيارين يرفضون القصف": the strike refused, not done
    if m.payload.event_type in ARMED_VIOLENCE_TYPES and any(
        c.kind == "court" and c.tok_end <= m.tok_start for c in cues
    ):
        return "non_conflict"  # "أحالته النيابة إلى المحكمة بتهمة القتل": a charge, not an attack
    not_frame = {c.tok_start for c in cues if c.kind == "frame_not"}
    # ``new``: the act is told as news (_told_as_new), or it is the harm told in the relative clause of such an act
    # ("الذي أوقع أمس 30 قتيلا": its toll)
    if (
        any(
            c.kind == "frame"
            and c.tok_start < m.tok_start
            and (
                c.tok_end <= m.tok_start or c.tok_end >= m.tok_end
            )  # before it, or holding it (التقى المصابين)
            and c.tok_start not in not_frame
            and not _consequence_between(doc, c.tok_end, m.tok_start, lex)
            and not _while_verb(doc, cues, c.tok_end, m)
            for c in cues
        )
        and not new
    ):
        return "reference"
    if m.payload.role in TERRITORY_ROLES:
        after_on = _after_on(doc, m, clause)
        if any(
            c.kind == "not_territory"
            and (
                m.tok_start - _NOT_TERRITORY_BEFORE <= c.tok_start <= m.tok_end + _NOT_TERRITORY_AFTER
                or c.tok_start == after_on
                or (c.tok_start in range(after_on + 1, after_on + _COUNT_REACH) and _counts(doc, after_on))
            )
            for c in cues
        ):
            # السيطرة على الحريق, تفرض سيطرتها على القطاع, سيطر التنظيم على مخازن أسلحة: not ground taken
            return "figurative"
        if _ground_described(doc, m, clause):
            # "المناطق التي استولت عليها داعش", "الأراضي التي سيطر عليها التنظيم": ground described by who holds
            # it, no takeover told (a date in the clause, التي سيطر عليها التنظيم أمس, tells one)
            return "figurative"
        held = lex.windows.get("held", 4)
        if any(
            c.kind == "held" and c.tok_start >= clause.tok_start and 0 <= m.tok_start - c.tok_end < held
            for c in cues
        ):
            return "figurative"  # "ويحكم الأكراد اليوم السيطرة على الشريط": control held, no takeover
        if m.tok_start > 0 and doc.tokens[m.tok_start - 1].norm in _ON and _prefix(doc, m) in ("", "ال"):
            # "تتصارع حكومتان على السيطرة على البلاد", "قادرة على السيطرة على": control contested or within
            # reach, not taken
            return "figurative"
        if _purge_not_regain(doc, m, clause, cues):
            return "figurative"  # "حملة تطهير عرقي", "تطهير مناطقهم من العبوات الناسفة": no ground taken
        if m.payload.pos == "verb" and any(
            c.kind == "not_ground"
            and clause.tok_start <= c.tok_start
            and c.tok_end <= clause.tok_end
            and 0 <= c.tok_start - m.tok_end < _OBJECT_REACH
            for c in cues
        ):
            return "figurative"  # "واستعادت المقاهي والمطاعم المطلة على الكورنيش حركتها": life, not ground
    if (
        m.payload.role == "injure"
        and m.payload.pos == "verb"
        and any(
            c.kind == "not_wound"
            and c.tok_end <= clause.tok_end
            and (
                0 <= c.tok_start - m.tok_end < _NOT_WOUND_REACH
                or (c.tok_end + 1 == m.tok_start and doc.tokens[c.tok_end].norm in lex.words["relatives"])
            )
            for c in cues
        )
    ):
        # "أصابت عناصر التمرد بالرعب فبادرت إلى الهرب", "حالة الهلع التي أصابت المواطنين": struck with fear, not
        # wounded
        return "figurative"
    if m.payload.role == "protest" and any(
        not lex.words["pretended"].isdisjoint(t.forms)
        for t in doc.tokens[m.tok_end : m.tok_end + _PRETEND_REACH]
    ):
        return "figurative"  # "تظاهر المتهمون بالفرح الزائف": they pretended to be glad
    if _in_words(doc, m, lex, cues):
        return "figurative"  # "هاجم الرئيس التركي حزب الشعوب", "شن هجوما لاذعا على الحكومة": criticism
    if m.payload.role == "looting" and any(
        c.kind == "not_loot"
        and (
            c.tok_start == m.tok_end
            or _past_amount(doc, m.tok_end) < c.tok_start <= _past_amount(doc, m.tok_end) + 3
        )
        for c in cues
    ):
        # "نهب مخصصاتهم الغذائية", "نهبت خيرات العراق", "بنهب أكثر من 300 مليون ريال": embezzlement or rhetoric
        return "non_conflict"
    if m.payload.role == "sexual" and any(
        c.kind == "not_sexual" and clause.tok_start <= c.tok_start and _usurped(doc, m, c, lex) for c in cues
    ):
        return "non_conflict"  # "البلدات التي اغتصبها التنظيم", "اغتصاب السلطة": usurped, no rape
    if m.payload.role == "protest" and (
        any(c.kind == "objector" and c.tok_start == m.tok_end for c in cues) or _state_objects(doc, m)
    ):
        # "احتجاج الهيئة على الإعلان", "احتجت الكويت على التصريحات": a body's or a state's objection in words
        return "non_conflict"
    if m.payload.role == "arrest" and any(c.kind == "halted" and _halts(doc, m, c, clause) for c in cues):
        return "non_conflict"  # "أوقفت السفارة منح التأشيرات", "إيقاف الاستقدام": an activity halted, no one held
    if (
        m.payload.role == "protest"
        and m.payload.phrase == _IN_PROTEST
        and any(
            c.kind == "walkout"
            and clause.tok_start <= c.tok_start
            and 0 <= m.tok_start - c.tok_end < lex.windows["walkout"]
            for c in cues
        )
    ):
        return "non_conflict"  # "انسحب ابن الملا عمر من الاجتماع احتجاجا": an objection, no crowd
    if m.payload.role == "arrest" and any(c.kind == "seized" and _seized(doc, m, c, lex) for c in cues):
        return "non_conflict"  # "القبض على عدد (10) مسدس": things seized, no one held
    if m.payload.role == "arrest" and any(c.kind == "verdict" for c in cues):
        return "reference"  # the arrest told with its verdict or execution: the history of a case
    if m.payload.role in ("arrest", "campaign") and any(c.kind == "regulatory" for c in cues):
        return "non_conflict"  # a customs seizure or a residency sweep: no political arrest
    if m.payload.role == "agreement" and any(
        c.kind == "not_agreement" and m.tok_end <= c.tok_start <= m.tok_end + _NOT_AGREEMENT_AFTER
        for c in cues
    ):
        return "non_conflict"  # الاتفاق النووي, اتفاقية تعاون: no deal between the parties to a conflict
    if (
        m.payload.role == "agreement"
        and m.tok_start > 0
        and not lex.words["agreement_broken"].isdisjoint(doc.tokens[m.tok_start - 1].forms)
    ):
        return "non_conflict"  # "إنهاء الهدنة", "اختراق الهدنة": a truce ended or broken is no new deal
    if _future_prefix(doc, m):
        return "future"  # ستقدم, سيقتل: the future prefix س
    if m.payload.pos == "noun" and any(
        c.kind == "future_after" and m.tok_end <= c.tok_start < m.tok_end + lex.windows["future_after"]
        for c in cues
    ):
        return "future"  # المواجهات العسكرية المقبلة, الهجوم المرتقب: still to come
    if m.payload.pos == "noun" and _future_part_of(doc, m, cues):
        return "future"  # المرحلة المقبلة من القتال: the next phase of the fighting
    if _nisba(doc, m):
        return "adjective"
    if any(c.kind == "backing" and c.tok_end == m.tok_start for c in cues):
        return "backing"  # "بدعم من طيران التحالف": the support of another action, not an incident of its own
    if m.payload.role in _ARENA_ROLES and any(c.kind == "arena" and c.tok_end == m.tok_start for c in cues):
        return "figurative"  # ميادين القتال, مراكز الاعتقال, حقول الألغام: where it goes on, no incident
    if (
        m.payload.role in _DEVICE_ROLES
        and m.payload.pos == "noun"
        and any(
            c.kind == "possession"
            and c.tok_start >= clause.tok_start
            and 0 <= m.tok_start - c.tok_end < lex.windows["possession"]
            for c in cues
        )
    ):
        # "تمتلك ترسانة من الصواريخ", "تهريب عبوات ناسفة": weapons held or moved, none used
        return "figurative"
    crowd_ok = {(c.tok_start, c.tok_end) for c in cues if c.kind == "crowd_ok"} if crowd_noun(m) else set()
    # "استخدمت الشرطة القوة من أجل تفريق مظاهرة": a protest named as what was dispersed took place
    dispersed = m.payload.role == "protest" and any(
        c.kind == "intervention" and c.tok_end == m.tok_start for c in cues
    )
    if (
        m.payload.role != "protest"
        and not _prefix(doc, m).startswith("و")
        and any(c.kind == "grievance" and 0 <= m.tok_start - c.tok_end < _GRIEVANCE_WINDOW for c in cues)
    ):
        return "reference"  # "احتجاجا على مقتل الطفل": what the crowd protests about, told before
    for c in cues:
        if c.kind not in _VETO_KINDS and c.kind != "reference":
            continue
        if new and c.kind in ("reference", "frame"):
            continue  # "أدانت الوزارة الهجوم الذي استهدف أمس": condemned, and news
        if c.kind == "reference" and (m.payload.pos != "noun" or in_date(doc, c.start, c.end)):
            continue  # "أعلن الجيش قبل يومين مقتل ...": قبل of a date says when, it refers to no other event
        if (
            c.kind == "reference"
            and c.tok_end < len(doc.tokens)
            and doc.tokens[c.tok_end].norm.startswith(UNDERGO)
        ):
            continue  # "استشهدوا بعد تعرض المركز لقذائف": what they underwent, the cause, not an earlier event
        if c.kind == "reference" and m.payload.role in HARM_ROLES and these_acts(doc, c.tok_start):
            continue  # "فيما أسفرت هذه العمليات عن مقتل 23": the toll of the act just told (coref joins them)
        if c.kind == "reference" and c.tok_end == m.tok_start and _operations_of(doc, c, m):
            continue  # "قتل 26 متمردا في عمليات قصف": operations of shelling are the shelling
        if c.kind == "accusation" and c.tok_start in identities:
            continue
        if c.kind == "plan" and ((c.tok_start, c.tok_end) in crowd_ok or dispersed):
            continue  # "طالب مئات المتظاهرين ...": what a crowd demands is no plan of the protest
        window = lex.windows.get(c.kind, 3)
        if not (c.tok_end <= m.tok_start and m.tok_start - c.tok_end < window):
            continue
        if c.tok_start < clause.tok_start and not (
            c.kind in _OPENING_KINDS and m.payload.pos == "noun" and m.tok_start == clause.tok_start
        ):
            continue  # (but "وتوقع مساعد وزير الدفاع، تحرير قاعدة العند": the comma only ends the subject)
        if c.kind in _BARE_KINDS and (
            any(n.tok_start <= c.tok_start < n.tok_end for n in negations_ok)
            or not _bare_word(doc, c, c.kind)
        ):
            continue  # لا يزال; كلم (km) and وسلم read as لم with clitics
        return _VETO_NAME.get(c.kind, c.kind)
    if m.payload.pos == "noun" and _not_happening_after(doc, m, clause, lex):
        return "negation"  # "الغارات الجوية على المتمردين لن تحصل إلا بأمره": the act is the subject of لن/لم
    if _possessive_noun(doc, m) and not _launched(m, cues, lex):
        return "reference"
    if m.payload.pos == "noun" and m.tok_start > 0 and doc.tokens[m.tok_start - 1].norm in _ABOUT:
        return "reference"  # "طالب محتجون بنشر صور فيديو حول اعتقال دوبوسي": what a video, a talk is about
    if _fighting_a_group(doc, m, lex) or _span_of_fighting(doc, m, lex):
        return "generic"
    if m.payload.pos == "noun" and any(
        not lex.words["running_total"].isdisjoint(t.forms) for t in doc.tokens[clause.tok_start : m.tok_start]
    ):
        # "قتل المتمردون جنديين ليرتفع عدد قتلى الجنود منذ 20 يوليو إلى 21": a running total
        return "reference"
    if (
        m.payload.pos == "noun"
        and m.tok_start > 0
        and doc.tokens[m.tok_start - 1].norm in lex.words["case_counts"]
    ):
        return "generic"  # "تم تسجيل 36 حالة اختطاف، ثم حالات النهب": a monitor's count of cases, no incident
    if m.payload.role == "abduct" and _released(doc, m, clause, lex):
        return "reference"  # "حررت قوات خاصة أربع رهائن احتجزهم مسلحون": freed, not taken, by the force
    if _future_or_purpose(doc, m, cues, lex) or _called_for(doc, m, lex):
        return "plan"
    if _may(doc, m, clause) or _forecast(doc, m, clause, lex):
        return "speculation"
    return None


_PRETEND_REACH = 2  # words after تظاهر (its subject at most between) where what one pretends may stand
_MANNER_REACH = 3  # words after an attack trigger where its manner may say it was made in words (لاذعا)


_LAUNCHED_BY_REACH = (
    5  # words from a launch verb to the attack noun, its subject between (شن النائب عون هجوما)
)


_OBJECTED = frozenset(
    normalise_str(w) for w in ("احتجت", "احتج", "تحتج", "يحتج")
)  # read on clitic-free forms
# what an armed group does to a player
_KILLING_ROLES = frozenset({"execute", "kill", "assassinate", "abduct"})
_SUBJECT_REACH = 1  # words from a verb to its subject: أعدم تنظيم داعش (the group may open with تنظيم)


_NOT_BETWEEN = frozenset(normalise_str(w) for w in ("في", "من", "على", "إلى", "الى", "عن", "داخل", "قرب"))


def _usurped(doc: Doc, m: Match[TriggerSense], c: CueHit, lex: EventLexicon) -> bool:
    """What اغتصب took stands right after it, or after its subject (اغتصب الحوثيون السلطة), or right before it,
    a relative at most between (البلدات التي اغتصبها): not a place told after a preposition (تعرضت للاغتصاب في
    أرض زراعية)."""
    if c.tok_start == m.tok_end or c.tok_end == m.tok_start:
        return True
    if c.tok_start == m.tok_end + 1:
        return doc.tokens[m.tok_end].norm not in _NOT_BETWEEN
    return c.tok_end == m.tok_start - 1 and doc.tokens[m.tok_start - 1].norm in lex.words["relatives"]


_TOLD_DEAD = frozenset(normalise_str(w) for w in ("القتلى", "الضحايا", "الجرحى", "المصابين"))
_SHARE_OF = frozenset(normalise_str(w) for w in ("معظم", "أغلب", "غالبية", "جميع", "بعض", "كل", "نصف"))


def _dead_told(doc: Doc, m: Match[TriggerSense], clause: Segment, found: list[Match[TriggerSense]]) -> bool:
    """The dead or wounded told by a definite noun after a share word, with no count of their own and no other act
    in their clause (معظم القتلى قضوا داخل منازلهم): more about a toll the article told before.  Not "جميع القتلى
    الأربعة سقطوا بانفجار عبوة" (a count, an act) nor "بعض القتلى سقطوا برصاص قناصة" (an act told)."""
    if m.payload.role not in HARM_ROLES or m.payload.pos != "noun" or m.tok_start <= clause.tok_start:
        return False
    if doc.tokens[m.tok_start].norm not in _TOLD_DEAD or doc.tokens[m.tok_start - 1].norm not in _SHARE_OF:
        return False
    if any(clause.tok_start <= x.tok_start < clause.tok_end and x.tok_start != m.tok_start for x in found):
        return False
    return not any(m.tok_end <= doc.token_at(n.start) <= m.tok_end + 1 for n in doc.numbers)


def _state_objects(doc: Doc, m: Match[TriggerSense]) -> bool:
    """The verb 'objected' whose subject, right after it, is a country ("احتجت الكويت على التصريحات العراقية"): a
    state objects in words; no crowd is told."""
    if m.tok_end >= len(doc.tokens) or _OBJECTED.isdisjoint(doc.tokens[m.tok_start].forms):
        return False  # "مسيرة تونس ضد الإرهاب", "اعتصام الكويت", "احتجاجات العراق": a protest named by its country
    nxt = doc.tokens[m.tok_end]
    return any(p.start == nxt.start and p.feature == "country" for p in doc.places)


def _in_words(doc: Doc, m: Match[TriggerSense], lex: EventLexicon, cues: list[CueHit]) -> bool:
    """An attack made in words: an attack verb whose subject, right after it, is an office holder, a speaker or
    a publication (هاجم الرئيس التركي حزب الشعوب, هاجمت الصحيفة), or an attack told with a manner of speech
    (شن هجوما لاذعا على الحكومة, هجوم كلامي)."""
    if m.payload.role != "attack":
        return False
    words = lex.words
    if m.payload.pos == "verb" and m.tok_end < len(doc.tokens):
        if not words["verbal_subjects"].isdisjoint(doc.tokens[m.tok_end].forms):
            return True
    if m.payload.pos == "noun":
        # "شن النائب ميشال عون هجوما عنيفا على الحكومة": the launch verb's subject attacks in words
        if any(
            c.kind == "launch"
            and 0 < m.tok_start - c.tok_end <= _LAUNCHED_BY_REACH
            and not words["verbal_subjects"].isdisjoint(doc.tokens[c.tok_end].forms)
            for c in cues
        ):
            return True
    after = doc.tokens[m.tok_end : m.tok_end + _MANNER_REACH]
    return any(not words["verbal_manner"].isdisjoint(t.forms) for t in after)


def _fighting_a_group(doc: Doc, m: Match[TriggerSense], lex: EventLexicon) -> bool:
    """ "إن الاتفاق يختص فقط بقتال تنظيم الدولة", "دورها في قتال داعش": the verbal noun of fighting, after a
    preposition and with a named group as its object, names an activity or a cause, not a battle."""
    tok = doc.tokens[m.tok_start]
    if (
        m.payload.role != "clash"
        or m.tok_end - m.tok_start != 1
        or tok.forms[m.strip] not in lex.words["fighting"]
    ):
        return False
    prefix = _prefix(doc, m)
    after_preposition = prefix.endswith("ب") or (
        not prefix and m.tok_start > 0 and doc.tokens[m.tok_start - 1].norm in _FIGHT_PREPOSITIONS
    )
    if not after_preposition or m.tok_end >= len(doc.tokens):
        return False
    nxt = doc.tokens[m.tok_end].start
    return any(a.start == nxt and not a.generic and a.inter in ARMED_INTERS for a in doc.actors)


def _span_of_fighting(doc: Doc, m: Match[TriggerSense], lex: EventLexicon) -> bool:
    """ "هبطت أول طائرة في مطار عدن بعد 4 شهور من القتال": a fighting noun after a span of weeks or more and من
    tells the fighting by its length, many days of it, not one incident."""
    k = m.tok_start
    if m.payload.role != "clash" or m.payload.pos != "noun" or k < 2 or doc.tokens[k - 1].norm != _MIN:
        return False
    return not lex.words["span_units"].isdisjoint(doc.tokens[k - 2].forms)


_FIGHT_PREPOSITIONS = frozenset(normalise_str(w) for w in ("في", "على", "عن", "وفي"))
_ABOUT = frozenset(normalise_str(w) for w in ("حول", "بشأن", "وحول", "وبشأن"))
# cue kinds that reach a verbal noun opening the next clause, still within their window
_OPENING_KINDS = frozenset({"speculation", "plan", "future", "denial"})
_GRIEVANCE_WINDOW = 2  # tokens from "احتجاجا على" to the act it names ("احتجاجا على جريمة حرق ...")
# normalised starts of تعرض (underwent) and its forms (تعرضت, تعرضوا, وتعرض, فتعرض)
UNDERGO = ("تعرض", "وتعرض", "فتعرض")
QAD = frozenset(
    normalise_str(w) for w in ("قد", "وقد", "فقد")
)  # the particle قد (may; with a past verb: did)
# an aside set off by dashes ("وكانت الأجهزة الأمنية - عقب وقوع التفجير - ألقت القبض")
DASH_ASIDE = re.compile(r"[ \t]*[-–—][^-–—\n.]{3,150}?[-–—]")


def aside_tokens(doc: Doc, lo: int, hi: int) -> int:
    """How many of the tokens from ``lo`` to ``hi`` (token indices) stand inside asides set off by dashes."""
    if hi <= lo:
        return 0
    start = doc.tokens[lo].start
    end = doc.tokens[hi].start if hi < len(doc.tokens) else len(doc.text)  # the aside closes before token hi
    n = 0
    for m in DASH_ASIDE.finditer(doc.text, start, end):
        n += sum(1 for k in range(lo, hi) if m.start() <= doc.tokens[k].start < m.end())
    return n


def _past_amount(doc: Doc, k: int) -> int:
    """The token after a sum that opens at token ``k`` ("أكثر من 300 مليون": the numbers stage reads the hedge
    as part of the figure); past the last token when no sum opens there."""
    start = doc.tokens[k].start if k < len(doc.tokens) else -1
    n = next((n for n in doc.numbers if n.start <= start < n.end), None)
    return doc.token_at(n.end - 1) + 1 if n is not None else len(doc.tokens)


_MAY_WINDOW = 8  # tokens before the trigger where "قد" + an imperfect verb may stand ("ما قد يؤدي إلى وفاتهم ويفجر موجات من الاحتجاج")


def _may(doc: Doc, m: Match[TriggerSense], clause: Segment) -> bool:
    """ "قد يعرضون رعاياها للمضايقة أو الاعتقال": قد before an imperfect verb in ي is "may", the act a possibility
    (قد before a perfect verb, "وقد قتل", "وقد تمكنت", is a past act)."""
    lo = max(clause.tok_start, m.tok_start - _MAY_WINDOW)
    for k in range(lo, m.tok_start):
        if doc.tokens[k].norm in QAD and k + 1 < len(doc.tokens):
            verb = doc.tokens[k + 1].norm
            if len(verb) > 3 and verb.startswith("ي"):
                return True  # not ت / ن / أ: تمكنت, نفذت, أسفر after قد are perfects
    return False


_THAT = frozenset(normalise_str(w) for w in ("أن", "بأن", "وأن"))
_FORECAST_REACH = 2  # words from a forecast word to the أن it governs (يرجح المراقبون أن)


def _forecast(doc: Doc, m: Match[TriggerSense], clause: Segment, lex: EventLexicon) -> bool:
    """ "يرجح المراقبون أن تسهم الانشقاقات في تسريع حسم معركة صنعاء": a forecast word before أن and an
    imperfect verb, earlier in the trigger's clause, makes what the clause tells after it a forecast (not "أن
    يكون", a guess about what happened: رجحت مصادر أن يكون انتحاري فجر نفسه)."""
    words = lex.words
    for k in range(clause.tok_start + 1, m.tok_start - 1):
        if doc.tokens[k].norm not in _THAT or not _imperfect_verb(doc, doc.tokens[k + 1], words):
            continue
        lo = max(clause.tok_start, k - _FORECAST_REACH)
        if any(not words["predict"].isdisjoint(doc.tokens[j].forms) for j in range(lo, k)):
            # not past a relative clause, which tells of its noun ("ادى تمردها المستمر منذ ست سنوات الى مقتل"),
            # nor past بعد, عقب, رغم: what is told after them has happened ("يخشى السكان أن تتجدد الاشتباكات بعد
            # مقتل 5 أشخاص")
            between = doc.tokens[k + 2 : m.tok_start]
            return not any(
                t.norm in words["relatives"] or not words["forecast_stops"].isdisjoint(t.forms)
                for t in between
            )
    return False


_MASDAR_TAFIL = re.compile(r"ت..ي.")  # تفجير, تنظيم, تحرير: a verbal noun (not تستعيد, an imperfect verb)


def _imperfect_verb(doc: Doc, tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """The word after أن reads as an imperfect verb (تسهم, يسعى), not a noun (أن تنظيم داعش نفذ التفجير) nor
    a form of كان (أن يكون: a guess about what happened)."""
    norm = tok.norm
    if len(norm) <= 3 or not norm.startswith(("ي", "ت")) or norm in words["predict_not"]:
        return False
    if _MASDAR_TAFIL.fullmatch(norm):
        return False
    return not any(a.start == tok.start for a in doc.actors)


_TITLE_QUOTES = {"«": "»", "“": "”", '"': '"'}
_TITLE_MAX_CHARS = 40  # how far a title's quotes are looked for
_TITLE_MAX_WORDS = 3  # a quoted run this short around a trigger is a title or a name, not a report
_TITLED_MAX_CHARS = 150  # how far the quotes of a run named a title (بعنوان "...") are looked for
_TITLE_WORD = "عنوان"  # بعنوان, تحت عنوان, وعنوانه right before the quotes: they name a title


@cache
def _one_word_cues(kind: str) -> frozenset[str]:
    """The one-word phrases of a cue kind, normalised."""
    return frozenset(
        normalise_str(p) for p in load_json("event_cues.json")[kind]["phrases"] if len(p.split()) == 1
    )


def _bare_word(doc: Doc, c: CueHit, kind: str) -> bool:
    """A multi-word cue, or a one-word one written as itself with و or ف at most: not the same letters read
    through other clitics (كلم 'km' is no ك + لم, وسلم no و + س + لم)."""
    if c.tok_end - c.tok_start > 1:
        return True
    norm = doc.tokens[c.tok_start].norm
    words = _one_word_cues(kind)
    return norm in words or (norm[:1] in "وف" and norm[1:] in words)


_CROWD_STEMS = tuple(normalise_str(w) for w in ("متظاهر", "محتج", "معتصم"))


def crowd_noun(m: Match[TriggerSense]) -> bool:
    """A protest trigger that names the crowd (المتظاهرين, محتجون), not the act."""
    phrase = m.payload.phrase
    word = phrase[2:] if phrase.startswith("ال") else phrase
    return m.payload.role == "protest" and word.startswith(_CROWD_STEMS)


def _pronoun_not_ta_marbuta(doc: Doc, m: Match[TriggerSense]) -> bool:
    """A trigger spelled with a ta marbuta met as a word ending in the pronoun ه: "ومظاهره" is 'and its
    manifestations', not مظاهرة; "حمله" 'carried it', not حملة; "مصادره" 'his sources', not مصادرة.  Both letters
    normalise to ه, so the original letter decides (news writes ة for ة: a ه for it is rare)."""
    return m.payload.ta_marbuta and pronoun_suffixed(doc.text, doc.tokens[m.tok_end - 1])


def _in_title(doc: Doc, m: Match[TriggerSense]) -> bool:
    """A trigger inside a short quoted phrase: «معركة النصر» (a magazine's headline), «عاصفة الحزم»."""
    text = doc.text
    line = text.rfind("\n", 0, m.start) + 1
    for opening, closing in _TITLE_QUOTES.items():
        o = text.rfind(opening, max(line, m.start - _TITLE_MAX_CHARS), m.start)
        if o == -1 or (opening == closing and text.count(opening, line, o) % 2):
            continue  # no quote opens before the trigger on its line (a straight quote may be a closing one)
        c = text.find(closing, m.end, o + 1 + _TITLE_MAX_CHARS)
        if c != -1 and "\n" not in text[m.end : c]:
            words = len(text[o + 1 : c].split())
            if words == 1 and any(0 <= n.start - c - 1 <= 1 for n in doc.numbers):
                return False  # "ونتج عنه «استشهاد» 15": a word in quotes of the writer's, counted after them
            return words <= _TITLE_MAX_WORDS
    return _titled(text, line, m)


def _titled(text: str, line: int, m: Match[TriggerSense]) -> bool:
    """A trigger inside quotes named a title (بث التنظيم شريطا بعنوان "جنود الجبهة يبدؤون عملية عسكرية"): a
    film's, a book's or a campaign's name however long, not a report."""
    for opening, closing in _TITLE_QUOTES.items():
        o = text.rfind(opening, max(line, m.start - _TITLED_MAX_CHARS), m.start)
        if o == -1 or (opening == closing and text.count(opening, line, o) % 2):
            continue
        c = text.find(closing, m.end, o + 1 + _TITLED_MAX_CHARS)
        if c != -1 and "\n" not in text[m.end : c] and _TITLE_WORD in text[max(line, o - 12) : o]:
            return True
    return False


def _future_prefix(doc: Doc, m: Match[TriggerSense]) -> bool:
    """A trigger word read with the future prefix س in front (سيقتل, وستقدم): the act is still to come."""
    first = m.payload.phrase.split(" ", 1)[0]
    norm = doc.tokens[m.tok_start].norm
    k = norm.find(first)
    return k > 0 and not first.startswith("س") and norm[:k] in ("س", "وس", "فس")


def _definite_verb(doc: Doc, m: Match[TriggerSense]) -> bool:
    """A verb trigger read inside a word with the article in front (الداهم 'imminent', not داهم 'raided'):
    no verb takes ال, so the word is another one."""
    if m.payload.pos != "verb":
        return False
    first = m.payload.phrase.split(" ", 1)[0]
    norm = doc.tokens[m.tok_start].norm
    k = norm.find(first)
    return k > 0 and not first.startswith("ال") and norm[:k].endswith(("ال", "لل"))


def _place_named_after(doc: Doc, m: Match[TriggerSense]) -> bool:
    """ "تم تحرير عدن": a completed act (تم) on a place below a country named right after the noun; without تم
    the noun is as often a cause or a goal ("تحرير الرمادي بات قريبا", "تحرير فلسطين")."""
    if (
        m.tok_start == 0
        or m.tok_end >= len(doc.tokens)
        or doc.tokens[m.tok_start - 1].norm not in event_lexicon().words["done"]
    ):
        return False
    start = doc.tokens[m.tok_end].start
    return any(p.start == start and p.feature != "country" for p in doc.places)


def _who_the_dead_were(doc: Doc, m: Match[TriggerSense]) -> bool:
    """ "القتلى هم 21 من حزب الله و62 من مقاتلي المعارضة": who the dead told before were."""
    return (
        m.payload.role in HARM_ROLES
        and m.tok_end < len(doc.tokens)
        and doc.tokens[m.tok_end].norm in event_lexicon().words["they_are"]
        and _definite(doc.tokens[m.tok_start], m.strip)
    )


def _told_before(mentions: list[Mention], si: int) -> bool:
    """A violent incident that stands (no veto) is told in this sentence or the one before: the dead are its."""
    return any(
        p.veto is None and p.sent in (si - 1, si) and p.sense.event_type in ARMED_VIOLENCE_TYPES
        for p in mentions
    )


def definite_noun(doc: Doc, m: Mention) -> bool:
    """The mention is a noun whose matched form carries the article (الهجوم, والغارة): an act told before."""
    return m.sense.pos == "noun" and _definite(doc.tokens[m.match.tok_start], m.match.strip)


def _definite(tok: Token, strip: int) -> bool:
    """The matched form of the token carries the article (القتلى, والقتلى), read with or without it."""
    form = tok.forms[strip]
    return form.startswith("ال") or tok.norm.endswith("ال" + form)


def _has_needed(doc: Doc, m: Match[TriggerSense], lex: EventLexicon, sent: Segment) -> bool:
    needs = m.payload.needs_nearby
    if not needs:
        return True
    window = m.payload.needs_window
    lo = max(sent.tok_start, m.tok_start - window)
    hi = min(sent.tok_end, m.tok_end + window)
    multiword = m.tok_end - m.tok_start > 1  # "السيطرة على" spells out the word it needs
    # ground is taken "على" a place after the verb: "قصف على مناطق سيطرتهم" names no taking
    after_only = m.payload.role in TERRITORY_ROLES
    if after_only and m.payload.pos == "noun" and _place_named_after(doc, m):
        return True  # "تم تحرير عدن", "تحرير الرمادي": a town named right after the noun is what was taken
    if m.payload.role == "kill" and m.tok_start > 0 and _counted_before(doc, m.tok_start):
        return True  # "بلغت خسائر المقاومة في معركة الجمعة 9 شهداء": the dead, counted
    for hit in lex.needs.find(doc.tokens, lo, hi, overlapping=True):
        if after_only and hit.tok_start < m.tok_end and not multiword:
            continue
        if multiword or hit.tok_start >= m.tok_end or hit.tok_end <= m.tok_start:
            if hit.payload in needs:
                return True
    return False


def _counted_before(doc: Doc, tok: int) -> bool:
    """A number ends right before token ``tok``."""
    start = doc.tokens[tok].start
    return any(0 <= start - n.end <= 1 and not n.vague for n in doc.numbers)


def _attached_to_reference(
    doc: Doc, m: Match[TriggerSense], ci: int, prev: Mention | None, cues: list[CueHit]
) -> bool:
    """The attack a referred-to death happened in (بعد مقتل 32 شخصا جراء تفجير, عقب إصابة جنديين في هجوم) is
    the same referred-to event: a reference spreads over في / جراء / إثر, standing right before the next
    trigger of its clause, to that trigger, and over a relative pronoun right after it (الهجوم الذي أوقع 32
    قتيلا)."""
    if prev is not None and prev.clause == ci - 1 and m.payload.role in HARM_ROLES:
        # "عقب تفجير سروج الاثنين الماضي، والذي أسفر عن مقتل 32 شخصا": a relative clause after the comma
        opens = doc.clauses[prev.sent][ci].tok_start
        return (
            opens - prev.match.tok_end <= _RELATIVE_AFTER_COMMA
            and m.tok_start - opens <= _RELATIVE_AFTER_COMMA
            and any(c.kind == "relative" and c.tok_start == opens for c in cues)
        )
    if prev is None or prev.clause != ci:
        return False
    lo, hi = prev.match.tok_end, m.tok_start
    if not 0 <= hi - lo <= _ATTACH_GAP:
        return False
    if _describing_verb(doc, prev, m, lo, hi):
        return True
    if (
        prev.sense.role in HARM_ROLES
        and m.payload.role in HARM_ROLES
        and hi - lo <= _TOLL_GAP
        and m.tok_start > lo
        and doc.tokens[lo].norm.startswith("و")
    ):
        return True  # "32 قتيلا ومئة جريح": the rest of the referred-to toll
    return any(c.kind == "attach" and lo <= c.tok_start and hi - 1 <= c.tok_end <= hi for c in cues) or any(
        c.kind == "relative"
        and (
            (m.payload.role in HARM_ROLES and c.tok_start == lo)
            or (m.payload.pos == "verb" and lo <= c.tok_start <= lo + _RELATIVE_GAP and c.tok_end == hi)
        )
        for c in cues
    )  # "الهجوم الانتحاري الذي أوقع 32 قتيلا": its toll; "رد على الهجوم الانتحاري الذي استهدف": what it did


_RELATIVE_GAP = 1  # words (an adjective) between a referred-to noun and the relative pronoun after it
_RELATIVE_AFTER_COMMA = 4  # words from a referred-to noun to a comma-set relative, and from it to the toll


# words between a noun and the verb that describes it: adjectives, a place (هجوم انتحاري دام استهدف, سلسلة
# هجمات في كابل أوقعت, أو محاولات إرهابية تستهدف)
_DESCRIBE_GAP = 3
_AND_VERB_GAP = 3  # words between two verbs of one describing clause ("استهدف الأراضي التركية وأودى")


def _describing_verb(doc: Doc, prev: Mention, m: Match[TriggerSense], lo: int, hi: int) -> bool:
    """A verb describing the referred-to act: the clause after an indefinite noun ("بعد أيام على هجوم انتحاري
    دام استهدف الأراضي التركية"), and a verb joined to that one by و ("... وأودى بحياة 32 شخصا")."""
    if m.payload.pos != "verb" or any(t.norm.startswith("و") for t in doc.tokens[lo:hi]):
        return False
    if prev.sense.pos == "verb":
        return doc.tokens[m.tok_start].norm.startswith("و") and hi - lo <= _AND_VERB_GAP
    head = doc.tokens[prev.match.tok_start]
    return hi - lo <= _DESCRIBE_GAP and not any(
        f.startswith("ال") for f in head.forms[: prev.match.strip + 1]
    )


def is_heading(doc: Doc, si: int, stext: str) -> bool:
    """A short line with no closing punctuation, standing alone: a title or section heading, not a report."""
    sent = doc.sentences[si]
    if (
        sent.bullet
        or si == 0
        or sent.tok_end - sent.tok_start > _HEADING_MAX_TOKENS
        or (stext.endswith(_SENT_FINAL) and not stext.endswith(_TITLE_FINAL))
    ):
        return False
    after = doc.text[sent.end : sent.end + 2]
    return after.startswith("\n") or after == ""


# a verb-spelled trigger after these is its verbal noun: في قتل, عن خطف, عمليات خطف (kidnapping operations)
_MASDAR_BEFORE = frozenset(normalise_str(w) for w in ("في", "عن", "عملية", "عمليات"))


_ADOPTED_REACH = (
    6  # tokens from a claim verb to the act it adopts ("تبنت الحركة الانفصالية الكردية الأربعاء قتل")
)


def _masdar(doc: Doc, m: Match[TriggerSense], cues: list[CueHit]) -> Match[TriggerSense]:
    """A one-word verb trigger after في / عن or with ب on it is its verbal noun: "المتورطين في قتل المواطن",
    "بقتل", so it reads as a noun (a reference cue can veto it, its subject is not the next word); so is one
    with no clitic a few words after a claim verb: "وتبنت الحركة الانفصالية الكردية الأربعاء قتل شرطيين"."""
    if m.payload.pos != "verb" or m.tok_end - m.tok_start != 1:
        return m
    tok = doc.tokens[m.tok_start]
    prev = doc.tokens[m.tok_start - 1].norm if m.tok_start > 0 else ""
    bi = tok.norm.startswith("ب") and not m.payload.phrase.startswith("ب")
    adopt = event_lexicon().words["adopt"]
    adopted = tok.forms[m.strip] == tok.norm and any(
        c.kind == "claim"
        and 0 < m.tok_start - c.tok_end <= _ADOPTED_REACH
        and not adopt.isdisjoint(doc.tokens[c.tok_start].forms)
        for c in cues
    )
    if prev not in _MASDAR_BEFORE and not bi and not adopted:
        return m
    return Match(m.tok_start, m.tok_end, m.start, m.end, replace(m.payload, pos="noun"), m.strip)


def _senses_that_hold(
    doc: Doc, found: list[Match[TriggerSense]], lex: EventLexicon, sent: Segment
) -> list[Match[TriggerSense]]:
    """One match per stretch of words (longest first, as the matcher picks), kept only if its needed words are
    there; a sense whose needed words are missing gives way to another sense of the very same words that has
    them: أحرق is a riot near a crowd and property destroyed near unknown gunmen ("أحرق مجهولون أربع سيارات").
    A longer phrase still wins its words over a shorter one inside it, held or not."""
    holds = {m: _has_needed(doc, m, lex, sent) for m in found}
    held = {(m.tok_start, m.tok_end) for m, ok in holds.items() if ok}
    chosen = longest_matches([m for m, ok in holds.items() if ok or (m.tok_start, m.tok_end) not in held])
    return [m for m in chosen if holds[m]]


def find_mentions(doc: Doc) -> tuple[list[Mention], list[list[CueHit]]]:
    """Trigger mentions of every sentence, and the cues of each sentence (for status and attribution)."""
    lex = event_lexicon()
    mentions: list[Mention] = []
    all_cues: list[list[CueHit]] = []
    by_sent: dict[int, list[Match[TriggerSense]]] = {}
    # a sentence so far told a crash, a fire or a disaster (its accident or non-conflict cue)
    crash_told = False
    si = 0
    # every sense of every phrase: a sense whose needed words are missing leaves its span to another sense of
    # the same words (أحرق: a riot near a crowd, property destroyed near unknown gunmen)
    for m in lex.triggers.find(doc.tokens, overlapping=True):
        while si < len(doc.sentences) and doc.sentences[si].tok_end <= m.tok_start:
            si += 1
        if si < len(doc.sentences) and m.tok_end <= doc.sentences[si].tok_end:
            by_sent.setdefault(si, []).append(m)
    for si, sent in enumerate(doc.sentences):
        if si not in by_sent:
            all_cues.append([])
            continue
        cues = sentence_cues(doc, sent, lex)
        all_cues.append(cues)
        stext = doc.view.text[sent.nstart : sent.nend].rstrip()
        question = stext.endswith("؟") and not _quoted_title(stext)
        if is_heading(doc, si, stext) or any(
            c.kind == "tags" and c.tok_start == sent.tok_start for c in cues
        ):
            continue  # a title, or the article's tags (سمات تركيا داعش هجوم)
        clauses = doc.clauses[si]
        # The last mention a reference cue vetoed (بعد مقتل ..., عقب الهجوم ...): what it attaches to follows it.
        referred: Mention | None = None
        last: Mention | None = None
        not_triggers = lex.words["not_triggers"]
        needed = [
            m
            for m in _senses_that_hold(doc, by_sent[si], lex, sent)
            if not _definite_verb(doc, m)
            and not _in_title(doc, m)
            and not _pronoun_not_ta_marbuta(doc, m)
            and doc.tokens[m.tok_start].norm not in not_triggers  # والدهم: 'their father'
        ]
        # a crash told before (a sentence with an accident or a non-conflict cue: traffic, fire, disaster) and no
        # act of violence since
        news_spans: list[tuple[int, int]] = []  # the relative clauses of acts told as news in this sentence
        crash_before = crash_told and not any(p.veto is None for p in mentions)
        accident = _accident(doc, cues, {m.payload.role for m in needed}, crash_before)
        crash_told = crash_told or accident or any(c.kind == "non_conflict" for c in cues)
        for m in needed:
            m = _masdar(doc, m, cues)
            ci = _clause_of(clauses, m.tok_start)
            clause = clauses[ci] if clauses else sent
            news = _told_as_new(doc, m)
            new = news or (
                m.payload.role in HARM_ROLES and any(lo <= m.tok_start < hi for lo, hi in news_spans)
            )
            veto = "question" if question else _veto(doc, m, cues, lex, clause, accident, new)
            if (
                veto is None
                and any(p.veto is None and p.sent < si for p in mentions)
                and _dead_told(doc, m, clause, needed)
            ):
                # "وقال إن معظم القتلى قضوا داخل منازلهم": the dead told before, no new toll
                veto = "reference"
            attached = veto is None and _attached_to_reference(doc, m, ci, referred, cues)
            if veto is None and (attached or _definite_generic(doc, m)):
                veto = "reference"
            if (
                veto is None
                and last is not None
                and last.veto
                and (_listed_after(doc, last, m, ci, cues) or _referred_pair(doc, last, m))
            ):
                # "إيقاف استهداف عدن بصواريخ الكاتيوشا وقذائف المدفعية": the whole list is stopped
                veto = last.veto
            if veto is None and last is not None and _defused_object(doc, last, m, ci):
                veto = "object"  # "تفكيك 35 عبوة ناسفة": the device defused, no explosion
            if veto is None and last is not None and _foiled_attack(last, m, ci):
                if _plotted(doc, last, m):
                    # "أحبطت الشرطة هجوما إرهابيا كان يستهدف مسجدا": foiled before it was made
                    veto = "object"
                else:
                    # "أحبطت المقاومة هجوما شنه مسلحون حوثيون": an attack made and fought off, one clash
                    mentions[-1] = last = replace(last, veto="object")
            if veto is None and _who_the_dead_were(doc, m) and not _told_before(mentions, si):
                veto = "reference"  # "بأن القتلى هم 13 رجلا" after a bus crash: the dead of no incident told
            if veto is None and _among_the_counted(doc, m):
                veto = "object"  # "القضاء على 10 إرهابيين بينهم انتحاري": a bomber among the dead, no blast
            if veto == "reference" and _cause_of_harm(doc, m, mentions, si, ci, cues):
                veto = None  # "لقي ضابط ومجند مصرعهما إثر انفجار عبوة ناسفة": the cause of the deaths told
            mention = Mention(si, ci, m, veto, m.payload.generic_plural, news)
            if veto is None and news:
                # "ندد بالهجوم الذي أوقع أمس 30 قتيلا": the act is news, and so is the toll its relative clause tells
                news_spans.append((m.tok_end, min(clause.tok_end, m.tok_end + _NEW_REACH)))
            if attached or (veto == "reference" and not _possessive_noun(doc, m)):
                referred = mention
            elif veto is None:
                referred = None
            mentions.append(mention)
            last = mention
    return mentions, all_cues


def _cause_of_harm(
    doc: Doc, m: Match[TriggerSense], mentions: list[Mention], si: int, ci: int, cues: list[CueHit]
) -> bool:
    """A noun trigger right after an attach word (إثر, جراء, عقب: "as a result of"), a series word at most
    between (إثر سلسلة انفجارات) or a fall (إثر سقوط قذيفة), names the cause of a death or wound reported earlier in
    its clause, or in the clause before when the attach word opens its own ("قتل 9 أشخاص أمس، إثر سقوط صاروخ"), not an
    earlier event: "أصيب ثلاثة مجندين إثر انفجار عبوة ناسفة"."""
    start = m.tok_start
    words = event_lexicon().words
    if start > 0 and (
        doc.tokens[start - 1].norm in words["series"] or doc.tokens[start - 1].norm in words["fell"]
    ):
        start -= 1  # "إثر سلسلة انفجارات", "إثر سقوط قذيفة"
    attach = [c for c in cues if c.kind == "attach" and c.tok_end == start]
    if m.payload.pos != "noun" or not attach:
        return False
    # "قتل 9 أشخاص أمس، إثر سقوط صاروخ": the cause set off by a comma is the harm's of the clause before, when
    # that clause tells only a harm and the word says cause, not time ("في كمين ...، عقب غارة": two acts)
    opens = (
        ci > 0
        and any(c.tok_start == doc.clauses[si][ci].tok_start and _causal(doc, c) for c in attach)
        and all(p.sense.role in HARM_ROLES for p in mentions if p.sent == si and p.clause == ci - 1)
    )
    # "هزت انفجارات المدينة عقب غارات شنتها مقاتلات التحالف": the strikes caused the blasts heard
    bare = event_lexicon().words["bare_blasts"] if m.payload.role == "airstrike" else frozenset()
    return any(
        p.sent == si
        and (p.clause == ci or (opens and p.clause == ci - 1))
        and p.veto is None
        and (p.sense.role in HARM_ROLES or p.sense.phrase in bare)
        for p in mentions
    )


_CAUSAL = frozenset(normalise_str(w) for w in ("إثر", "اثر", "جراء", "بسبب", "نتيجة", "بفعل"))


def _causal(doc: Doc, c: CueHit) -> bool:
    """The attach cue says cause (إثر, جراء), not only time (عقب, بعد)."""
    return any(doc.tokens[k].norm in _CAUSAL for k in range(c.tok_start, c.tok_end))


_OBJECT_GAP = 2  # tokens between a defusing and the device it names: a count (تفكيك 35 عبوة ناسفة)
_OBJECT_GAP_VERB = 4  # after a defusing verb: its subject too (ضبطت دوريات الأمن قنابل)
_DEVICE_ROLES = frozenset({"ied", "grenade", "chemical", "shelling"})  # what can be defused or seized


def _defused_object(doc: Doc, prev: Mention, m: Match[TriggerSense], ci: int) -> bool:
    """A weapon noun right after a defusing or seizure in its clause, a count at most between them, is the
    thing defused or seized (تفكيك 35 عبوة ناسفة, ضبط قنابل يدوية): no weapon was used."""
    if prev.sense.role != "defuse" or prev.veto is not None or prev.clause != ci or m.payload.pos != "noun":
        return False
    if m.payload.role not in _DEVICE_ROLES:
        return False  # "إحباط هجوم": a foiled attack was fought off, told as a clash
    gap = doc.tokens[prev.match.tok_end : m.tok_start]
    if prev.sense.pos == "verb":
        return len(gap) <= _OBJECT_GAP_VERB  # "أبطلت الشرطة مفعول عبوة ناسفة": the subject may stand between
    counts = event_lexicon().words["counts"]
    return len(gap) <= _OBJECT_GAP and all(t.norm[0].isdigit() or t.norm in counts for t in gap)


_ATTACK_ROLES = frozenset({"clash", "attack"})  # what a foiling verb foils (أحبط هجوما, أحبطت عملية)


def _foiled_attack(prev: Mention, m: Match[TriggerSense], ci: int) -> bool:
    """An attack noun right after a foiling verb or noun in its clause, the verb's subject at most between
    (أحبطت قوات الأمن أمس هجوما, إحباط هجوم): one incident, told by two triggers."""
    return (
        prev.sense.role == "defuse"
        and prev.veto is None
        and prev.clause == ci
        and m.payload.pos == "noun"
        and m.payload.role in _ATTACK_ROLES
        and m.tok_start - prev.match.tok_end <= _OBJECT_GAP_VERB
    )


_PLOT_REACH = 3  # words after a foiled attack noun that may tell it was a plot (هجوما إرهابيا كان يستهدف)


def _plotted(doc: Doc, foiled: Mention, m: Match[TriggerSense]) -> bool:
    """A foiled attack told as a plot, terrorist or still aimed (عملية إرهابية, هجوما كان يستهدف, إحباط محاولة
    لداعش كانت تستهدف): foiled before it was made. Otherwise (أحبطت المقاومة هجوما شنه مسلحون, هجوما لداعش على
    حاجز) it was made and fought off."""
    words = event_lexicon().words["plotted"]
    told = doc.tokens[foiled.match.tok_end : m.tok_end + _PLOT_REACH]
    return any(not words.isdisjoint(t.forms) for t in told)


def _describes(doc: Doc, prev: Mention, m: Match[TriggerSense], ci: int, gap: int) -> bool:
    """An imperfect verb right after a noun trigger (three words at most between, none opening with و) describes
    it, an indefinite noun's relative clause: "لمواجهة أية عمليات أو محاولات إرهابية تستهدف أمنها" (after an
    indefinite noun told as an earlier event a perfect verb does too: :func:`_describing_verb`)."""
    if (
        prev.clause != ci
        or prev.sense.pos != "noun"
        or m.payload.pos != "verb"
        or not 0 <= gap <= _DESCRIBE_GAP
    ):
        return False
    verb = doc.tokens[m.tok_start].norm
    return verb.startswith(("ي", "ت")) and all(
        not t.norm.startswith(("و", "ف")) for t in doc.tokens[m.tok_start - gap : m.tok_start + 1]
    )


_PAIR_GAP = 5  # words between a referred-to noun and the act joined to it by و ("بعد الهجوم ... وسيطرته")


def _referred_pair(doc: Doc, prev: Mention, m: Match[TriggerSense]) -> bool:
    """``m`` opens with و a few words after a noun an earlier-event cue vetoed, none of them opening with و:
    "بعد الهجوم الواسع للتنظيم العام الماضي، وسيطرته على مناطق": the control is the same past told.  After a
    comma, or when ``m`` may be a verb, only a noun with a pronoun suffix is joined: "بعد معارك ضارية، وقصف
    طيران التحالف أمس مواقع" opens a new clause (and the coalition bombed), "وقصفت تجمعات" is a verb."""
    gap = m.tok_start - prev.match.tok_end
    if prev.veto != "reference" or prev.sense.pos != "noun" or not 0 <= gap <= _PAIR_GAP:
        return False
    if not _prefix(doc, m).startswith("و") or _possessive_noun(doc, prev.match):
        return False
    word = doc.tokens[m.tok_start].norm
    owned = len(word) > 4 and word.endswith(_PRONOUN_SUFFIXES)  # وسيطرته, واستعادتها
    comma = any(
        c in doc.view.text[doc.tokens[prev.match.tok_end - 1].nend : doc.tokens[m.tok_start].nstart]
        for c in "،,"
    )
    if (comma or m.payload.pos == "verb") and not owned:
        return False
    between = doc.tokens[prev.match.tok_end : m.tok_start]
    return not any(t.norm.startswith(("و", "ف")) or opens_clause(t.norm) for t in between)


def _listed_after(doc: Doc, prev: Mention, m: Match[TriggerSense], ci: int, cues: list[CueHit]) -> bool:
    """``m`` is the next item of a list that ``prev`` heads (same clause, joined by و right after it), a noun
    in construct right after it (قذائف المدفعية), or the means of it (يخططون لارتكاب اعتداءات … من خلال استهداف
    مواقع سياحية: the targeting is the plan's too)."""
    gap = m.tok_start - prev.match.tok_end
    if prev.clause == ci and any(c.kind == "means" and c.tok_end == m.tok_start for c in cues):
        return gap >= 0
    if _describes(doc, prev, m, ci, gap):
        return True
    if prev.clause != ci or not 0 <= gap <= _LIST_GAP:
        return False
    if gap == 0 and prev.sense.pos == "noun" and m.payload.pos == "noun":
        return True
    return doc.tokens[m.tok_start - gap].norm.startswith("و")
