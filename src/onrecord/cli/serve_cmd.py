"""``onrecord serve``: the HTTP API and web pages over a statement store."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .. import errors
from ._app import app


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help="Store URL; default $ONRECORD_DB or sqlite:///onrecord.db.", show_default=False)] = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 for every interface.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    private: Annotated[bool, typer.Option("--private", help="Require the token (ONRECORD_API_TOKEN) for reads too.")] = False,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes; about one per CPU core.")] = 1,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log", help="Log every request.")] = True,
) -> None:
    """Serve the JSON API (/api, described at /docs) and the search pages (/).

    Reads are open; POST /api/articles needs the token in ONRECORD_API_TOKEN, sent as 'Authorization: Bearer <token>'. Without the variable the server accepts no articles. docs/api.md and docs/web.md describe the routes and pages.

    Examples:

        onrecord serve --db sqlite:///example.db

        ONRECORD_API_TOKEN=$(openssl rand -hex 16) onrecord serve --host 0.0.0.0 --private
    """
    import uvicorn

    from ..serve import create_app
    from ..store import default_url

    url = db or default_url()
    from .. import settings

    token = settings.current().api_token or None
    if private and not token:
        raise errors.ConfigError(errors.E_SERVE_PRIVATE_NO_TOKEN)
    # Build the app here even with several workers: a bad URL or a missing database is
    # reported once, as one line, before any process starts.
    application = create_app(url, token=token, private=private)
    _check_address(host, port)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    typer.echo(f"onrecord: serving {url} on http://{shown}:{port}/ (API docs at /docs; "
               f"{'writes with the token' if token else 'read-only: ONRECORD_API_TOKEN is not set'}"
               f"{', private' if private else ''})", err=True)
    try:
        if workers == 1:
            uvicorn.run(application, host=host, port=port, access_log=access_log, log_level="info")
            return
        # Worker processes build their own app from the environment (a store connection
        # cannot cross a fork).
        os.environ["ONRECORD_DB"] = url
        os.environ["ONRECORD_SERVE_PRIVATE"] = "1" if private else "0"
        uvicorn.run("onrecord.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    access_log=access_log, log_level="info")
    except SystemExit as exc:
        # uvicorn exits 3 when it cannot start, the code `onrecord` keeps for a partial batch
        if exc.code not in (None, 0):
            raise errors.OnrecordError(errors.E_SERVE_NOT_STARTED) from None
        raise


def _check_address(host: str, port: int) -> None:
    """Bind the address once, as uvicorn will, so that a port in use (another server, a
    second `onrecord serve`) is one line and exit 1, not uvicorn's start-up log and its exit 3."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            sock.bind((host, port))
    except OSError as exc:
        raise errors.OnrecordError(errors.E_SERVE_CANNOT_LISTEN.format(host=host, port=port, reason=exc.strerror or str(exc))) from None
