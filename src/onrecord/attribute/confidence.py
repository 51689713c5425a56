"""One confidence for every statement, and it is a probability.

Each rule has its own idea of a confidence (0.85 for "said that ...", 0.55 for a verb's
object, the model's probability for a learned cue), and their scales differ. Here every
statement is described by a few sparse features — the rule, the act, the kind, the cue
lemma and its class, the rule's own score, whether the speaker was named, whether the cue
sits inside another statement — and a logistic regression followed by an isotonic map
turns them into the probability that the statement is right: that its content matches an
attribution a PolNeAR annotator marked (docs/evaluation.md, "Confidence"). So
``--min-confidence 0.8`` keeps statements of which about 8 in 10 are right.

The weights and the map ship in ``data/confidence.json``; ``training/confidence_model.py``
fits them on PolNeAR *train* (out-of-fold, never the gate's held-out part, never dev),
deterministically. Without the file (or with one fitted on other features) the rules'
own scores are kept.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from ..schema import Statement
from .act_words import BELIEF_LEMMAS, INTENTION_LEMMAS, STANCE_LEMMAS, TALK_LEMMAS, WRITING_VERBS
from .found import Found
from .learned import shipped_data
from .lexicon import SPEECH_VERBS

# Bump when a feature changes: a map fitted on other features is ignored.
FEATURES_VERSION = 2

_CLASSES = (("speech", SPEECH_VERBS), ("writing", WRITING_VERBS), ("belief", BELIEF_LEMMAS),
            ("intention", INTENTION_LEMMAS), ("stance", STANCE_LEMMAS), ("talk", TALK_LEMMAS))


def lemma_class(lemma: str | None) -> str:
    """Which word list a cue lemma is in ("speech", "belief", ...), "none" without a cue
    word, "other" outside every list. RETURNS (str)."""
    if lemma is None:
        return "none"
    return next((name for name, words in _CLASSES if lemma in words), "other")


def features(found: Found, statement: Statement, lemma: str | None, nested: bool, headline: bool = False) -> list[str]:
    """What the calibration reads of one statement.

    found: the finding, for its rule and its own score (``found.confidence``: a rule's
        constant or the learned model's probability).
    statement: the statement made of it (act, kind, speaker, via, when).
    lemma: the cue's lemma (``acts.lemma_of``), None without a cue word.
    nested: the cue lies inside another statement's content ("she said he told her ...").
    headline: the content starts on the article's first line.
    RETURNS (list[str]).
    """
    rule = found.rule
    explanation = statement.explanation or ""
    how = explanation.split("speaker by ", 1)[1] if "speaker by " in explanation else "direct"
    speaker = "name" if statement.speaker.name else "mention" if statement.speaker.mention else "none"
    if found.inherit is not None:
        speaker = "inherited"
    words = len(statement.content.text.split())
    size = "1-3" if words <= 3 else "4-8" if words <= 8 else "9-20" if words <= 20 else "21-40" if words <= 40 else "41+"
    score = f"{min(19, int(found.confidence * 20)) / 20:.2f}"
    cls = lemma_class(lemma)
    first = statement.content.text[:1]
    word = statement.content.text.split(maxsplit=1)[0].lower() if statement.content.text.strip() else ""
    opener = "quote" if first in "\"“‘'«„" else word if word in ("that", "to", "whether", "if", "how", "what", "why") else "other"
    return [
        "bias",
        f"rule={rule}",
        f"act={statement.act}",
        f"rule|act={rule}|{statement.act}",
        f"kind={statement.kind}",
        f"rule|kind={rule}|{statement.kind}",
        f"class={cls}",
        f"rule|class={rule}|{cls}",
        f"lemma={lemma}",
        f"speaker={speaker}",
        f"rule|speaker={rule}|{speaker}",
        f"how={how}",
        f"type={statement.speaker.type}",
        f"via={statement.via is not None}",
        f"when={statement.when is not None}",
        f"nested={nested}",
        f"rule|nested={rule}|{nested}",
        f"size={size}",
        f"rule|size={rule}|{size}",
        f"score|rule={score}|{rule}",
        f"opener={opener}",
        f"rule|opener={rule}|{opener}",
        f"headline={headline}",
        f"rule|headline={rule}|{headline}",
    ]


@dataclass(frozen=True)
class Calibration:
    """A logistic regression over sparse binary features, then an isotonic map from its
    probability to the observed share of right statements (linear between the points)."""

    weights: dict[str, float]
    points: tuple[tuple[float, float], ...]

    def score(self, names: list[str]) -> float:
        """The regression's probability. RETURNS (float)."""
        total = sum(map(self.weights.get, names, repeat(0.0)))  # (the same sum, in the same order, with no generator)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def probability(self, names: list[str]) -> float:
        """The calibrated probability that the statement is right. RETURNS (float)."""
        return interpolate(self.points, self.score(names))


def interpolate(points: tuple[tuple[float, float], ...], x: float) -> float:
    """The isotonic map at ``x``: linear between its points, flat beyond them."""
    if not points:
        return x
    xs = [p[0] for p in points]
    i = bisect.bisect_left(xs, x)
    if i == 0:
        return points[0][1]
    if i == len(points):
        return points[-1][1]
    (x0, y0), (x1, y1) = points[i - 1], points[i]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)


@lru_cache(maxsize=1)
def load_calibration() -> Calibration | None:
    """The shipped calibration, or None when it is missing or fitted on other features."""
    data = shipped_data("confidence.json", FEATURES_VERSION)
    if data is None:
        return None
    return Calibration(weights=data["weights"], points=tuple((float(x), float(y)) for x, y in data["isotonic"]))
