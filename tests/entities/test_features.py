from __future__ import annotations

import pytest

from rasd.entities.features import (
    context_evidence,
    cues,
    doc_features,
    doc_key,
    gap_class,
    name_classes,
    name_lexicon,
    name_types,
    sentence_features,
    shape,
    word_features,
)
from rasd.text.normalise import normalise_str
from rasd.text.segment import token_forms


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


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("العراق", "gc"),  # country (gazetteer)
        ("سوريا", "gc"),
        ("نينوى", "ga"),  # province
        ("الموصل", "gC"),  # city of 100k people or more
        ("بالموصل", "gC"),  # behind a proclitic
        ("وحلب", "ga"),
        ("الزور", "gt"),  # last word of دير الزور
        ("عراقي", "adj"),  # country adjective
        ("سوريه", "adj"),
        ("داعش", "a2"),  # one-word actor alias with its ACLED inter code
        ("الحوثيون", "a2"),
        ("طالبان", "a2"),
    ],
)
def test_name_classes_from_gazetteer_and_actors(word: str, cls: str) -> None:
    norm = normalise_str(word)
    assert cls in name_classes(norm, token_forms(norm))
    assert "lx=" + cls in word_features(norm).own


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("رويترز", "o"),  # one-word organisation name (lexicons/ner_names.json)
        ("لرويترز", "o"),  # behind a proclitic
        ("اليونيسف", "o"),
        ("الليكود", "o"),
        ("ريال", "oh"),  # first word of ريال مدريد
        ("الأطلسي", "ot"),  # last word of حلف شمال الأطلسي
        ("بوش", "sn"),  # surname
        ("والمالكي", "sn"),
        ("نتنياهو", "sn"),
    ],
)
def test_name_classes_from_own_name_lists(word: str, cls: str) -> None:
    norm = normalise_str(word)
    assert cls in name_classes(norm, token_forms(norm))


@pytest.mark.parametrize("word", ["مدريد", "برشلونة", "العراق", "السودان", "المصري"])
def test_places_get_no_organisation_class(word: str) -> None:
    # ريال مدريد, برشلونة, الحركة الشعبية لتحرير السودان: a place word of an organisation name stays a place
    classes = name_lexicon().get(normalise_str(word), ())
    assert not {"o", "oh", "ot"} & set(classes)


@pytest.mark.parametrize("word", ["قال", "امس", "من", "على"])
def test_name_classes_skip_function_words(word: str) -> None:
    assert name_classes(word, token_forms(word)) == ()


def test_name_classes_ignore_suffix_cuts() -> None:
    # only proclitic-stripped forms may lend a class: "حلبه" is not "حلب" + a pronoun suffix
    assert name_classes("حلبه", ("حلبه", "حلب")) == ()
    assert name_classes("بحلب", ("بحلب", "حلب")) == name_lexicon()["حلب"]


def test_name_lexicon_is_loaded_once_and_normalised() -> None:
    table = name_lexicon()
    assert table is name_lexicon() and len(table) > 5000
    assert all(k == normalise_str(k) for k in list(table)[:2000])


def test_sentence_features_name_list_two_away() -> None:
    words = ["قال", "الرئيس", "ماكرون", "امس", "في"]
    feats = sentence_features(words, [""] * 6, {"ماكرون": "PER"})
    assert "+2gz=PER" in feats[0] and "-2gz=PER" in feats[4] and "gz=PER" in feats[2]
    assert not any(f.endswith("gz=PER") for f in feats[3] if f.startswith(("+", "-2")))


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("اوباما", "اوباما"),
        ("واوباما", "اوباما"),
        ("القاهره", "قاهره"),
        ("والقاهره", "قاهره"),
        ("2022", "2022"),
    ],
)
def test_doc_key_groups_clitic_forms(word: str, key: str) -> None:
    assert doc_key(word) == key


def test_context_evidence_neighbours_and_punctuation() -> None:
    words = [normalise_str(w) for w in ("قال", "الرئيس", "اوباما", "امس")]
    ev = context_evidence(words, ["", "", "", "«", "»."], ["", "", "PER", ""])
    assert "pw=" + words[1] in ev[2] and "pcue=per_title" in ev[2]
    assert "ng=PER" in ev[1] and "pg=PER" in ev[3]
    assert "g-q" in ev[3] and "g+q" in ev[3]
    assert not any(e.startswith("pw=") for e in ev[0])


def test_doc_features_share_evidence_between_occurrences() -> None:
    first = ([normalise_str(w) for w in ("قال", "الرئيس", "اوباما")], ["", "", "", "."])
    second = ([normalise_str(w) for w in ("واكد", "واوباما", "ذلك")], ["", "", "", "."])
    far = (["ذهب", "اوباما"], ["", "", "."])
    doc = doc_features([first, second, far], window=None)
    assert "dpcue=per_title" in doc[1][1] and "dc=3+" in doc[1][1]  # seen after a title elsewhere
    assert doc[0][2] == doc[1][1] == doc[2][1]  # one key, one set of features
    windowed = doc_features([first, second, far], window=1)
    assert "dpcue=per_title" not in windowed[2][1] and "dc=2" in windowed[2][1]  # the first is out of reach
    assert "dpcue=per_title" in windowed[1][1] and "dc=3+" in windowed[1][1]


def test_sentence_features_appends_doc_features() -> None:
    words = ["قال", "اوباما"]
    doc = doc_features([(words, ["", "", "."])])
    feats = sentence_features(words, ["", "", "."], None, doc[0])
    assert feats[1][-len(doc[0][1]) :] == list(doc[0][1])


@pytest.mark.parametrize("word", ["نيجيرفان", "أفيغدور", "عبدالكريم", "ياسمين"])
def test_word_features_first_names(word: str) -> None:
    assert "cue=per_first" in word_features(normalise_str(word)).own


@pytest.mark.parametrize(
    "word", ["لدينا", "بيان", "لجان", "الهند", "الرياض", "الخليل", "الإنسان", "سبيل", "باسم"]
)
def test_word_features_common_words_are_no_first_names(word: str) -> None:
    """No first name of the list is a clitic-stripped form of a common word or place."""
    assert "cue=per_first" not in word_features(normalise_str(word)).own
