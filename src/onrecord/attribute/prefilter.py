"""The candidate pre-filter: which tokens of a Doc a pass looks at, picked with one
vectorised pass over the Doc's lemmas (iterating Token objects is the engine's main cost
after the parse)."""

from __future__ import annotations

from collections.abc import Iterable, Set

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import StringStore
from spacy.tokens import Doc

from .lexicon import BELIEF_VERBS, CUE_NOUNS, SPEECH_VERBS

# The lemmas a rule cue may have (``clause_rules``).
CUE_LEMMAS = SPEECH_VERBS | BELIEF_VERBS | CUE_NOUNS


def candidate_indices(doc: Doc) -> list[int]:
    """Indices of tokens that may be rule cues: a cue lemma, or "according"."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    array = doc.to_array([LEMMA, LOWER])
    mask = member_mask(array[:, 0], lemma_hashes(strings, CUE_LEMMAS)) | (array[:, 1] == strings.add("according"))
    return numpy.flatnonzero(mask).tolist()


def lemma_indices(doc: Doc, lemmas: Set[str], pos: tuple[int, ...] = ()) -> list[int]:
    """Indices of the tokens whose lemma is one of ``lemmas`` (or its capitalised form)
    and, when ``pos`` is given, whose part of speech is one of ``pos`` (``spacy.symbols``
    ids): a pass that skips other parts of speech then makes no Token object for them."""
    if len(doc) == 0:
        return []
    if not pos:
        return numpy.flatnonzero(member_mask(doc.to_array(LEMMA), lemma_hashes(doc.vocab.strings, lemmas))).tolist()
    array = doc.to_array([LEMMA, POS])
    mask = member_mask(array[:, 0], lemma_hashes(doc.vocab.strings, lemmas)) & equal_any(array[:, 1], pos)
    return numpy.flatnonzero(mask).tolist()


def equal_any(values: numpy.ndarray, few: Iterable[int]) -> numpy.ndarray:
    """``numpy.isin`` for a handful of values (parts of speech, a word and its capitalised
    form): one comparison each, where ``isin``'s set-up cost more than the passes that
    called it (stop 47's profile). RETURNS (numpy.ndarray): a boolean mask."""
    mask = numpy.zeros(len(values), dtype=bool)
    for value in few:
        mask |= values == value
    return mask


def member_mask(values: numpy.ndarray, sorted_hashes: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin`` for a sorted array of hashes, by binary search: several times faster
    on a Doc's few thousand tokens."""
    if not len(sorted_hashes):
        return numpy.zeros(len(values), dtype=bool)
    where = numpy.searchsorted(sorted_hashes, values)
    numpy.minimum(where, len(sorted_hashes) - 1, out=where)  # (ndarray.clip's Python wrapper cost as much as the search)
    return sorted_hashes[where] == values


_HASHES: dict[tuple[int, frozenset[str]], numpy.ndarray] = {}


def lemma_hashes(strings: StringStore, words: Set[str]) -> numpy.ndarray:
    """The sorted hashes of ``words`` and their capitalised forms in ``strings`` (spaCy's
    lemmatizer keeps the case of proper nouns); computed once per string store."""
    key = (id(strings), frozenset(words))
    if key not in _HASHES:
        _HASHES[key] = numpy.array(sorted({strings.add(w) for w in words} | {strings.add(w.capitalize()) for w in words}), dtype="uint64")
    return _HASHES[key]
