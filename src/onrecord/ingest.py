"""``ingest``: files in, statements stored. read → clean_batch → extract → store.

Guarantees, and how they are kept:

* **Idempotent.** Before the NLP, each cleaned document's id (hash of its text) and URL are
  looked up; a document already stored is counted as a duplicate and not analysed again.
  The store refuses a second copy anyway (``Store.add_articles``).
* **Survives kill -9.** Documents go to the store in batches, in input order, each batch
  (articles, statements, speakers, failures, run counters) in one transaction. A killed run
  leaves whole batches only; the same command again skips them and does the rest.
* **One bad document never stops a batch.** Read, clean and extract failures become rows
  of the failures table (source, stage, one-line reason); a document the database refuses
  is retried alone and recorded at stage ``store``. Skips (other languages, pages without
  text) are recorded as skips.

Extraction runs in ``jobs`` worker processes (``extract_pool``), each loading the spaCy
pipeline once; batches come back in the order they were sent, so the stored rows are the
same whatever ``jobs`` is.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from pydantic import Field

from . import errors
from .clean import CleanDocument, clean_batch
from .extract_pool import Extractor, extract_batch, one_line
from .link import link_batch
from .own_outlet import with_outlet
from .schema import Article, Failure, RawDocument, article_id
from .store import RunCounts, Store

__all__ = ["IngestOptions", "IngestSummary", "analyse", "default_jobs", "extract_batch", "ingest", "ingest_stream", "recorded_run", "retry_sources", "store_batch"]

# Documents per stored batch: a kill loses at most this many documents' work, and a batch
# is big enough for spaCy's nlp.pipe and for one cheap commit.
BATCH_SIZE = 16


def default_jobs() -> int:
    """Worker processes when ``--jobs`` is not given: all cores but one for the reader and
    the database, at most 4 (each worker holds its own copy of the model, ~200 MB)."""
    return max(1, min(4, (os.cpu_count() or 1) - 1))


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest. ``jobs``: extraction processes (1 = in this process); ``batch_size``:
    documents per transaction; ``retry_failures``: also re-read the sources of recorded
    failures (skips are not retried)."""

    jobs: int = 1
    batch_size: int = BATCH_SIZE
    retry_failures: bool = False
    # the publication date of documents that carry none (plain text has no metadata)
    published: dt.date | None = None
    # the outlet of documents that name none: a via naming it is no intermediary (own_outlet)
    outlet: str | None = None


class IngestSummary(RunCounts):
    """What a run did (the run's counters, as stored in its row), and where its time went."""

    run_id: int
    retried: int = 0
    seconds: float = 0.0
    store_seconds: float = 0.0
    failed_sources: list[str] = Field(default_factory=list)

    def add(self, counts: RunCounts) -> None:
        """Add one batch's counters to this run's."""
        for name in RunCounts.model_fields:
            setattr(self, name, getattr(self, name) + getattr(counts, name))


ProgressCallback = Callable[[IngestSummary], None]


