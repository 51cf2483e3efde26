"""Stage: fills ``doc.entities`` with PER / LOC / ORG / MISC mentions from a CRF.

Reads ``doc.tokens``, ``doc.sentences`` and ``doc.view``; adds :class:`rasd.doc.EntityMention` records
(``source="tagger"``) whose offsets point into the original text.  An entity never crosses a sentence boundary.

The model ``data/ner.crfsuite`` is trained with python-crfsuite by :mod:`rasd.entities.train`; at load its
weights are exported to numpy (:class:`rasd.entities.crf.LinearCRF`) and :class:`EntityTagger` tags a whole
article at once: a word's features (:mod:`rasd.entities.features`) depend on the word alone, so the summed
weights of each of its five feature groups (its own, and what its neighbours one and two places left and
right see of it) are cached per word; per token only bigrams, punctuation and sentence-edge features are
looked up.  The article is also the document of the document features
(:func:`rasd.entities.features.doc_features`: what the contexts of all occurrences of a word in the article
say about it); they are summed per word key from per-word evidence rows, all in numpy.  The result equals
``pycrfsuite.Tagger.tag`` on :func:`rasd.entities.features.sentence_features` with those features
(:func:`reference_tags`); see ``data/NER.md`` for the time per article.
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
    DOC,
    DOC_COUNT,
    DOC_GAP_AFTER,
    DOC_GAP_BEFORE,
    DOC_NEXT,
    DOC_NEXT_GZ,
    DOC_PREV,
    DOC_PREV_GZ,
    DOC_PREV_WORD,
    EOS,
    GAP_AFTER,
    GAP_BEFORE,
    GZ,
    GZ_NEXT,
    GZ_NEXT2,
    GZ_PREV,
    GZ_PREV2,
    SECOND,
    doc_features,
    doc_key,
    gap_class,
    name_types,
    sentence_features,
    word_features,
)
from rasd.errors import E, ResourceError

MODEL_FILE = "ner.crfsuite"
NAMES_FILE = "ner.names.json"  # written by training beside the model
WEIGHTS_FILE = "ner.weights.npz"  # the model's weights for the numpy decoder, written by training beside it
TYPES = ("PER", "LOC", "ORG", "MISC")
TRAIN_COMMAND = (
    "python -m rasd.entities.train --train ../shared/data/anercorp/train.txt --out src/rasd/data/ner.crfsuite"
)
CACHE_WORDS = 50_000  # words whose summed weights are kept (5 × 9 floats each); the cache restarts when full
_GAP_CLASSES = ("q", "(", ")", ",", ".", ":", "-", "x")
_DPW, _DP, _DPG = DOC + DOC_PREV_WORD, DOC + DOC_PREV, DOC + DOC_PREV_GZ  # document-feature prefixes
_DN, _DNG = DOC + DOC_NEXT, DOC + DOC_NEXT_GZ

WordsAndGaps = tuple[Sequence[str], Sequence[str]]  # normalised words, punctuation gaps (one more than words)


def names_path(model_path: str | Path) -> Path:
    """The name list that belongs to a model file."""
    return Path(model_path).with_suffix(".names.json")


def weights_path(model_path: str | Path) -> Path:
    """The numpy export of a model file's weights (:meth:`LinearCRF.save`)."""
    return Path(model_path).with_suffix(".weights.npz")


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
        "_count",
        "_dgap_next",
        "_dgap_prev",
        "_doc",
        "_edge",
        "_ev_next",
        "_ev_prev",
        "_gap_next",
        "_gap_prev",
        "_keys",
        "_rows",
        "_table",
        "_used",
        "_wkey",
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
        # Document features (rasd.entities.features.doc_features), when the model has them: per word row its
        # doc_key id and the attributes it lends, as the word before / after an occurrence, to that
        # occurrence's key (-1 = none; the attribute rows are of _table, so -1 is the zero row).
        self._doc = any(a.startswith(DOC) for a in attrs)
        self._keys: dict[str, int] = {}
        self._wkey = np.zeros(1024, dtype=np.intp)
        self._ev_prev = np.full((1024, 4), -1, dtype=np.intp)
        self._ev_next = np.full((1024, 4), -1, dtype=np.intp)
        self._dgap_prev = {c: attrs.get(DOC + DOC_GAP_BEFORE + c, -1) for c in _GAP_CLASSES}
        self._dgap_next = {c: attrs.get(DOC + DOC_GAP_AFTER + c, -1) for c in _GAP_CLASSES}
        count = [attrs.get(DOC_COUNT + "2", -1), attrs.get(DOC_COUNT + "3+", -1)]
        self._count = self._table[[-1, -1, *count]]  # weights of a key seen 0, 1, 2, 3+ times

    @classmethod
    def from_file(cls, model_path: str | Path, names: Mapping[str, str] | None = None) -> EntityTagger:
        """A tagger for a model file: its weights and name list, read from beside the model
        (:func:`weights_path`, :func:`names_path`; the name list unless given)."""
        if names is None:
            names = json.loads(names_path(model_path).read_text("utf-8"))
        return cls(LinearCRF.load(weights_path(model_path)), names)

    def _word_groups(self, word: str, kind: str) -> tuple[tuple[str, ...], ...]:
        """A word's features in five groups: its own, seen from the right (1, 2 away), from the left (1, 2)."""
        wf = word_features(word)
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
                self._keys.clear()
                self._used = 0
                new = sorted(set(words))
            feats: list[str] = []
            sizes: list[int] = []  # every group has at least one feature (b, -1w=, -2w= ...)
            kinds = [name_types(w, self.names) if self.names else "" for w in new]
            for w, kind in zip(new, kinds, strict=True):
                for names in self._word_groups(w, kind):
                    feats.extend(names)
                    sizes.append(len(names))
            attrs = self.crf.attributes
            found = np.fromiter(map(attrs.get, feats, itertools.repeat(-1)), np.intp, len(feats))
            starts = np.cumsum([0, *sizes[:-1]], dtype=np.intp)
            block = np.add.reduceat(self._table[found], starts, axis=0)  # unknown features hit the zero row
            base, self._used = self._used, self._used + len(new)
            if self._used > len(self._words):
                grown = np.zeros((max(2 * len(self._words), self._used), *self._words.shape[1:]))
                grown[:base] = self._words[:base]
                self._words = grown
            self._words[base : self._used] = block.reshape(len(new), 5, -1)
            if self._doc:
                self._doc_rows(new, kinds, base)
            rows.update((w, base + k) for k, w in enumerate(new))
        return np.fromiter(map(rows.__getitem__, words), np.intp, len(words))

    def _doc_rows(self, new: Sequence[str], kinds: Sequence[str], base: int) -> None:
        """Fill the document-feature columns of the word rows ``base ...`` (see ``__init__``)."""
        if len(self._wkey) < self._used:
            size = len(self._words)
            self._wkey = np.resize(self._wkey, size)
            self._ev_prev = np.vstack(
                [self._ev_prev, np.full((size - len(self._ev_prev), self._ev_prev.shape[1]), -1)]
            )
            self._ev_next = np.vstack(
                [self._ev_next, np.full((size - len(self._ev_next), self._ev_next.shape[1]), -1)]
            )
        get, keys = self.crf.attributes.get, self._keys
        wkey: list[int] = []
        prevs: list[list[int]] = []
        nexts: list[list[int]] = []
        none: list[int] = []
        for w, kind in zip(new, kinds, strict=True):
            wkey.append(keys.setdefault(doc_key(w), len(keys)))
            r = get(_DPW + w, -1)
            prev = [r] if r >= 0 else []
            classes = word_features(w).classes
            if not classes and not kind:  # most words
                prevs.append(prev)
                nexts.append(none)
                continue
            ev_prev = [_DP + c for c in classes]
            ev_next = [_DN + c for c in classes]
            if kind:
                ev_prev.append(_DPG + kind)
                ev_next.append(_DNG + kind)
            prev.extend(r for r in map(get, ev_prev, itertools.repeat(-1)) if r >= 0)
            prevs.append(prev)
            nexts.append([r for r in map(get, ev_next, itertools.repeat(-1)) if r >= 0])
        self._wkey[base : base + len(new)] = wkey
        self._ev_prev = _fill_rows(self._ev_prev, prevs, base)
        self._ev_next = _fill_rows(self._ev_next, nexts, base)

    def emissions(
        self, sentences: Sequence[WordsAndGaps], window: int | None = None
    ) -> tuple[np.ndarray, list[int]]:
        """State scores (tokens × labels) of consecutive sentences, and the sentences' lengths.

        The sentences are one document (an article) for the document features, or with ``window`` each
        sentence's document is the sentences up to ``window`` places before and after it.
        """
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
        # tokens with punctuation before / after them, and its class
        before = [g for ws, gaps in sentences for g in gaps[: len(ws)]]
        hit_b = list(itertools.compress(range(n), before))
        cls_b = [gap_class(before[k], True) for k in hit_b]
        if hit_b:
            em[hit_b] += table[[self._gap_prev.get(c, -1) for c in cls_b]]
        after = [g for ws, gaps in sentences for g in gaps[1 : len(ws) + 1]]
        hit_a = list(itertools.compress(range(n), after))
        cls_a = [gap_class(after[k], False) for k in hit_a]
        if hit_a:
            em[hit_a] += table[[self._gap_next.get(c, -1) for c in cls_a]]
        if self._doc:
            toks = [np.array(hit_b, dtype=np.intp), np.array(hit_a, dtype=np.intp)]
            attrs = [
                np.array([self._dgap_prev.get(c, -1) for c in cls_b], dtype=np.intp),
                np.array([self._dgap_next.get(c, -1) for c in cls_a], dtype=np.intp),
            ]
            em += self._doc_scores(rows, pos, rem, toks, attrs, lengths, window)
        return em, lengths

    def _doc_scores(
        self,
        rows: np.ndarray,
        pos: np.ndarray,
        rem: np.ndarray,
        toks: list[np.ndarray],
        attrs: list[np.ndarray],
        lengths: Sequence[int],
        window: int | None,
    ) -> np.ndarray:
        """Summed weights of each token's document features (:func:`rasd.entities.features.doc_features`).

        ``toks``/``attrs``: (token, attribute) pairs of evidence already known (punctuation); the evidence
        that neighbouring words lend is added here.
        """
        n = len(rows)
        if n > 1:  # (token, attribute) pairs that the word before / after each token lends it
            for lent, cut, shift in (
                (self._ev_prev[rows[:-1]], pos[1:] == 0, 1),
                (self._ev_next[rows[1:]], rem[:-1] == 0, 0),
            ):
                ok = lent >= 0
                ok[cut] = False  # no neighbour across a sentence boundary
                at = np.flatnonzero(ok)
                toks.append(at // lent.shape[1] + shift)
                attrs.append(lent.ravel()[at])
        tok, attr = np.concatenate(toks), np.concatenate(attrs)
        keep = attr >= 0  # unknown punctuation classes
        tok, attr = tok[keep], attr[keep]
        kid = self._wkey[rows]
        if window is None:
            return self._doc_block(kid, tok, attr, 0, n)
        order = np.argsort(tok, kind="stable")
        tok, attr = tok[order], attr[order]
        out = np.empty((n, len(self.crf.labels)))
        ends = np.cumsum(lengths)
        starts = ends - lengths
        for s in range(len(lengths)):
            lo, hi = int(starts[max(0, s - window)]), int(ends[min(len(lengths) - 1, s + window)])
            a, b = np.searchsorted(tok, (lo, hi))
            first, end = int(starts[s]), int(ends[s])
            out[first:end] = self._doc_block(kid[lo:hi], tok[a:b] - lo, attr[a:b], first - lo, end - lo)
        return out

    def _doc_block(self, kid: np.ndarray, tok: np.ndarray, attr: np.ndarray, lo: int, hi: int) -> np.ndarray:
        """Document-feature scores of the tokens ``lo:hi`` of a document: ``kid`` its tokens' key ids,
        ``(tok, attr)`` its evidence pairs."""
        uniq, inv = np.unique(kid, return_inverse=True)
        size = len(self._table)
        scores = np.zeros((len(uniq), len(self.crf.labels)))
        code = np.sort(inv[tok] * size + attr)  # sorted by key (np.unique hashes: 20 times slower here)
        if len(code):
            code = code[np.concatenate(([True], code[1:] != code[:-1]))]  # each (key, attribute) once
            key = code // size
            first = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
            scores[key[first]] = np.add.reduceat(self._table[code % size], first, axis=0)
        scores += self._count[np.minimum(np.bincount(inv), 3)]
        return scores[inv[lo:hi]]

    def spans(
        self, sentences: Sequence[WordsAndGaps], window: int | None = None
    ) -> list[tuple[int, int, str]]:
        """``(first, end, type)`` entity spans, as token indices into the sentences laid end to end.

        The same spans as :func:`label_spans` on each sentence's :meth:`tag`, without building the labels.
        """
        if not any(ws for ws, _ in sentences):
            return []
        em, lengths = self.emissions(sentences, window)
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

    def tag(self, sentences: Sequence[WordsAndGaps], window: int | None = None) -> list[list[str]]:
        """IOB2 labels (B-PER, I-LOC, O ...) for each sentence of normalised words and punctuation gaps.

        The sentences are one document (see :meth:`emissions` for ``window``).
        """
        if not any(ws for ws, _ in sentences):
            return [[] for _ in sentences]
        em, lengths = self.emissions(sentences, window)
        best = self.crf.viterbi(em, lengths).tolist()
        labels = self.crf.labels
        out: list[list[str]] = []
        i = 0
        for k in lengths:
            out.append([labels[j] for j in best[i : i + k]])
            i += k
        return out


def _fill_rows(table: np.ndarray, values: Sequence[list[int]], base: int) -> np.ndarray:
    """``table`` (widened with -1 columns when a row needs more) with rows ``base ...`` set to ``values``
    padded with -1."""
    lengths = np.fromiter(map(len, values), np.intp, len(values))
    width = max(table.shape[1], int(lengths.max(initial=0)))
    if width > table.shape[1]:
        grown = np.full((len(table), width), -1, dtype=np.intp)
        grown[:, : table.shape[1]] = table
        table = grown
    block = table[base : base + len(values)]
    block.fill(-1)
    flat = np.fromiter(itertools.chain.from_iterable(values), np.intp, int(lengths.sum()))
    if len(flat):  # row r's k-th value goes to column k
        rows = np.repeat(np.arange(len(values)), lengths)
        block[rows, np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)] = flat
    return table


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
    """The shipped model and name list, loaded once per process (not thread-safe: one per worker process).

    The weights come from ``ner.weights.npz``, the export of ``ner.crfsuite`` that training writes beside it
    (``tests/entities/test_tagger.py`` checks the two agree).
    """
    ref = resources.files("rasd.data").joinpath(WEIGHTS_FILE)
    if not ref.is_file():
        raise ResourceError(E.E301, name=WEIGHTS_FILE, reason="not found", fix=TRAIN_COMMAND)
    try:
        with resources.as_file(ref) as path:
            crf = LinearCRF.load(path)
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(E.E301, name=WEIGHTS_FILE, reason=str(exc), fix=TRAIN_COMMAND) from exc
    return EntityTagger(crf, names())


def tag_words(words: Sequence[str], gaps: Sequence[str], model: EntityTagger | None = None) -> list[str]:
    """IOB2 labels for one sentence of normalised words and the punctuation gaps (shipped model by default)."""
    if not words:
        return []
    return (model or tagger()).tag([(words, gaps)])[0]


def reference_tags(
    sentences: Sequence[WordsAndGaps],
    model: pycrfsuite.Tagger,
    name_list: Mapping[str, str],
    window: int | None = None,
) -> list[list[str]]:
    """The same labels as :meth:`EntityTagger.tag` from python-crfsuite itself (slow; the reference the fast
    path is tested against)."""
    doc = doc_features(sentences, name_list, window)
    return [
        model.tag(sentence_features(words, gaps, name_list, feats)) if words else []
        for (words, gaps), feats in zip(sentences, doc, strict=True)
    ]


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
