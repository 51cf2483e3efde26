"""Precision, recall and F1 from counts: the one formula every scorer (NER, sentences, articles) uses."""

from __future__ import annotations


def prf(correct: float, predicted: float, gold: float) -> tuple[float, float, float]:
    """(precision, recall, F1); 0.0 where a denominator is empty."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
