"""Which proclitics an actor phrase may carry, shared by the resolver and in-article reference.

Generic phrases and strict aliases match a token only when the token is the phrase's first word with an
allowed proclitic in front (و ف ب ل ك and their pairs) and nothing after it; ``لل`` stands for ل + ال.
"""

from __future__ import annotations

PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"})
ART_PREFIXES = PREFIXES | {"ال", "وال", "فال", "بال", "كال", "وبال", "وكال", "فبال"}
LIL = frozenset({"لل", "ولل", "فلل"})  # ل + ال with the alef dropped


def prefix_ok(norm: str, first: str, prefixes: frozenset[str]) -> bool:
    """``norm`` is ``first`` with only an allowed proclitic in front (and no suffix stripped)."""
    if norm.endswith(first) and norm[: len(norm) - len(first)] in prefixes:
        return True
    if first.startswith("ال"):
        stem = first[2:]
        return norm.endswith(stem) and norm[: len(norm) - len(stem)] in LIL
    return False


__all__ = ["ART_PREFIXES", "LIL", "PREFIXES", "prefix_ok"]
