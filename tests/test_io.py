"""Reading articles: every format, every bad-input code, and count in = count out + quarantined."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.io import Quarantined, read_articles, read_many, read_records
from rasd.models import ArticleIn
from rasd.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TXT = ROOT / "examples" / "iraq-prepares-2022-01-24.txt"
SAMPLE_JSON = ROOT / "examples" / "iraq-prepares-2022-01-24.json"
TEXT = "قُتل ثلاثة جنود وأصيب خمسة آخرون في هجوم على نقطة تفتيش شمال بغداد أمس."
TEXT2 = "تظاهر المئات في البصرة احتجاجاً على انقطاع الكهرباء."


def _codes(items: list[ArticleIn | Quarantined]) -> list[str]:
    return ["ok" if isinstance(i, ArticleIn) else i.code for i in items]


def _jsonl(*records: object) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode("utf-8")) + b"\n"
        for r in records
    )


def test_io_txt_whole_file_is_one_article(tmp_path: Path) -> None:
    items = list(read_articles(SAMPLE_TXT, published="2022-01-24"))
    assert len(items) == 1
    art = items[0]
    assert isinstance(art, ArticleIn)
    assert art.id == "iraq-prepares-2022-01-24"
    assert art.published == "2022-01-24"
    assert art.text == SAMPLE_TXT.read_text("utf-8")


def test_io_json_object_keeps_its_fields() -> None:
    [art] = list(read_articles(SAMPLE_JSON))
    assert isinstance(art, ArticleIn)
    assert art.id == "sample-iraq-prepares"
    assert art.published == "2022-01-24"
    assert art.title and art.title.startswith("العراق")


def test_io_json_list_positions_are_indexes(tmp_path: Path) -> None:
    f = tmp_path / "list.json"
    f.write_text(
        json.dumps([{"text": TEXT}, {"id": 3}, {"text": TEXT2, "id": 7}], ensure_ascii=False), "utf-8"
    )
    records = list(read_records(f))
    assert [r.position for r in records] == [1, 2, 3]
    assert _codes([r.item for r in records]) == ["ok", "E106", "ok"]
    assert isinstance(records[2].item, ArticleIn) and records[2].item.id == "7"


@pytest.mark.parametrize("name", ["news.jsonl", "news.ndjson", "news.jsonl.gz", "news.data", "news.json"])
def test_io_jsonl_variants_read_by_extension_or_sniffing(tmp_path: Path, name: str) -> None:
    data = _jsonl({"id": "a", "text": TEXT, "published": "2015-07-21"}, {"id": "b", "text": TEXT2})
    f = tmp_path / name
    f.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    items = list(read_articles(f, published="2015-08-01"))
    assert [i.id for i in items if isinstance(i, ArticleIn)] == ["a", "b"]
    assert [i.published for i in items if isinstance(i, ArticleIn)] == ["2015-07-21", "2015-08-01"]


def test_io_mixed_jsonl_count_in_equals_out_plus_quarantined(tmp_path: Path) -> None:
    lines = [
        {"text": TEXT, "id": "good-1"},
        b"{not json",
        [1, 2],
        {"title": "بلا نص"},
        {"text": 42},
        {"text": "   "},
        {"text": TEXT2, "published": "2015-02-30"},
        {"text": TEXT2, "published": 20150221},
        b'{"text": "\\u0000abc"}',
        b"\xff\xfe\xfa not utf-8",
        {"text": TEXT2, "id": "good-2", "published": "2015-07-21T08:00:00Z"},
    ]
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(_jsonl(*lines).replace(b"\n", b"\n\n", 1))  # a blank line is not a record
    records = list(read_records(f))
    assert len(records) == len(lines)
    assert _codes([r.item for r in records]) == [
        "ok", "E105", "E108", "E106", "E106", "E102", "E107", "E107", "E103", "E103", "ok",
    ]  # fmt: skip
    assert [r.position for r in records] == [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    bad = [r.item for r in records if isinstance(r.item, Quarantined)]
    assert all(q.source == str(f) and q.message and not q.message.startswith("E1") for q in bad)
    assert bad[0].line().startswith(f"E105 {f}:3 ")


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E102"),
        ("blank.txt", b" \n\t\n", "E102"),
        ("blank.jsonl", b"\n\n", "E102"),
        ("empty-list.json", b"[]", "E102"),
        ("nul.txt", "خبر\x00عاجل".encode(), "E103"),
        ("latin1.txt", "café".encode("latin-1") + b"\xe9\xff", "E103"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E103"),
        ("broken.json", b'{"text": "abc"', "E105"),
        ("number.json", b"42", "E108"),
        ("notext.json", b'{"title": "x"}', "E106"),
        ("truncated.jsonl.gz", gzip.compress(_jsonl({"text": TEXT}) * 50)[:-30], "E103"),
    ],
)
def test_io_bad_file_is_quarantined(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    items = list(read_articles(f))
    assert items, "a bad file still yields one result"
    assert isinstance(items[-1], Quarantined)
    assert items[-1].code == code


def test_io_missing_file_raises_e101_at_call_time(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="E101"):
        read_articles(tmp_path / "nope.jsonl")


def test_io_read_many_checks_every_path_first(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(TEXT, "utf-8")
    with pytest.raises(InputError, match="E101"):
        read_many([good, tmp_path / "missing.txt"])


@pytest.mark.parametrize("value", ["2022-13-01", "yesterday", "24/01/2022"])
def test_io_bad_published_option_raises_e107(value: str) -> None:
    with pytest.raises(InputError, match="E107"):
        read_articles(SAMPLE_TXT, published=value)


def test_io_too_large_file_and_line_e104(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small = Settings(max_file_bytes=200, max_record_bytes=300)
    monkeypatch.setattr("rasd.io.get_settings", lambda: small)
    big_txt = tmp_path / "big.txt"
    big_txt.write_text(TEXT * 10, "utf-8")
    assert _codes(list(read_articles(big_txt))) == ["E104"]
    f = tmp_path / "stream.jsonl"  # the file is bigger than any limit; only the long line is refused
    f.write_bytes(_jsonl({"text": TEXT}, {"text": TEXT * 10}, {"text": TEXT2}))
    assert _codes(list(read_articles(f))) == ["ok", "E104", "ok"]


def test_io_directory_reads_known_files_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(TEXT2, "utf-8")
    (tmp_path / "a.jsonl").write_bytes(_jsonl({"text": TEXT, "id": "x"}))
    (tmp_path / "notes.md").write_text("ignored", "utf-8")
    items = list(read_articles(tmp_path))
    assert [i.id for i in items if isinstance(i, ArticleIn)] == ["x", "b"]


@pytest.mark.parametrize(
    ("content", "ids"),
    [
        (_jsonl({"text": TEXT, "id": "s1"}, {"text": TEXT2, "id": "s2"}), ["s1", "s2"]),
        (json.dumps({"text": TEXT, "id": "obj"}, indent=2).encode(), ["obj"]),
        (json.dumps([{"text": TEXT, "id": "l1"}]).encode(), ["l1"]),
        (("\ufeff" + TEXT).encode("utf-8"), [None]),
        (gzip.compress(_jsonl({"text": TEXT, "id": "gz"})), ["gz"]),
    ],
)
def test_io_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, content: bytes, ids: list[str | None]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(content)))
    items = list(read_articles("-", published="2022-01-24"))
    assert [i.id for i in items if isinstance(i, ArticleIn)] == ids
    assert all(isinstance(i, ArticleIn) and not i.text.startswith("\ufeff") for i in items)


def test_io_utf16_with_bom_is_text(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(TEXT.encode("utf-16"))
    [art] = list(read_articles(f))
    assert isinstance(art, ArticleIn) and art.text == TEXT


def test_settings_packaged_defaults_load() -> None:
    from rasd.settings import load_settings

    s = load_settings()
    assert s.max_file_bytes == s.max_record_bytes == 30 * 1024 * 1024
    assert s.start_method in ("spawn", "forkserver", "fork")


@pytest.mark.parametrize(
    ("content", "ok"),
    [
        ('{"chunk": 8, "start_method": "fork"}', True),
        ('{"chunk": 0}', False),
        ('{"chunk": "8"}', False),
        ('{"no_such_key": 1}', False),
        ('{"start_method": "thread"}', False),
        ("[1]", False),
        ("{oops", False),
    ],
)
def test_settings_user_file_overrides_or_is_refused(tmp_path: Path, content: str, ok: bool) -> None:
    from rasd.errors import ConfigError
    from rasd.settings import load_settings

    f = tmp_path / "settings.json"
    f.write_text(content, "utf-8")
    if ok:
        s = load_settings(f)
        assert (s.chunk, s.start_method) == (8, "fork")
    else:
        with pytest.raises(ConfigError, match="E403"):
            load_settings(f)
