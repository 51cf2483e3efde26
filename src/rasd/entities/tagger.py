"""Stage stub: fills ``doc.entities``.  Replaced by the real stage."""

from __future__ import annotations

from rasd.doc import Doc


def tag_entities(doc: Doc) -> Doc:
    return doc
