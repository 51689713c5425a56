"""``load``: the Spark job's Parquet tables into a store, stored as ``ingest`` stores them.

Guarantees, kept the way ingest keeps them:

* **The same store path.** Each batch goes through ``ingest.store_batch``, the one path
  from attributed articles to the store (so whatever ingest does between extraction and
  storage, load does too), with an ingest run recorded for the load.
* **In input order.** The job writes each month's articles in input order; load merges the
  months back into it (``input_order``), so speakers are first seen as ingest saw them.
* **Idempotent and resumable.** Articles are looked up (``Store.known``) before their
  statements are parsed; one already stored counts as a duplicate. Batches commit one
  transaction each, so a killed load leaves whole batches and the same command completes it.
* **Only finished output.** A table without the ``_SUCCESS`` marker Spark writes when a job
  completes is refused: half a job's output is never loaded as if it were all of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from . import errors
from .extract_pool import one_line
from .ingest import IngestSummary, _batches, recorded_run, store_batch
from .store import Store
from .store.export import ARTICLE_TABLE_FIELDS, FAILURE_TABLE_FIELDS, article_from_table, failure_from_table

__all__ = ["LOAD_BATCH", "load"]

# Articles per transaction: what a kill loses at most, and few enough commits for a bulk load
# (the store benchmark loads 1,000 articles per transaction).
LOAD_BATCH = 500
# The tables load reads: articles hold their statements losslessly, so the flat statements
# table (for analysis) is not needed here.
_TABLES = ("articles", "failures")


def load(directory: str, store: Store, *, batch_size: int = LOAD_BATCH,
         progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Store the articles and failures of the Spark job's output ``directory``.

    directory (str): the job's ``--output`` (a folder, or an ``s3://``/``gs://`` URI).
    store (Store): where to put them; the load is recorded as an ingest run.
    batch_size (int): articles per transaction.
    progress (callable | None): called with the running summary after each batch.
    RETURNS (IngestSummary): the counts of this load (duplicates: already stored).
    """
    if batch_size < 1:
        raise errors.ConfigError(errors.E_LOAD_BAD_BATCH.format(value=batch_size))
    datasets = {table: _dataset(directory, table) for table in _TABLES}
    with recorded_run(store, [directory], {"command": "load", "batch_size": batch_size}, progress) as (summary, report):
        for rows in _batches(_in_input_order(datasets["articles"], directory), batch_size):
            known = store.known([r["id"] for r in rows], [r["url"] for r in rows])
            articles = [article_from_table(r) for r, stored in zip(rows, known) if not stored]
            sources = [r["source"] or r["id"] for r, stored in zip(rows, known) if stored]
            store_batch(store, articles, [], summary, documents=len(rows), known_sources=sources)
            report()
        for rows in _batches(_rows(datasets["failures"], "failures", directory, FAILURE_TABLE_FIELDS), batch_size):
            store_batch(store, [], [failure_from_table(r) for r in rows], summary, documents=len(rows))
            report()
    return summary


def _dataset(directory: str, table: str) -> Any:
    """The table as a pyarrow dataset (Hive partitions: ``month=2024-01/``), after checking
    that the job finished writing it."""
    import pyarrow.dataset as ds
    from pyarrow import fs

    try:
        filesystem, root = fs.FileSystem.from_uri(directory) if "://" in directory else (fs.LocalFileSystem(), directory)
        path = f"{root.rstrip('/')}/{table}"
        kind = filesystem.get_file_info(path).type
        marker = filesystem.get_file_info(f"{path}/_SUCCESS").type
    except (OSError, ValueError) as exc:
        raise errors.InputError(errors.E_LOAD_BAD_TABLE.format(source=directory, table=table, reason=one_line(exc))) from None
    if kind != fs.FileType.Directory:
        raise errors.InputError(errors.E_LOAD_NOT_JOB_OUTPUT.format(source=directory, table=table))
    if marker != fs.FileType.File:
        raise errors.InputError(errors.E_LOAD_INCOMPLETE.format(source=directory, table=table))
    try:
        return ds.dataset(path, filesystem=filesystem, format="parquet", partitioning="hive")
    except (OSError, ValueError) as exc:
        raise errors.InputError(errors.E_LOAD_BAD_TABLE.format(source=directory, table=table, reason=one_line(exc))) from None


def _rows(dataset: Any, table: str, directory: str, columns: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """A dataset's rows in file order (files sorted by path), a few at a time."""
    import pyarrow as pa

    try:
        # Small batches, little read-ahead: load merges one stream per month at once.
        for batch in dataset.to_batches(columns=list(columns), batch_size=64, batch_readahead=1, fragment_readahead=1):
            yield from batch.to_pylist()
    except (OSError, pa.ArrowInvalid) as exc:
        raise errors.InputError(errors.E_LOAD_BAD_TABLE.format(source=directory, table=table, reason=one_line(exc))) from None


def _in_input_order(dataset: Any, directory: str) -> Iterator[dict[str, Any]]:
    """The articles table's rows in the job's input order: each month's files hold their
    rows in that order, so the months are merged on ``input_order``."""
    import heapq

    import pyarrow.dataset as ds

    months: dict[str, list[str]] = {}
    for path in dataset.files:
        months.setdefault(path.rsplit("/", 2)[-2], []).append(path)
    streams = [
        _rows(ds.dataset(files, filesystem=dataset.filesystem, format="parquet"), "articles", directory, ARTICLE_TABLE_FIELDS)
        for _, files in sorted(months.items())
    ]  # fmt: skip
    return heapq.merge(*streams, key=lambda row: row["input_order"])
