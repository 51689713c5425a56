"""Live sources: one pass over pages, feeds, sitemaps and homepages, fetched politely and
ingested like files (``ingest.ingest_stream``, so cleaning, extraction, linking and storage
are the same), and ``watch``: a pass every so often.

A pass: (1) each source is read, its feeds and sitemaps found and read, their page links
collected (sources in parallel, each host in its turn); (2) the pages are fetched, with a
conditional request where the cache has validators, and each new or changed page is
ingested with ``replace=True``: a changed page replaces the article at its URL, keeping the
old text as a version; (3) the fetch cache is written. Every failure becomes a row of the
failures table (stage ``read``: the network is where the document is read from).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from . import errors
from .fetch.cache import FetchCache, utcnow
from .fetch.discover import Source, decode_body, feed_links, home_links, sitemap_links, sniff
from .fetch.fetcher import Fetched, Fetcher, FetchStats, NotFetched, Unchanged
from .fetch.options import FetchOptions
from .fetch.pages import page_document
from .fetch.politeness import Stopped
from .fetch.schedule import fetch_many, unexpected
from .fetch.urls import origin
from .ingest import IngestOptions, IngestSummary, ProgressCallback, ingest_stream, recorded_run
from .schema import Failure, RawDocument
from .store import Store
from .store.tracking import FetchLinks, FetchRecord

__all__ = ["PassResult", "fetch_pass", "run_pass", "watch"]

# Sitemaps read from one source per pass (an index and its children).
MAX_SITEMAPS = 20
# The longest a failed URL waits before it is tried again.
MAX_RETRY_WAIT = dt.timedelta(days=1)


@dataclass
class PassResult:
    """What a pass did: the ingest run's counts and where the fetching went."""

    summary: IngestSummary
    stats: FetchStats
    links: int = 0  # distinct page links found
    fetched: int = 0  # pages fetched whole (new or changed)
    unchanged: int = 0  # pages answered 304, or with the same bytes as before
    repeated: int = 0  # pages that turned out to be one already fetched this pass (redirect, canonical)
    refused: int = 0  # pages robots.txt forbids
    failed: int = 0  # URLs that could not be fetched (sources included)
    not_due: int = 0  # URLs that failed recently, left for a later pass
    stopped: bool = False
    seconds: float = 0.0


@dataclass
class _Found:
    pages: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    read: list[str] = field(default_factory=list)  # source URLs read (their old failure rows are cleared)
    not_due: int = 0


def run_pass(sources: Sequence[Source], store: Store, fetch: FetchOptions = FetchOptions(),
             options: IngestOptions = IngestOptions(), *, force: bool = False, stop: threading.Event | None = None,
             progress: ProgressCallback | None = None) -> PassResult:
    """Fetch what the sources list now and ingest what is new or changed.

    sources: pages, feeds, sitemaps, homepages (``fetch.discover.read_sources``).
    force (bool): fetch the sources even if they failed recently (``onrecord ingest`` names
        them on purpose; ``watch`` leaves a failing URL alone for a while).
    stop (Event | None): set it (a signal handler does) to end the pass early and cleanly:
        no new request starts, what was fetched is ingested, the cache is written.
    RETURNS (PassResult)
    """
    if not sources:
        raise errors.ConfigError(errors.E_NO_SOURCES)
    started = time.perf_counter()
    cache = FetchCache(store)
    cache.preload([s.url for s in sources] + [f"{origin(s.url)}/robots.txt" for s in sources])
    run_options = {"jobs": options.jobs, "batch_size": options.batch_size, "delay": f"{fetch.delay:g}",
                   "concurrency": fetch.concurrency, "user_agent": fetch.agent}  # fmt: skip
    with Fetcher(fetch, cache, stop=stop) as fetcher, recorded_run(store, [s.url for s in sources], run_options, progress) as (summary, report):
        result = PassResult(summary=summary, stats=fetcher.stats)
        found = _discover_all(fetcher, sources, force)
        result.not_due += found.not_due
        result.failed += sum(1 for f in found.failures if not f.skipped)
        items = _page_stream(fetcher, found, result, force_pages={s.url for s in sources if s.kind == "page"} if force else set())
        ingest_stream(store, items, options, summary, report, replace=True)
        result.stopped = fetcher.stop.is_set()
        cache.flush(failed=set(summary.failed_sources))
        store.clear_failures(found.read)
    result.seconds = time.perf_counter() - started
    return result


