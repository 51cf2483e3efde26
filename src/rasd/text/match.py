"""Phrase matching over clitic-aware tokens: the one matcher every lexicon uses.

A :class:`PhraseMatcher` is built once (per lexicon, per process) from ``(phrase, payload)`` pairs.
Phrases are normalised and split into tokens; a phrase matches a run of document tokens when its first
token equals one of the first document token's candidate forms (so proclitics and a few suffixes are
stripped) and each later phrase token equals the document token's normalised text or one of its forms.
Overlapping matches are resolved longest-first, then leftmost, then least stripped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress, count, repeat
from operator import attrgetter
from typing import Generic, TypeVar

from rasd.text.normalise import normalise_str
from rasd.text.segment import _TOKEN, Token

P = TypeVar("P")


class Match(Generic[P]):
    """One phrase found in a token run.  Hashable and compared by value: never mutate one.

    A plain slotted class, not a dataclass: a generic dataclass cannot be compiled by mypyc (see setup.py),
    and a frozen one is four times slower to build (a few hundred per article)."""

    __slots__ = ("end", "payload", "start", "strip", "tok_end", "tok_start")

    def __init__(self, tok_start: int, tok_end: int, start: int, end: int, payload: P, strip: int) -> None:
        self.tok_start = tok_start
        self.tok_end = tok_end  # exclusive
        self.start = start  # original offsets
        self.end = end
        self.payload = payload
        self.strip = strip  # how far down the first token's form list the match was found (0 = exact)

    def _key(self) -> tuple[int, int, int, int, object, int]:
        return (self.tok_start, self.tok_end, self.start, self.end, self.payload, self.strip)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Match({self.tok_start}, {self.tok_end}, {self.start}, {self.end}, {self.payload!r}, {self.strip})"


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(normalise_str(phrase)))


class _Start(Generic[P]):
    """The phrases that start with one word: one-word phrases, and the longer ones keyed by their second word."""

    __slots__ = ("by_second", "singles")

    def __init__(
        self,
        singles: tuple[tuple[int, int, P], ...],
        by_second: dict[str, list[tuple[int, tuple[str, ...], P]]],
    ) -> None:
        self.singles = singles  # (position, length 1, payload)
        self.by_second = by_second


class PhraseMatcher(Generic[P]):
    _MEMO_MAX = 200_000

    def __init__(self, items: Iterable[tuple[str, P]]) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], P]]] = {}
        for phrase, payload in items:
            toks = phrase_tokens(phrase)
            if not toks:
                continue
            self._index.setdefault(toks[0], []).append((toks, payload))
        # Each first word's phrases, longest first; the position in that order decides which of several
        # matches at one token comes first.  Longer phrases are reached through their second word, so a
        # common first word (على, مدينة) costs one lookup instead of a check per phrase.
        self._starts: dict[str, _Start[P]] = {}
        for word, lst in self._index.items():
            lst.sort(key=lambda tp: -len(tp[0]))
            singles: list[tuple[int, int, P]] = []
            by_second: dict[str, list[tuple[int, tuple[str, ...], P]]] = {}
            for pos, (toks, payload) in enumerate(lst):
                if len(toks) == 1:
                    singles.append((pos, 1, payload))
                else:
                    by_second.setdefault(toks[1], []).append((pos, toks, payload))
            self._starts[word] = _Start(tuple(singles), by_second)
        # word -> [(rank, start)]: most words start no phrase, so one lookup per token decides.  Keyed by the
        # normalised word, whose forms are a function of it: a string keeps its hash, a tuple hashes anew.
        self._memo: dict[str, list[tuple[int, _Start[P]]]] = {}

    def __contains__(self, word: str) -> bool:
        return word in self._index

    def find(
        self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None, *, overlapping: bool = False
    ) -> list[Match[P]]:
        hi = len(tokens) if hi is None else hi
        found: list[Match[P]] = []
        index = self._starts
        memo = self._memo
        # Most tokens start no phrase: the memo says so ([]) for every word seen before, and ``compress`` skips
        # those at C speed; the loop sees only the tokens that start a phrase or hold a word not seen yet.
        lookups = map(memo.get, map(_norm, tokens[lo:hi]), repeat(_UNSEEN))
        for i in compress(count(lo), lookups):
            tok = tokens[i]
            starts = memo.get(tok.norm)
            if starts is None:
                starts = [(r, c) for r, f in enumerate(tok.forms) if (c := index.get(f))]
                if len(memo) > self._MEMO_MAX:
                    memo.clear()
                memo[tok.norm] = starts
                if not starts:
                    continue
            for rank, start in starts:
                hits = _multi_hits(start, tokens, i, hi) if start.by_second and i + 1 < hi else []
                if start.singles:
                    hits.extend(start.singles)
                    if len(hits) > len(start.singles):
                        hits.sort(key=_first)
                if hits:
                    s = tok.start
                    found.extend(
                        Match(i, i + n, s, tokens[i + n - 1].end, payload, rank) for _, n, payload in hits
                    )
                    break  # least-stripped form that matched wins
        return found if overlapping else longest_matches(found)


_norm = attrgetter("norm")
_UNSEEN = True  # the memo default: truthy, so compress keeps a word not seen yet


def _first(hit: tuple[int, int, object]) -> int:
    return hit[0]


def _multi_hits(start: _Start[P], tokens: Sequence[Token], i: int, hi: int) -> list[tuple[int, int, P]]:
    """(position, length, payload) of the phrases of two or more words that match at token ``i``."""
    nxt = tokens[i + 1]
    keys = dict.fromkeys((nxt.norm, *nxt.forms))  # the next word matches as written or as any of its forms
    hits: list[tuple[int, int, P]] = []
    lists = 0
    for key in keys:
        cands = start.by_second.get(key)
        if not cands:
            continue
        lists += 1
        for pos, toks, payload in cands:
            n = len(toks)
            if i + n > hi:
                continue
            for k in range(2, n):
                t = tokens[i + k]
                w = toks[k]
                if w != t.norm and w not in t.forms:
                    break
            else:
                hits.append((pos, n, payload))
    if lists > 1:
        hits.sort(key=_first)
    return hits


def longest_matches(found: list[Match[P]]) -> list[Match[P]]:
    """Non-overlapping matches: longest first, then leftmost, then least stripped; returned in text order."""
    found = sorted(found, key=lambda m: (-(m.tok_end - m.tok_start), m.tok_start, m.strip))
    taken: set[int] = set()
    out: list[Match[P]] = []
    for m in found:
        r = range(m.tok_start, m.tok_end)
        if any(t in taken for t in r):
            continue
        taken.update(r)
        out.append(m)
    out.sort(key=lambda m: m.tok_start)
    return out
