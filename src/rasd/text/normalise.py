"""Arabic normalisation as a *view* of the original text, with a map back.

``normalise(text)`` returns a :class:`NormView` whose ``text`` is the normalised string and whose
``orig(i)`` maps a normalised index back to the original.  Characters are either mapped one-to-one
(أ → ا, ٣ → 3, NBSP → space) or deleted (tatweel, harakat, bidi controls, ZWJ/ZWNJ), never inserted,
so a normalised span ``[s, e)`` maps back to ``[orig(s), orig_end(e))`` in the original text.

The character table lives in ``lexicons/charmap.json`` (data, not code).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CharMap:
    table: dict[int, str | None]


@cache
def charmap() -> CharMap:
    raw = json.loads(resources.files("rasd.lexicons").joinpath("charmap.json").read_text("utf-8"))
    table: dict[int, str | None] = {}
    for src, dst in raw["map"].items():
        table[ord(src)] = dst
    for ch in raw["delete"]:
        table[ord(ch)] = None
    for lo, hi in raw.get("delete_ranges", []):
        for cp in range(int(lo, 16), int(hi, 16) + 1):
            table[cp] = None
    # Digits of every script Rasd reads → ASCII.
    for base in (0x0660, 0x06F0):
        for d in range(10):
            table[base + d] = str(d)
    return CharMap(table)


@dataclass(frozen=True, slots=True)
class NormView:
    """Normalised text plus ``index`` (normalised position → original position)."""

    original: str
    text: str
    index: tuple[int, ...]

    def orig(self, i: int) -> int:
        """Original offset of the normalised character at ``i`` (``len(text)`` maps to the end)."""
        if i >= len(self.index):
            return len(self.original)
        return self.index[i]

    def orig_end(self, e: int) -> int:
        """Original end offset for a normalised span ending at ``e`` (exclusive).

        Deleted marks that follow the last character (harakat, tatweel) belong to the span.
        """
        if e <= 0:
            return 0
        end = self.index[e - 1] + 1
        limit = self.index[e] if e < len(self.index) else len(self.original)
        table = charmap().table
        while end < limit and table.get(ord(self.original[end]), "") is None:
            end += 1
        return end

    def orig_span(self, s: int, e: int) -> tuple[int, int]:
        return self.orig(s), self.orig_end(e)


def normalise_str(text: str) -> str:
    """Normalise a string (lexicon keys, queries): same rules, no map."""
    return text.translate(charmap().table)


def normalise(text: str) -> NormView:
    table = charmap().table
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        cp = ord(ch)
        if cp in table:
            rep = table[cp]
            if rep is None:
                continue
            ch = rep
        out.append(ch)
        index.append(i)
    return NormView(original=text, text="".join(out), index=tuple(index))
