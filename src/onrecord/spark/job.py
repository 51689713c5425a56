"""The Spark job: input files in, three Parquet tables out, following cc-pyspark's shape.

* The driver expands the inputs into a list of files (``inputs.expand_inputs``) and splits it
  into contiguous partitions; ``mapPartitionsWithIndex`` runs each partition's files as one
  stream through what ``ingest`` runs (``ingest.analyse``: read, clean, attribute), so
  cross-document boilerplate is found within a partition as ingest finds it within a run.
  That one Python pass writes the rows of all three tables (the statements' from the
  Articles in hand); everything after it (duplicates, sorting, Parquet) runs in the JVM on
  the persisted rows, so no Python worker reads a row back; the totals come from the
  duplicates' last job, and the driver submits the three writes at once, from threads.
* Each Python worker loads the spaCy pipeline once (``attribute.load_pipeline`` is cached
  per process, and Spark reuses its Python workers across tasks) and keeps it for every
  partition it is given.
* A bad file or document is a row of the failures table with its stage and reason, never an
  exception; accumulators count files, documents, failures, skips and pipeline
  loads (the statements of the stored articles are summed from the table), and the driver prints them (``JobCounts.summary``).
* Duplicates across the whole input are dropped as ingest drops them (``dedup``), so the
  tables hold exactly what ``ingest`` would store.

Output, under ``output``: ``articles/`` and ``statements/`` partitioned by publication month
(``month=2024-01/``; undated articles under Hive's ``month=__HIVE_DEFAULT_PARTITION__``) and
``failures/``; the columns are ``store.export``'s tables.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any

from .. import errors
from ..schema import Failure
from ..store import RunCounts
from ..store.export import (
    article_table_record,
    article_table_schema,
    failure_table_record,
    failure_table_schema,
    parquet_schema,
    parquet_values,
    statement_record,
)
from .inputs import expand_inputs, read_input

__all__ = ["JobCounts", "JobOptions", "MONTH", "TABLES", "default_partitions", "run_job"]

TABLES: tuple[str, ...] = ("articles", "statements", "failures")
# The partition column of the articles and statements tables: the publication month.
MONTH = "month"
# Position of an article in the whole input: partition index << 32 | position in it (the
# partitions are contiguous runs of the file list, so this is input order).
_ORDER = "input_order"


@dataclass(frozen=True)
class JobOptions:
    """How to run the job. ``partitions``: input partitions (tasks), contiguous runs of
    files, default ``default_partitions``; ``output_partitions``: files per table (and
    month), default min(partitions, 10); ``overwrite``: replace an existing output;
    ``temp_dir``: where executors buffer remote files (the system's temp dir when None)."""

    partitions: int | None = None
    output_partitions: int | None = None
    overwrite: bool = False
    temp_dir: str | None = None


class JobCounts(RunCounts):
    """What a run did, counted as an ingest run is (``added``: the articles in the tables,
    after duplicates), with the files read, the pipeline loads and the wall time."""

    files: int = 0
    pipelines: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """The lines the job prints at the end."""
        return (
            f"{self.files:,} files, {self.documents:,} documents in {self.seconds:.1f} s: "
            f"{self.added:,} articles with {self.statements:,} statements, {self.duplicates:,} duplicates, "
            f"{self.failures:,} failed, {self.skipped:,} skipped "
            f"(the spaCy pipeline loaded by {self.pipelines:,} Python workers, once each; "
            f"a worker an earlier job of the session started keeps its own)."
        )  # fmt: skip


class _Counters:
    """The job's accumulators, summed over every task by Spark."""

    NAMES = ("files", "documents", "failures", "skipped", "pipelines")

    def __init__(self, sc: Any) -> None:
        for name in self.NAMES:
            setattr(self, name, sc.accumulator(0))

    def values(self) -> dict[str, int]:
        return {name: getattr(self, name).value for name in self.NAMES}


def default_partitions(files: int, parallelism: int) -> int:
    """Input partitions when none are asked for: one file per task while there are few
    files (a CC-NEWS WARC is a task's worth), at most four tasks per core."""
    return max(1, min(files, 4 * parallelism))


def _month(record: dict[str, Any]) -> str | None:
    return record["published"][:7] if record["published"] else None


def _row_schema():
    """The Arrow schema of the first pass's rows: a row is an article (``a``), a failure
    (``f``) or a statement (``s``), with the article's input order and month beside it."""
    import pyarrow as pa

    struct = lambda schema: pa.struct(list(schema))  # noqa: E731
    return pa.schema([("a", struct(article_table_schema())), ("f", struct(failure_table_schema())), ("s", struct(parquet_schema())),
                      (_ORDER, pa.int64()), (MONTH, pa.string())])  # fmt: skip


def _analyse_partition(counters: _Counters, temp_dir: str | None, index: int, uris: Iterator[str]) -> Iterator[tuple]:
    """One partition: its files as one stream through ingest's read, clean and attribute,
    out as the rows of all three tables. The statement rows are written here, from the
    Articles in hand, so that no second Python pass reads the kept articles back."""
    from ..attribute import load_pipeline
    from ..ingest import analyse

    def items():
        for uri in uris:
            counters.files.add(1)
            yield from read_input(uri, temp_dir=temp_dir)

    loaded = load_pipeline.cache_info().currsize > 0
    article_schema, failure_schema, statement_schema = (_Columns(s) for s in (article_table_schema(), failure_table_schema(), parquet_schema()))
    for position, result in enumerate(analyse(items())):
        counters.documents.add(1)
        if isinstance(result, Failure):
            (counters.skipped if result.skipped else counters.failures).add(1)
            yield None, _values(failure_table_record(result), failure_schema), None, None, None
            continue
        order = index << 32 | position
        record = article_table_record(result, input_order=order)
        month = _month(record)
        yield _values(record, article_schema), None, None, order, month
        for i, statement in enumerate(result.statements):
            yield None, None, _values(statement_record(result, i, statement), statement_schema), order, month
    if not loaded and load_pipeline.cache_info().currsize > 0:
        counters.pipelines.add(1)


class _Columns:
    """A table's column names and its date columns, read off its Arrow schema once per
    partition rather than field by field for every row."""

    def __init__(self, schema: Any) -> None:
        self.names = tuple(schema.names)
        import pyarrow as pa

        # parquet_values checks each field it is given again: these only narrow its loop
        self.dates = [field for field in schema if pa.types.is_date32(field.type)]


def _values(record: dict[str, Any], columns: _Columns) -> tuple:
    if columns.dates:
        parquet_values(record, columns.dates)
    return tuple(map(record.__getitem__, columns.names))


def _spark_schema(arrow_schema):
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(arrow_schema)


def _exists(spark: Any, path: str) -> bool:
    """Whether ``path`` exists, on whatever filesystem Hadoop reaches it (local, S3A, GCS)."""
    jvm, conf = spark.sparkContext._jvm, spark.sparkContext._jsc.hadoopConfiguration()
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    return bool(hadoop_path.getFileSystem(conf).exists(hadoop_path))


def run_job(spark: Any, inputs: Sequence[str], output: str, options: JobOptions = JobOptions()) -> JobCounts:
    """Read, clean and attribute every document of ``inputs``; write the three tables.

    spark (SparkSession): the session to run in (``onrecord.spark.session()`` builds one).
    inputs (Sequence[str]): paths, globs, directories and URIs (``inputs.expand_inputs``).
    output (str): the folder (or ``s3a://``/``gs://`` prefix) that gets ``TABLES``.
    RETURNS (JobCounts): the accumulators' totals. Raises InputError/ConfigError before
        any work for inputs that match nothing, bad options or an existing output.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from .dedup import stored_with_totals

    started = time.perf_counter()
    if any(n is not None and n < 1 for n in (options.partitions, options.output_partitions)):
        raise errors.ConfigError(errors.E_SPARK_BAD_PARTITIONS.format(value=min(n for n in (options.partitions, options.output_partitions) if n is not None)))
    files = expand_inputs(inputs)
    if not files:
        raise errors.ConfigError(errors.E_SPARK_NO_INPUT)
    output = output.rstrip("/")
    if _exists(spark, output) and not options.overwrite:
        raise errors.InputError(errors.E_SPARK_OUTPUT_EXISTS.format(output=output))
    sc = spark.sparkContext
    partitions = options.partitions or default_partitions(len(files), sc.defaultParallelism)
    output_partitions = options.output_partitions or min(partitions, 10)
    counters = _Counters(sc)

    # One Python pass: createDataFrame's conversion of each row runs in the same worker as
    # the analysis, and the persisted frame serves every table and the duplicates from the
    # JVM, without a Python worker reading a row again. verifySchema=False: every row is
    # built here from the same Arrow schema (``_values``), so Spark's check only repeats it.
    rows = spark.createDataFrame(
        sc.parallelize(files, partitions).mapPartitionsWithIndex(partial(_analyse_partition, counters, options.temp_dir)),
        _spark_schema(_row_schema()), verifySchema=False,
    ).persist(StorageLevel.MEMORY_AND_DISK)  # fmt: skip
    articles = rows.where(F.col("a").isNotNull()).select("a.*", MONTH)
    failures = rows.where(F.col("f").isNotNull()).select("f.*")
    statements = rows.where(F.col("s").isNotNull()).select("s.*", _ORDER, MONTH)
    stored, (added, statement_count) = stored_with_totals(articles, order=_ORDER, carry=("statement_count",))
    # Each file in input order (load merges the months back into it): ranges of the input
    # per output partition, sorted by month first so that the writer, which needs rows
    # grouped by month, keeps this order rather than sorting again. With as many output
    # partitions as input ones (a job of <= 10 tasks, by default) each input partition is
    # already such a range: a broadcast semi-join keeps the partitions as they are, so no
    # sampling job and no shuffle (the stored keys of <= 10 WARCs are a few MB).
    if output_partitions == partitions:
        keep, in_ranges = F.broadcast(stored.select(_ORDER)), lambda frame: frame
    else:
        keep, in_ranges = stored.select(_ORDER), lambda frame: frame.repartitionByRange(output_partitions, _ORDER)
    # No duplicates (the accumulators, complete once the dedup job has run, say every
    # article was kept; a retried task only over-counts, which keeps the join): nothing to
    # drop, so no semi-join and no job that collects the kept keys for it.
    counted = counters.values()
    unique = added == counted["documents"] - counted["failures"] - counted["skipped"]
    kept_of = lambda frame: in_ranges(frame if unique else frame.join(keep, on=_ORDER, how="left_semi"))  # noqa: E731
    kept = kept_of(articles).sortWithinPartitions(MONTH, _ORDER)
    kept_statements = (
        kept_of(statements)
        .sortWithinPartitions(MONTH, _ORDER, "position")
        .drop(_ORDER)
    )  # fmt: skip
    mode = "overwrite" if options.overwrite else "errorifexists"

    def write(table: str, frame: Any, by_month: bool) -> None:
        writer = frame.write.mode(mode).option("compression", "zstd")
        (writer.partitionBy(MONTH) if by_month else writer).parquet(f"{output}/{table}")

    # The writes are independent jobs on the persisted rows: submitted from
    # threads, one job's planning, shuffle sampling and file commits on the driver overlap
    # another's tasks instead of leaving the executors idle between jobs.
    with ThreadPoolExecutor(max_workers=4) as pool:
        jobs = [pool.submit(write, *spec) for spec in (("articles", kept, True), ("statements", kept_statements, True), ("failures", failures.coalesce(output_partitions), False))]
        for done in jobs:
            done.result()
    counts = JobCounts(**counted, added=added, statements=statement_count)
    counts.duplicates = counts.documents - counts.failures - counts.skipped - counts.added
    counts.seconds = time.perf_counter() - started
    rows.unpersist()
    return counts
