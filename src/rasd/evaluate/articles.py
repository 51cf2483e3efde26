"""Article-level event evaluation against the hand-coded gold set (``python -m rasd.evaluate.articles``).

The gold file (``dev/articles_gold.jsonl``) holds one JSON object per article: ``article_id``,
``published``, ``seed`` (of the random draw) and ``events``, each event coded the way an ACLED coder
would code it from that article alone: ``status``, ``event_type``, ``sub_event_type``, ``date``
(``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when only that is known), ``time_precision``, ``location``
(``name``, ``country_code``, ``lat``, ``lon``, ``geo_precision``), ``actor1``, ``actor2`` (registry names),
``fatalities`` (lowest stated figure, or null when none is stated: scored as 0, ACLED's code) and ``evidence``
(a verbatim quote of the reporting sentence).  An article with ``"events": []`` was read and holds nothing to code; those articles are what
precision is made of.  The article text is not copied: it is read by id from the SaudiNewsNet corpus
(CC BY-NC-SA, research only, in ``../shared``), and the articles were drawn with
:func:`~rasd.evaluate.article_gold.draw_sample` (``random.Random(seed).sample`` over the corpus lines, in file
order).

Matching, per article: a predicted event may pair with a gold event when (1) its evidence or trigger
overlaps the gold evidence, or (2) it lies in the same sentence, or (3) it has the same event type,
a location within 50 km and a date within 3 days.  Pairs are taken greedily, strongest first (tier,
then agreement on type, sub-type and place), each event used once.  The report gives detection
precision/recall/F1 for reported events and for all statuses, field accuracies on matched pairs and
the lists of false positives and misses with their evidence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.doc import Doc
from rasd.errors import ConfigError, E
from rasd.evaluate.article_gold import GoldEvent, GoldLocation, read_corpus, read_gold
from rasd.metrics import prf
from rasd.models import Document, Event

Extract = Callable[..., Document]

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = ROOT / "dev" / "articles_gold.jsonl"
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "security_subset.jsonl.gz"

MATCH_KM = 50.0
MATCH_DAYS = 3
LOCATION_KM = 25.0
DATE_DAYS = 7

_TIER_EVIDENCE, _TIER_SENTENCE, _TIER_ATTRIBUTES = 3, 2, 1


@dataclass(frozen=True, slots=True)
class Detection:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return prf(self.tp, self.predicted, self.gold)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.predicted, self.gold)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.predicted, self.gold)[2]

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(frozen=True, slots=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0


@dataclass
class ArticleReport:
    articles: int = 0
    empty_articles: int = 0  # gold has no event
    predicted_in_empty: int = 0  # predicted events in those articles
    reported: Detection = Detection(0, 0, 0)
    all_statuses: Detection = Detection(0, 0, 0)
    fields: dict[str, Ratio] = field(default_factory=dict)
    false_positives: list[dict[str, object]] = field(default_factory=list)
    misses: list[dict[str, object]] = field(default_factory=list)
    mismatches: list[dict[str, object]] = field(default_factory=list)  # matched pairs with a wrong field

    def figures(self) -> dict[str, float]:
        """The flat figures the quality gate pins (all in 0..1)."""
        out = {
            "reported_precision": self.reported.precision,
            "reported_recall": self.reported.recall,
            "reported_f1": self.reported.f1,
            "all_precision": self.all_statuses.precision,
            "all_recall": self.all_statuses.recall,
            "all_f1": self.all_statuses.f1,
        }
        out.update({name: r.value for name, r in self.fields.items()})
        return {k: round(v, 4) for k, v in out.items()}

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "empty_articles": self.empty_articles,
            "predicted_in_empty": self.predicted_in_empty,
            "reported": self.reported.as_dict(),
            "all_statuses": self.all_statuses.as_dict(),
            "fields": {
                k: {"value": round(r.value, 4), "hits": r.hits, "total": r.total}
                for k, r in self.fields.items()
            },
            "false_positives": self.false_positives,
            "misses": self.misses,
            "mismatches": self.mismatches,
        }

    def format(self) -> str:
        """A plain-text report: detection, field accuracies, then every false positive and miss."""
        lines = [
            f"articles={self.articles} (no gold event: {self.empty_articles}, predicted there: {self.predicted_in_empty})"
        ]
        for name, d in (("reported", self.reported), ("all statuses", self.all_statuses)):
            lines.append(
                f"detection {name:13} P={d.precision:.3f} R={d.recall:.3f} F1={d.f1:.3f} "
                f"(tp={d.tp} predicted={d.predicted} gold={d.gold})"
            )
        lines.append("on matched pairs:")
        for name, r in self.fields.items():
            lines.append(f"  {name:22} {r.value:.3f} ({r.hits}/{r.total})")
        for title, rows in (("false positives", self.false_positives), ("misses", self.misses)):
            lines.append(f"{title} ({len(rows)}):")
            lines.extend(
                f"  {r['article_id']} [{r['status']}] {r['sub_event_type']}: {r['evidence']}" for r in rows
            )
        lines.append(f"matched pairs with a wrong field ({len(self.mismatches)}):")
        lines.extend(f"  {m['article_id']} {m['wrong']}: {m['evidence']}" for m in self.mismatches)
        return "\n".join(lines)


# ---------------------------------------------------------------- comparing fields


def parse_date(value: str | None) -> dt.date | None:
    """A day for a full or coarse date: ``YYYY-MM`` is the 15th, ``YYYY`` is 1 July."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return dt.date(int(parts[0]), 7, 1)
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 15)
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def date_exact(gold: str, pred: str | None) -> bool:
    """Same day; for a coarse gold date, any predicted day inside that month or year."""
    if pred is None:
        return False
    return pred == gold or (len(gold) < 10 and pred.startswith(gold))


