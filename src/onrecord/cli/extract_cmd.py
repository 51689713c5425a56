"""``onrecord extract``: print the statements of articles without storing them."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Annotated

import typer

from ..clean import clean_batch
from ..extract import _as_date, extract_documents
from ..read import read_documents
from ..schema import Failure, RawDocument
from ._app import app
from .output import Format, print_articles


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files or directories to read; - reads standard input.", show_default=False)],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD, for resolving 'on Monday'.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, json, or jsonl (one Article per line).")] = Format.table,
    acts: Annotated[str | None, typer.Option("--acts", help="Acts to show: 'all' or a comma list of speech, writing, belief, intention, stance. Default: speech,writing in the table, every act in json and jsonl.", show_default=False)] = None,
) -> None:
    """Find every attributed statement in articles and print them.

    Examples:

        onrecord extract examples/kremlin-2022-03-21.txt --published 2022-03-21

        cat article.txt | onrecord extract - --format jsonl

        onrecord extract article.txt --acts all
    """
    from ..acts import parse_acts

    date = _as_date(published)
    shown_acts = parse_acts(acts) if acts is not None else None
    failures: list[Failure] = []

    def cleaned():
        def dated():
            for item in read_documents(files):
                if date is not None and isinstance(item, RawDocument):
                    item = replace(item, published=date)
                yield item

        # clean_batch, not clean_document: lines recurring across a site's pages are junk.
        yield from clean_batch(dated())

    def articles():
        for item in extract_documents(cleaned()):
            if isinstance(item, Failure):
                failures.append(item)
                print(f"onrecord: {'skipped' if item.skipped else 'error'}: {item.reason}", file=sys.stderr)
                continue
            yield item

    print_articles(articles(), format, shown_acts)
    if failures and not all(f.skipped for f in failures):
        raise typer.Exit(2)
