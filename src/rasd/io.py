"""Reading articles: files, directories and standard input, in every format Rasd accepts.

``read_articles(path)`` yields one :class:`~rasd.models.ArticleIn` per good article and one
:class:`Quarantined` per bad one, so that *count in = count out + quarantined*, always.  Nothing here
raises for a bad record; only "nothing to process at all" raises (a missing path: ``InputError`` E101;
a bad ``published`` default: E107), and it raises at call time, before the first record.

Formats, chosen by extension, else by sniffing the content (so ``-`` for stdin works for all of them):

==========================  =========================================================  ======================
extension                   content                                                    position of a record
==========================  =========================================================  ======================
``.txt``                    the whole decoded file is one article; id = file stem      none
``.json``                   one object, or a list of objects                           1-based list index
``.jsonl`` ``.ndjson``      one object per line (blank lines are skipped)              1-based line number
any of them + ``.gz``       gzip-compressed (also recognised by its magic bytes)       as above
a directory                 every file above inside it, sorted by name                 as above
==========================  =========================================================  ======================

A record is an object with a string ``text`` and optional ``id``, ``published`` (``YYYY-MM-DD``, a longer ISO
timestamp is cut to its date), ``title``, ``url``, ``source``.  ``published=`` given to ``read_articles`` dates
a ``.txt`` article and is the default for records without their own date.

Size limits (``Settings.max_file_bytes`` / ``max_record_bytes``, 30 MB each): a ``.txt`` or ``.json`` file is
read whole, so the limit is per file; a JSONL file is streamed line by line in constant memory, so it may be
any size and the limit applies to each line.  Bad input and its codes: empty E102, binary (NUL bytes,
undecodable, corrupt gzip) E103, too large E104, a line that is not JSON E105, a record without a string
``text`` E106, a bad ``published`` E107, a record that is not an object E108.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rasd.errors import ArticleError, E, InputError
from rasd.models import ArticleIn
from rasd.pipeline import parse_published
from rasd.settings import get_settings

STDIN = "-"
STDIN_NAME = "<stdin>"
_GZIP_MAGIC = b"\x1f\x8b"
_JSONL_EXT = (".jsonl", ".ndjson")
_KNOWN_EXT = (".txt", ".json", *_JSONL_EXT)
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A record (or a whole file) that could not be used, with its numbered reason."""

    source: str  # the file it came from, '<stdin>', or the article id for a failure during extraction
    position: int | None  # JSONL line number / JSON list index (1-based); None for a whole file
    code: str  # E1xx for input, E5xx for extraction
    message: str  # the actionable message, without the code
    excerpt: str = ""  # the start of the offending record, for a human to recognise it

    @property
    def where(self) -> str:
        return self.source if self.position is None else f"{self.source}:{self.position}"

    def line(self) -> str:
        """One line for a log or stderr: ``E105 file.jsonl:3 Line 3 of ... is not valid JSON``."""
        return f"{self.code} {self.where} {self.message}"


@dataclass(frozen=True, slots=True)
class Record:
    """An input item with the place it came from (what a batch needs to report a later failure)."""

    source: str
    position: int | None
    item: ArticleIn | Quarantined


def read_articles(path: str | Path, *, published: str | None = None) -> Iterator[ArticleIn | Quarantined]:
    """Every article in ``path`` (a file, a directory or ``'-'`` for stdin), bad ones as ``Quarantined``."""
    return (r.item for r in read_records(path, published=published))


def read_records(path: str | Path, *, published: str | None = None) -> Iterator[Record]:
    """Like :func:`read_articles`, each item wrapped with its source and position."""
    if published is not None:
        parse_published(published)  # E107 now, not once per record
    if str(path) == STDIN:
        return _read_stream(sys.stdin.buffer, STDIN_NAME, "", None, published)
    p = Path(path)
    if not p.exists():
        raise InputError(E.E101, path=p)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.is_file() and _kind(f.name) is not None)
        if not files:
            raise InputError(E.E102, what=f"{p} (no .txt, .json, .jsonl or .ndjson files in it)")
        return (r for f in files for r in _read_file(f, published))
    return _read_file(p, published)


