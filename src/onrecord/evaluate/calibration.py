"""Is a confidence a probability? Which statements are right, and how often each
confidence is right (docs/evaluation.md, "Confidence").

A statement is *right* when the attribution it belongs to (statements sharing a cue and a
speaker mention make one, ``predict.statement_groups``) is matched to a gold attribution
under the content-overlap matching of the full set: the matching behind the precision the
accuracy page reports. The reliability table puts statements in ten equal-width bins of
confidence and compares each bin's mean confidence with its share of right statements;
the expected calibration error is the mean gap, weighted by the bins' sizes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..schema import Statement
from .corpus import EvalDocument
from .metrics import score_document
from .predict import statement_groups, statements_to_attributions

MATCHING = "content.overlap"
BINS = 10


def statement_labels(document: EvalDocument, statements: Sequence[Statement]) -> list[bool]:
    """For each statement, whether it is right against the document's gold.
    RETURNS (list[bool]) in the order of ``statements``."""
    groups = statement_groups(statements, join_continuations=document.joins_continuations)
    # one attribution per group, ordered as statements_to_attributions orders them, so the
    # matching (whose ties go to the earlier prediction) is the scorer's own
    made = [statements_to_attributions(g, join_continuations=document.joins_continuations,
                                       cut_attribution=document.cuts_attribution)[0] for g in groups]
    order = sorted(range(len(made)), key=lambda i: (made[i].start, made[i].cue))
    result = score_document(document, [made[i] for i in order])
    matched = {order[p] for p in result.matches[MATCHING].values()}
    right = {id(s): number in matched for number, group in enumerate(groups) for s in group}
    return [right[id(s)] for s in statements]


@dataclass(frozen=True)
class Bin:
    """Statements whose confidence falls in [low, high)."""

    low: float
    high: float
    count: int
    mean_confidence: float | None
    accuracy: float | None


def reliability(pairs: Iterable[tuple[float, bool]], bins: int = BINS) -> list[Bin]:
    """(confidence, right) pairs in ``bins`` equal-width bins; 1.0 falls in the last.
    RETURNS (list[Bin])."""
    sums = [[0, 0.0, 0] for _ in range(bins)]
    for confidence, right in pairs:
        i = min(bins - 1, max(0, int(confidence * bins)))
        sums[i][0] += 1
        sums[i][1] += confidence
        sums[i][2] += bool(right)
    return [
        Bin(low=i / bins, high=(i + 1) / bins, count=n,
            mean_confidence=total / n if n else None, accuracy=hits / n if n else None)
        for i, (n, total, hits) in enumerate(sums)
    ]


def expected_calibration_error(table: Sequence[Bin]) -> float | None:
    """The mean |accuracy - confidence| over the bins, weighted by their counts.
    RETURNS (float | None): None without statements."""
    total = sum(b.count for b in table)
    if not total:
        return None
    return sum(b.count * abs(b.accuracy - b.mean_confidence) for b in table if b.count) / total
