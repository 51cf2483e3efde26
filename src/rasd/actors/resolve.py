"""Stage stub: fills ``doc.actors``.  Replaced by the real stage."""

from __future__ import annotations

from rasd.doc import Doc


def find_actors(doc: Doc) -> Doc:
    return doc
