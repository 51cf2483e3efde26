"""The one P/R/F1 formula."""

from __future__ import annotations

import pytest

from rasd.metrics import prf


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((5, 10, 20), (0.5, 0.25, 1 / 3)),
        ((0, 0, 3), (0.0, 0.0, 0.0)),
        ((2, 2, 0), (1.0, 0.0, 0.0)),
        ((1.5, 3.0, 1.5), (0.5, 1.0, 2 / 3)),
    ],
)
def test_metrics_prf(counts: tuple[float, float, float], expected: tuple[float, float, float]) -> None:
    assert prf(*counts) == pytest.approx(expected)
