"""``onrecord load``: the Spark job's Parquet output into the store. Thin: the work is in
``onrecord.load``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from ._app import app
from .ingest_cmd import IngestProgress, summary_lines
from .store_options import DbOption, open_db


@app.command()
def load(
    directory: Annotated[str, typer.Argument(help="The --output of python -m onrecord.spark: a folder, or an s3:// or gs:// URI.", show_default=False)],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per transaction: a kill loses at most this much work.")] = 500,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress line and no summary.")] = False,
) -> object:
    """Store the articles, statements and failures a Spark job wrote, as ingest stores them.

    Safe to run again: what is stored already is counted as a duplicate and left alone, and
    a load killed mid-way is completed by the next one.

    Examples:

        python -m onrecord.spark --input 'crawl/*.warc.gz' --output out/ && onrecord load out/

        onrecord load out/ --db postgresql://user@localhost/news
    """
    from ..load import load as run_load

    err = Console(stderr=True, highlight=False)
    with open_db(db, create=True) as store, IngestProgress(err, disabled=quiet) as on_batch:
        summary = run_load(directory, store, batch_size=batch_size, progress=on_batch)
    if not quiet:
        typer.echo(summary_lines(summary, store.url))
    return summary  # exits PARTIAL when documents failed (cli.exits)
