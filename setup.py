"""Build hook: compile Rasd's extraction stages with mypyc (the metadata lives in pyproject.toml).

The stage modules below are plain, fully typed Python; mypyc turns each into a C extension that sits beside its
source and runs the same code about a third faster (``rasd bench`` on 1,000 security articles: see the README's
"Speed" table).  ``rasd/_build.py`` falls back to the source when an extension is older than its file, so an
edited module never runs stale.  Set ``RASD_PURE_PYTHON=1`` when installing to skip compilation (no C compiler),
or when running to use the source of a compiled install.
"""

import os

from setuptools import setup

COMPILED = [
    "doc",
    "text/normalise",
    "text/segment",
    "text/match",
    "text/numbers",
    "text/dates",
    "text/dates_lexicon",
    "text/people",
    "entities/features",
    "entities/crf",
    "entities/tagger",
    "geo/gazetteer",
    "geo/variants",
    "geo/cues",
    "geo/resolve",
    "actors/registry",
    "actors/clitics",
    "actors/counted",
    "actors/reference",
    "actors/resolve",
    "events/lexicon",
    "events/incident",
    "events/status",
    "events/mentions",
    "events/coref",
    "events/link",
    "events/classifier",
    "events/model",
    "events/summary",
    "events/split",
    "events/extract",
]


def ext_modules() -> list:
    if os.environ.get("RASD_PURE_PYTHON", "") not in ("", "0"):
        return []
    from mypyc.build import mypycify

    extensions = mypycify([f"src/rasd/{m}.py" for m in COMPILED], opt_level="3", group_name="rasd")
    for ext in extensions:
        ext.optional = True  # no C compiler: the install goes on with the Python source
    return extensions


setup(ext_modules=ext_modules())
