"""Every shipped lexicon loads through the one reader; a missing one is a numbered error."""

from __future__ import annotations

from importlib import resources

import pytest

from rasd.errors import ResourceError
from rasd.lexicons import load_json

SHIPPED = sorted(p.name for p in resources.files("rasd.lexicons").iterdir() if p.name.endswith(".json"))


@pytest.mark.parametrize("name", SHIPPED)
def test_load_every_shipped_lexicon_is_an_object(name: str) -> None:
    assert isinstance(load_json(name), dict)


def test_load_missing_lexicon_is_e301() -> None:
    with pytest.raises(ResourceError) as err:
        load_json("no-such-lexicon.json")
    assert err.value.code == "E301"
    assert "no-such-lexicon.json" in err.value.message
