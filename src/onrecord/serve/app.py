"""The FastAPI application: ``create_app(store_url, token, private)``.

    uvicorn --factory onrecord.serve.app:app_from_env     # what `onrecord serve` runs

Routes: the JSON API (``api``), the pages (``pages``), ``/openapi.json``, ``/docs`` and
``/healthz``. ``docs/api.md`` and ``docs/web.md`` describe them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from anyio import to_thread
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__, errors
from . import api, handlers, pages, quotes
from .auth import Access, require_reader
from .limits import ServeLimits
from .models import Health
from .stores import StorePool

DESCRIPTION = """\
Who said what, when, and according to whom: the attributed statements that
`onrecord ingest` stored, searchable over HTTP.

Reads need no token unless the server runs with `--private`. `POST /api/articles` needs
`Authorization: Bearer <token>` with the server's `ONRECORD_API_TOKEN`. Every error answers
`{"message": ..., "detail": ...}`. See docs/api.md for examples.
"""

# Pages run no script and load nothing from elsewhere; if escaping ever failed, the
# browser would still refuse to run an injected script.
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
# /docs runs Swagger UI: its own inline start-up script, and its files from this server
# (fastapi-offline's copy), never a CDN, so the page works with no network and loads
# nothing from elsewhere.
DOCS_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/docs/oauth2-redirect")
DOCS_ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css", "favicon.png": "image/png"}


class SecurityHeaders:
    """Pure ASGI middleware (no per-request task, unlike BaseHTTPMiddleware) adding the
    headers every answer carries."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] in DOCS_PATHS else PAGE_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    # Article links lead to scraped sites: do not tell them what was searched.
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                headers.append((b"content-security-policy", csp.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    store_url: str,
    token: str | None = None,
    private: bool = False,
    *,
    limits: ServeLimits | None = None,
) -> FastAPI:
    """Build the application over the store at ``store_url``.

    token (str | None): the bearer token writes need; None refuses every write (403).
    private (bool): require the token for reads too (pages accept it as the HTTP Basic
        password); needs a token.
    limits (ServeLimits | None): request limits; None reads them from the environment.
    RETURNS (FastAPI): the app. Raises ConfigError/StoreError when the store cannot be
    opened; a missing database is created only when the server can accept articles.
    """
    if private and not token:
        raise errors.ConfigError(errors.E_SERVE_PRIVATE_NO_TOKEN)
    pool = StorePool(store_url)
    pool.check(create=token is not None)

    limits = limits or ServeLimits.from_env()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Reads run on the thread pool, one store connection per thread: a few threads
        # keep each connection's page cache warm and the GIL uncontended; more only queue
        # inside the process instead of on the socket.
        to_thread.current_default_thread_limiter().total_tokens = limits.threads
        yield
        pool.close()

    app = FastAPI(
        title="onrecord",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.access = Access(token=token, private=private)
    app.state.limits = limits
    app.state.templates = pages.make_templates()
    handlers.install(app)

    reader = [Depends(require_reader)] if private else []
    app.include_router(api.reads, dependencies=reader)
    app.include_router(api.writes)
    app.include_router(pages.router, dependencies=reader)
    app.include_router(quotes.api, dependencies=reader)
    app.include_router(quotes.pages, dependencies=reader)
    _add_meta_routes(app, reader)
    app.add_middleware(SecurityHeaders)
    return app


def _add_meta_routes(app: FastAPI, reader: list) -> None:
    @app.get("/openapi.json", include_in_schema=False, dependencies=reader)
    def openapi() -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False, dependencies=reader)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="onrecord API",
            swagger_js_url="/docs/assets/swagger-ui-bundle.js", swagger_css_url="/docs/assets/swagger-ui.css",
            swagger_favicon_url="/docs/assets/favicon.png",
            # no badge fetched from validator.swagger.io
            swagger_ui_parameters={"validatorUrl": None},
        )  # fmt: skip

    @app.get("/docs/assets/{name}", include_in_schema=False)
    def docs_asset(name: str) -> Response:
        if name not in DOCS_ASSETS:
            raise HTTPException(404, errors.E_API_NO_PAGE.format(path=f"/docs/assets/{name}"))
        return FileResponse(_docs_assets() / name, media_type=DOCS_ASSETS[name],
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/healthz", response_model=Health, tags=["meta"], summary="Health check")
    def healthz(request: Request) -> Response:
        """``{"status": "ok"}`` when the store answers. Open even on a private server, for
        load balancers; it tells nothing about the data."""
        with request.app.state.pool.store() as store:
            backend = "sqlite" if store.url.lower().startswith("sqlite") else "postgresql"
        return api.json_response(Health(version=__version__, store=backend))


def _docs_assets() -> Path:
    """The folder of Swagger UI's files that fastapi-offline ships."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def app_from_env() -> FastAPI:
    """The app as configured by the environment (``ONRECORD_DB``, ``ONRECORD_API_TOKEN``,
    ``ONRECORD_SERVE_PRIVATE=1``): the factory uvicorn's worker processes call."""
    from .. import settings
    from ..store import default_url

    current = settings.current()
    return create_app(default_url(), token=current.api_token or None, private=current.serve_private)
