"""CRF features for the entity tagger: one list of strings per token, computed per sentence.

A sentence is given as its tokens' normalised forms (``words``) and the punctuation around them (``gaps``,
``len(words) + 1`` strings: ``gaps[i]`` is what stands between ``words[i-1]`` and ``words[i]``, spaces
removed).  Training (ANERcorp, where punctuation is tokenised) and tagging (:class:`rasd.doc.Doc`, whose
tokenizer drops punctuation) both reduce to that shape, so the model sees punctuation the same way in both.

Everything that depends on one word only (its form, clitic-stripped forms, affixes, shape, cue classes,
distributional clusters, and the strings its neighbours see) is computed once per word and cached; the
per-token work is list concatenation plus two bigrams and two punctuation features.

Resources, loaded once per process:
- ``lexicons/ner_cues.json``: cue words by class (titles, first names, place and organisation heads ...);
- ``data/ner_clusters.tsv.gz``: word → cluster ids at three granularities (see :mod:`rasd.entities.clusters`).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rasd.text.normalise import normalise_str
from rasd.text.segment import token_forms

CLUSTERS_FILE = "ner_clusters.tsv.gz"
CUES_FILE = "ner_cues.json"

_QUOTES = frozenset("\"'«»“”‘’„`")
_OPEN = frozenset("([{<")
_CLOSE = frozenset(")]}>")
_COMMA = frozenset("،,")
_STOP = frozenset(".!?؟")
_SEMI = frozenset("؛;:")
_DASH = frozenset("-–—/_|")


@cache
def cues() -> dict[str, tuple[str, ...]]:
    """Normalised cue word → the cue classes it belongs to."""
    raw = json.loads(resources.files("rasd.lexicons").joinpath(CUES_FILE).read_text("utf-8"))
    out: dict[str, tuple[str, ...]] = {}
    for cls, words in raw.items():
        if cls.startswith("_"):
            continue
        for w in words:
            key = normalise_str(w)
            if cls not in out.get(key, ()):
                out[key] = (*out.get(key, ()), cls)
    return out


@cache
def clusters() -> dict[str, tuple[str, ...]]:
    """Normalised word → its cluster ids, coarse to fine (empty if the file is not shipped)."""
    ref = resources.files("rasd.data").joinpath(CLUSTERS_FILE)
    if not ref.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in gzip.decompress(ref.read_bytes()).decode("utf-8").splitlines():
        word, *ids = line.split("\t")
        out[word] = tuple(ids)
    return out


def gap_class(gap: str, before: bool) -> str:
    """Class of the punctuation character next to a token ('' when there is none)."""
    if not gap:
        return ""
    ch = gap[-1] if before else gap[0]
    if ch in _QUOTES:
        return "q"
    if ch in _OPEN:
        return "("
    if ch in _CLOSE:
        return ")"
    if ch in _COMMA:
        return ","
    if ch in _STOP:
        return "."
    if ch in _SEMI:
        return ":"
    if ch in _DASH:
        return "-"
    return "x"


def shape(word: str) -> str:
    if word[0].isascii():
        if word[0].isdigit():
            return "d"
        return "L" if word.isascii() else "x"
    return "A"


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """What a word contributes to its own features (``own``) and to its neighbours' (``at[offset]``)."""

    own: tuple[str, ...]
    prev2: tuple[str, ...]  # seen by the token two to the right
    prev1: tuple[str, ...]
    next1: tuple[str, ...]
    next2: tuple[str, ...]


def _cluster_ids(word: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    table = clusters()
    for f in forms:
        ids = table.get(f)
        if ids:
            return ids if f == word else tuple("~" + i for i in ids)
    return ()


@lru_cache(maxsize=200_000)
def word_features(word: str) -> WordFeatures:
    forms = token_forms(word) if not word[0].isdigit() else (word,)
    cue_table = cues()
    cue_cls = sorted({c for f in forms for c in cue_table.get(f, ())})
    cl = _cluster_ids(word, forms)
    stem = forms[1] if len(forms) > 1 else word
    sh = shape(word)
    n = len(word)
    own = [
        "b",
        "w=" + word,
        "sh=" + sh,
        "len=" + str(min(n, 9)),
        "p1=" + word[:1],
        "p2=" + word[:2],
        "p3=" + word[:3],
        "s1=" + word[-1:],
        "s2=" + word[-2:],
        "s3=" + word[-3:],
    ]
    own.extend("f=" + f for f in forms[1:4])
    if stem != word:
        own.append("sp2=" + stem[:2])
        own.append("ss2=" + stem[-2:])
    own.extend("cue=" + c for c in cue_cls)
    own.extend(f"c{k}=" + c for k, c in enumerate(cl))
    if sh == "d":
        own.append("num")
    ctx: dict[str, list[str]] = {}
    for tag in ("-1", "+1"):
        ctx[tag] = [
            tag + "w=" + word,
            tag + "f=" + stem,
            tag + "s2=" + word[-2:],
            tag + "p2=" + word[:2],
            tag + "sh=" + sh,
            *(tag + "cue=" + c for c in cue_cls),
            *(tag + f"c{k}=" + c for k, c in enumerate(cl[:2])),
        ]
    for tag in ("-2", "+2"):
        ctx[tag] = [
            tag + "w=" + word,
            *(tag + "cue=" + c for c in cue_cls),
            *(tag + "c1=" + c for c in cl[1:2]),
        ]
    return WordFeatures(tuple(own), tuple(ctx["-2"]), tuple(ctx["-1"]), tuple(ctx["+1"]), tuple(ctx["+2"]))


def name_types(word: str, names: Mapping[str, str]) -> str:
    """Entity types a name list gives a word ('' if none), trying clitic-stripped forms after the word."""
    hit = names.get(word)
    if hit is None and not word[0].isdigit():
        for form in token_forms(word)[1:3]:
            hit = names.get(form)
            if hit is not None:
                break
    return hit or ""


def sentence_features(
    words: Sequence[str], gaps: Sequence[str], names: Mapping[str, str] | None = None
) -> list[list[str]]:
    """Features of each token of one sentence (``len(gaps) == len(words) + 1``).

    ``names`` maps a normalised word to the entity types it is usually part of in the training data
    ("PER", "LOC|ORG"); see :func:`rasd.entities.train.name_list`.
    """
    wf = [word_features(w) for w in words]
    n = len(words)
    gz = [name_types(w, names) for w in words] if names else [""] * n
    out: list[list[str]] = []
    for i in range(n):
        f = list(wf[i].own)
        if gz[i]:
            f.append("gz=" + gz[i])
        if i > 0 and gz[i - 1]:
            f.append("-1gz=" + gz[i - 1])
        if i + 1 < n and gz[i + 1]:
            f.append("+1gz=" + gz[i + 1])
        if i > 0:
            f += wf[i - 1].prev1
            f.append("bg-=" + words[i - 1] + "|" + words[i])
            if i > 1:
                f += wf[i - 2].prev2
            else:
                f.append("pos=1")
        else:
            f.append("BOS")
        if i + 1 < n:
            f += wf[i + 1].next1
            f.append("bg+=" + words[i] + "|" + words[i + 1])
            if i + 2 < n:
                f += wf[i + 2].next2
        else:
            f.append("EOS")
        g = gap_class(gaps[i], True)
        if g:
            f.append("g-=" + g)
        g = gap_class(gaps[i + 1], False)
        if g:
            f.append("g+=" + g)
        out.append(f)
    return out
