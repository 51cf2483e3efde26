"""Phrase matching over clitic-aware tokens: the one matcher every lexicon uses.

A :class:`PhraseMatcher` is built once (per lexicon, per process) from ``(phrase, payload)`` pairs.
Phrases are normalised and split into tokens; a phrase matches a run of document tokens when its first
token equals one of the first document token's candidate forms (so proclitics and a few suffixes are
stripped) and each later phrase token equals the document token's normalised text or one of its forms.
Overlapping matches are resolved longest-first, then leftmost, then least stripped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rasd.text.normalise import normalise_str
from rasd.text.segment import _TOKEN, Token

P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    tok_start: int
    tok_end: int  # exclusive
    start: int  # original offsets
    end: int
    payload: P
    strip: int  # how far down the first token's form list the match was found (0 = exact)


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(normalise_str(phrase)))


class PhraseMatcher(Generic[P]):
    _MEMO_MAX = 200_000

    def __init__(self, items: Iterable[tuple[str, P]]) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], P]]] = {}
        # forms tuple -> [(rank, candidates)]: most words start no phrase, so one lookup per token decides.
        self._memo: dict[tuple[str, ...], list[tuple[int, list[tuple[tuple[str, ...], P]]]]] = {}
        for phrase, payload in items:
            toks = phrase_tokens(phrase)
            if not toks:
                continue
            self._index.setdefault(toks[0], []).append((toks, payload))
        for lst in self._index.values():
            lst.sort(key=lambda tp: -len(tp[0]))

    def __contains__(self, word: str) -> bool:
        return word in self._index

    def find(
        self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None, *, overlapping: bool = False
    ) -> list[Match[P]]:
        hi = len(tokens) if hi is None else hi
        found: list[Match[P]] = []
        index = self._index
        memo = self._memo
        for i in range(lo, hi):
            tok = tokens[i]
            starts = memo.get(tok.forms)
            if starts is None:
                starts = [(r, c) for r, f in enumerate(tok.forms) if (c := index.get(f))]
                if len(memo) > self._MEMO_MAX:
                    memo.clear()
                memo[tok.forms] = starts
            for rank, cands in starts:
                for toks, payload in cands:
                    n = len(toks)
                    if i + n > hi:
                        continue
                    ok = True
                    for k in range(1, n):
                        t = tokens[i + k]
                        w = toks[k]
                        if w != t.norm and w not in t.forms:
                            ok = False
                            break
                    if ok:
                        found.append(Match(i, i + n, tok.start, tokens[i + n - 1].end, payload, rank))
                if found and found[-1].tok_start == i:
                    break  # least-stripped form that matched wins
        return found if overlapping else longest_matches(found)


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
