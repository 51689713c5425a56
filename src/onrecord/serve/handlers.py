"""Errors to answers: JSON ``ErrorBody`` under ``/api`` (and for machine clients), an HTML
page for a browser. No traceback or exception text of an unexpected error reaches a
client; the log gets it."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from .. import errors

log = logging.getLogger("onrecord.serve")

# OnrecordError subclasses to status codes: a bad option value (a cursor from another
# query) is the client's (400); input that is not an article is unprocessable (422); a
# store that refuses is the server's problem, and says so (503), never a bare 500.
STATUS = {errors.ConfigError: 400, errors.InputError: 422, errors.StoreError: 503}


def wants_html(request: Request) -> bool:
    """Pages answer errors in HTML; the API, and clients that do not ask for HTML, in JSON."""
    if request.url.path.startswith("/api/") or request.url.path in ("/openapi.json", "/healthz"):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str, detail: object = None,
                   headers: dict[str, str] | None = None) -> Response:
    """The error answer for ``request``: ErrorBody JSON or the HTML error page."""
    if wants_html(request):
        templates = request.app.state.templates
        html = templates.get_template("error.html").render(status=status, message=message, request=request)
        return HTMLResponse(html, status_code=status, headers=headers)
    body = {"message": message, "detail": message if detail is None else detail}
    return JSONResponse(body, status_code=status, headers=headers)


def _field_errors(exc: RequestValidationError) -> list[dict]:
    items = []
    for err in exc.errors():
        loc = [part if isinstance(part, int) else str(part) for part in err.get("loc", ())]
        items.append({"loc": loc, "msg": str(err.get("msg", "")), "type": str(err.get("type", ""))})
    return items


def _summary(items: list[dict]) -> str:
    """'query.limit: Input should be less than or equal to 1000; ...' - one line."""
    parts = [f"{'.'.join(str(p) for p in item['loc'])}: {item['msg']}" for item in items[:5]]
    more = f" (and {len(items) - 5} more)" if len(items) > 5 else ""
    return "; ".join(parts) + more if parts else "the request is not valid"


def allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (Starlette names only the first
    route's, and GET and POST /api/articles are two routes)."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match != Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return ", ".join(sorted(methods))


def install(app: FastAPI) -> None:
    """Register the exception handlers on ``app``."""

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        items = _field_errors(exc)
        return error_response(request, 422, _summary(items), items)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 404 and message == "Not Found":
            message = errors.E_API_NO_PAGE.format(path=request.url.path)
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(request)
            message = f"{request.method} is not allowed on {request.url.path}; use {headers['Allow']}"
        return error_response(request, exc.status_code, message, headers=headers or None)

    @app.exception_handler(errors.OnrecordError)
    async def _onrecord(request: Request, exc: errors.OnrecordError) -> Response:
        status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 400)
        if status >= 500:
            log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return error_response(request, status, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(request, 500, errors.E_API_INTERNAL.format(name=type(exc).__name__))


__all__ = ["error_response", "install", "wants_html"]
