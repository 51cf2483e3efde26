"""An analyst's corrections, overlaid on the extracted event.

A correction is ``(event_id, field, value)``: ``field`` is an ``Event`` field (``fatalities``, ``event_type``) or a
dotted path into one (``location.admin1``, ``actor1.name``); ``value`` is its JSON value.  Corrections are applied in
the order they were made, the later winning.  They live in their own table keyed by the event id (a hash of the
article id and the evidence span), so re-ingesting an article — a new Rasd version, a fixed text — keeps them, and
they apply again to the event that comes back with the same id.

A correction that no longer fits the re-extracted event (it sets ``location.admin1`` but the event lost its location)
is kept in the table but skipped when the event is read, with a warning in the log.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from rasd.errors import E, InputError
from rasd.models import Event

log = logging.getLogger(__name__)

EDITABLE = frozenset(Event.model_fields) - {"id"}


def check_field(field: str) -> None:
    """E403 unless ``field`` names an editable event field (or a dotted path inside one)."""
    head = field.split(".", 1)[0]
    if head not in EDITABLE or any(not part for part in field.split(".")):
        raise InputError(
            E.E403,
            name="field",
            reason=f"{field!r} is not an editable event field ({', '.join(sorted(EDITABLE))})",
        )


def apply_one(data: dict[str, Any], field: str, value: Any) -> Event:
    """The event ``data`` with one correction applied; E403 if the result is not a valid event."""
    check_field(field)
    out = copy.deepcopy(data)
    *parents, leaf = field.split(".")
    node = out
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            raise InputError(
                E.E403, name="field", reason=f"{field!r}: the event has no {part}; correct {part!r} whole"
            )
        node = child
    node[leaf] = value
    try:
        return Event.model_validate(out)
    except ValidationError as exc:
        reason = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise InputError(
            E.E403, name="value", reason=f"{field}={value!r} makes an invalid event ({reason})"
        ) from exc


def overlay(data: dict[str, Any], corrections: Iterable[tuple[str, Any]]) -> Event:
    """The extracted event ``data`` with every applicable correction applied in order."""
    event = Event.model_validate(data)
    current = data
    for field, value in corrections:
        try:
            event = apply_one(current, field, value)
        except InputError as exc:
            log.warning("correction skipped for event %s: %s", data.get("id"), exc.message)
            continue
        current = event.model_dump(mode="json")
    return event
