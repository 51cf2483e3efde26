"""Stage: fills ``doc.entities`` with PER / LOC / ORG / MISC mentions from a CRF.

Reads ``doc.tokens``, ``doc.sentences`` and ``doc.view``; adds :class:`rasd.doc.EntityMention` records
(``source="tagger"``) whose offsets point into the original text.  An entity never crosses a sentence boundary.

The model ``data/ner.crfsuite`` is trained with python-crfsuite by :mod:`rasd.entities.train`; at load its
weights are exported to numpy (:class:`rasd.entities.crf.LinearCRF`) and :class:`EntityTagger` tags a whole
article at once: a word's features (:mod:`rasd.entities.features`) depend on the word alone, so the summed
weights of each of its five feature groups (its own, and what its neighbours one and two places left and
right see of it) are cached per word; per token only bigrams, punctuation and sentence-edge features are
looked up.  The result equals ``pycrfsuite.Tagger.tag`` on :func:`rasd.entities.features.sentence_features`
(:func:`reference_tags`); a warm article takes about 1.2 ms instead of 7 (see ``data/NER.md``).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
import pycrfsuite

from rasd.doc import Doc, EntityMention
from rasd.entities.crf import LinearCRF
from rasd.entities.features import (
    BG_NEXT,
    BG_PREV,
    BOS,
    EOS,
    GAP_AFTER,
    GAP_BEFORE,
    GZ,
    GZ_NEXT,
    GZ_NEXT2,
    GZ_PREV,
    GZ_PREV2,
    SECOND,
    gap_class,
    name_types,
    sentence_features,
    word_features,
)
from rasd.errors import E, ResourceError

MODEL_FILE = "ner.crfsuite"
NAMES_FILE = "ner.names.json"  # written by training beside the model
TYPES = ("PER", "LOC", "ORG", "MISC")
TRAIN_COMMAND = (
    "python -m rasd.entities.train --train ../shared/data/anercorp/train.txt --out src/rasd/data/ner.crfsuite"
)
CACHE_WORDS = 50_000  # words whose summed weights are kept (5 × 9 floats each); the cache restarts when full
_GAP_CLASSES = ("q", "(", ")", ",", ".", ":", "-", "x")

WordsAndGaps = tuple[Sequence[str], Sequence[str]]  # normalised words, punctuation gaps (one more than words)


def names_path(model_path: str | Path) -> Path:
    """The name list that belongs to a model file."""
    return Path(model_path).with_suffix(".names.json")


def open_tagger(model_path: str | Path) -> pycrfsuite.Tagger:
    """A python-crfsuite tagger for a model file (crfsuite copies the file into memory)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return tagger