def date_days(gold: str | None, pred: str | None) -> int | None:
    g, p = parse_date(gold), parse_date(pred)
    return None if g is None or p is None else abs((g - p).days)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def location_km(gold: GoldLocation | None, pred: Event) -> float | None:
    loc = pred.location
    if (
        gold is None
        or gold.lat is None
        or gold.lon is None
        or loc is None
        or loc.lat is None
        or loc.lon is None
    ):
        return None
    return km(gold.lat, gold.lon, loc.lat, loc.lon)


# ---------------------------------------------------------------- matching


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    out, i = [], text.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentence_of(bounds: list[tuple[int, int]], pos: int) -> int:
    for k, (s, e) in enumerate(bounds):
        if s <= pos < e:
            return k
    return -1


def _tier(gold: GoldEvent, pred: Event, text: str, bounds: list[tuple[int, int]]) -> int:
    gspans = _spans(text, gold.evidence)
    pspans = [(pred.evidence.start, pred.evidence.end), (pred.trigger.start, pred.trigger.end)]
    if any(_overlaps(g, p) for g in gspans for p in pspans):
        return _TIER_EVIDENCE
    gsent = {_sentence_of(bounds, s) for s, _ in gspans} - {-1}
    if gsent & {_sentence_of(bounds, pred.trigger.start), _sentence_of(bounds, pred.evidence.start)}:
        return _TIER_SENTENCE
    dist, days = location_km(gold.location, pred), date_days(gold.date, pred.date)
    if pred.event_type == gold.event_type and dist is not None and dist <= MATCH_KM and days is not None:
        if days <= MATCH_DAYS:
            return _TIER_ATTRIBUTES
    return 0


def match_events(gold: list[GoldEvent], pred: list[Event], text: str) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, strongest candidates first."""
    bounds = [(s.start, s.end) for s in Doc(id="gold", text=text).sentences]
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            tier = _tier(g, p, text, bounds)
            if not tier:
                continue
            dist = location_km(g.location, p)
            agree = (
                p.event_type == g.event_type,
                p.sub_event_type == g.sub_event_type,
                p.status == g.status,
                -(dist if dist is not None else 1e6),
            )
            cands.append(((tier, *agree), gi, pi))
    cands.sort(key=lambda c: c[0], reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _key, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


# ---------------------------------------------------------------- scoring

FIELDS = (
    "status",
    "event_type",
    "sub_event_type",
    "date_exact",
    "date_within_7d",
    "location_within_25km",
    "geo_precision",
    "actor1",
    "fatalities_exact",
)


def _field_checks(g: GoldEvent, p: Event) -> dict[str, bool | None]:
    """Each field's verdict on one matched pair; None where the gold leaves it uncoded."""
    days = date_days(g.date, p.date)
    dist = location_km(g.location, p)
    has_place = g.location is not None and g.location.lat is not None
    return {
        "status": p.status == g.status,
        "event_type": p.event_type == g.event_type,
        "sub_event_type": p.sub_event_type == g.sub_event_type,
        "date_exact": None if g.date is None else date_exact(g.date, p.date),
        "date_within_7d": None if g.date is None else days is not None and days <= DATE_DAYS,
        "location_within_25km": None if not has_place else dist is not None and dist <= LOCATION_KM,
        "geo_precision": None
        if g.location is None
        else p.location is not None and p.location.geo_precision == g.location.geo_precision,
        "actor1": None if g.actor1 is None else p.actor1 is not None and p.actor1.name == g.actor1,
        # A gold null means no figure is stated, which ACLED (and Rasd) code as 0 deaths.
        "fatalities_exact": (p.fatalities or 0) == (g.fatalities or 0),
    }


