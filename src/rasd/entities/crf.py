"""A linear-chain CRF decoder in numpy, exported from a python-crfsuite model.

python-crfsuite spends most of its tagging time turning feature strings into attribute ids, one string at a
time.  :class:`LinearCRF` reads the model's weights once (``Tagger.info()``: state features
``{(attribute, label): weight}`` and transitions ``{(from, to): weight}``) into a dense matrix with one row
per attribute, so a caller can sum rows for whole groups of features and cache the sums (see
:class:`rasd.entities.tagger.EntityTagger`), then decode with :meth:`LinearCRF.viterbi`.

Decoding is exact first-order Viterbi, as crfsuite's (no start/end transitions; ties go to the lowest label
index), vectorised across all sentences of a batch.  (A bound that would force clear ``O`` tokens and cut
sentences into short runs was tried: with this model's transition weights it forced under 4% of tokens.)
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pycrfsuite

# One weight line of ``crfsuite dump`` (the format ``pycrfsuite.Tagger.info()`` parses line by line, slowly):
# ``(0) attribute --> label: 1.234567``, in the TRANSITIONS and STATE_FEATURES sections.
_WEIGHT = re.compile(r"^\s*\(\d+\) (.+) --> (.+): ([+-]?\d+\.\d+)", re.MULTILINE)
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the zip entries' timestamp in :meth:`LinearCRF.save`
_SECTION = re.compile(r"^\s*(TRANSITIONS|STATE_FEATURES) = \{$(.*?)^\s*\}$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class LinearCRF:
    labels: tuple[str, ...]
    attributes: dict[str, int]  # attribute → row of ``weights``
    weights: np.ndarray  # (attributes, labels) float64
    transitions: np.ndarray  # (labels, labels): [from, to]

    @classmethod
    def from_tagger(cls, tagger: pycrfsuite.Tagger) -> LinearCRF:
        labels = tuple(tagger.labels())
        lab = {name: i for i, name in enumerate(labels)}
        sections = _dump_sections(tagger)
        state = [(attr, lab[label], float(w)) for attr, label, w in sections.get("STATE_FEATURES", [])]
        attributes: dict[str, int] = {}
        for attr, _, _ in state:
            attributes.setdefault(attr, len(attributes))
        weights = np.zeros((len(attributes), len(labels)))
        for attr, label, weight in state:
            weights[attributes[attr], label] = weight
        trans = np.zeros((len(labels), len(labels)))
        for a, b, w in sections.get("TRANSITIONS", []):
            trans[lab[a], lab[b]] = float(w)
        return cls(labels, attributes, weights, trans)

    def save(self, path: str | Path) -> None:
        """Write the weights as a small ``.npz`` that :meth:`load` reads without crfsuite's text dump.

        Only the non-zero state weights are kept.  The archive's entries carry a fixed timestamp, so the
        same model gives the same bytes (``rasd train ner`` reproduces the shipped files exactly).
        """
        rows, cols = np.nonzero(self.weights)
        arrays = {
            "labels": np.frombuffer("\n".join(self.labels).encode("utf-8"), dtype=np.uint8),
            "attributes": np.frombuffer("\n".join(self.attributes).encode("utf-8"), dtype=np.uint8),
            "rows": rows.astype(np.int32),
            "cols": cols.astype(np.int8),
            "values": self.weights[rows, cols],
            "transitions": self.transitions,
        }
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, array in arrays.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, np.ascontiguousarray(array), allow_pickle=False)
                archive.writestr(
                    zipfile.ZipInfo(name + ".npy", date_time=_EPOCH), buf.getvalue(), zipfile.ZIP_DEFLATED
                )

    @classmethod
    def load(cls, path: str | Path) -> LinearCRF:
        """The weights written by :meth:`save` (about ten times faster than :meth:`from_tagger`)."""
        with np.load(path, allow_pickle=False) as data:
            labels = tuple(data["labels"].tobytes().decode("utf-8").split("\n"))
            names = data["attributes"].tobytes().decode("utf-8").split("\n")
            weights = np.zeros((len(names), len(labels)))
            weights[data["rows"], data["cols"]] = data["values"]
            transitions = data["transitions"]
        return cls(labels, {name: i for i, name in enumerate(names)}, weights, transitions)

    def score(self, features: Sequence[str]) -> np.ndarray:
        """Summed state weights of a list of attributes (unknown ones weigh nothing)."""
        get = self.attributes.get
        rows = [r for r in map(get, features) if r is not None]
        return self.weights[rows].sum(axis=0) if rows else np.zeros(len(self.labels))

    def viterbi(self, emissions: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """Best label index per token of consecutive sentences (``emissions``: tokens × labels).

        All sentences are decoded together, longest first: step ``t`` updates the sentences longer than
        ``t``, so a batch costs as many numpy steps as its longest sentence has tokens.
        """
        n, size = len(emissions), len(self.labels)
        if n == 0:
            return np.zeros(0, dtype=np.intp)
        lens = np.asarray(lengths, dtype=np.intp)
        first = np.concatenate([[0], np.cumsum(lens)[:-1]])
        order = np.argsort(-lens, kind="stable")
        lens, first = lens[order], first[order]
        longest = int(lens[0])
        # sentences longer than t (a list: slicing with Python ints is faster than with numpy ones)
        active = (len(lens) - np.searchsorted(lens[::-1], np.arange(longest), side="right")).tolist()
        # padded[t, s]: the scores of sentence s's t-th token (time first, so each step reads one block)
        token = np.repeat(np.arange(len(lens)), lens)
        pos = np.arange(n) - np.repeat(np.cumsum(lens) - lens, lens)
        src = np.repeat(first, lens) + pos
        padded = np.zeros((longest, len(lens), size))
        padded[pos, token] = emissions[src]
        into = np.ascontiguousarray(self.transitions.T)  # [to, from]
        delta = padded[0].copy()
        back = np.empty((longest, len(lens) * size), dtype=np.intp)  # [t, sentence * to] → from
        cand = np.empty((len(lens), size, size))  # [sentence, to, from]
        flat = cand.reshape(-1)
        offset = np.arange(len(lens) * size) * size
        for t in range(1, longest):
            k = active[t]
            ks = k * size
            np.add(delta[:k, None, :], into, out=cand[:k])
            best = back[t, :ks]
            cand[:k].reshape(ks, size).argmax(axis=1, out=best)  # argmax on a contiguous last axis
            np.add(flat[offset[:ks] + best].reshape(k, size), padded[t, :k], out=delta[:k])
        cur = delta.argmax(axis=1)
        path = np.empty((longest, len(lens)), dtype=np.intp)
        row = np.arange(len(lens)) * size
        for t in range(longest - 1, 0, -1):
            k = active[t]
            path[t, :k] = cur[:k]
            cur[:k] = back[t, row[:k] + cur[:k]]
        path[0] = cur
        out = np.empty(n, dtype=np.intp)
        out[src] = path[pos, token]
        return out


def _dump_sections(tagger: pycrfsuite.Tagger) -> dict[str, list[tuple[str, str, str]]]:
    """The (from, to, weight) lines of each weight section of the model's text dump, in file order."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.txt"
        tagger.dump(str(path))
        text = path.read_text("utf-8")
    return {m.group(1): _WEIGHT.findall(m.group(2)) for m in _SECTION.finditer(text)}
