"""Ingest end to end: ``../shared/data/warc/aeb_news_50.warc.gz`` into a fresh SQLite store,
and the share of the wall time spent in storage.

    .venv/bin/python benchmarks/ingest_bench.py [--warc PATH] [--jobs 1] [--rounds 3] [--write]

Target (docs/performance.md): storage under 10% of the wall time; the time should be the
NLP's. Storage time is what ``onrecord.ingest`` measures around every store call (the
look-up of known documents before the NLP, and each batch's transaction). Each round
ingests into a new database, then runs the same ingest again (which must add nothing)
and times that too. Reading and cleaning alone are timed in a separate pass so the
rest can be attributed to the NLP. Rounds alternate and the median is reported, because
the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from _report import ROOT, SHARED, machine, replace_section, today

sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warc", type=Path, default=SHARED / "data" / "warc" / "aeb_news_50.warc.gz")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the figures into docs/performance.md")
    args = parser.parse_args()
    if not args.warc.exists():
        sys.exit(f"{args.warc}: not found (the corpora live in ../shared)")

    from onrecord.attribute import load_pipeline
    from onrecord.clean import clean_batch
    from onrecord.ingest import IngestOptions, ingest
    from onrecord.read import read_documents
    from onrecord.store import open_store

    t0 = time.perf_counter()
    load_pipeline()
    model_seconds = time.perf_counter() - t0

    rounds = []
    for r in range(args.rounds):
        t0 = time.perf_counter()
        n_clean = sum(1 for _ in clean_batch(read_documents([str(args.warc)])))
        clean_seconds = time.perf_counter() - t0
        with tempfile.TemporaryDirectory(prefix="onrecord-ingest-bench.") as tmp:
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            t0 = time.perf_counter()
            with open_store(url) as store:
                first = ingest([str(args.warc)], store, IngestOptions(jobs=args.jobs))
            wall = time.perf_counter() - t0
            t0 = time.perf_counter()
            with open_store(url) as store:
                second = ingest([str(args.warc)], store, IngestOptions(jobs=args.jobs))
                skips = Counter(f.stage for f in store.failures(skipped=True))
            again = time.perf_counter() - t0
        assert second.added == 0, "the second run added articles"
        rounds.append({"wall": wall, "store": first.store_seconds, "clean": clean_seconds, "again": again,
                       "again_store": second.store_seconds, "summary": first, "documents": n_clean, "skips": skips})
        print(f"round {r + 1}: {wall:.1f} s, storage {first.store_seconds:.2f} s ({first.store_seconds / wall:.1%}), "
              f"read+clean {clean_seconds:.1f} s, second run {again:.1f} s", file=sys.stderr)

    med = lambda key: statistics.median(x[key] for x in rounds)
    s = rounds[0]["summary"]
    wall, store_s, clean_s = med("wall"), med("store"), med("clean")
    nlp_s = wall - store_s - clean_s
    share = statistics.median(x["store"] / x["wall"] for x in rounds)
    command = "python benchmarks/ingest_bench.py" + (f" --jobs {args.jobs}" if args.jobs != 1 else "") + (f" --rounds {args.rounds}" if args.rounds != 3 else "")
    body = "\n".join([
        (f"`{command} --write`, {today()}, on {machine()} (`nproc` = {os.cpu_count()}; the machine is shared). "
        f"Median of {args.rounds} rounds, each into a new SQLite database, `--jobs {args.jobs}`, batches of 16."),
        "",
        f"`onrecord ingest {args.warc.name}`: {s.documents} documents ({s.added} articles with {s.statements:,} statements, "
        f"{s.duplicates} duplicates, {s.failures} failures, {s.skipped} skipped: "
        + ", ".join(f"{n} at stage {stage}" for stage, n in sorted(rounds[0]["skips"].items()))
        + "; `onrecord failures` names each).",
        "",
        "| | seconds | share of wall time |",
        "|---|---:|---:|",
        f"| whole ingest (wall, model already loaded) | {wall:.1f} | 100% |",
        f"| storage: look-ups before the NLP and batch transactions | {store_s:.2f} | **{share:.1%}** (target < 10% {'✔' if share < 0.10 else '✘'}) |",
        f"| reading and cleaning (trafilatura, htmldate, language; timed alone) | {clean_s:.1f} | {clean_s / wall:.0%} |",
        f"| NLP (the rest: spaCy parse and attribution) | {nlp_s:.1f} | {nlp_s / wall:.0%} |",
        "",
        (f"{s.documents / wall:.1f} documents/s and {s.statements / wall:.0f} statements/s end to end; loading the model "
        f"once costs {model_seconds:.1f} s more per process. The same command again adds nothing and takes "
        f"{med('again'):.1f} s: known documents are recognised after cleaning and before the NLP."),
    ])
    print(body)
    if args.write:
        replace_section(ROOT / "docs" / "performance.md", "Ingest end to end", body)


if __name__ == "__main__":
    main()
