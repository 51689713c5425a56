"""Quotations across articles (link/quotes.py): recall on word-for-word repeats, precision
of near-duplicate merges, and the cost of linking as the store grows.

    .venv/bin/python benchmarks/quotes.py [--articles bbc.jsonl] [--scale 1000,10000,100000] [--write]

- **BBC** (../shared/data/bbc, 2,225 texts): ``--articles`` is an ``onrecord export
  --format jsonl`` of a store that ``onrecord ingest ../shared/data/bbc --jobs 1`` made (the
  extraction takes 5-10 minutes; without ``--articles`` this script runs it). The articles
  are linked again here, in ingest order (by source path), into a fresh store.
- **WARC** (../shared/data/warc/aeb_news_50.warc.gz): ingested end to end.
- **Recall**: direct quotes of over 40 characters that appear word for word (lower case,
  letters and digits only: a normalisation written here, not onrecord's) in two or more
  articles; a report is in the right cluster when its quote_id is its group's most common.
- **Precision**: every near-duplicate merge (a new text joined to a stored one with other
  normalised words) is recorded; a fixed random sample of 100 is written to
  benchmarks/quotes_merges.jsonl, and benchmarks/quotes_merge_verdicts.json holds a
  verdict and a reason for each pair, given by reading both texts (pairs without a
  verdict are listed as unchecked).
- **Cost** (``--scale``): see _quotes_scale.py.

``--write`` puts the figures into docs/accuracy.md and docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from _report import ROOT, SHARED, machine, replace_section, today

sys.path.insert(0, str(ROOT / "src"))

MERGES = ROOT / "benchmarks" / "quotes_merges.jsonl"
VERDICTS = ROOT / "benchmarks" / "quotes_merge_verdicts.json"
SAMPLE_SEED = 13
_WORD = re.compile(r"[a-z0-9]+")


def independent_groups(articles) -> dict[str, list[tuple[str, int]]]:
    """Direct quotes over 40 characters, by their words (lower case, letters and digits),
    that appear in two or more articles: {words: [(article id, position)]}."""
    groups: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for a in articles:
        for i, s in enumerate(a.statements):
            if s.kind == "direct" and len(s.content.text) > 40:
                groups[" ".join(_WORD.findall(s.content.text.lower()))].append((a.id, i))
    return {k: v for k, v in groups.items() if len({aid for aid, _ in v}) >= 2}


def recall(articles, groups) -> dict[str, float | int]:
    """Reports (and groups) whose quote_id is their group's most common one."""
    ids = {(a.id, i): s.quote_id for a in articles for i, s in enumerate(a.statements)}
    right = whole = 0
    for members in groups.values():
        got = Counter(ids[m] for m in members)
        top, n = got.most_common(1)[0]
        right += n if top else 0
        whole += int(n == len(members) and top is not None)
    reports = sum(len(v) for v in groups.values())
    return {"groups": len(groups), "reports": reports, "right": right, "whole": whole,
            "report_recall": right / reports if reports else 1.0, "group_recall": whole / len(groups) if groups else 1.0}


def link_into(store, articles, batch: int = 16):
    """Link and store ``articles`` as ingest does, recording near-duplicate merges.
    RETURNS (the articles as stored, merges, link seconds, store seconds)."""
    from onrecord.link import LINKERS, _linkers, link_batch

    merges: list[tuple[str, str, float]] = []
    LINKERS[:] = _linkers()
    LINKERS[-1].on_merge = lambda new, old, score: merges.append((new.norm, old.norm, score))
    linked, t_link, t_store = [], 0.0, 0.0
    for i in range(0, len(articles), batch):
        t0 = time.perf_counter()
        done = link_batch(store, articles[i : i + batch])
        t1 = time.perf_counter()
        store.add_articles(done)
        t_store += time.perf_counter() - t1
        t_link += t1 - t0
        linked.extend(done)
    LINKERS[-1].on_merge = None
    # As stored: the store gives new quotations their numbers.
    stored = [store.article(a.id) for a in linked]
    return [a for a in stored if a is not None], merges, t_link, t_store


