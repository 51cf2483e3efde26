"""One typed ``Settings`` object: packaged defaults plus an optional user file.

The defaults live in ``rasd/lexicons/settings.json``.  A user file (JSON, same keys, any subset) named by the
``RASD_SETTINGS`` environment variable overrides them.  Settings are read once per process and never mutated.

    >>> get_settings().max_file_bytes        # doctest: +SKIP
    31457280
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError, E
from rasd.lexicons import load_json

ENV_VAR = "RASD_SETTINGS"
START_METHODS = ("spawn", "forkserver", "fork")
SENTENCE_MODELS = ("auto", "encoder", "fast", "off")
CHOICES: dict[str, tuple[str, ...]] = {"start_method": START_METHODS, "sentence_model": SENTENCE_MODELS}


@dataclass(frozen=True, slots=True)
class Settings:
    max_file_bytes: int = 30 * 1024 * 1024  # a .txt or .json file, read whole
    max_record_bytes: int = 30 * 1024 * 1024  # one JSONL line (a JSONL file itself may be any size)
    excerpt_chars: int = 120  # how much of a bad record a quarantine entry keeps
    chunk: int = 16  # articles sent to a worker at a time
    parallel_min_articles: int = 64  # below this, the default is one process (a pool costs start-up)
    inflight_per_worker: int = 2  # chunks queued per worker: bounds memory in a long batch
    # Worker pool start method.  "fork" (default, POSIX): the parent loads every model once and the workers share
    # it; "spawn"/"forkserver" where fork is unavailable or unwanted (each worker then loads its own copy).
    start_method: str = "fork"
    # Event sentence model: "fast" = the distilled n-gram model; "auto" = fast, the encoder where it is unsure;
    # "encoder" = always the encoder; "off" = rules alone.  See rasd.events.model.
    sentence_model: str = "fast"


def _validate(values: dict[str, Any], where: str) -> dict[str, Any]:
    known = {f.name: f for f in dataclasses.fields(Settings)}
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key.startswith("_"):
            continue
        if key not in known:
            raise ConfigError(
                E.E403, name=f"{key} in {where}", reason=f"unknown setting; known: {', '.join(known)}"
            )
        want = str if key in CHOICES else int
        if not isinstance(value, want) or isinstance(value, bool):
            raise ConfigError(
                E.E403, name=f"{key} in {where}", reason=f"expected {want.__name__}, got {value!r}"
            )
        if isinstance(value, int) and value < 1:
            raise ConfigError(E.E403, name=f"{key} in {where}", reason=f"must be at least 1, got {value}")
        if key in CHOICES and value not in CHOICES[key]:
            raise ConfigError(
                E.E403, name=f"{key} in {where}", reason=f"use one of {', '.join(CHOICES[key])}"
            )
        clean[key] = value
    return clean


def load_settings(user_file: str | Path | None = None) -> Settings:
    """Packaged defaults, overridden by ``user_file`` (a JSON object) when given."""
    packaged = load_json("settings.json")
    values = _validate(packaged, "settings.json")
    if user_file is not None:
        path = Path(user_file)
        try:
            user = json.loads(path.read_text("utf-8"))
        except OSError:
            raise ConfigError(E.E101, path=path) from None
        except ValueError as exc:
            raise ConfigError(E.E403, name=str(path), reason=f"not valid JSON ({exc})") from None
        if not isinstance(user, dict):
            raise ConfigError(E.E403, name=str(path), reason="the settings file must hold one JSON object")
        values.update(_validate(user, str(path)))
    return Settings(**values)


@functools.cache
def get_settings() -> Settings:
    """The process-wide settings: defaults plus the file named by ``$RASD_SETTINGS``, read once."""
    return load_settings(os.environ.get(ENV_VAR) or None)
