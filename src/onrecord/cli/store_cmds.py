"""The commands over the statement store: search, speakers, show, export, failures (``ingest``
is in ``ingest_cmd``).

Every one takes ``--db URL`` (default ``$ONRECORD_DB`` or ``sqlite:///onrecord.db``). They
are thin: the work is in ``onrecord.ingest`` and ``onrecord.store``.
"""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from .. import errors
from ..fetch.urls import is_url
from ..store import SearchQuery
from ..store.models import MAX_LIMIT, StatementHit
from ._app import app
from .output import print_json
from .store_options import ActsOption, DbOption, open_db, parse_date, table_console

class TableFormat(str, Enum):
    table = "table"
    json = "json"


class SearchFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportShape(str, Enum):
    statements = "statements"
    quotes = "quotes"


class Kind(str, Enum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


class Sort(str, Enum):
    date = "date"
    relevance = "relevance"


# -- search ----------------------------------------------------------------------------------


@app.command()
def search(
    query: Annotated[str | None, typer.Argument(help='Words to find: "a phrase", either OR other, -without, prefix*.', show_default=False)] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Speaker name (or part: 'Peskov') or id.", show_default=False)] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet name or domain.", show_default=False)] = None,
    since: Annotated[str | None, typer.Option("--since", help="First date YYYY-MM-DD (when said, else published).", show_default=False)] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last date YYYY-MM-DD.", show_default=False)] = None,
    kind: Annotated[Kind | None, typer.Option("--kind", help="direct, indirect or mixed.", show_default=False)] = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help="Only statements at least this confident (0-1): the probability that a statement is right, so about 8 in 10 at 0.8 are.", show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help=f"Statements per page (1-{MAX_LIMIT}).")] = 20,
    sort: Annotated[Sort, typer.Option("--sort", help="date (newest first, undated last) or relevance (best word matches first).")] = Sort.date,
    cursor: Annotated[str | None, typer.Option("--cursor", help="Next page: the cursor printed under the previous one.", show_default=False)] = None,
    format: Annotated[SearchFormat, typer.Option("--format", "-f", help="table, json or csv.")] = SearchFormat.table,
    acts: ActsOption = None,
    db: DbOption = None,
) -> None:
    """Find statements by words, speaker, outlet, date, kind and act.

    Examples:

        onrecord search meeting --speaker Peskov

        onrecord search '"peace talks"' --since 2022-03-01 --until 2022-03-31 --format csv > talks.csv

        onrecord search --speaker Peskov --acts all
    """
    from ..acts import parse_acts

    if not 1 <= limit <= MAX_LIMIT:
        raise errors.ConfigError(errors.E_BAD_LIMIT.format(value=limit, maximum=MAX_LIMIT))
    since_d, until_d = parse_date(since), parse_date(until)
    if since_d and until_d and since_d > until_d:
        raise errors.ConfigError(errors.E_API_DATE_ORDER.format(since=since_d, until=until_d))
    q = SearchQuery(
        q=query, speaker=speaker, outlet=outlet, since=since_d, until=until_d,
        kind=kind.value if kind else None, min_confidence=min_confidence, limit=limit, sort=sort.value, cursor=cursor,
        acts=parse_acts(acts),
    )  # fmt: skip
    with open_db(db) as store:
        page = store.search(q)
        total = store.count(q) if format is SearchFormat.table else None
        # "No statements match" from a store with none in it would send the user to their query;
        # one row of any act tells (stats() counts every table: seconds on a large store)
        empty = format is SearchFormat.table and not page.hits \
            and not store.search(SearchQuery(limit=1, acts=parse_acts("all"))).hits
    if format is SearchFormat.json:
        typer.echo(json.dumps({"hits": [h.model_dump(mode="json") for h in page.hits], "next_cursor": page.next_cursor}, ensure_ascii=False, indent=2))
        return
    if format is SearchFormat.csv:
        _hits_csv(page.hits)
        return
    console = table_console()
    if not page.hits:
        console.print(errors.S_EMPTY_STORE.format(url=store.url) if empty else "No statements match.", soft_wrap=True)
        return
    console.print(_hits_table(page.hits, f"{total:,} statements" if total is not None else None))
    if page.next_cursor:
        console.print(f"More: add --cursor {page.next_cursor}", soft_wrap=True)


