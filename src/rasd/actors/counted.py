"""When a counted or adjectival word is an actor mention, read off the words around it.

Used by :func:`~rasd.actors.resolve.find_actors` to filter its phrase matches before resolving them.

- ``counted``: a ``counted`` generic phrase (أشخاص, قتلى, متمردا) is a mention only after a number or a
  quantifier (مقتل 67 شخصا, عشرات القتلى) or as a dual that counts itself (شخصين قتلا), and not before من,
  which names who they were (4 قتلى من أفراد المقاومة).  The registry's ``counted_guard`` then drops what is no count of victims: a war's running total
  (مقتل 15 ألف شخص, 240 ألفا و381 شخصا), suspects (اعتقلت قوات الأمن 851 شخصا, وجهت الاتهام إلى 29 شخصا),
  mixed counts (ثمانية قتلى بينهم ثلاثة عسكريين, ثلاثة قتلى وأربعة جرحى في صفوف القوات) and, for civilians,
  the dead of a battle (اشتباكات أسفرت عن سقوط 13 قتيلا).
- ``adjectival``: عسكريين after a noun is its adjective (القادة العسكريين), not soldiers.
"""

from __future__ import annotations

from rasd.actors.registry import CountedGuard, Registry
from rasd.doc import Doc
from rasd.text.normalise import normalise_str
from rasd.text.numbers import self_count
from rasd.text.segment import Token

_ADJECTIVAL = frozenset(
    normalise_str(w) for w in ("عسكريين", "عسكريون", "عسكريان", "العسكريين", "العسكريون", "عسكري")
)
_PLURAL_NOUNS = frozenset(normalise_str(w) for w in ("عسكريين", "عسكريون", "عسكريان"))
_COUNT_WORDS = frozenset(normalise_str(w) for w in ("من", "بين", "بينهم", "منهم", "بينهما", "و"))
_AT_LEAST = (normalise_str("على"), normalise_str("الأقل"))
_IN = normalise_str("في")
_FROM = normalise_str("من")
_PARTITIVE_WINDOW = 3  # بينهم followed this close by civilians (بينهم طفلان) keeps the count
_RANKS_WINDOW = 4  # في صفوف this close after a count says whose dead they were
_SUSPECT_WINDOW = 5  # how far before a count a word such as اعتقلت reaches (اعتقلت قوات الأمن التركية 851)


def counted(doc: Doc, reg: Registry, tok_start: int, tok_end: int, kind: str, kinds: dict[int, str]) -> bool:
    """Whether the counted phrase at tokens ``[tok_start, tok_end)`` of generic ``kind`` is a mention;
    ``kinds`` maps the first token of every phrase match to its kind ('civilians', 'military', 'actor' ...)."""
    toks = doc.tokens
    if tok_end < len(toks) and toks[tok_end].norm == _FROM:
        return False
    if tok_start == 0:
        return False
    prev = toks[tok_start - 1]
    number = next((n for n in doc.numbers if n.start <= prev.start and prev.end <= n.end), None)
    dual = tok_end - tok_start == 1 and self_count(toks[tok_start].norm) == 2  # شخصين قتلا: counts itself
    if number is None and not (dual or prev.norm in reg.quantifiers or prev.norm[:1].isdigit()):
        return False
    guard = reg.counted_guard
    if guard is None:
        return True
    if number is not None and number.value > guard.max_value:
        return False
    first = doc.token_at(number.start) if number is not None else tok_start - 1
    if _thousands_before(doc, first, guard.max_value):
        return False
    for t in toks[max(0, first - _SUSPECT_WINDOW) : first]:
        if t.norm in guard.not_after or (t.norm[:1] in ("و", "ف") and t.norm[1:] in guard.not_after):
            return False
    if kind == "civilians" and _in_battle(doc, guard, tok_start):
        return False
    return not _mixed(toks, guard, tok_end, kinds)


def _thousands_before(doc: Doc, first: int, max_value: int) -> bool:
    """240 ألفا و381 شخصا: the thousands before و are a number of their own."""
    toks = doc.tokens
    b = first - 2 if first > 1 and toks[first - 1].norm == "و" else first - 1
    if b < 0:
        return False
    before = toks[b]
    return any(n.start <= before.start and before.end <= n.end and n.value > max_value for n in doc.numbers)


def _in_battle(doc: Doc, guard: CountedGuard, ti: int) -> bool:
    """The sentence of token ``ti`` tells of a battle (معارك, اشتباكات, من الطرفين): its dead are fighters
    or a mixed count, not civilian victims."""
    return sentence_has(doc, ti, guard.clashes)


def sentence_has(doc: Doc, ti: int, words: frozenset[str]) -> bool:
    """Whether the sentence of token ``ti`` holds a token whose normalised form is in ``words``."""
    if not words:
        return False
    if not doc.sentences:
        return any(t.norm in words for t in doc.tokens)
    sent = doc.sentences[doc.sentence_of(ti)]
    return any(t.norm in words for t in doc.tokens[sent.tok_start : sent.tok_end])


def _mixed(toks: list[Token], guard: CountedGuard, tok_end: int, kinds: dict[int, str]) -> bool:
    """The count names combatants too: بينهم/معظمهم not followed by civilians, or في صفوف after it."""
    k = tok_end
    if k + 1 < len(toks) and (toks[k].norm, toks[k + 1].norm) == _AT_LEAST:
        k += 2  # 30 قتيلا على الأقل بينهم ...
    if k >= len(toks):
        return False
    if toks[k].norm in guard.partitive:
        nxt = next((kinds[i] for i in range(k + 1, k + 1 + _PARTITIVE_WINDOW) if i in kinds), None)
        return nxt != "civilians"
    # ثلاثة قتلى وأربعة جرحى في صفوف القوات المسلحة
    return any(
        toks[i].norm == _IN and toks[i + 1].norm in guard.ranks
        for i in range(k, min(k + _RANKS_WINDOW, len(toks) - 1))
    )


def adjectival(doc: Doc, tok_start: int, tok_end: int, adjectives: set[int]) -> bool:
    """عسكريين after a noun is its adjective (القادة العسكريين, مسؤولين عسكريين), not soldiers: soldiers
    follow a number or من/بينهم, carry a proclitic (وعسكريين), are definite after a word without ال, or are
    indefinite with a nationality after them (مقتل عسكريين تركيين)."""
    toks = doc.tokens
    if tok_end - tok_start != 1 or tok_start == 0:
        return False
    word = toks[tok_start].norm
    if word not in _ADJECTIVAL:
        return False
    if word in _PLURAL_NOUNS and tok_end in adjectives:
        return False
    prev = toks[tok_start - 1]
    if (
        prev.norm in _COUNT_WORDS
        or prev.norm[:1].isdigit()
        or any(n.start <= prev.start and prev.end <= n.end for n in doc.numbers)
    ):
        return False
    return prev.norm.startswith("ال") if word.startswith("ال") else True


__all__ = ["adjectival", "counted", "sentence_has"]
