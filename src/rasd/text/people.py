"""Counting people after a casualty trigger: ``حارسًا و 11 جنديًا`` = 12.

Built on the number scanner of :mod:`rasd.text.numbers` and its person-noun lexicon (``lexicons/numbers.json``).
Coordinated groups are summed; a subset (بينهم، منهم) is not added; a group of another role
(``11 قتيلا و20 جريحا``) ends the count.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from rasd.doc import Doc, EntityMention, NumberMention
from rasd.text.dates import in_date
from rasd.text.numbers import _adjacent, _bare, _Item, _noun, _scan, hedge_after_end, lexicon
from rasd.text.segment import Token, attached, written_bare


class _Group(NamedTuple):
    ts: int
    te: int
    nstart: int
    nend: int
    value: int | None
    vague: bool
    high: int | None
    role: str | None
    conj: bool


@cache
def _hedge_heads() -> frozenset[str]:
    """First words of the hedges that may stand before a figure (أكثر من, نحو, حوالي), normalised."""
    return frozenset(h[0] for h in lexicon().hedges_before if h)


def _group(doc: Doc, k: int, hi: int, items: dict[int, _Item]) -> _Group | None:
    """A counted group starting at token ``k``: a number with its noun, or a person noun alone."""
    tokens = doc.tokens
    it = items.get(k)
    if (
        it is not None
        and (it.year or _clock_or_year(doc.view.text[it.nstart : it.nend]))
        and not (it.te < hi and _noun(tokens[it.te].norm) is not None)
    ):
        return None  # "قتل في الرياض في فبراير 2004", "عند الساعة 02.17": a date or a time ("2076 مقاتلا" counts)
    if it is not None and in_date(doc, doc.view.orig(it.nstart), doc.view.orig_end(it.nend)):
        return None  # "استشهد يوم 2015/8/8": a day of a date, no count
    if it is not None:
        j, role = it.te, None
        if j < hi and tokens[j].norm in lexicon().not_before:
            return None  # قتل في 8 يوليو, 20 كم, أصابت خمس وحدات
        if _after_age_word(tokens, k):
            return None  # أطفال دون سن الـ 18: an age
        if it.vague and k > 0 and tokens[k - 1].norm in lexicon().not_before:
            return None  # "أصابت الغارات أهدافا عدة": a vague number after a thing counts the thing
        if j + 1 < hi and _bare(tokens[j].norm) == "من" and _noun(tokens[j + 1].norm):
            j += 1
        after_noun = _noun(tokens[j].norm) if j < hi else None
        end = it.nend
        if after_noun is not None and not after_noun[1]:
            role, end, j = after_noun[0].role, tokens[j].nend, j + 1
        else:
            j = it.te
        return _Group(
            k, j, it.nstart, end, it.value, it.vague, it.high, role, it.conj or _and_one_of(doc, tokens[k])
        )
    norm = tokens[k].norm
    joined = _and_one_of(doc, tokens[k])  # "قائد عسكري وأحد العناصر": and one of
    if (
        (norm in lexicon().one_of or joined) and k + 1 < hi and _owned_noun(tokens[k + 1])
    ):  # أحد مسلحي التنظيم
        return _Group(k, k + 2, tokens[k].nstart, tokens[k + 1].nend, 1, False, None, None, joined)
    hit = _noun(norm)
    if hit is None:
        return None
    noun, conj = hit
    j = k + 1
    if j + 1 < hi and _nisba(tokens[j].norm) and items.get(j + 1) is not None:
        j += 1  # عسكريين تركيين اثنين: the number after the noun's adjective
    after = items.get(j)
    if (
        after is not None
        and not (after.conj or after.vague or after.year)
        and after.high is None
        and _adjacent(tokens, doc.view.text, j - 1, j)
        and not _and_one_of(doc, tokens[j])
    ):  # جنديين اثنين (not "جندي وأحد المسلحين": a soldier and one of the gunmen)
        return _Group(k, after.te, tokens[k].nstart, after.nend, after.value, False, None, noun.role, conj)
    return _Group(k, k + 1, tokens[k].nstart, tokens[k].nend, noun.count, False, None, noun.role, conj)


def _doer_before_count(doc: Doc, g: _Group, hi: int, items: dict[int, _Item]) -> bool:
    """A definite plural person noun right before a counted group: the verb's subject, then its object
    ("قتل المتمردون جنديين"), not the victims ("مقتل الجنود" has no figure, and nothing counted follows)."""
    if not doc.tokens[g.ts].norm.startswith("ال") or g.te >= hi:
        return False
    nxt = _group(doc, g.te, hi, items)
    return nxt is not None and nxt.value is not None


def _date_or_doer(doc: Doc, tok: Token) -> bool:
    """The token lies in a date or an actor mention: what may stand between a verb and its object."""
    return in_date(doc, tok.start, tok.end) or any(
        a.start <= tok.start and tok.end <= a.end for a in doc.actors
    )


def _adjective_noun(cand: _Group, before: _Group, items: dict[int, _Item]) -> bool:
    """A lone singular person noun right after a singular group, with no و: its adjective (قائد عسكري)."""
    return (
        not cand.conj
        and cand.value == 1
        and before.value == 1
        and cand.te - cand.ts == 1
        and cand.ts not in items
        and before.te == cand.ts
    )


_HAMZA_ALEFS = ("أ", "إ")


def _and_one_of(doc: Doc, tok: Token) -> bool:
    """و + the lexicon's 'one of' (أحد, إحدى) written with its hamza ("وأحد العناصر": and one of), not the
    numeral واحد ('one'), which normalises to the same letters."""
    return (
        tok.norm[:1] == "و"
        and tok.norm[1:] in lexicon().one_of
        and written_bare(doc.text, tok)[:1] in _HAMZA_ALEFS
    )


def _after_age_word(tokens: list[Token], k: int) -> bool:
    """The number at token ``k`` follows an age word (سن, بعمر), maybe with a detached الـ between."""
    b = k - 1
    if b >= 0 and tokens[b].norm == "ال":
        b -= 1
    return b >= 0 and tokens[b].norm in lexicon().not_after


_CLOCK = re.compile(r"[0-9]+[.:][0-9]{2}")
_YEAR = re.compile(r"(19|20)[0-9]{2}")


def _clock_or_year(text: str) -> bool:
    """A clock time (02.17, 10:30) or a year (2004) written in digits."""
    return bool(_CLOCK.fullmatch(text) or _YEAR.fullmatch(text))


def _owned_noun(tok: Token) -> bool:
    """A person noun, also with a possessive ending: مقاتليها (the token's forms strip -ها, -هم, -هما) or جنوده
    (the forms keep a final ه, mostly a ta marbuta; after أحد it is the pronoun 'his')."""
    if any(_noun(f) is not None for f in tok.forms):
        return True
    return tok.norm.endswith("ه") and _noun(tok.norm[:-1]) is not None


def _nisba(norm: str) -> bool:
    """An adjective of origin in the oblique plural or dual (تركيين, عراقيين, سوريين), not a person noun."""
    return norm.endswith("يين") and len(norm) > 5 and _noun(norm) is None


def _clause_end(doc: Doc, tok: int) -> int:
    """The end of the clause of token ``tok``, run on over a comma when the next clause goes on counting with و
    and a number ("لقي 22 من رجال الأمن، و6 مواطنين مصرعهم")."""
    for clauses in doc.clauses:
        for i, c in enumerate(clauses):
            if c.tok_start <= tok < c.tok_end:
                end = c.tok_end
                for nxt in clauses[i + 1 :]:
                    if not _counts_on(doc, nxt.tok_start, nxt.tok_end):
                        break
                    end = nxt.tok_end
                return end
    return len(doc.tokens)


def _counts_on(doc: Doc, lo: int, hi: int) -> bool:
    """The clause ``[lo, hi)`` opens with a figure joined by و ("، و6 مواطنين", "، وستة مواطنين"), as the numbers
    stage reads it."""
    items = _scan(doc, lo, hi)
    return bool(items) and items[0].conj and items[0].ts <= lo + 1


def _person_from(doc: Doc, lo: int, hi: int) -> EntityMention | None:
    """The first person's name (a PER entity of the tagger) that starts between original offsets ``lo`` and
    ``hi``."""
    return next((e for e in doc.entities if e.type == "PER" and lo <= e.start <= hi), None)


def _name_in(doc: Doc, lo: int, hi: int) -> tuple[int, int, int, int] | None:
    """Token and normalised-text bounds of a person's name within tokens ``[lo, hi)``."""
    b = doc.tokens[hi - 1].end
    e = _person_from(doc, doc.tokens[lo].start, b)
    if e is None or e.end > b:
        return None
    ts, te = doc.token_at(e.start), doc.token_at(e.end - 1) + 1
    return ts, te, doc.tokens[ts].nstart, doc.tokens[te - 1].nend


_IN_FORCE = frozenset({"في", "من"})  # normalised: the word before the force a counted man serves in


def _past_force(doc: Doc, k: int, hi: int) -> int:
    """The token after a force named with في or من within the modifiers after token ``k`` ("ضابط بارز في الحرس
    الثوري الإيراني"), or ``k`` when none is."""
    for j in range(k, min(k + _MAX_MODIFIERS + 1, hi - 1)):
        if doc.tokens[j].norm.startswith("و"):
            return k  # "جندي تركي وآخر من تنظيم داعش": one more man, not his force
        if doc.tokens[j].norm in _IN_FORCE:
            start = doc.tokens[j + 1].start
            a = next((a for a in doc.actors if a.start == start), None)
            if a is not None:
                return min(hi, doc.token_at(a.end - 1) + 1)
            return k
    return k


def _past_name(doc: Doc, k: int, hi: int) -> int:
    """The token after a person's name that starts within the modifiers after token ``k``, or ``k`` when none
    does."""
    e = _person_from(doc, doc.tokens[k].start, doc.tokens[min(k + _MAX_MODIFIERS, hi - 1)].start)
    return k if e is None else min(hi, doc.token_at(e.end - 1) + 1)


def _ends_phrase(doc: Doc, k: int, hi: int) -> bool:
    """Token ``k`` opens no genitive of the word before it: the end of the clause, a word with a proclitic
    (بجروح, وقتل), a preposition, or a comma between ("آخر جيوب المتمردين" is 'the last of', "وأصيب آخر
    بجروح" one more)."""
    if k >= hi:
        return True
    tok = doc.tokens[k]
    gap = doc.view.text[doc.tokens[k - 1].nend : tok.nstart]
    return tok.norm in lexicon().stops or attached(tok, _PROCLITICS) or any(c in gap for c in "،,.")


_PROCLITICS = ("و", "ف", "ب", "ل")
_AGAINST_REACH = 4  # words (whose side: من قوات النظام) between a group and the مقابل of the other side's


def _against(doc: Doc, k: int, hi: int, items: dict[int, _Item]) -> _Group | None:
    """The other side's group after مقابل ("مصرع 17 عنصرا من قوات النظام مقابل 19 من الفصائل"): both sides'
    dead are the incident's toll, as ACLED counts it."""
    lex = lexicon()
    for m in range(k, min(k + _AGAINST_REACH + 1, hi - 1)):
        norm = doc.tokens[m].norm
        if norm in lex.against:
            g = _group(doc, m + 1, hi, items)
            return g._replace(conj=True) if g is not None else None
        if (
            norm in lex.stops
            or norm in lex.breaks
            or _bare(norm) in lex.subset
            or attached(doc.tokens[m], ("و",))
        ):
            return None
    return None


# tokens allowed between the trigger and the first group (قتل خلال المواجهات في منطقة التواهي 28 شخصا)
_MAX_LEAD = 5
_MAX_MODIFIERS = 2  # tokens allowed between two groups (حارسا عراقيا و 11 جنديا)


def count_people(doc: Doc, tok_start: int, tok_end: int) -> NumberMention | None:
    """The number of people named in tokens [tok_start, tok_end) that follow a casualty trigger.

    Coordinated groups are summed (``حارسًا و 11 جنديًا`` = 12; a singular person noun counts 1, a dual 2);
    a range sums its bounds into ``high``; vague groups make the total vague.  The count stops at the end of
    the clause, at a word that introduces a subset (``بينهم طفلان`` is not added), at a stop word (a
    preposition, a relative), at a group whose role differs from the first one (``11 قتيلا و20 جريحا`` counts
    the dead only), and at any word that is not a number, a person noun or one of two modifiers between
    groups: a verb ends the phrase that way.  Up to two words may stand between the trigger and the first
    group (``قتل في الهجوم 5 أشخاص``), none of them opening with و (``قتلوا وأصيب اثنان`` counts nothing).
    A plural with no numeral (``قتل جنود``) has no figure: None, and neither has a singular person noun after
    those words unless it is definite (``قتلا في هجوم مسلح``: an adjective; ``ذبح المصور الصحافي``: one) or the
    words are only a date or the doer (``قتل أمس جندي``, ``أعدم داعش رجلا``: one); a doer that is itself a
    plural person noun is passed over (``قتل المتمردون جنديين``: two).
    """
    lex = lexicon()
    tokens = doc.tokens
    hi = min(tok_end, _clause_end(doc, tok_start), len(tokens))
    if tok_start >= hi:
        return None
    items = {it.ts: it for it in _scan(doc, tok_start, hi)}
    groups: list[_Group] = []
    k = tok_start
    lead = 0
    named: tuple[int, int, int, int] | None = None
    if tokens[k].norm in lex.one_of_them or (tokens[k].norm in lex.one_more and _ends_phrase(doc, k + 1, hi)):
        # "مقتل أحدهما وإصابة الآخر": one of those told before; "قتل شرطي وأصيب آخر": one more
        t = tokens[k]
        return NumberMention(t.start, t.end, doc.text[t.start : t.end], 1)
    while k < hi and not groups:
        g = _group(doc, k, hi, items)
        if (
            g is not None
            and g.value is None
            and lead < _MAX_LEAD
            and (_date_or_doer(doc, tokens[k]) or _doer_before_count(doc, g, hi, items))
        ):
            # "قتل المتمردون جنديين": the doer, a plural person noun with no figure, stands before the victims
            lead += g.te - k
            k = g.te
            continue
        if g is not None:
            named = _name_in(doc, tok_start, k) if g.conj and lead else None
            groups.append(g)
            k = g.te
            break
        norm = tokens[k].norm
        if (
            lead >= _MAX_LEAD
            or _bare(norm) in lex.subset
            or norm in lex.breaks
            or (norm[0] == "و" and norm not in lex.stops)
        ):
            return None  # a word with و opens a new clause: قتلوا وأصيب اثنان
        lead += 1
        k += 1
    if not groups or groups[0].value is None:
        return None
    if (
        lead
        and not all(_date_or_doer(doc, tokens[j]) for j in range(tok_start, groups[0].ts))
        and groups[0].ts not in items
        and groups[0].value == 1
        and not any(f.startswith("ال") for f in tokens[groups[0].ts].forms)  # ذبح المصور الصحافي counts
    ):
        # after other words (not a date or the doer: "قتل أمس جندي", "أعدم داعش رجلا") a lone indefinite singular
        # is an adjective: قتلا في هجوم
        return None
    if named is not None:
        # "قتل الشيخ محمد علي وثلاثة من أبنائه": the named man, and the three with him
        groups.insert(0, _Group(*named, 1, False, None, groups[0].role, False))
    while k < hi:
        nxt: _Group | None = None
        if len(groups) == 1 and groups[0].value == 1:
            k = _past_name(doc, k, hi)  # "القيادي الحوثي أحمد مهدي و3 من مرافقيه": his name, then his men
            k = _past_force(doc, k, hi)  # "ضابط في الجيش السوري وثلاثة جنود": his force, then the others
        k = hedge_after_end(tokens, k, hi)  # "39 متمردا على الأقل و17 مقاتلا": the hedge is the first group's
        hedged = False  # "170 سنيا واكثر من 60 مسيحيا": و on a hedge joins the group after it
        for m in range(k, min(k + _MAX_MODIFIERS + 1, hi)):
            norm = tokens[m].norm
            if attached(tokens[m], ("و",)) and _bare(norm) in _hedge_heads():
                hedged = True  # (the figure's item starts on this token: "واكثر من 60")
            if norm in lex.stops or norm in lex.breaks or _bare(norm) in lex.subset:
                break
            if norm == "و" and m + 1 < hi:
                nxt = _group(doc, m + 1, hi, items)
                if nxt is not None:
                    nxt = nxt._replace(conj=True)
                break
            if attached(tokens[m], ("و",)) and _bare(norm) in lex.one_more:
                # "قتل جندي تركي وآخر من تنظيم داعش": one more, of whatever side
                t = tokens[m]
                nxt = _Group(m, m + 1, t.nstart, t.nend, 1, False, None, groups[0].role, True)
                break
            cand = _group(doc, m, hi, items)
            if cand is not None and m == k and _adjective_noun(cand, groups[-1], items):
                continue  # "قائد عسكري وأحد العناصر": عسكري describes the commander, the count goes on after it
            if cand is not None:
                nxt = cand._replace(conj=True) if hedged else cand
                break
        if nxt is None or not nxt.conj:
            nxt = _against(doc, k, hi, items) or nxt
        if nxt is None or not nxt.conj or nxt.value is None or nxt.role != groups[0].role:
            break
        groups.append(nxt)
        k = nxt.te
    value = sum(g.value or 0 for g in groups)
    ranged = any(g.high is not None for g in groups)
    high = sum(g.high if g.high is not None else (g.value or 0) for g in groups) if ranged else None
    start, end = doc.view.orig(groups[0].nstart), doc.view.orig_end(groups[-1].nend)
    return NumberMention(start, end, doc.text[start:end], value, any(g.vague for g in groups), high)
