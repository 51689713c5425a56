"""The scorer: one-to-one matching of gold and predicted attributions, and the figures.

Every definition here is written out in ``docs/evaluation.md``; change both together.

* Role spans (source, cue, content) are matched under two rules: *exact* (equal after
  ``spans.normalise``) and *overlap* (at least one shared character after normalising).
* Quotes are matched when the predicted content covers more than 30% (``quote_30``) or more
  than 80% (``quote_80``) of a gold content's characters.
* Matching is greedy and one-to-one, gold items in document order (required items before
  optional ones), each taking the free prediction that shares the most characters with it
  (the earliest on a tie).
* Subsets (speech, direct, indirect) reuse the full-set matching: a subset's recall counts
  its gold items, its precision its predicted items, each classified by the same rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .corpus import Attribution, EvalDocument
from .cues import is_speech
from .spans import Segments, intersection, is_direct, length, normalise

ROLES: tuple[str, ...] = ("source", "cue", "content")
MODES: tuple[str, ...] = ("exact", "overlap")
# Coverage thresholds of the quote-level match, in tenths; the test is strict (> 3/10).
QUOTE_THRESHOLDS: dict[str, int] = {"quote_30": 3, "quote_80": 8}
VIEWS: tuple[str, ...] = ("all", "speech", "direct", "indirect")
SPAN_METRICS: tuple[str, ...] = tuple(f"{r}.{m}" for r in ROLES for m in MODES) + tuple(QUOTE_THRESHOLDS)
RATIO_METRICS: tuple[str, ...] = ("speaker_match", "cue_match", "resolved_speaker")


@dataclass(frozen=True)
class Prepared:
    """An attribution with its normalised spans and its subset memberships."""

    attribution: Attribution
    spans: dict[str, Segments]
    direct: bool
    speech: bool

    def in_view(self, view: str) -> bool:
        if view == "all":
            return True
        if view == "speech":
            return self.speech
        return self.direct if view == "direct" else not self.direct


def prepare(text: str, attributions: Iterable[Attribution]) -> list[Prepared]:
    """Normalise spans and classify each attribution. RETURNS (list[Prepared])."""
    out = []
    for a in attributions:
        spans = {
            "source": normalise(text, a.source, role="source"),
            "cue": normalise(text, a.cue, role="cue"),
            "content": normalise(text, a.content, role="content"),
        }
        cue_text = " ".join(text[s:e] for s, e in a.cue)
        out.append(Prepared(a, spans, is_direct(text, a.content), is_speech(cue_text, floating=a.floating)))
    return out


Scorer = Callable[[Segments, Segments], "int | None"]


def exact_score(gold: Segments, pred: Segments) -> int | None:
    """Equal normalised spans match; the score is the shared length."""
    return length(gold) if gold and gold == pred else None


def overlap_score(gold: Segments, pred: Segments) -> int | None:
    """Spans sharing at least one character match; the score is the shared length."""
    shared = intersection(gold, pred)
    return shared if shared > 0 else None


def coverage_score(tenths: int) -> Scorer:
    """A scorer accepting a prediction that covers more than ``tenths``/10 of the gold's
    characters (integer arithmetic, so exactly 30% is not more than 30%)."""

    def score(gold: Segments, pred: Segments) -> int | None:
        shared = intersection(gold, pred)
        return shared if shared > 0 and 10 * shared > tenths * length(gold) else None

    return score


def greedy_match(gold: Sequence[Segments], pred: Sequence[Segments], score: Scorer,
                 order: Sequence[int] | None = None) -> dict[int, int]:
    """One-to-one matching: each gold span, in ``order`` (default: as given), takes the
    unused prediction with the highest score, the earliest on a tie. Empty spans never
    match. RETURNS (dict[int, int]): gold index -> prediction index."""
    used: set[int] = set()
    matches: dict[int, int] = {}
    for g in order if order is not None else range(len(gold)):
        if not gold[g]:
            continue
        best: tuple[int, int] | None = None
        for p, candidate in enumerate(pred):
            if p in used or not candidate:
                continue
            value = score(gold[g], candidate)
            if value is not None and (best is None or value > best[0]):
                best = (value, p)
        if best is not None:
            matches[g] = best[1]
            used.add(best[1])
    return matches


@dataclass
class DocumentResult:
    """A document's gold and predictions, prepared, and every matching between them."""

    document: EvalDocument
    gold: list[Prepared]
    pred: list[Prepared]
    matches: dict[str, dict[int, int]]


