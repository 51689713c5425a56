"""Evaluations for people (a rich table) and for machines (JSON)."""

from __future__ import annotations

from rich.table import Table

from .diagnose import top_errors
from .fields import FIELDS, OCCASION_FIELDS, RESOLUTION_CLASSES, SCOPES, score_fields
from .harness import Evaluation
from .metrics import QUOTE_THRESHOLDS, RATIO_METRICS, ROLES, VIEWS, Counts, Ratio

ROW_LABELS: dict[str, str] = {
    **{f"{r}.{m}": f"{r} {m}" for r in ROLES for m in ("exact", "overlap")},
    "quote_30": "quote > 30%",
    "quote_80": "quote > 80%",
    "speaker_match": "speaker match*",
    "cue_match": "cue match*",
    "resolved_speaker": "resolved speaker*",
}

VIEW_LABELS: dict[str, str] = {
    "all": "full set",
    "speech": "speech subset",
    "direct": "direct",
    "indirect": "indirect",
}


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def counts_cell(counts: Counts) -> str:
    """``F1 (P/R)``, three decimals. RETURNS (str)."""
    if counts.f1 is None:
        return "n/a"
    return f"[bold]{_num(counts.f1)}[/bold]\n[dim]{_num(counts.precision)}/{_num(counts.recall)}[/dim]"


def ratio_cell(ratio: Ratio) -> str:
    """``accuracy (correct/total)``. RETURNS (str)."""
    if ratio.accuracy is None:
        return "n/a"
    return f"[bold]{_num(ratio.accuracy)}[/bold]\n[dim]{ratio.correct}/{ratio.total}[/dim]"


def scores_table(evaluation: Evaluation) -> Table:
    """One table: a row per metric, a column per view. RETURNS (rich.table.Table)."""
    scores = evaluation.scores
    title = (f"{evaluation.system} on {evaluation.corpus}: {scores.documents} document{'s' if scores.documents != 1 else ''}, "
             f"{evaluation.gold_count} gold, {evaluation.predicted_count} predicted attributions")
    table = Table(title=title, show_lines=True, caption="F1 over precision/recall; * accuracy over correct/total, among quotes matched at > 30%",
                  )
    table.add_column("metric", no_wrap=True)
    for view in VIEWS:
        table.add_column(VIEW_LABELS[view], justify="right", no_wrap=True)
    for metric in scores.spans["all"]:
        if metric == next(iter(QUOTE_THRESHOLDS)):
            table.add_section()
        table.add_row(ROW_LABELS[metric], *(counts_cell(scores.spans[v][metric]) for v in VIEWS))
    table.add_section()
    for metric in RATIO_METRICS:
        if metric == "resolved_speaker" and not scores.has_names:
            continue
        table.add_row(ROW_LABELS[metric], *(ratio_cell(scores.ratios[v][metric]) for v in VIEWS))
    return table


def fields_table(evaluation: Evaluation) -> Table | None:
    """Speaker-field accuracies and resolutions by class (onrecord gold files only).

    RETURNS (rich.table.Table | None): None where the gold carries no fields (PolNeAR)."""
    if not evaluation.scores.has_names:
        return None
    fields = score_fields(evaluation.results)
    table = Table(title="speaker fields, among statements matched at > 30%", show_lines=False,
                  caption=f"honorifics in any predicted speaker field: {fields.honorifics} (target 0)")
    table.add_column("field", no_wrap=True)
    table.add_column("right", justify="right", no_wrap=True)
    table.add_column("of", justify="right", no_wrap=True)
    for name in FIELDS:
        ratio = fields.fields[name]
        table.add_row(name, _num(ratio.accuracy), f"{ratio.correct}/{ratio.total}")
    at = fields.speaker_at_mention
    table.add_row("speaker, mention found", _num(at.accuracy), f"{at.correct}/{at.total}")
    table.add_section()
    for kind in RESOLUTION_CLASSES:
        counts = fields.resolutions[kind]
        table.add_row(f"{kind}: resolved", _num(counts.rate), f"{counts.resolved}/{counts.mentions}")
        table.add_row(f"{kind}: right", _num(counts.precision), f"{counts.right}/{counts.resolved}")
    for name in OCCASION_FIELDS:
        table.add_section()
        scores = fields.occasions[name]
        for label, ratios in (("right, of gold with one", scores.recall), ("right, of those found", scores.found),
                              ("precision", scores.precision)):
            for scope in ("all", *SCOPES):
                ratio = ratios[scope]
                table.add_row(f"{name} {label} ({scope})", _num(ratio.accuracy), f"{ratio.correct}/{ratio.total}")
        if name == "when":
            table.add_row("when inside its own content", str(scores.inside), "(target 0)")
            table.add_row("when undated in gold (not scored)", str(scores.undated), "")
    return table


def errors_table(evaluation: Evaluation, n: int) -> Table:
    """The ``n`` most frequent error kinds, with one example each. RETURNS (rich.table.Table)."""
    table = Table(title=f"{n} most frequent error kinds", show_lines=True, expand=True)
    table.add_column("count", justify="right", no_wrap=True)
    table.add_column("kind", ratio=2)
    table.add_column(_escape("example: G gold / P predicted, as [source] (cue) «content»"), ratio=5)
    for kind, count, case in top_errors(evaluation.results, n):
        example = f"[dim]{case.document}[/dim]\nG {_escape(case.gold)}\nP {_escape(case.predicted)}"
        table.add_row(str(count), _escape(kind), example)
    return table


def _escape(text: str) -> str:
    return text.replace("[", r"\[")


def as_json(evaluation: Evaluation, *, errors: int = 0) -> dict:
    """Everything the table shows, for machines. RETURNS (dict)."""
    scores = evaluation.scores
    out = {
        "corpus": evaluation.corpus,
        "system": evaluation.system,
        "documents": scores.documents,
        "gold": evaluation.gold_count,
        "predicted": evaluation.predicted_count,
        "dropped_gold": evaluation.dropped,
        "seconds": round(evaluation.seconds, 2),
        "scores": scores.as_dict(),
    }
    if scores.has_names:
        out["speaker_fields"] = score_fields(evaluation.results).as_dict()
    if errors:
        out["errors"] = [
            {"kind": kind, "count": count,
             "example": {"document": case.document, "gold": case.gold, "predicted": case.predicted}}
            for kind, count, case in top_errors(evaluation.results, errors)
        ]
    return out
