"""The learned check on rule-found incidents: does the text *report* an incident of this kind?

The sentence model (:mod:`rasd.events.classifier`) gives, for each incident, the probability of its label
(ASSAULT for violence, PROTEST, COERCE for arrests) on the incident's own sentences; the best of them counts.
A protest that absorbed killing, shooting or beating is asked as violence too.
``sentence_model`` (settings): "fast" (default) = the n-gram model distilled from the encoder model, at 0.4 ms a
sentence (no encoder, no rule features); on the 600 dev sentences with the rules, ASSAULT F1 0.65 vs 0.61 for
the encoder head and 0.55 for the rules alone; "auto" = the fast model where it is sure, the encoder elsewhere
(0.66, several times slower); "encoder"; "off" = rules alone.  Figures: ``data/SENTENCE_CLF.md``.
"""

from __future__ import annotations

import numpy as np

from rasd.doc import Doc
from rasd.events.incident import CROWD_VIOLENCE, Incident
from rasd.settings import get_settings

# Violence and protests are checked (vetoed below extract.VETO_BELOW unless a toll or a change of control is
# stated).  On the 600 dev sentences with the rules: ASSAULT P 0.40 -> 0.54 (R 0.84 -> 0.80); PROTEST P 0.40 -> 0.71
# (R 0.40 -> 0.31, F1 0.40 -> 0.435).  Arrests are left to the rules (the model's COERCE recall is low).
LABEL_OF_FAMILY = {"violence": "ASSAULT", "protest": "PROTEST"}
SURE_LOW, SURE_HIGH = 0.08, 0.92  # the fast model's band of certainty in "auto" mode
MAX_SENTENCES = 3


def score_incidents(doc: Doc, incidents: list[Incident]) -> list[float | None]:
    """P(the incident's label) for each incident, or None where no label applies or the model is off."""
    mode = get_settings().sentence_model
    scores: list[float | None] = [None] * len(incidents)
    if mode == "off":
        return scores
    from rasd.events.classifier import LABELS, load

    model = load()
    asks: list[tuple[int, int, str]] = []  # (incident, label column, text)
    for i, inc in enumerate(incidents):
        label = LABEL_OF_FAMILY.get(inc.family)
        if label is None:
            continue
        labels = [LABELS.index(label)]
        if inc.family == "protest" and CROWD_VIOLENCE.intersection(m.sense.role for m in inc.mentions):
            # "قتل مسلحون ثلاثة متظاهرين": a protest met with killing reads as violence to the model
            labels.append(LABELS.index(LABEL_OF_FAMILY["violence"]))
        for si in inc.sents[:MAX_SENTENCES]:
            s = doc.sentences[si]
            asks.extend((i, col, doc.text[s.start : s.end]) for col in labels)
    if not asks:
        return scores
    texts = [t for _, _, t in asks]
    if mode == "encoder":
        probs = model.predict_proba(texts)
    else:
        probs = model.predict_proba_fast(texts)
        if mode == "auto":
            cols = np.array([c for _, c, _ in asks])
            p = probs[np.arange(len(asks)), cols]
            unsure = np.flatnonzero((p > SURE_LOW) & (p < SURE_HIGH))
            if len(unsure):
                probs[unsure] = model.predict_proba([texts[k] for k in unsure])
    for k, (i, col, _) in enumerate(asks):
        p_k = float(probs[k, col])
        prev = scores[i]
        scores[i] = p_k if prev is None else max(prev, p_k)
    return scores
