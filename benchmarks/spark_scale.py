"""The Spark job's throughput in local[1] and local[2] on the same input, its scaling ratio,
and what a crawl costs in core-hours (reading and cleaning included).

    .venv/bin/python benchmarks/spark_scale.py [--bbc-files 7] [--articles-per-file 40] [--rounds 1] [--write]

Input: ``../shared/data/warc/aeb_news_50.warc.gz`` plus ``--bbc-files`` WARC files written
here with warcio from BBC News texts (each article as an HTML page with its title and a
publication date), so that the tasks are of similar size: one file per partition. Issue 14
counts core-hours per million *600-word* articles and every article costs a fixed part
(WARC record, trafilatura, htmldate, language id, Doc, entity table, rows), so the BBC
articles are by default (``--input near-600``) those whose body (the text after the title
line) has 470-900 words, each text once (the corpus repeats some stories word for word,
and a duplicate's time would count without its words), in the corpus's sorted order: 478
of the 2,225, 597 body words on average (the band around 600 whose mean is nearest 600
and that holds 7 files of 60); the timed ones, the band's first, average less (579 for
7 x 40), and the report prints the timed input's own mean (``--bbc-files`` x
``--articles-per-file`` is at most 478).
The first BBC articles average 333 words, and with the AEB file the earlier input was 343
an article, which charged each article's fixed part 1.75 times per 600 words. ``--input
first`` is that earlier input: the first BBC articles in sorted order, whatever their
length. The warm-up pages are the last BBC articles that are not timed. Each
master gets a fresh SparkSession; a warm-up job first loads the spaCy pipeline in every
Python worker (a crawl pays that once per worker, not per file), then the timed job runs.
Its wall time covers everything the job does: reading, cleaning, attribution, duplicates,
Parquet. The baseline is ``ingest.analyse`` (read, clean, attribute, no store) on the same
files in this process, one core, measured in the same run: local[1] / baseline is Spark's
overhead. Words are whitespace-separated words of the stored article texts, as in
``engine_speed.py``. Target (issue 14): local[2] >= 1.7 x local[1]; <= 15 core-hours per
million 600-word articles. local[1] also runs the first half of the files after the whole
input, in the same session: the two sizes split its time into a fixed cost per run and a
marginal cost per word, reported beside (never instead of) the whole-run figure. Every run
also counts the CPU seconds of all the processes it used (``tree_cpu``: driver, JVM, Python
workers), the JVM's apart: on a shared machine the wall times vary with the load, the CPU
seconds far less, and they split Spark's overhead into the JVM's work and the Python pass's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from _report import ROOT, SHARED, machine, replace_section, today

sys.path.insert(0, str(ROOT / "src"))

HEADING = "Spark job: throughput, scaling and core-hours per million articles"


def bbc_articles(bbc: Path) -> list[tuple[str, str, str]]:
    """(category, name, text) of every BBC article, in a fixed order."""
    return [(folder.name, path.stem, path.read_text(encoding="utf-8", errors="replace"))
            for folder in sorted(p for p in bbc.iterdir() if p.is_dir()) for path in sorted(folder.glob("*.txt"))]


def write_bbc_warc(path: Path, articles: list[tuple[str, str, str]], first: int) -> None:
    """One gzipped WARC of HTTP responses, an HTML page per article."""
    from html import escape

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n, (category, name, text) in enumerate(articles, start=first):
            title, _, body = text.strip().partition("\n")
            published = dt.date(2005, 1, 1) + dt.timedelta(days=n % 180)
            paragraphs = "".join(f"<p>{escape(p.strip())}</p>" for p in body.split("\n") if p.strip())
            page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)} - BBC News</title>'
                    f'<meta property="article:published_time" content="{published.isoformat()}"></head>'
                    f"<body><article><h1>{escape(title)}</h1>{paragraphs}</article></body></html>").encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://www.bbc.co.uk/news/{category}-{name}", "response",
                                               payload=io.BytesIO(page), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": f"{published.isoformat()}T12:00:00Z"})
            writer.write_record(record)


INPUTS = {"near-600": "the BBC articles of 470-900 words, each text once, in the corpus's sorted order",
          "first": "the first BBC articles in the corpus's sorted order, whatever their length"}
NEAR_600 = (470, 900)  # body words: the band around 600 whose 478 articles average 597 (the article)


def body_words(text: str) -> int:
    """Whitespace-separated words after the title line: what the page's article body holds."""
    return len(text.strip().partition("\n")[2].split())