def _hits_table(hits: list[StatementHit], title: str | None) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("kind", no_wrap=True)
    table.add_column("act", no_wrap=True)
    table.add_column("statement", ratio=6)
    table.add_column("outlet / article", ratio=2)
    for h in hits:
        s = h.statement
        name = s.speaker.name or (f"({s.speaker.mention.text}?)" if s.speaker.mention else "(unknown)")
        role = ", ".join(x for x in (s.speaker.title, s.speaker.affiliation) if x)
        text = h.snippet.markup("[bold yellow]", "[/]", escape=escape) if h.snippet else escape(s.content.text)
        via = f"\n[dim]via {escape(s.via.name)}[/dim]" if s.via else ""
        where = escape(h.outlet or "") + f"\n[dim]{h.article_id}[/dim]"
        table.add_row(h.date.isoformat() if h.date else "", escape(name) + (f"\n[dim]{escape(role)}[/dim]" if role else ""), s.kind, s.act, text + via, where)
    return table


def _hits_csv(hits: list[StatementHit]) -> None:
    from ..store.export import STATEMENT_FIELDS

    writer = csv.DictWriter(sys.stdout, fieldnames=("id", *STATEMENT_FIELDS), lineterminator="\n")
    writer.writeheader()
    for h in hits:
        s = h.statement
        writer.writerow({
            "id": h.id, "article_id": h.article_id, "position": h.position,
            "date": h.date.isoformat() if h.date else None, "kind": s.kind,
            "content": s.content.text, "content_start": s.content.start, "content_end": s.content.end,
            "cue": s.cue.text if s.cue else None, "speaker_id": h.speaker_id, "speaker_name": s.speaker.name,
            "speaker_type": s.speaker.type, "speaker_title": s.speaker.title, "speaker_affiliation": s.speaker.affiliation,
            "speaker_mention": s.speaker.mention.text if s.speaker.mention else None,
            "via": s.via.name if s.via else None,
            "when_date": s.when.date.isoformat() if s.when and s.when.date else None, "when_precision": s.when.precision if s.when else None,
            "when_expression": s.when.expression if s.when else None, "confidence": s.confidence,
            "explanation": s.explanation, "article_title": h.article_title, "article_url": h.article_url,
            "outlet": h.outlet, "published": h.published.isoformat() if h.published else None, "source": None,
            "act": s.act,
            "quote_id": h.quote_id,
        })  # fmt: skip


# -- speakers, show --------------------------------------------------------------------------


