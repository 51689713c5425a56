"""Via and when of the engine's statements against onrecord's own gold (benchmarks/gold/).

    .venv/bin/python benchmarks/gold_via_when.py [FILES...] [--list] [--write]

A development measure, self-contained (it reads the gold JSON itself, not through
``onrecord.evaluate``): each gold statement is matched to the predicted statement whose
content overlaps it most (at least 30% of the gold content's characters, one prediction per
gold statement), then

- **via**: of the gold statements that have a via, how many are matched by a statement
  with the same via (*recall*, "via right"); of the matched predictions that carry a via,
  how many name the gold one (*precision*). Names compare without case, a leading "the",
  a possessive "'s" at the end, quotation marks and a generic "newspaper"/"programme".
- **when**: the same for the time, compared by expression (lower case, without a leading
  "on"/"in"/"at" and a trailing "'s") and, where the gold has a date, by date and precision.
- **inside**: predicted whens whose expression lies inside the statement's own content (a
  date of what was said, never the statement's), over every predicted statement.

Figures are given for all gold statements and for those whose via/when is their own
sentence's (not ``inherited``). ``--list`` prints every miss and every wrong one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

GOLD = ROOT / "benchmarks" / "gold"
MIN_OVERLAP = 0.3


def _segments(content) -> list[tuple[int, int]]:
    return [(c["start"], c["end"]) for c in (content if isinstance(content, list) else [content])]


def _overlap(gold: list[tuple[int, int]], start: int, end: int) -> float:
    total = sum(e - s for s, e in gold) or 1
    return sum(max(0, min(e, end) - max(s, start)) for s, e in gold) / total


def norm_name(name: str | None) -> str | None:
    if not name:
        return None
    text = name.lower().replace("’", "'").replace("''", "").replace('"', "").replace("“", "").replace("”", "")
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"\s+(newspaper|programme|program)$", "", text)
    text = re.sub(r"'s$", "", text)
    return " ".join(text.split())


def norm_expression(expression: str | None) -> str | None:
    if not expression:
        return None
    text = " ".join(expression.lower().replace("’", "'").strip(" ,.").split())
    text = re.sub(r"^(on|in|at)\s+", "", text)
    return re.sub(r"'s$", "", text)


def _when_right(gold: dict, predicted) -> bool:
    if predicted is None or norm_expression(gold.get("expression")) != norm_expression(predicted.expression):
        return False
    if gold.get("date"):
        return (dt.date.fromisoformat(gold["date"]) == predicted.date
                and gold.get("precision") == predicted.precision)
    return True


def run(files: list[Path], show: bool) -> dict[str, Counter]:
    from onrecord.attribute import attribute
    from onrecord.clean import clean_document
    from onrecord.schema import RawDocument

    golds, raws = [], []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / data["document"]).resolve().read_text(encoding="utf-8")
        published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
        golds.append((path, text, data))
        raws.append(clean_document(RawDocument(source=str(path), text=text, published=published), languages=None))
    counts = {"via": Counter(), "when": Counter(), "inside": Counter()}
    for (path, text, data), statements in zip(golds, attribute(raws), strict=True):
        for s in statements:
            if s.when is not None:
                counts["inside"]["dated"] += 1
                span = s.when.span
                if span is not None and s.content.start <= span.start and span.end <= s.content.end:
                    counts["inside"]["inside"] += 1
                    if show:
                        print(f"INSIDE {path.name}: when {s.when.expression!r} in {s.content.text[:80]!r}")
        taken: set[int] = set()
        for g in data["statements"]:
            segments = _segments(g["content"])
            best = max(((_overlap(segments, s.content.start, s.content.end), i) for i, s in enumerate(statements)
                        if i not in taken), default=(0.0, -1))
            match = statements[best[1]] if best[0] >= MIN_OVERLAP else None
            if match is not None:
                taken.add(best[1])
            inherited = set(g.get("inherited") or ())
            for field in ("via", "when"):
                c = counts[field]
                gold_value = g.get(field)
                pred_value = getattr(match, field) if match is not None else None
                if field == "via":
                    right = gold_value is not None and pred_value is not None and norm_name(gold_value) == norm_name(pred_value.name)
                    shown = pred_value.name if pred_value else None
                else:
                    right = gold_value is not None and _when_right(gold_value, pred_value)
                    shown = pred_value.expression if pred_value else None
                scope = "inherited" if field in inherited else "own"
                if gold_value is not None:
                    c["gold"] += 1
                    c[f"gold {scope}"] += 1
                    c["right"] += right
                    c[f"right {scope}"] += right
                    c["matched"] += match is not None
                if pred_value is not None and match is not None:
                    c["predicted"] += 1
                    c["predicted right"] += right
                if show and (gold_value is not None or pred_value is not None) and not right:
                    label = gold_value if field == "via" else (gold_value or {}).get("expression")
                    what = "unmatched" if match is None else f"predicted {shown!r}"
                    print(f"{field.upper()} {path.name}: gold {label!r} ({scope}) {what} | {(match.content.text if match else segments)!s:.80}")
    return counts


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a (0/0)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="print every miss and every wrong via/when")
    parser.add_argument("--write", action="store_true", help="write the figures into docs/accuracy.md")
    args = parser.parse_args()
    files = args.files or sorted(GOLD.glob("*/*.gold.json"))
    counts = run(files, args.list)
    print(f"{len(files)} gold files")
    rows = []
    for field in ("via", "when"):
        c = counts[field]
        cells = (_ratio(c["right"], c["gold"]), _ratio(c["right own"], c["gold own"]),
                 _ratio(c["right inherited"], c["gold inherited"]), _ratio(c["predicted right"], c["predicted"]))
        rows.append(f"| {field} | " + " | ".join(cells) + " |")
        print(f"{field}: right (recall) {cells[0]}; own sentence {cells[1]}; inherited {cells[2]}; precision {cells[3]}; "
              f"gold statements matched {_ratio(c['matched'], c['gold'])}")
    inside = counts["inside"]
    print(f"dates taken from inside the statement's own content: {inside['inside']} of {inside['dated']} dated statements")
    if args.write and not args.files:
        _write(rows, inside, len(files))


def _write(rows: list[str], inside: Counter, files: int) -> None:
    from _report import machine, replace_section, today

    body = [f"- Command: `python benchmarks/gold_via_when.py --write`; {today()}; {machine()}",
            f"- {files} hand-made gold files (benchmarks/gold/, docs/annotation.md). Each gold statement is matched to "
            "the predicted statement whose content covers most of it (at least 30%); *right* is the share of gold "
            "statements with a via (a when) whose match carries the same one (names compared without case, article, "
            "quotation marks or a generic \"newspaper\"/\"programme\"; times by expression and, where the gold has one, "
            "date and precision); *precision* is the share of matched predictions carrying one that carry the gold's. "
            "*inherited*: the gold takes it from an earlier sentence of the same occasion (docs/annotation.md, "
            "\"Inherited via and when\"). A development measure: `onrecord eval gold` will report the same fields.",
            "", "| field | right (all) | right (own sentence) | right (inherited) | precision |", "|---|---:|---:|---:|---:|",
            *rows, "",
            f"Dates taken from inside the statement's own content: {inside['inside']} of {inside['dated']} dated "
            "statements."]
    replace_section(ROOT / "docs" / "accuracy.md", SECTION, "\n".join(body))
    print(f"wrote docs/accuracy.md ({SECTION})")


SECTION = "Own gold: via and when"


if __name__ == "__main__":
    main()
