"""Numbers: digits and number words become :class:`NumberMention` records; people are counted after triggers.

Reads ``doc.tokens`` and ``doc.view``; fills ``doc.numbers`` (sorted by start, offsets into the original text).

- Digits of any script (the view maps ٠-٩ ۰-۹ to ASCII), with thousands separators (``1,200``, ``1.200``,
  ``١٬٢٠٠``) or a decimal part (``2.5``), glued to clitics or units (``و11``, ``بـ20 كم``).
- Number words, masculine and feminine, with clitics (و ف ب ل ال), joined into compounds the way Arabic
  writes them: units before tens (``خمسة وعشرين`` = 25), hundreds and scales first (``ثلاثمائة واثنان
  وأربعون`` = 342, ``ألف ومئتان`` = 1200), a number times a scale (``3 آلاف``, ``2.5 مليون``, ``عشرين ألفا``).
  Two numbers that do not form a grammatical compound stay apart (``بين خمسة وعشرة`` is a range).
- Ranges (``بين 7 و10``, ``من 5 إلى 8``, ``7-10``, ``7 أو 8``): ``value`` is the lowest, ``high`` the highest.
- Vague quantities, ACLED's way (``vague=True``): عشرات/بضعة/عدة/عدد من = 10, مئات = 100, آلاف = 1000.
- Hedges (``نحو``, ``أكثر من``, ``ما لا يقل عن`` …) widen the span but leave the value alone.
- Not counts: percentages (``30%``, ``30 في المئة``) and ordinals glued to the article (``الـ20``) are dropped;
  a year (4 digits, 1900-2100) is kept as a plain number but never scaled or put in a range after a year cue.

The word lists live in ``lexicons/numbers.json``.  Number words are looked up with their own clitic analysis
rather than ``Token.forms``: a compound needs to know whether a word carries the conjunction و, and suffix
stripping would turn ``ثلاثي`` (tripartite) into ``ثلاث``.

:func:`count_people` sums the people named after a casualty trigger (``حارسًا و 11 جنديًا`` = 12).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from rasd.doc import Doc, NumberMention
from rasd.lexicons import load_json
from rasd.text.match import phrase_tokens
from rasd.text.normalise import charmap, normalise_str
from rasd.text.segment import Token

# Term kinds.
UNIT, TEN, TEEN_HEAD, HUNDRED, SCALE, SCALE_DUAL, SCALE_PL, VAGUE_MULT, VAGUE_SEV, DIGIT = range(10)


@dataclass(frozen=True, slots=True)
class Word:
    kind: int
    value: int


@dataclass(frozen=True, slots=True)
class Noun:
    count: int | None  # 1 singular, 2 dual, None plural (the number must come from a numeral)
    role: str | None  # 'killed', 'injured', ... or None for a plain person noun


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    words: dict[str, Word]
    tails: frozenset[str]  # last two letters of every word: a cheap filter before the clitic analysis
    definite: frozenset[str]  # words that may take ال
    definite_never: frozenset[str]
    bare_only: frozenset[str]  # words that count only without clitics
    strict: dict[str, str]  # normalised form -> the spelling the original must have
    teen_tails: frozenset[str]
    hundred_words: frozenset[str]
    vague_phrases: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # by first token
    hedges_before: tuple[tuple[str, ...], ...]
    hedges_after: tuple[tuple[str, ...], ...]
    between: frozenset[str]
    between_lead: frozenset[str]
    range_from: frozenset[str]
    range_to: frozenset[str]
    rises: frozenset[str]  # a change before من X إلى Y: the new value, not a range
    range_or: frozenset[str]
    dashes: frozenset[str]
    not_count_after: tuple[tuple[str, ...], ...]
    percent_signs: frozenset[str]
    year_cues: frozenset[str]
    nouns: dict[str, Noun]
    subset: frozenset[str]
    one_of: frozenset[str]  # أحد, إحدى before a person noun: one person
    one_of_them: frozenset[str]  # أحدهما, أحدهم right after a casualty word: one person
    stops: frozenset[str]  # end a counted phrase, may lead it
    breaks: frozenset[str]  # open a new clause
    not_before: frozenset[str]  # a number before these is not a count of people
    not_after: frozenset[str]  # a number after these is an age (دون سن الـ 18)
    fractions: dict[str, float]  # one-word fractions before a scale (ربع مليون)
    one_more: frozenset[str]  # آخر, أخرى right after a casualty word: one person more
    others: frozenset[str]  # آخرون, آخرين: more people than those told
    against: frozenset[str]  # مقابل between two sides' counts: both are the toll


def _norms(items: list[str]) -> frozenset[str]:
    return frozenset(normalise_str(x) for x in items)


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({phrase_tokens(x) for x in items}, key=len, reverse=True))


def _by_first(
    phrases: list[tuple[tuple[str, ...], int]],
) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for toks, value in sorted(phrases, key=lambda p: -len(p[0])):
        out.setdefault(toks[0], []).append((toks, value))
    return {k: tuple(v) for k, v in out.items()}


def _noun_forms(entry: dict[str, object]) -> list[tuple[str, Noun]]:
    sg = normalise_str(str(entry["sg"]))
    role = entry.get("role")
    role = str(role) if role else None
    sound = bool(entry.get("sound"))
    stem = sg[:-1] + "ت" if sg.endswith("ه") else sg  # ta marbuta opens before the dual ending
    out = [(sg, Noun(1, role)), (stem + "ان", Noun(2, role))]
    if not sg.endswith("ه"):
        out.append((sg + "ا", Noun(1, role)))  # accusative tanwin: جنديًا
    if sound:  # construct plurals: منتسبي الشرطة, مسلحو التنظيم
        out.extend((sg + end, Noun(None, role)) for end in ("ي", "و"))
    else:
        out.append((stem + "ين", Noun(2, role)))
    for pl in entry.get("pl", []):  # type: ignore[attr-defined]
        out.append((normalise_str(pl), Noun(None, role)))
    for dual in entry.get("construct_dual", []):  # type: ignore[attr-defined]
        out.append((normalise_str(dual), Noun(2, role)))  # رجلي أمن: two security men
    return out


@cache
def lexicon() -> NumberLexicon:
    raw = load_json("numbers.json")
    words: dict[str, Word] = {}
    groups: dict[str, set[str]] = {}

    def add(group: str, kind: int, table: dict[str, list[str]]) -> None:
        for value, forms in table.items():
            for f in forms:
                key = normalise_str(f)
                words.setdefault(key, Word(kind, int(value)))
                groups.setdefault(group, set()).add(key)

    add("units", UNIT, raw["units"])
    add("short_units", UNIT, raw["short_units"])
    add("tens", TEN, raw["tens"])
    add("teen_heads", TEEN_HEAD, raw["teen_heads"])
    add("hundreds", HUNDRED, raw["hundreds"])
    add("scales", SCALE, raw["scales"])
    add("scale_duals", SCALE_DUAL, raw["scale_duals"])
    add("scale_plurals", SCALE_PL, raw["scale_plurals"])
    add("vague_multipliers", VAGUE_MULT, raw["vague_multipliers"])
    add("vague_several", VAGUE_SEV, raw["vague_several"])
    hundreds = {
        str(int(v) * 100): [s + h for s in stems for h in raw["hundred_words"]]
        for v, stems in raw["hundred_stems"].items()
    }
    add("hundreds", HUNDRED, hundreds)
    definite = frozenset(k for g in raw["definite_ok"] for k in groups[g])
    nouns: dict[str, Noun] = {}
    for entry in raw["people"]:
        for form, noun in _noun_forms(entry):
            nouns.setdefault(form, noun)
    return NumberLexicon(
        words=words,
        tails=frozenset(w[-2:] for w in words),
        definite=definite,
        definite_never=_norms(raw["definite_never"]),
        bare_only=_norms(raw["bare_only"]),
        strict={normalise_str(s): s for s in raw["strict"]},
        teen_tails=_norms(raw["teen_tails"]),
        hundred_words=_norms(raw["hundred_words"]),
        vague_phrases=_by_first(
            [(toks, int(v)) for v, ps in raw["vague_phrases"].items() for toks in _phrases(ps)]
        ),
        hedges_before=_phrases(raw["hedges_before"]),
        hedges_after=_phrases(raw["hedges_after"]),
        between=_norms(raw["range_between"]),
        between_lead=_norms(raw["range_between_lead"]),
        range_from=_norms(raw["range_from"]),
        range_to=_norms(raw["range_to"]),
        rises=_norms(raw["range_rises"]),
        range_or=_norms(raw["range_or"]),
        dashes=frozenset(raw["range_dashes"]),
        not_count_after=_phrases(raw["not_count_after"]),
        percent_signs=frozenset(raw["percent_signs"]),
        year_cues=_norms(raw["year_cues"]),
        nouns=nouns,
        subset=_norms(raw["count_subset"]),
        one_of=_norms(raw["one_of"]),
        one_of_them=_norms(raw["one_of_them"]),
        stops=_norms(raw["count_stops"]),
        breaks=_norms(raw["count_breaks"]),
        not_before=_norms(raw["count_not_before"]),
        not_after=_norms(raw["count_not_after"]),
        fractions={normalise_str(k): float(v) for k, v in raw["fractions"].items() if " " not in k},
        one_more=_norms(raw["count_one_more"]),
        others=_norms(raw["count_others"]),
        against=_norms(raw["count_against"]),
    )


# ---------------------------------------------------------------------------------------------- clitics

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل")  # not ك: كمية, كميات (quantity) would read as ك + مئة


@lru_cache(maxsize=65_536)
def _analyses(norm: str) -> tuple[tuple[int, bool, bool, str], ...]:
    """(clitic length, has conjunction, has article, stem) readings of a token, least stripped first.

    The clitic length counts و ف ب ل ك but not the article, which stays in a span (العشرات).
    """
    out = [(0, False, False, norm)]
    for c in _CONJ:
        if not norm.startswith(c):
            continue
        rest = norm[len(c) :]
        for p in _PREP:
            if not rest.startswith(p):
                continue
            r2 = rest[len(p) :]
            n = len(c) + len(p)
            if c or p:
                out.append((n, bool(c), False, r2))
            if r2.startswith("ال"):
                out.append((n, bool(c), True, r2[2:]))
            elif p == "ل" and r2.startswith("ل"):  # لل = ل + ال
                out.append((n + 1, bool(c), True, r2[1:]))
    return tuple(a for a in out if a[3] == norm or len(a[3]) >= 3)


@lru_cache(maxsize=65_536)
def _number_word(norm: str) -> tuple[Word, int, bool, str] | None:
    """The number word a token spells: (word, clitic length, has و/ف, stem)."""
    lex = lexicon()
    for skip, conj, al, stem in _analyses(norm):
        w = lex.words.get(stem)
        if w is None or (stem != norm and stem in lex.bare_only):
            continue
        if al and (stem not in lex.definite or "ال" + stem in lex.definite_never):
            continue
        return w, skip, conj, stem
    return None


@lru_cache(maxsize=65_536)
def _noun(norm: str) -> tuple[Noun, bool] | None:
    """The person noun a token spells: (noun, has و/ف)."""
    nouns = lexicon().nouns
    for _skip, conj, _al, stem in _analyses(norm):
        n = nouns.get(stem)
        if n is not None:
            return n, conj
    return None


def is_person_noun(norm: str) -> bool:
    """True for a person noun of the count lexicon, in any number (عنصر, عنصران, عناصر, جنديا ...)."""
    return _noun(norm) is not None


def self_count(norm: str) -> int | None:
    """How many people a person noun counts by itself: 1 for a singular (جندي), 2 for a dual (شرطيان,
    جنديين), None for a plural or a word that is no person noun."""
    hit = _noun(norm)
    return None if hit is None else hit[0].count


def is_one_after_noun(norm: str) -> bool:
    """واحد, واحدة: "one" follows the noun it counts, as its adjective ("أسرة واحدة", "شخصا واحدا")."""
    hit = _number_word(norm)
    return hit is not None and hit[0].kind == UNIT and hit[0].value == 1 and hit[1] == 0


def is_others_word(norm: str) -> bool:
    """'Other(s)' (آخر, أخرى, آخرون, آخرين), with or without و/ف: people besides those told."""
    lex = lexicon()
    return _bare(norm) in lex.one_more | lex.others


def is_subset_word(norm: str) -> bool:
    """A word that introduces a subset of people counted before it (بينهم, منهم, معظمهم), with or without و/ف."""
    return _bare(norm) in lexicon().subset


def is_count_boundary(norm: str) -> bool:
    """A word that ends a counted phrase or opens a new clause (في, خلال, الذي, حيث ...)."""
    lex = lexicon()
    return norm in lex.stops or norm in lex.breaks


def opens_clause(norm: str) -> bool:
    """A word that opens a new clause (حيث, بينما, الذي, أن, قد ...)."""
    return norm in lexicon().breaks


def hedge_after_end(tokens: list[Token], j: int, hi: int) -> int:
    """End token of a hedge that follows a count (على الأقل, تقريبا) starting at token ``j`` (``j`` if none)."""
    return _phrase_after(tokens, j, hi, lexicon().hedges_after)


def is_oblique_count(norm: str) -> bool:
    """A person noun that counts itself in an object or genitive form: a dual in -ين (جنديين, عنصرين) or an
    accusative singular in -ا (جنديا).  After a kill or injure trigger it names the people hit, not the doer."""
    count = self_count(norm)
    return (count == 2 and norm.endswith("ين")) or (count == 1 and norm.endswith("ا"))


def _bare(norm: str) -> str:
    """A function word without a leading و/ف (``وبين`` → ``بين``)."""
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


# ---------------------------------------------------------------------------------------------- terms

_SEP = re.compile(r"[.,]")


class Term(NamedTuple):
    kind: int
    value: float
    skip: int  # clitic letters before the number
    conj: bool  # carries و/ف


def _digits(norm: str, before_scale: bool) -> float:
    groups = _SEP.split(norm)
    if len(groups) == 1:
        return int(norm)
    head, tail = groups[:-1], groups[-1]
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if thousands and not (before_scale and len(groups) == 2 and "." in norm):
        return int("".join(groups))
    return float("".join(head) + "." + tail)


def _term(doc: Doc, i: int) -> Term | None:
    tok = doc.tokens[i]
    norm = tok.norm
    if "0" <= norm[0] <= "9":
        return Term(DIGIT, 0, 0, False)  # value parsed when the next token is known
    hit = _number_word(norm)
    if hit is None:
        return None
    word, skip, conj, stem = hit
    spelling = lexicon().strict.get(stem)
    if spelling is not None and not charmap().deleted.sub("", doc.text[tok.start : tok.end]).endswith(
        spelling
    ):
        return None
    return Term(word.kind, word.value, skip, conj)


def _is_year(norm: str) -> bool:
    return len(norm) == 4 and norm.isascii() and norm.isdigit() and 1900 <= int(norm) <= 2100


# ---------------------------------------------------------------------------------------------- expressions


class _Item(NamedTuple):
    ts: int  # token range [ts, te)
    te: int
    nstart: int  # normalised offsets of the span
    nend: int
    value: int
    vague: bool
    high: int | None
    year: bool
    conj: bool  # the first word carries و/ف, or a standalone و precedes it
    scale: int  # the last scale applied (2.5 مليون → 1_000_000), 1 if none


def _adjacent(tokens: list[Token], text: str, a: int, b: int) -> bool:
    """Only whitespace between tokens a and b."""
    return not text[tokens[a].nend : tokens[b].nstart].strip()


class _Acc:
    """Accumulates one compound: ``total`` holds finished scale groups, ``cur`` the part below the scale."""

    __slots__ = ("cur", "last", "min_scale", "scale", "total", "vague")

    def __init__(self) -> None:
        self.total: float = 0.0
        self.cur: float = 0.0
        self.vague = False
        self.last = -1
        self.min_scale = 10**13
        self.scale = 1

    def first(self, t: Term) -> None:
        k, v = t.kind, t.value
        self.last = k
        if k in (SCALE, SCALE_DUAL, SCALE_PL):
            self.total, self.vague = v, k == SCALE_PL
            self.min_scale = int(v) // 2 if k == SCALE_DUAL else int(v)
        else:
            self.cur, self.vague = v, k in (VAGUE_MULT, VAGUE_SEV)

    def join(self, t: Term, conj: bool) -> bool:
        """Add ``t`` if Arabic would write it here; False ends the compound."""
        k, v, last, cur = t.kind, t.value, self.last, self.cur
        after_big = last in (HUNDRED, SCALE, SCALE_DUAL, SCALE_PL) and cur % 100 == 0 and (cur or self.total)
        if conj:
            if last in (DIGIT, VAGUE_MULT, VAGUE_SEV) or self.vague:
                return False
            if k == UNIT or (k == TEN and v == 10):
                ok = bool(after_big)
            elif k == TEN:
                ok = bool(after_big) or (last == UNIT and 0 < cur % 100 < 10)
            elif k == HUNDRED:
                ok = cur == 0 and self.total > 0
            elif k in (SCALE, SCALE_DUAL):
                ok = cur == 0 and self.total > 0 and v < self.min_scale
                if ok:
                    self.total += v
                    self.last = k
                return ok
            else:
                ok = False
            if ok:
                self.cur += v
                self.last = k
            return ok
        if k == TEN and v == 10 and last == UNIT and cur < 10:  # ثلاثة عشر
            self.cur += 10
            self.last = TEN
            return True
        if k == HUNDRED and v == 100 and last == UNIT and 3 <= cur <= 9:  # ثلاث مئة
            self.cur *= 100
            self.last = HUNDRED
            return True
        if k == VAGUE_MULT and last == VAGUE_SEV:  # بضع مئات
            self.cur = v
            self.last = k
            return True
        if k in (SCALE, SCALE_PL) and cur > 0 and v < self.min_scale:
            if last == VAGUE_SEV:  # بضعة آلاف: the lowest credible figure is the scale itself
                self.total += v
            else:
                self.total += cur * v
            self.cur = 0.0
            self.last = SCALE
            self.min_scale = self.scale = int(v)
            return True
        return False

    def value(self) -> int:
        return int(self.total + self.cur)


def _expressions(doc: Doc, lo: int, hi: int) -> list[_Item]:
    tokens, text = doc.tokens, doc.view.text
    lex = lexicon()
    tails, vague = lex.tails, lex.vague_phrases
    terms = [
        _term(doc, i) if (t.norm[-1] <= "9" or t.norm[-2:] in tails) else None
        for i, t in _enum(tokens, lo, hi)
    ]
    out: list[_Item] = []
    i = lo
    while i < hi:
        t = terms[i - lo]
        if t is None and (frac := _fraction_of_scale(tokens, terms, text, i, lo, hi)) is not None:
            out.append(frac)  # "ربع مليون": a quarter of the scale after it
            i += 2
            continue
        if t is None:
            norm = tokens[i].norm  # most words start no vague phrase: skip the call
            starts = norm in vague or (norm[0] in "وف" and norm[1:] in vague)
            phrase = _vague_phrase(tokens, i, hi) if starts else None
            if phrase:
                end, value = phrase
                out.append(
                    _Item(i, end, tokens[i].nstart, tokens[end - 1].nend, value, True, None, False, False, 1)
                )
                i = end
            else:
                i += 1
            continue
        tok = tokens[i]
        conj = t.conj or (i > lo and tokens[i - 1].norm in ("و", "ف") and _adjacent(tokens, text, i - 1, i))
        acc = _Acc()
        j = i + 1
        year = False
        if t.kind == DIGIT:
            nxt = terms[j - lo] if j < hi else None
            scaled = nxt is not None and nxt.kind in (SCALE, SCALE_PL) and not nxt.conj
            year = _is_year(tok.norm)
            acc.first(Term(DIGIT, _digits(tok.norm, scaled), 0, False))
            if not year and scaled and nxt is not None and _adjacent(tokens, text, i, j):
                acc.join(nxt, False)
                j += 1
        elif t.kind == TEEN_HEAD:
            nxt = terms[j - lo] if j < hi else None
            if not (
                nxt and not nxt.conj and tokens[j].norm in lex.teen_tails and _adjacent(tokens, text, i, j)
            ):
                i += 1
                continue
            acc.first(Term(TEN, t.value + 10, 0, False))
            j += 1
        else:
            acc.first(t)
        while j < hi and t.kind != DIGIT:
            if tokens[j].norm == "و" and j + 1 < hi and terms[j + 1 - lo] is not None:
                nxt, k, conj_next = terms[j + 1 - lo], j + 1, True
            else:
                nxt, k = terms[j - lo], j
                conj_next = nxt is not None and nxt.conj
            if nxt is None or nxt.kind in (DIGIT, TEEN_HEAD) or not _adjacent(tokens, text, j - 1, j):
                break
            if k > j and not _adjacent(tokens, text, j, k):
                break
            if not acc.join(nxt, conj_next):
                break
            j = k + 1
        out.append(
            _Item(
                i,
                j,
                tok.nstart + t.skip,
                tokens[j - 1].nend,
                acc.value(),
                acc.vague,
                None,
                year,
                conj,
                acc.scale,
            )
        )
        i = j
    return out


def _fraction_of_scale(
    tokens: list[Token], terms: list[Term | None], text: str, i: int, lo: int, hi: int
) -> _Item | None:
    """A fraction word right before a scale ("ربع مليون" = 250000, "نصف مليون" = 500000)."""
    frac = lexicon().fractions.get(tokens[i].norm)
    if frac is None or i + 1 >= hi:
        return None
    nxt = terms[i + 1 - lo]
    if nxt is None or nxt.kind != SCALE or nxt.conj or not _adjacent(tokens, text, i, i + 1):
        return None
    value = round(frac * nxt.value)
    return _Item(
        i, i + 2, tokens[i].nstart, tokens[i + 1].nend, value, False, None, False, False, int(nxt.value)
    )


def _enum(tokens: list[Token], lo: int, hi: int) -> zip[tuple[int, Token]]:
    return zip(range(lo, hi), tokens[lo:hi], strict=True)


def _vague_phrase(tokens: list[Token], i: int, hi: int) -> tuple[int, int] | None:
    """A multi-word vague quantity (عدد من, العديد من) at token ``i``: (end token, value)."""
    table = lexicon().vague_phrases
    norm = tokens[i].norm
    cands = table.get(norm) or (table.get(norm[1:]) if norm[0] in "وف" else None)
    for toks, value in cands or ():
        n = len(toks)
        if i + n <= hi and all(tokens[i + k].norm == toks[k] for k in range(1, n)):
            return i + n, value
    return None


def _phrase_before(
    tokens: list[Token], i: int, lo: int, phrases: tuple[tuple[str, ...], ...]
) -> tuple[int, int]:
    """Start token of the phrase that ends just before token ``i`` and its clitic length (``i, 0`` if none)."""
    for toks in phrases:
        n = len(toks)
        s = i - n
        if s < lo or not all(tokens[s + k].norm == toks[k] for k in range(1, n)):
            continue
        first = tokens[s].norm
        if first == toks[0]:
            return s, 0
        if _bare(first) == toks[0]:
            return s, 1
    return i, 0


def _phrase_after(tokens: list[Token], j: int, hi: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """End token of the phrase that starts at token ``j`` (``j`` if none)."""
    for toks in phrases:
        n = len(toks)
        if j + n <= hi and all(tokens[j + k].norm == toks[k] for k in range(n)):
            return j + n
    return j


# ---------------------------------------------------------------------------------------------- ranges


_RISE_REACH = 6  # words before من X إلى Y where a word of change (ارتفعت الحصيلة) makes it a rise


def _range(doc: Doc, a: _Item, b: _Item, lo: int) -> _Item | None:
    """``a`` and ``b`` as one range, or None."""
    tokens, text = doc.tokens, doc.view.text
    lex = lexicon()
    if a.vague or b.vague or (a.year and b.year):
        return None
    start = a.ts
    gap = b.ts - a.te
    between = text[a.nend : b.nstart].strip()
    prev = _bare(tokens[a.ts - 1].norm) if a.ts > lo else ""
    if gap == 0 and between in lex.dashes and not b.conj:
        before = text[max(a.nstart - 1, 0) : a.nstart]
        after = text[b.nend : b.nend + 1]
        if before in lex.dashes or before == "/" or after in lex.dashes or after == "/":
            return None  # a date such as 24-1-2022
        ordered = True
    elif (gap == 0 and b.conj) or (gap == 1 and tokens[a.te].norm == "و"):
        if prev not in lex.between:
            return None
        start = a.ts - 1
        if start > lo and tokens[start - 1].norm in lex.between_lead:
            start -= 1
        ordered = False
    elif gap == 1 and tokens[a.te].norm in lex.range_to:
        if prev in lex.range_from:
            start = a.ts - 1
            if any(_bare(tokens[k].norm) in lex.rises for k in range(max(0, start - _RISE_REACH), start)):
                # ارتفعت الحصيلة من 31 إلى 32: the toll is now 32
                return _Item(
                    start, b.te, tokens[start].nstart, b.nend, b.value, False, None, False, a.conj, b.scale
                )
        ordered = True
    elif gap == 1 and tokens[a.te].norm in lex.range_or:
        ordered = True
    else:
        return None
    if a.year and start - 1 >= lo and tokens[start - 1].norm in lex.year_cues:
        return None
    low, high = a.value, b.value
    if b.scale > 1 and a.scale == 1 and low < b.scale:  # بين 2 و3 ملايين
        low *= b.scale
    if not ordered:
        low, high = min(low, high), max(low, high)
    if low >= high:
        return None
    return _Item(start, b.te, tokens[start].nstart, b.nend, low, False, high, False, a.conj, b.scale)


def _not_count(doc: Doc, it: _Item, hi: int) -> bool:
    """A percentage or an ordinal glued to the article (الـ20)."""
    tokens, text = doc.tokens, doc.view.text
    lex = lexicon()
    rest = text[it.nend : it.nend + 2].lstrip()
    if rest[:1] in lex.percent_signs:
        return True
    if _phrase_after(tokens, it.te, hi, lex.not_count_after) > it.te:
        return True
    if it.ts > 0 and it.te - it.ts == 1 and "0" <= tokens[it.ts].norm[0] <= "9":
        p = tokens[it.ts - 1]
        return p.nend == tokens[it.ts].nstart and p.norm.endswith("ال")
    return False


def _scan(doc: Doc, lo: int, hi: int) -> list[_Item]:
    lex = lexicon()
    tokens = doc.tokens
    items = [it for it in _expressions(doc, lo, hi) if not _not_count(doc, it, hi)]
    merged: list[_Item] = []
    k = 0
    while k < len(items):
        a = items[k]
        if k + 1 < len(items):
            r = _range(doc, a, items[k + 1], lo)
            if r is not None:
                a = r
                k += 1
        k += 1
        s, skip = _phrase_before(tokens, a.ts, lo, lex.hedges_before)
        e = _phrase_after(tokens, a.te, hi, lex.hedges_after)
        if s < a.ts and (not merged or merged[-1].te <= s):
            a = a._replace(ts=s, nstart=tokens[s].nstart + skip)
        if e > a.te:
            a = a._replace(te=e, nend=tokens[e - 1].nend)
        merged.append(a)
    return merged


def _mention(doc: Doc, it: _Item) -> NumberMention:
    start, end = doc.view.orig(it.nstart), doc.view.orig_end(it.nend)
    return NumberMention(start, end, doc.text[start:end], it.value, it.vague, it.high)


def find_numbers(doc: Doc) -> Doc:
    """Fill ``doc.numbers`` with every count-like number in the article, sorted by start."""
    doc.numbers = [_mention(doc, it) for it in _scan(doc, 0, len(doc.tokens))]
    return doc


# ---------------------------------------------------------------------------------------------- people
