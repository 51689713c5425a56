"""The Spark job: input files in, three Parquet tables out, following cc-pyspark's shape.

* The driver expands the inputs into a list of files (``inputs.expand_inputs``) and splits it
  into contiguous partitions; ``mapPartitionsWithIndex`` runs each partition's files as one
  stream through what ``ingest`` runs (``ingest.analyse``: read, clean, attribute), so
  cross-document boilerplate is found within a partition as ingest finds it within a run.
* Each Python worker loads the spaCy pipeline once (``attribute.load_pipeline`` is cached
  per process, and Spark reuses its Python workers across tasks) and keeps it for every
  partition it is given.
* A bad file or document is a row of the failures table with its stage and reason, never an
  exception; accumulators count files, documents, statements, failures, skips and pipeline
  loads, and the driver prints them (``JobCounts.summary``).
* Duplicates across the whole input are dropped as ingest drops them (``dedup``), so the
  tables hold exactly what ``ingest`` would store.

Output, under ``output``: ``articles/`` and ``statements/`` partitioned by publication month
(``month=2024-01/``; undated articles under Hive's ``month=__HIVE_DEFAULT_PARTITION__``) and
``failures/``; the columns are ``store.export``'s tables.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from .. import errors
from ..schema import Failure
from ..store import RunCounts
from ..store.export import (
    ARTICLE_TABLE_FIELDS,
    FAILURE_TABLE_FIELDS,
    STATEMENT_FIELDS,
    article_from_table,
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
_ARTICLE, _FAILURE = "a", "f"


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
            f"(the spaCy pipeline loaded by {self.pipelines:,} Python workers, once each)."
        )  # fmt: skip


class _Counters:
    """The job's accumulators, summed over every task by Spark."""

    NAMES = ("files", "documents", "statements", "failures", "skipped", "pipelines")

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


def _analyse_partition(counters: _Counters, temp_dir: str | None, index: int, uris: Iterator[str]) -> Iterator[tuple[str, tuple]]:
    """One partition: its files as one stream through ingest's read, clean and attribute."""
    from ..attribute import load_pipeline
    from ..ingest import analyse

    def items():
        for uri in uris:
            counters.files.add(1)
            yield from read_input(uri, temp_dir=temp_dir)

    loaded = load_pipeline.cache_info().currsize > 0
    article_schema, failure_schema = article_table_schema(), failure_table_schema()
    for position, result in enumerate(analyse(items())):
        counters.documents.add(1)
        if isinstance(result, Failure):
            (counters.skipped if result.skipped else counters.failures).add(1)
            record = parquet_values(failure_table_record(result), failure_schema)
            yield _FAILURE, tuple(record[name] for name in FAILURE_TABLE_FIELDS)
            continue
        record = article_table_record(result, input_order=index << 32 | position)
        month = _month(record)
        record = parquet_values(record, article_schema)
        yield _ARTICLE, (*(record[name] for name in ARTICLE_TABLE_FIELDS), month)
    if not loaded and load_pipeline.cache_info().currsize > 0:
        counters.pipelines.add(1)


def _statement_rows(counters: _Counters, rows: Iterator[Any]) -> Iterator[tuple]:
    """The statements table's rows of the kept articles (``export --format parquet``'s)."""
    schema = parquet_schema()
    for row in rows:
        record = row.asDict()
        article = article_from_table(record)
        for i, statement in enumerate(article.statements):
            counters.statements.add(1)
            values = parquet_values(statement_record(article, i, statement), schema)
            yield (*(values[name] for name in STATEMENT_FIELDS), record[MONTH])


def _spark_schema(arrow_schema, *, last: Sequence[tuple[str, Any]] = ()):
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import StructField, StructType

    return StructType(list(from_arrow_schema(arrow_schema).fields) + [StructField(name, type_, True) for name, type_ in last])


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
    from pyspark.sql.types import StringType

    from .dedup import first_copies

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

    results = (
        sc.parallelize(files, partitions)
        .mapPartitionsWithIndex(partial(_analyse_partition, counters, options.temp_dir))
        .persist(StorageLevel.MEMORY_AND_DISK)  # computed once, read by both tables
    )  # fmt: skip
    month = [(MONTH, StringType())]
    # verifySchema=False: every row is built here from the same Arrow schema
    # (parquet_values), so Spark's per-row type check only repeats it (0.46 s of the
    # statements pass's 1.52 s in one cProfile of the worker; the job's total CPU did not
    # measurably change on this shared machine).
    articles = spark.createDataFrame(
        results.filter(lambda r: r[0] == _ARTICLE).map(lambda r: r[1]),
        _spark_schema(article_table_schema(), last=month), verifySchema=False,
    )  # fmt: skip
    failures = spark.createDataFrame(results.filter(lambda r: r[0] == _FAILURE).map(lambda r: r[1]), _spark_schema(failure_table_schema()),
                                 verifySchema=False)

    kept = (
        articles.join(first_copies(articles, order=_ORDER), on=_ORDER, how="left_semi")
        # Each file in input order (load merges the months back into it): ranges of the
        # input per output partition, sorted by month first so that the writer, which
        # needs rows grouped by month, keeps this order rather than sorting again.
        .repartitionByRange(output_partitions, _ORDER)
        .sortWithinPartitions(MONTH, _ORDER)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )  # fmt: skip
    statements = spark.createDataFrame(
        kept.rdd.mapPartitions(partial(_statement_rows, counters)), _spark_schema(parquet_schema(), last=month), verifySchema=False,
    )  # fmt: skip
    mode = "overwrite" if options.overwrite else "errorifexists"
    for table, frame, by_month in (("articles", kept, True), ("statements", statements, True), ("failures", failures.coalesce(output_partitions), False)):
        writer = frame.write.mode(mode).option("compression", "zstd")
        (writer.partitionBy(MONTH) if by_month else writer).parquet(f"{output}/{table}")

    counts = JobCounts(**counters.values(), added=kept.count())
    counts.duplicates = counts.documents - counts.failures - counts.skipped - counts.added
    counts.seconds = time.perf_counter() - started
    kept.unpersist()
    results.unpersist()
    return counts
