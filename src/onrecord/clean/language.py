"""The language of a document, with py3langid, called only when the text allows a confident call.

The attribution engine is English-only; a Spanish page run through it yields nonsense
speakers, so confidently non-English documents are skipped (and recorded as such) instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy

# The shortest text (in characters, runs of whitespace counted as one) whose language is
# decided; shorter ones get no language and are never skipped. About 35 words, one short
# paragraph. Calibrated with MIN_PROBABILITY on texts of known language: all 2,225 BBC
# News articles (every one 'en', lowest p=0.994), the 84 PolNeAR dev articles ('en', lowest
# p=0.999) and the 181 AEB gold bodies (161 'en'; 20 in pt, ru, ko, it, id, de, ja, of which
# one 2,214-character Indonesian text at p=0.81 stays undecided). Rerun
# tests/test_clean_language.py after changing either.
MIN_CHARS = 200
# The softmax probability py3langid (norm_probs=True) must give the top language. Below it,
# the document keeps language None and is analysed: a wrong skip loses an article silently,
# a wrong analysis only wastes time on it.
MIN_PROBABILITY = 0.9
# Enough text for a stable call; the rest only costs time (py3langid walks the sample byte
# by byte in Python: 2 ms of a 2,000-character article). On 2,706 texts (every BBC article,
# the 181 AEB gold bodies, 300 PolNeAR train articles) 1,500 characters give every text the
# decision 20,000 gave, the lowest confident English call staying at p=0.935.
_SAMPLE_CHARS = 1_500

# py3langid's automaton is Aho-Corasick's: the state after any text is the state after its
# last AUTOMATON_DEPTH bytes read from the start, the length of its longest feature
# (``automaton_depth``; tests/test_clean_language.py checks it against the shipped model).
AUTOMATON_DEPTH = 6

ENGLISH: frozenset[str] = frozenset({"en"})


@dataclass(frozen=True)
class LanguageGuess:
    """A language code (ISO 639-1) and py3langid's probability for it."""

    code: str
    probability: float


@lru_cache(maxsize=1)
def _identifier():
    # Loaded once per process, on first use: the model takes most of a second to load.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class Identifier(LanguageIdentifier):
        """py3langid's identifier, its byte walk done by numpy (``_visits``): py3langid
        walks its automaton one byte at a time in Python, half of a call's time."""

        __slots__ = ("_moves", "_rows", "_outputs", "_depth")

        def _raw_score(self, text):
            visits = _visits(self, text)
            return super()._raw_score(text) if visits is None else self._sparse_score(visits, self.nb_ptc)

    identifier = Identifier.from_model_file(MODEL_FILE, norm_probs=True)
    if not hasattr(identifier, "_rowbase"):  # another py3langid than the one this was written for
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier._moves = numpy.frombuffer(identifier.tk_nextmove, dtype=identifier.tk_nextmove.typecode)  # no copy
    identifier._rows = numpy.array(identifier._rowbase, dtype="int64")
    identifier._outputs = numpy.array(identifier.tk_output, dtype="int64")
    identifier._depth = AUTOMATON_DEPTH
    return identifier


def automaton_depth(moves: numpy.ndarray, rows: numpy.ndarray) -> int:
    """The length of the longest byte string a state of the automaton stands for (its
    distance from the start state). A second to compute, hence ``AUTOMATON_DEPTH``."""
    depth, seen, frontier = 0, numpy.zeros(len(rows), dtype=bool), numpy.array([0])
    seen[0] = True
    while len(frontier):
        reached = numpy.unique(numpy.concatenate([
            moves[(rows[part][:, None] + numpy.arange(256)).ravel()] for part in numpy.array_split(frontier, len(frontier) // 4096 + 1)]))
        frontier = reached[~seen[reached]]
        seen[frontier] = True
        depth += bool(len(frontier))
    return depth


def _visits(identifier, text: bytes) -> dict[int, int] | None:
    """py3langid's ``visit_counts`` of ``text`` (feature: count, in order of first visit),
    each position's state found by walking only the ``depth`` bytes up to it, all positions
    at once; None when no feature is visited."""
    data = numpy.frombuffer(text, dtype="uint8")
    moves, rows = identifier._moves, identifier._rows
    states = numpy.zeros(len(data), dtype=moves.dtype)
    for back in range(min(identifier._depth, len(data)) - 1, -1, -1):
        states[back:] = moves[rows[states[back:]] + data[: len(data) - back]]
    features = identifier._outputs[states]
    features = features[features >= 0]
    if not len(features):
        return None
    found, first, counts = numpy.unique(features, return_index=True, return_counts=True)
    order = numpy.argsort(first)
    return dict(zip(found[order].tolist(), counts[order].tolist()))


def detect_language(text: str) -> LanguageGuess | None:
    """The language of ``text`` when the call is confident, else None.

    RETURNS (LanguageGuess | None): None for texts under ``MIN_CHARS`` or whose top language
    is under ``MIN_PROBABILITY``.
    """
    sample = " ".join(text.split())[:_SAMPLE_CHARS]
    if len(sample) < MIN_CHARS:
        return None
    code, probability = _identifier().classify(sample)
    if probability < MIN_PROBABILITY:
        return None
    return LanguageGuess(code, probability)
