"""In-article reference to actors already found: possessive member nouns and definite head nouns.

Runs after the named and generic mentions of :func:`~rasd.actors.resolve.find_actors` are known, on the
tokens none of them covers.

1. *Possessives* (registry ``possessive``): a member noun with a possessive pronoun, ``قواته``,
   ``أحد عناصرها``, ``لميليشياتها``, ``مسلحيهم`` (and ``مقاتلينا``, "our fighters", in a source's words), is the
   actor mentioned last before it, in its sentence or
   the one before (civilians and protesters own no forces).  When no actor is there, or a person is named
   between that actor and the noun (``اعترف الأسد بأن قواته``), the force nouns (``قوات``, ``جنود``) are
   the army of the article's country and the others are left alone.  A force noun whose nearest owner is a
   country name in its sentence (``تحرك تركيا قواتها``) is that country's army.  The pronoun agrees with
   its owner: ``ها`` skips a masculine singular owner (حزب العمال ... قواتها), ``ه`` a feminine one.
2. *Head nouns* (registry ``head_anaphors``): ``الجبهة`` after ``جبهة النصرة``, ``الحزب`` after ``حزب العمال
   الكردستاني``, ``الحركة`` after ``حركة «أحرار الشام»``: the last named actor whose mention starts with (or
   follows) that head noun, anywhere earlier in the article, named or generic (``الوزارة`` after ``وزارة
   الداخلية``).  A head followed by a definite word that is no
   country adjective or listed modifier names something else (``الحركة التجارية``) and is skipped.
3. *The latter*: ``الأخيرة`` / ``الأخير`` used as a noun (``عقب دخول الأخيرة إلى الحوطة``, ``هذا الأخير``) is
   the actor named last before it, in its sentence or the one before, of its gender where the mention shows
   one (``قوات``: feminine).  After a definite noun, a number or a possessed noun it is an adjective
   (``الأيام الأخيرة``, ``عامها الأخير``) and is skipped.

Every mention made here is ``generic=True``: it was resolved from context, not read off a name.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from rasd.actors.clitics import ART_PREFIXES, PREFIXES, prefix_ok
from rasd.actors.registry import Registry
from rasd.doc import ActorMention, Doc
from rasd.text.normalise import normalise_str
from rasd.text.segment import Token, pronoun_suffixed

_OWNERLESS = (6, 7)  # protesters and civilians are never the owner of forces
_BACK_SENTENCES = 1  # a possessive looks back over its own sentence and the one before
_QUOTES = "«»\"'()“”„[]"
_PLACE_PREPOSITIONS = frozenset(
    normalise_str(w) for w in ("من", "في", "إلى", "الى", "عن", "على", "نحو", "داخل", "باتجاه", "مع", "عبر")
)


def _copy(a: ActorMention, doc: Doc, start: int, end: int) -> ActorMention:
    return ActorMention(
        start, end, doc.text[start:end], a.actor_id, a.name, a.inter, a.country, generic=True, parent=a.parent
    )


def possessive_mentions(
    doc: Doc,
    reg: Registry,
    found: list[ActorMention],
    taken: set[int],
    sentence_of: Callable[[int], int],
    article_cc: str | None,
    country_at: dict[int, str] | None = None,
) -> list[ActorMention]:
    """Mentions for possessive member nouns (see the module docstring, 1)."""
    pos = reg.possessive
    if pos is None:
        return []
    ordered = sorted(found, key=lambda a: a.start)
    starts = [a.start for a in ordered]
    persons = sorted(e.start for e in doc.entities if e.type == "PER")
    out: list[ActorMention] = []
    stems = pos.spellings
    for ti, tok in enumerate(doc.tokens):
        stem = stems.get(tok.norm)
        if stem is None or ti in taken:
            continue
        sent = sentence_of(ti)
        k = bisect.bisect_left(starts, tok.start)
        antecedent: ActorMention | None = None
        pronoun = next(suf for suf in pos.suffixes if tok.norm.endswith(suf))
        for a in reversed(ordered[:k]):
            if a.end > tok.start or a.inter in _OWNERLESS:
                continue
            if sent - sentence_of(doc.token_at(a.start)) > _BACK_SENTENCES:
                break
            if _agrees(pronoun, _gender(a.text, pos.masculine_heads)) and not (
                pronoun in _SINGULAR_PRONOUNS and _people_plural(a)
            ):
                antecedent = a
                break
        if antecedent is not None:
            p = bisect.bisect_left(persons, antecedent.end)
            if p < len(persons) and persons[p] < tok.start:
                antecedent = None  # a person is the nearer owner: بشار الأسد ... قواته
        owner_cc = (
            _country_before(doc.tokens, country_at or {}, ti, sent, sentence_of)
            if stem in pos.forces
            else None
        )
        if owner_cc is not None and (antecedent is None or doc.tokens[owner_cc[0]].start >= antecedent.end):
            antecedent, article_cc = None, owner_cc[1]  # تحرك تركيا قواتها: the country's army
        if stem in pos.allies:  # الحوثيين وحلفائهم: the owner's registry ally, or nothing
            ally = reg.allies.get(antecedent.actor_id) if antecedent is not None else None
            if ally is not None:
                out.append(reg.actors[ally].mention(doc.text, tok.start, tok.end, generic=True))
        elif antecedent is not None:
            out.append(_copy(antecedent, doc, tok.start, tok.end))
        elif stem in pos.forces and article_cc:
            out.append(
                reg.template("military", article_cc).mention(doc.text, tok.start, tok.end, generic=True)
            )
    return out


def _gender(text: str, masculine_heads: frozenset[str]) -> str | None:
    """The grammatical gender of a mention, read off its first word in the original spelling: 'f' (قوات,
    الطائرات, جبهة), 'm' (a listed head: تنظيم, حزب, الجيش), else None (الحوثيين, داعش: either)."""
    word = text.split(maxsplit=1)[0].strip(_QUOTES) if text.strip() else ""
    if word.endswith(("ة", "ات")):
        return "f"
    norm = normalise_str(word)
    return "m" if any(prefix_ok(norm, head, ART_PREFIXES) for head in masculine_heads) else None


_SINGULAR_PRONOUNS = ("ه", "ها")


def _people_plural(a: ActorMention) -> bool:
    """A mention read from context whose first word is a sound plural of people (مسلحين أكرادا, المتمردين):
    "قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده" — his soldiers are the army's, as a plural of
    people is owned through هم.  A group's name (الحوثيين) may still take ها or ه: it is read off a name."""
    if not a.generic or not a.text.strip():
        return False
    word = normalise_str(a.text.split(maxsplit=1)[0].strip(_QUOTES))
    return word.endswith(("ين", "ون"))