def read_many(paths: list[str | Path], *, published: str | None = None) -> Iterator[Record]:
    """The records of several paths in order; every path is checked (E101) before the first is read."""
    readers = [read_records(p, published=published) for p in paths]
    return (r for reader in readers for r in reader)


# ---- formats ---------------------------------------------------------------------------------------


def _kind(name: str) -> str | None:
    low = name.lower().removesuffix(".gz")
    if low.endswith(_JSONL_EXT):
        return "jsonl"
    if low.endswith(".json"):
        return "json"
    if low.endswith(".txt"):
        return "txt"
    return None


def _stem(name: str) -> str:
    stem = name.removesuffix(".gz").removesuffix(".GZ")
    for ext in _KNOWN_EXT:
        if stem.lower().endswith(ext):
            return stem[: -len(ext)]
    return stem


def _read_file(p: Path, published: str | None) -> Iterator[Record]:
    source = str(p)
    kind = _kind(p.name)
    limit = get_settings().max_file_bytes
    if kind in ("txt", "json") and not p.name.lower().endswith(".gz") and p.stat().st_size > limit:
        yield _bad(source, None, "", E.E104, what=source, size=p.stat().st_size, limit=limit)
        return
    with p.open("rb") as f:
        yield from _read_stream(f, source, _stem(p.name), kind, published)


def _read_stream(
    raw: IO[bytes], source: str, stem: str, kind: str | None, published: str | None
) -> Iterator[Record]:
    stream: IO[bytes] = raw
    try:
        if _peek(raw, 2) == _GZIP_MAGIC:
            stream = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
        if kind is None:
            yield from _sniffed(stream, source, stem, published)
        elif kind == "jsonl":
            yield from _jsonl(stream, source, published, first=None)
        else:
            yield from _whole(stream, b"", source, stem, kind, published)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield _bad(source, None, "", E.E103, what=f"{source} (corrupt or truncated gzip: {exc})")


def _peek(f: IO[bytes], n: int) -> bytes:
    peek = getattr(f, "peek", None)
    if peek is not None:
        return bytes(peek(n)[:n])
    if f.seekable():
        head = f.read(n)
        f.seek(-len(head), 1)
        return head
    return b""


def _sniffed(stream: IO[bytes], source: str, stem: str, published: str | None) -> Iterator[Record]:
    """No telling extension: the first non-blank line decides (an object alone on it means JSONL)."""
    limit = get_settings().max_record_bytes
    head = b""
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        lineno += 1
        head += line
        if not line or line.strip(b" \t\r\n\xef\xbb\xbf"):
            break
    first = line.lstrip(b" \t\r\n\xef\xbb\xbf")
    if first.startswith(b"{") and len(line) <= limit:
        try:
            obj = json.loads(first)
        except ValueError:
            obj = None
        if isinstance(obj, dict):
            yield _record(obj, source, lineno, published, None, first)
            yield from _jsonl(stream, source, published, first=lineno)
            return
    yield from _whole(stream, head, source, stem, "json" if first[:1] in (b"{", b"[") else "txt", published)


def _whole(
    stream: IO[bytes], head: bytes, source: str, stem: str, kind: str, published: str | None
) -> Iterator[Record]:
    """A .txt or .json read whole (up to ``max_file_bytes``)."""
    limit = get_settings().max_file_bytes
    data = head + stream.read(limit + 1 - len(head))
    if len(data) > limit:
        yield _bad(source, None, _excerpt(data), E.E104, what=source, size=f"more than {limit}", limit=limit)
        return
    text = _decode(data)
    if text is None:
        yield _bad(source, None, _excerpt(data), E.E103, what=source)
        return
    if not text.strip():
        yield _bad(source, None, "", E.E102, what=source)
        return
    if kind == "txt":
        yield Record(source, None, _article({"text": text}, published, stem or None))
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one per line: JSONL with a .json name
            lines = text.splitlines(keepends=True)
            for n, line in enumerate(lines, 1):
                if line.strip():
                    yield _line_record(line.encode("utf-8"), source, n, published)
            return
        yield _bad(source, None, _excerpt(data), E.E105, line=exc.lineno, what=source, reason=exc.msg)
        return
    if isinstance(obj, list):
        if not obj:
            yield _bad(source, None, "[]", E.E102, what=f"{source} (an empty list)")
        for i, item in enumerate(obj, 1):
            yield _record(item, source, i, published, None, None)
    else:
        yield _record(obj, source, None, published, stem or None, data)


