"""Rasd's lexicons and rules as data files, and the one reader every stage uses for them."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from rasd.errors import E, ResourceError

REINSTALL = "pip install --force-reinstall rasd"


def load_json(name: str) -> dict[str, Any]:
    """The JSON object in ``lexicons/<name>``; a missing or corrupt file is E301, never a traceback."""
    try:
        data = json.loads(resources.files("rasd.lexicons").joinpath(name).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceError(E.E301, name=name, reason=str(exc), fix=REINSTALL) from None
    if not isinstance(data, dict):
        raise ResourceError(E.E301, name=name, reason="not a JSON object", fix=REINSTALL)
    return data
