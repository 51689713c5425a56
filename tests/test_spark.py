"""The Spark job on a real Spark (local[2]) and ``onrecord load``: the job's tables hold exactly
what ``onrecord ingest`` stores for the same input (the AEB WARC and warcio's malformed test
files), and loading them gives the same store on SQLite and PostgreSQL, twice or after an
interruption. One SparkSession and one job run serve the whole module."""

from __future__ import annotations

import importlib.util
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import unavailable
from onrecord import errors
from onrecord.ingest import IngestOptions, ingest
from onrecord.link import unlinked
from onrecord.store import open_store
from onrecord.link.quotes import without_quotes
from onrecord.store.export import article_from_table, parquet_schema, parquet_values, statement_records
from test_ingest import snapshot

pytestmark = [pytest.mark.spark, pytest.mark.slow]


@pytest.fixture(scope="module")
def spark():
    """A local[2] SparkSession with little memory and few shuffle partitions."""
    if importlib.util.find_spec("pyspark") is None:
        unavailable("PySpark is not installed (pip install -e '.[spark]')")
    if shutil.which("java") is None:
        unavailable("no Java runtime on PATH (scripts/install-system-deps installs openjdk-17-jre-headless)")
    from onrecord.spark import session

    try:
        spark = session("local[2]", config={
            "spark.driver.memory": "1g", "spark.sql.shuffle.partitions": "4",
            "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
        })  # fmt: skip
    except errors.ConfigError as exc:  # a Java too old for this Spark
        unavailable(str(exc))
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def inputs(shared) -> list[str]:
    warc = shared / "data" / "warc"
    return [str(warc / "aeb_news_50.warc.gz"), str(warc / "warcio")]


# Three input partitions into two output ones (a range shuffle), and into three (the default
# of a small job: each input partition is written as it is, with no shuffle).
@pytest.fixture(scope="module", params=[2, None], ids=["shuffled", "unshuffled"])
def job(request, spark, inputs, tmp_path_factory):
    """One run of the job: (output folder, JobCounts). Three partitions over the files."""
    from onrecord.spark.job import JobOptions, run_job

    output = tmp_path_factory.mktemp("spark") / "out"
    counts = run_job(spark, inputs, str(output), JobOptions(partitions=3, output_partitions=request.param))
    return output, counts


@pytest.fixture(scope="module")
def ingested(inputs, tmp_path_factory, nlp):
    """What ``ingest`` stores for the same input: (store path, IngestSummary)."""
    path = tmp_path_factory.mktemp("spark-ref") / "ref.db"
    with open_store(f"sqlite:///{path}") as store:
        summary = ingest(inputs, store, IngestOptions(jobs=1))
    return path, summary


def _table(output: Path, name: str) -> list[dict]:
    import pyarrow.dataset as ds

    return ds.dataset(output / name, format="parquet", partitioning="hive").to_table().to_pylist()


# -- the job's tables equal ingest's store ---------------------------------------------------


def test_articles_statements_and_failures_equal_what_ingest_stores(job, ingested):
    output, _ = job
    # The job extracts; linking happens when `onrecord load` stores its output: the job's
    # tables equal ingest's articles without the link stage's decisions.
    with open_store(f"sqlite:///{ingested[0]}") as store:
        articles = sorted((unlinked(a).model_dump(mode="json") for a in store.iter_articles()), key=lambda a: a["id"])
        schema = parquet_schema()
        statements = sorted((parquet_values(r, schema) for r in statement_records(map(unlinked, store.iter_articles()))),
                            key=lambda r: (r["article_id"], r["position"]))
        failures = sorted((f.source, f.stage, f.reason, f.skipped) for f in store.failures())
    assert len(articles) > 40 and len(statements) > 500 and len(failures) > 20

    job_articles = sorted((article_from_table(r).model_dump(mode="json") for r in _table(output, "articles")), key=lambda a: a["id"])
    job_statements = sorted(({k: v for k, v in r.items() if k != "month"} for r in _table(output, "statements")), key=lambda r: (r["article_id"], r["position"]))
    job_failures = sorted((r["source"], r["stage"], r["reason"], r["skipped"]) for r in _table(output, "failures"))
    assert job_articles == articles
    assert job_statements == statements  # the rows of `onrecord export --format parquet`
    assert job_failures == failures


