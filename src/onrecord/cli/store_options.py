"""What the commands over the store share: the ``--db`` and ``--acts`` options, opening the
store, ISO dates, and the console tables are printed to."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .. import errors
from ..store import Store, default_url, open_store

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store URL: sqlite:///file.db or postgresql://user@host/db. Default: $ONRECORD_DB or sqlite:///onrecord.db.", show_default=False),
]


ActsOption = Annotated[
    str | None,
    typer.Option("--acts", help="Acts to include: 'all' or a comma list of speech, writing, belief, intention, stance. Default: speech,writing (what was said or written).", show_default=False),
]


def open_db(db: str | None, *, create: bool = False, existing: bool = False) -> Store:
    """The store ``--db`` names, else ``$ONRECORD_DB``, else ``sqlite:///onrecord.db``.

    create: make it (or upgrade an old one) when needed; with ``existing``, an SQLite file
    that is not there is an error all the same (``relink`` or a retry on a mistyped --db
    would otherwise leave an empty store behind and report nothing done).
    """
    url = db or default_url()
    if existing and url.lower().startswith("sqlite:"):
        from ..store.sqlite import sqlite_path

        path = sqlite_path(url)
        if path != ":memory:" and not Path(path).exists():
            raise errors.StoreError(errors.E_NO_STORE.format(url=url))
    return open_store(url, create=create)


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise errors.ConfigError(errors.E_BAD_DATE.format(value=value)) from None


def table_console() -> Console:
    # Wide enough for a readable table when piped; rich uses the terminal width otherwise.
    return Console(width=None if sys.stdout.isatty() else 160, highlight=False)