def timed_articles(articles: list[tuple[str, str, str]], kind: str, needed: int) -> tuple[list, list]:
    """(the timed articles in corpus order, the others). ``near-600``: those of 470-900 body
    words, a text repeated in the corpus only the first time; ``first``: the first ``needed``."""
    if kind == "first":
        return articles[:needed], articles[needed:]
    low, high = NEAR_600
    chosen, texts = [], set()
    for article in articles:
        text = " ".join(article[2].split())
        if low <= body_words(article[2]) <= high and text not in texts:
            chosen.append(article)
            texts.add(text)
    if len(chosen) < needed:
        sys.exit(f"only {len(chosen)} BBC articles of {low}-{high} words; ask for at most that many "
                 "(--bbc-files x --articles-per-file), or --input first")
    timed = chosen[:needed]
    taken = {" ".join(a[2].split()) for a in timed}  # no warm-up page repeats a timed text: its caches would favour it
    return timed, [a for a in articles if " ".join(a[2].split()) not in taken]


def build_input(folder: Path, bbc_files: int, per_file: int, kind: str = "near-600",
                warmup_articles: int = 40) -> tuple[list[str], list[str], list]:
    """(timed input files, warm-up files, the timed BBC articles). The warm-up files (one
    per core, other BBC articles than the timed ones) load the pipeline in every Python
    worker and fill its caches, as the first files of a crawl do: the timed job then runs
    at the rate a worker keeps over a long crawl."""
    articles = bbc_articles(SHARED / "data" / "bbc")
    timed, others = timed_articles(articles, kind, bbc_files * per_file)
    if len(others) < 2 * warmup_articles:
        sys.exit(f"only {len(others)} BBC articles left untimed for the {2 * warmup_articles} warm-up pages; "
                 "ask for fewer timed ones")
    files = [str(SHARED / "data" / "warc" / "aeb_news_50.warc.gz")]
    for k in range(bbc_files):
        path = folder / f"bbc-{k:02d}.warc.gz"
        write_bbc_warc(path, timed[k * per_file:(k + 1) * per_file], k * per_file)
        files.append(str(path))
    warmup = []
    for k in range(2):
        path = folder / f"warmup-{k}.warc.gz"
        first = len(others) - (k + 1) * warmup_articles  # from the end of the untimed ones
        write_bbc_warc(path, others[first:first + warmup_articles], 10_000 + k * warmup_articles)
        warmup.append(str(path))
    return files, warmup, timed


def words_of(output: Path) -> int:
    import pyarrow.dataset as ds

    texts = ds.dataset(output / "articles", format="parquet", partitioning="hive").to_table(columns=["text"]).column(0)
    return sum(len(t.split()) for t in texts.to_pylist())


