"""Stage stub: fills ``doc.numbers``.  Replaced by the real stage."""

from __future__ import annotations

from rasd.doc import Doc


def find_numbers(doc: Doc) -> Doc:
    return doc
