"""One event per place: an incident told of a list of places ("ونظمت تجمعات أخرى الأحد في العاصمة كانبيرا وبيرث
وهوبارت", "اشتباكات بين فصائل طالبان في كل من منطقة تورا بورا وولاية هلمند") is one event in each, as ACLED codes
one event per location and day.

Only a reported incident is split, only over places of its own clause joined as a list (by و or a comma, with
cue words such as مدينة or ولاية between), never over a country, a region that holds another of them, a place
that locates the one before it (ب: "لودر بمحافظة أبين"), or the two ends of a span ("بين حلب وإدلب", "من عدن
إلى لحج"). A toll told once for the whole list stays with the place the incident was coded at: it is not shared
out by guess.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.doc import Doc, PlaceMention
from rasd.events.coref import same_place
from rasd.events.incident import Incident
from rasd.events.link import within
from rasd.geo.gazetteer import geo_lexicon
from rasd.text.segment import attached

_BRACKETED = re.compile(r"\([^()]*\)")  # a run in brackets of its own: "(جنوب)"
_SAME_KM = 15.0  # places this close are one place named twice (صنعاء, أمانة العاصمة)
_SPECIFIC = frozenset({"city", "district", "facility", "admin2"})
_AT_CAPITAL = frozenset({"district", "admin2"})  # records coded at their province's capital


def _joined(doc: Doc, a: PlaceMention, b: PlaceMention, acts: frozenset[str] = frozenset()) -> bool:
    """``b`` follows ``a`` in one list: only glue or cue words between, or a count of the act told again
    ("خمس غارات قرب الموصل وثلاث غارات قرب الرمادي", ``acts``: the normalised act nouns of the incident), and
    joined by و or a comma."""
    if b.start <= a.end:
        return False
    between = doc.text[a.end : b.start]
    if any(ch in between for ch in ".؟?!:؛;\n"):
        return False
    lo, hi = doc.token_at(a.end - 1) + 1, doc.token_at(b.start)
    # "في أضنة (جنوب) وقونية (وسط)": a word in brackets after a place says where it lies, no break in the list
    brackets = [(a.end + g.start(), a.end + g.end()) for g in _BRACKETED.finditer(between)]
    words = [t for t in doc.tokens[lo:hi] if not any(s < t.start < e for s, e in brackets)]
    lex = geo_lexicon()
    if not all(
        t.norm in lex.list_glue
        or not lex.cue_forms.isdisjoint(t.forms)
        or not acts.isdisjoint(t.forms)
        or t.norm == "و"
        or any(n.start < t.end and t.start < n.end for n in doc.numbers)
        for t in words
    ):
        return False
    first = words[0] if words else doc.tokens[hi]
    if attached(first, ("ب",)):
        return False  # "لودر بمحافظة أبين": the region that locates the town, not another place
    return "،" in between or "," in between or attached(first, ("و",)) or first.norm == "و"


def _led(doc: Doc, first: PlaceMention, floor: int) -> bool:
    """A locative (في, قرب, منها ...) leads the list, cue words (مدن, محافظتي, كل من) at most between, or the
    locative ب is on the first place or its cue word (بالعاصمة صنعاء ومدينة مأرب, بريفي إدلب وحلب)."""
    lex = geo_lexicon()
    j = doc.token_at(first.start)
    if attached(doc.tokens[j], ("ب",)) or doc.tokens[j].norm in lex.list_leads:
        return True  # "غارات قرب كركوك والفلوجة": the first place's own span opens with the locative
    j -= 1
    while j >= floor and (
        not lex.cue_forms.isdisjoint(doc.tokens[j].forms) or doc.tokens[j].norm in lex.list_picks
    ):
        if attached(doc.tokens[j], ("ب",)):
            return True
        j -= 1
    return j >= floor and doc.tokens[j].norm in lex.list_leads


def listed_places(doc: Doc, inc: Incident, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of the list ``inc.place`` stands in, in text order (``inc.place`` among them), or [] when it
    stands in none."""
    p = inc.place
    if p is None or inc.place_inherited or p.feature not in _SPECIFIC or inc.status != "reported":
        return []
    si = doc.sentence_of(doc.token_at(p.start))
    clause = next((c for c in doc.clauses[si] if c.start <= p.start < c.end), None)
    if clause is None:
        return []
    own = sorted(
        (q for q in places if clause.start <= q.start and q.end <= clause.end and q.feature in _SPECIFIC),
        key=lambda q: q.start,
    )
    if p not in own:
        return []
    k = own.index(p)
    lo = hi = k
    acts = frozenset(
        f for m in inc.mentions if m.sense.pos == "noun" for f in doc.tokens[m.match.tok_start].forms
    )
    while lo > 0 and _joined(doc, own[lo - 1], own[lo], acts):
        lo -= 1
    while hi + 1 < len(own) and _joined(doc, own[hi], own[hi + 1], acts):
        hi += 1
    listed = own[lo : hi + 1]
    if len(listed) < 2 or not _led(doc, listed[0], clause.tok_start):
        return []  # "بين حلب وإدلب": a span between two places, one front; "جبهات عدن ولحج": no locative
    if len({q.country_code for q in listed}) > 1:
        return []  # places of two countries (a border told by its two sides)
    # "وسط العاصمة صنعاء": the city and its governorate, one place; in a longer list ("قرب مدن الحبانية ...
    # والرمادي") a district coded at its province's capital is that capital named again, not a reason to drop
    # the list
    kept: list[PlaceMention] = []
    for q in listed:
        if not any(_one_place(q, k) for k in kept) or q is p:
            kept = [k for k in kept if not (q is p and _one_place(q, k))] + [q]
    return kept if len(kept) >= 2 else []


def _one_place(a: PlaceMention, b: PlaceMention) -> bool:
    """One place named twice: the same place, or two with coordinates of their own this close (a district
    record sits at its province's capital, so its distance says nothing)."""
    own = a.feature not in _AT_CAPITAL and b.feature not in _AT_CAPITAL
    return same_place(a, b) or (own and within(a, b, _SAME_KM))


def one_per_place(doc: Doc, incidents: list[Incident], places: list[PlaceMention]) -> list[Incident]:
    """Each incident, and after it a copy (no toll) for every other place of the list its place stands in."""
    out: list[Incident] = []
    for inc in incidents:
        listed = listed_places(doc, inc, places)
        if not listed:
            out.append(inc)
            continue
        out.append(inc)
        out.extend(
            replace(
                inc, place=q, fatalities=None, injured=None, abducted=None, implied_toll=False, listed=True
            )
            for q in listed
            if q is not inc.place
        )
    return out