def score_document(document: EvalDocument, predicted: Iterable[Attribution]) -> DocumentResult:
    """Match one document's predictions against its gold. RETURNS (DocumentResult)."""
    gold = prepare(document.text, document.attributions)
    pred = prepare(document.text, predicted)
    # Required items choose first, so an optional one never takes a prediction from them.
    order = sorted(range(len(gold)), key=lambda i: (gold[i].attribution.optional, gold[i].attribution.start, i))
    matches: dict[str, dict[int, int]] = {}
    for role in ROLES:
        g = [x.spans[role] for x in gold]
        p = [x.spans[role] for x in pred]
        matches[f"{role}.exact"] = greedy_match(g, p, exact_score, order)
        matches[f"{role}.overlap"] = greedy_match(g, p, overlap_score, order)
    g = [x.spans["content"] for x in gold]
    p = [x.spans["content"] for x in pred]
    for name, tenths in QUOTE_THRESHOLDS.items():
        matches[name] = greedy_match(g, p, coverage_score(tenths), order)
    return DocumentResult(document, gold, pred, matches)


# --- names ----------------------------------------------------------------------------

_HONORIFICS = frozenset("mr mrs ms miss dr sir dame the".split())


def normalise_name(name: str) -> list[str]:
    """A name as comparable tokens: accents removed, case folded, punctuation dropped,
    leading honorifics ("Mr.", "Dr.", "the") removed. RETURNS (list[str])."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    tokens = re.sub(r"[^\w]+", " ", plain.replace("'s", " ").replace("’s", " ")).split()
    while tokens and tokens[0] in _HONORIFICS:
        tokens = tokens[1:]
    return tokens


def names_match(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted speaker name is the gold canonical name: equal after
    ``normalise_name``, or one of them is a single word equal to the other's last word
    (a surname: "Peskov" for "Dmitry Peskov"). RETURNS (bool)."""
    if not predicted or not gold:
        return False
    p, g = normalise_name(predicted), normalise_name(gold)
    if not p or not g:
        return False
    return p == g or (len(p) == 1 and p[0] == g[-1]) or (len(g) == 1 and g[0] == p[-1])


# --- aggregation ----------------------------------------------------------------------

@dataclass
class Counts:
    """Counts behind precision, recall and F1 of one metric in one view."""

    tp_gold: int = 0
    tp_pred: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        if not self.gold and not self.pred:
            return None
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp_gold, "tp_predicted": self.tp_pred, "gold": self.gold, "predicted": self.pred}


@dataclass
class Ratio:
    """An accuracy: ``correct`` of ``total``."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


@dataclass
class Scores:
    """Every figure, per view: ``spans[view][metric]`` and ``ratios[view][metric]``."""

    documents: int = 0
    has_names: bool = False
    spans: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: {v: {m: Counts() for m in SPAN_METRICS} for v in VIEWS})
    ratios: dict[str, dict[str, Ratio]] = field(
        default_factory=lambda: {v: {m: Ratio() for m in RATIO_METRICS} for v in VIEWS})

    def add(self, result: DocumentResult) -> None:
        """Add one document's counts."""
        self.documents += 1
        self.has_names = self.has_names or result.document.has_names
        for view in VIEWS:
            for metric in SPAN_METRICS:
                role = "content" if metric in QUOTE_THRESHOLDS else metric.split(".")[0]
                matched = result.matches[metric]
                counts = self.spans[view][metric]
                matched_preds = set(matched.values())
                for i, g in enumerate(result.gold):
                    if not g.spans[role] or not g.in_view(view):
                        continue
                    if i in matched:
                        counts.gold += 1
                        counts.tp_gold += 1
                    elif not g.attribution.optional:
                        counts.gold += 1
                for j, p in enumerate(result.pred):
                    if p.spans[role] and p.in_view(view):
                        counts.pred += 1
                        counts.tp_pred += j in matched_preds
            pairs = [(result.gold[g], result.pred[p]) for g, p in result.matches["quote_30"].items()]
            ratios = self.ratios[view]
            for g, p in pairs:
                if not g.in_view(view):
                    continue
                for metric, role in (("speaker_match", "source"), ("cue_match", "cue")):
                    if g.spans[role]:
                        ratios[metric].total += 1
                        ratios[metric].correct += intersection(g.spans[role], p.spans[role]) > 0
                if result.document.has_names and g.attribution.speaker:
                    ratios["resolved_speaker"].total += 1
                    ratios["resolved_speaker"].correct += names_match(p.attribution.speaker, g.attribution.speaker)

    def value(self, key: str) -> float | None:
        """A figure by dotted key: ``all.content.exact.f1``, ``speech.quote_30.recall``,
        ``all.resolved_speaker.accuracy``. RETURNS (float | None)."""
        view, rest = key.split(".", 1)
        metric, stat = rest.rsplit(".", 1)
        if metric in RATIO_METRICS:
            return getattr(self.ratios[view][metric], stat)
        return getattr(self.spans[view][metric], stat)

    def as_dict(self) -> dict:
        return {
            view: {
                **{m: c.as_dict() for m, c in self.spans[view].items()},
                **{m: r.as_dict() for m, r in self.ratios[view].items()
                   if m != "resolved_speaker" or self.has_names},
            }
            for view in VIEWS
        }


def score_all(results: Iterable[DocumentResult]) -> Scores:
    """Sum document results into corpus figures (micro-averaged). RETURNS (Scores)."""
    scores = Scores()
    for result in results:
        scores.add(result)
    return scores
