"""Stage stub: fills ``doc.places``.  Replaced by the real stage."""

from __future__ import annotations

from rasd.doc import Doc


def find_places(doc: Doc) -> Doc:
    return doc
