"""``onrecord extract``: print the statements of articles without storing them."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Annotated

import typer

from .. import errors
from ..clean import clean_document
from ..extract import _as_date, extract_documents
from ..read import read_documents
from ..schema import Failure
from ._app import app
from .output import Format, print_articles


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files or directories to read; - reads standard input.", show_default=False)],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD, for resolving 'on Monday'.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, json, or jsonl (one Article per line).")] = Format.table,
) -> None:
    """Find every attributed statement in articles and print them.

    Examples:

        onrecord extract examples/kremlin-2022-03-21.txt --published 2022-03-21

        cat article.txt | onrecord extract - --format jsonl
    """
    date = _as_date(published)
    failures: list[Failure] = []

    def cleaned():
        for item in read_documents(files):
            if isinstance(item, Failure):
                yield item
                continue
            if date is not None:
                item = replace(item, published=date)
            try:
                yield clean_document(item)
            except errors.InputError as exc:
                yield Failure(item.source, "clean", str(exc))

    def articles():
        for item in extract_documents(cleaned()):
            if isinstance(item, Failure):
                failures.append(item)
                print(f"onrecord: {'skipped' if item.skipped else 'error'}: {item.reason}", file=sys.stderr)
                continue
            yield item

    print_articles(articles(), format)
    if failures and not all(f.skipped for f in failures):
        raise typer.Exit(2)
