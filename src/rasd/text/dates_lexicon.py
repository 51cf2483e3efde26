"""The date lexicon (``lexicons/dates.json``) and the compiled patterns of :mod:`rasd.text.dates`.

Loaded once per process; month names of both series, weekdays, relative words, Hijri months and the guard lists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, TypeVar

from rasd.lexicons import load_json
from rasd.text.normalise import normalise_str

YEAR_MIN, YEAR_MAX = 1900, 2100
HIJRI_MIN, HIJRI_MAX = 1343, 1500  # the Umm al-Qura range hijridate converts

T = TypeVar("T")
POSITION_DAYS = {
    "early": (1, 10), "mid": (11, 20), "late": (21, 31), "first_half": (1, 15), "second_half": (16, 31),
    "first_week": (1, 7), "second_week": (8, 14), "third_week": (15, 21), "fourth_week": (22, 28), "last_week": (22, 31),
}  # fmt: skip
WEEK_DAYS = {"early": (0, 2), "mid": (2, 4), "late": (4, 6), "first_half": (0, 3), "second_half": (3, 6)}


@dataclass(frozen=True, slots=True)
class DateLexicon:
    months: dict[str, int]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]
    weekday_not_after: dict[str, frozenset[str]]
    weekday_not_before: dict[str, frozenset[str]]
    weekday_not_before_any: frozenset[str]
    weekday_ahead_after: frozenset[str]  # a weekday a few words after these is still to come
    day_words: dict[str, int]
    day_words_need_context: frozenset[str]
    day_word_not_after: dict[str, frozenset[str]]
    day_word_rate_after: frozenset[str]
    day_word_not_before: dict[str, frozenset[str]]
    day_words_not_before_definite: frozenset[str]
    day_word_definite_adjectives: frozenset[str]  # اليوم الأول, اليوم الأخير: a day of the story
    ordinal_not_after: frozenset[str]
    named_after: frozenset[str]
    not_months: frozenset[str]  # as written: إب (Ibb) is no آب (August), though both normalise to اب
    markers: dict[str, str]  # word -> 'past' | 'next' | 'current'
    positions: dict[str, str]  # word -> 'early' | 'mid' | 'late'
    periods: dict[str, str]  # word -> 'week' | 'month' | 'year'
    seasons: dict[str, int]  # word -> its middle month
    spans: dict[str, str]  # word -> 'days' | 'weeks'
    units: dict[str, tuple[str, int | None]]  # word -> (unit, 1 | 2 | None for plural)
    counts: dict[str, int | None]
    ordinals: dict[str, int]
    raw: dict[str, list[str]]  # the remaining plain word lists, normalised


class _Res(NamedTuple):
    value: str
    precision: int
    granularity: str
    relative: bool
    when: dt.date  # the coded day (first day for a month or a year), to decide ``past``


def _key(text: str) -> str:
    return " ".join(text.split())


def _table(raw: dict[str, list[str]]) -> dict[str, int]:
    return {normalise_str(w): int(k) for k, ws in raw.items() for w in ws}


def _inverse(raw: dict[str, list[str]]) -> dict[str, str]:
    return {normalise_str(w): k for k, ws in raw.items() for w in ws}


def _words(raw: list[str]) -> frozenset[str]:
    return frozenset(normalise_str(w) for w in raw)


def _guards(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {normalise_str(k): _words(v) for k, v in raw.items()}


@cache
def lexicon() -> DateLexicon:
    raw = load_json("dates.json")
    weekdays = _table(raw["weekdays"])
    units: dict[str, tuple[str, int | None]] = {}
    for unit, forms in raw["units"].items():
        for n, ws in forms.items():
            for w in ws:
                units[normalise_str(w)] = (unit, None if n == "n" else int(n))
    plain = [
        "hijri_markers",
        "solar_markers",
        "gregorian_markers",
        "day_parts",
        "this",
        "hedges",
        "ago",
        "ago_not_before",
        "one",
    ]
    plain += ["prepositions", "range", "year_cues", "on_day", "month_word"]
    return DateLexicon(
        months=_table(raw["months"]),
        hijri_months=_table(raw["hijri_months"]),
        weekdays=weekdays,
        weekday_not_after=_guards(raw["weekday_not_after"]),
        weekday_not_before=_guards(raw["weekday_not_before"]),
        weekday_not_before_any=_words(raw["weekday_not_before_any"]),
        weekday_ahead_after=_words(raw["weekday_ahead_after"]),
        day_words={normalise_str(k): int(v) for k, v in raw["day_words"].items()},
        day_words_need_context=_words(raw["day_words_need_context"]),
        day_word_not_after=_guards(raw["day_word_not_after"]),
        day_word_rate_after=_words(raw["day_word_rate_after"]),
        day_word_not_before=_guards(raw["day_word_not_before"]),
        day_words_not_before_definite=_words(raw["day_words_not_before_definite"]),
        day_word_definite_adjectives=_words(raw["day_word_definite_adjectives"]),
        ordinal_not_after=_words(raw["ordinal_not_after"]),
        named_after=_words(raw["named_after"]),
        not_months=frozenset(raw["not_months"]),
        markers=_inverse(raw["markers"]),
        positions=_inverse(raw["positions"]),
        periods=_inverse(raw["periods"]),
        seasons=_table(raw["seasons"]),
        spans=_inverse(raw["spans"]),
        units=units,
        counts={normalise_str(k): v for k, v in raw["counts"].items()},
        ordinals={normalise_str(k): int(v) for k, v in raw["ordinals"].items()},
        raw={k: [normalise_str(w) for w in raw[k]] for k in plain},
    )


# ---------------------------------------------------------------------------------------------------------------
# Patterns (over the normalised view)

B = r"(?<!\w)"  # not inside a word
E = r"(?!\w)"
NL = r"(?![^\W\d_])"  # not followed by a letter: a year may be glued to a month name (مايو2014)
S = r"[^\S\n]+"  # spaces, never across a line break
OS = r"[^\S\n]*"
# A conjunction (outside the span), then ب/ك before ال, or ل before لل (للعام = ل + العام).
CJ = r"(?P<cj>[وف]?)(?:[بك](?=ال)|ل(?=ل))?"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?!\d)"
YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)(?!\d)"
HYEAR = r"1[34][0-9]{2}(?!\d)"
MON = r"(?:1[0-2]|0?[1-9])"


def _alt(words: Iterable[str]) -> str:
    """An alternation of normalised phrases, longest first; a leading ال may also be the ل of لل."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        parts = [re.escape(p) for p in w.split()]
        head = parts[0]
        if head.startswith("ال") and len(head) > 2:
            head = "(?:ال|(?<=ل)ل)" + head[2:]
        out.append(S.join([head, *parts[1:]]))
    return "(?:" + "|".join(out) + ")"


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    lx = lexicon()
    r = lx.raw
    month, hmonth, wd = _alt(lx.months), _alt(lx.hijri_months), _alt(lx.weekdays)
    part, mark, pos = _alt(r["day_parts"]), _alt(lx.markers), _alt(lx.positions)
    prep, ycue = _alt(r["prepositions"]), _alt(r["year_cues"])
    gmark, hmark = _alt(r["gregorian_markers"]), _alt(r["hijri_markers"])
    smark = _alt(r["solar_markers"])
    ordinal = _alt(lx.ordinals)
    pre = rf"(?:(?P<pre>{prep}){S})?"
    # Any 4-digit year after a month is taken, so that سبتمبر 1895 is rejected whole rather than read as a month.
    ytail = rf"{OS}[،,]?{OS}(?:(?:من{S})?{ycue}{S})?(?P<y>[12][0-9]{{3}}(?![0-9]))(?:{OS}{gmark}{E})?"
    wdpre = rf"(?P<wdpre>(?:{part}{S})?(?:يوم{S})?{wd}(?:{S}{mark})?{OS}[،,(]?{OS}(?:الموافق{S})?)?"
    src = {
        "greg": rf"""{B}{CJ}{pre}{wdpre}(?:يوم{S})?(?:(?P<pos>{pos}){S})?
            (?:(?P<d>{DAY}){OS}(?:من{S})?|(?P<od>{ordinal}){S}من{S})?(?:(?P<mw>شهر){S})?(?P<m>{month}){NL}
            (?:{OS}(?:[/\-]{OS}(?P<m2>{month})|\({OS}(?P<m3>{month}){OS}\)){NL})?
            (?:{ytail}|{S}(?P<mk>{mark}){E})?""",
        "numeric": rf"""{B}(?:(?:في|بتاريخ){S})?(?<![/.\-])
            (?:(?P<d>{DAY})(?P<sep>[/\-.])(?:(?<=/)\x20)?(?P<m>{MON})(?P=sep)(?:(?<=/)\x20)?(?P<y>{YEAR})
              |(?P<y2>{YEAR})(?P<sep2>[/\-.])(?:(?<=/)\x20)?(?P<m2>{MON})(?P=sep2)(?:(?<=/)\x20)?(?P<d2>{DAY}))
            (?![/.\-]?\d)
            (?:{OS}{gmark})?{E}""",
        "year": rf"""{B}{CJ}(?:{pre}|(?P<btw>{_alt(r["range"])}){S}
              (?=(?:{ycue}{S})?{YEAR}{OS}و{OS}(?:{ycue}{S})?{YEAR}))
            (?:(?P<pos>{pos}){S})?(?:(?P<cue>{ycue}){S})?(?P<y>{YEAR})
            (?:{OS}{gmark}{E})?(?![/.\-]\d){E}(?:{OS}(?P<dash>[-–—:])(?!{OS}\d))?""",
        "hijri": rf"""{B}{CJ}{pre}(?:يوم{S})?(?:(?P<d>{DAY}){OS}(?:من{S})?)?(?:شهر{S})?(?P<hm>{hmonth})
            (?:{OS}(?:(?:من{S})?{ycue}{S})?(?P<y>{HYEAR})(?:{OS}(?P<hmk>{hmark}){E})?
              |(?:{S}من{S}(?:العام|السنة){S}(?:الحالي|الجاري|الهجري{S}الحالي))?{E})""",
        "hijri_year": rf"{B}{CJ}{pre}{ycue}{S}(?P<y>{HYEAR}){OS}{hmark}{E}(?:{S}(?P<sol>{smark}){E})?",
        "weekday": rf"""{B}{CJ}{pre}(?:(?P<part>{part}){S})?(?:(?P<yawm>يوم){S})?(?P<wd>{wd}){E}
            (?:{S}(?P<mk>{mark}){E})?""",
        "day_word": rf"""{B}{CJ}{pre}(?:(?P<part>{part}){S})?(?:(?P<yawm>يوم){S})?(?P<rel>{_alt(lx.day_words)}){E}
            (?:{OS}(?:(?P<par>\(){OS})?(?P<wd>{wd}){E}(?(par){OS}\)))?""",
        "period": rf"""{B}{CJ}{pre}(?:(?:يوم{S})?(?:(?P<d>{DAY})|(?P<od>{ordinal})){S}من{S})?
            (?:(?P<pos>{pos}){S})?(?:(?P<this>{_alt(r["this"])}){S})?
            (?P<unit>{_alt(lx.periods)})(?:{S}(?P<mk>{mark}))?{E}""",
        "span": rf"{B}{CJ}{pre}(?P<unit>{_alt(lx.spans)}){S}(?P<mk>{mark}){E}",
        "season": rf"""{B}{CJ}{pre}(?:(?P<this>{_alt(r["this"])}){S})?(?P<sn>{_alt(lx.seasons)})
            (?:{OS}(?:{ycue}{S})?(?P<y>{YEAR}){NL}|{S}(?:(?P<yr>{_alt(lx.periods)}){S})?(?P<mk>{mark}))?{E}""",
        "ago": rf"""{B}{CJ}(?P<pre>{_alt(r["ago"])}){S}(?:{_alt(r["hedges"])}{S})?
            (?:(?P<n>[0-9]{{1,3}})(?![0-9]){OS}|(?P<nw>{_alt(lx.counts)}){S})?(?P<u>{_alt(lx.units)}){E}
            (?:{S}{_alt(r["one"])}{E})?+
            (?!{S}(?:(?:{_alt(r["ago_not_before"])}|{month}|{hmonth}){E}|[0-9]))""",
    }
    return tuple((kind, re.compile(p, re.VERBOSE)) for kind, p in src.items())


# ---------------------------------------------------------------------------------------------------------------
# Calendar helpers
