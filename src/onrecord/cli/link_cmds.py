"""The commands of the link stage: ``relink`` (link every stored article again) and
``outlets`` (each outlet's statements and its share from unnamed sources). Thin: the work
is in ``onrecord.link`` and ``onrecord.store``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import errors
from ._app import app
from .output import print_json
from .store_cmds import TableFormat
from .store_options import DbOption, open_db, table_console


@app.command()
def relink(
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per transaction: a kill loses at most this much work.")] = 200,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress line and no summary.")] = False,
) -> None:
    """Link every stored article again: one canonical speaker per person or body.

    Ingest links as it stores; relink rebuilds the links of a whole store (after an upgrade
    of onrecord, or on a store made by an older one, which it also upgrades). Safe to run
    again: the result is the same, and a relink killed mid-way is continued by the next one.

    Examples:

        onrecord relink

        onrecord relink --db postgresql://user@localhost/news
    """
    from ..link import relink as run_relink

    if batch_size < 1:
        raise errors.ConfigError(errors.E_BAD_JOBS.format(value=batch_size))
    err = Console(stderr=True, highlight=False)

    def progress(summary) -> None:
        if not quiet and err.is_terminal:
            err.print(f"{summary.articles:,} articles linked ({summary.statements:,} statements)", end="\r")

    with open_db(db, create=True, existing=True) as store:
        summary = run_relink(store, batch_size=batch_size, progress=progress)
        speakers = store.stats().speakers
    if not quiet:
        resumed = " (continued an interrupted relink)" if summary.resumed else ""
        typer.echo(f"{summary.articles:,} articles and {summary.statements:,} statements linked in {summary.seconds:.1f} s{resumed}; "
                   f"{speakers:,} speakers. Store: {store.url}")


@app.command()
def outlets(
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table or json.")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """List outlets with their statements and the share from unnamed sources.

    An unnamed source is a speaker the article describes without naming ("a spokesman for
    the company", "analysts"): a figure media researchers compare between outlets.

    Examples:

        onrecord outlets

        onrecord outlets --format json
    """
    with open_db(db) as store:
        found = store.outlets()
    if format is TableFormat.json:
        print_json(found)
        return
    console = table_console()
    if not found:
        console.print("No outlets: the stored articles name none.")
        return
    table = Table(expand=True)
    for column, opts in (("outlet", {"ratio": 3}), ("articles", {"justify": "right"}), ("statements", {"justify": "right"}),
                         ("unnamed sources", {"justify": "right"}), ("share", {"justify": "right"})):
        table.add_column(column, **opts)
    for o in found:
        table.add_row(escape(o.outlet), f"{o.articles:,}", f"{o.statements:,}", f"{o.unnamed:,}", f"{o.unnamed_share:.1%}")
    console.print(table)


def unlinked_note(store) -> str | None:
    """A line for stderr when some stored articles wait for ``onrecord relink``."""
    pending = store.unlinked_articles()
    if not pending:
        return None
    return f"note: {pending:,} stored articles are not linked yet (speakers from an older onrecord); run: onrecord relink --db {store.url}"