def merge_rows(merges, articles, source: str) -> list[dict]:
    """One row per merge with both texts as written, speakers, kinds and articles."""
    from onrecord.store.quotekeys import key63, normalize_quote, similarity

    seen: dict[str, dict] = {}
    for a in articles:
        for s in a.statements:
            seen.setdefault(normalize_quote(s.content.text), {
                "text": s.content.text, "speaker": s.speaker.name, "kind": s.kind, "article": a.title or a.id})
    rows = []
    for new, old, score in merges:
        sim = similarity(new, old)
        rows.append({"pair": f"{key63(new.encode()):016x}-{key63(old.encode()):016x}", "corpus": source,
                     "half": "development" if key63(new.encode()) % 2 == 0 else "held out",
                     "jaccard": round(sim.jaccard, 3), "containment": round(sim.containment, 3), "shorter_words": sim.shorter_words,
                     "new": seen[new], "joined": seen[old]})
    return rows


def precision(sample: list[dict]) -> dict:
    verdicts = json.loads(VERDICTS.read_text(encoding="utf-8")) if VERDICTS.exists() else {}
    checked = [verdicts[r["pair"]] for r in sample if r["pair"] in verdicts]
    same = sum(1 for v in checked if v["verdict"] == "same")
    by_half: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in sample:
        if r["pair"] in verdicts:
            by_half[r["half"]][0] += verdicts[r["pair"]]["verdict"] == "same"
            by_half[r["half"]][1] += 1
    return {"checked": len(checked), "same": same, "unchecked": len(sample) - len(checked),
            "precision": same / len(checked) if checked else float("nan"), "by_half": dict(by_half)}


def bbc_articles(path: Path | None):
    from onrecord.schema import Article

    if path is None:
        path = Path(tempfile.mkdtemp(prefix="onrecord-quotes-bench.")) / "bbc.jsonl"
        from onrecord.ingest import IngestOptions, ingest
        from onrecord.store import open_store
        from onrecord.store.export import write_jsonl

        with open_store(f"sqlite:///{path.with_suffix('.db')}") as store:
            ingest([str(SHARED / "data" / "bbc")], store, IngestOptions(jobs=1))
            with open(path, "w", encoding="utf-8") as out:
                write_jsonl(store.iter_articles(), out)
    articles = [Article.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    from onrecord.link.quotes import without_quotes

    return sorted((without_quotes(a) for a in articles), key=lambda a: a.source or "")


def warc_articles(path: Path):
    """The WARC sample ingested end to end (the link stage included), in stored order."""
    from onrecord.ingest import IngestOptions, ingest
    from onrecord.link.quotes import without_quotes
    from onrecord.store import open_store

    with tempfile.TemporaryDirectory(prefix="onrecord-quotes-warc.") as tmp, open_store(f"sqlite:///{Path(tmp) / 'w.db'}") as store:
        ingest([str(path)], store, IngestOptions(jobs=1))
        return [without_quotes(a) for a in store.iter_stored_order()]


def accuracy(args) -> tuple[str, dict]:
    from onrecord.store import open_store

    results, all_rows = {}, []
    corpora = [("BBC News (2,225 texts)", bbc_articles(args.articles))]
    if args.warc.exists():
        corpora.append((f"AEB WARC ({args.warc.name})", warc_articles(args.warc)))
    for name, articles in corpora:
        with tempfile.TemporaryDirectory(prefix="onrecord-quotes-link.") as tmp, open_store(f"sqlite:///{Path(tmp) / 'q.db'}") as store:
            linked, merges, t_link, t_store = link_into(store, articles)
        spread: dict[str, set[str]] = defaultdict(set)
        for a in linked:
            for s in a.statements:
                spread[s.quote_id].add(a.id)
        multi = [q for q, arts in spread.items() if len(arts) >= 2]
        groups = independent_groups(linked)
        rows = merge_rows(merges, linked, name.split(" (")[0])
        all_rows.extend(rows)
        results[name] = {"articles": len(linked), "statements": sum(len(a.statements) for a in linked),
                         "recall": recall(linked, groups), "merges": len(rows), "multi": len(multi),
                         "link_s": t_link, "store_s": t_store}
        print(name, json.dumps(results[name]["recall"]), f"merges {len(rows)}", file=sys.stderr)
    sample = sorted(random.Random(SAMPLE_SEED).sample(all_rows, min(args.sample, len(all_rows))), key=lambda r: r["pair"])
    if args.write:
        MERGES.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample), encoding="utf-8")
    p = precision(sample)
    return _accuracy_body(results, p, len(all_rows)), {"results": results, "precision": p}


