from __future__ import annotations

import pytest

from rasd.entities.features import cues, gap_class, name_types, sentence_features, shape, word_features
from rasd.text.normalise import normalise_str


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("الرئيس", "per_title"),
        ("محافظة", "loc"),
        ("وزارة", "org"),
        ("محمد", "per_first"),
        ("العاهل", "per_title"),
        ("نهر", "loc"),
    ],
)
def test_cues_classes_are_normalised(word: str, cls: str) -> None:
    assert cls in cues()[normalise_str(word)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والرئيس", "cue=per_title"),  # proclitic و stripped before the lookup
        ("بمحافظه", "cue=loc"),
        ("لوزاره", "cue=org"),
    ],
)
def test_word_features_find_cues_behind_clitics(word: str, expected: str) -> None:
    assert expected in word_features(normalise_str(word)).own


def test_word_features_affixes_and_shape() -> None:
    own = word_features("بغداد").own
    assert {"w=بغداد", "p1=ب", "p2=بغ", "p3=بغد", "s1=د", "s2=اد", "s3=داد", "sh=A", "len=5"} <= set(own)
    assert "f=غداد" in own  # the clitic-stripped reading ب + غداد is offered too


@pytest.mark.parametrize(("word", "expected"), [("2022", "d"), ("ISIS", "L"), ("بغداد", "A"), ("Xبغ", "x")])
def test_shape_classes(word: str, expected: str) -> None:
    assert shape(word) == expected


@pytest.mark.parametrize(
    ("gap", "before", "expected"),
    [
        ("", True, ""),
        ("«", True, "q"),
        ("(", True, "("),
        (")", False, ")"),
        ("،", False, ","),
        ("؟", False, "."),
        ("؛", True, ":"),
        (")،", False, ")"),
    ],
)
def test_gap_class(gap: str, before: bool, expected: str) -> None:
    assert gap_class(gap, before) == expected


def test_sentence_features_window_and_boundaries() -> None:
    words = [normalise_str(w) for w in ("قال", "الرئيس", "ماكرون", "امس")]
    feats = sentence_features(words, ["", "", "", "", "."])
    assert len(feats) == 4
    assert "BOS" in feats[0] and "EOS" in feats[3]
    assert "-1w=" + words[1] in feats[2] and "+1w=امس" in feats[2] and "-2w=قال" in feats[2]
    assert "-1cue=per_title" in feats[2]
    assert "bg-=" + words[1] + "|ماكرون" in feats[2]
    assert "g+=." in feats[3]


def test_sentence_features_name_list() -> None:
    names = {"ماكرون": "PER"}
    feats = sentence_features([normalise_str("الرئيس"), "ماكرون"], ["", "", ""], names)
    assert "gz=PER" in feats[1] and "+1gz=PER" in feats[0]


@pytest.mark.parametrize(
    ("word", "expected"), [("ماكرون", "PER"), ("وماكرون", "PER"), ("باريس", ""), ("2020", "")]
)
def test_name_types_tries_stripped_forms(word: str, expected: str) -> None:
    assert name_types(word, {"ماكرون": "PER"}) == expected
