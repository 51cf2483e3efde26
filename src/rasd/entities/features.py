"""CRF features for the entity tagger: one list of strings per token, computed per sentence.

A sentence is given as its tokens' normalised forms (``words``) and the punctuation around them (``gaps``,
``len(words) + 1`` strings: ``gaps[i]`` is what stands between ``words[i-1]`` and ``words[i]``, spaces
removed).  Training (ANERcorp, where punctuation is tokenised) and tagging (:class:`rasd.doc.Doc`, whose
tokenizer drops punctuation) both reduce to that shape, so the model sees punctuation the same way in both.

Everything that depends on one word only (its form, clitic-stripped forms, affixes, shape, cue classes,
name-lexicon classes, and the strings its neighbours see) is computed once per word and cached; the
per-token work is list concatenation plus two bigrams and two punctuation features.

Resources, loaded once per process (all licence-clean, shipped with the package):
- ``lexicons/ner_cues.json``: cue words by class (titles, first names, place and organisation heads ...);
- the gazetteer (:func:`rasd.geo.gazetteer.gazetteer`, GeoNames CC BY 4.0 and countrystatecity ODbL) and the
  actor registry (:func:`rasd.actors.registry.registry`, Rasd's own aliases): which words are place names,
  country adjectives, armed-group or institution names, or the first/last word of such a multi-word name
  (:func:`name_lexicon`);
- ``lexicons/ner_names.json``: Rasd's own lists of organisation names and surnames (also name-lexicon classes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rasd.actors.registry import registry
from rasd.geo.gazetteer import gazetteer, geo_lexicon
from rasd.lexicons import load_json
from rasd.text.normalise import normalise_str
from rasd.text.segment import token_forms

CUES_FILE = "ner_cues.json"
NAMES_FILE = "ner_names.json"  # Rasd's organisation names and surnames (name_lexicon classes o/oh/ot, sn)

# Features of a token's position and context that are not one word's own (shared with the fast path in
# rasd.entities.tagger, which sums their weights without building the strings).
GZ, GZ_PREV, GZ_NEXT = "gz=", "-1gz=", "+1gz="  # name-list types of the token, its left, its right neighbour
GZ_PREV2, GZ_NEXT2 = "-2gz=", "+2gz="  # ... and of the tokens two places left and right
BG_PREV, BG_NEXT = "bg-=", "bg+="  # bigram with the left / right neighbour ("a|b")
BOS, EOS, SECOND = "BOS", "EOS", "pos=1"
GAP_BEFORE, GAP_AFTER = "g-=", "g+="
# Document-level features (doc_features): "d" + the context evidence of a word's occurrences in the document.
DOC = "d"
DOC_PREV_WORD, DOC_PREV, DOC_PREV_GZ = "pw=", "p", "pg="  # evidence from the word before an occurrence
DOC_NEXT, DOC_NEXT_GZ = "n", "ng="  # ... from the word after it
DOC_GAP_BEFORE, DOC_GAP_AFTER = "g-", "g+"  # ... from the punctuation before / after it
DOC_COUNT = "dc="  # how often the word occurs in the document (2, 3+)

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
    raw = load_json(CUES_FILE)
    out: dict[str, tuple[str, ...]] = {}
    for cls, words in raw.items():
        if cls.startswith("_"):
            continue
        for w in words:
            key = normalise_str(w)
            if cls not in out.get(key, ()):
                out[key] = (*out.get(key, ()), cls)
    return out


_GEO_CLASS = {"country": "gc", "admin1": "ga", "admin2": "ga", "admin3": "ga"}
_BIG_CITY = 100_000
_PLACE = frozenset({"gc", "ga", "gC", "adj"})  # a word with one of these gets no organisation class


def _add(table: dict[str, set[str]], phrase: str, single: str, head: str, tail: str) -> None:
    words = phrase.split()
    if len(words) == 1:
        if len(words[0]) > 1:
            table.setdefault(words[0], set()).add(single)
        return
    table.setdefault(words[0], set()).add(head)
    table.setdefault(words[-1], set()).add(tail)


@cache
def name_lexicon() -> dict[str, tuple[str, ...]]:
    """Normalised word → name-lexicon classes, from the gazetteer, the actor registry and Rasd's name lists.

    Classes: ``gc`` country, ``ga`` administrative unit, ``gC`` city of 100k people or more, ``gv`` smaller
    place, ``gh``/``gt`` first/last word of a multi-word place name, ``adj`` country adjective (عراقي),
    ``a<inter>`` a one-word actor alias with its ACLED inter code, ``ah``/``at`` first/last word of a
    multi-word actor alias; from ``lexicons/ner_names.json``: ``o`` a one-word organisation name, ``oh``/``ot``
    first/later word of a multi-word one (not on gazetteer countries, regions, cities or adjectives), ``sn`` a
    surname.  Only Arabic-script gazetteer names are used.
    """
    table: dict[str, set[str]] = {}
    for key, cands in gazetteer().index.items():
        places = [c.place for c in cands if c.script == "ar"]
        if not places:
            continue
        kinds = {_GEO_CLASS.get(p.kind, "") for p in places}
        big = max(p.population for p in places) >= _BIG_CITY
        cls = "gc" if "gc" in kinds else "ga" if "ga" in kinds else "gC" if big else "gv"
        _add(table, key, cls, "gh", "gt")
    for adj in geo_lexicon().adjectives:
        table.setdefault(adj, set()).add("adj")
    for actor in registry().actors.values():
        for alias in actor.aliases:
            _add(table, normalise_str(alias), "a" + str(actor.inter), "ah", "at")
    own = load_json(NAMES_FILE)
    place_words = {w for w, c in table.items() if c & _PLACE}
    orgs: dict[str, set[str]] = {}
    for name in own["org"]:
        first, *rest = normalise_str(name).split()
        if not rest:
            if len(first) > 1:
                orgs.setdefault(first, set()).add("o")
            continue
        orgs.setdefault(first, set()).add("oh")
        for w in rest:
            if len(w) > 2:  # not في, من
                orgs.setdefault(w, set()).add("ot")
    for w, c in orgs.items():
        if w not in place_words and not (
            w.startswith("ال") and w[2:] in place_words
        ):  # المصري: adjective مصري
            table.setdefault(w, set()).update(c)
    for name in own["per_last"]:
        table.setdefault(normalise_str(name), set()).add("sn")
    return {w: tuple(sorted(c)) for w, c in sorted(table.items())}


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


def gap_features(gaps: Sequence[str], i: int, before: str, after: str) -> list[str]:
    """The punctuation classes before and after token ``i`` (``gaps[i]``, ``gaps[i + 1]``), with their prefixes."""
    out = []
    g = gap_class(gaps[i], True)
    if g:
        out.append(before + g)
    g = gap_class(gaps[i + 1], False)
    if g:
        out.append(after + g)
    return out


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
    classes: tuple[str, ...] = ()  # cue and name-lexicon classes ("cue=per_title", "lx=gc")


def name_classes(word: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """Name-lexicon classes of the word, else of its first proclitic-stripped form that has some."""
    table = name_lexicon()
    for f in forms:
        hit = table.get(f)
        if hit and (f == word or word.endswith(f[2:] if f.startswith("ال") else f)):  # no suffix cuts
            return hit
    return ()


@lru_cache(maxsize=200_000)
def word_features(word: str) -> WordFeatures:
    forms = token_forms(word) if not word[0].isdigit() else (word,)
    cue_table = cues()
    found = [c for f in forms if (cs := cue_table.get(f)) for c in cs]
    cue_cls = sorted(set(found)) if found else found
    lex = name_classes(word, forms)
    stem = forms[1] if len(forms) > 1 else word
    sh = shape(word)
    p2, s2 = word[:2], word[-2:]
    own = [
        "b",
        "w=" + word,
        "sh=" + sh,
        "len=" + str(min(len(word), 9)),
        "p1=" + word[:1],
        "p2=" + p2,
        "p3=" + word[:3],
        "s1=" + word[-1:],
        "s2=" + s2,
        "s3=" + word[-3:],
        "p4=" + word[:4],
        "s4=" + word[-4:],
    ]
    if len(forms) > 1:
        own.extend(["f=" + f for f in forms[1:4]])
    if stem != word:
        own.append("sp2=" + stem[:2])
        own.append("ss2=" + stem[-2:])
        own.append("sp3=" + stem[:3])
        own.append("ss3=" + stem[-3:])
    # The cue and name-lexicon classes, as the word and its neighbours (any offset) see them.
    classes = ["cue=" + c for c in cue_cls] + ["lx=" + c for c in lex] if cue_cls or lex else []
    own.extend(classes)
    if sh == "d":
        own.append("num")
    prev1 = ("-1w=" + word, "-1f=" + stem, "-1s2=" + s2, "-1p2=" + p2, "-1sh=" + sh)
    next1 = ("+1w=" + word, "+1f=" + stem, "+1s2=" + s2, "+1p2=" + p2, "+1sh=" + sh)
    if not classes:
        return WordFeatures(tuple(own), ("-2w=" + word,), prev1, next1, ("+2w=" + word,))
    return WordFeatures(
        tuple(own),
        ("-2w=" + word, *["-2" + c for c in classes]),
        (*prev1, *["-1" + c for c in classes]),
        (*next1, *["+1" + c for c in classes]),
        ("+2w=" + word, *["+2" + c for c in classes]),
        tuple(classes),
    )


def name_types(word: str, names: Mapping[str, str]) -> str:
    """Entity types a name list gives a word ('' if none), trying clitic-stripped forms after the word."""
    hit = names.get(word)
    if hit is None and not word[0].isdigit():
        for form in token_forms(word)[1:3]:
            hit = names.get(form)
            if hit is not None:
                break
    return hit or ""


@lru_cache(maxsize=200_000)
def doc_key(word: str) -> str:
    """What the occurrences of a word in one document are grouped by: its most stripped form of 3+ letters."""
    if word[0].isdigit():
        return word
    for form in reversed(token_forms(word)):
        if len(form) >= 3:
            return form
    return word


def context_evidence(words: Sequence[str], gaps: Sequence[str], gz: Sequence[str]) -> list[list[str]]:
    """What each token's surroundings say about it: cue/lexicon classes and name-list types of its
    neighbours, the word before it, punctuation around it."""
    wf = [word_features(w) for w in words]
    n = len(words)
    out: list[list[str]] = []
    for i in range(n):
        ev: list[str] = []
        if i > 0:
            ev.append(DOC_PREV_WORD + words[i - 1])
            ev.extend(DOC_PREV + c for c in wf[i - 1].classes)
            if gz[i - 1]:
                ev.append(DOC_PREV_GZ + gz[i - 1])
        if i + 1 < n:
            ev.extend(DOC_NEXT + c for c in wf[i + 1].classes)
            if gz[i + 1]:
                ev.append(DOC_NEXT_GZ + gz[i + 1])
        ev.extend(gap_features(gaps, i, DOC_GAP_BEFORE, DOC_GAP_AFTER))
        out.append(ev)
    return out


def doc_features(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]],
    names: Mapping[str, str] | None = None,
    window: int | None = None,
) -> list[list[tuple[str, ...]]]:
    """Document-level features of each token: the context evidence of every occurrence of the same word
    (by :func:`doc_key`) in the document, the token's own included, prefixed ``d``.

    The document is all ``sentences`` (an article), or with ``window`` the sentences up to ``window``
    places before and after each sentence (ANERcorp has no document breaks).
    """
    keys = [[doc_key(w) for w in ws] for ws, _ in sentences]
    per_sent: list[dict[str, set[str]]] = []
    counts: list[dict[str, int]] = []
    for (ws, gaps), ks in zip(sentences, keys, strict=True):
        gz = [name_types(w, names) for w in ws] if names else [""] * len(ws)
        table: dict[str, set[str]] = {}
        cnt: dict[str, int] = {}
        for k, ev in zip(ks, context_evidence(ws, gaps, gz), strict=True):
            table.setdefault(k, set()).update(ev)
            cnt[k] = cnt.get(k, 0) + 1
        per_sent.append(table)
        counts.append(cnt)

    def merged(lo: int, hi: int) -> tuple[dict[str, set[str]], dict[str, int]]:
        table: dict[str, set[str]] = {}
        cnt: dict[str, int] = {}
        for j in range(lo, hi):
            for k, ev in per_sent[j].items():
                table.setdefault(k, set()).update(ev)
            for k, c in counts[j].items():
                cnt[k] = cnt.get(k, 0) + c
        return table, cnt

    out: list[list[tuple[str, ...]]] = []
    whole = merged(0, len(sentences)) if window is None else None
    for s, ks in enumerate(keys):
        table, cnt = whole or merged(max(0, s - (window or 0)), min(len(sentences), s + (window or 0) + 1))
        feats = []
        for k in ks:
            c = cnt[k]
            extra = (DOC_COUNT + (str(c) if c < 3 else "3+"),) if c > 1 else ()
            feats.append((*(DOC + e for e in sorted(table[k])), *extra))
        out.append(feats)
    return out


def sentence_features(
    words: Sequence[str],
    gaps: Sequence[str],
    names: Mapping[str, str] | None = None,
    doc: Sequence[Sequence[str]] | None = None,
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
            f.append(GZ + gz[i])
        if i > 0 and gz[i - 1]:
            f.append(GZ_PREV + gz[i - 1])
        if i + 1 < n and gz[i + 1]:
            f.append(GZ_NEXT + gz[i + 1])
        if i > 1 and gz[i - 2]:
            f.append(GZ_PREV2 + gz[i - 2])
        if i + 2 < n and gz[i + 2]:
            f.append(GZ_NEXT2 + gz[i + 2])
        if i > 0:
            f += wf[i - 1].prev1
            f.append(BG_PREV + words[i - 1] + "|" + words[i])
            if i > 1:
                f += wf[i - 2].prev2
            else:
                f.append(SECOND)
        else:
            f.append(BOS)
        if i + 1 < n:
            f += wf[i + 1].next1
            f.append(BG_NEXT + words[i] + "|" + words[i + 1])
            if i + 2 < n:
                f += wf[i + 2].next2
        else:
            f.append(EOS)
        f.extend(gap_features(gaps, i, GAP_BEFORE, GAP_AFTER))
        if doc is not None:
            f.extend(doc[i])
        out.append(f)
    return out
