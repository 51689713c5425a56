"""Run a system over gold documents and score it: the one loop behind ``onrecord eval``,
the quality gate and ``benchmarks/accuracy.py``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .corpus import Attribution, EvalDocument
from .metrics import DocumentResult, Scores, score_all, score_document

Predictor = Callable[[Sequence[EvalDocument]], Iterable[list[Attribution]]]


@dataclass
class Evaluation:
    """A system's scores on a corpus, with the per-document results behind them."""

    corpus: str
    system: str
    results: list[DocumentResult]
    scores: Scores
    seconds: float

    @property
    def gold_count(self) -> int:
        return sum(len(r.gold) for r in self.results)

    @property
    def predicted_count(self) -> int:
        return sum(len(r.pred) for r in self.results)

    @property
    def dropped(self) -> list[str]:
        return [d for r in self.results for d in r.document.dropped]


def evaluate(documents: Sequence[EvalDocument], *, corpus: str, system: str = "onrecord",
             predictor: Predictor | None = None) -> Evaluation:
    """Predict with ``predictor`` (the onrecord engine by default) and score.

    RETURNS (Evaluation); ``seconds`` is the prediction time alone.
    """
    if predictor is None:
        from .predict import predict as predictor
    started = time.perf_counter()
    predictions = list(predictor(documents))
    seconds = time.perf_counter() - started
    results = [score_document(d, p) for d, p in zip(documents, predictions, strict=True)]
    return Evaluation(corpus=corpus, system=system, results=results, scores=score_all(results), seconds=seconds)
