from __future__ import annotations

from pathlib import Path

import pytest

from rasd.entities.features import doc_features, sentence_features
from rasd.entities.tagger import EntityTagger, names_path
from rasd.entities.train import (
    DOC_WINDOW,
    NAME_FOLDS,
    evaluate_model,
    load_sentences,
    name_list,
    read_conll,
    retokenise,
    score,
    train_ner,
    training_features,
)

CONLL = """فرانكفورت B-LOC
(د O
ب O
أ) O
أعلن O
اتحاد B-ORG
صناعة I-ORG
السيارات I-ORG
في O
ألمانيا B-LOC
. O

قال O
محمد B-PERS
البرادعي I-PERS
. O
"""


def test_read_conll_sentences_and_pers_to_per(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_text(CONLL, "utf-8")
    sents = read_conll(path)
    assert len(sents) == 2
    assert sents[1][1] == ("محمد", "B-PER")


def test_retokenise_drops_punctuation_into_gaps() -> None:
    s = retokenise([("فرانكفورت", "B-LOC"), ("(د", "O"), ("ب", "O"), ("أ)", "O"), ("أعلن", "O"), (".", "O")])
    assert s.words == ("فرانكفورت", "د", "ب", "ا", "اعلن")
    assert s.gaps == ("", "(", "", "", ")", ".")
    assert s.labels == ("B-LOC", "O", "O", "O", "O")


@pytest.mark.parametrize(
    ("pairs", "labels"),
    [
        ([("«", "B-ORG"), ("حماس", "I-ORG"), ("»", "I-ORG")], ("B-ORG",)),  # B- was on a quote
        ([("الأمم", "B-ORG"), ("-", "I-ORG"), ("المتحدة", "I-ORG")], ("B-ORG", "I-ORG")),
        ([("بي.بي.سي", "B-ORG")], ("B-ORG", "I-ORG", "I-ORG")),  # one gold token, three words
    ],
)
def test_retokenise_repairs_iob(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> None:
    assert retokenise(pairs).labels == labels


def test_score_spans_exact_match() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "O"]]
    s = score(gold, pred)
    assert s.per_type["LOC"].f1 == 1.0
    assert s.per_type["PER"].correct == 0 and s.per_type["PER"].gold == 1
    assert s.micro.correct == 2 and s.micro.gold == 3 and s.micro.predicted == 3
    assert s.micro_plo.f1 == pytest.approx(2 / 3, abs=1e-4)


def test_name_list_keeps_words_mostly_inside_entities() -> None:
    sents = [
        retokenise([("قال", "O"), ("ماكرون", "B-PER"), ("في", "O"), ("باريس", "B-LOC")]),
        retokenise([("باريس", "O"), ("جميلة", "O")]),
        retokenise([("باريس", "B-LOC")]),
    ]
    names = name_list(sents)
    assert names["ماكرون"] == "PER"
    assert names["باريس"] == "LOC"  # 2 of 3 occurrences
    assert "قال" not in names


def test_train_ner_is_deterministic_and_writes_beside_the_model(tmp_path: Path) -> None:
    gold = tmp_path / "g.txt"
    gold.write_text("\n".join([CONLL] * 3), "utf-8")
    first = train_ner(gold, tmp_path / "a.crfsuite", max_iterations=20)
    train_ner(gold, tmp_path / "b.crfsuite", max_iterations=20)
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()
    assert (tmp_path / "a.weights.npz").read_bytes() == (tmp_path / "b.weights.npz").read_bytes()
    assert names_path(tmp_path / "a.crfsuite").is_file() and first.sentences == 6
    model = EntityTagger.from_file(tmp_path / "a.crfsuite")
    assert model.names["البرادعي"] == "PER"
    scores = evaluate_model(tmp_path / "a.crfsuite", load_sentences(gold))
    assert scores.micro.gold == 12


def test_training_features_jackknife_names_and_window_documents(tmp_path: Path) -> None:
    gold = tmp_path / "g.txt"
    gold.write_text("\n".join([CONLL] * 40), "utf-8")
    sents = load_sentences(gold)
    pairs = [(s.words, s.gaps) for s in sents]
    size = -(-len(sents) // NAME_FOLDS)
    feats = list(training_features(sents))
    for j in (0, size - 1, size, len(sents) - 1):
        block = range(j // size * size, min(j // size * size + size, len(sents)))
        names = name_list(s for k, s in enumerate(sents) if k not in block)
        doc = doc_features(pairs, names, DOC_WINDOW)  # the whole list: the block slices must not change it
        assert feats[j] == sentence_features(*pairs[j], names, doc[j])