# -- (1) sources to page links ----------------------------------------------------------------


def _due(record: FetchRecord | None, fetch: FetchOptions) -> bool:
    """Has a URL that failed waited long enough (doubling with each failure in a row)?"""
    if record is None or record.errors == 0:
        return True
    wait = min(dt.timedelta(seconds=fetch.retry_failed_after * 2 ** (record.errors - 1)), MAX_RETRY_WAIT)
    return utcnow() >= record.checked_at + wait


def _discover_all(fetcher: Fetcher, sources: Sequence[Source], force: bool) -> _Found:
    """Every source read in parallel (each host in its turn); links in source order."""
    found = _Found()
    with ThreadPoolExecutor(fetcher.options.concurrency, thread_name_prefix="onrecord-discover") as pool:
        futures = [pool.submit(_discover, fetcher, source, force) for source in sources]
        for source, future in zip(sources, futures):
            try:
                one = future.result()
            except Stopped:
                continue
            except Exception as exc:  # noqa: BLE001 - a site's odd answer must not end the pass
                found.failures.append(_unexpected(source.url, "fetching", exc))
                continue
            found.pages.extend(one.pages)
            found.failures.extend(one.failures)
            found.read.extend(one.read)
            found.not_due += one.not_due
    found.pages = list(dict.fromkeys(found.pages))
    return found


def _discover(fetcher: Fetcher, source: Source, force: bool) -> _Found:
    found = _Found()
    if source.kind == "page":
        found.pages.append(source.url)
        return found
    limit = fetcher.options.max_links
    queue: deque[tuple[str, str]] = deque([(source.url, "home" if source.kind == "auto" else source.kind)])
    seen: set[str] = set()
    sitemaps = 0
    while queue and len(found.pages) < limit:
        url, kind = queue.popleft()
        if url in seen or (kind == "sitemap" and sitemaps >= MAX_SITEMAPS):
            continue
        seen.add(url)
        sitemaps += kind == "sitemap"
        links = _links(fetcher, url, kind, force=force and url == source.url, found=found)
        if links is None:
            continue
        found.pages.extend(links.pages)
        queue.extend([(f, "feed") for f in links.feeds] + [(s, "sitemap") for s in links.sitemaps])
    found.pages = list(dict.fromkeys(found.pages))[:limit]
    return found


def _links(fetcher: Fetcher, url: str, kind: str, *, force: bool, found: _Found) -> FetchLinks | None:
    """The links of one feed, sitemap or homepage: fetched and parsed, or as cached when
    unchanged (or when a recent failure makes it not due). None when it failed."""
    record = fetcher.cache.get(url)
    if not force and not _due(record, fetcher.options):
        found.not_due += 1
        return record.links if record is not None else None
    outcome = fetcher.get(url, kind)  # type: ignore[arg-type]
    if isinstance(outcome, NotFetched):
        found.failures.append(Failure(url, "read", outcome.reason, skipped=outcome.skipped))
        return None
    found.read.append(url)
    if isinstance(outcome, Unchanged):
        return outcome.record.links or FetchLinks()
    text = decode_body(outcome.reply.body, fetcher.options.byte_limit)
    actual = sniff(text) if kind == "home" else kind
    if actual == "feed":
        links = FetchLinks(pages=feed_links(text, outcome.url))
        if not links.pages:
            found.failures.append(Failure(url, "read", errors.E_FETCH_EMPTY_FEED.format(source=url)))
    elif actual == "sitemap":
        links = sitemap_links(text, outcome.url)
        if not links.pages and not links.sitemaps:
            found.failures.append(Failure(url, "read", errors.E_FETCH_NOT_SITEMAP.format(source=url)))
    else:
        links = FetchLinks(feeds=home_links(text, outcome.url))
        if not links.feeds:
            links.sitemaps = _robots_sitemaps(fetcher, outcome.url)
        if not links.feeds and not links.sitemaps:
            found.failures.append(Failure(url, "read", errors.S_NO_FEED.format(source=url), skipped=True))
    fetcher.cache.put(outcome.record.model_copy(update={"kind": actual, "links": links}))
    return links