def _agrees(pronoun: str, gender: str | None) -> bool:
    """Whether a possessive pronoun can point to an owner of ``gender``: ها (قواتها) not to a masculine
    singular (حزب العمال), ه (قواته) not to a feminine one (الحركة, القوات); هم and هما to anyone.  A human
    plural has no gender here (الحوثيين ... لميليشياتها): the press writes of the group as either."""
    if pronoun == "ها":
        return gender != "m"
    if pronoun == "ه":
        return gender != "f"
    return True


def _country_before(
    toks: list[Token], country_at: dict[int, str], ti: int, sent: int, sentence_of: Callable[[int], int]
) -> tuple[int, str] | None:
    """The last country name before token ``ti`` in its sentence that can own forces: (token index, country
    code).  A name after a preposition is a place (أعلن التحالف من واشنطن أن قواته), not an owner."""
    best = max((k for k in country_at if k < ti and sentence_of(k) == sent), default=None)
    if best is None or (best > 0 and toks[best - 1].norm in _PLACE_PREPOSITIONS):
        return None
    return best, country_at[best]


def is_head(norm: str, head: str) -> bool:
    """``norm`` is the head noun, bare or definite, with a proclitic or not (جبهة, وجبهة, للفرقة)."""
    return prefix_ok(norm, head, ART_PREFIXES) or prefix_ok(norm, "ال" + head, PREFIXES)


def head_mentions(
    doc: Doc,
    reg: Registry,
    found: list[ActorMention],
    taken: set[int],
    names_other: Callable[[int], bool],
) -> list[ActorMention]:
    """Mentions for definite head nouns that point back to a named actor (see the module docstring, 2)."""
    if not reg.head_anaphors:
        return []
    toks = doc.tokens
    heads = reg.head_spellings
    # a named actor, or a generic one read off a noun phrase (الوزارة after وزارة الداخلية)
    named = sorted((a for a in found if a.inter not in _OWNERLESS), key=lambda a: a.start)
    out: list[ActorMention] = []
    for ti, tok in enumerate(toks):
        if ti in taken:
            continue
        head = heads.get(tok.norm)
        if head is None or names_other(ti):
            continue
        for a in reversed(named):
            if a.end > tok.start:
                continue
            first = doc.token_at(a.start)
            # the head opens the mention, stands right before it, or after a member noun (مسلحو حزب الله)
            if any(is_head(toks[i].norm, head) for i in (first, first - 1, first + 1) if 0 <= i < ti):
                out.append(_copy(a, doc, tok.start, tok.end))
                break
    return out


_LATTER_F, _LATTER_M = normalise_str("الأخيرة"), normalise_str("الأخير")


def is_latter(norm: str) -> bool:
    """``norm`` is الأخيرة or الأخير, with a proclitic or not."""
    return _LATTER_M in norm and any(prefix_ok(norm, w, PREFIXES) for w in (_LATTER_F, _LATTER_M))


def latter_mentions(
    doc: Doc, reg: Registry, found: list[ActorMention], taken: set[int], sentence_of: Callable[[int], int]
) -> list[ActorMention]:
    """Mentions for "the latter" (see the module docstring, 3): الأخيرة / الأخير standing as a noun ("عقب دخول
    الأخيرة إلى الحوطة", "هذا الأخير", "وأكدت الأخيرة"), not as the adjective of a definite noun, a number or a
    possessed noun before it ("الأيام الأخيرة", "للمرة الأخيرة", "الـ24 الأخيرة", "عامها الأخير")."""
    toks = doc.tokens
    named = sorted((a for a in found if a.inter not in _OWNERLESS), key=lambda a: a.start)
    masculine = reg.possessive.masculine_heads if reg.possessive is not None else frozenset()
    out: list[ActorMention] = []
    for ti in range(1, len(toks)):
        tok = toks[ti]
        if not is_latter(tok.norm) or ti in taken:
            continue
        gender = "f" if tok.norm.endswith(_LATTER_F) else "m"
        prev = toks[ti - 1]
        if (
            prev.norm[:1].isdigit()
            or any(f.startswith("ال") for f in prev.forms)
            or pronoun_suffixed(doc.text, prev)  # a possessed noun is definite: "عامها الأخير"
        ):
            continue  # an adjective
        sent = sentence_of(ti)
        for a in reversed(named):
            if a.end > tok.start:
                continue
            if sent - sentence_of(doc.token_at(a.start)) > _BACK_SENTENCES:
                break
            if _agrees("ها" if gender == "f" else "ه", _gender(a.text, masculine)):
                out.append(_copy(a, doc, tok.start, tok.end))
                break
    return out


__all__ = ["head_mentions", "is_head", "is_latter", "latter_mentions", "possessive_mentions"]
