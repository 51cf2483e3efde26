"""Dates: time expressions become :class:`DateMention` records resolved against the publication date.

Reads ``doc.view`` and ``doc.published``; fills ``doc.dates`` (sorted, non-overlapping, offsets into the original
text).  A handful of compiled regexes run over the normalised view (أ → ا, ة → ه, ٣ → 3, tatweel and harakat
gone); the longest candidate wins an overlap.  Every word list lives in ``lexicons/dates.json``.

Values follow ACLED's time precision: 1 the day is known; 2 the week or a range of days is known (the middle
of the range is coded); 3 only the month or year is known.

- Absolute Gregorian dates with both month series, the Maghreb series and variants (``24 يناير 2022``,
  ``30 ديسمبر (كانون الاول) 2002``, ``آذار/مارس``, ``الأول من مارس``), numeric dates (``24/1/2022`` day first,
  ``2022-01-24``), a month with a year (``في مارس 2019`` → ``2019-03``), a year after a cue (``عام 2019``,
  ``في 2019`` → ``2019``).  A date without a year takes the year that puts it on or before the publication
  date; ``مارس الماضي`` is the last March before the publication month, ``مارس المقبل`` the next one.
- Month granularity: a month of an earlier year written with its year is ``YYYY-MM``; any other month is
  coded on its middle day (``YYYY-MM-15``; for the publication month, the middle of the days gone by).
- Early / mid / late (``مطلع``, ``منتصف``, ``أواخر``) a month: days 1-10, 11-20, 21-end, precision 2.
- Hijri dates with a year (``5 رمضان 1436 هـ``, ``شوال 1436هـ``), converted with ``hijridate`` (Umm al-Qura;
  a solar Hijri year, ``1388 هجري شمسي``, is the Iranian calendar: year + 621):
  precision 1 with a day, else the middle of the Hijri month with precision 3.
- Relative days: اليوم 0, أمس -1, أول أمس -2, with a time of day (``صباح اليوم``, ``مساء أمس``).
  ``الليلة الماضية`` ('last night') is coded -1: news is mostly written the morning after.  A weekday after a
  day word (``اليوم (الاثنين)``, ``أمس الأحد``) moves it to the nearest such day, so a feed whose publication
  date runs a day late still gets the day the text names.
- Weekdays (``يوم الأحد الماضي``, ``فجر الجمعة``): the latest such day on or before the publication date;
  on the publication weekday itself that day, unless a past marker (الماضي) moves it a week back.
- Periods: ``الأسبوع الماضي`` is the previous Monday-Sunday week coded on its Thursday (precision 2);
  ``الشهر الماضي`` the middle of the previous month (precision 3); ``العام الماضي`` the year.
  ``الأيام الماضية`` / ``قبل أيام`` are the 7 days before publication, coded on their middle (precision 2);
  ``الأسابيع الماضية`` the 28 days before (precision 3).
- Seasons with a year or a marker (``صيف 2014``, ``الصيف الماضي``, ``شتاء العام الماضي``): the middle month,
  precision 3; ``الصيف الماضي`` is the last summer over by the publication month.
- Counted: ``قبل يومين`` / ``منذ ثلاثة أيام`` (precision 1), ``قبل أسبوعين`` (precision 2), ``قبل شهرين``
  (precision 3), ``منذ ثلاث سنوات`` (year).  ``قبل يومين من الهجوم`` counts from another event and is skipped.

Words that are dates only in context are guarded by lists in the lexicon: ``بين الاثنين`` (both), ``صلاة
الجمعة``, ``أمس الحاجة`` (most in need), ``اليوم التالي``, ``ثورة 25 يناير`` (a name), ``النصف الثاني من``.
The patterns run only where a head word (month, weekday, أمس, الأسبوع, قبل, a year) occurs, from the start of
the modifier words before it, which keeps the stage well under a millisecond per article.

Without a publication date only expressions that carry their own year resolve.  ``past`` is False when the
coded date (the first day of a month or year) lies after the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from hijridate import Gregorian, Hijri

from rasd.doc import DateMention, Doc
from rasd.text.dates_lexicon import (
    POSITION_DAYS,
    WEEK_DAYS,
    DateLexicon,
    T,
    _key,
    _Res,
    lexicon,
    patterns,
)
from rasd.text.match import phrase_tokens
from rasd.text.normalise import normalise_str
from rasd.text.segment import written_bare

YEAR_MIN, YEAR_MAX = 1900, 2100
HIJRI_MIN, HIJRI_MAX = 1343, 1500  # the Umm al-Qura range hijridate converts
SOLAR_HIJRI_OFFSET = 621  # Gregorian year in which a solar Hijri year begins


def _day(d: dt.date) -> _Res:
    return _Res(d.isoformat(), 1, "day", True, d)


def _range(a: dt.date, b: dt.date, precision: int = 2, granularity: str = "week") -> _Res:
    mid = a + (b - a) / 2
    return _Res(mid.isoformat(), precision, granularity, True, mid)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + delta
    return k // 12, k % 12 + 1


def _month(year: int, month: int, pub: dt.date | None, *, explicit: bool, pos: str | None = None) -> _Res:
    first = dt.date(year, month, 1)
    last = calendar.monthrange(year, month)[1]
    if pos is not None:
        lo, hi = POSITION_DAYS[pos]
        hi = min(hi, last)
        return _Res(dt.date(year, month, (lo + hi) // 2).isoformat(), 2, "week", not explicit, first)
    if explicit and (pub is None or year < pub.year):
        return _Res(f"{year:04d}-{month:02d}", 3, "month", False, first)
    day = 15
    if pub is not None and (year, month) == (pub.year, pub.month):
        day = (1 + pub.day) // 2  # the middle of the days gone by
    return _Res(dt.date(year, month, day).isoformat(), 3, "month", not explicit, first)


def _year(year: int, relative: bool) -> _Res:
    return _Res(f"{year:04d}", 3, "year", relative, dt.date(year, 1, 1))


def _year_for(month: int, day: int, pub: dt.date, mark: str | None) -> int:
    """The year of a day/month written without one (day 0: the month alone)."""
    if mark == "current":
        return pub.year
    if mark == "past":  # "12 يوليو الماضي" in a July 24 article is this July's 12th; "يوليو الماضي" last July
        return (
            pub.year if month < pub.month or (day and (month, day) < (pub.month, pub.day)) else pub.year - 1
        )
    if mark == "next":
        return pub.year if month > pub.month else pub.year + 1
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


# ---------------------------------------------------------------------------------------------------------------
# Resolvers: one per pattern; ``None`` rejects the candidate.

Groups = dict[str, str | None]


def _mark(lx: DateLexicon, g: Groups) -> str | None:
    mk = g.get("mk")
    return lx.markers.get(_key(mk)) if mk else None


def _lookup(table: dict[str, T], text: str) -> T:
    k = _key(text)
    return table[k] if k in table else table["ا" + k]  # لعام (of للعام) is العام


def _greg(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    name = _key(g["m"] or "")
    month = _lookup(lx.months, name)
    for other in (g["m2"], g["m3"]):
        if other and _lookup(lx.months, other) != month:
            return None
    day = int(g["d"]) if g["d"] else _lookup(lx.ordinals, g["od"]) if g["od"] else 0
    context = day or g["y"] or g["mw"] or g["m2"] or g["m3"] or g["pos"] or g["mk"]
    if not context and not g["pre"]:
        return None  # a month name alone is a date only after a preposition (في مارس; مارس الضغط is a verb)
    if g["wdpre"] and not day:
        return None
    pos = _lookup(lx.positions, g["pos"]) if g["pos"] and not day else None
    if g["y"]:
        year = int(g["y"])
        if not YEAR_MIN <= year <= YEAR_MAX:
            return None
        if not day:
            return _month(year, month, pub, explicit=True, pos=pos)
        if not _valid(year, month, day):
            return None
        d = dt.date(year, month, day)
        return _Res(d.isoformat(), 1, "day", False, d)
    if pub is None:
        return None
    year = _year_for(month, day, pub, _mark(lx, g))
    if not day:
        return _month(year, month, pub, explicit=False, pos=pos)
    return _day(dt.date(year, month, day)) if _valid(year, month, day) else None


def _numeric(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    if g["y"]:
        year, month, day = int(g["y"]), int(g["m"] or 0), int(g["d"] or 0)
    else:
        year, month, day = int(g["y2"] or 0), int(g["m2"] or 0), int(g["d2"] or 0)
    if not _valid(year, month, day):
        return None
    d = dt.date(year, month, day)
    return _Res(d.isoformat(), 1, "day", False, d)


def _year_only(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    if not (g["cue"] or g["pre"] or g["pos"] or g["btw"] or g["dash"]):
        return None  # a bare number; "2008- تسعة قتلى": a year heading a list item is a date (_context_ok)
    return _year(int(g["y"] or 0), False)


def _hijri(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    year, month = int(g["y"] or 0), _lookup(lx.hijri_months, g["hm"] or "")
    if not g["y"] and g["d"] and pub is not None:
        year = _latest_hijri_year(pub, month, int(g["d"]))  # "يوم الخميس 21 شوال": the last 21 Shawwal
    if not HIJRI_MIN <= year <= HIJRI_MAX:
        return None
    if not g["d"]:
        mid = Hijri(year, month, 15).to_gregorian()
        return _Res(mid.isoformat(), 3, "month", False, Hijri(year, month, 1).to_gregorian())
    day = min(int(g["d"]), Hijri(year, month, 1).month_length())
    d = Hijri(year, month, day).to_gregorian()
    return _Res(d.isoformat(), 1, "day", False, d)


HIJRI_AHEAD_DAYS = 3  # a day and month without a year may lie this far after a lagging feed's date


def _latest_hijri_year(pub: dt.date, month: int, day: int) -> int:
    """The Hijri year of the last day ``day`` of month ``month`` on or before publication (a few days' lag
    allowed), as the Saudi press writes "21 شوال" for this year's."""
    try:
        this = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
        for year in (this, this - 1):
            g = Hijri(year, month, min(day, Hijri(year, month, 1).month_length())).to_gregorian()
            if (dt.date(g.year, g.month, g.day) - pub).days <= HIJRI_AHEAD_DAYS:
                return year
    except (OverflowError, ValueError):
        pass
    return 0