class EntityTagger:
    """A CRF model and its name list; tags batches of sentences (not thread-safe: one per worker process)."""

    __slots__ = (
        "_bigram",
        "_bigram_next",
        "_bigram_prev",
        "_edge",
        "_gap_next",
        "_gap_prev",
        "_rows",
        "_table",
        "_used",
        "_words",
        "crf",
        "names",
    )

    def __init__(self, crf: LinearCRF, names: Mapping[str, str]) -> None:
        self.crf, self.names = crf, names
        # One zero row after the weights: row -1 is "feature unknown to the model".
        self._table = np.vstack([crf.weights, np.zeros(len(crf.labels))])
        attrs = crf.attributes
        # Bigram features by word pair: pair → k, whose weights are _bigram_prev[k] (seen by the right word)
        # and _bigram_next[k] (seen by the left word); k = 0 is the unknown pair.
        pairs: dict[tuple[str, ...], list[int]] = {}
        for attr, r in attrs.items():
            for side, prefix in enumerate((BG_PREV, BG_NEXT)):
                if attr.startswith(prefix):
                    pairs.setdefault(tuple(attr[len(prefix) :].split("|", 1)), [-1, -1])[side] = r
        self._bigram = {pair: k for k, pair in enumerate(pairs, 1)}
        self._bigram_prev = self._table[[-1, *(p for p, _ in pairs.values())]]
        self._bigram_next = self._table[[-1, *(n for _, n in pairs.values())]]
        self._gap_prev = {c: attrs.get(GAP_BEFORE + c, -1) for c in _GAP_CLASSES}
        self._gap_next = {c: attrs.get(GAP_AFTER + c, -1) for c in _GAP_CLASSES}
        self._edge = np.array([self._table[attrs.get(f, -1)] for f in (BOS, EOS, SECOND)])
        self._rows: dict[str, int] = {}  # word → row of _words
        self._words = np.zeros((1024, 5, len(crf.labels)))  # per word: summed weights of its 5 groups
        self._used = 0

    @classmethod
    def from_file(cls, model_path: str | Path, names: Mapping[str, str] | None = None) -> EntityTagger:
        """A tagger for a model file and its name list (read from beside the model when not given)."""
        if names is None:
            names = json.loads(names_path(model_path).read_text("utf-8"))
        return cls(LinearCRF.from_tagger(open_tagger(model_path)), names)

    def _word_groups(self, word: str) -> tuple[tuple[str, ...], ...]:
        """A word's features in five groups: its own, seen from the right (1, 2 away), from the left (1, 2)."""
        wf = word_features(word)
        kind = name_types(word, self.names) if self.names else ""
        if not kind:
            return wf.own, wf.prev1, wf.prev2, wf.next1, wf.next2
        return (
            (*wf.own, GZ + kind),
            (*wf.prev1, GZ_PREV + kind),
            (*wf.prev2, GZ_PREV2 + kind),
            (*wf.next1, GZ_NEXT + kind),
            (*wf.next2, GZ_NEXT2 + kind),
        )

    def _word_rows(self, words: Sequence[str]) -> np.ndarray:
        rows = self._rows
        new = sorted(set(words).difference(rows))
        if new:
            if len(rows) + len(new) > CACHE_WORDS:
                rows.clear()
                self._used = 0
                new = sorted(set(words))
            feats: list[str] = []
            sizes: list[int] = []  # every group has at least one feature (b, -1w=, -2w= ...)
            for w in new:
                for names in self._word_groups(w):
                    feats.extend(names)
                    sizes.append(len(names))
            found = np.fromiter(
                map(self.crf.attributes.get, feats, itertools.repeat(-1)), np.intp, len(feats)
            )
            starts = np.cumsum([0, *sizes[:-1]], dtype=np.intp)
            block = np.add.reduceat(self._table[found], starts, axis=0)  # unknown features hit the zero row
            base, self._used = self._used, self._used + len(new)
            if self._used > len(self._words):
                grown = np.zeros((max(2 * len(self._words), self._used), *self._words.shape[1:]))
                grown[:base] = self._words[:base]
                self._words = grown
            self._words[base : self._used] = block.reshape(len(new), 5, -1)
            rows.update((w, base + k) for k, w in enumerate(new))
        return np.fromiter(map(rows.__getitem__, words), np.intp, len(words))

    def emissions(self, sentences: Sequence[WordsAndGaps]) -> tuple[np.ndarray, list[int]]:
        """State scores (tokens × labels) of consecutive sentences, and the sentences' lengths."""
        words = [w for ws, _ in sentences for w in ws]
        lengths = [len(ws) for ws, _ in sentences]
        n = len(words)
        pos = np.arange(n) - np.repeat(np.cumsum(lengths) - lengths, lengths)  # index in its sentence
        rem = np.repeat(lengths, lengths) - 1 - pos  # tokens after it in its sentence
        rows = self._word_rows(words)  # before reading _words: it may grow the table
        vec = self._words[rows]  # tokens × 5 groups × labels
        em = vec[:, 0].copy()
        em[1:] += vec[:-1, 1] * (pos[1:] >= 1)[:, None]
        em[2:] += vec[:-2, 2] * (pos[2:] >= 2)[:, None]
        em[:-1] += vec[1:, 3] * (rem[:-1] >= 1)[:, None]
        em[:-2] += vec[2:, 4] * (rem[:-2] >= 2)[:, None]
        pair = np.fromiter(
            map(self._bigram.get, itertools.pairwise(words), itertools.repeat(0)), np.intp, n - 1
        )
        pair[rem[:-1] == 0] = 0  # no bigram across sentences
        em[1:] += self._bigram_prev[pair]
        em[:-1] += self._bigram_next[pair]
        em[pos == 0] += self._edge[0]
        em[rem == 0] += self._edge[1]
        em[pos == 1] += self._edge[2]
        table = self._table
        before = [g for ws, gaps in sentences for g in gaps[: len(ws)]]
        hit = list(itertools.compress(range(n), before))  # tokens with punctuation before them
        if hit:
            em[hit] += table[[self._gap_prev.get(gap_class(before[k], True), -1) for k in hit]]
        after = [g for ws, gaps in sentences for g in gaps[1 : len(ws) + 1]]
        hit = list(itertools.compress(range(n), after))
        if hit:
            em[hit] += table[[self._gap_next.get(gap_class(after[k], False), -1) for k in hit]]
        return em, lengths

    def spans(self, sentences: Sequence[WordsAndGaps]) -> list[tuple[int, int, str]]:
        """``(first, end, type)`` entity spans, as token indices into the sentences laid end to end.

        The same spans as :func:`label_spans` on each sentence's :meth:`tag`, without building the labels.
        """
        if not any(ws for ws, _ in sentences):
            return []
        em, lengths = self.emissions(sentences)
        best = self.crf.viterbi(em, lengths)
        labels = self.crf.labels
        outside = labels.index("O")
        starts = set(np.cumsum(lengths[:-1]).tolist())
        out: list[tuple[int, int, str]] = []
        first, last, kind = -1, -2, ""
        for i in np.flatnonzero(best != outside).tolist():
            lab = labels[best[i]]
            if i == last + 1 and lab[2:] == kind and lab[0] == "I" and i not in starts:
                last = i
                continue
            if first >= 0:
                out.append((first, last + 1, kind))
            first, last, kind = i, i, lab[2:]
        if first >= 0:
            out.append((first, last + 1, kind))
        return out

    def tag(self, sentences: Sequence[WordsAndGaps]) -> list[list[str]]:
        """IOB2 labels (B-PER, I-LOC, O ...) for each sentence of normalised words and punctuation gaps."""
        if not any(ws for ws, _ in sentences):
            return [[] for _ in sentences]
        em, lengths = self.emissions(sentences)
        best = self.crf.viterbi(em, lengths).tolist()
        labels = self.crf.labels
        out: list[list[str]] = []
        i = 0
        for k in lengths:
            out.append([labels[j] for j in best[i : i + k]])
            i += k
        return out


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
def crfsuite_tagger() -> pycrfsuite.Tagger:
    """The shipped model as a python-crfsuite tagger, loaded once per process."""
    ref = resources.files("rasd.data").joinpath(MODEL_FILE)
    if not ref.is_file():
        raise ResourceError(E.E301, name=MODEL_FILE, reason="not found", fix=TRAIN_COMMAND)
    try:
        with resources.as_file(ref) as path:
            return open_tagger(path)
    except (OSError, ValueError) as exc:
        raise ResourceError(E.E301, name=MODEL_FILE, reason=str(exc), fix=TRAIN_COMMAND) from exc


