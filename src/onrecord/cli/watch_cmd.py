"""``onrecord watch``, and the live half of ``onrecord ingest`` (URLs, --feed, --sitemap,
--sources): thin commands over ``onrecord.live``."""

from __future__ import annotations

import datetime as dt
import re
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .. import errors, settings
from ..fetch.options import FetchOptions
from ._app import app

FeedOption = Annotated[list[str] | None, typer.Option("--feed", help="An RSS, Atom or JSON feed whose articles to fetch (repeatable).", show_default=False)]
SitemapOption = Annotated[list[str] | None, typer.Option("--sitemap", help="A sitemap (or sitemap index) whose pages to fetch (repeatable).", show_default=False)]
SourcesOption = Annotated[Path | None, typer.Option("--sources", help="A file of sources, one a line: a homepage (its feeds are found), a feed, a sitemap or a page; '# ' comments.", show_default=False)]
DelayOption = Annotated[float | None, typer.Option("--delay", help="Seconds between two requests to one host (a robots.txt Crawl-delay asking for more wins). Default: $ONRECORD_FETCH_DELAY or 1.0.", show_default=False)]
ConcurrencyOption = Annotated[int | None, typer.Option("--concurrency", help="Requests in flight at once, over all hosts (one per host at a time). Default: $ONRECORD_FETCH_CONCURRENCY or 4.", show_default=False)]
TimeoutOption = Annotated[float | None, typer.Option("--timeout", help="Seconds to wait to connect and for each read. Default: $ONRECORD_FETCH_TIMEOUT or 20.", show_default=False)]
RetriesOption = Annotated[int | None, typer.Option("--retries", help="Further tries after a timeout or a 429/5xx answer, with backoff. Default: $ONRECORD_FETCH_RETRIES or 2.", show_default=False)]
ContactOption = Annotated[str | None, typer.Option("--contact", help="A URL or e-mail put in the user agent, so sites can reach you. Default: $ONRECORD_FETCH_CONTACT.", show_default=False)]
UserAgentOption = Annotated[str | None, typer.Option("--user-agent", help="The whole User-Agent header; its first word is matched against robots.txt. Default: $ONRECORD_FETCH_USER_AGENT or onrecord/VERSION (+CONTACT).", show_default=False)]


def fetch_options(delay: float | None, concurrency: int | None, timeout: float | None, retries: int | None,
                  contact: str | None, user_agent: str | None) -> FetchOptions:
    """The FetchOptions of the command-line options, an option not given taken from its
    ``ONRECORD_FETCH_*`` setting, else FetchOptions's default (ConfigError or SettingsError
    for a bad value)."""
    given = settings.current()
    chosen = {"delay": (delay, given.fetch_delay), "concurrency": (concurrency, given.fetch_concurrency),
              "timeout": (timeout, given.fetch_timeout), "retries": (retries, given.fetch_retries),
              "contact": (contact, given.fetch_contact), "user_agent": (user_agent, given.fetch_user_agent)}
    return FetchOptions(**{name: option if option is not None else setting
                           for name, (option, setting) in chosen.items() if option is not None or setting is not None})


def sources_of(urls: Sequence[str], feeds: Sequence[str], sitemaps: Sequence[str], sources_file: Path | None):
    """Sources from the command line: page URLs, feeds, sitemaps and a sources file.
    RETURNS (list[Source])"""
    from ..fetch.discover import Source, read_sources
    from ..fetch.urls import is_url, normalize_url

    found: list[Source] = []
    for kind, values in (("page", urls), ("feed", feeds), ("sitemap", sitemaps)):
        for value in values:
            if not is_url(value):
                raise errors.ConfigError(errors.E_NOT_A_URL.format(value=value))
            found.append(Source(normalize_url(value) or value, kind))  # type: ignore[arg-type]
    if sources_file is not None:
        found.extend(read_sources(str(sources_file)))
    return list(dict.fromkeys(found))


def failed_url_sources(store) -> list:
    """The recorded failures (not skips) of URLs, as sources to fetch again, each as what
    it was (a page, a feed, a sitemap or a homepage). RETURNS (list[Source])"""
    from ..fetch.discover import Source
    from ..fetch.urls import is_url

    urls = [f.source for f in store.failures(skipped=False) if is_url(f.source)]
    records = store.fetch_records(urls)
    kinds = {"feed": "feed", "sitemap": "sitemap", "home": "auto"}
    return [Source(url, kinds.get(records[url].kind, "page") if url in records else "page") for url in urls]  # type: ignore[arg-type]


def parse_every(value: str) -> float:
    """Seconds of a duration like ``15m``, ``90s``, ``1h30m`` or ``900``."""
    text = value.strip().lower()
    parts = re.findall(r"(\d+(?:\.\d+)?)([smh]?)", text)
    if not parts or "".join(n + u for n, u in parts) != text.replace(" ", ""):
        raise errors.ConfigError(errors.E_BAD_EVERY.format(value=value))
    seconds = sum(float(n) * {"": 1, "s": 1, "m": 60, "h": 3600}[u] for n, u in parts)
    if seconds <= 0:
        raise errors.ConfigError(errors.E_BAD_EVERY.format(value=value))
    return seconds


