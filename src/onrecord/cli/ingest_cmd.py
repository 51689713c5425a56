"""``onrecord ingest``: files, URLs, feeds and sitemaps in, statements stored; the progress
line and the summary ``ingest`` and ``load`` print. The work is in ``onrecord.ingest``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from .. import errors
from ..fetch.urls import is_url
from . import watch_cmd as live
from ._app import app
from .store_options import DbOption, open_db

@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, directories (read recursively) or - for standard input: text, HTML, JSONL, WARC, gzip of any; or the http(s) URLs of article pages.", show_default=False)] = None,
    feed: live.FeedOption = None,
    sitemap: live.SitemapOption = None,
    sources: live.SourcesOption = None,
    db: DbOption = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Extraction processes, each loading the model once. Default: cores - 1, at most 4.", show_default=False)] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per transaction: a kill loses at most this much work.")] = 16,
    retry_failures: Annotated[bool, typer.Option("--retry-failures", help="Also try again the documents recorded in the failures table (skips are not retried).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for documents that carry none (plain text).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Who published documents that name no outlet (plain text): a via naming it is left out.")] = None,
    delay: live.DelayOption = None,
    concurrency: live.ConcurrencyOption = None,
    timeout: live.TimeoutOption = None,
    retries: live.RetriesOption = None,
    contact: live.ContactOption = None,
    user_agent: live.UserAgentOption = None,
) -> object:
    """Read documents, find their statements and store them.

    Safe to run again: what is stored already is skipped, and a run killed mid-way is
    completed by the next one. URLs, feeds, sitemaps and sources files are fetched
    politely (robots.txt, a delay per host; see onrecord watch), and a page whose text
    changed since it was stored replaces its article.

    Examples:

        onrecord ingest ../shared/data/warc/aeb_news_50.warc.gz ../shared/data/bbc --jobs 4

        onrecord ingest --retry-failures --db sqlite:///news.db

        onrecord ingest examples/kremlin-2022-03-21.txt --published 2022-03-21

        onrecord ingest --feed https://example.com/rss.xml --contact mailto:data@newsroom.example
    """
    from ..dates import as_date
    from ..ingest import IngestOptions, default_jobs
    from ..ingest import ingest as run_ingest
    from ..own_outlet import as_outlet

    options = IngestOptions(jobs=default_jobs() if jobs is None else jobs, batch_size=batch_size,
                            retry_failures=retry_failures, published=as_date(published), outlet=as_outlet(outlet))
    if options.jobs < 1 or options.batch_size < 1:
        raise errors.ConfigError(errors.E_BAD_JOBS.format(value=min(options.jobs, options.batch_size)))
    fetch = live.fetch_options(delay, concurrency, timeout, retries, contact, user_agent)
    urls = [p for p in paths or [] if is_url(p)]
    if urls or feed or sitemap or sources:
        if len(urls) != len(paths or []):
            raise errors.ConfigError(errors.E_MIXED_INPUT)
        return live.ingest_live(live.sources_of(urls, feed or [], sitemap or [], sources), db, fetch, options, quiet=quiet)
    if not paths and not retry_failures:
        raise errors.ConfigError(errors.E_NO_INPUT)
    err = Console(stderr=True, highlight=False)
    # only retrying: the failures are in a store that must be there already
    with open_db(db, create=True, existing=not paths) as store, IngestProgress(err, disabled=quiet) as on_batch:
        summary = run_ingest(paths or [], store, options, progress=on_batch)
        failed_urls = live.failed_url_sources(store) if retry_failures else []
    if not quiet:
        typer.echo(summary_lines(summary, store.url))
    if failed_urls:  # fetched from the network: fetched again
        retried = live.ingest_live(failed_urls, db, fetch, options, quiet=quiet)
        summary.add(retried)
    return summary  # exits PARTIAL when documents failed (cli.exits)


def summary_lines(summary, url: str) -> str:
    """What ``ingest`` and ``load`` print when they finish."""
    rate = summary.documents / summary.seconds if summary.seconds else 0.0
    lines = [
        (f"{summary.documents:,} documents in {summary.seconds:.1f} s ({rate:.1f}/s): "
         f"{summary.added:,} articles added with {summary.statements:,} statements, "
         f"{summary.duplicates:,} already stored, {summary.failures:,} failed, {summary.skipped:,} skipped."),
        f"Store: {url} (run {summary.run_id}).",
    ]
    if summary.failures or summary.skipped:  # `failures` lists the skips with their reasons too
        lines.append(f"See why with: onrecord failures --db {url}")
    return "\n".join(lines)


class IngestProgress:
    """A rich progress line on stderr (documents/s, statements/s, failures so far); silent
    when stderr is not a terminal."""

    def __init__(self, console: Console, *, disabled: bool) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
            console=console, disable=disabled or not console.is_terminal, transient=False,
        )  # fmt: skip
        self._task = self._progress.add_task("starting (loading the model)…", total=None)

    def __enter__(self):
        self._progress.__enter__()
        return self.update

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(*exc)

    def update(self, summary) -> None:
        seconds = max(summary.seconds, 1e-9)
        self._progress.update(self._task, description=(
            f"{summary.documents:,} documents ({summary.documents / seconds:.1f}/s) · "
            f"{summary.statements:,} statements ({summary.statements / seconds:.1f}/s) · "
            f"{summary.failures:,} failures · {summary.skipped:,} skipped"
        ))  # fmt: skip


