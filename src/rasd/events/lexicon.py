"""Loaders for the event lexicons (``lexicons/triggers.json``, ``lexicons/event_cues.json``).

Both are read once per process and turned into :class:`~rasd.text.match.PhraseMatcher` objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasd.errors import E, ResourceError
from rasd.lexicons import load_json
from rasd.models import SUB_EVENT_TYPES
from rasd.text.match import PhraseMatcher, phrase_tokens
from rasd.text.normalise import normalise_str

# Groups of trigger roles and event types the stages after the lexicon reason about (one definition each).
TERRITORY_ROLES = frozenset({"territory_gain", "territory_regain", "territory_loss"})
STRIKE_ROLES = frozenset({"airstrike", "shelling"})  # strikes from afar, from the air or by artillery
ARMED_INTERS = (1, 2, 3, 4, 8)  # ACLED inter codes of armed actors (state forces, rebels, militias, external)
NON_STATE_INTERS = (2, 3, 4)  # ACLED: rebel groups, political militias, identity militias
HARM_ROLES = frozenset({"kill", "injure"})  # a death or an injury, with no weapon or attack named
ARMED_VIOLENCE_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


@dataclass(frozen=True, slots=True)
class TriggerSense:
    """What a trigger word means: one entry of triggers.json."""

    role: str
    event_type: str
    sub_event_type: str
    plover: str
    pos: str
    weight: float
    phrase: str  # normalised
    generic_plural: bool
    needs_nearby: tuple[str, ...]
    needs_window: int = 4  # tokens either side of the trigger where a needs_nearby word must stand
    ta_marbuta: bool = (
        False  # the phrase ends in ة, which normalises to ه like the pronoun 'his' (حملة / حمله)
    )


@dataclass(frozen=True, slots=True)
class EventLexicon:
    triggers: PhraseMatcher[TriggerSense]
    cues: PhraseMatcher[tuple[str, ...]]  # phrase -> the cue kinds it belongs to
    windows: dict[str, int]
    needs: PhraseMatcher[str]
    victim_forces: dict[str, tuple[str, ...]]  # military / police / protesters -> stems of their victim words
    words: dict[str, frozenset[str]]  # event_cues.json "words": word sets the linking rules read, normalised


def _check_trigger(entry: dict) -> None:  # type: ignore[type-arg]
    subs = SUB_EVENT_TYPES.get(entry["event_type"])
    if subs is None or entry["sub_event_type"] not in subs:
        raise ResourceError(
            E.E301,
            name="triggers.json",
            reason=f"unknown ACLED type {entry['event_type']!r} / {entry['sub_event_type']!r}",
            fix="fix the lexicon entry",
        )


_NOUN_CUES = frozenset({"facility", "civilian_victims", "armed_victims"})  # nouns: they get accusatives too
_NO_TANWIN_ALIF = ("ة", "ه", "ا", "ى", "ي", "ء", "ات", "ين", "ون")  # endings that take no accusative alif


def accusative(phrase: str) -> str | None:
    """The accusative (tanwin fath) spelling of a one-word noun phrase: انفجار → انفجارا, مسجد → مسجدا.

    News Arabic writes the alif ("نفذوا تفجيرا", "استهدف مسجدا"), and token forms do not strip it, so a noun
    lexicon lists both spellings.  None for words whose ending takes no alif, and for phrases of several words
    other than a noun with its nisba adjective."""
    word = phrase.strip()
    if " " in word:
        return _accusative_pair(word)
    if word.endswith(_NO_TANWIN_ALIF):
        return None
    return word + "ا"


def _accusative_pair(phrase: str) -> str | None:
    """A noun and its nisba adjective both take the alif: هجوم انتحاري → هجوما انتحاريا, قصف جوي → قصفا جويا
    (not a construct such as إطلاق نار, whose first word takes none)."""
    words = phrase.split()
    if len(words) != 2:
        return None
    noun, adj = words
    if noun.endswith(_NO_TANWIN_ALIF) or adj.startswith("ال") or not adj.endswith("ي") or len(adj) < 3:
        return None
    return f"{noun}ا {adj}ا"


_IMPERFECT = ("ي", "ت", "ن")  # prefixes of the imperfect, whose dual ends in -ان, not -ا


def dual_past(phrase: str) -> str | None:
    """The dual of a one-word past-tense verb: أصيب → أصيبا, قتل → قتلا ("جنديان أصيبا بجروح").

    Token forms strip -ت and -وا (هاجمت, هاجموا → هاجم) but not the dual's -ا.  None for several words,
    imperfect verbs and words that end in a long vowel or ت."""
    word = phrase.strip()
    if " " in word or word.startswith(_IMPERFECT) or word.endswith(_NO_TANWIN_ALIF) or word.endswith("ت"):
        return None
    return word + "ا"


@cache
def event_lexicon() -> EventLexicon:
    trig = load_json("triggers.json")
    items: list[tuple[str, TriggerSense]] = []
    need_words: set[str] = set()
    for entry in trig["triggers"]:
        _check_trigger(entry)
        plurals = {normalise_str(p) for p in entry.get("generic_plural", [])}
        needs = tuple(normalise_str(w) for w in entry.get("needs_nearby", []))
        need_words.update(needs)
        phrases = list(entry["phrases"])
        inflect = accusative if entry["pos"] == "noun" else dual_past
        phrases += [form for p in phrases if (form := inflect(p)) and form not in phrases]
        for phrase in phrases:
            norm = " ".join(phrase_tokens(phrase))
            sense = TriggerSense(
                role=entry["role"],
                event_type=entry["event_type"],
                sub_event_type=entry["sub_event_type"],
                plover=entry["plover"],
                pos=entry["pos"],
                weight=float(entry["weight"]),
                phrase=norm,
                generic_plural=norm in plurals,
                needs_nearby=needs,
                needs_window=int(entry.get("needs_window", 4)),
                ta_marbuta=phrase.endswith("ة"),
            )
            items.append((phrase, sense))
    cues_raw = load_json("event_cues.json")
    kinds: dict[str, list[str]] = {}
    windows: dict[str, int] = {}
    victim_forces = {
        group: tuple(normalise_str(w) for w in words) for group, words in cues_raw["victim_forces"].items()
    }
    for name, spec in cues_raw.items():
        if name.startswith("_") or name in ("victim_forces", "words"):
            continue
        phrases = list(spec["phrases"])
        if name in _NOUN_CUES:
            phrases += [acc for p in phrases if (acc := accusative(p)) and acc not in phrases]
        for p in phrases:
            kinds.setdefault(" ".join(phrase_tokens(p)), []).append(name)
        windows[name] = int(spec.get("window", 0))
    cues = PhraseMatcher((p, tuple(k)) for p, k in kinds.items())
    needs_matcher = PhraseMatcher((w, w) for w in sorted(need_words))
    words = {name: frozenset(normalise_str(w) for w in ws) for name, ws in cues_raw["words"].items()}
    return EventLexicon(PhraseMatcher(items), cues, windows, needs_matcher, victim_forces, words)
