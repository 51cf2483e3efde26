"""Stage stub: fills ``doc.events``.  Replaced by the real stage."""

from __future__ import annotations

from rasd.doc import Doc


def find_events(doc: Doc) -> Doc:
    return doc