def _hijri_year(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    year = int(g["y"] or 0)
    if not HIJRI_MIN <= year <= HIJRI_MAX:
        return None
    if g["sol"]:  # the Iranian solar Hijri year (هجري شمسي) starts at the March equinox: 1388 ش is 2009/10
        return _year(year + SOLAR_HIJRI_OFFSET, False)
    return _year(Hijri(year, 6, 15).to_gregorian().year, False)


def _weekday(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    if pub is None:
        return None
    target = _lookup(lx.weekdays, g["wd"] or "")
    back = (pub.weekday() - target) % 7
    mark = _mark(lx, g)
    if mark == "next":
        return _day(pub + dt.timedelta(days=7 - back if back else 7))
    if mark == "past" and back == 0:
        back = 7
    return _day(pub - dt.timedelta(days=back))


def _weekday_ahead(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    """A weekday still to come: that day of the publication's week, or the next one after it."""
    if pub is None:
        return None
    ahead = (_lookup(lx.weekdays, g["wd"] or "") - pub.weekday()) % 7
    return _day(pub + dt.timedelta(days=ahead))


# How many days after the day word its named weekday may fall; further off, the weekday is the one before.  A
# feed's date is more often after the story's than before it: in SaudiNewsNet before August 2015 (a crawl date),
# "أمس" + a weekday falls 1-3 days before the day word 279 times and 1-3 days after it 48 times (3 days before
# 29 times, 3 after 16), and after August (true dates) 251 and 8 times (3 after: never): a weekday three days
# ahead of the day word is taken for the one four days before it.
_WEEKDAY_AHEAD_MAX = 2


def _day_word(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    rel = _key(g["rel"] or "")
    if rel in lx.day_words_need_context and not (g["part"] or g["yawm"]):
        return None
    if pub is None:
        return None
    day = pub + dt.timedelta(days=_lookup(lx.day_words, rel))
    if g["wd"]:  # أمس (الأحد): the named day nearest, which wins when the feed's publication date is off
        ahead = (_lookup(lx.weekdays, g["wd"]) - day.weekday()) % 7
        day += dt.timedelta(days=ahead if ahead <= _WEEKDAY_AHEAD_MAX else ahead - 7)
    return _day(day)


_YEAR_PART = {"early": 2, "mid": 6, "late": 11}  # the month that stands for a part of a year
_POSITIONED_NOW = ("year", "month")  # units that, with a position word and no marker, mean the current one


def _period(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    unit = _lookup(lx.periods, g["unit"] or "")
    mark = _mark(lx, g) or ("current" if g["this"] else None)
    if mark is None and g["pos"] and unit in _POSITIONED_NOW:
        mark = "current"  # "منذ أن سيطروا على القصر مطلع العام": the start of this year
    if pub is None or mark is None:
        return None
    step = {"past": -1, "next": 1, "current": 0}[mark]
    pos = _lookup(lx.positions, g["pos"]) if g["pos"] else None
    day = int(g["d"]) if g["d"] else _lookup(lx.ordinals, g["od"]) if g["od"] else 0
    if day and unit != "month":
        return None
    if unit == "year":
        if pos in _YEAR_PART:  # مطلع العام الماضي: its first months, coded at its second month
            year, month = pub.year + step, _YEAR_PART[pos]
            if step == 0 and pos == "early":
                month = min(month, pub.month)  # مطلع العام, told in January
            return _Res(f"{year:04d}-{month:02d}", 3, "month", True, dt.date(year, month, 1))
        return _year(pub.year + step, True)
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, step)
        if day:  # في 26 من الشهر الماضي
            return _day(dt.date(y, m, day)) if _valid(y, m, day) else None
        return _month(y, m, pub, explicit=False, pos=pos)
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * step)
    lo, hi = WEEK_DAYS.get(pos or "", (0, 6))
    end = monday + dt.timedelta(days=hi)
    if step == 0 and pos is None:
        end = min(end, pub)
    return _range(monday + dt.timedelta(days=lo), end)


def _season(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    """صيف 2014; الصيف الماضي (the last one over by the publication month); هذا الشتاء; صيف العام الماضي."""
    mid = _lookup(lx.seasons, g["sn"] or "")
    if g["y"]:
        year = int(g["y"])
    else:
        mark = _mark(lx, g) or ("current" if g["this"] else None)
        if pub is None or mark is None:
            return None
        step = {"past": -1, "next": 1, "current": 0}[mark]
        if g["yr"]:  # صيف العام الماضي: the season of that year
            if _lookup(lx.periods, g["yr"]) != "year":
                return None
            year = pub.year + step
        elif step == 0:
            year = pub.year
        elif step < 0:  # the last season wholly over before the publication month
            year = pub.year if _shift_month(pub.year, mid, 1) < (pub.year, pub.month) else pub.year - 1
        else:
            year = pub.year if _shift_month(pub.year, mid, -1) > (pub.year, pub.month) else pub.year + 1
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    return _Res(f"{year:04d}-{mid:02d}", 3, "month", not g["y"], dt.date(year, mid, 1))


def _span(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    mark = _mark(lx, g)
    if pub is None or mark not in ("past", "next"):
        return None
    days = 7 if _lookup(lx.spans, g["unit"] or "") == "days" else 28
    sign = -1 if mark == "past" else 1
    a, b = pub + dt.timedelta(days=sign), pub + dt.timedelta(days=sign * days)
    return _range(min(a, b), max(a, b), 2 if days == 7 else 3, "week" if days == 7 else "month")


# (farthest, nearest) days back for a unit told without a number: "قبل أيام" is the past week, "قبل أسابيع" the
# weeks before it, "قبل أشهر" two to six months, "قبل سنوات" two to ten years (precision 3 beyond the week)
_SINCE = normalise_str("منذ")
VAGUE_AGO_DAYS = {"day": (7, 1), "week": (28, 8), "month": (180, 60), "year": (3650, 730)}


def _ago(g: Groups, pub: dt.date | None, lx: DateLexicon) -> _Res | None:
    if pub is None:
        return None
    unit, n = _lookup(lx.units, g["u"] or "")
    if g["n"]:
        n = int(g["n"])
    elif g["nw"]:
        n = _lookup(lx.counts, g["nw"])
    if unit == "hour":  # قبل ساعات, منذ 36 ساعة: the day it was that many hours before publication
        return _day(pub - dt.timedelta(days=(n or 0) // 24)) if (n or 0) <= 100 else None
    if n is None:
        # قبل أيام, منذ بضعة أيام: a few days; قبل أسابيع / عدة أشهر / سنوات: a vague span further back
        back = VAGUE_AGO_DAYS.get(unit or "")
        if back is None or (unit != "day" and _SINCE in (g["pre"] or "")):
            return None  # "منذ سنوات", "منذ أشهر": for years, months (a duration), no date
        far, near = back
        if unit == "day":
            return _range(pub - dt.timedelta(days=far), pub - dt.timedelta(days=near))
        mid = pub - dt.timedelta(days=(far + near) // 2)
        return _year(mid.year, True) if unit == "year" else _month(mid.year, mid.month, pub, explicit=False)
    if n == 0 or n > 100:
        return None
    if unit == "day":
        return _day(pub - dt.timedelta(days=n))
    if unit == "week":
        d = pub - dt.timedelta(days=7 * n)
        return _Res(d.isoformat(), 2, "week", True, d)
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, -n)
        return _month(y, m, pub, explicit=False)
    return _year(pub.year - n, True)


Resolver = Callable[[Groups, dt.date | None, DateLexicon], _Res | None]
RESOLVERS: dict[str, Resolver] = {
    "greg": _greg,
    "numeric": _numeric,
    "year": _year_only,
    "hijri": _hijri,
    "hijri_year": _hijri_year,
    "weekday": _weekday,
    "day_word": _day_word,
    "period": _period,
    "span": _span,
    "season": _season,
    "ago": _ago,
}

# ---------------------------------------------------------------------------------------------------------------
# Context guards for words that are dates only in context

_PREV = re.compile(r"(\w+)\W*$")
_NEXT = re.compile(r"[^\S\n]*(\w+)")


def _bare_word(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _prev_word(text: str, s: int) -> str:
    m = _PREV.search(text, max(0, s - 24), s)
    return _bare_word(m.group(1)) if m else ""


_WORDS_BEFORE = re.compile(r"\w+")
_AHEAD_WORDS = 3  # words before a weekday looked at for a start still to come
_AHEAD_CHARS = 40  # ... found in this many characters before it


def _ahead(text: str, s: int, g: Groups, lx: DateLexicon) -> bool:
    """A weekday with no marker a few words after a word of a start or an end still to come ("هدنة تبدأ منتصف
    ليلة الاثنين"): the next such day, not the last."""
    if g.get("mk"):
        return False
    words = _WORDS_BEFORE.findall(text, max(0, s - _AHEAD_CHARS), s)[-_AHEAD_WORDS:]
    return any(_bare_word(w) in lx.weekday_ahead_after for w in words)


def _next_word(text: str, e: int) -> str:
    m = _NEXT.match(text, e, e + 24)
    return m.group(1) if m else ""


def _definite_adjective(word: str, lx: DateLexicon) -> bool:
    """A definite adjective of a day: a nisba or relative (العالمي, الوطنية, الذي) or an ordinal (الأول)."""
    norm = normalise_str(word)
    return norm.startswith("ال") and (norm.endswith(("ي", "يه")) or norm in lx.day_word_definite_adjectives)


def _context_ok(kind: str, g: Groups, text: str, s: int, e: int, lx: DateLexicon) -> bool:
    """Reject words that are dates only in context (see the guard lists in ``dates.json``)."""
    if kind == "weekday" and not (g["part"] or g["yawm"] or g["mk"]):
        wd = _key(g["wd"] or "")
        if _prev_word(text, s) in lx.weekday_not_after.get(wd, ()):
            return False
        nxt = _next_word(text, e)
        return nxt not in lx.weekday_not_before.get(wd, ()) and nxt not in lx.weekday_not_before_any
    if kind == "day_word":
        rel = _key(g["rel"] or "")
        if rel not in lx.day_words:  # لليوم (ل + اليوم): 'for the day', not today
            return "ا" + rel not in lx.day_words_not_before_definite
        if rel in lx.day_words_not_before_definite and text[s] in "بكل":
            return False
        if not (g["pre"] or g["part"] or g["yawm"]) and _prev_word(text, s) in lx.day_word_not_after.get(
            rel, ()
        ):
            return False
        if _prev_word(text, s) in lx.day_word_rate_after:
            return False  # "خمس مرات في اليوم": a rate
        if g["wd"]:
            return True
        nxt = _next_word(text, e)
        # اليوم التالي, اليوم الأول, اليوم العالمي: a day of the story, not the publication day (a definite noun
        # after it is the verb's subject or object: "اقتحم مستوطنون اليوم المسجد الأقصى")
        return nxt not in lx.day_word_not_before.get(rel, ()) and not (
            rel in lx.day_words_not_before_definite and _definite_adjective(nxt, lx)
        )
    if kind == "year" and g["dash"] and not (g["cue"] or g["pre"] or g["pos"] or g["btw"]):
        return s == 0 or "\n" in text[max(0, s - 3) : s]  # only at the head of a line: "2008- تسعة قتلى"
    if kind == "period" and g["pos"] and not (g["mk"] or g["this"]) and _next_word(text, e).startswith("ال"):
        return False  # بداية العام الدراسي: the school year's start, not this year's
    if kind in ("greg", "period") and g["od"] and not g["pre"] and not g.get("wdpre"):
        if _prev_word(text, s) in lx.ordinal_not_after:  # النصف الثاني من مايو
            return False
    if kind == "greg" and not g["y"] and (g["d"] or g["od"]) and not g["pre"] and not g["wdpre"]:
        return _prev_word(text, s) not in lx.named_after  # ثورة 25 يناير names a revolution
    return True


# ---------------------------------------------------------------------------------------------------------------
# Anchors: the patterns are tried only where a head word (month, weekday, أمس, الأسبوع, قبل, a year ...) occurs,
# from the start of the run of modifier words before it (في, يوم, مساء, 15, من ...).

_CONJ = ("", "و", "ف")
MAX_LEAD = 8  # modifier tokens looked at before a head word
_FOUR_DIGITS = re.compile(r"[0-9]{4}")
_GAP = re.compile(r"[^\S\n]*[،,(/\-]?[^\S\n]*")


def _with_clitics(word: str) -> list[str]:
    out = [c + word for c in _CONJ]
    if word.startswith("ال"):
        out += [c + p + word for c in _CONJ for p in "بك"] + [c + "لل" + word[2:] for c in _CONJ]
    return out


@dataclass(frozen=True, slots=True)
class _Index:
    heads: dict[str, tuple[str, ...]]  # token (with clitics) -> pattern kinds it can anchor
    lead: frozenset[str]  # words that may stand before a head inside one expression


@cache
def _index() -> _Index:
    lx, r = lexicon(), lexicon().raw
    groups: dict[str, Iterable[str]] = {
        "greg": lx.months,
        "hijri": lx.hijri_months,
        "weekday": lx.weekdays,
        "day_word": lx.day_words,
        "period": lx.periods,
        "span": lx.spans,
        "season": lx.seasons,
        "ago": r["ago"],
    }
    heads: dict[str, list[str]] = {}
    for kind, phrases in groups.items():
        for phrase in phrases:
            for form in _with_clitics(phrase_tokens(phrase)[0]):
                if kind not in heads.setdefault(form, []):
                    heads[form].append(kind)
    lead_lists: list[Iterable[str]] = [
        r[k]
        for k in ("day_parts", "prepositions", "range", "on_day", "month_word", "year_cues", "this", "hedges")
    ]
    lead_lists += [lx.positions, lx.ordinals, lx.weekdays, lx.markers, lx.counts, ["من", "اليوم", "و", "ف"]]
    lead = {t for words in lead_lists for w in words for t in phrase_tokens(w)}
    return _Index(
        {k: tuple(v) for k, v in heads.items()}, frozenset(f for w in lead for f in _with_clitics(w))
    )


def _digit_kinds(norm: str, text: str, end: int) -> tuple[str, ...]:
    kinds: list[str] = []
    if _FOUR_DIGITS.fullmatch(norm):
        y = int(norm)
        kinds += ["year"] if 1900 <= y <= 2100 else ["hijri_year"] if HIJRI_MIN <= y <= HIJRI_MAX else []
    if "." in norm or text[end : end + 1] in ("/", "-"):
        kinds.append("numeric")
    return tuple(kinds)


def _candidates(doc: Doc, lx: DateLexicon) -> list[tuple[int, int, _Res, str]]:
    text, pub, tokens = doc.view.text, doc.published, doc.tokens
    index, pats = _index(), dict(patterns())
    tried: set[tuple[str, int]] = set()
    out: list[tuple[int, int, _Res, str]] = []
    shifts: list[int] = []  # days between a day word named with its weekday and the day word alone
    bare: list[int] = []  # indexes in ``out`` of day words named without a weekday
    for i, tok in enumerate(tokens):
        norm = tok.norm
        kinds = index.heads.get(norm, ())
        if "0" <= norm[0] <= "9":
            kinds = kinds + _digit_kinds(norm, text, tok.nend)
        if not kinds or written_bare(doc.text, tok) in lx.not_months:
            continue  # "في إب": the city, not August
        starts = [tok.nstart]
        j = i - 1
        while j >= 0 and i - j <= MAX_LEAD:
            prev = tokens[j]
            gap = _GAP.fullmatch(text, prev.nend, tokens[j + 1].nstart)
            if gap is None or not (prev.norm in index.lead or "0" <= prev.norm[0] <= "9"):
                break
            starts.append(prev.nstart)
            j -= 1
        for kind in kinds:
            pat, resolve = pats[kind], RESOLVERS[kind]
            for pos in reversed(starts):  # the longest expression first
                if (kind, pos) in tried:
                    continue
                tried.add((kind, pos))
                m = pat.match(text, pos)
                if m is None or m.end() <= tok.nstart:
                    continue
                g: Groups = m.groupdict()
                s, e = m.start() + len(g.get("cj") or ""), m.end()
                if not _context_ok(kind, g, text, s, e, lx):
                    break  # a name (ثورة 17 فبراير) is not a date in any shorter reading either
                res = resolve(g, pub, lx)
                if res is not None and kind == "weekday" and _ahead(text, s, g, lx):
                    res = _weekday_ahead(g, pub, lx)
                glossed = None
                if res is not None and kind == "day_word" and not g["wd"]:
                    glossed = _YESTERDAY_GLOSS.match(text, e)
                if res is not None and glossed is not None:
                    # "ظهر اليوم (أمس)": a wire's today, glossed by the paper that printed it a day later (the
                    # gloss already says the day: no feed-date shift below)
                    res, e = _day(res.when - dt.timedelta(days=1)), glossed.end()
                if res is not None:
                    if kind == "day_word" and pub is not None and glossed is None:
                        # "اليوم الأحد" in a story the feed dates Friday: the day word's own day is off by two
                        base = pub + dt.timedelta(days=_lookup(lx.day_words, _key(g["rel"] or "")))
                        if g["wd"] and not g["yawm"]:
                            shifts.append((res.when - base).days)
                        else:
                            bare.append(len(out))
                    out.append((s, e, res, kind))
                    break
    if shifts and len(set(shifts)) == 1 and shifts[0]:
        # every day word named with its weekday is off the publication date by the same days: the feed's date
        # lags the story's, so the bare ones (اليوم, أمس) are read against the story's own today too
        for k in bare:
            s, e, res, kind = out[k]
            out[k] = (s, e, _day(res.when + dt.timedelta(days=shifts[0])), kind)
    for m in _CHRONICLE_LINE.finditer(text):  # "1989 - مجموعة إسرائيلية تقوم بخطف ...": a dated line
        year = int(m["y"])
        if YEAR_MIN <= year <= YEAR_MAX and (pub is None or year <= pub.year):
            out.append((m.start("y"), m.end("y"), _year(year, False), "chronicle"))
    return out


# "اليوم (أمس)": the bracketed yesterday a paper adds to a wire story's today
_YESTERDAY_GLOSS = re.compile(r"[^\S\n]*\([^\S\n]*امس[^\S\n]*\)")  # (read over the normalised text)

# A line that opens with a year and a dash, as "this day in history" columns and timelines are written.
_CHRONICLE_LINE = re.compile(r"(?m)^[^\S\n]*(?P<y>[0-9]{4})[^\S\n]*[-–—][^\S\n]")


def value_days(value: str) -> tuple[dt.date, dt.date]:
    """The first and the last day a coded date value covers: ``YYYY-MM-DD`` one day, ``YYYY-MM`` its month,
    ``YYYY`` its year."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(parts[0], parts[1], parts[2])
        return day, day
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


_SINCE = "منذ"


def find_dates(doc: Doc) -> Doc:
    """Fill ``doc.dates`` with the article's date expressions, resolved against ``doc.published``."""
    lx = lexicon()
    view, pub = doc.view, doc.published
    cands = _candidates(doc, lx)
    cands.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for s, e, res, kind in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        start, end = view.orig(s), view.orig_end(e)
        past = pub is None or res.when <= pub
        since = kind != "ago" and view.text[s:e].startswith(
            _SINCE
        )  # منذ يومين (ago) is a day; منذ يوليو is not
        out.append(
            DateMention(
                start,
                end,
                doc.text[start:end],
                res.value,
                res.precision,
                res.granularity,
                res.relative,
                past,
                since,
            )
        )
    out.sort(key=lambda d: d.start)
    doc.dates = _year_of_sentence(doc, _year_after(doc, out))
    return doc


_YEAR_GAP = re.compile(r"[^\S\n]*(?:من[^\S\n]+)?")


def _year_after(doc: Doc, dates: list[DateMention]) -> list[DateMention]:
    """A day or month without its year followed by a relative year ("في 17 يوليو العام الماضي", "في يوليو من
    العام الماضي") is that day or month of that year: one mention, not this year's July and a year."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.relative
            and prev.granularity in ("day", "month")
            and d.granularity == "year"
            and d.relative
            and _YEAR_GAP.fullmatch(doc.text, prev.end, d.start)
        ):
            year, month, day = int(d.value[:4]), int(prev.value[5:7]), int(prev.value[8:10])
            if prev.granularity == "month":
                value, first = f"{year:04d}-{month:02d}", dt.date(year, month, 1)
            elif _valid(year, month, day):
                value = dt.date(year, month, day).isoformat()
                first = dt.date(year, month, day)
            else:
                out.append(d)
                continue
            past = doc.published is None or first <= doc.published
            out[-1] = DateMention(
                prev.start, d.end, doc.text[prev.start : d.end], value, prev.precision, prev.granularity,
                False, past, prev.since,
            )  # fmt: skip
            continue
        out.append(d)
    return out


def _year_of_sentence(doc: Doc, dates: list[DateMention]) -> list[DateMention]:
    """A day or a month named without its year after a date of the same sentence that names that month and its
    year ("معارك أكتوبر 1973 ... وبالتحديد في يومي 24 و25 أكتوبر", "في 25 يناير 1952 ... ليصبح يوم 25 يناير") is
    of that year, not of the one the publication date would give it; so is one after a year that heads its
    sentence, as in a chronology ("1993 - إسرائيل تشن عملية ... في 31 يوليو"). Another month may be another year
    (بين الغارات الأولى في آب 2014 و22 حزيران)."""
    months = lexicon().months
    out: list[DateMention] = []
    for d in dates:
        if not (
            d.relative
            and d.granularity in ("day", "month")
            and any(w in months for w in normalise_str(d.text).split())
        ):
            out.append(d)
            continue
        si = _sentence(doc, d)
        anchor = next(
            (a for a in reversed(out) if not a.relative and a.granularity in ("day", "month", "year")), None
        )
        if (
            anchor is None
            or _sentence(doc, anchor) != si
            or anchor.value[:4] == d.value[:4]
            or (anchor.granularity == "year" and not _heads_sentence(doc, anchor, si))
            or (anchor.granularity != "year" and anchor.value[5:7] != d.value[5:7])
        ):
            out.append(d)
            continue
        year, month = int(anchor.value[:4]), int(d.value[5:7])
        day = int(d.value[8:10]) if d.granularity == "day" else 1
        if not _valid(year, month, day):
            out.append(d)
            continue
        value = dt.date(year, month, day).isoformat() if d.granularity == "day" else f"{year:04d}-{month:02d}"
        past = doc.published is None or dt.date(year, month, day) <= doc.published
        out.append(
            DateMention(d.start, d.end, d.text, value, d.precision, d.granularity, False, past, d.since)
        )
    return out


def _sentence(doc: Doc, d: DateMention) -> int:
    """Index of the sentence a date stands in."""
    return doc.sentence_of(doc.token_at(d.start))


def _heads_sentence(doc: Doc, d: DateMention, si: int) -> bool:
    """The date opens sentence ``si`` (a chronology's "1993 - ...", "وفي عام 1993، عندما ...")."""
    return si < len(doc.sentences) and doc.text[doc.sentences[si].start : d.start].strip(" -–•*\n") in (
        "",
        "و",
        "ف",
    )


def in_date(doc: Doc, start: int, end: int) -> bool:
    """The span ``[start, end)`` lies inside a date of ``doc`` (a year, a day of the month): no count, no cue."""
    return any(d.start <= start and end <= d.end for d in doc.dates)
