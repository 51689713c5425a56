"""Measuring the engine against gold: corpus readers, the scorer, reports, the quality gate.

    >>> from onrecord.evaluate import evaluate, read_polnear
    >>> evaluation = evaluate(read_polnear(split="dev"), corpus="polnear dev")
    >>> evaluation.scores.value("all.content.exact.f1")

Modules: ``polnear`` and ``gold`` read corpora into ``corpus.EvalDocument``; ``predict``
turns the engine's statements into attributions; ``metrics`` matches and counts;
``diagnose`` names error kinds; ``report`` renders; ``gate`` pins minimum figures.
Every metric is defined in ``docs/evaluation.md``.
"""

from __future__ import annotations

from .corpus import Attribution, EvalDocument
from .gold import read_gold
from .harness import Evaluation, evaluate
from .metrics import Scores, score_document
from .polnear import read_polnear
from .predict import statements_to_attributions

__all__ = [
    "Attribution",
    "EvalDocument",
    "Evaluation",
    "Scores",
    "evaluate",
    "read_gold",
    "read_polnear",
    "score_document",
    "statements_to_attributions",
]