def test_the_accumulators_count_what_ingest_counts(request, job, ingested):
    _, counts = job
    summary = ingested[1]
    assert (counts.documents, counts.added, counts.duplicates, counts.statements, counts.failures, counts.skipped) == (
        summary.documents, summary.added, summary.duplicates, summary.statements, summary.failures, summary.skipped)
    assert counts.duplicates > 0  # warcio's copies of one page in several formats
    assert counts.files == 18
    # one pipeline per Python worker, reused across the three partitions (the second job of
    # the session, "unshuffled", finds its workers' pipelines loaded by the first)
    assert (1 if request.node.callspec.params["job"] == 2 else 0) <= counts.pipelines <= 2


def test_articles_and_statements_are_partitioned_by_publication_month(job):
    output, _ = job
    for row in _table(output, "articles"):
        assert row["month"] == (row["published"].isoformat()[:7] if row["published"] else None)
    months = {r["id"]: r["month"] for r in _table(output, "articles")}
    for row in _table(output, "statements"):
        assert row["month"] == months[row["article_id"]]
    assert (output / "articles" / "month=__HIVE_DEFAULT_PARTITION__").is_dir()  # undated articles


def test_each_months_files_hold_their_articles_in_input_order(job):
    import pyarrow.parquet as pq

    output, _ = job
    for month in sorted((output / "articles").glob("month=*")):
        orders = [o for f in sorted(month.glob("*.parquet")) for o in pq.read_table(f, columns=["input_order"]).column(0).to_pylist()]
        assert orders == sorted(orders) and len(set(orders)) == len(orders), month.name


def test_an_existing_output_is_refused_before_any_work(spark, job, inputs):
    from onrecord.spark.job import run_job

    output, _ = job
    with pytest.raises(errors.InputError, match="exists already"):
        run_job(spark, inputs, str(output))


