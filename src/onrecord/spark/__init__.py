"""onrecord on Spark: a whole crawl read, cleaned and attributed on a cluster, written as
Parquet tables that ``onrecord load`` puts into a store.

    python -m onrecord.spark --input 'crawl/*.warc.gz' --output out/ --partitions 8
    onrecord load out/ --db postgresql://user@host/news

``job.run_job`` is the job (cc-pyspark's shape: files over ``mapPartitionsWithIndex``,
accumulators, Parquet out); ``inputs`` expands and reads the input files; ``dedup`` drops
duplicates as ingest does. ``docs/scale.md`` says how to run it on a cluster and what it
costs. Needs the ``spark`` extra (``pip install 'onrecord[spark]'``) and Java 17+.
"""

from __future__ import annotations

import os
import sys
from typing import Any

__all__ = ["LOCAL_CONFIG", "LOCAL_JAVA_OPTIONS", "local_config", "session"]

# The JVM options of a local session (its JVM is the driver and the executor). There the JVM
# only schedules, finds duplicates by key and writes Parquet; HotSpot's optimising compiler
# (C2) spent more CPU compiling each query's generated code than the JVM spent running it
# (4.5 of 7.7 JVM CPU-s in a 232-document job), on the cores the Python workers need. With
# the quick compiler alone the same job took 3.4 JVM CPU-s, its executor threads no slower.
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1"

# Spark settings of a local session, for work a one-machine job does not use (each applies
# unless the Spark configuration or the caller sets it):
# - the web UI: its server and the status it keeps per task, for nobody watching;
# - adaptive query execution: it re-plans the duplicates' window queries after each shuffle
#   to coalesce partitions, but a local session's shuffles are already few (below);
# - Hadoop's checksummed local file system: without Hadoop's native library, every file and
#   directory it creates is a `chmod` process the JVM spawns, and each Parquet file has a
#   `.crc` sidecar file beside it (one more spawn, and a file nothing reads).
LOCAL_CONFIG: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.sql.adaptive.enabled": "false",
    "spark.hadoop.fs.file.impl": "org.apache.hadoop.fs.RawLocalFileSystem",
}


def local_config(master: str) -> dict[str, str]:
    """``LOCAL_CONFIG`` for a local ``master`` (``local``, ``local[2]``, ``local[*]``), and its
    shuffle partitions: twice its cores rather than Spark's 200, which adaptive execution
    would otherwise have had to coalesce."""
    threads = master.partition("[")[2].split("]")[0].split(",")[0]  # local[N] or local[N, maxFailures]
    cores = int(threads) if threads.isdigit() else (os.cpu_count() or 1) if threads == "*" else 1
    return {**LOCAL_CONFIG, "spark.sql.shuffle.partitions": str(2 * cores)}


def session(master: str | None = None, *, app_name: str = "onrecord", config: dict[str, str] | None = None) -> Any:
    """A SparkSession for the job: the one ``spark-submit`` made, else a new one.

    master (str | None): ``local[2]``, ``yarn``, ``spark://host:7077``; None keeps what
        spark-submit or the Spark configuration says (``local[*]`` when nothing does).
    config (dict | None): more Spark settings (``spark.driver.memory``...). A local master
        gets ``LOCAL_JAVA_OPTIONS`` unless the configuration or ``config`` sets
        ``spark.driver.extraJavaOptions``, and ``local_config`` where neither sets a key.
    RETURNS (SparkSession). Raises ConfigError when PySpark or Java is missing.
    """
    from .. import errors

    try:
        from pyspark import SparkConf
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise errors.ConfigError(errors.E_SPARK_MISSING.format(reason=f"no module {exc.name}")) from None
    conf = SparkConf()
    effective = master or conf.get("spark.master", None) or "local[*]"
    if effective.startswith("local"):
        # Local workers are processes of this machine: they run this interpreter, which has
        # onrecord and its model (Spark would otherwise start `python3` from PATH).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        if not conf.get("spark.driver.extraJavaOptions", None):
            config = {"spark.driver.extraJavaOptions": LOCAL_JAVA_OPTIONS, **(config or {})}
        unset = {key: value for key, value in local_config(effective).items() if conf.get(key, None) is None}
        config = {**unset, **(config or {})}
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except (RuntimeError, OSError) as exc:  # no Java: PySpark's JAVA_GATEWAY_EXITED, or no launcher
        raise errors.ConfigError(errors.E_SPARK_MISSING.format(reason=str(exc).strip().splitlines()[0])) from None
