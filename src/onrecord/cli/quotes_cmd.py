"""``onrecord quotes``: quotations across articles, most reported first, or one quotation
with every report (docs/quotes.md). A thin face over ``Store.quotes`` and ``Store.quote``."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from .. import errors
from ..store.models import MAX_LIMIT
from ..store.quote_models import QuoteDetail, QuoteQuery, QuoteReport, QuoteSummary
from ._app import app
from .store_options import DbOption, open_db, table_console

# Columns of ``quotes --format csv``: a QuoteSummary's fields, in order.
QUOTE_CSV_FIELDS: tuple[str, ...] = tuple(QuoteSummary.model_fields)


class QuotesFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def quotes(
    query: Annotated[str | None, typer.Argument(help='Words a report contains: "a phrase", either OR other, -without, prefix*.', show_default=False)] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Speaker name (or part) or id: quotations with a report attributed to them.", show_default=False)] = None,
    min_reports: Annotated[int, typer.Option("--min-reports", help="Only quotations reported at least this many times.")] = 1,
    limit: Annotated[int, typer.Option("--limit", "-n", help=f"Quotations per page (1-{MAX_LIMIT}).")] = 20,
    offset: Annotated[int, typer.Option("--offset", help="Skip this many (the next page: the offset printed under the previous one).")] = 0,
    quote_id: Annotated[str | None, typer.Option("--id", help="Show one quotation with every report, outlet and date.", show_default=False)] = None,
    format: Annotated[QuotesFormat, typer.Option("--format", "-f", help="table, json or csv.")] = QuotesFormat.table,
    db: DbOption = None,
) -> None:
    """List quotations across articles: who said it, how many reports, who reported it first.

    Examples:

        onrecord quotes --min-reports 3

        onrecord quotes "asylum" --speaker Howard --format csv > howard-quotes.csv

        onrecord quotes --id q1f0c3a9d2b7e4a55
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise errors.ConfigError(errors.E_BAD_LIMIT.format(value=limit, maximum=MAX_LIMIT))
    if min_reports < 1 or offset < 0:
        raise errors.ConfigError(errors.E_BAD_QUOTE_OPTION.format(value=min(min_reports, offset)))
    if quote_id is not None:
        _show_one(quote_id.strip(), format, db)
        return
    with open_db(db) as store:
        page = store.quotes(QuoteQuery(q=query, speaker=speaker, min_reports=min_reports, limit=limit, offset=offset))
    if format is QuotesFormat.json:
        typer.echo(page.model_dump_json(indent=2))
        return
    if format is QuotesFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=QUOTE_CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for q in page.quotes:
            writer.writerow(q.model_dump(mode="json"))
        return
    console = table_console()
    if not page.quotes:
        console.print("No quotations match.")
        return
    console.print(_quotes_table(page.quotes))
    if page.next_offset is not None:
        console.print(f"More: add --offset {page.next_offset}", soft_wrap=True)


def _quotes_table(found: list[QuoteSummary]) -> Table:
    table = Table(show_lines=True, expand=True)
    table.add_column("reports", justify="right", no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("quotation", ratio=6)
    table.add_column("first reported", ratio=2)
    table.add_column("id", no_wrap=True)
    for q in found:
        speaker = escape(q.speaker_name or "(unknown)")
        if q.speakers > 1:
            speaker += f"\n[yellow]reports disagree: {q.speakers} speakers[/yellow]"
        counts = f"{q.reports:,}\n[dim]{q.articles:,} art. · {q.outlets:,} outl.[/dim]"
        first = escape(q.first_by()) + (f"\n[dim]{q.first_date.isoformat()}[/dim]" if q.first_date else "")
        table.add_row(counts, speaker, escape(q.text), first, q.id)
    return table


def _show_one(quote_id: str, fmt: QuotesFormat, db: str | None) -> None:
    with open_db(db) as store:
        detail = store.quote(quote_id)
    if detail is None:
        raise errors.InputError(errors.E_NO_QUOTE.format(quote_id=quote_id))
    if fmt is QuotesFormat.json:
        typer.echo(detail.model_dump_json(indent=2))
        return
    if fmt is QuotesFormat.csv:
        _reports_csv(detail)
        return
    console = table_console()
    console.print(f"[bold]{escape(detail.text)}[/bold]")
    console.print(escape(f"{detail.speaker_name or '(unknown speaker)'} · {detail.spread() or 'reported once'}"))
    if detail.speakers > 1:
        named = ", ".join(f"{s.name or '(none)'} ({s.reports})" for s in detail.speaker_counts)
        console.print(f"[yellow]The reports disagree on the speaker:[/yellow] {escape(named)}")
    table = Table(show_lines=True, expand=True)
    for column, opts in (("seen", {"no_wrap": True}), ("outlet / article", {"ratio": 2}), ("speaker", {"ratio": 2}), ("report", {"ratio": 6})):
        table.add_column(column, **opts)
    for r in detail.report_list:
        seen = r.published or r.date
        where = escape(r.outlet or "") + f"\n[dim]{escape(r.article_title or r.article_id)}[/dim]"
        text = escape(r.content) + ("" if r.exact else "\n[dim](trimmed or edited)[/dim]")
        table.add_row(seen.isoformat() if seen else "", where, escape(r.speaker_name or ""), text)
    console.print(table)


def _reports_csv(detail: QuoteDetail) -> None:
    fields = ("quote_id", *QuoteReport.model_fields)
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for r in detail.report_list:
        writer.writerow({"quote_id": detail.id, **r.model_dump(mode="json")})


__all__ = ["quotes"]
