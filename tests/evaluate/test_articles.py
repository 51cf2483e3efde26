"""The article-level scorer on hand-built events, the gold file's own consistency, and the quality gate."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
from pathlib import Path

import pytest

from rasd.errors import ConfigError, ResourceError
from rasd.evaluate.articles import (
    DEFAULT_CORPUS,
    DEFAULT_GOLD,
    ArticleReport,
    GoldEvent,
    GoldLocation,
    date_exact,
    evaluate_articles,
    main,
    match_events,
    read_gold,
    score_article,
)
from rasd.models import SUB_EVENT_TYPES, Document, Event, Evidence, Location, Span

ROOT = Path(__file__).resolve().parents[2]
FLOORS = ROOT / "tests" / "quality_floors_articles.json"

TEXT = (
    "قتل خمسة مدنيين في قصف جوي على قرية قرب حلب أمس. "
    "وقال المرصد إن الطيران شن غارات أخرى. "
    "وفي سياق آخر، اعتقلت الشرطة ثلاثة مطلوبين في بغداد."
)
ALEPPO = GoldLocation("Aleppo", "SY", 36.20, 37.16, 2)
BAGHDAD = GoldLocation("Baghdad", "IQ", 33.34, 44.40, 1)


def span(quote: str) -> tuple[int, int]:
    i = TEXT.index(quote)
    return i, i + len(quote)


def gold(
    quote: str,
    sub: str = "Air/drone strike",
    kind: str = "Explosions/Remote violence",
    place: GoldLocation = ALEPPO,
    date: str = "2015-07-22",
    status: str = "reported",
    fatalities: int | None = 5,
) -> GoldEvent:
    return GoldEvent(status, kind, sub, date, 1, place, "Military Forces of Syria", None, fatalities, quote)


def pred(
    quote: str,
    sub: str = "Air/drone strike",
    kind: str = "Explosions/Remote violence",
    lat: float = 36.20,
    lon: float = 37.16,
    date: str | None = "2015-07-22",
    status: str = "reported",
    fatalities: int | None = 5,
    text: str = TEXT,
) -> Event:
    s = text.index(quote)
    e = s + len(quote)
    return Event(
        id=f"e{s}",
        event_type=kind,  # type: ignore[arg-type]
        sub_event_type=sub,  # type: ignore[arg-type]
        plover="ASSAULT",
        status=status,  # type: ignore[arg-type]
        date=date,
        time_precision=1,
        location=Location(start=s, end=s + 1, text=text[s], lat=lat, lon=lon, geo_precision=2, name="x"),
        fatalities=fatalities,
        confidence=0.9,
        summary_en="",
        evidence=Evidence(start=s, end=e, text=quote),
        trigger=Span(start=s, end=s + 3, text=text[s : s + 3]),
    )


def test_articles_match_by_evidence_overlap() -> None:
    g = [
        gold("قتل خمسة مدنيين في قصف جوي"),
        gold("اعتقلت الشرطة ثلاثة مطلوبين", "Arrests", "Strategic developments"),
    ]
    p = [pred("اعتقلت الشرطة", "Arrests", "Strategic developments"), pred("قصف جوي على قرية")]
    assert match_events(g, p, TEXT) == [(0, 1), (1, 0)]


def test_articles_match_by_same_sentence() -> None:
    g = [gold("قتل خمسة مدنيين")]
    p = [pred("قرية قرب حلب", lat=0.0, lon=0.0, date=None)]  # no overlap, same sentence
    assert match_events(g, p, TEXT) == [(0, 0)]


@pytest.mark.parametrize(
    ("lat", "lon", "date", "kind", "matched"),
    [
        (36.30, 37.20, "2015-07-24", "Explosions/Remote violence", True),  # 12 km, 2 days
        (36.30, 37.20, "2015-07-27", "Explosions/Remote violence", False),  # 5 days apart
        (35.13, 36.75, "2015-07-22", "Explosions/Remote violence", False),  # Hama, 120 km
        (36.30, 37.20, "2015-07-22", "Battles", False),  # another type
    ],
)
def test_articles_match_by_type_place_and_date(
    lat: float, lon: float, date: str, kind: str, matched: bool
) -> None:
    g = [gold("قتل خمسة مدنيين")]
    p = [pred("وقال المرصد إن الطيران شن غارات أخرى", kind=kind, lat=lat, lon=lon, date=date)]
    assert (match_events(g, p, TEXT) == [(0, 0)]) is matched


def test_articles_match_is_one_to_one_and_prefers_agreeing_type() -> None:
    quote = "قتل خمسة مدنيين في قصف جوي على قرية قرب حلب"
    g = [gold(quote, "Attack", "Violence against civilians"), gold(quote)]
    p = [pred(quote)]
    assert match_events(g, p, TEXT) == [(1, 0)]


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "exact"),
    [
        ("2015-07-22", "2015-07-22", True),
        ("2015-07-22", "2015-07-21", False),
        ("2015-06", "2015-06-26", True),  # coarse gold: any day of that month
        ("2015-06", "2015-07-01", False),
        ("2014", "2014-08", True),
        ("2015-07-22", None, False),
    ],
)
def test_articles_date_exact(gold_date: str, pred_date: str | None, exact: bool) -> None:
    assert date_exact(gold_date, pred_date) is exact


def test_articles_score_counts_statuses_fields_false_positives_and_misses() -> None:
    report = ArticleReport()
    g = [
        gold("قتل خمسة مدنيين في قصف جوي"),
        gold("اعتقلت الشرطة ثلاثة مطلوبين", "Arrests", "Strategic developments", BAGHDAD, fatalities=None),
    ]
    p = [
        pred("قتل خمسة مدنيين", status="historical", date="2015-07-20", fatalities=4),
        pred("وقال المرصد إن الطيران شن غارات أخرى", lat=10.0, lon=10.0),  # a false positive
    ]
    score_article("a", g, p, TEXT, report)
    score_article("b", [], [pred("قصف جوي")], TEXT, report)  # an article with nothing to code
    assert (report.all_statuses.tp, report.all_statuses.predicted, report.all_statuses.gold) == (1, 3, 2)
    assert (report.reported.tp, report.reported.predicted, report.reported.gold) == (0, 2, 2)
    assert (report.empty_articles, report.predicted_in_empty) == (1, 1)
    assert report.fields["status"].value == 0.0
    assert report.fields["event_type"].value == 1.0
    assert report.fields["date_exact"].value == 0.0
    assert report.fields["date_within_7d"].value == 1.0
    assert report.fields["fatalities_exact"].value == 0.0
    assert [m["evidence"] for m in report.misses] == ["اعتقلت الشرطة ثلاثة مطلوبين"]
    assert [f["article_id"] for f in report.false_positives] == ["a", "b"]
    assert report.mismatches[0]["wrong"] == ["status", "date_exact", "actor1", "fatalities_exact"]


def _write_corpus(tmp_path: Path, text: str) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "snn-1", "published": "2015-07-23", "title": "t", "text": text}) + "\n")
    event = {
        "status": "reported",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "date": "2015-07-22",
        "time_precision": 1,
        "location": {"name": "Aleppo", "country_code": "SY", "lat": 36.2, "lon": 37.16, "geo_precision": 2},
        "actor1": None,
        "actor2": None,
        "fatalities": 5,
        "evidence": "قتل خمسة مدنيين في قصف جوي",
    }
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(
        json.dumps({"article_id": "snn-1", "published": "2015-07-23", "seed": 1, "events": [event]}) + "\n",
        encoding="utf-8",
    )
    return gold_file, corpus


def test_articles_evaluate_reads_corpus_by_id_and_calls_extract(tmp_path: Path) -> None:
    gold_file, corpus = _write_corpus(tmp_path, TEXT)
    seen: list[tuple[str, object]] = []

    def fake_extract(text: str, **kw: object) -> Document:
        seen.append((str(kw["id"]), kw["published"]))
        return Document(id=str(kw["id"]), published=None, events=[pred("قصف جوي على قرية")])

    report = evaluate_articles(gold_file, corpus, extract=fake_extract)
    assert seen == [("snn-1", "2015-07-23")]
    assert report.figures()["reported_f1"] == 1.0
    assert report.figures()["location_within_25km"] == 1.0


def test_articles_evaluate_names_a_missing_corpus(tmp_path: Path) -> None:
    gold_file, _ = _write_corpus(tmp_path, TEXT)
    with pytest.raises(ConfigError, match="E101"):
        evaluate_articles(gold_file, tmp_path / "absent.jsonl.gz")


def test_articles_main_skips_without_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(tmp_path / "absent.jsonl.gz")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_articles_gold_file_is_well_formed() -> None:
    articles = read_gold(DEFAULT_GOLD)
    assert len(articles) == 40
    assert len({a.article_id for a in articles}) == 40
    assert {a.seed for a in articles} == {20240501}
    assert sum(1 for a in articles if not a.events) == 12  # articles with nothing to code
    assert sum(len(a.events) for a in articles) == 54
    for a in articles:
        for e in a.events:
            assert e.sub_event_type in SUB_EVENT_TYPES[e.event_type]
            assert e.status in ("reported", "historical", "aggregate")
            assert e.date is None or re.fullmatch(r"\d{4}(-\d\d){0,2}", e.date)
            assert e.location is None or 1 <= e.location.geo_precision <= 3
            assert e.fatalities is None or e.fatalities >= 0
            assert e.evidence.strip()


def _needs_corpus() -> None:
    if not DEFAULT_CORPUS.is_file():
        pytest.skip(f"research corpus {DEFAULT_CORPUS} is absent (../shared is not shipped)")


def test_articles_gold_evidence_is_verbatim_in_corpus() -> None:
    _needs_corpus()
    from rasd.evaluate.articles import read_corpus

    articles = read_gold(DEFAULT_GOLD)
    corpus = read_corpus(DEFAULT_CORPUS, (a.article_id for a in articles))
    for a in articles:
        assert a.published == corpus[a.article_id]["published"]
        for e in a.events:
            assert e.evidence in corpus[a.article_id]["text"], (a.article_id, e.evidence)
            if e.date and len(e.date) == 10:
                days = (dt.date.fromisoformat(a.published or e.date) - dt.date.fromisoformat(e.date)).days
                assert e.status != "historical" or days > 25


def test_articles_quality_floors() -> None:
    _needs_corpus()
    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))
    digest = hashlib.sha256(DEFAULT_GOLD.read_bytes()).hexdigest()
    assert digest == pinned["gold_sha256"], (
        "the gold file changed: re-measure and re-pin the floors on purpose"
    )
    try:
        report = evaluate_articles(DEFAULT_GOLD, DEFAULT_CORPUS)
    except ResourceError as exc:  # a model trained from ../shared data is not built in this checkout
        pytest.skip(str(exc))
    figures = report.figures()
    low = {k: (figures[k], floor) for k, floor in pinned["floors"].items() if figures[k] < floor}
    assert not low, f"below the pinned floors (got, floor): {low}"
