"""Per-statement errors of the engine on the DEVELOPMENT gold (benchmarks/devgold/).

    PYTHONPATH=src .venv/bin/python benchmarks/devgold_errors.py [FOLDER_OR_FILES...]

For each gold statement found by the engine (matched at > 30%, as gold_speakers.py
scores) prints every wrong field (speaker, type, title, affiliation, unnamed, document,
act, via, when) with the article, the sentence, the gold value and the engine's value, and
the engine's resolution ("pronoun", "nominal", ...) where it gives one; then the required
gold statements the engine missed and the engine's statements that match no gold.

Only for benchmarks/devgold (development data, readable per statement). Never point it at
benchmarks/gold: the measured gold stays totals-only (docs/annotation.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from _report import ROOT

sys.path.insert(0, str(ROOT / "src"))

from onrecord.evaluate import evaluate, read_gold  # noqa: E402
from onrecord.evaluate.corpus import Facts  # noqa: E402
from onrecord.evaluate.fields import FIELDS, field_right  # noqa: E402
from onrecord.evaluate.gold import gold_paths  # noqa: E402

DEVGOLD = ROOT / "benchmarks" / "devgold"


SENTENCE_END = re.compile(r"[.!?][\"”'’]*(?:\s|$)|\n")


def sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) holding a span: from the sentence end before it to the one after."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, max(0, start - 400), start)]
    left = ends[-1] if ends else max(0, start - 400)
    after = SENTENCE_END.search(text, end)
    right = after.end() if after else len(text)
    return " ".join(text[left:right].split())


def value(name: str, attribution) -> object:
    facts = attribution.facts or Facts()
    if name == "speaker":
        return attribution.speaker
    got = getattr(facts, name)
    return f"{got} (inherited)" if name in ("via", "when") and got is not None and name in facts.inherited else got


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEVGOLD])
    args = parser.parse_args(argv)
    paths = gold_paths(args.paths)
    if any((ROOT / "benchmarks" / "gold") in p.resolve().parents for p in paths):
        parser.error("benchmarks/gold is the measured gold: totals only (use gold_speakers.py)")
    evaluation = evaluate([read_gold(p) for p in paths], corpus="devgold")
    missed, extra = [], []
    for result in evaluation.results:
        text, doc = result.document.text, result.document.id
        matches = result.matches["quote_30"]
        for g_index, prepared in enumerate(result.gold):
            gold = prepared.attribution
            if g_index not in matches:
                if not gold.optional:
                    missed.append(f"MISSED {doc} [{gold.label.rsplit('#', 1)[1]}] {gold.speaker!r} | "
                                  f"{sentence(text, gold.start, gold.content[-1][1])}")
                continue
            pred = result.pred[matches[g_index]].attribution
            number = gold.label.rsplit("#", 1)[1] + (" optional" if gold.optional else "")
            resolution = (pred.facts or Facts()).resolution
            for name in FIELDS:
                if field_right(name, gold, pred) is False:
                    how = f" [resolution {resolution}]" if name == "speaker" and resolution else ""
                    print(f"{name.upper()} {doc} [{number}]{how}: gold {value(name, gold)!r} "
                          f"engine {value(name, pred)!r} | {sentence(text, gold.start, gold.content[-1][1])}")
        matched = set(matches.values())
        for p_index, prepared in enumerate(result.pred):
            if p_index not in matched:
                pred = prepared.attribution
                extra.append(f"EXTRA {doc} {pred.speaker!r} | {text[pred.start:pred.content[-1][1]][:150]!r}")
    print("\n".join(missed + extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
