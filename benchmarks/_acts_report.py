"""The accuracy page's sections on acts and on confidence (``benchmarks/accuracy.py`` writes
them): the default record (speech and writing) against the gold that reports speech, the
other acts against the rest, and how often each confidence is right. Definitions:
docs/evaluation.md, "Acts" and "Confidence"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from onrecord.evaluate.acts import GOLD_ACTS, ActView, default_views, gold_act
from onrecord.evaluate.calibration import expected_calibration_error, reliability, statement_labels
from onrecord.evaluate.corpus import EvalDocument
from onrecord.evaluate.predict import predict_statements, statements_to_attributions
from onrecord.schema import DEFAULT_ACTS, STATEMENT_ACTS, Statement

# The targets: the default record against the speech gold, and calibration.
TARGET_PRECISION, TARGET_RECALL, TARGET_ECE = 0.95, 0.90, 0.05
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
_METRICS = (("content.overlap", "content, overlap"), ("content.exact", "content, exact"),
            ("source.overlap", "source, overlap"), ("cue.overlap", "cue, overlap"), ("quote_30", "quote, > 30%"))


def num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf(view: ActView, metric: str) -> str:
    c = view.counts[metric]
    return f"{num(c.precision)} / {num(c.recall)} / **{num(c.f1)}**"


def acts_section(corpus: str, documents: Sequence[EvalDocument], statements: Sequence[Sequence[Statement]]) -> str:
    """Per-act figures on one corpus, as markdown."""
    views = default_views(documents, statements)
    gold = Counter(gold_act(d.text, a) for d in documents for a in d.attributions)
    acts = Counter(s.act for found in statements for s in found)
    lines = [f"### Acts on {corpus}", "",
             (f"{sum(acts.values()):,} statements: " + ", ".join(f"{a} {acts[a]:,}" for a in STATEMENT_ACTS)
              + f". Gold attributions by the act of their cue: " + ", ".join(f"{a} {gold[a]:,}" for a in GOLD_ACTS)
              + ". The default record (what `search`, `export`, the API's lists and the web pages show) is speech "
              "and writing; each side is matched afresh with only its own statements (docs/evaluation.md, \"Acts\")."), "",
             "Precision / recall / **F1**; *said P* is the precision counting as right only a match with gold of the "
             "view's own subset (as on a test set annotated for those acts alone). Counts are of attributions: "
             "statements sharing a cue and a speaker make one, as everywhere on this page:", "",
             "| view | attributions kept | gold | " + " | ".join(label for _, label in _METRICS) + " | said P (content, overlap) |",
             "|---|---:|---:|" + "---:|" * (len(_METRICS) + 1)]
    for view in views:
        c = view.counts["content.overlap"]
        lines.append(f"| {view.name} | {c.pred:,} | {c.gold:,} | " + " | ".join(_prf(view, m) for m, _ in _METRICS)
                     + f" | {num(view.strict_precision('content.overlap'))} |")
    lines += ["", "The default record at each `--min-confidence` (content overlap; the confidence is the calibrated "
              "probability below):", "",
              "| min confidence | attributions kept | precision | said P | recall: said-or-written gold | recall: speech subset |",
              "|---:|---:|---:|---:|---:|---:|"]
    met = []
    for threshold in THRESHOLDS:
        subset, said = default_views(documents, statements, threshold)[:2]
        c, r = said.counts["content.overlap"], subset.counts["content.overlap"]
        lines.append(f"| {threshold:.1f} | {c.pred:,} | {num(c.precision)} | {num(said.strict_precision('content.overlap'))} "
                     f"| {num(c.recall)} | {num(r.recall)} |")
        if threshold == 0.0:
            met = [(label, view.counts["content.overlap"]) for label, view in
                   (("speech subset", subset), ("said-or-written gold", said))]
    lines += ["", "Target of issue 12 (default record, content overlap: precision >= "
              f"{TARGET_PRECISION} at recall >= {TARGET_RECALL}):", "", "| gold | precision | recall | met |", "|---|---:|---:|:---:|"]
    for label, c in met:
        ok = c.precision is not None and c.recall is not None and c.precision >= TARGET_PRECISION and c.recall >= TARGET_RECALL
        lines.append(f"| {label} | {num(c.precision)} | {num(c.recall)} | {'yes' if ok else 'no'} |")
    return "\n".join(lines) + "\n"


def calibration_section(corpus: str, documents: Sequence[EvalDocument], statements: Sequence[Sequence[Statement]]) -> str:
    """The reliability table and the expected calibration error on one corpus, as markdown."""
    pairs: list[tuple[float, bool, str]] = []
    for document, found in zip(documents, statements, strict=True):
        pairs += [(s.confidence, right, s.act) for s, right in zip(found, statement_labels(document, found))]
    table = reliability((c, r) for c, r, _ in pairs)
    error = expected_calibration_error(table)
    said = [(c, r) for c, r, a in pairs if a in DEFAULT_ACTS]
    said_error = expected_calibration_error(reliability(said))
    lines = [f"### Confidence on {corpus}", "",
             (f"Every statement ({len(pairs):,}), all acts: is its confidence the share of statements like it that are "
              "right? Right means its attribution matches a gold one (content overlap, full set; docs/evaluation.md, "
              "\"Confidence\"). Ten equal-width bins:"), "",
             "| confidence | statements | mean confidence | observed accuracy | gap |", "|---|---:|---:|---:|---:|"]
    for b in table:
        gap = abs(b.accuracy - b.mean_confidence) if b.count else None
        lines.append(f"| {b.low:.1f}-{b.high:.1f} | {b.count:,} | {num(b.mean_confidence)} | {num(b.accuracy)} | {num(gap)} |")
    kept = [r for c, r in said if c >= 0.8]
    lines += ["", (f"Expected calibration error: **{num(error)}** (target <= {TARGET_ECE}: "
                   f"{'met' if error is not None and error <= TARGET_ECE else 'not met'}); on the default record "
                   f"(speech and writing) alone {num(said_error)}. At `--min-confidence 0.8` the default record keeps "
                   f"{len(kept):,} statements, of which a share of {num(sum(kept) / len(kept) if kept else None)} are right.")]
    return "\n".join(lines) + "\n"


class Capturing:
    """onrecord's predictor, keeping each document's statements (every act) for the
    sections on acts and confidence."""

    def __init__(self) -> None:
        self.statements: list[list[Statement]] = []

    def __call__(self, documents: Sequence[EvalDocument]):
        for document, found in zip(documents, predict_statements(documents)):
            self.statements.append(found)
            yield statements_to_attributions(found, join_continuations=document.joins_continuations,
                                             cut_attribution=document.cuts_attribution)
