"""Words around a place name: type cues before it (مدينة، محافظة، حي، سجن …) and relative phrases
(شمال X، قرب X، على بعد 20 كم من X، على طريق X-Y) that make a mention 'near/part of' (precision 2).

All patterns come from ``lexicons/geo_cues.json`` and run on the normalised view; offsets returned are
normalised and the caller maps them back to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from rasd.geo.gazetteer import GeoLexicon, geo_lexicon
from rasd.text.numbers import self_count
from rasd.text.segment import Token, attached

_CLITIC = "(?:[وف]?(?:ب|ل|ك)?(?:ال)?)"
_LEFT = r"(?:^|(?<=[\s(\[«\"،,.:؛;-]))"
_WINDOW = 80  # normalised characters looked at before a name


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # settlement, admin, region, local, facility
    tok_start: int  # first token of the cue


@dataclass(frozen=True, slots=True)
class Relative:
    kind: str  # direction, near, distance, road
    nstart: int  # normalised start of the phrase


def _alt(words: Sequence[str]) -> str:
    return "|".join(r"\s+".join(re.escape(p) for p in w.split(" ")) for w in words)


@cache
def _relative_re() -> re.Pattern[str]:
    lex = geo_lexicon()
    number = r"(?:[0-9]+(?:[.,][0-9]+)?|[^\W\d_]+)"
    parts = [
        rf"(?P<distance>(?:(?:علي\s+)?(?:مسافه|بعد|مسافة)|(?:التي\s+|الذي\s+)?(?:تبعد|يبعد))\s+(?:نحو\s+|حوالي\s+|قرابه\s+)?{number}(?:\s+[^\W\d_]+)?\s+"
        rf"{_CLITIC}(?:{_alt(lex.units)})\s+(?:من|عن|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)\s+)",
        # "بالقرب من 8 مدن عراقية منها الموصل": near each town picked out of a set of them
        rf"(?P<near>{_CLITIC}(?:{_alt(lex.near)})\s+(?:(?:{number}\s+)?(?:مدن|بلدات|قري|مناطق)"
        rf"(?:\s+[^\W\d_]+)?\s+(?:منها|بينها|من\s+بينها|هي|وهي)\s+)?)",
        rf"(?P<direction>(?:[وف]?[بل]?)(?:{_alt(lex.direction)})\s+)",
        rf"(?P<road>(?:علي\s+)?{_CLITIC}(?:{_alt(lex.road)})\s+(?:بين\s+)?)",
    ]
    return re.compile(_LEFT + "(?:" + "|".join(parts) + ")$")


def relative_before(ntext: str, nstart: int, floor: int) -> Relative | None:
    """A relative phrase ending right before normalised offset ``nstart`` (not before ``floor``)."""
    lo = max(floor, nstart - _WINDOW)
    m = _relative_re().search(ntext, lo, nstart)
    if m is None:
        return None
    kind = m.lastgroup or "near"
    return Relative(kind, m.start(kind))


def cue_kind(tok: Token, lex: GeoLexicon) -> str | None:
    """The cue a single token is (مدينة، بمحافظة، بلدته …), or None."""
    if lex.cue_forms.isdisjoint(tok.forms):
        return lex.possessive.get(tok.norm)
    for form in tok.forms:
        kind = lex.types.get(form)
        if kind and tok.norm.endswith(form[2:] if form.startswith("ال") else form):
            return kind  # proclitics only: مستشفيات is not a cue for one named hospital
    return lex.possessive.get(tok.norm)


def cue_before(tokens: Sequence[Token], i: int, lo: int, lex: GeoLexicon) -> Cue | None:
    """The type cue ending right before token ``i`` (one or two words), not before token ``lo``."""
    if i - 2 >= lo:
        second = tokens[i - 1].norm
        for form in tokens[i - 2].forms:
            kind = lex.types.get(f"{form} {second}")
            if kind:
                return Cue(kind, i - 2)
    if i - 1 >= lo:
        kind = cue_kind(tokens[i - 1], lex)
        if kind:
            return Cue(kind, i - 1)
    return None


def at_seat(tokens: Sequence[Token], tok_start: int, tok_end: int, lex: GeoLexicon | None = None) -> bool:
    """Whether the place at ``tokens[tok_start:tok_end]`` is where a source or body sits, not where anything
    happens: after a seat word (المرصد السوري ومقره بريطانيا, ومقرها المؤقت في عدن) or before one
    (يتخذ من لندن مقرا)."""
    lex = lex or geo_lexicon()
    k = tok_start - 1
    while k >= 0 and tok_start - k <= 3 and tokens[k].norm in lex.seat_between:
        k -= 1
    if k >= 0 and tokens[k].norm in lex.seat_before:
        return True
    return tok_end < len(tokens) and tokens[tok_end].norm in lex.seat_after


def after_honorific(tokens: Sequence[Token], tok_start: int, lex: GeoLexicon | None = None) -> bool:
    """Whether the name at ``tokens[tok_start]`` follows a personal title (الشيخ صلاح الدين, الباحثة بدرة
    قعلول): a person's name, no place."""
    lex = lex or geo_lexicon()
    return tok_start > 0 and tokens[tok_start - 1].norm in lex.honorifics