def _accuracy_body(results: dict, p: dict, merges: int) -> str:
    lines = [
        f"`python benchmarks/quotes.py --articles bbc.jsonl --write`, {today()}, on {machine()}. `bbc.jsonl` is "
        "`onrecord export --format jsonl` of `onrecord ingest ../shared/data/bbc --jobs 1` (this engine); the articles are "
        "linked again in ingest order. The WARC sample is ingested end to end.",
        "",
        "| corpus | articles | statements | repeated direct quotes (>40 chars, 2+ articles) | their reports | reports in the right cluster | quotes wholly in one cluster | quotations in 2+ articles | near-duplicate merges |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        rc = r["recall"]
        lines.append(f"| {name} | {r['articles']:,} | {r['statements']:,} | {rc['groups']} | {rc['reports']} | "
                     f"{rc['right']}/{rc['reports']} = **{rc['report_recall']:.3f}** | {rc['whole']}/{rc['groups']} = {rc['group_recall']:.3f} | "
                     f"{r['multi']:,} | {r['merges']} |")
    halves = ", ".join(f"{h}: {s}/{n}" for h, (s, n) in sorted(p["by_half"].items()))
    lines += [
        "",
        "Target: ≥ 0.98 of the word-for-word repeats in the right cluster. The repeats are counted by the benchmark's own "
        "normalisation (lower case, letters and digits), not onrecord's, over this engine's statements (the issue counted "
        "248 quotes and 508 reports with an earlier engine). Word-for-word repeats share the exact key, so they cannot "
        "miss; what the figure guards is the normalisation (quote marks, case, punctuation) and the rule that only "
        "contents under 4 words are kept apart by speaker.",
        "",
        f"**Near-duplicate merges** (a text joined to a quotation with other normalised words: trimmed, fragment, edited): "
        f"{merges} in all; a fixed random sample of {p['checked'] + p['unchecked']} is in `benchmarks/quotes_merges.jsonl`, "
        f"each pair read and judged in `benchmarks/quotes_merge_verdicts.json` (verdict and reason). Precision on the checked "
        f"sample: {p['same']}/{p['checked']} = **{p['precision']:.3f}** (target ≥ 0.95; {p['unchecked']} unchecked). "
        f"By half ({halves}): the thresholds were first chosen by reading relaxed candidates of the development half; a first "
        "checked sample under those rules (containment from 8 words) held 93 correct of 100, and containment alone was then "
        "required to cover 10 words (4 of its 7 errors were 8-word fragments). This sample is drawn again under the final "
        "rules, so it is not independent of that last change; docs/quotes.md lists both and the remaining errors.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, help="onrecord export --format jsonl of an ingested BBC store")
    parser.add_argument("--warc", type=Path, default=SHARED / "data" / "warc" / "aeb_news_50.warc.gz")
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--scale", default="1000,10000,100000", help="store sizes (articles) for the cost curve; empty: skip")
    parser.add_argument("--no-accuracy", action="store_true", help="only the cost curve")
    parser.add_argument("--write", action="store_true", help="write docs/accuracy.md, docs/performance.md and the merge sample")
    args = parser.parse_args()
    if not args.no_accuracy:
        body, _ = accuracy(args)
        print(body)
        if args.write:
            replace_section(ROOT / "docs" / "accuracy.md", "Quotations across articles", body)
    if args.scale:
        from _quotes_scale import cost_curve

        body = cost_curve([int(x) for x in args.scale.split(",")], args.articles)
        print(body)
        if args.write:
            replace_section(ROOT / "docs" / "performance.md", "Linking quotations as the store grows", body)


if __name__ == "__main__":
    main()