def tree_cpu() -> tuple[float, float]:
    """CPU seconds used so far by this process and every process under it (the JVM, its
    Python workers; children that ended count through their parent's reaped-children
    time), and the JVM's share of them: what a job costs in cores however loaded the
    machine is, which wall times on a shared machine do not say. (0.0, 0.0) without /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, int] = {}
    java: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().split(b"\0", 1)[0]
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        times[pid] = sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
        if os.path.basename(command) == b"java":  # spark-class runs plain `java` without JAVA_HOME
            java.add(pid)
    tree, frontier = set(), {os.getpid()}
    while frontier:
        tree |= frontier
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - tree
    return sum(times.get(pid, 0) for pid in tree) / ticks, sum(times.get(pid, 0) for pid in tree & java) / ticks


def _cpu_since(before: tuple[float, float]) -> tuple[float, float]:
    now = tree_cpu()
    return now[0] - before[0], now[1] - before[1]


# The JVM's threads by what they do, from their names in /proc (HotSpot's and Spark's): a
# task's rows (unpickling the Python rows, the cache, the shuffles, Parquet); the Py4J
# threads that run the driver's calls (query planning, job submission, the commits); the
# JIT compiler; the garbage collector and the VM's own threads; the scheduler and the rest.
JVM_THREADS = (("tasks", ("Executor task",)), ("driver calls", ("Thread-",)), ("JIT", ("C1 Compiler", "C2 Compiler")),
               ("GC and VM", ("GC Thread", "G1 ", "VM Thread", "VM Periodic")))


def process_cpu() -> dict[str, float]:
    """CPU seconds so far of this process (the driver), of the Python workers under it and of
    the JVM's threads by ``JVM_THREADS`` (``scheduling and ended threads``: the rest, with
    the CPU of threads that ended, whose names are gone: a task thread idle for a minute):
    the split of Spark's cost that ``tree_cpu``'s totals do not give."""
    ticks = os.sysconf("SC_CLK_TCK")

    def seconds(stat: str) -> float:
        return sum(int(v) for v in stat.rsplit(")", 1)[1].split()[11:13]) / ticks  # utime, stime

    split = {"driver": 0.0, "Python workers": 0.0, **{kind: 0.0 for kind, _ in JVM_THREADS}, "scheduling and ended threads": 0.0}
    try:
        split["driver"] = seconds(Path(f"/proc/{os.getpid()}/stat").read_text())
    except OSError:
        return split
    total, java = tree_cpu()
    split["Python workers"] = total - java - split["driver"]
    for entry in Path("/proc").iterdir():
        try:
            if not entry.name.isdigit() or os.path.basename((entry / "cmdline").read_bytes().split(b"\0", 1)[0]) != b"java":
                continue
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) != os.getpid():
                continue
            threads = [(t / "stat").read_text() for t in (entry / "task").iterdir()]
        except OSError:
            continue
        for stat in threads:
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            kind = next((k for k, prefixes in JVM_THREADS if name.startswith(prefixes)), None)
            if kind:
                split[kind] += seconds(stat)
    split["scheduling and ended threads"] = java - sum(split[kind] for kind, _ in JVM_THREADS)
    return split


def _split_text(split: dict[str, float]) -> str:
    return ", ".join(f"{kind} {value:.1f}" for kind, value in split.items())


def _split_since(before: dict[str, float]) -> dict[str, float]:
    return {kind: value - before[kind] for kind, value in process_cpu().items()}


def run_master(master: str, cores: int, files: list[str], warmup: list[str], tmp: Path, half: bool = False) -> dict:
    from onrecord.spark import session
    from onrecord.spark.job import JobOptions, run_job

    spark = session(master, config={
        "spark.driver.memory": "1g", "spark.sql.shuffle.partitions": str(2 * cores),
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
    })  # fmt: skip
    spark.sparkContext.setLogLevel("ERROR")
    try:
        run_job(spark, warmup, str(tmp / f"warmup-{cores}"), JobOptions(partitions=cores, overwrite=True))
        output = tmp / f"out-{cores}"
        cpu, split = tree_cpu(), process_cpu()
        counts = run_job(spark, files, str(output), JobOptions(partitions=len(files), overwrite=True))
        cpu, jvm = _cpu_since(cpu)
        split = _split_since(split)
        smaller = None
        if half:  # then the first half of the files, in the same session: a second size for the fit
            part = files[: max(1, len(files) // 2)]
            out = tmp / f"half-{cores}"
            c = run_job(spark, part, str(out), JobOptions(partitions=len(part), overwrite=True))
            smaller = {"seconds": c.seconds, "words": words_of(out), "articles": c.added, "files": len(part)}
    finally:
        spark.stop()
    return {"counts": counts, "seconds": counts.seconds, "cpu": cpu, "jvm": jvm, "split": split, "words": words_of(output), "half": smaller}


def fixed_and_marginal(runs: list[dict]) -> tuple[float, float] | None:
    """(fixed seconds per run, marginal seconds per word) of local[1], fitted as
    time = fixed + per_word x words through its half-input and whole-input runs (median of
    the rounds); None when the larger run was not slower, or the fit gives a negative fixed
    cost (a load spike in one of the two timings)."""
    t_half = statistics.median(r["half"]["seconds"] for r in runs)
    w_half = statistics.median(r["half"]["words"] for r in runs)
    t_all, w_all = statistics.median(r["seconds"] for r in runs), statistics.median(r["words"] for r in runs)
    if w_all <= w_half or t_all <= t_half:
        return None
    per_word = (t_all - t_half) / (w_all - w_half)
    fixed = t_all - per_word * w_all
    return (fixed, per_word) if fixed >= 0 else None


def run_baseline(files: list[str], warmup: list[str]) -> dict:
    from onrecord.attribute import load_pipeline
    from onrecord.clean import clean_batch
    from onrecord.ingest import analyse
    from onrecord.read import read_documents
    from onrecord.schema import Article

    load_pipeline()
    list(analyse(read_documents(warmup)))  # the same warm-up as the Spark workers get
    t0, cpu = time.perf_counter(), tree_cpu()
    results = list(analyse(read_documents(files)))
    seconds, cpu = time.perf_counter() - t0, _cpu_since(cpu)[0]
    articles = [r for r in results if isinstance(r, Article)]
    t0 = time.perf_counter()
    list(clean_batch(read_documents(files)))  # reading and cleaning alone: their share of the work
    reading = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a in articles)
    return {"seconds": seconds, "cpu": cpu, "documents": len(results), "articles": len(articles), "reading": reading,
            "words": words}


def article_word_fit(tmp: Path, args: argparse.Namespace, files: list[str], warmup: list[str]) -> str:
    """CPU = per-article x articles + per-word x words, solved through the baseline's CPU on
    this input and on the other ``--input`` (the same number of files; articles of another
    length), measured here in alternation: what a 600-word article costs whatever the
    input's mix of lengths. Two timings on a shared machine: as noisy as their difference."""
    other_kind = "first" if args.input == "near-600" else "near-600"
    other_folder = tmp / "other"
    other_folder.mkdir()
    other, _, _ = build_input(other_folder, args.bbc_files, args.articles_per_file, other_kind)
    points = []
    for input_files in (files, other, files, other):
        result = run_baseline(input_files, warmup)
        points.append((result["articles"], result["words"], result["cpu"]))
    (n1, w1, _), (n2, w2, _) = points[0], points[1]
    c1 = statistics.mean((points[0][2], points[2][2]))
    c2 = statistics.mean((points[1][2], points[3][2]))
    det = n1 * w2 - n2 * w1
    if not det:
        return "- Per-article + per-word fit: the two inputs have the same shape; no fit."
    per_article = (c1 * w2 - c2 * w1) / det
    per_word = (n1 * c2 - n2 * c1) / det
    per_600 = per_article + 600 * per_word
    return (f"- **Per-article + per-word fit** (`--fit`; the baseline's CPU seconds on this input, {n1} articles and "
            f"{w1:,} words, {c1:.1f} s, and on the `--input {other_kind}` one, {n2} articles and {w2:,} words, "
            f"{c2:.1f} s, each the mean of two runs in alternation): {per_article * 1000:.1f} ms per article + "
            f"{per_word * 1e6:.1f} µs per word, so a 600-word article costs {per_600 * 1000:.1f} ms, "
            f"**{per_600 * 1e6 / 3600:.1f} core-hours per million 600-word articles** without Spark.")