@cache
def tagger() -> EntityTagger:
    """The shipped model and name list, loaded once per process (not thread-safe: one per worker process)."""
    return EntityTagger(LinearCRF.from_tagger(crfsuite_tagger()), names())


def tag_words(words: Sequence[str], gaps: Sequence[str], model: EntityTagger | None = None) -> list[str]:
    """IOB2 labels for one sentence of normalised words and the punctuation gaps (shipped model by default)."""
    if not words:
        return []
    return (model or tagger()).tag([(words, gaps)])[0]


def reference_tags(
    words: Sequence[str], gaps: Sequence[str], model: pycrfsuite.Tagger, name_list: Mapping[str, str]
) -> list[str]:
    """The same labels from python-crfsuite itself (slow; the reference the fast path is tested against)."""
    if not words:
        return []
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
    batch: list[WordsAndGaps] = []
    index: list[int] = []  # batch position → token index
    for sent in doc.sentences:
        if sent.tok_start >= sent.tok_end:
            continue
        toks = tokens[sent.tok_start : sent.tok_end]
        gaps = [ntext[sent.nstart : toks[0].nstart].strip()]
        gaps.extend(ntext[a.nend : b.nstart].strip() for a, b in itertools.pairwise(toks))
        gaps.append(ntext[toks[-1].nend : sent.nend].strip())
        batch.append(([t.norm for t in toks], gaps))
        index.extend(range(sent.tok_start, sent.tok_end))
    found: list[EntityMention] = []
    for first, end, kind in tagger().spans(batch):
        s, e = tokens[index[first]].start, tokens[index[end - 1]].end
        found.append(EntityMention(s, e, doc.text[s:e], kind))
    doc.entities = found
    return doc
