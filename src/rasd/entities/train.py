"""Train the entity tagger's CRF on ANERcorp-style data ("token LABEL" lines, blank line between sentences).

    python -m rasd.entities.train --train ../shared/data/anercorp/train.txt --out src/rasd/data/ner.crfsuite

The parameters below are fixed and training is deterministic (L-BFGS, data in file order), so this command
reproduces the shipped model byte for byte given the same data files.  ``--tune`` instead holds out the last
``--dev-fraction`` of the training sentences and prints dev F1 for a grid of ``c1``/``c2``: tune there, never
on the test file.

Gold tokens are re-tokenised the way :class:`rasd.doc.Doc` tokenises (normalised text, runs of letters or
digits); punctuation tokens become the ``gaps`` between words (see :mod:`rasd.entities.features`).  Labels
PERS become PER; a word split out of one gold token inherits its label (B- on the first piece, I- after).

ANERcorp has no document breaks, so for the document features a sentence's document is the
:data:`DOC_WINDOW` sentences before and after it, in training and in :func:`evaluate_model` alike; at run
time it is the article (29 sentences on average in the security subset, about the window's 31).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pycrfsuite

from rasd.entities.crf import LinearCRF
from rasd.entities.features import doc_features, sentence_features
from rasd.entities.tagger import TYPES, EntityTagger, label_spans, names_path, open_tagger, weights_path
from rasd.metrics import prf
from rasd.text.normalise import normalise_str
from rasd.text.segment import _TOKEN

PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.05,
    "max_iterations": 500,
    "feature.possible_transitions": True,
    "feature.possible_states": True,
}
NAME_FOLDS = 5
DOC_WINDOW = 15  # a training sentence's document: the sentences ±15 around it (dev: ±8 0.7057, ±15 0.7143)
TUNE_GRID = ((0.02, 0.02), (0.05, 0.05), (0.1, 0.05), (0.05, 0.2), (0.2, 0.01))


@dataclass(frozen=True, slots=True)
class Sentence:
    words: tuple[str, ...]
    gaps: tuple[str, ...]  # len(words) + 1
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int


@dataclass(frozen=True, slots=True)
class Scores:
    """CoNLL span scores: exact boundaries and type."""

    per_type: dict[str, PRF]
    micro: PRF  # all four types
    micro_plo: PRF  # PER, LOC, ORG


@dataclass(frozen=True, slots=True)
class TrainResult:
    model: str
    sentences: int
    tokens: int
    params: dict[str, float | int | bool]
    dev: Scores | None = None
    dev_sentences: int = 0
    extra: dict[str, float] = field(default_factory=dict)


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, label) pairs."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in Path(path).read_text("utf-8-sig").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, label = " ".join(parts[:-1]) or parts[0], parts[-1]
        cur.append((tok, label.replace("PERS", "PER")))
    if cur:
        sents.append(cur)
    return sents


def retokenise(pairs: Sequence[tuple[str, str]]) -> Sentence:
    """Gold tokens → Rasd words, punctuation gaps and labels (IOB2 repaired after dropped tokens)."""
    words: list[str] = []
    labels: list[str] = []
    gaps: list[str] = []
    gap: list[str] = []
    for tok, label in pairs:
        norm = normalise_str(tok)
        pos = 0
        for k, m in enumerate(_TOKEN.finditer(norm)):
            gap.append(norm[pos : m.start()])
            gaps.append("".join("".join(gap).split()))
            gap = []
            words.append(m.group())
            labels.append(label if k == 0 or label == "O" else "I-" + label[2:])
            pos = m.end()
        gap.append(norm[pos:])
    gaps.append("".join("".join(gap).split()))
    for i, lab in enumerate(labels):  # an I- whose B- was a punctuation token
        if lab.startswith("I-") and (i == 0 or labels[i - 1][2:] != lab[2:]):
            labels[i] = "B-" + lab[2:]
    return Sentence(tuple(words), tuple(gaps), tuple(labels))


def load_sentences(path: str | Path) -> list[Sentence]:
    return [s for s in (retokenise(p) for p in read_conll(path)) if s.words]


def _prf(gold: int, pred: int, correct: int) -> PRF:
    p, r, f = prf(correct, pred, gold)
    return PRF(round(p, 4), round(r, 4), round(f, 4), gold, pred, correct)


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Scores:
    """Span P/R/F1 per type, micro over all types and over PER/LOC/ORG."""
    g_spans: set[tuple[int, int, int, str]] = set()
    p_spans: set[tuple[int, int, int, str]] = set()
    for n, (g, p) in enumerate(zip(gold, pred, strict=True)):
        g_spans.update((n, a, b, t) for a, b, t in label_spans(g))
        p_spans.update((n, a, b, t) for a, b, t in label_spans(p))
    ok = g_spans & p_spans

    def count(kinds: tuple[str, ...]) -> PRF:
        return _prf(
            sum(s[3] in kinds for s in g_spans),
            sum(s[3] in kinds for s in p_spans),
            sum(s[3] in kinds for s in ok),
        )

    return Scores({t: count((t,)) for t in TYPES}, count(TYPES), count(("PER", "LOC", "ORG")))


def name_list(sents: Iterable[Sentence], min_share: float = 0.5) -> dict[str, str]:
    """Words that are part of an entity in at least ``min_share`` of their occurrences → their types."""
    total: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = {}
    for s in sents:
        total.update(s.words)
        for w, lab in zip(s.words, s.labels, strict=True):
            if lab != "O" and len(w) > 1:
                typed.setdefault(w, Counter())[lab[2:]] += 1
    out: dict[str, str] = {}
    for w, kinds in sorted(typed.items()):
        keep = sorted(t for t, c in kinds.items() if c >= min_share * total[w])
        if keep:
            out[w] = "|".join(keep)
    return out


def training_features(sents: Sequence[Sentence]) -> Iterator[list[list[str]]]:
    """Features of each training sentence, with the name list jackknifed over :data:`NAME_FOLDS` blocks
    (a block sees the list built from the other blocks) and documents of ±:data:`DOC_WINDOW` sentences."""
    size = -(-len(sents) // NAME_FOLDS)
    pairs = [(s.words, s.gaps) for s in sents]
    for start in range(0, len(sents), size):
        block = range(start, min(start + size, len(sents)))
        names = name_list(s for j, s in enumerate(sents) if j not in block)
        lo = max(0, start - DOC_WINDOW)  # the block's documents reach DOC_WINDOW sentences beyond it
        doc = doc_features(pairs[lo : block.stop + DOC_WINDOW], names, DOC_WINDOW)
        for j in block:
            yield sentence_features(*pairs[j], names, doc[j - lo])


def fit(
    sents: Sequence[Sentence], out_path: str | Path, params: dict[str, float | int | bool]
) -> dict[str, str]:
    """Train and write the model, its numpy weights and its name list beside it; returns the name list.

    The name-list feature is jackknifed: each block of sentences sees a list built from the other blocks,
    so the CRF learns how far to trust the list on names it has not seen, as at run time.
    """
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for s, feats in zip(sents, training_features(sents), strict=True):
        trainer.append(feats, list(s.labels))
    trainer.set_params(dict(params))
    trainer.train(str(out_path))
    LinearCRF.from_tagger(open_tagger(out_path)).save(weights_path(out_path))
    names = name_list(sents)
    names_path(out_path).write_text(json.dumps(names, ensure_ascii=False, indent=0) + "\n", "utf-8")
    return names


def evaluate_model(model_path: str | Path, sents: Sequence[Sentence]) -> Scores:
    """Scores of a model file (with its name list beside it) on gold sentences, tagged as Rasd tags."""
    model = EntityTagger.from_file(model_path)
    tags = model.tag([(s.words, s.gaps) for s in sents], window=DOC_WINDOW)
    return score((s.labels for s in sents), tags)


def train_ner(
    train_path: str | Path, out_path: str | Path, *, dev_fraction: float = 0.0, **params: float | int | bool
) -> TrainResult:
    """Train on ``train_path`` and write the model to ``out_path``.

    With ``dev_fraction`` > 0 the last fraction of sentences is held out and scored (``result.dev``).
    ``params`` override :data:`PARAMS` (crfsuite L-BFGS names: c1, c2, max_iterations, ...).
    """
    sents = load_sentences(train_path)
    n_dev = int(len(sents) * dev_fraction)
    train, dev = (sents[:-n_dev], sents[-n_dev:]) if n_dev else (sents, [])
    full = {**PARAMS, **params}
    fit(train, out_path, full)
    return TrainResult(
        model=str(out_path),
        sentences=len(train),
        tokens=sum(len(s.words) for s in train),
        params=full,
        dev=evaluate_model(out_path, dev) if dev else None,
        dev_sentences=len(dev),
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dev-fraction", type=float, default=0.0)
    ap.add_argument(
        "--tune", action="store_true", help="grid over c1/c2 on a dev split; keeps the last model"
    )
    args = ap.parse_args(argv)
    if args.tune:
        for c1, c2 in TUNE_GRID:
            res = train_ner(args.train, args.out, dev_fraction=args.dev_fraction or 0.1, c1=c1, c2=c2)
            assert res.dev is not None
            print(
                json.dumps(
                    {"c1": c1, "c2": c2, "dev_micro": asdict(res.dev.micro), "plo": res.dev.micro_plo.f1}
                )
            )
        return
    res = train_ner(args.train, args.out, dev_fraction=args.dev_fraction)
    print(json.dumps(asdict(res), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
