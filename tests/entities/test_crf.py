from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from rasd.entities.crf import LinearCRF


def _brute_force(crf: LinearCRF, em: np.ndarray) -> list[int]:
    best, arg = -np.inf, tuple[int, ...]()
    for path in itertools.product(range(len(crf.labels)), repeat=len(em)):
        score = sum(em[t, j] for t, j in enumerate(path))
        score += sum(crf.transitions[a, b] for a, b in itertools.pairwise(path))
        if score > best:
            best, arg = score, path
    return list(arg)


def _random_crf(seed: int, labels: int = 3) -> LinearCRF:
    rng = np.random.default_rng(seed)
    names = tuple("O" if i == 0 else f"L{i}" for i in range(labels))
    return LinearCRF(names, {}, np.zeros((0, labels)), rng.normal(0, 2, (labels, labels)))


@pytest.mark.parametrize("seed", range(6))
def test_crf_viterbi_matches_brute_force(seed: int) -> None:
    crf = _random_crf(seed)
    rng = np.random.default_rng(100 + seed)
    lengths = [4, 1, 5, 2, 3][: 2 + seed % 4]
    em = rng.normal(0, 2, (sum(lengths), len(crf.labels)))
    got = crf.viterbi(em, lengths).tolist()
    want: list[int] = []
    start = 0
    for n in lengths:
        want += _brute_force(crf, em[start : start + n])
        start += n
    assert got == want


def test_crf_viterbi_empty() -> None:
    assert _random_crf(0).viterbi(np.zeros((0, 3)), []).tolist() == []


TRAIN = [
    (["قال", "الرئيس", "ماكرون", "في", "باريس"], ["O", "O", "B-PER", "O", "B-LOC"]),
    (["زار", "ماكرون", "برلين", "امس"], ["O", "B-PER", "B-LOC", "O"]),
    (["اعلنت", "وزاره", "الدفاع", "في", "بغداد"], ["O", "B-ORG", "I-ORG", "O", "B-LOC"]),
]


def _features(words: list[str]) -> list[list[str]]:
    return [
        ["b", "w=" + w, "p1=" + w[:1], *(["-1w=" + words[i - 1]] if i else ["BOS"])]
        for i, w in enumerate(words)
    ]


def test_crf_weights_and_decoding_equal_crfsuite(tmp_path: Path) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for words, labels in TRAIN:
        trainer.append(_features(words), labels)
    trainer.set_params({"c2": 0.01, "max_iterations": 50, "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "m.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    crf = LinearCRF.from_tagger(tagger)
    assert set(crf.labels) == {"O", "B-PER", "B-LOC", "B-ORG", "I-ORG"}
    tests = [words for words, _ in TRAIN] + [
        ["قال", "وزاره", "الدفاع", "ماكرون"],
        ["باريس"],
        ["غير", "معروف"],
    ]
    feats = [_features(w) for w in tests]
    em = np.array([crf.score(f) for fs in feats for f in fs])
    got = crf.viterbi(em, [len(w) for w in tests]).tolist()
    want = [crf.labels.index(lab) for fs in feats for lab in tagger.tag(fs)]
    assert got == want
    assert not crf.score(["never-seen"]).any()
    assert crf.score(["b", "never-seen"]).tolist() == crf.weights[crf.attributes["b"]].tolist()
    crf.save(tmp_path / "m.npz")
    crf.save(tmp_path / "again.npz")
    assert (tmp_path / "m.npz").read_bytes() == (tmp_path / "again.npz").read_bytes()
    loaded = LinearCRF.load(tmp_path / "m.npz")
    assert loaded.labels == crf.labels and loaded.attributes == crf.attributes
    assert np.array_equal(loaded.weights, crf.weights) and np.array_equal(loaded.transitions, crf.transitions)
