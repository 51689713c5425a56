"""Extraction for ``ingest``, in this process or in a pool of worker processes.

Each worker loads the spaCy pipeline once (pool initializer) and attributes whole batches;
batches come back in the order they were sent. A document that breaks the engine becomes a
Failure and the rest of its batch goes on; a worker that dies (out of memory, a crash in
native code) costs only the document it was on, found by running that batch one document
per task.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Self

from . import errors
from .clean import CleanDocument
from .schema import Article, Failure

if TYPE_CHECKING:
    from .ingest import _Batch

__all__ = ["Extractor", "extract_batch", "one_line"]


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message, for a failure's one-line reason."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _init_worker() -> None:
    """Pool initializer: load the pipeline once per worker process. Ctrl-C and SIGTERM are
    the parent's to handle (``onrecord watch`` stops cleanly on them): a worker killed by
    them would be taken for one that died on a document."""
    import signal

    from .attribute import load_pipeline

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    load_pipeline()


def extract_batch(documents: list[CleanDocument]) -> list[Article | Failure]:
    """Attribute documents; one that breaks the engine becomes a Failure, the rest go on.
    RETURNS (list[Article | Failure]): one result per document, in order."""
    from .extract import extract_documents

    try:
        return list(extract_documents(documents))
    except Exception as exc:  # noqa: BLE001 - spaCy and the rules meet arbitrary text; one document must not end a batch
        if len(documents) == 1:
            doc = documents[0]
            reason = errors.E_UNEXPECTED.format(source=doc.source, stage="extraction", reason=f"{type(exc).__name__}: {one_line(exc)}")
            return [Failure(doc.source, "extract", reason)]
        return [result for doc in documents for result in extract_batch([doc])]


class Extractor:
    """Runs ``extract_batch`` over batches, in order, in ``jobs`` processes (1 = inline)."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _new_pool(self) -> ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        # spawn, not fork: the parent holds a database connection and rich's refresh
        # thread, neither of which may be copied into a child mid-use.
        self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker)
        return self._pool

    def map(self, plan: Callable[[list[CleanDocument | Failure]], _Batch], batches: Iterable[list[CleanDocument | Failure]]) -> Iterator[tuple[_Batch, list[Article | Failure]]]:
        if self.jobs == 1:
            for items in batches:
                batch = plan(items)
                yield batch, extract_batch([batch.items[i] for i in batch.todo])  # type: ignore[misc]
            return
        pool = self._new_pool()
        # Two batches per worker in flight: workers never wait for the reader, and memory
        # stays bounded however large the crawl.
        pending: deque[tuple[_Batch, Future]] = deque()
        for items in batches:
            batch = plan(items)
            pending.append((batch, pool.submit(extract_batch, [batch.items[i] for i in batch.todo])))
            while len(pending) > 2 * self.jobs:
                yield self._result(pending)
                pool = self._pool  # type: ignore[assignment]
        while pending:
            yield self._result(pending)

    def _result(self, pending: deque[tuple[_Batch, Future]]) -> tuple[_Batch, list[Article | Failure]]:
        batch, future = pending.popleft()
        try:
            return batch, future.result()
        except BrokenProcessPool:
            # A worker died (out of memory, a crash in native code): find the document by
            # running this batch one document per task, then resubmit the rest.
            pool = self._new_pool()
            results: list[Article | Failure] = []
            for i in batch.todo:
                doc = batch.items[i]
                try:
                    results.extend(pool.submit(extract_batch, [doc]).result())
                except BrokenProcessPool:
                    pool = self._new_pool()
                    results.append(Failure(doc.source, "extract", errors.E_WORKER_DIED.format(source=doc.source)))
            for n, (other, _) in enumerate(pending):
                pending[n] = (other, pool.submit(extract_batch, [other.items[i] for i in other.todo]))
            return batch, results