def ingest(
    paths: Sequence[str],
    store: Store,
    options: IngestOptions = IngestOptions(),
    *,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Read, clean, attribute and store every document under ``paths``.

    paths (Sequence[str]): files, directories or ``-``, as ``read_documents`` takes them.
    store (Store): where to put the articles; the run is recorded in its ingest_runs.
    options (IngestOptions): jobs, batch size, retry of recorded failures.
    progress (callable | None): called with the running summary after each batch.
    RETURNS (IngestSummary): the counts of this run.
    """
    from .read import read_documents

    if options.batch_size < 1 or options.jobs < 1:
        raise errors.ConfigError(errors.E_BAD_JOBS.format(value=min(options.batch_size, options.jobs)))
    retry = retry_sources(store) if options.retry_failures else {}
    if not paths and not retry and not options.retry_failures:
        raise errors.ConfigError(errors.E_NO_INPUT)
    def raw_items() -> Iterator[RawDocument | Failure]:
        yield from read_documents(list(paths))
        if retry:
            yield from _retry_items(retry, read_documents)

    def dated_items() -> Iterator[RawDocument | Failure]:
        for item in raw_items():
            if options.published is not None and isinstance(item, RawDocument) and item.published is None:
                item = replace(item, published=options.published)
            yield with_outlet(item, options.outlet)

    run_options = {"jobs": options.jobs, "batch_size": options.batch_size, "retry_failures": options.retry_failures}
    with recorded_run(store, paths, run_options, progress) as (summary, report):
        summary.retried = sum(len(sources) for sources in retry.values())
        ingest_stream(store, dated_items(), options, summary, report)
    return summary


def ingest_stream(store: Store, items: Iterable[RawDocument | Failure], options: IngestOptions, summary: IngestSummary,
                  report: Callable[[], None] = lambda: None, *, replace: bool = False) -> None:
    """Clean, attribute and store a stream of read documents within a ``recorded_run``:
    the work of ``ingest`` once its inputs are read, shared with the fetcher
    (``onrecord.live``), whose documents come from the network.

    replace (bool): a document whose URL is stored with another text is analysed and
        replaces it (``Store.add_articles(replace=True)``); without it, a stored URL makes
        a document a duplicate, skipped before the NLP.
    """
    with Extractor(options.jobs) as extractor:
        batches = _batches(clean_batch(items), options.batch_size)
        for batch, results in extractor.map(_Planner(store, summary, by_url=not replace), batches):
            _store_batch(store, batch, results, summary, replace=replace)
            report()


@contextmanager
def recorded_run(store: Store, sources: Sequence[str], options: dict[str, str | int | bool | None],
                 progress: ProgressCallback | None = None) -> Iterator[tuple[IngestSummary, Callable[[], None]]]:
    """A run of ``ingest`` (or ``load``) recorded in the store for the length of the block.

    Yields the run's summary and a function to call after each batch (it sets the seconds
    and calls ``progress``). The run ends ``completed``, ``interrupted`` on Ctrl-C, or
    ``failed`` when the block raises; one killed outright stays ``running`` until the next
    run starts and finds its process gone (``Store.start_run``).
    """
    started = time.perf_counter()
    summary = IngestSummary(run_id=store.start_run(list(sources), options))

    def report() -> None:
        summary.seconds = time.perf_counter() - started
        if progress is not None:
            progress(summary)

    status = "failed"
    try:
        yield summary, report
        status = "completed"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        try:
            store.finish_run(summary.run_id, status)  # type: ignore[arg-type]
        except errors.StoreError:
            if status == "completed":
                raise


# -- planning: which documents need the NLP --------------------------------------------------


@dataclass
class _Batch:
    """Items of one transaction, in input order, and what each needs."""

    items: list[CleanDocument | Failure]
    todo: list[int] = field(default_factory=list)  # indexes of documents to extract
    known: list[int] = field(default_factory=list)  # indexes of documents already stored


class _Planner:
    """Looks a batch up in the store before the NLP; counts the time spent in storage."""

    def __init__(self, store: Store, summary: IngestSummary, *, by_url: bool = True) -> None:
        self.store = store
        self.summary = summary
        self.by_url = by_url  # False: a stored URL with another text is analysed (it replaces)

    def __call__(self, items: list[CleanDocument | Failure]) -> _Batch:
        batch = _Batch(items)
        docs = [(i, item) for i, item in enumerate(items) if isinstance(item, CleanDocument)]
        if docs:
            t0 = time.perf_counter()
            flags = self.store.known([article_id(d.text) for _, d in docs], [d.url if self.by_url else None for _, d in docs])
            self.summary.store_seconds += time.perf_counter() - t0
            for (i, _), stored in zip(docs, flags):
                (batch.known if stored else batch.todo).append(i)
        return batch


def _batches(items: Iterable[CleanDocument | Failure], size: int) -> Iterator[list[CleanDocument | Failure]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyse(items: Iterable[RawDocument | Failure], *, batch_size: int = BATCH_SIZE) -> Iterator[Article | Failure]:
    """What ``ingest`` makes of a stream of read documents, without a store: cleaned as one
    stream (``clean_batch``), attributed ``batch_size`` at a time (``extract_batch``).
    Every document is attributed (ingest skips those it has stored); the Spark job runs this.
    RETURNS (Iterator[Article | Failure]): one result per item, in input order."""
    for chunk in _batches(clean_batch(items), batch_size):
        results = iter(extract_batch([item for item in chunk if isinstance(item, CleanDocument)]))
        for item in chunk:
            yield item if isinstance(item, Failure) else next(results)


def _store_batch(store: Store, batch: _Batch, results: list[Article | Failure], summary: IngestSummary, *, replace: bool = False) -> None:
    articles = [r for r in results if isinstance(r, Article)]
    failures = [item for item in batch.items if isinstance(item, Failure)] + [r for r in results if isinstance(r, Failure)]
    known = [batch.items[i].source for i in batch.known]  # type: ignore[union-attr]
    store_batch(store, articles, failures, summary, documents=len(batch.items), known_sources=known, replace=replace)


def store_batch(store: Store, articles: list[Article], failures: list[Failure], summary: IngestSummary, *,
                documents: int, known_sources: Sequence[str] = (), replace: bool = False) -> None:
    """Commit one batch of a run in one transaction: the one path from attributed articles
    to the store, taken by ``ingest`` and by ``onrecord load`` alike (a stage between
    extraction and storage belongs here, so that both get it).

    The link stage (``onrecord.link.link_batch``) runs here, just before the store.
    articles, failures: what the batch produced; documents (int): how many items the batch
    held (articles, failures, skips and ``known_sources`` together); known_sources: sources
    found stored already, counted as duplicates (their failure rows are cleared).
    When the database refuses the batch, it is committed article by article and the refused
    ones are recorded as failures at stage ``store``. ``summary`` gets the counts.
    replace (bool): an article whose URL is stored with another text replaces it
    (``Store.add_articles``); ingest from the network passes True.
    """
    failures = list(failures)
    counts = RunCounts(documents=documents, duplicates=len(known_sources))
    if articles:
        articles = link_batch(store, articles)
    done = list(known_sources)
    t0 = time.perf_counter()
    try:
        result = store.add_articles(articles, failures=failures, done_sources=done, run_id=summary.run_id,
                                    counts=_failure_counts(counts, failures), replace=replace)
        counts.added, counts.statements, counts.updated = result.added, result.statements, result.updated
        counts.duplicates += result.duplicates
    except errors.StoreError:
        if not articles:
            raise
        counts = _store_one_by_one(store, articles, failures, done, summary.run_id, counts, replace=replace)
    summary.store_seconds += time.perf_counter() - t0
    counts = _failure_counts(counts, failures)
    summary.failed_sources.extend(f.source for f in failures if not f.skipped)
    summary.add(counts)


def _failure_counts(counts: RunCounts, failures: list[Failure]) -> RunCounts:
    return counts.model_copy(update={
        "failures": sum(1 for f in failures if not f.skipped),
        "skipped": sum(1 for f in failures if f.skipped),
    })  # fmt: skip


def _store_one_by_one(store: Store, articles: list[Article], failures: list[Failure], done: list[str], run_id: int, counts: RunCounts,
                      *, replace: bool = False) -> RunCounts:
    for article in articles:
        try:
            result = store.add_articles([article], replace=replace)
        except errors.StoreError as exc:
            failures.append(Failure(article.source or article.id, "store", one_line(exc)))
            continue
        counts.added += result.added
        counts.updated += result.updated
        counts.statements += result.statements
        counts.duplicates += result.duplicates
    store.add_articles([], failures=failures, done_sources=done, run_id=run_id, counts=_failure_counts(counts, failures))
    return counts


# -- retrying recorded failures -------------------------------------------------------------

# Document names inside a container: ``crawl.warc.gz#record=12``, ``export.jsonl:17``.
_INSIDE = re.compile(r"(?:#record=\d+|:\d+)$")


def retry_sources(store: Store) -> dict[str, set[str]]:
    """The recorded failures (not skips) to retry, grouped by the file to read again.
    RETURNS (dict[str, set[str]]): container path -> failed source names in it."""
    from .fetch.urls import is_url

    grouped: dict[str, set[str]] = {}
    for record in store.failures(skipped=False):
        source = record.source
        if is_url(source) and not Path(source).exists():
            continue  # fetched from the network: retried by the fetcher (onrecord.live)
        container = source
        if not Path(source).exists():
            stripped = _INSIDE.sub("", source)
            if stripped != source and Path(stripped).exists():
                container = stripped
        grouped.setdefault(container, set()).add(source)
    return grouped


def _retry_items(retry: dict[str, set[str]], read: Callable[[list[str]], Iterator[RawDocument | Failure]]) -> Iterator[RawDocument | Failure]:
    """Documents of the containers again, keeping only the ones that failed (every one of a
    container that failed as a whole)."""
    for container, sources in sorted(retry.items()):
        whole = container in sources
        for item in read([container]):
            if whole or item.source in sources:
                yield item