def pass_line(result) -> str:
    """One line about a pass: what was fetched, what it gave."""
    s, summary = result.stats, result.summary
    return (
        f"{result.links:,} page links: {result.fetched:,} fetched, {result.unchanged:,} unchanged, "
        f"{result.refused:,} refused by robots.txt, {result.failed:,} failed, {result.not_due:,} left for later; "
        f"{s.requests:,} requests ({s.conditional:,} conditional, {s.not_modified:,} not modified), "
        f"{s.bytes / 1e6:.1f} MB in {result.seconds:.1f} s. "
        f"{summary.added:,} articles added, {summary.updated:,} updated, {summary.statements:,} statements."
        + (" Stopped early." if result.stopped else "")
    )


def ingest_live(sources, db: str | None, fetch, options, *, quiet: bool):
    """One pass over sources named on the command line (``onrecord ingest URL...``).
    RETURNS (IngestSummary): the pass's counts (failed pages make the exit code PARTIAL)."""
    from ..live import run_pass
    from .ingest_cmd import summary_lines
    from .store_options import open_db

    with open_db(db, create=True) as store:
        result = run_pass(sources, store, fetch, options, force=True)
    if not quiet:
        typer.echo(pass_line(result))
        typer.echo(summary_lines(result.summary, store.url))
    return result.summary


class _Signals:
    """SIGINT and SIGTERM end the watch cleanly: the first lets the current pass finish
    what it fetched; a second one stops at once."""

    def __init__(self, stop: threading.Event, err: Console) -> None:
        self.stop = stop
        self.err = err
        self._old: dict[int, object] = {}
        self._signalled = False

    def __enter__(self) -> _Signals:
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._old[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._old.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: object) -> None:
        if self._signalled:
            raise KeyboardInterrupt
        self._signalled = True
        # Set from another thread: the handler runs in the main thread, which may hold the
        # Event's own lock at that moment (inside stop.wait), and Event.set would wait for it
        # for ever.
        threading.Thread(target=self.stop.set, daemon=True).start()
        self.err.print(f"onrecord: {signal.Signals(signum).name}: stopping after what is being fetched (send it again to stop now)",
                       markup=False)


@app.command()
def watch(
    urls: Annotated[list[str] | None, typer.Argument(help="Article pages to fetch on every pass.", show_default=False)] = None,
    sources: SourcesOption = None,
    feed: FeedOption = None,
    sitemap: SitemapOption = None,
    every: Annotated[str, typer.Option("--every", help="Time from the start of one pass to the start of the next: 90s, 15m, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit (for cron).")] = False,
    db: Annotated[str | None, typer.Option("--db", help="Store URL: sqlite:///file.db or postgresql://user@host/db. Default: $ONRECORD_DB or sqlite:///onrecord.db.", show_default=False)] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extraction processes (each loads the model once per pass).")] = 1,
    delay: DelayOption = None,
    concurrency: ConcurrencyOption = None,
    timeout: TimeoutOption = None,
    retries: RetriesOption = None,
    contact: ContactOption = None,
    user_agent: UserAgentOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No line per pass.")] = False,
) -> None:
    """Keep a store up to date from news sites: fetch what is new or changed, politely.

    Each pass reads the sources (the file again, so edits count), fetches the pages their
    feeds and sitemaps list with conditional requests (unchanged pages cost a 304), and
    ingests what is new; a changed page replaces its article, keeping the old text.
    SIGINT or SIGTERM ends it cleanly.

    Examples:

        onrecord watch --sources outlets.txt --every 15m --contact mailto:data@newsroom.example

        onrecord watch --sources outlets.txt --once --quiet   # from cron
    """
    from ..ingest import IngestOptions
    from ..live import watch as run_watch
    from .store_options import open_db

    seconds = parse_every(every)
    fetch = fetch_options(delay, concurrency, timeout, retries, contact, user_agent)
    if jobs < 1:
        raise errors.ConfigError(errors.E_BAD_JOBS.format(value=jobs))
    if not (urls or feed or sitemap or sources):
        raise errors.ConfigError(errors.E_NO_SOURCES)

    def on_pass(result) -> None:
        if not quiet:
            stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            typer.echo(f"{stamp} run {result.summary.run_id}: {pass_line(result)}")
            sys.stdout.flush()

    stop = threading.Event()
    err = Console(stderr=True, highlight=False)
    last_good = sources_of(urls or [], feed or [], sitemap or [], sources)  # a bad source fails now, not in an hour

    def read_sources():
        # Read again each pass, so edits count; a file broken by an edit mid-watch is
        # reported and the last good sources are used.
        nonlocal last_good
        try:
            last_good = sources_of(urls or [], feed or [], sitemap or [], sources)
        except errors.OnrecordError as exc:
            err.print(f"onrecord: error: {exc} (the sources read before are used)", markup=False)
        return last_good

    def on_error(exc: errors.StoreError) -> None:
        err.print(f"onrecord: error: {exc} (the next pass is tried at its time)", markup=False)

    with open_db(db, create=True) as store, _Signals(stop, err):
        run_watch(read_sources, store, fetch, IngestOptions(jobs=jobs), every=seconds, once=once, stop=stop,
                  on_pass=on_pass, on_error=on_error)
