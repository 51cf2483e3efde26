"""Sentences, clauses and tokens for Arabic, with offsets into the original text.

All splitting runs on the normalised view (see :mod:`rasd.text.normalise`) and reports original offsets.

- Sentences end at ``. ! ? ؟`` (not inside numbers such as ``3.5``), at blank lines, and every line that
  starts with a bullet (``– - • *``) is a sentence of its own.
- Clauses split a sentence at ``، ؛ ; :`` and quotation marks that open speech.
- Tokens are runs of letters/digits; each carries candidate *forms* with proclitics (و ف ب ل ك ال س) and
  a few suffixes stripped, so ``وبالعراق`` matches ``العراق`` and ``مسلحو`` matches ``مسلح``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.text.normalise import NormView, charmap

_SENT_END = re.compile(r"(?<!\d)[.!?؟](?!\d)|[.!?؟](?=\s)|\n\s*\n")
_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"^\s*[–—\-•*▪●◦·]\s*")
_CLAUSE_SEP = re.compile(r"[،؛;:«»\"]")
_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)

# Proclitic sequences, longest first.  'لل' is ل + ال with the alef dropped.
_PROCLITICS = (
    "وبال", "وكال", "وفال", "ولل", "فبال", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
    "وب", "ول", "وك", "وس", "فب", "فل", "فس", "و", "ف", "ب", "ل", "ك", "س",
)  # fmt: skip
# No bare "ه": after normalisation it is mostly a ta marbuta (القضية → القضيه must not give قضي).
_SUFFIXES = ("هما", "ها", "هم", "هن", "ون", "ين", "وا", "ات", "ان", "و", "ي", "ت")
_MIN_STEM = 2
# The same lists keyed by the letter a word must start / end with, in the same order (most words need none).
_PROCLITICS_BY_FIRST = {c: tuple(p for p in _PROCLITICS if p[0] == c) for c in {p[0] for p in _PROCLITICS}}
_SUFFIXES_BY_LAST = {c: tuple(s for s in _SUFFIXES if s[-1] == c) for c in {s[-1] for s in _SUFFIXES}}


@dataclass(slots=True)
class Token:
    """A word or number.  Not frozen only because frozen dataclasses are slow to build; never mutate one."""

    start: int  # original offsets
    end: int
    nstart: int  # normalised offsets
    nend: int
    norm: str
    forms: tuple[str, ...]  # candidate lookup forms, least stripped first


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or clause: original offsets, normalised offsets, and its token index range."""

    start: int
    end: int
    nstart: int
    nend: int
    tok_start: int
    tok_end: int
    bullet: bool = False


@lru_cache(maxsize=262_144)
def token_forms(norm: str) -> tuple[str, ...]:
    """Lookup forms of one normalised token, least stripped first."""
    forms: list[str] = [norm]
    stems = [norm]
    for p in _PROCLITICS_BY_FIRST.get(norm[:1], ()):
        if norm.startswith(p) and len(norm) - len(p) >= _MIN_STEM:
            rest = norm[len(p) :]
            if p.endswith("لل"):
                rest = "ال" + rest
            stems.append(rest)
            if rest.startswith("ال") and len(rest) - 2 >= _MIN_STEM:
                stems.append(rest[2:])
    stems.sort(key=len, reverse=True)
    for s in stems:
        if s not in forms:
            forms.append(s)
    for s in list(stems):
        for suf in _SUFFIXES_BY_LAST.get(s[-1:], ()):
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                cut = s[: -len(suf)]
                if cut not in forms:
                    forms.append(cut)
    return tuple(forms)


# possessive / object pronoun endings, normalised (قواته, سيطرتها, عامهم, بلدنا)
_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")
_TA_MARBUTA = "ة"


def pronoun_suffixed(text: str, tok: Token) -> bool:
    """Whether ``tok`` ends in a pronoun suffix ("قواته", "وسيطرتها", "عامها"), read off its normalised form so
    harakat, tatweel and presentation forms do not hide it; a final ta marbuta, which normalises to ه as well
    ("جبهة", "سيطرة"), is no pronoun: that letter is read off the original text."""
    if not tok.norm.endswith(_PRONOUN_ENDINGS):
        return False
    if not tok.norm.endswith("ه"):
        return True
    surface = charmap().deleted.sub("", text[tok.start : tok.end])
    return not surface or unicodedata.normalize("NFKC", surface[-1]) != _TA_MARBUTA


