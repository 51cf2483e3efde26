"""A real SQLite store in tmp_path for every test that asks for ``store``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(str(tmp_path / "rasd.db"))
    yield s
    s.close()
