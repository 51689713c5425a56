"""The cost of linking quotations per article as the store grows (for benchmarks/quotes.py).

A SQLite store is filled with synthetic articles through the real path (``link_batch``
then ``add_articles``, batches of 500): nine statements each, their words drawn from the
BBC statements' vocabulary with its frequencies, their lengths from the BBC lengths; 5%
repeat an earlier statement word for word and 3% are a fragment of one, so both look-ups
(exact and near-duplicate) are exercised. At each size, batches of 16 BBC texts (ingest's
batch size) are read, cleaned and extracted as ingest does, then linked and stored,
alternating with batches stored without their quotations; the cost of linking an article
is the link stage's time plus the extra store time, and its share is taken per round
against that round's ingest wall time, so the machine's load cancels out.
"""

from __future__ import annotations

import datetime as dt
import gc
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


def _probe(store, paths: list[Path]) -> dict[str, float]:
    """ROUNDS rounds of two batches of BBC texts, ingested as ``onrecord ingest`` does
    (read, clean, extract), one linked before it is stored and one stored without its
    quotations. Per-article medians of the extraction, the link stage, the store with and
    without the quote tables, and of each round's share of linking in the ingest wall time."""
    from onrecord.ingest import analyse
    from onrecord.link import link_batch
    from onrecord.link.quotes import without_quotes
    from onrecord.read import read_documents

    def extracted(batch):
        t0 = time.perf_counter()
        articles = [a for a in analyse(read_documents([str(p) for p in batch])) if hasattr(a, "statements")]
        return articles, time.perf_counter() - t0

    rounds = []
    for _ in range(ROUNDS):
        articles, extract_s = extracted([paths.pop() for _ in range(PROBE_BATCH)])
        t0 = time.perf_counter()
        linked = link_batch(store, articles)
        t1 = time.perf_counter()
        store.add_articles(linked)
        t2 = time.perf_counter()
        plain, _ = extracted([paths.pop() for _ in range(PROBE_BATCH)])
        plain = [without_quotes(a) for a in plain]
        t3 = time.perf_counter()
        store.add_articles(plain)
        store_without = time.perf_counter() - t3
        link, store_with = t1 - t0, t2 - t1
        cost = link + store_with - store_without
        rounds.append({"extract": extract_s / PROBE_BATCH, "link": link / PROBE_BATCH, "with": store_with / PROBE_BATCH,
                       "without": store_without / PROBE_BATCH, "cost": cost / PROBE_BATCH,
                       "share": cost / (extract_s + link + store_with)})
    return {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}


def cost_curve(sizes: list[int], articles_path: Path | None) -> str:
    from quotes import bbc_articles

    from onrecord.link import LINKERS, _linkers, link_batch
    from onrecord.store import open_store

    LINKERS[:] = _linkers()
    bbc = bbc_articles(articles_path)
    paths = sorted((SHARED / "data" / "bbc").glob("*/*.txt"))
    random.Random(5).shuffle(paths)
    synthetic = Synthetic(bbc)
    # The benchmark's own objects (every BBC article, the synthetic pool) out of the
    # garbage collector's sight: an ingest process holds no such heap.
    gc.freeze()
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
            probe = _probe(store, paths)
            stored += 2 * ROUNDS * PROBE_BATCH
            counts = {t: store._one(f"SELECT count(*) FROM {t}")[0] for t in ("statements", "quote_variants", "quote_keys", "quotes")}
            rows.append((size, probe, counts))
            print(f"{size:,} articles: extract {probe['extract'] * 1000:.0f} ms, link {probe['link'] * 1000:.2f} ms, store "
                  f"+{(probe['with'] - probe['without']) * 1000:.2f} ms per article, share {probe['share']:.1%}; {counts} "
                  f"(filled in {fill_s:.0f} s)", file=sys.stderr)
    return _body(rows, sizes)


def _body(rows, sizes: list[int]) -> str:
    base, last = rows[0][1]["cost"], rows[-1][1]["cost"]
    lines = [
        f"`python benchmarks/quotes.py --articles bbc.jsonl --scale {','.join(str(s) for s in sizes)} --write`, {today()}, "
        f"on {machine()} (shared). At each size, {ROUNDS} rounds of two batches of {PROBE_BATCH} BBC texts read, cleaned "
        "and extracted as `onrecord ingest` does, one linked and stored, one stored without its quotations; medians.",
        "",
        "| store (articles) | statements | variants | near-duplicate keys | extraction per article (ms) | link stage (ms) | extra store time (ms) | **cost of linking per article (ms)** | **share of ingest wall time** |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, p, c in rows:
        lines.append(f"| {size:,} | {c['statements']:,} | {c['quote_variants']:,} | {c['quote_keys']:,} | {p['extract'] * 1000:.0f} | "
                     f"{p['link'] * 1000:.2f} | {(p['with'] - p['without']) * 1000:.2f} | **{p['cost'] * 1000:.2f}** | **{p['share']:.1%}** |")
    lines += [
        "",
        "The share is, per round, the cost of linking (link stage plus the extra store time) over that batch's ingest wall time "
        "(read, clean, extract, link, store), so the machine's load cancels out. "
        f"From {rows[0][0]:,} to {rows[-1][0]:,} articles the cost per article goes from {base * 1000:.2f} to {last * 1000:.2f} ms "
        f"({last / base:.2f}×): every look-up is an index probe (the exact key, then the near-duplicate keys with at most 50 "
        "variants read per key), and every write an index insert, so the cost follows the batch, not the store; what grows is "
        "that a larger index has fewer of a batch's inserts on the same page. Target: ≤ 10% of ingest wall time at 100,000 "
        "articles.",
    ]
    return "\n".join(lines)