def not_event_place(tokens: Sequence[Token], tok_start: int, lex: GeoLexicon | None = None) -> bool:
    """Whether the place at ``tokens[tok_start]`` stands right after a (word, preposition) pair of
    ``geo_cues.json`` ``not_event`` (who backs a group: المدعومين من إيران; where a cargo is headed: المتجه إلى
    هولندا; a neighbour: على الحدود مع العراق, المتاخمة لنيجيريا with its ل attached), or is joined by و to the
    word right before one that does (على الحدود مع العراق وسورية)."""
    lex = lex or geo_lexicon()
    ti = tok_start
    tok = tokens[ti]
    if ti >= 1 and _lam_attached(tok) and (tokens[ti - 1].norm, _LAM) in lex.not_event:
        return True  # "بقرية كامونا المتاخمة لنيجيريا": the neighbour, with its ل attached
    for _ in range(_JOINED_MAX):
        if ti >= 2 and (tokens[ti - 2].norm, tokens[ti - 1].norm) in lex.not_event:
            # "مؤتمر صحافي في أنقرة" is where a statement was made; "اختطفوا صحفيا في بغداد" where he was taken
            return tokens[ti - 2].norm not in lex.press_adjectives or (
                ti >= 3 and tokens[ti - 3].norm in lex.press_nouns
            )
        if not (ti >= 1 and tokens[ti].norm.startswith("و") and tokens[ti].norm != "و"):
            return False
        ti -= 1  # "العراق وسورية": try the word before, one name of the list
    return False


_JOINED_MAX = 4  # names of one list looked back through
_LAM = "ل"
_MIN_ATTACHED = 3  # letters of a word read with ل attached: لحج (ل + حج) is a name, not a clitic on حج


def _lam_attached(tok: Token) -> bool:
    """The token is a word read with ل attached (لنيجيريا, للعراق), not a name that begins with ل (لحج)."""
    return len(tok.norm) > _MIN_ATTACHED and attached(tok, (_LAM,))


def nationality_name(
    tokens: Sequence[Token], tok_start: int, tok_end: int, number_ends: Collection[int] = ()
) -> bool:
    """Whether the one-word country name at ``tok_start`` is the accusative nationality here, not the country:
    after a counted singular person noun or a number ("18 عاملا تركيا", "مواطنا سوريا", "12 سوريا", "ثلاثون
    بريطانيا"; ``number_ends``: the token indices right after the document's numbers, digits count anyway)."""
    if tok_end - tok_start != 1 or tok_start == 0 or not tokens[tok_start].norm.endswith("يا"):
        return False
    prev = tokens[tok_start - 1].norm
    return tok_start in number_ends or prev[:1].isdigit() or (prev.endswith("ا") and self_count(prev) == 1)


NATIONALITY_REACH = 8  # tokens back from an adjective to the nationality word of its list


def in_nationality_list(tokens: Sequence[Token], i: int, lex: GeoLexicon | None = None) -> bool:
    """Whether the country adjective at ``tokens[i]`` names a nationality: after a nationality word with only
    adjectives and fillers between ("جنسيات أخرى شملت اليمنية والمصرية والسورية", "يحمل الجنسية السورية")."""
    lex = lex or geo_lexicon()
    for k in range(i - 1, max(-1, i - 1 - NATIONALITY_REACH), -1):
        norm = tokens[k].norm
        if norm in lex.nationality:
            return True
        word = norm[1:] if norm.startswith("و") else norm
        if not (
            norm in lex.nationality_fillers
            or any(f in lex.adjectives for f in (norm, word, *tokens[k].forms))
        ):
            return False
    return False
