"""The command line: outputs, exit codes, stderr lines, lazy imports, and documentation of every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from rasd.cli import _lazy, app
from rasd.doc import Doc
from rasd.errors import ResourceError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TXT = ROOT / "examples" / "iraq-prepares-2022-01-24.txt"
SAMPLE_JSON = ROOT / "examples" / "iraq-prepares-2022-01-24.json"
DOCS = ROOT / "docs" / "cli.md"
TEXT = "قُتل ثلاثة جنود في هجوم على نقطة تفتيش شمال بغداد يوم الأحد."
runner = CliRunner()
STUB = "import rasd.pipeline as p\n\ndef _keep(doc):\n    return doc\n\np.STAGES = (('numbers', _keep),)\n"


def _keep(doc: Doc) -> Doc:
    return doc


@pytest.fixture(autouse=True)
def _light_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI is tested over a stub pipeline (no models): its own behaviour, not the stages'."""
    monkeypatch.setattr("rasd.batch.STAGES", (("numbers", _keep),))


@pytest.fixture(scope="module")
def stub_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A sitecustomize that gives every subprocess (and its workers) the same stub pipeline."""
    d = tmp_path_factory.mktemp("stub")
    (d / "sitecustomize.py").write_text(STUB, "utf-8")
    return str(d)


def _mixed(tmp_path: Path) -> Path:
    f = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False),
        "{oops",
        json.dumps({"id": "b", "text": TEXT}, ensure_ascii=False),
        "[]",
    ]
    f.write_text("\n".join(lines) + "\n", "utf-8")
    return f


def _rasd(stub: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "rasd.cli", *args],
        input=stdin and stdin.decode(),
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": stub},
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_cli_extract_one_article_is_pretty_json() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE_JSON)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["id"] == "sample-iraq-prepares"
    assert result.stdout.startswith("{\n")


def test_cli_extract_many_is_jsonl_with_quarantine_on_stderr(tmp_path: Path) -> None:
    f = _mixed(tmp_path)
    result = runner.invoke(app, ["extract", str(f), "--workers", "1"])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    errs = result.stderr.splitlines()
    assert errs[0].startswith(f"E105 {f}:2 ")
    assert errs[1].startswith(f"E108 {f}:4 ")
    assert "4 in, 2 extracted, 2 quarantined" in errs[-1]


def test_cli_extract_out_file_and_forced_json_list(tmp_path: Path) -> None:
    out = tmp_path / "docs.json"
    result = runner.invoke(app, ["extract", str(_mixed(tmp_path)), "--format", "json", "--out", str(out)])
    assert result.exit_code == 0
    assert [d["id"] for d in json.loads(out.read_text("utf-8"))] == ["a", "b"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["extract", "no/such/file.txt"], 2, "E101"),
        (["extract", str(SAMPLE_TXT), "--published", "2022-02-30"], 2, "E107"),
        (["extract", str(SAMPLE_TXT), "--format", "xml"], 2, "E110"),
        (["extract", str(SAMPLE_TXT), "--workers", "0"], 2, "E403"),
        (["events", "--type", "Battle"], 2, "E110"),
        (["events", "--since", "last week"], 2, "E107"),
        (["events", "--format", "xls"], 2, "E110"),
        (["eval", "ner", "--gold", "no/such/gold.txt"], 2, "E101"),
        (["extract"], 2, "Missing argument"),
        (["extract", str(SAMPLE_TXT), "--bogus"], 2, "No such option"),
    ],
)
def test_cli_bad_usage_exits_2_with_a_clear_message(
    stub_path: str, args: list[str], code: int, message: str
) -> None:
    done = _rasd(stub_path, *args)
    assert done.returncode == code
    assert message in done.stderr


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E102"),
        ("binary.txt", b"\x00\x01\x02PNG", "E103"),
        ("bad.jsonl", b"{oops\n[]\n", "E105"),
    ],
)
def test_cli_all_failed_exits_1(stub_path: str, tmp_path: Path, name: str, content: bytes, code: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    done = _rasd(stub_path, "extract", str(f))
    assert done.returncode == 1
    assert done.stderr.startswith(f"{code} {f}")
    assert done.stdout == ""


def test_cli_extract_reads_stdin(stub_path: str) -> None:
    done = _rasd(stub_path, "extract", "-", "--published", "2022-01-24", stdin=SAMPLE_TXT.read_bytes())
    assert done.returncode == 0
    assert json.loads(done.stdout)["published"] == "2022-01-24"


def test_cli_extract_does_not_import_the_server_or_the_store(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom rasd.cli import app\n"
        f"app(['extract', {str(SAMPLE_TXT)!r}, '--out', {str(tmp_path / 'o.json')!r}], standalone_mode=False)\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'fastapi', 'uvicorn', 'sqlalchemy', 'starlette'}"
        " or m.startswith(('rasd.store', 'rasd.api')))\nprint(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_cli_lazy_missing_module_is_a_numbered_error() -> None:
    with pytest.raises(ResourceError, match="E301"):
        _lazy("rasd.no_such_module", "thing")


def _command_names(group: typer.core.TyperGroup, prefix: str = "rasd") -> list[str]:
    names = []
    for name, cmd in group.commands.items():
        if isinstance(cmd, typer.core.TyperGroup):
            names += _command_names(cmd, f"{prefix} {name}")
        else:
            names.append(f"{prefix} {name}")
    return names


def test_cli_every_command_is_documented_with_an_example() -> None:
    docs = DOCS.read_text("utf-8")
    names = _command_names(typer.main.get_group(app))
    assert len(names) >= 10
    missing = [n for n in names if f"## `{n}`" not in docs or f"$ {n} " not in docs]
    assert not missing, f"document these commands in {DOCS}: {missing}"


@pytest.mark.parametrize(
    "args",
    [["extract"], ["ingest"], ["events"], ["bench"], ["gazetteer", "build"], ["eval", "ner"], ["serve"]],
)
def test_cli_help_has_examples(args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--help"])
    assert result.exit_code == 0
    assert "Examples" in result.stdout and "$ rasd" in result.stdout


def test_cli_ingest_then_events(tmp_path: Path) -> None:
    db = tmp_path / "rasd.db"
    mixed = _mixed(tmp_path)
    first = runner.invoke(app, ["ingest", str(SAMPLE_JSON), str(mixed), "--db", str(db), "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert "in 5  ok 3  quarantined 2" in first.stdout
    again = runner.invoke(app, ["ingest", str(SAMPLE_JSON), "--db", str(db)])
    assert "unchanged 1" in again.stdout
    for fmt in ("table", "json", "csv"):
        shown = runner.invoke(app, ["events", "--db", str(db), "--format", fmt, "--limit", "5"])
        assert shown.exit_code == 0, shown.output
    listed = json.loads(runner.invoke(app, ["events", "--db", str(db), "--format", "json"]).stdout)
    assert listed == []  # the stub pipeline finds no events; the store's own tests cover rows


@pytest.mark.parametrize(
    ("task", "gold", "key"),
    [
        ("places", "dev/places.jsonl", "accuracy_25km"),
        ("actors", "dev/actors_blind.jsonl", "accuracy"),
        ("events", "dev/sentences_dev.jsonl", "per_label"),
    ],
)
def test_cli_eval_prints_a_json_report(task: str, gold: str, key: str) -> None:
    result = runner.invoke(app, ["eval", task, "--gold", str(ROOT / gold)])
    assert result.exit_code == 0, result.output
    assert key in json.loads(result.stdout)
