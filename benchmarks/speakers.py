"""Speakers across a whole corpus: ingest all of BBC (../shared/data/bbc) into a new store and
measure what a reader of `onrecord speakers` meets; the figures go to docs/accuracy.md
("Speakers across articles").

    .venv/bin/python benchmarks/speakers.py                      # ingest BBC into a temp store (5-10 min)
    .venv/bin/python benchmarks/speakers.py --store /tmp/bbc.db  # measure a store made already
    .venv/bin/python benchmarks/speakers.py --before /tmp/v1.db  # also: the same figures without linking

Figures:
- descriptions left while the article names a compatible person or body: statements whose
  speaker is a bare role ("the prime minister") or body noun ("the company") although
  another statement of the same article has a named person (for a role) or body (for a
  body noun); the engine's resolution, measured on the record;
- generic descriptions that are speakers across articles (target 0): speakers not scoped
  to one article whose name has no capital letter or only generic words, quoted in more
  than one article;
- for the 20 most quoted people, how many distinct speaker ids the statements that name
  them unambiguously carry (target 1): the full name or a spelling of it, or the bare
  surname (with or without Mr/Mrs) in an article whose text holds the full name;
- the share of statements from unnamed sources, overall and per BBC section;
- type splits: names that are more than one speaker across articles (target none).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from _report import ROOT, SHARED, machine, replace_section, today

from onrecord.link.descriptions import GENERIC_WORDS
from onrecord.store import open_store
from onrecord.store.names import fold_name, normalize_name, strip_honorifics

ROLE_NOUNS = {"prime minister", "chancellor", "president", "chairman", "chief executive", "minister", "home secretary",
              "foreign secretary", "secretary", "leader", "coach", "manager", "boss", "director", "governor", "chief"}
BODY_NOUNS = {"company", "firm", "bank", "group", "government", "agency", "network", "broadcaster", "party", "club",
              "union", "ministry", "department", "business", "team", "side", "council", "court", "committee", "regulator"}
_OPENERS = {"the", "a", "an", "its", "their", "his", "her"}


def core(name: str) -> str:
    return " ".join(w for w in normalize_name(name).split() if w not in _OPENERS)


def measure(url: str) -> dict:
    with open_store(url) as store:
        conn = store._conn  # read-only figures straight from the tables (docs/schema.md)
        rows = conn.execute(
            "SELECT s.article_id, s.speaker_id, s.speaker_name, s.speaker_type, a.source, a.text FROM statements s "
            "JOIN articles a ON a.id = s.article_id ORDER BY s.article_id, s.position").fetchall()
        speakers = {r[0]: r[1:] for r in conn.execute("SELECT id, name, type, statement_count, article_count, article_id, unnamed, normalized FROM speakers")}
    total = len(rows)
    by_article: dict[str, list] = defaultdict(list)
    for row in rows:
        by_article[row[0]].append(row)
    # 1. descriptions left although the article names a compatible person or body
    left = 0
    for items in by_article.values():
        people = {r[1] for r in items if r[1] and speakers.get(r[1], ("", "", 0, 0, None, 0))[1] == "person" and not speakers[r[1]][5] and not speakers[r[1]][4]}
        bodies = {r[1] for r in items if r[1] and speakers.get(r[1], ("", "", 0, 0, None, 0))[1] in ("organization", "group") and not speakers[r[1]][5] and not speakers[r[1]][4]}
        for _, sid, name, _, _, _ in items:
            c = core(name or "")
            if (c in ROLE_NOUNS and people) or (c in BODY_NOUNS and bodies):
                left += 1
    # 2. generic descriptions as cross-article speakers
    generic = sorted(
        (name, n_art) for sid, (name, type_, n, n_art, scope, unnamed, norm) in speakers.items()
        if scope is None and n_art > 1 and (not any(ch.isupper() for ch in name) or all(w in GENERIC_WORDS for w in core(name).split() or ["x"]))
    )  # fmt: skip
    # 3. the 20 most quoted people: distinct ids over the statements that name them
    people = sorted(((n, sid, name) for sid, (name, type_, n, n_art, scope, unnamed, norm) in speakers.items()
                     if type_ == "person" and scope is None and len(normalize_name(name).split()) > 1), reverse=True)[:20]
    ids_per_person = []
    for _, sid, name in people:
        full = strip_honorifics(normalize_name(name))[0]
        surname = full.split()[-1]
        pattern = re.compile(rf"\b{re.escape(name)}\b", re.I)
        ids = Counter()
        for _, s_id, s_name, _, _, text in rows:
            if not s_name:
                continue
            norm = strip_honorifics(normalize_name(s_name))[0]
            if fold_name(norm) == fold_name(full) or (norm == surname and pattern.search(text)):
                ids[s_id] += 1
        ids_per_person.append((name, len(ids), sum(ids.values())))
    # 4. unnamed sources, overall and per section (BBC's folders)
    unnamed = sum(1 for r in rows if r[1] and r[1].startswith("unnamed-"))
    sections: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        parts = Path(r[4] or "").parts
        section = parts[-2] if len(parts) > 1 else "?"
        sections[section][0] += 1
        sections[section][1] += bool(r[1] and r[1].startswith("unnamed-"))
    # 5. names that are several speakers across articles
    by_name: dict[str, list[str]] = defaultdict(list)
    for sid, (name, type_, n, n_art, scope, unnamed_, norm) in speakers.items():
        if scope is None:
            by_name[norm].append(f"{sid} ({type_})")
    splits = sorted((k, v) for k, v in by_name.items() if len(v) > 1)
    return {"statements": total, "left": left, "generic": generic, "people": ids_per_person, "unnamed": unnamed,
            "sections": dict(sorted(sections.items())), "splits": splits,
            "speakers": sum(1 for v in speakers.values() if v[4] is None)}


def report(ingested: dict, after: dict, before: dict | None, command: str, seconds: dict) -> str:
    def pct(n: int, d: int) -> str:
        return f"{n:,} ({n / d:.1%})" if d else "0"

    cols = (["before linking"] if before else []) + ["linked by ingest", "after relink"]
    figures = ([before] if before else []) + [ingested, after]
    lines = [f"Measured by `{command}` on {today()} ({machine()}).", "",
             "| figure | " + " | ".join(cols) + " | target |", "|---|" + "---|" * len(cols) + "---|"]

    def row(label: str, values: list[str], target: str) -> None:
        lines.append(f"| {label} | " + " | ".join(values) + f" | {target} |")

    row("statements", [f"{f['statements']:,}" for f in figures], "")
    row("speakers across articles", [f"{f['speakers']:,}" for f in figures], "")
    row("bare role or body noun while the article names a compatible person or body", [pct(f["left"], f["statements"]) for f in figures], "low")
    row("generic descriptions that are speakers across articles", [str(len(f["generic"])) for f in figures], "0")
    row("20 most quoted people: speaker ids per person (mean; people with more than one)",
        [f"{sum(p[1] for p in f['people']) / max(1, len(f['people'])):.2f}; {sum(1 for p in f['people'] if p[1] > 1)}" for f in figures], "1; 0")
    row("statements from unnamed sources", [pct(f["unnamed"], f["statements"]) for f in figures], "")
    row("names that are several speakers across articles (type splits)", [str(len(f["splits"])) for f in figures], "0")
    lines += ["", "Unnamed sources per BBC section (after relink): " + ", ".join(
        f"{k} {v[1] / v[0]:.1%}" for k, v in after["sections"].items() if v[0]) + ".", "",
        "The 20 most quoted people (after relink): " + "; ".join(f"{name} {n} id{'s' if n != 1 else ''} ({m} statements)" for name, n, m in after["people"]) + "."]
    if after["generic"]:
        lines += ["", "Generic descriptions still across articles: " + ", ".join(f"{n!r} ({a})" for n, a in after["generic"][:20]) + "."]
    if after["splits"]:
        lines += ["", "Type splits left: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in after["splits"][:10]) + "."]
    lines += ["", "Time: " + ", ".join(f"{k} {v:.0f} s" for k, v in seconds.items()) + "."]
    return "\n".join(lines)


def _earlier_before_paragraph(doc: Path) -> str:
    """The "Before linking" paragraph an earlier ``--before`` run wrote: that store is not
    kept, so a run without ``--before`` carries its figures over rather than dropping them."""
    if not doc.exists():
        return ""
    match = re.search(r"^Before linking \(.*?(?=\n\n|\n## |\Z)", doc.read_text(encoding="utf-8"), re.S | re.M)
    return "\n\n" + match.group(0).strip() if match else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", help="Measure this SQLite file (ingested already) instead of ingesting BBC.")
    parser.add_argument("--before", help="A store of the same articles made without linking (schema 1): measured on a migrated copy.")
    parser.add_argument("--no-write", action="store_true", help="Print, do not update docs/accuracy.md.")
    args = parser.parse_args()
    seconds: dict[str, float] = {}
    work = Path(tempfile.mkdtemp(prefix="onrecord-speakers."))
    try:
        path = Path(args.store) if args.store else work / "bbc.db"
        if not args.store:
            from onrecord.ingest import IngestOptions, ingest

            bbc = SHARED / "data" / "bbc"
            if not bbc.is_dir():
                sys.exit(f"{bbc} is absent")
            t0 = time.perf_counter()
            with open_store(f"sqlite:///{path}") as store:
                ingest([str(bbc)], store, IngestOptions(jobs=1))
            seconds["ingest (jobs 1)"] = time.perf_counter() - t0
        url = f"sqlite:///{path}"
        after = measure(url)
        from onrecord.link import relink

        t0 = time.perf_counter()
        with open_store(url) as store:
            relink(store)
        seconds["relink"] = time.perf_counter() - t0
        relinked = measure(url)
        before = None
        if args.before:
            copy = work / "before.db"
            shutil.copy(args.before, copy)
            before = measure(f"sqlite:///{copy}")  # migrated on open: plain names, no links
        command = "python benchmarks/speakers.py" + "".join(f" --{k} {v}" for k, v in (("store", args.store), ("before", args.before)) if v)
        body = report(after, relinked, before, command, seconds)
        if before is None:
            body += _earlier_before_paragraph(ROOT / "docs" / "accuracy.md")
        print(body)
        if not args.no_write:
            replace_section(ROOT / "docs" / "accuracy.md", "Speakers across articles", body)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
