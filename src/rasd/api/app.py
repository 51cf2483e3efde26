"""The FastAPI application: the JSON API under ``/api``, the map page at ``/``, offline API docs at ``/docs``.

    >>> app = create_app("rasd.db")          # doctest: +SKIP
    >>> serve("rasd.db", port=8000)          # doctest: +SKIP  (binds 127.0.0.1 unless told otherwise)

Everything the page loads (Leaflet, marker clusters, country borders, Swagger UI) is served from the package's
``web/static`` folder, so the app works with no internet.  ``scripts/vendor_web_assets.sh`` refreshes the vendored
files.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from rasd import __version__
from rasd.errors import E, InputError
from rasd.store import Store

from . import errors
from .routes import router

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
MAX_EXTRACT_CHARS = 200_000  # one article; the longest news article seen is ~60k characters
MAX_BODY_BYTES_PER_CHAR = 4  # UTF-8 Arabic is 2 bytes a character; JSON escapes (\uXXXX) are 6
VENDOR = "/static/vendor/swagger-ui"


class BodyLimit:
    """Refuse an oversized ``POST /api/extract`` body (413, E404) before it is read or parsed."""

    def __init__(self, app: ASGIApp, path: str, max_bytes: int, max_chars: int) -> None:
        self.app, self.path, self.max_bytes, self.max_chars = app, path, max_bytes, max_chars

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == self.path:
            length = dict(scope["headers"]).get(b"content-length", b"0")
            size = int(length) if length.isdigit() else 0
            if size > self.max_bytes:
                err = InputError(E.E404, size=f"about {size // 2:,}", limit=self.max_chars)
                await errors.error_response(413, err.code, err.message)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(
    db: str, *, tiles: str | None = None, max_extract_chars: int = MAX_EXTRACT_CHARS, create: bool = True
) -> FastAPI:
    """The app over the store at ``db`` (a SQLite path or SQLAlchemy URL; E201/E202 if it cannot be opened).

    ``tiles``: an online tile URL template (``https://tile.openstreetmap.org/{z}/{x}/{y}.png``) the page draws
    under the country borders; without it the page uses only the shipped borders.
    """
    store = Store.open(db, create=create)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Rasd",
        version=__version__,
        description="Arabic news to evidence-linked conflict events (ACLED / PLOVER). Every error is "
        '`{"error": {"code": "E###", "message": ...}}`.',
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.tiles = tiles
    app.state.max_extract_chars = max_extract_chars
    errors.install(app)
    app.include_router(router)
    app.add_middleware(
        BodyLimit,
        path="/api/extract",
        max_bytes=max_extract_chars * MAX_BODY_BYTES_PER_CHAR + 65_536,
        max_chars=max_extract_chars,
    )
    app.mount("/static", StaticFiles(packages=[("rasd.web", "static")]), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="Rasd API",
            swagger_js_url=f"{VENDOR}/swagger-ui-bundle.js",
            swagger_css_url=f"{VENDOR}/swagger-ui.css",
            swagger_favicon_url=f"{VENDOR}/favicon-32x32.png",
        )

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return Response(_index_html(), media_type="text/html; charset=utf-8")

    return app


def _index_html() -> bytes:
    return resources.files("rasd.web").joinpath("static", "index.html").read_bytes()


def serve(db: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, tiles: str | None = None) -> None:
    """Serve the API and the map on ``host:port`` (localhost by default) until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db, tiles=tiles), host=host, port=port)