def _robots_sitemaps(fetcher: Fetcher, url: str) -> list[str]:
    """The sitemaps a site's robots.txt names (read already: the homepage was allowed)."""
    from trafilatura.sitemaps import extract_robots_sitemaps

    site = origin(url)
    record = fetcher.cache.get(f"{site}/robots.txt")
    return [s for s in extract_robots_sitemaps(record.body if record else None, site) if s]


# -- (2) page links to documents ---------------------------------------------------------------


def _page_stream(fetcher: Fetcher, found: _Found, result: PassResult, *, force_pages: set[str]) -> Iterator[RawDocument | Failure]:
    """The discovery failures, then one document (or Failure) per page fetched whole;
    pages unchanged since the last pass yield nothing."""
    yield from found.failures
    cache = fetcher.cache
    cache.preload(found.pages)
    result.links = len(found.pages)
    due = []
    for url in found.pages:
        if url in force_pages or _due(cache.get(url), fetcher.options):
            due.append(url)
        else:
            result.not_due += 1
    produced: set[str] = set()
    for outcome in fetch_many(fetcher, due):
        if isinstance(outcome, NotFetched):
            result.refused += outcome.skipped
            result.failed += not outcome.skipped
            yield Failure(outcome.requested, "read", outcome.reason, skipped=outcome.skipped)
        elif isinstance(outcome, Unchanged):
            result.unchanged += 1
            cache.saw(outcome.record.canonical or outcome.url)
            found.read.append(outcome.requested)
        else:
            try:
                document, article_url = page_document(outcome)
            except Exception as exc:  # noqa: BLE001 - lxml meets arbitrary pages; one must not end the pass
                document, article_url = _unexpected(outcome.url, "reading", exc), outcome.url
            cache.put(outcome.record.model_copy(update={"kind": "page", "canonical": article_url}))
            if article_url in produced or outcome.url in produced:
                result.repeated += 1  # one article by two URLs: stored once
                continue
            produced.update((article_url, outcome.url))
            result.fetched += 1
            cache.saw(article_url)
            yield document


def _unexpected(url: str, stage: str, exc: BaseException) -> Failure:
    return Failure(url, "read", unexpected(url, stage, exc))


# -- fetching only (benchmarks) and watching ---------------------------------------------------


def fetch_pass(urls: Sequence[str], store: Store, fetch: FetchOptions = FetchOptions()) -> tuple[list[Fetched | Unchanged | NotFetched], FetchStats]:
    """Fetch pages without ingesting them (what ``benchmarks/fetch_bench.py`` times);
    the cache is read but not written."""
    with Fetcher(fetch, FetchCache(store)) as fetcher:
        return list(fetch_many(fetcher, list(dict.fromkeys(urls)))), fetcher.stats


def watch(read_sources: Callable[[], Sequence[Source]], store: Store, fetch: FetchOptions, options: IngestOptions, *,
          every: float, once: bool = False, stop: threading.Event | None = None,
          on_pass: Callable[[PassResult], None] | None = None,
          on_error: Callable[[errors.StoreError], None] | None = None) -> int:
    """A pass now, then one every ``every`` seconds (from the start of one to the start of
    the next) until ``stop`` is set; one pass only with ``once``. The sources are read
    again before each pass, so an edited sources file takes effect without a restart.
    A pass the database refuses (a PostgreSQL restart) is reported to ``on_error`` and the
    next pass comes at its time; with ``once`` the error is raised.
    RETURNS (int): the number of passes run."""
    stop = stop or threading.Event()
    passes = 0
    while not stop.is_set():
        started = time.monotonic()
        try:
            result = run_pass(read_sources(), store, fetch, options, stop=stop)
        except errors.StoreError as exc:
            if once or on_error is None:
                raise
            on_error(exc)
        else:
            passes += 1
            if on_pass is not None:
                on_pass(result)
        if once:
            break
        stop.wait(max(0.0, every - (time.monotonic() - started)))
    return passes