def test_a_local_session_runs_its_jvm_with_the_quick_compiler_alone(spark):
    # the JVM of local[N] only schedules and writes: C2's recompiling costs the Python workers' cores
    from onrecord.spark import LOCAL_JAVA_OPTIONS

    arguments = list(spark.sparkContext._jvm.java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
    assert LOCAL_JAVA_OPTIONS == "-XX:TieredStopAtLevel=1" and LOCAL_JAVA_OPTIONS in arguments


def test_a_local_session_leaves_out_adaptive_replanning_and_checksum_files(spark, job):
    # each .crc sidecar was one more `chmod` process spawned by the JVM (no native Hadoop);
    # (the fixture turns the UI off itself, so LOCAL_CONFIG's UI setting is not checked here)
    from onrecord.spark import LOCAL_CONFIG

    assert spark.conf.get("spark.sql.adaptive.enabled") == "false"
    hadoop = spark.sparkContext._jsc.hadoopConfiguration()
    assert hadoop.get("fs.file.impl") == LOCAL_CONFIG["spark.hadoop.fs.file.impl"] == "org.apache.hadoop.fs.RawLocalFileSystem"
    output, _ = job
    assert list(output.rglob("*.parquet")) and not list(output.rglob("*.crc"))


@pytest.mark.parametrize("master, partitions", [("local", "2"), ("local[1]", "2"), ("local[3]", "6"), ("local[4,2]", "8")])
def test_a_local_master_shuffles_into_twice_its_cores(master, partitions):
    from onrecord.spark import local_config

    assert local_config(master)["spark.sql.shuffle.partitions"] == partitions


def test_a_glob_that_matches_nothing_is_refused(spark, tmp_path):
    from onrecord.spark.job import run_job

    with pytest.raises(errors.InputError, match="matches no file"):
        run_job(spark, [str(tmp_path / "*.warc.gz")], str(tmp_path / "out"))


# -- duplicates, decided as ingest decides them ------------------------------------------------


def _sequential_first_copies(keys: list[tuple[int, str, str | None]]) -> list[int]:
    """ingest's rule, one document after the other."""
    ids, urls, kept = set(), set(), []
    for order, id_, url in sorted(keys):
        if id_ in ids or (url is not None and url in urls):
            continue
        kept.append(order)
        ids.add(id_)
        if url is not None:
            urls.add(url)
    return kept


def _spark_first_copies(spark, keys):
    from onrecord.spark.dedup import first_copies

    frame = spark.createDataFrame(keys, "input_order long, id string, url string")
    return sorted(r[0] for r in first_copies(frame).collect())


# Each case: (order, text id, URL) of documents in one input.
DUPLICATE_CASES = {
    "a text seen again under its URL, and again under another: only the first": [(0, "t1", "u1"), (1, "t1", "u1"), (2, "t1", "u2")],
    "B shares A's URL and is dropped, so C (B's text under a new URL) is stored": [(0, "t1", "u1"), (1, "t2", "u1"), (2, "t2", "u3")],
    "documents without a URL are duplicates by text only": [(0, "t1", None), (1, "t2", None), (2, "t1", None), (3, "t3", "u1")],
}


def test_duplicates_are_dropped_as_ingest_drops_them(spark):
    rng = random.Random(14)
    chains = [(n, f"t{rng.randrange(25)}", rng.choice([None, *(f"u{k}" for k in range(25))])) for n in range(150)]
    rng.shuffle(chains)
    cases = [*DUPLICATE_CASES.values(), chains]
    # every case in one Spark run: each its own ids, URLs and stretch of input order
    keys = [(1000 * n + order, f"{n}:{id_}", url and f"{n}:{url}") for n, case in enumerate(cases) for order, id_, url in case]
    kept = _spark_first_copies(spark, keys)
    for n, (name, case) in enumerate(zip([*DUPLICATE_CASES, "random chains"], cases)):
        assert [k - 1000 * n for k in kept if k // 1000 == n] == _sequential_first_copies(case), name


# -- onrecord load -----------------------------------------------------------------------------


def test_load_gives_the_store_ingest_gives_and_a_second_load_stores_nothing(job, ingested, store_url):
    from onrecord.load import load

    output, counts = job
    with open_store(f"sqlite:///{ingested[0]}") as store:
        expected = snapshot(store)
    with open_store(store_url) as store:
        first = load(str(output), store, batch_size=10)
        assert (first.added, first.statements, first.failures, first.skipped) == (counts.added, counts.statements, counts.failures, counts.skipped)
        assert snapshot(store) == expected
        again = load(str(output), store, batch_size=10)
        assert (again.added, again.statements, again.duplicates) == (0, 0, counts.added)
        assert snapshot(store) == expected
        assert [run.status for run in store.runs()] == ["completed", "completed"]


def test_load_interrupted_mid_way_is_completed_by_the_next_one(job, ingested, tmp_path):
    from onrecord.load import load

    output, counts = job
    url = f"sqlite:///{tmp_path / 'store.db'}"

    def stop_after_two(summary):
        if summary.documents >= 20:
            raise KeyboardInterrupt

    with open_store(url) as store, pytest.raises(KeyboardInterrupt):
        load(str(output), store, batch_size=10, progress=stop_after_two)
    with open_store(url) as store:
        assert 0 < store.stats().articles < counts.added  # whole batches only
        assert store.runs()[0].status == "interrupted"  # Ctrl-C
        rest = load(str(output), store, batch_size=10)
        assert rest.added == counts.added - rest.duplicates and rest.duplicates == 20
        with open_store(f"sqlite:///{ingested[0]}") as reference:
            assert snapshot(store) == snapshot(reference)


def test_load_refuses_what_is_not_a_finished_job_output(job, tmp_path):
    from onrecord.load import load

    output, _ = job
    with open_store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        with pytest.raises(errors.InputError, match="not the output of the Spark job"):
            load(str(tmp_path), store)
        partial = tmp_path / "partial"
        shutil.copytree(output, partial)
        (partial / "failures" / "_SUCCESS").unlink()
        with pytest.raises(errors.InputError, match="did not finish"):
            load(str(partial), store)
        assert store.stats().articles == 0 and store.runs() == []


def test_load_command_prints_a_summary_and_errors_in_one_line(job, tmp_path):
    from typer.testing import CliRunner

    from onrecord.cli import app

    output, counts = job
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert "Example" in CliRunner().invoke(app, ["load", "--help"]).stdout
    done = CliRunner().invoke(app, ["load", str(output), "--db", db])
    assert done.exit_code == 0, done.output
    assert f"{counts.added:,} articles added with {counts.statements:,} statements" in done.stdout
    bad = subprocess.run([sys.executable, "-m", "onrecord", "load", str(tmp_path / "nothing"), "--db", db],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "not the output of the Spark job" in bad.stderr