def written_bare(text: str, tok: Token) -> str:
    """The token as the original ``text`` writes it, hamza and all (إب, not the normalised اب), without harakat,
    tatweel and presentation forms (as :func:`pronoun_suffixed` reads it) or its proclitics (و or ف, then ب or
    ل): where a spelling the normaliser folds away tells two words apart."""
    surface = unicodedata.normalize("NFKC", charmap().deleted.sub("", text[tok.start : tok.end]))
    # at most a conjunction then a preposition, as Arabic attaches them (وب, فل), not every leading و ف ب ل:
    # lstrip read وبلدات as دات, eating the word's own ل; لل is ل + ال (للقوات: القوات)
    if surface[:1] in _CONJUNCTIONS and len(surface) > 2:
        surface = surface[1:]
    if surface.startswith("لل") and len(surface) > 3:
        return "ا" + surface[1:]
    return surface[1:] if surface[:1] in _PREPOSITIONS and len(surface) > 2 else surface


_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل")


def attached(tok: Token, letters: tuple[str, ...]) -> bool:
    """The token is one of ``letters`` (ب, ل) attached to a word its forms read without it (لداعش, بتنظيم,
    للعراق)."""
    return tok.norm[:1] in letters and any(f in (tok.norm[1:], tok.norm[2:]) for f in tok.forms[1:])


def tokenize(view: NormView, nstart: int = 0, nend: int | None = None) -> list[Token]:
    text = view.text
    end = len(text) if nend is None else nend
    out: list[Token] = []
    shared = isinstance(view.index, range)  # no deletions: normalised offsets are original offsets
    index, n, total = view.index, len(view.index), len(view.original)
    for m in _TOKEN.finditer(text, nstart, end):
        s, e = m.span()
        norm = m.group()
        forms = token_forms(norm) if not norm[0].isdigit() else (norm,)
        if shared:
            out.append(Token(s, e, s, e, norm, forms))
        else:
            out.append(Token(index[s], index[e] if e < n else total, s, e, norm, forms))
    return out


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace()):
        s += 1
    while e > s and (text[e - 1].isspace()):
        e -= 1
    return s, e


def sentence_bounds(ntext: str) -> list[tuple[int, int, bool]]:
    """Normalised (start, end, is_bullet) of each sentence."""
    out: list[tuple[int, int, bool]] = []
    for line in _LINE.finditer(ntext):
        ls, le = line.span()
        bullet = bool(_BULLET.match(line.group()))
        if bullet:
            ls += _BULLET.match(line.group()).end()  # type: ignore[union-attr]
        pos = ls
        for m in _SENT_END.finditer(ntext, ls, le):
            s, e = _strip_span(ntext, pos, m.end())
            if any(c.isalnum() for c in ntext[s:e]):
                out.append((s, e, bullet))
            pos = m.end()
        s, e = _strip_span(ntext, pos, le)
        if any(c.isalnum() for c in ntext[s:e]):
            out.append((s, e, bullet))
    return out


# a short quoted run, in guillemets or straight quotes: a name or title, not a quote
_NAME_QUOTE = re.compile(r"«([^«»،؛;:\"]{1,30})»|\"([^«»،؛;:\"\n]{1,30})\"")
_NAME_QUOTE_WORDS = 3


def clause_bounds(ntext: str, s: int, e: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = s
    # "نفذ انتحاري من «داعش» عملية", 'مسلحي تنظيم "داعش"': quotes around a name of a few words cut no clause
    named = {
        i
        for m in _NAME_QUOTE.finditer(ntext, s, e)
        if len((m.group(1) or m.group(2)).split()) <= _NAME_QUOTE_WORDS
        for i in (m.start(), m.end() - 1)
    }
    for m in _CLAUSE_SEP.finditer(ntext, s, e):
        if m.start() in named:
            continue
        cs, ce = _strip_span(ntext, pos, m.start())
        if any(c.isalnum() for c in ntext[cs:ce]):
            out.append((cs, ce))
        pos = m.end()
    cs, ce = _strip_span(ntext, pos, e)
    if any(c.isalnum() for c in ntext[cs:ce]):
        out.append((cs, ce))
    return out


def _tok_range(nends: list[int], nstarts: list[int], ns: int, ne: int) -> tuple[int, int]:
    """Token index range [i, j) of the tokens overlapping normalised [ns, ne)."""
    i = bisect_right(nends, ns)
    return i, max(i, bisect_left(nstarts, ne))


def segment(view: NormView, tokens: list[Token]) -> tuple[list[Segment], list[list[Segment]]]:
    """Sentences and, for each sentence, its clauses."""
    sents: list[Segment] = []
    clauses: list[list[Segment]] = []
    nstarts = [t.nstart for t in tokens]
    nends = [t.nend for t in tokens]
    for ns, ne, bullet in sentence_bounds(view.text):
        ts, te = _tok_range(nends, nstarts, ns, ne)
        sent = Segment(view.orig(ns), view.orig_end(ne), ns, ne, ts, te, bullet)
        sents.append(sent)
        cl: list[Segment] = []
        for cs, ce in clause_bounds(view.text, ns, ne):
            a, b = _tok_range(nends, nstarts, cs, ce)
            cl.append(Segment(view.orig(cs), view.orig_end(ce), cs, ce, a, b, bullet))
        clauses.append(cl)
    return sents, clauses
