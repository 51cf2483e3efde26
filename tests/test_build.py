"""The compiled build (mypyc) gives the same output as the source, and a stale build never runs."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd import _build

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "iraq-prepares-2022-01-24.json"
_EXT = next(s for s in importlib.machinery.EXTENSION_SUFFIXES if s.endswith(".so"))

_EXTRACT = (
    "import json, sys, rasd\n"
    "from rasd._build import BUILD\n"
    "a = json.load(open(sys.argv[1], encoding='utf-8'))\n"
    "doc = rasd.extract(a['text'], published=a.get('published'), id=a.get('id'), title=a.get('title'))\n"
    "print(json.dumps({'build': BUILD, 'doc': doc.model_dump(mode='json')}, ensure_ascii=False))\n"
)


def _extract(pure: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "RASD_PURE_PYTHON"}
    if pure:
        env["RASD_PURE_PYTHON"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT, str(SAMPLE)], capture_output=True, text=True, env=env, check=True
    )
    out: dict[str, object] = json.loads(done.stdout)
    return out


def test_build_compiled_and_source_give_the_same_document() -> None:
    compiled, source = _extract(pure=False), _extract(pure=True)
    assert str(source["build"]).startswith("Python source")
    modules = _build.compiled_modules()
    if modules and not _build.stale(modules):  # a fresh compiled install (CI): the comparison is a real one
        assert str(compiled["build"]).startswith("compiled"), compiled["build"]
    assert compiled["doc"] == source["doc"]
    assert compiled["doc"]["events"]  # type: ignore[index]


def _package(tmp_path: Path, ext_older: bool) -> Path:
    """A package ``pkgx`` with a module ``mod`` that has both a source file and a (broken) extension file."""
    pkg = tmp_path / "pkgx"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", "utf-8")
    (pkg / "data").mkdir()
    (pkg / "data" / f"skipped{_EXT}").write_bytes(b"not a module")
    src, ext = pkg / "mod.py", pkg / f"mod{_EXT}"
    src.write_text("WHERE = 'source'\n", "utf-8")
    ext.write_bytes(b"not a real extension module")
    now = time.time()
    os.utime(ext, (now - 100, now - 100) if ext_older else (now + 100, now + 100))
    return pkg


def test_build_finds_compiled_modules_and_their_age(tmp_path: Path) -> None:
    pkg = _package(tmp_path, ext_older=True)
    found = _build.compiled_modules(pkg)
    assert list(found) == ["pkgx.mod"]  # data/ is not searched; a file without source is not a module
    assert _build.stale(found) == ["pkgx.mod"]
    assert _build.stale(_build.compiled_modules(_package(tmp_path / "b", ext_older=False))) == []


def test_build_source_first_imports_the_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = _package(tmp_path, ext_older=True)
    monkeypatch.syspath_prepend(str(tmp_path))
    finder = _build._SourceFirst({m: src for m, (_, src) in _build.compiled_modules(pkg).items()})
    monkeypatch.setattr(sys, "meta_path", [finder, *sys.meta_path])
    try:
        mod = importlib.import_module("pkgx.mod")  # the extension file is not loadable: only the source works
        assert mod.WHERE == "source"
    finally:
        for name in ("pkgx.mod", "pkgx"):
            sys.modules.pop(name, None)


def test_build_stale_falls_back_and_says_e302(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = _package(tmp_path, ext_older=True)
    monkeypatch.setattr(_build, "_ROOT", pkg)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    assert _build.choose() == "Python source (compiled modules are stale)"
    assert isinstance(sys.meta_path[0], _build._SourceFirst)
    notice = _build.stale_notice()
    assert notice is not None and notice.startswith("E302") and "pkgx.mod" in notice
