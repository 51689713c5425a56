"""``onrecord extract``: print the statements of articles without storing them."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Annotated

import typer

from ..clean import clean_batch
from ..dates import as_date
from ..extract import extract_documents
from ..own_outlet import as_outlet, with_outlet
from ..read import read_documents
from ..schema import Failure, RawDocument
from ..store.models import RunCounts
from ._app import app
from .output import Format, print_articles


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files or directories to read; - reads standard input.", show_default=False)],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD, for resolving 'on Monday'.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, json, or jsonl (one Article per line).")] = Format.table,
    outlet: Annotated[str | None, typer.Option(help="Who published documents that name no outlet (plain text), e.g. Reuters: a via naming it is the outlet's own reporting and is left out.")] = None,
    acts: Annotated[str | None, typer.Option("--acts", help="Acts to show: 'all' or a comma list of speech, writing, belief, intention, stance. Default: speech,writing in the table, every act in json and jsonl.", show_default=False)] = None,
) -> object:
    """Find every attributed statement in articles and print them.

    Examples:

        onrecord extract examples/kremlin-2022-03-21.txt --published 2022-03-21

        cat article.txt | onrecord extract - --format jsonl

        onrecord extract article.txt --acts all

        onrecord extract reuters-story.txt --outlet Reuters
    """
    from ..acts import parse_acts

    date = as_date(published)
    outlet = as_outlet(outlet)
    shown_acts = parse_acts(acts) if acts is not None else None
    failures: list[Failure] = []
    printed = 0

    def cleaned():
        def dated():
            for item in read_documents(files):
                if date is not None and isinstance(item, RawDocument):
                    item = replace(item, published=date)
                yield with_outlet(item, outlet)

        # clean_batch, not clean_document: lines recurring across a site's pages are junk.
        yield from clean_batch(dated())

    def articles():
        nonlocal printed
        for item in extract_documents(cleaned()):
            if isinstance(item, Failure):
                failures.append(item)
                print(f"onrecord: {'skipped' if item.skipped else 'error'}: {item.reason}", file=sys.stderr)
                continue
            printed += 1
            yield item

    print_articles(articles(), format, shown_acts)
    # exits PARTIAL when a document failed (cli.exits); skips are not failures
    return RunCounts(documents=printed + len(failures), failures=sum(1 for f in failures if not f.skipped),
                     skipped=sum(1 for f in failures if f.skipped))
