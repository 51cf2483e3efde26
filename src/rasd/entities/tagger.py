"""Stage: fills ``doc.entities`` with PER / LOC / ORG / MISC mentions from a CRF (python-crfsuite).

Reads ``doc.tokens``, ``doc.sentences`` and ``doc.view``; adds :class:`rasd.doc.EntityMention` records
(``source="tagger"``) whose offsets point into the original text.  Features are computed per sentence by
:mod:`rasd.entities.features`; the model ``data/ner.crfsuite`` is trained by :mod:`rasd.entities.train`
and loaded once per process.  An entity never crosses a sentence boundary.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from rasd.doc import Doc, EntityMention
from rasd.entities.features import sentence_features
from rasd.errors import E, ResourceError

MODEL_FILE = "ner.crfsuite"
NAMES_FILE = "ner.names.json"  # written by training beside the model
TYPES = ("PER", "LOC", "ORG", "MISC")
TRAIN_COMMAND = (
    "python -m rasd.entities.train --train ../shared/data/anercorp/train.txt --out src/rasd/data/ner.crfsuite"
)


def names_path(model_path: str | Path) -> Path:
    """The name list that belongs to a model file."""
    return Path(model_path).with_suffix(".names.json")


def open_tagger(model_path: str | Path) -> pycrfsuite.Tagger:
    """A tagger for a model file (crfsuite copies the file into memory; the path may go away after)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return tagger


@cache
def names() -> dict[str, str]:
    """The shipped name list (word → entity types), loaded once per process."""
    ref = resources.files("rasd.data").joinpath(NAMES_FILE)
    if not ref.is_file():
        raise ResourceError(E.E301, name=NAMES_FILE, reason="not found", fix=TRAIN_COMMAND)
    try:
        table: dict[str, str] = json.loads(ref.read_text("utf-8"))
    except ValueError as exc:
        raise ResourceError(E.E301, name=NAMES_FILE, reason=str(exc), fix=TRAIN_COMMAND) from exc
    return table


@cache
def tagger() -> pycrfsuite.Tagger:
    """The shipped model, loaded once per process (not thread-safe: one per worker process)."""
    ref = resources.files("rasd.data").joinpath(MODEL_FILE)
    if not ref.is_file():
        raise ResourceError(E.E301, name=MODEL_FILE, reason="not found", fix=TRAIN_COMMAND)
    try:
        with resources.as_file(ref) as path:
            return open_tagger(path)
    except (OSError, ValueError) as exc:
        raise ResourceError(E.E301, name=MODEL_FILE, reason=str(exc), fix=TRAIN_COMMAND) from exc


def tag_words(
    words: Sequence[str],
    gaps: Sequence[str],
    model: pycrfsuite.Tagger | None = None,
    name_list: Mapping[str, str] | None = None,
) -> list[str]:
    """IOB2 labels (B-PER, I-LOC, O ...) for one sentence of normalised words and the punctuation gaps.

    Without ``model`` the shipped model and its name list are used.
    """
    if not words:
        return []
    if model is None:
        model, name_list = tagger(), names()
    return model.tag(sentence_features(words, gaps, name_list))  # type: ignore[no-any-return]


def label_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, end, type)`` token ranges of IOB2 labels; a stray I- opens a new span (CoNLL rule)."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, lab in enumerate(labels):
        if lab == "O" or lab.startswith("B-") or lab[2:] != kind:
            if start >= 0:
                spans.append((start, i, kind))
            start, kind = (i, lab[2:]) if lab != "O" else (-1, "")
    if start >= 0:
        spans.append((start, len(labels), kind))
    return spans


def tag_entities(doc: Doc) -> Doc:
    tokens, ntext = doc.tokens, doc.view.text
    model, name_list = tagger(), names()
    found: list[EntityMention] = []
    for sent in doc.sentences:
        lo, hi = sent.tok_start, sent.tok_end
        if lo >= hi:
            continue
        toks = tokens[lo:hi]
        words = [t.norm for t in toks]
        gaps = [ntext[sent.nstart : toks[0].nstart].strip()]
        gaps.extend(ntext[a.nend : b.nstart].strip() for a, b in itertools.pairwise(toks))
        gaps.append(ntext[toks[-1].nend : sent.nend].strip())
        for first, end, kind in label_spans(tag_words(words, gaps, model, name_list)):
            s, e = toks[first].start, toks[end - 1].end
            found.append(EntityMention(s, e, doc.text[s:e], kind))
    doc.entities = found
    return doc