def _jsonl(stream: IO[bytes], source: str, published: str | None, first: int | None) -> Iterator[Record]:
    """One record per line, streamed; ``first`` is the line already consumed by sniffing."""
    limit = get_settings().max_record_bytes
    lineno = first or 0
    seen = first is not None
    while True:
        line = stream.readline(limit + 1)
        if not line:
            break
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (more := stream.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            seen = True
            yield _bad(
                source,
                lineno,
                _excerpt(line),
                E.E104,
                what=f"{source}:{lineno}",
                size=f"more than {limit}",
                limit=limit,
            )
            continue
        if not line.strip():
            continue
        seen = True
        yield _line_record(line, source, lineno, published)
    if not seen:
        yield _bad(source, None, "", E.E102, what=source)


def _line_record(line: bytes, source: str, lineno: int, published: str | None) -> Record:
    if b"\x00" in line:
        return _bad(source, lineno, _excerpt(line), E.E103, what=f"{source}:{lineno}")
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _bad(source, lineno, _excerpt(line), E.E103, what=f"{source}:{lineno}")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return _bad(source, lineno, _excerpt(line), E.E105, line=lineno, what=source, reason=exc.msg)
    return _record(obj, source, lineno, published, None, line)


# ---- records ---------------------------------------------------------------------------------------


def _record(
    obj: Any,
    source: str,
    position: int | None,
    published: str | None,
    default_id: str | None,
    raw: bytes | None,
) -> Record:
    where = source if position is None else f"{source}:{position}"
    excerpt = (
        _excerpt(raw) if raw is not None else _excerpt(json.dumps(obj, ensure_ascii=False).encode("utf-8"))
    )
    if not isinstance(obj, dict):
        return _bad(source, position, excerpt, E.E108, where=where)
    text = obj.get("text")
    if not isinstance(text, str):
        return _bad(source, position, excerpt, E.E106, where=where)
    if not text.strip():
        return _bad(source, position, excerpt, E.E102, what=where)
    if "\x00" in text:
        return _bad(source, position, excerpt, E.E103, what=where)
    try:
        article = _article(obj, published, default_id)
    except ArticleError as err:
        return _bad(source, position, excerpt, E[err.code], **err.fields)
    return Record(source, position, article)


def _article(obj: dict[str, Any], published: str | None, default_id: str | None) -> ArticleIn:
    pub = obj.get("published")
    if pub is None or pub == "":
        pub = published
    elif not isinstance(pub, str):
        raise ArticleError(E.E107, value=pub)
    else:
        parse_published(pub)
    rid = obj.get("id")
    if isinstance(rid, int | float) and not isinstance(rid, bool):
        rid = str(rid)
    return ArticleIn(
        id=rid if isinstance(rid, str) and rid.strip() else default_id,
        text=obj["text"],
        published=pub,
        title=_opt_str(obj.get("title")),
        url=_opt_str(obj.get("url")),
        source=_opt_str(obj.get("source")),
    )


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; None for binary content."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    sample = text[:4096]
    if sample and sum(ord(c) in _CONTROL for c in sample) > len(sample) // 100:
        return None
    return text


def _excerpt(data: bytes) -> str:
    n = get_settings().excerpt_chars
    return data[: n * 4].decode("utf-8", "replace").replace("\x00", "").strip()[:n]


def _bad(source: str, position: int | None, excerpt: str, code: E, **fields: object) -> Record:
    q = Quarantined(source, position, code.name, code.value.format(**fields), excerpt)
    return Record(source, position, q)
