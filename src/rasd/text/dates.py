"""Stage stub: fills ``doc.dates``.  Replaced by the real stage."""

from __future__ import annotations

from rasd.doc import Doc


def find_dates(doc: Doc) -> Doc:
    return doc
