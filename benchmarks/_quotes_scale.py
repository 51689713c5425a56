"""The cost of linking quotations per article as the store grows (for benchmarks/quotes.py).

A SQLite store is filled with synthetic articles through the real path (``link_batch``
then ``add_articles``, batches of 500): nine statements each, their words drawn from the
BBC statements' vocabulary with its frequencies, their lengths from the BBC lengths; 5%
repeat an earlier statement word for word and 3% are a fragment of one, so both look-ups
(exact and near-duplicate) are exercised. At each size, batches of 16 real BBC articles
(ingest's batch size) are linked and stored, alternating with batches stored without the
quotation tables; the cost of linking an article is the link stage's time plus the extra
store time, median over the rounds. The ingest wall time per article is measured in the
same process, on BBC texts, for the share.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _report import SHARED, machine, today

ROUNDS = 10
PROBE_BATCH = 16
FILL_BATCH = 500


class Synthetic:
    """Articles of synthetic statements with BBC's word and length distributions."""

    def __init__(self, articles, seed: int = 7) -> None:
        words: Counter[str] = Counter()
        self.lengths: list[int] = []
        for a in articles:
            for s in a.statements:
                ws = s.content.text.split()
                words.update(ws)
                self.lengths.append(len(ws))
        self.vocab, weights = zip(*words.most_common(30_000))
        self.cum_weights = list(accumulate(weights))
        self.rng = random.Random(seed)
        self.pool: list[str] = []
        self.n = 0

    def statement(self) -> str:
        r = self.rng.random()
        if self.pool and r < 0.05:
            return self.rng.choice(self.pool)
        if self.pool and r < 0.08:
            words = self.rng.choice(self.pool).split()
            if len(words) > 12:
                start = self.rng.randrange(0, len(words) - 10)
                return " ".join(words[start : start + self.rng.randint(10, len(words) - start)])
        text = " ".join(self.rng.choices(self.vocab, cum_weights=self.cum_weights, k=max(2, self.rng.choice(self.lengths))))
        if len(self.pool) < 20_000:
            self.pool.append(text)
        else:
            self.pool[self.rng.randrange(len(self.pool))] = text
        return text

    def article(self):
        from onrecord.schema import Article, Span, Speaker, Statement

        self.n += 1
        parts, statements, pos = [], [], 0
        for _ in range(9):
            content = f'"{self.statement()}"'
            who = f"Person {self.rng.randrange(5000)}"
            statements.append(Statement(kind="direct", content=Span(start=pos, end=pos + len(content), text=content),
                                        speaker=Speaker(name=who, type="person")))
            parts.append(f"{content} said {who}.")
            pos += len(parts[-1]) + 1
        published = dt.date(2020, 1, 1) + dt.timedelta(days=self.n % 1500)
        return Article(id=f"syn{self.n:012d}", text=" ".join(parts), statements=statements,
                       outlet=f"outlet{self.n % 50}.example", published=published, url=f"https://s.example/{self.n}")


def _ingest_seconds_per_article(n: int = 60) -> float:
    """Wall time of ``onrecord ingest`` per BBC text, the model already loaded."""
    from onrecord.attribute import load_pipeline
    from onrecord.ingest import IngestOptions, ingest
    from onrecord.store import open_store

    load_pipeline()
    paths = sorted((SHARED / "data" / "bbc").glob("*/*.txt"))[:: 37][:n]
    with tempfile.TemporaryDirectory(prefix="onrecord-quotes-ingest.") as tmp, open_store(f"sqlite:///{Path(tmp) / 'i.db'}") as store:
        t0 = time.perf_counter()
        summary = ingest([str(p) for p in paths], store, IngestOptions(jobs=1))
        return (time.perf_counter() - t0) / max(summary.documents, 1)