@app.command()
def speakers(
    top: Annotated[int, typer.Option("--top", "-n", help="How many speakers, most statements first.")] = 20,
    name: Annotated[str | None, typer.Option("--name", help="Only speakers whose name contains this.", show_default=False)] = None,
    unnamed: Annotated[bool, typer.Option("--unnamed", help="List the unnamed sources ('unnamed: spokesman, British Casino Association') instead.")] = False,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table or json.")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """List speakers by number of statements, with their titles and affiliations.

    One speaker is one person or body across every article; unnamed sources are listed
    apart (--unnamed), each in its own article.

    Examples:

        onrecord speakers --top 10

        onrecord speakers --name putin --format json

        onrecord speakers --unnamed --name spokesman
    """
    from .link_cmds import unlinked_note

    if not 1 <= top <= MAX_LIMIT:
        raise errors.ConfigError(errors.E_BAD_LIMIT.format(value=top, maximum=MAX_LIMIT))
    with open_db(db) as store:
        found = store.speakers(top, name, unnamed=unnamed)
        note = unlinked_note(store)
        share = store.facets(SearchQuery(), top=1)
    if note:
        typer.echo(note, err=True)
    if format is TableFormat.json:
        print_json(found)
        return
    table = Table(expand=True)
    for column, opts in (("speaker", {"ratio": 2}), ("type", {}), ("statements", {"justify": "right"}), ("articles", {"justify": "right"}),
                         ("titles", {"ratio": 2}), ("affiliations", {"ratio": 2}), ("dates", {"no_wrap": True}), ("id", {"ratio": 2})):
        table.add_column(column, **opts)
    for s in found:
        dates = " – ".join(d.isoformat() for d in dict.fromkeys(x for x in (s.first_date, s.last_date) if x))
        table.add_row(escape(s.label or s.name), s.type, f"{s.statements:,}", f"{s.articles:,}", escape("; ".join(s.titles[:3])),
                      escape("; ".join(s.affiliations[:3])), dates, s.id)
    console = table_console()
    console.print(table)
    if share.total and not unnamed:
        console.print(f"{share.unnamed:,} of {share.total:,} statements ({share.unnamed / share.total:.1%}) are from unnamed sources "
                      "(onrecord speakers --unnamed; per outlet: onrecord outlets).")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="The article id (16 hex digits, as in search results), or its URL.", show_default=False)],
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table or json (the Article, offsets included).")] = TableFormat.table,
    acts: Annotated[str | None, typer.Option("--acts", help="Acts to show: 'all' or a comma list. Default: speech,writing in the table, every act in json.", show_default=False)] = None,
    db: DbOption = None,
) -> None:
    """Show one stored article with its statements.

    Example:

        onrecord show 3f2a9c0d1e4b5a67 --format json
    """
    from ..acts import article_shown, parse_acts
    from .output import statements_table

    with open_db(db) as store:
        found = store.article_by_url(article_id) if is_url(article_id) else None
        article = store.article(found.id if found else article_id.strip())
    if article is None:
        raise errors.InputError(errors.E_NO_ARTICLE.format(article_id=article_id))
    stored = len(article.statements)
    if acts is not None or format is TableFormat.table:
        article = article_shown(article, parse_acts(acts))
    if format is TableFormat.json:
        typer.echo(article.model_dump_json(indent=2))
        return
    meta = " · ".join(x for x in (article.outlet, article.published.isoformat() if article.published else None, article.url or article.source) if x)
    console = table_console()
    console.print(f"[bold]{escape(article.title or article.id)}[/bold]\n{escape(meta)}")
    hidden = stored - len(article.statements)
    more = f" ({hidden} more of other acts: --acts all)" if hidden else ""
    console.print(statements_table(article, title=f"{len(article.statements)} statements{more}"))


# -- export, failures ------------------------------------------------------------------------


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl (one Article per line, lossless), csv or parquet (one row per statement).")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (required for parquet); default standard output.", show_default=False)] = None,
    acts: ActsOption = None,
    shape: Annotated[ExportShape, typer.Option("--shape", help="statements (one row per statement) or quotes (one row per quotation, Quotebank's fields; jsonl or parquet).")] = ExportShape.statements,
    db: DbOption = None,
) -> None:
    """Export the stored statements (what was said or written; every act with --acts all),
    or every quotation (--shape quotes).

    Examples:

        onrecord export --format parquet --output statements.parquet

        onrecord export --format csv > statements.csv

        onrecord export --format jsonl --acts all > everything.jsonl

        onrecord export --shape quotes --format jsonl > quotes.jsonl
    """
    from ..acts import parse_acts
    from ..store.export import export as run_export

    if shape is ExportShape.quotes:
        from ..store.quote_export import export_quotes

        with open_db(db) as store:
            n = export_quotes(store.iter_quotes(), format.value, output, sys.stdout)
        if output is not None:
            typer.echo(f"{n:,} quotations written to {output}", err=True)
        return
    with open_db(db) as store:
        n = run_export(store.iter_articles(), format.value, output, sys.stdout, acts=parse_acts(acts))
    if output is not None:
        typer.echo(f"{n:,} statements written to {output}", err=True)


@app.command()
def failures(
    skipped: Annotated[bool | None, typer.Option("--skipped/--errors", help="Only skips, or only errors. Default: both.", show_default=False)] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most this many.", show_default=False)] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table or json.")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """List the documents that failed or were skipped, with the stage and the reason.

    Examples:

        onrecord failures --errors

        onrecord ingest --retry-failures
    """
    with open_db(db) as store:
        found = store.failures(limit=limit, skipped=skipped)
    if format is TableFormat.json:
        print_json(found)
        return
    console = table_console()
    if not found:
        console.print("No failures recorded.")
        return
    table = Table(expand=True)
    table.add_column("source", ratio=3, overflow="fold")
    table.add_column("stage", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column("reason", ratio=5)
    table.add_column("tries", justify="right")
    for f in found:
        table.add_row(escape(f.source), f.stage, "skipped" if f.skipped else "error", escape(f.reason), str(f.attempts))
    console.print(table)
    errors_n = sum(1 for f in found if not f.skipped)
    console.print(f"{errors_n:,} errors, {len(found) - errors_n:,} skipped. Retry the errors with: onrecord ingest --retry-failures")
