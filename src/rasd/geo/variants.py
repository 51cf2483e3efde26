"""Spelling variants of Arabic place names (the 'fuzzy' tier) and script detection.

Inputs are already normalised (:func:`rasd.text.normalise.normalise_str` folds alef forms, ة→ه, ى→ي), so
only the variation the normaliser leaves is generated here: ـية/ـيا (سورية/سوريا),
a final hamza (السويداء/السويدا), and compounds written joined or apart (دير الزور/ديرالزور).  The article ال is not dropped: the tokeniser already strips it from the text, and
bare forms (حول، عبر، دور from الحول، العبر، الدور) are common words.
"""

from __future__ import annotations

# Letters of Persian, Kurdish, Urdu and Pashto that Arabic does not use.
_NON_ARABIC = frozenset("پچژگڤڕڵۆێەیکھہۀےڭټډړږښګڼۍې")
# First words that press often write joined to an ال-name (ديرالزور, تلعفر is a name of its own).
_JOINABLE = ("دير", "تل", "ابو", "عين", "راس", "ام", "بئر", "بير", "جبل", "خان", "كفر", "بيت", "ذي")
_MIN = 3


def is_arabic_name(raw: str) -> bool:
    """True when a name in Arabic script uses only Arabic letters (not a Persian/Kurdish/Urdu spelling)."""
    return any("\u0600" <= ch <= "\u06ff" for ch in raw) and not any(ch in _NON_ARABIC for ch in raw)


def name_variants(norm: str) -> list[str]:
    """Other spellings of a normalised name, excluding the name itself."""
    out: list[str] = []
    words = norm.split(" ")
    last = words[-1]
    if last.endswith("يه") and len(last) > _MIN + 1:
        out.append(" ".join([*words[:-1], last[:-1] + "ا"]))
    elif last.endswith("يا") and len(last) > _MIN + 1:
        out.append(" ".join([*words[:-1], last[:-1] + "ه"]))
    if last.endswith("اء") and len(last) > _MIN + 1:
        out.append(" ".join([*words[:-1], last[:-1]]))
    if len(words) == 2 and words[0] in _JOINABLE:
        out.append(words[0] + words[1])
    if len(words) == 1:
        for head in _JOINABLE:
            if norm.startswith(head + "ال") and len(norm) - len(head) >= _MIN + 2:
                out.append(head + " " + norm[len(head) :])
                break
    return [v for v in out if v != norm]