def _probe(store, probes) -> dict[str, float]:
    """Per-article seconds: link stage, store with quotations, store without."""
    from onrecord.link import link_batch
    from onrecord.link.quotes import without_quotes

    link, with_q, without_q = [], [], []
    for _ in range(ROUNDS):
        batch = [probes.pop() for _ in range(PROBE_BATCH)]
        t0 = time.perf_counter()
        linked = link_batch(store, batch)
        t1 = time.perf_counter()
        store.add_articles(linked)
        t2 = time.perf_counter()
        link.append((t1 - t0) / PROBE_BATCH)
        with_q.append((t2 - t1) / PROBE_BATCH)
        plain = [without_quotes(a) for a in (probes.pop() for _ in range(PROBE_BATCH))]
        t3 = time.perf_counter()
        store.add_articles(plain)
        without_q.append((time.perf_counter() - t3) / PROBE_BATCH)
    med = statistics.median
    return {"link": med(link), "with": med(with_q), "without": med(without_q), "cost": med(link) + med(with_q) - med(without_q)}


def cost_curve(sizes: list[int], articles_path: Path | None) -> str:
    from quotes import bbc_articles

    from onrecord.link import LINKERS, _linkers, link_batch
    from onrecord.store import open_store

    LINKERS[:] = _linkers()
    bbc = bbc_articles(articles_path)
    probes = [a for a in bbc if a.statements]
    random.Random(5).shuffle(probes)
    synthetic = Synthetic(bbc)
    rows = []
    with tempfile.TemporaryDirectory(prefix="onrecord-quotes-scale.") as tmp, open_store(f"sqlite:///{Path(tmp) / 's.db'}") as store:
        stored, fill_s = 0, 0.0
        for size in sorted(sizes):
            t0 = time.perf_counter()
            while stored < size:
                batch = [synthetic.article() for _ in range(min(FILL_BATCH, size - stored))]
                store.add_articles(link_batch(store, batch))
                stored += len(batch)
            fill_s += time.perf_counter() - t0
            probe = _probe(store, probes)
            stored += 2 * ROUNDS * PROBE_BATCH
            counts = {t: store._one(f"SELECT count(*) FROM {t}")[0] for t in ("statements", "quote_variants", "quote_keys", "quotes")}
            rows.append((size, probe, counts))
            print(f"{size:,} articles: link {probe['link'] * 1000:.2f} ms, store +{(probe['with'] - probe['without']) * 1000:.2f} ms "
                  f"per article; {counts} (filled in {fill_s:.0f} s)", file=sys.stderr)
    per_article = _ingest_seconds_per_article()
    return _body(rows, per_article, sizes)


def _body(rows, per_article: float, sizes: list[int]) -> str:
    base = rows[0][1]["cost"]
    lines = [
        f"`python benchmarks/quotes.py --articles bbc.jsonl --scale {','.join(str(s) for s in sizes)} --write`, {today()}, "
        f"on {machine()} (shared; medians of {ROUNDS} rounds of {PROBE_BATCH} BBC articles at each size).",
        "",
        "| store (articles) | statements | variants | near-duplicate keys | link stage per article (ms) | extra store time per article (ms) | **cost of linking per article (ms)** | share of ingest wall time |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, p, c in rows:
        wall = per_article - base + p["cost"]
        lines.append(f"| {size:,} | {c['statements']:,} | {c['quote_variants']:,} | {c['quote_keys']:,} | {p['link'] * 1000:.2f} | "
                     f"{(p['with'] - p['without']) * 1000:.2f} | **{p['cost'] * 1000:.2f}** | {p['cost'] / wall:.1%} |")
    last = rows[-1][1]["cost"]
    lines += [
        "",
        f"Ingest wall time per BBC article, measured in the same process (`onrecord ingest`, `--jobs 1`, model loaded, linking "
        f"into a small store): {per_article * 1000:.0f} ms. The share is the cost of linking over the ingest wall time at that "
        f"size (the small store's linking cost swapped for that size's). From {rows[0][0]:,} to {rows[-1][0]:,} articles the "
        f"cost per article goes from {base * 1000:.2f} to {last * 1000:.2f} ms ({last / base:.2f}×): every look-up is an index "
        "probe (exact key, then near-duplicate keys with at most 50 variants read per key), so the cost follows the batch, "
        "not the store. Target: ≤ 10% of ingest wall time at 100,000 articles.",
    ]
    return "\n".join(lines)
