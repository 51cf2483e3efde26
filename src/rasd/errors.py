"""Numbered, actionable errors.

Every message says what was wrong and what to do.  Codes are stable: tests and users grep for them.

Exception tree::

    RasdError
    ├── InputError            bad input from the user; the CLI prints it and exits 2
    │   ├── ArticleError      one article is unusable; a batch quarantines it and goes on
    │   └── ConfigError       bad option, missing database, unknown format
    └── ResourceError         a shipped data file or model is missing or corrupt (reinstall)
"""

from __future__ import annotations

from enum import StrEnum


class E(StrEnum):
    """Error codes and their message templates (``str.format`` fields in braces)."""

    E101 = "File not found: {path}. Check the path, or pass '-' to read from standard input."
    E102 = "Input is empty: {what}. Give an article with some Arabic text."
    E103 = "Input looks binary (NUL bytes or undecodable): {what}. Give UTF-8 text, JSON or JSONL."
    E104 = "Input is too large: {what} is {size} bytes, the limit is {limit}. Split it into articles (JSONL)."
    E105 = "Line {line} of {what} is not valid JSON ({reason}). Fix or remove that line; other lines were processed."
    E106 = "Record {where} has no 'text' field (or it is not a string). Each JSONL record needs a 'text'."
    E107 = "Date {value!r} is not a valid publication date. Use YYYY-MM-DD, e.g. --published 2022-01-24."
    E108 = "Record {where} is not a JSON object. Each JSONL line must be an object with 'text'."
    E109 = "Input has no Arabic text: {what}. Rasd reads Arabic news articles."
    E110 = "Unknown format {value!r}. Use one of: {choices}."
    E201 = "Database {url} could not be opened ({reason}). Check the path or URL and permissions."
    E202 = "Database {url} has no Rasd tables. Run 'rasd ingest' first, or check --db."
    E301 = "Resource {name} is missing or corrupt ({reason}). Reinstall Rasd or run '{fix}'."
    E302 = (
        "Compiled modules are older than their source ({modules}); running the Python source instead (same "
        "results, slower). Run 'make compile' (or 'pip install -e .') to rebuild them."
    )
    E401 = "Event {id!r} not found."
    E402 = "Article {id!r} not found."
    E403 = "Invalid parameter {name}: {reason}."
    E404 = "Article text is {size} characters; the limit is {limit}. Send one article at a time."
    E405 = "{method} {path} is not an endpoint ({reason}). See /docs for the API."
    E501 = "Article processing failed unexpectedly in stage {stage}: {reason}. The article was quarantined."

    def format(self, **fields: object) -> str:  # type: ignore[override]
        return f"{self.name}: {self.value.format(**fields)}"


class RasdError(Exception):
    """Base of every error Rasd raises on purpose."""

    def __init__(self, code: E, **fields: object) -> None:
        self.code = code.name
        self.fields = fields
        self.message = code.format(**fields)
        super().__init__(self.message)


class InputError(RasdError):
    """Input the user gave cannot be used."""


class ArticleError(InputError):
    """One article is unusable; in a batch it is quarantined with this code."""


class ConfigError(InputError):
    """A bad option or setting."""


class ResourceError(RasdError):
    """A shipped data file or model is missing or corrupt."""
