"""Speaker fields on onrecord's own gold (benchmarks/gold): is a found statement's speaker
the right one, with the right type, title and affiliation; unnamed, document, via, when and
act; how often pronouns, role nouns and anaphors are resolved and how often rightly.

    .venv/bin/python benchmarks/gold_speakers.py [--gold benchmarks/gold] [--write] [--out docs/accuracy.md]

Prints the figures; ``--write`` puts them into the section "Speakers on the hand-made gold" of docs/accuracy.md (the rest of the
file is benchmarks/accuracy.py's) with the command, the machine and the date. The gold is an
evaluation set: labelled by hand before the engine ran on it (docs/annotation.md), never
tuned on.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from _report import ROOT, machine, replace_section, today

sys.path.insert(0, str(ROOT / "src"))

from onrecord.evaluate import evaluate, read_gold  # noqa: E402
from onrecord.evaluate.fields import FIELDS, RESOLUTION_CLASSES, score_fields  # noqa: E402
from onrecord.evaluate.gold import gold_paths  # noqa: E402

HEADING = "Speakers on the hand-made gold"
# Issue 11's targets: (field, minimum accuracy among found statements).
TARGETS = {"speaker": 0.92, "title": 0.85, "affiliation": 0.85}


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def section(folder: Path, label: str) -> tuple[str, dict]:
    paths = gold_paths([folder])
    evaluation = evaluate([read_gold(p) for p in paths], corpus=label)
    fields = score_fields(evaluation.results)
    quote = evaluation.scores.spans["all"]["quote_30"]
    lines = [f"{label}: {len(paths)} files, {quote.gold} gold statements counted, "
             f"{evaluation.predicted_count} predicted; statements found (matched at > 30%): {quote.tp_gold}.", "",
             "| field | right | of found | target |", "|---|---:|---:|---|"]
    for name in FIELDS:
        ratio = fields.fields[name]
        target = f">= {TARGETS[name]}" + (" (met)" if ratio.accuracy is not None and ratio.accuracy >= TARGETS[name] else " (not met)") \
            if name in TARGETS else ""
        lines.append(f"| {name} | {_num(ratio.accuracy)} | {ratio.correct}/{ratio.total} | {target} |")
    at = fields.speaker_at_mention
    lines += ["", f"Speaker right where the engine found the gold's speaker mention (resolution apart from finding "
                  f"the mention): {_num(at.accuracy)} ({at.correct}/{at.total}).",
              "", "| resolved by | resolution rate | precision |", "|---|---:|---:|"]
    for kind in RESOLUTION_CLASSES:
        c = fields.resolutions[kind]
        lines.append(f"| {kind} | {_num(c.rate)} ({c.resolved}/{c.mentions}) | {_num(c.precision)} ({c.right}/{c.resolved}) |")
    lines += ["", f"Honorifics in any predicted speaker field (name, title, affiliation, description): "
                  f"**{fields.honorifics}** (target 0)."]
    return "\n".join(lines), fields.as_dict()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "accuracy.md")
    parser.add_argument("--write", action="store_true", help="put the figures into --out (otherwise print them only)")
    args = parser.parse_args()
    started = time.perf_counter()
    parts = []
    def count(folder: Path) -> int:
        return len(list(folder.rglob("*.gold.json")))

    for sub, label in ((args.gold, "All {} files"), (args.gold / "bbc", "BBC ({})"), (args.gold / "polnear", "PolNeAR train ({})")):
        if sub.is_dir():
            text, _ = section(sub, label.format(count(sub)))
            parts.append(text)
    elapsed = time.perf_counter() - started
    body = f"""Measured by `evaluate/fields.py` over the statements matched to gold at > 30% (definitions:
[evaluation.md](evaluation.md), "Speaker fields"); gold labelled by hand before the engine
ran on it ([annotation.md](annotation.md)). `act` is scored only once the engine's statements
carry one.

- Command: `python benchmarks/gold_speakers.py --write` ({elapsed:.0f} s), or `onrecord eval gold benchmarks/gold`
- Machine: {machine()}
- Date: {today()}; engine at commit {_revision()}

{chr(10).join(p + chr(10) for p in parts)}"""
    if args.write:
        replace_section(args.out, HEADING, body)
    print(body)


if __name__ == "__main__":
    main()
