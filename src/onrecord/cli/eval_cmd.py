"""``onrecord eval``: score the engine against PolNeAR or onrecord gold files, and gate it."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ._app import app

eval_app = typer.Typer(
    name="eval",
    help="Score the engine against gold (PolNeAR, onrecord gold files) and check the quality gate.",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


class Split(str, Enum):
    train = "train"
    dev = "dev"


FormatOption = Annotated[EvalFormat, typer.Option("--format", "-f", help="table (for people) or json (for machines).")]
ErrorsOption = Annotated[int, typer.Option("--errors", min=0, help="Also show the N most frequent error kinds, one example each.")]


def _show(evaluation, fmt: EvalFormat, errors: int) -> None:
    from ..evaluate.report import as_json, errors_table, fields_table, scores_table

    if fmt is EvalFormat.json:
        sys.stdout.write(json.dumps(as_json(evaluation, errors=errors), ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    console.print(scores_table(evaluation))
    fields = fields_table(evaluation)
    if fields is not None:
        console.print(fields)
    dropped = evaluation.dropped
    if dropped:
        console.print(f"[dim]{len(dropped)} gold item(s) not scorable and left out: {'; '.join(dropped[:3])}[/dim]")
    console.print(f"[dim]engine time {evaluation.seconds:.1f} s; definitions: docs/evaluation.md[/dim]")
    if errors:
        console.print(errors_table(evaluation, errors))


@eval_app.command("polnear")
def polnear(
    split: Annotated[Split, typer.Option(help="PolNeAR split: develop on train, report on dev.")] = Split.dev,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N primary articles.")] = None,
    data: Annotated[Path | None, typer.Option(help="The PolNeAR folder (default: $ONRECORD_SHARED/data/polnear or ../shared/data/polnear).")] = None,
    format: FormatOption = EvalFormat.table,
    errors: ErrorsOption = 0,
) -> None:
    """Score the engine on PolNeAR (primary annotator of each article).

    Examples:

        onrecord eval polnear --split dev

        onrecord eval polnear --split train --limit 50 --errors 20

        onrecord eval polnear --format json > dev-scores.json
    """
    from ..evaluate import evaluate, read_polnear

    documents = read_polnear(data, split=split.value, limit=limit)
    corpus = f"PolNeAR {split.value}" + (f" (first {limit})" if limit else "")
    _show(evaluate(documents, corpus=corpus), format, errors)


@eval_app.command("gold")
def gold(
    files: Annotated[list[Path], typer.Argument(help="Gold files (*.gold.json, see docs/evaluation.md) or folders of them.", show_default=False)],
    format: FormatOption = EvalFormat.table,
    errors: ErrorsOption = 0,
) -> None:
    """Score the engine on onrecord gold files (or every *.gold.json in a folder); figures
    are summed over all files, with the speaker fields (resolved speaker, type, title,
    affiliation, unnamed, document, via, when, act) among the matched statements.

    Examples:

        onrecord eval gold ../shared/seed/kremlin-2022-03-21.gold.json

        onrecord eval gold benchmarks/gold

        onrecord eval gold benchmarks/gold/bbc/*.gold.json --format json
    """
    from ..evaluate import evaluate, read_gold
    from ..evaluate.gold import gold_paths

    paths = gold_paths(files)
    documents = [read_gold(path) for path in paths]
    corpus = paths[0].name if len(paths) == 1 else f"{len(paths)} gold files"
    _show(evaluate(documents, corpus=corpus), format, errors)


@eval_app.command("gate")
def gate(
    baseline: Annotated[Path, typer.Option(help="The baseline file of minimum figures.")] = Path("tests/eval_baseline.json"),
    shared: Annotated[Path | None, typer.Option(help="The shared corpora folder (default: $ONRECORD_SHARED or ../shared).")] = None,
    update: Annotated[bool, typer.Option("--update", help="Re-pin the minimums to the current figures.")] = False,
    allow_regression: Annotated[bool, typer.Option("--allow-regression", help="With --update: allow lowering a minimum.")] = False,
) -> None:
    """Check the engine against the pinned minimum figures (exit 1 below them), or re-pin them.

    Examples:

        onrecord eval gate

        onrecord eval gate --update

        onrecord eval gate --update --allow-regression
    """
    from .. import settings
    from ..evaluate import gate as g

    root = shared or settings.current().shared_root()
    if update:
        old = g.load_baseline(baseline) if baseline.exists() else None
        suites = {name: {k: v for k, v in s.items() if k not in ("sha256", "minimums")}
                  for name, s in (old or {"suites": g.DEFAULT_SUITES})["suites"].items()}
        new, lowered = g.plan_update(old, g.measure(suites, root), suites=suites, allow_regression=allow_regression)
        g.write_baseline(baseline, new)
        for line in lowered:
            typer.echo(f"lowered: {line}")
        pinned = sum(len(s["minimums"]) for s in new["suites"].values())
        typer.echo(f"{baseline}: {pinned} minimums pinned over {len(new['suites'])} suites")
        return
    current = g.load_baseline(baseline)
    failures = g.check(current, g.measure(current["suites"], root))
    for line in failures:
        typer.echo(f"FAIL {line}")
    if failures:
        raise typer.Exit(1)
    pinned = sum(len(s["minimums"]) for s in current["suites"].values())
    typer.echo(f"ok: {pinned} minimums held over {len(current['suites'])} suites")
