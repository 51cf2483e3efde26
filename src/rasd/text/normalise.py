"""Arabic normalisation as a *view* of the original text, with a map back.

``normalise(text)`` returns a :class:`NormView` whose ``text`` is the normalised string and whose
``orig(i)`` maps a normalised index back to the original.  Characters are mapped one-to-one
(أ → ا, ٣ → 3, NBSP → space), deleted (tatweel, harakat, bidi controls, ZWJ/ZWNJ), or, for the Arabic
presentation forms that text copied from PDFs is written in, replaced by their letters (ﻃﻴﺮان → طيران, the
ligature ﻻ → لا: every letter of an expansion maps back to the one original character), so a normalised span
``[s, e)`` maps back to ``[orig(s), orig_end(e))`` in the original text.

The character table lives in ``lexicons/charmap.json`` (data, not code).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasd.lexicons import load_json


@dataclass(frozen=True, slots=True)
class CharMap:
    table: dict[int, str | None]
    deleted: re.Pattern[str]  # runs of characters the normaliser removes
    expanding: re.Pattern[str]  # characters replaced by more than one (presentation-form ligatures)


@cache
def charmap() -> CharMap:
    raw = load_json("charmap.json")
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
    for lo, hi in raw.get("compatibility_ranges", []):
        for cp in range(int(lo, 16), int(hi, 16) + 1):
            if cp not in table:
                _add_compatibility(table, cp)
    gone = "".join(re.escape(chr(cp)) for cp, rep in sorted(table.items()) if rep is None)
    longer = "".join(re.escape(chr(cp)) for cp, rep in sorted(table.items()) if rep and len(rep) > 1)
    return CharMap(table, re.compile(f"[{gone}]+"), re.compile(f"[{longer}]" if longer else r"(?!)"))


def _add_compatibility(table: dict[int, str | None], cp: int) -> None:
    """Map a presentation form to its letters (NFKC), normalised in turn (ﺃ → أ → ا); a form of a mark alone
    (ﹰ) is deleted as the mark is.  Forms that stand for words with spaces (ﷺ) are kept as written: a token
    cannot end inside one character."""
    letters = unicodedata.normalize("NFKC", chr(cp))
    if letters == chr(cp) or " " in letters.strip():
        return
    rep = letters.strip().translate(table)
    table[cp] = rep or None


@dataclass(frozen=True, slots=True)
class NormView:
    """Normalised text plus ``index`` (normalised position → original position)."""

    original: str
    text: str
    index: Sequence[int]

    def orig(self, i: int) -> int:
        """Original offset of the normalised character at ``i`` (``len(text)`` maps to the end)."""
        if i >= len(self.index):
            return len(self.original)
        return self.index[i]  # a range when nothing was deleted

    def orig_end(self, e: int) -> int:
        """Original end offset for a normalised span ending at ``e`` (exclusive).

        Only deleted marks (harakat, tatweel, bidi controls) lie between two kept characters, so the span runs
        up to the next kept character: marks written on its last letter belong to it.
        """
        if e <= 0:
            return 0
        if e < len(self.index):
            return self.index[e]
        return len(self.original)

    def orig_span(self, s: int, e: int) -> tuple[int, int]:
        return self.orig(s), self.orig_end(e)


def normalise_str(text: str) -> str:
    """Normalise a string (lexicon keys, queries): same rules, no map."""
    return text.translate(charmap().table)


def normalise(text: str) -> NormView:
    cmap = charmap()
    ntext = text.translate(cmap.table)
    if cmap.expanding.search(text):
        return NormView(original=text, text=ntext, index=_expanded_index(text, cmap.table))
    if len(ntext) == len(text):
        return NormView(original=text, text=ntext, index=range(len(text)))
    index: list[int] = []
    pos = 0
    for m in cmap.deleted.finditer(text):
        index.extend(range(pos, m.start()))
        pos = m.end()
    index.extend(range(pos, len(text)))
    return NormView(original=text, text=ntext, index=index)


def _expanded_index(text: str, table: dict[int, str | None]) -> list[int]:
    """The index of a text with ligatures: one entry per normalised character (rare: no fast path)."""
    index: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep:
            index.extend([i] * len(rep))
    return index