def _gold_row(article_id: str, g: GoldEvent) -> dict[str, object]:
    return {
        "article_id": article_id,
        "status": g.status,
        "event_type": g.event_type,
        "sub_event_type": g.sub_event_type,
        "evidence": g.evidence,
    }


def _pred_row(article_id: str, p: Event) -> dict[str, object]:
    return {
        "article_id": article_id,
        "status": p.status,
        "event_type": p.event_type,
        "sub_event_type": p.sub_event_type,
        "evidence": p.evidence.text,
        "trigger": p.trigger.text,
    }


def score_article(
    article_id: str, gold: list[GoldEvent], pred: list[Event], text: str, report: ArticleReport
) -> None:
    """Add one article's matches, false positives, misses and field verdicts to ``report``."""
    pairs = match_events(gold, pred, text)
    report.articles += 1
    if not gold:
        report.empty_articles += 1
        report.predicted_in_empty += len(pred)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    r, a = report.reported, report.all_statuses
    tp_reported = sum(
        1 for gi, pi in pairs if gold[gi].status == "reported" and pred[pi].status == "reported"
    )
    report.reported = Detection(
        r.tp + tp_reported,
        r.predicted + sum(1 for p in pred if p.status == "reported"),
        r.gold + sum(1 for g in gold if g.status == "reported"),
    )
    report.all_statuses = Detection(a.tp + len(pairs), a.predicted + len(pred), a.gold + len(gold))
    for gi, pi in pairs:
        verdicts = _field_checks(gold[gi], pred[pi])
        for name, ok in verdicts.items():
            if ok is None:
                continue
            old = report.fields.get(name, Ratio(0, 0))
            report.fields[name] = Ratio(old.hits + int(ok), old.total + 1)
        wrong = [name for name, ok in verdicts.items() if ok is False]
        if wrong:
            p = pred[pi]
            report.mismatches.append(
                {
                    **_gold_row(article_id, gold[gi]),
                    "wrong": wrong,
                    "predicted": {
                        "status": p.status,
                        "sub_event_type": p.sub_event_type,
                        "date": p.date,
                        "location": p.location.name if p.location else None,
                        "geo_precision": p.location.geo_precision if p.location else None,
                        "actor1": p.actor1.name if p.actor1 else None,
                        "fatalities": p.fatalities,
                        "evidence": p.evidence.text,
                    },
                }
            )
    report.misses.extend(_gold_row(article_id, g) for gi, g in enumerate(gold) if gi not in matched_g)
    report.false_positives.extend(
        _pred_row(article_id, p) for pi, p in enumerate(pred) if pi not in matched_p
    )


def _default_extract() -> Extract:
    from rasd.pipeline import extract

    return extract


def evaluate_articles(
    gold_path: Path | str = DEFAULT_GOLD,
    corpus_path: Path | str = DEFAULT_CORPUS,
    extract: Extract | None = None,
) -> ArticleReport:
    """Run ``extract`` (default :func:`rasd.extract`) on every gold article and score its events.

    Raises :class:`~rasd.errors.ConfigError` (E101) when the gold file or the corpus is missing, or
    E402 when a gold article is not in the corpus.
    """
    run = extract if extract is not None else _default_extract()
    gold = read_gold(gold_path)
    corpus = read_corpus(corpus_path, (g.article_id for g in gold))
    report = ArticleReport()
    for art in gold:
        rec = corpus.get(art.article_id)
        if rec is None:
            raise ConfigError(E.E402, id=art.article_id)
        doc = run(rec["text"], published=rec.get("published"), id=art.article_id, title=rec.get("title"))
        score_article(art.article_id, list(art.events), list(doc.events), rec["text"], report)
    for name in FIELDS:
        report.fields.setdefault(name, Ratio(0, 0))
    report.fields = {name: report.fields[name] for name in FIELDS}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m rasd.evaluate.articles",
        description="Score rasd.extract against the hand-coded article gold set.",
        epilog="example: python -m rasd.evaluate.articles --json > report.json",
    )
    parser.add_argument(
        "--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: dev/articles_gold.jsonl)"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="SaudiNewsNet subset (.jsonl.gz)")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        sys.stdout.write(
            f"skipped: corpus {args.corpus} is absent (research data in ../shared, not shipped).\n"
        )
        return 0
    report = evaluate_articles(args.gold, args.corpus)
    if args.json:
        sys.stdout.write(
            json.dumps({"figures": report.figures(), **report.as_dict()}, ensure_ascii=False, indent=1)
        )
    else:
        sys.stdout.write(report.format())
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
