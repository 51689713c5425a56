"""Via and when of the engine's statements against onrecord's own gold (benchmarks/gold/).

    .venv/bin/python benchmarks/gold_via_when.py [FILES...] [--list] [--write]

The figures are those of ``onrecord eval gold`` (``evaluate/fields.py``, ``OccasionField``;
definitions in docs/evaluation.md, "Via and when"): of the gold statements that have a via
(a when), how many the engine gives rightly, split by whether the gold takes it from the
statement's own sentence or inherits it from an earlier sentence of the same occasion; the
same over the statements found; and the precision of the engine's vias and whens, split by
whether the engine inherited them. ``--list`` prints every miss and every wrong one;
``--write`` puts the figures into docs/accuracy.md with the command, machine and date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _report import ROOT, machine, replace_section, today

sys.path.insert(0, str(ROOT / "src"))

from onrecord.evaluate import evaluate, read_gold  # noqa: E402
from onrecord.evaluate.corpus import Facts  # noqa: E402
from onrecord.evaluate.fields import OCCASION_FIELDS, SCOPES, score_fields  # noqa: E402
from onrecord.evaluate.gold import gold_paths  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
SECTION = "Own gold: via and when"


def _ratio(ratio) -> str:
    return f"{ratio.accuracy:.3f} ({ratio.correct}/{ratio.total})" if ratio.total else "n/a (0/0)"


def _shown(name: str, facts: Facts | None) -> str | None:
    if facts is None:
        return None
    value = facts.via if name == "via" else facts.when
    scope = " (inherited)" if name in facts.inherited else ""
    return f"{value!r}{scope}" if value is not None else None


def list_misses(evaluation) -> None:
    """Every gold via/when the engine misses or gets wrong, and every one it adds."""
    for result in evaluation.results:
        matches = result.matches["quote_30"]
        for g_index, prepared in enumerate(result.gold):
            gold = prepared.attribution
            if gold.facts is None or (gold.optional and g_index not in matches):
                continue
            pred = result.pred[matches[g_index]].attribution if g_index in matches else None
            for name in OCCASION_FIELDS:
                g, p = _shown(name, gold.facts), _shown(name, pred.facts if pred else None)
                if g is None and p is None or (g or "").split(" (")[0] == (p or "").split(" (")[0]:
                    continue
                where = "not found" if pred is None else f"predicted {p}"
                content = result.document.text[gold.content[0][0]:gold.content[0][1]]
                print(f"{name.upper()} {result.document.id[:40]}: gold {g} {where} | {content[:80]!r}")


def rows(fields) -> list[str]:
    out = []
    for name in OCCASION_FIELDS:
        scores = fields.occasions[name]
        cells = [_ratio(scores.recall[s]) for s in ("all", *SCOPES)] + [_ratio(scores.found["all"])] + [
            _ratio(scores.precision[s]) for s in ("all", *SCOPES)]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="print every miss and every wrong via/when")
    parser.add_argument("--write", action="store_true", help="write the figures into docs/accuracy.md")
    args = parser.parse_args()
    paths = gold_paths(args.files or [GOLD])
    evaluation = evaluate([read_gold(p) for p in paths], corpus="own gold")
    fields = score_fields(evaluation.results)
    if args.list:
        list_misses(evaluation)
    print(f"{len(paths)} gold files")
    for name in OCCASION_FIELDS:
        s = fields.occasions[name]
        print(f"{name}: right {_ratio(s.recall['all'])}; own sentence {_ratio(s.recall['own'])}; inherited "
              f"{_ratio(s.recall['inherited'])}; of those found {_ratio(s.found['all'])}; precision "
              f"{_ratio(s.precision['all'])} (own {_ratio(s.precision['own'])}, inherited {_ratio(s.precision['inherited'])})")
    when = fields.occasions["when"]
    print(f"whens inside their own content: {when.inside}; gold whens without a date (scored by their words): {when.undated}")
    if args.write and not args.files:
        _write(rows(fields), when, len(paths))


def _write(table: list[str], when, files: int) -> None:
    body = [f"- Command: `python benchmarks/gold_via_when.py --write` (the figures of `onrecord eval gold "
            f"benchmarks/gold`); {today()}; {machine()}",
            f"- {files} hand-made gold files (benchmarks/gold/, docs/annotation.md), scored by `evaluate/fields.py` "
            "(docs/evaluation.md, \"Via and when\"). *right*: of the gold statements that have a via (a when), the "
            "share found with the same one (a statement not found is a miss); *own* / *inherited*: the gold takes "
            "it from the statement's own sentence / from an earlier sentence of the same occasion (docs/annotation.md, "
            "\"Inherited via and when\"); *of found*: over the statements found only; *precision*: of the engine's "
            "vias (whens) on found statements, the share that are the gold's, split by whether the engine inherited "
            "it (its explanation says so). Vias compare without case, accents, edge punctuation or a leading "
            "\"the\"; whens by date and precision, and a when without a date (a relative time in an article with no "
            "publication date) by precision and its words without case, possessive or a leading \"on\"/\"at\"/\"in\".",
            "", "| field | right (all) | right (own) | right (inherited) | right (of found) | precision (all) "
            "| precision (own) | precision (inherited) |", "|---|---:|---:|---:|---:|---:|---:|---:|",
            *table, "",
            f"Whens inside their own statement's content: {when.inside}. Gold whens without a date: {when.undated} "
            "(a relative time in a BBC article, which has no publication date to resolve it against; scored by "
            "their words)."]
    replace_section(ROOT / "docs" / "accuracy.md", SECTION, "\n".join(body))
    print(f"wrote docs/accuracy.md ({SECTION})")


if __name__ == "__main__":
    main()
