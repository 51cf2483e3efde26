"""Trigger mentions and their modality, sentence by sentence.

Reads ``doc.tokens``, ``doc.sentences``, ``doc.clauses``, ``doc.actors`` (cues inside an actor's name, such as
مكافحة in جهاز مكافحة الإرهاب, are ignored).  A mention is *vetoed* (not an event) when it is negated, planned,
threatened, speculated, conditional, asked, or a mere reference to an event told elsewhere ("بعد الهجوم",
"اغتيالها هشم ..."); it is *generic* when a plural noun describes tactics in general.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.doc import Doc
from rasd.events.lexicon import EventLexicon, TriggerSense, event_lexicon
from rasd.text.match import Match
from rasd.text.segment import Segment

_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_NEEDS_WINDOW = 4
_VETO_KINDS = ("negation", "plan", "speculation", "conditional")
_HEADING_MAX_TOKENS = 5
_SENT_FINAL = (".", "!", "؟", "?", ":", "»", '"')


@dataclass(frozen=True, slots=True)
class Mention:
    sent: int
    clause: int
    match: Match[TriggerSense]
    veto: str | None  # negation | plan | speculation | conditional | question | reference | None
    generic: bool

    @property
    def sense(self) -> TriggerSense:
        return self.match.payload


@dataclass(frozen=True, slots=True)
class CueHit:
    kind: str
    tok_start: int
    tok_end: int
    start: int
    end: int


def _clause_of(clauses: list[Segment], tok: int) -> int:
    for i, c in enumerate(clauses):
        if c.tok_start <= tok < c.tok_end:
            return i
    return max(0, len(clauses) - 1)


def sentence_cues(doc: Doc, sent: Segment, lex: EventLexicon) -> list[CueHit]:
    """Every cue in a sentence, except those inside an actor's name."""
    # Named actors only: generic mentions (مدنيين، رجال الأمن) are exactly the victim cues we need.
    actor_spans = [
        (a.start, a.end) for a in doc.actors if not a.generic and a.start >= sent.start and a.end <= sent.end
    ]
    hits: list[CueHit] = []
    for m in lex.cues.find(doc.tokens, sent.tok_start, sent.tok_end, overlapping=True):
        if any(s <= m.start and m.end <= e for s, e in actor_spans):
            continue
        hits.extend(CueHit(kind, m.tok_start, m.tok_end, m.start, m.end) for kind in m.payload)
    return hits


def _possessive_noun(doc: Doc, m: Match[TriggerSense]) -> bool:
    """A noun trigger carrying a pronoun suffix (اغتيالها, هجماته) refers to an event, it does not report one."""
    if m.payload.pos != "noun" or m.tok_end - m.tok_start != 1:
        return False
    tok = doc.tokens[m.tok_start]
    form = tok.forms[m.strip]
    if form == tok.norm:
        return False
    tail = tok.norm[tok.norm.find(form) + len(form) :] if form in tok.norm else ""
    return tail in _PRONOUN_SUFFIXES


def _definite_generic(doc: Doc, m: Match[TriggerSense]) -> bool:
    tok = doc.tokens[m.tok_start]
    return m.payload.generic_plural and ("ال" + m.payload.phrase) in tok.forms[: m.strip + 1]


def _nisba(doc: Doc, m: Match[TriggerSense]) -> bool:
    """ال + noun + ي is an adjective (الهجومي، القتالي), not the event noun."""
    tok = doc.tokens[m.tok_start]
    form = tok.forms[m.strip]
    return (
        m.tok_end - m.tok_start == 1
        and "ال" in tok.norm[:4]
        and tok.norm.endswith("ي")
        and not form.endswith("ي")
    )


def _veto(
    doc: Doc, m: Match[TriggerSense], cues: list[CueHit], lex: EventLexicon, clause: Segment
) -> str | None:
    negations_ok = [c for c in cues if c.kind == "not_negation"]
    if any(c.kind == "non_conflict" for c in cues):
        return "non_conflict"
    if any(c.kind == "frame" and c.tok_end <= m.tok_start for c in cues):
        return "reference"
    if _nisba(doc, m):
        return "adjective"
    for c in cues:
        if c.kind not in _VETO_KINDS and c.kind != "reference":
            continue
        if c.kind == "reference" and m.payload.pos != "noun":
            continue
        window = lex.windows.get(c.kind, 3)
        if not (c.tok_end <= m.tok_start and m.tok_start - c.tok_end < window):
            continue
        if c.tok_start < clause.tok_start:
            continue
        if c.kind == "negation" and any(n.tok_start <= c.tok_start < n.tok_end for n in negations_ok):
            continue
        return c.kind
    if _possessive_noun(doc, m):
        return "reference"
    return None


def _has_needed(doc: Doc, m: Match[TriggerSense], lex: EventLexicon, sent: Segment) -> bool:
    needs = m.payload.needs_nearby
    if not needs:
        return True
    lo = max(sent.tok_start, m.tok_start - _NEEDS_WINDOW)
    hi = min(sent.tok_end, m.tok_end + _NEEDS_WINDOW)
    multiword = m.tok_end - m.tok_start > 1  # "السيطرة على" spells out the word it needs
    for hit in lex.needs.find(doc.tokens, lo, hi, overlapping=True):
        if multiword or hit.tok_start >= m.tok_end or hit.tok_end <= m.tok_start:
            if hit.payload in needs:
                return True
    return False


def is_heading(doc: Doc, si: int, stext: str) -> bool:
    """A short line with no closing punctuation, standing alone: a title or section heading, not a report."""
    sent = doc.sentences[si]
    if (
        sent.bullet
        or si == 0
        or sent.tok_end - sent.tok_start > _HEADING_MAX_TOKENS
        or stext.endswith(_SENT_FINAL)
    ):
        return False
    after = doc.text[sent.end : sent.end + 2]
    return after.startswith("\n") or after == ""


def find_mentions(doc: Doc) -> tuple[list[Mention], list[list[CueHit]]]:
    """Trigger mentions of every sentence, and the cues of each sentence (for status and attribution)."""
    lex = event_lexicon()
    mentions: list[Mention] = []
    all_cues: list[list[CueHit]] = []
    by_sent: dict[int, list[Match[TriggerSense]]] = {}
    si = 0
    for m in lex.triggers.find(doc.tokens):
        while si < len(doc.sentences) and doc.sentences[si].tok_end <= m.tok_start:
            si += 1
        if si < len(doc.sentences) and m.tok_end <= doc.sentences[si].tok_end:
            by_sent.setdefault(si, []).append(m)
    for si, sent in enumerate(doc.sentences):
        if si not in by_sent:
            all_cues.append([])
            continue
        cues = sentence_cues(doc, sent, lex)
        all_cues.append(cues)
        stext = doc.view.text[sent.nstart : sent.nend].rstrip()
        question = stext.endswith("؟")
        if is_heading(doc, si, stext):
            continue
        clauses = doc.clauses[si]
        for m in by_sent[si]:
            if not _has_needed(doc, m, lex, sent):
                continue
            ci = _clause_of(clauses, m.tok_start)
            veto = "question" if question else _veto(doc, m, cues, lex, clauses[ci] if clauses else sent)
            if veto is None and _definite_generic(doc, m):
                veto = "reference"
            mentions.append(Mention(si, ci, m, veto, m.payload.generic_plural))
    return mentions, all_cues
