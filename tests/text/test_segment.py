"""Sentences, clauses and clitic-aware tokens keep original offsets."""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.text.segment import pronoun_suffixed, token_forms, written_bare


@pytest.mark.parametrize(
    ("token", "form"),
    [
        ("وبالعراق", "العراق"),
        ("للعراق", "العراق"),
        ("مسلحو", "مسلح"),
        ("وقتلوا", "قتل"),
        ("لداعش", "داعش"),
        ("فالجيش", "الجيش"),
        ("وسيقتل", "يقتل"),
        ("بغداد", "بغداد"),
    ],
)
def test_segment_token_forms_strip_clitics(token: str, form: str) -> None:
    assert form in token_forms(token)


def test_segment_forms_least_stripped_first() -> None:
    forms = token_forms("وبالعراق")
    assert forms[0] == "وبالعراق"
    assert forms.index("العراق") < forms.index("عراق")


def test_segment_sentences_and_bullets() -> None:
    text = "قتل جندي في بغداد. وأصيب آخرون؟\n\n– قاموا باحتجاز الرهائن\n– أسفر القتال عن مقتل العشرات"
    doc = Doc(id="t", text=text)
    sents = [text[s.start : s.end] for s in doc.sentences]
    assert sents == [
        "قتل جندي في بغداد.",
        "وأصيب آخرون؟",
        "قاموا باحتجاز الرهائن",
        "أسفر القتال عن مقتل العشرات",
    ]
    assert [s.bullet for s in doc.sentences] == [False, False, True, True]


def test_segment_decimal_is_not_a_sentence_end() -> None:
    doc = Doc(id="t", text="بلغت الخسائر 3.5 مليون دولار في المدينة.")
    assert len(doc.sentences) == 1


def test_segment_clauses_split_on_arabic_punctuation() -> None:
    text = "أعلن الجهاز، الأحد، تنفيذ حملة؛ وقال المتحدث: إنهم بخير"
    doc = Doc(id="t", text=text)
    clauses = [text[c.start : c.end] for c in doc.clauses[0]]
    assert clauses == ["أعلن الجهاز", "الأحد", "تنفيذ حملة", "وقال المتحدث", "إنهم بخير"]


def test_segment_a_short_quoted_name_cuts_no_clause_a_quote_does() -> None:
    text = "نفذ انتحاري من «داعش» عملية في مدينة «سروج»، وقال الوالي «إن المهاجمين سيدفعون الثمن غاليا جدا هذه المرة»"
    doc = Doc(id="t", text=text)
    clauses = [text[c.start : c.end] for c in doc.clauses[0]]
    assert clauses[0] == "نفذ انتحاري من «داعش» عملية في مدينة «سروج»"
    assert clauses[-1] == "إن المهاجمين سيدفعون الثمن غاليا جدا هذه المرة"


def test_segment_token_offsets_are_original() -> None:
    text = "قُتِلَ ١١ جنديًا في الـــموصل"
    doc = Doc(id="t", text=text)
    assert [text[t.start : t.end] for t in doc.tokens] == ["قُتِلَ", "١١", "جنديًا", "في", "الـــموصل"]
    assert [t.norm for t in doc.tokens] == ["قتل", "11", "جنديا", "في", "الموصل"]


def test_segment_doc_sentence_of_token() -> None:
    doc = Doc(id="t", text="قتل جندي في الموصل. وأصيب آخر في بغداد. هدوء في البصرة.")
    assert [doc.sentence_of(i) for i in range(len(doc.tokens))] == [
        k for k, s in enumerate(doc.sentences) for _ in range(s.tok_start, s.tok_end)
    ]
    assert len(doc.sentences) == 3 and doc.sentence_of(len(doc.tokens) - 1) == 2


@pytest.mark.parametrize(
    ("word", "suffixed"),
    [
        ("قواته", True),
        ("وسيطرتها", True),
        ("عامِهِ", True),  # harakat do not hide the pronoun
        ("ﺳﻴﻄﺮﺗﻬﺎ", True),  # nor do presentation forms (text copied from PDFs)
        ("بلدنا", True),
        ("جبهة", False),  # ta marbuta normalises to ه as well
        ("جبهـة", False),  # tatweel before it
        ("المواجهة", False),
        ("مواقع", False),
    ],
)
def test_segment_pronoun_suffix_read_off_the_word(word: str, suffixed: bool) -> None:
    doc = Doc(id="t", text=f"قال {word} أمس")
    assert pronoun_suffixed(doc.text, doc.tokens[1]) is suffixed


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("إب", "إب"),  # the hamza the normaliser folds away is kept
        ("بإب", "إب"),  # a proclitic is not
        ("وإبّ", "إب"),  # nor a shadda
        ("آب", "آب"),  # August keeps its madda
        ("ﺁب", "آب"),  # a presentation form reads as the letter
        ("وبإب", "إب"),  # a conjunction, then a preposition
        ("فبالقوات", "القوات"),  # ف + ب, and the article stays
        ("للقوات", "القوات"),  # ل + ال
        ("وآليات", "آليات"),  # no article, as written
    ],
)
def test_segment_written_bare_keeps_the_spelling_the_normaliser_folds(word: str, bare: str) -> None:
    doc = Doc(id="t", text=f"في {word} أمس")
    assert written_bare(doc.text, doc.tokens[1]) == bare
