"""End to end in a real headless Chromium: the map page served by uvicorn over a real SQLite store.

Load the page, see markers for the located events, click an event and see its evidence highlighted in the Arabic
text, brush the timeline, export CSV, extract a pasted article, switch to Arabic.  No request may leave
127.0.0.1 (the page must work with no internet).  Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import csv
import io
import json
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlparse

import pytest
import uvicorn

from rasd.api.app import create_app
from rasd.store import EventFilter, Store

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
    ),
]
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs the playwright package (pip install -e '.[dev]')"
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from api_cases import SAMPLE, fill  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "rasd.db")
    fill(path)
    return path


@pytest.fixture(scope="module")
def server(db: str) -> Iterator[str]:
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def page(server: str) -> Iterator[tuple[Page, list[str]]]:
    ARTIFACTS.mkdir(exist_ok=True)
    outside: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 860}, accept_downloads=True)
        pg = context.new_page()

        def route(r: Route) -> None:
            if r.request.url.startswith(server):
                r.continue_()
            else:
                outside.append(r.request.url)
                r.abort()

        pg.route("**/*", route)
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        yield pg, outside
        browser.close()
        assert errors == [], errors


def located(db: str, **filters: object) -> int:
    with Store.open(db) as store:
        items = store.events(EventFilter(**filters), limit=1000).items  # type: ignore[arg-type]
    return sum(1 for e in items if e.location is not None and e.location.lat is not None)


def test_e2e_map_detail_timeline_export(server: str, db: str, page: tuple[Page, list[str]]) -> None:
    pg, outside = page
    pg.goto(server + "/")
    pg.wait_for_selector("body[data-loaded]")
    pg.wait_for_selector(".rasd-marker, .marker-cluster")
    pg.wait_for_timeout(500)  # the borders layer and the fit-to-markers animation
    drawn = int(pg.get_attribute("#map", "data-markers") or 0) + int(
        pg.get_attribute("#map", "data-regions") or 0
    )
    assert drawn == located(db) > 0
    with Store.open(db) as store:
        total = store.count()
    assert pg.locator("#event-list li.event").count() == total
    pg.screenshot(path=str(ARTIFACTS / "e2e-map.png"))

    # click one of the sample's events: its evidence is highlighted in the right-to-left Arabic text
    sample_id = json.loads(SAMPLE.read_text("utf-8"))["id"]
    with Store.open(db) as store:
        ev = max(
            store.events(EventFilter(article_id=sample_id), limit=1000).items, key=lambda e: e.confidence
        )
    pg.click(f'#event-list li[data-id="{ev.id}"]')
    pg.wait_for_selector("#article-text mark.hl-evidence")
    assert pg.get_attribute("#article-text", "dir") == "rtl"
    evidence = "".join(pg.locator("#article-text mark.hl-evidence").all_text_contents())
    assert ev.evidence.text.replace(" ", "") in evidence.replace(" ", "")
    trigger = "".join(pg.locator("#article-text mark.hl-trigger").all_text_contents())
    assert ev.trigger.text in trigger
    assert ev.summary_en in pg.inner_text("#detail")
    assert parse_qs(urlparse(pg.url).query)["event"] == [ev.id]
    pg.screenshot(path=str(ARTIFACTS / "e2e-detail.png"))

    # a marker opens its event too
    pg.click("#detail-close")
    marker = pg.locator(".rasd-marker .dot").first
    if marker.count():
        marker.click()
        pg.wait_for_selector("#detail:not([hidden]) #article-text mark.hl-evidence")
        pg.click("#detail-close")

    # brush the timeline: the range goes into the URL and filters the list
    box = pg.locator("#timeline").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    pg.mouse.move(box["x"] + box["width"] * 0.02, y)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    pg.mouse.up()
    pg.wait_for_function("new URLSearchParams(location.search).has('date_to')")
    pg.wait_for_timeout(300)
    query = parse_qs(urlparse(pg.url).query)
    date_from, date_to = query["date_from"][0], query["date_to"][0]
    assert date_from <= date_to
    with Store.open(db) as store:
        in_range = store.count(EventFilter(date_from=date_from, date_to=date_to))  # type: ignore[arg-type]
    pg.wait_for_function(f"document.querySelectorAll('#event-list li.event').length === {in_range}")
    assert in_range < total
    pg.screenshot(path=str(ARTIFACTS / "e2e-brushed.png"))

    # export CSV for the current filters
    with pg.expect_download() as info:
        pg.click("#export-csv")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8"))))
    assert len(rows) == in_range
    assert outside == []


def test_e2e_extract_view_and_arabic_labels(server: str, page: tuple[Page, list[str]]) -> None:
    pg, outside = page
    text = json.loads(SAMPLE.read_text("utf-8"))["text"]
    pg.goto(server + "/?view=extract")
    pg.fill("#extract-text", text)
    pg.fill("#extract-date", "2022-01-24")
    pg.click("#extract-run")
    pg.wait_for_selector("#extract-list li.event")
    pg.wait_for_selector("#article-text mark.hl-evidence")
    assert pg.locator("#extract-list li.event").count() >= 1
    pg.screenshot(path=str(ARTIFACTS / "e2e-extract.png"))

    pg.click("#lang-toggle")
    assert pg.get_attribute("html", "dir") == "rtl"
    assert pg.inner_text("#tab-map") == "الخريطة"
    pg.click("#tab-map")
    pg.wait_for_selector("body[data-loaded]")
    pg.screenshot(path=str(ARTIFACTS / "e2e-arabic.png"))
    assert outside == []
