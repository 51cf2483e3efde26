"""The contract is pinned: a change to rasd.models must come with a regenerated schema (python -m rasd.schema.pin)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from rasd.models import SUB_EVENT_TYPES, Event
from rasd.schema.pin import current_schema, pinned_schema


def test_models_schema_is_pinned() -> None:
    assert current_schema() == pinned_schema(), (
        "contract changed: run `python -m rasd.schema.pin` and review the diff"
    )


def test_models_acled_taxonomy_is_complete() -> None:
    assert len(SUB_EVENT_TYPES) == 6
    assert sum(len(v) for v in SUB_EVENT_TYPES.values()) == 25


def test_models_event_rejects_unknown_type() -> None:
    with pytest.raises(ValidationError):
        Event.model_validate(
            {
                "id": "x", "event_type": "War", "sub_event_type": "Attack", "plover": "ASSAULT",
                "status": "reported", "time_precision": 1, "confidence": 0.5, "summary_en": "",
                "evidence": {"start": 0, "end": 1, "text": "a"}, "trigger": {"start": 0, "end": 1, "text": "a"},
            }
        )  # fmt: skip
