"""``python -m onrecord.spark`` and ``spark-submit .../onrecord/spark/__main__.py``: the
Spark job's command line. Absolute imports, so spark-submit can run this file directly."""

from __future__ import annotations

import argparse
import sys

from onrecord import errors

EXAMPLES = """examples:
  python -m onrecord.spark --input ../shared/data/warc/aeb_news_50.warc.gz --output out/ --master 'local[2]'
  python -m onrecord.spark --input 'crawl/**/*.warc.gz' 'exports/*.jsonl' --output out/ --partitions 64
  spark-submit --master yarn "$(python -c 'import onrecord.spark.__main__ as m; print(m.__file__)')" \\
      --input-list s3://commoncrawl/crawl-data/CC-NEWS/2024/01/warc.paths.gz --input-base-url s3://commoncrawl/ \\
      --output s3a://my-bucket/onrecord/2024-01/
then: onrecord load out/ --db sqlite:///news.db   (docs/scale.md has the cluster set-up)
"""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m onrecord.spark",
        description="Read, clean and attribute documents on Spark, as onrecord ingest does; write Parquet tables "
                    "of articles and statements (partitioned by publication month) and of failures.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("--input", nargs="+", default=[], metavar="PATH_OR_GLOB",
                   help="files, directories, globs or s3://, gs://, hdfs://, http(s):// URIs: WARC/ARC, JSONL, HTML, text, gzip of any")
    p.add_argument("--input-list", metavar="FILE", help="a file (local or remote, gzip too) naming one input per line, like CC-NEWS's warc.paths.gz")
    p.add_argument("--input-base-url", metavar="URL", help="put before each relative line of --input-list (s3://commoncrawl/)")
    p.add_argument("--output", required=True, metavar="DIR", help="folder or URI that gets articles/, statements/ and failures/")
    p.add_argument("--partitions", type=int, metavar="N", help="input partitions (tasks); default one per file, at most 4 per core")
    p.add_argument("--output-partitions", type=int, metavar="N", help="Parquet files per table and month; default min(partitions, 10)")
    p.add_argument("--overwrite", action="store_true", help="replace the output if it exists")
    p.add_argument("--master", help="Spark master (local[2], yarn, spark://host:7077); default: spark-submit's, else local[*]")
    p.add_argument("--local-temp-dir", metavar="DIR", help="where executors buffer remote files (default: the system's temp dir)")
    p.add_argument("--engine", choices=("full", "selective"),
                   help="the attribution engine on every executor (ONRECORD_ENGINE; default full, docs/engine.md)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return _run(args)
    except errors.OnrecordError as exc:
        print(f"onrecord.spark: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("onrecord.spark: interrupted", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    from onrecord.spark import session
    from onrecord.spark.inputs import read_input_list
    from onrecord.spark.job import JobOptions, run_job

    inputs = list(args.input)
    if args.input_list:
        inputs += read_input_list(args.input_list, base_url=args.input_base_url)
    if not inputs:
        raise errors.ConfigError(errors.E_SPARK_NO_INPUT)
    options = JobOptions(partitions=args.partitions, output_partitions=args.output_partitions,
                         overwrite=args.overwrite, temp_dir=args.local_temp_dir)
    config = {}
    if args.engine:
        import os

        os.environ["ONRECORD_ENGINE"] = args.engine  # local workers inherit it; executors get it from Spark
        config["spark.executorEnv.ONRECORD_ENGINE"] = args.engine
    spark = session(args.master, config=config)
    try:
        counts = run_job(spark, inputs, args.output, options)
    except errors.OnrecordError:
        raise
    except Exception as exc:  # noqa: BLE001 - a Py4J/Spark error: one line here, the JVM's log has the trace
        raise errors.OnrecordError(errors.E_SPARK_FAILED.format(reason=f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}")) from None
    finally:
        spark.stop()
    print(counts.summary())
    print(f"Tables: {args.output.rstrip('/')}/{{articles,statements,failures}}; load them with: onrecord load {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
