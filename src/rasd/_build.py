"""Which build of the extraction stages runs: the compiled one (mypyc), or the Python source.

``pip install`` compiles the stage modules listed in ``setup.py`` with mypyc into extension modules that sit
beside their ``.py`` files (a quarter less time per article; the outputs are the same, which
``tests/test_build.py`` checks).  Python imports an extension module before a source file of the same name, so
after an edit to a compiled module's source the old compiled code would run.  This module, imported first by
``rasd/__init__.py``, prevents that: when any compiled module is older than its source, or when the environment
sets ``RASD_PURE_PYTHON=1``, every compiled module is imported from its source instead (they call each other
directly once compiled, so it is all or none).  This is silent, the results being the same; ``rasd bench``
reports which build ran and warns (E302) of a stale one.  ``make compile`` rebuilds.

:data:`BUILD` says which build runs; ``rasd bench`` reports it beside its figures.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from rasd.errors import E

_ROOT = Path(__file__).resolve().parent
_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)
STALE = "compiled modules are stale"


def compiled_modules(root: Path | None = None) -> dict[str, tuple[Path, Path]]:
    """Module name → (extension file, source file) for each compiled module of the package at ``root``
    (Rasd's own by default)."""
    root = root or _ROOT
    out: dict[str, tuple[Path, Path]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in ("data", "lexicons", "web", "__pycache__")]
        for name in filenames:
            suffix = next((s for s in _SUFFIXES if name.endswith(s)), None)
            if suffix is None:
                continue
            source = Path(dirpath) / (name[: -len(suffix)] + ".py")
            if source.exists():
                rel = source.relative_to(root.parent).with_suffix("")
                out[".".join(rel.parts)] = (Path(dirpath) / name, source)
    return out


def stale(modules: dict[str, tuple[Path, Path]]) -> list[str]:
    """The compiled modules whose source changed after they were built."""
    return sorted(m for m, (ext, src) in modules.items() if src.stat().st_mtime > ext.stat().st_mtime)


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the listed modules as source files, ahead of their compiled extension modules."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.sources.get(fullname)
        return importlib.util.spec_from_file_location(fullname, source) if source else None


def choose() -> str:
    """Install the source-first finder where needed; return a description of the build that runs.

    Silent: the results are the same either way; ``rasd bench`` reports the build and, when stale, E302."""
    modules = compiled_modules()
    if not modules:
        return "Python source (not compiled)"
    if stale(modules):
        reason = STALE
    elif os.environ.get("RASD_PURE_PYTHON", "") not in ("", "0"):
        reason = "RASD_PURE_PYTHON is set"
    else:
        return f"compiled (mypyc, {len(modules)} modules)"
    sys.meta_path.insert(0, _SourceFirst({m: src for m, (_, src) in modules.items()}))
    return f"Python source ({reason})"


def stale_notice() -> str | None:
    """Warning E302 naming the stale compiled modules, or None."""
    old = stale(compiled_modules())
    if not old:
        return None
    return E.E302.format(modules=", ".join(old[:3]) + (" …" if len(old) > 3 else ""))


BUILD = choose()