def engine_name() -> str:
    from onrecord.settings import current

    return current().engine


def load_average() -> str:
    try:
        return " / ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def loaded_sentence(before: str, after: str) -> str:
    """Whether other work shared the cores, judged by the 1-minute load average before the run.

    The load after the run is mostly the benchmark's own (local[2] keeps both cores busy), so
    only the load before it tells whether local[2] had to compete for its second core."""
    loads = f"(load average {before} before, {after} after, on {os.cpu_count()} cores)"
    try:
        busy = float(before.split(" / ")[0]) >= 0.5
    except ValueError:
        busy = True
    if busy:
        return (f"**The machine was shared with other work while this ran** {loads}, so local[2] competed for its "
                "second core: the scaling ratio below is a lower bound until it is rerun on a quiet machine. ")
    return f"The machine was otherwise idle when the run began {loads}. "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bbc-files", type=int, default=7, help="synthetic WARC files of BBC articles beside the AEB one")
    parser.add_argument("--articles-per-file", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=1, help="runs of each master (median reported)")
    parser.add_argument("--month-articles", type=float, default=3.0,
                        help="millions of English articles in the CC-NEWS month the projection assumes (an assumption, not a count)")
    parser.add_argument("--month-jobs", type=int, default=1,
                        help="Spark jobs the projection runs the month in: each pays the fixed cost once")
    parser.add_argument("--input", choices=sorted(INPUTS), default="near-600",
                        help="which BBC articles are timed: near-600 (470-900 words, 597 on average: the issue's article) or first (the earlier input)")
    parser.add_argument("--fit", action="store_true",
                        help="also time the baseline on the other --input and fit CPU = per-article x articles + per-word x words")
    parser.add_argument("--write", action="store_true", help="write the figures into docs/performance.md")
    args = parser.parse_args()
    load_before = load_average()

    with tempfile.TemporaryDirectory(prefix="onrecord-spark-scale.") as name:
        tmp = Path(name)
        files, warmup, timed = build_input(tmp, args.bbc_files, args.articles_per_file, args.input)
        rounds: dict[int, list[dict]] = {1: [], 2: []}
        baselines = []
        for r in range(args.rounds):
            for cores in (1, 2):
                result = run_master(f"local[{cores}]", cores, files, warmup, tmp, half=cores == 1)
                rounds[cores].append(result)
                print(f"round {r + 1} local[{cores}]: {result['seconds']:.1f} s ({result['cpu']:.1f} CPU s, {result['jvm']:.1f} of them the JVM's), {result['words']:,} words, "
                      f"{result['counts'].added} articles; {result['counts'].summary()}; CPU split: {_split_text(result['split'])}", file=sys.stderr)
            baselines.append(run_baseline(files, warmup))
            print(f"round {r + 1} baseline (ingest.analyse, one process): {baselines[-1]['seconds']:.1f} s "
                  f"({baselines[-1]['cpu']:.1f} CPU s)", file=sys.stderr)
        fit_line = article_word_fit(tmp, args, files, warmup) if args.fit else None
    load_after = load_average()

    one, two = rounds[1][0], rounds[2][0]
    c1, c2 = one["counts"], two["counts"]
    assert (c1.added, c1.statements, c1.failures, c1.skipped) == (c2.added, c2.statements, c2.failures, c2.skipped), "local[1] and local[2] disagree"
    words = one["words"]
    t1 = statistics.median(x["seconds"] for x in rounds[1])
    t2 = statistics.median(x["seconds"] for x in rounds[2])
    tb = statistics.median(x["seconds"] for x in baselines)
    reading = statistics.median(x["reading"] for x in baselines)
    cpu1, cpu2 = (statistics.median(x["cpu"] for x in rounds[c]) for c in (1, 2))
    jvm1 = statistics.median(x["jvm"] for x in rounds[1])
    split1 = {kind: statistics.median(x["split"][kind] for x in rounds[1]) for kind in rounds[1][0]["split"]}
    cpub = statistics.median(x["cpu"] for x in baselines)
    wps1, wps2, wpsb = words / t1, words / t2, words / tb
    ratio = wps2 / wps1
    # core-hours per million 600-word articles: cores x seconds per word x 600 x 1e6 / 3600
    core_hours = lambda wps, cores: cores * 600 * 1e6 / wps / 3600  # noqa: E731
    ch1, ch2, chb = core_hours(wps1, 1), core_hours(wps2, 2), core_hours(wpsb, 1)
    engine = engine_name()
    fit = fixed_and_marginal(rounds[1])
    half = rounds[1][0]["half"]
    command = ("ONRECORD_ENGINE=selective " if engine == "selective" else "") + "python benchmarks/spark_scale.py" + "".join(
        f" --{flag} {value}" for flag, value, default in (
            ("bbc-files", args.bbc_files, 7), ("articles-per-file", args.articles_per_file, 40), ("rounds", args.rounds, 1),
            ("input", args.input, "near-600"))
        if value != default)  # fmt: skip
    body = "\n".join([
        (f"`{command} --write`, {today()}, on {machine()}. " + loaded_sentence(load_before, load_after) +
         f"Engine: {'the default (full)' if engine == 'full' else 'the selective one'} with the fast paths of "
         "`attribute/fast_paths.py` (`ONRECORD_ENGINE` picks it, for the job's workers as for the baseline)."),
        "",
        (f"Input: {len(files)} WARC files, one task each: `aeb_news_50.warc.gz` and {args.bbc_files} files of "
         f"{args.articles_per_file} BBC News pages written with warcio ({INPUTS[args.input]}, "
         f"{statistics.mean(body_words(a[2]) for a in timed):.0f} body words on average"
         + (", so that an article is near the 600 words the core-hours are counted per" if args.input == "near-600" else "")
         + f"); {c1.documents} documents, {c1.added} articles "
         f"({words:,} words, {words / max(c1.added, 1):.0f} an article) with {c1.statements:,} statements, {c1.duplicates} duplicates, {c1.failures} failed, "
         f"{c1.skipped} skipped; local[1] and local[2] wrote the same tables. Timed: the whole job after a warm-up job "
         f"of 40 other BBC pages per core that loaded the pipeline in each Python worker and filled its caches, as a "
         f"crawl's first files do (reading, cleaning, attribution, duplicates, Parquet); the baseline gets the same "
         f"warm-up; "
         f"median of {args.rounds}."),
        "",
        "| run | seconds | articles/s | words/s | core-hours per million 600-word articles |",
        "|---|---:|---:|---:|---:|",
        f"| baseline: `ingest.analyse` in one process (1 core) | {tb:.1f} | {c1.added / tb:.2f} | {wpsb:,.0f} | {chb:.1f} |",
        f"| Spark local[1] | {t1:.1f} | {c1.added / t1:.2f} | {wps1:,.0f} | {ch1:.1f} |",
        f"| Spark local[2] | {t2:.1f} | {c1.added / t2:.2f} | {wps2:,.0f} | {ch2:.1f} |",
        (f"| Spark local[1], marginal: the whole-run time less the fixed cost per run (fit below; not a run) | "
         f"{t1 - fit[0]:.1f} | {c1.added / (t1 - fit[0]):.2f} | {1 / fit[1]:,.0f} | {core_hours(1 / fit[1], 1):.1f} |"
         if fit else "| Spark local[1], marginal (fit below) | n/a: the two timings give no fixed cost (load) | | | |"),
        "",
        f"- **Scaling local[2] / local[1]: {ratio:.2f}** (target >= 1.7 {'✔' if ratio >= 1.7 else '✘, on a shared machine'}).",
        f"- Spark's overhead on one core: local[1] runs at {wps1 / wpsb:.2f} x the words/s of the same work without Spark.",
        (f"- CPU seconds of every process involved (driver, JVM, Python workers; what the cores did, whatever the load): "
         f"baseline {cpub:.1f}, local[1] {cpu1:.1f} ({cpu1 / cpub:.2f} x the baseline's; the JVM {jvm1:.1f}, the Python "
         f"workers and the driver {cpu1 - jvm1:.1f}), local[2] {cpu2:.1f}; "
         f"{core_hours(words / cpu1, 1):.1f} core-hours per million 600-word articles by local[1]'s CPU time."),
        (f"- local[1]'s CPU seconds by process and JVM thread (`process_cpu`, median): {_split_text(split1)}; the baseline "
         f"{cpub:.1f}. A task's Python worker spends all but a few hundredths of a CPU-second of it inside "
         f"`ingest.analyse` (docs/scale.md), so the workers' excess over the baseline is the same work costing more "
         f"CPU (the JVM's threads and other load share the cores and caches), not the rows; the JVM's is mostly paid once per job (planning, compiling, scheduling), its tasks' share grows with the rows; "
         f"a task thread that ended (idle for a minute) counts under scheduling."),
        (f"- Reading and cleaning (WARC, trafilatura, htmldate, language) alone take {reading:.1f} s of the baseline's "
         f"{tb:.1f} s ({reading / tb:.0%}); the rest is the engine (`engine: {engine_name()}`)."),
        (f"- **{ch1:.1f} core-hours per million 600-word articles** measured in local[1] ({ch2:.1f} in local[2], "
         f"counting both cores; target <= 15 {'✔' if min(ch1, ch2) <= 15 else '✘'})."),
        (f"- Projection for a CC-NEWS month of {args.month_articles:g} million English articles (an assumed size; count "
         f"yours from the month's `warc.paths.gz`): {ch1 * args.month_articles:,.0f} core-hours at these rates, "
         f"e.g. {ch1 * args.month_articles / 64:,.1f} hours on 64 cores. The measured time includes the documents "
         f"that were skipped or failed ({c1.skipped + c1.failures + c1.duplicates} of {c1.documents} here); a month "
         "of CC-NEWS has its own share of them. Multiply by your provider's price per vCPU-hour for money; the rates "
         "scale with the speed of the core."),
        (f"- **Fixed cost per run vs marginal cost per article** (local[1], the same session and warm-up, fitted as "
         f"time = fixed + per-word x words through the whole-input run above and a run after it on the first {half['files']} files ({half['articles']} "
         f"articles, {half['words']:,} words, {statistics.median(r['half']['seconds'] for r in rounds[1]):.1f} s): " + (
             f"**{fit[0]:.1f} s fixed per run** (the JVM's duplicates, commits and job scheduling, paid once per "
             f"job whatever its size) and **{core_hours(1 / fit[1], 1):.1f} marginal core-hours per million "
             f"600-word articles**. The whole-run figure above spreads the fixed cost over only {c1.added} articles; "
             f"a CC-NEWS month pays it once per job: {args.month_articles:g} million articles x "
             f"{core_hours(1 / fit[1], 1):.1f} + {args.month_jobs} job(s) x {fit[0]:.1f} s = "
             f"{core_hours(1 / fit[1], 1) * args.month_articles + args.month_jobs * fit[0] / 3600:,.0f} core-hours "
             f"(on a cluster the fixed part also grows with the number of tasks, which this does not measure). "
             f"Two timings on a shared machine: the split is as noisy as their difference."
             if fit else "not measurable in this run (the larger run was not slower in proportion, so the fit gives "
             "no fixed cost: load on the machine during one of the two timings).")),
    ])
    if fit_line:
        body += "\n" + fit_line
    print(body)
    if args.write:
        replace_section(ROOT / "docs" / "performance.md", HEADING, body)


if __name__ == "__main__":
    main()
