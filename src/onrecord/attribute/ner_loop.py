"""The NER's greedy loop over Docs with no preset entities, its moves chosen with numpy.

spaCy's loop asks, for every state at every step, each of the NER's 74 moves whether it is
valid (``BiluoPushDown.set_valid``); each check reads the state's tokens through calls that
take and drop the GIL, and on the selective engine's pieces that was 6.7 µs per token, most
of the NER's transition loop (150 BBC articles: 0.27 of its 0.32 CPU-s). Where no token of
the batch has a preset entity (``ENT_IOB`` 0 everywhere: a fresh Doc, as the selective
engine's pieces and the full engine's articles are), the validity of a move depends only on
where a state stands: whether an entity is open and with which label, how many tokens are
left, whether the next token starts a sentence and whether this one is a space. This loop
keeps those per state in arrays, computes every state's valid moves at once, takes the
first best valid move (``arg_max_if_valid``), and keeps the entities itself. The features
(``set_context_tokens`` for three features: the next token, the open entity's first token
and the token before the next) and the scores are spaCy's, for the same states in the
same order at every step: the annotations are spaCy's (tests/test_fast_paths.py).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

__all__ = ["NerMoves", "greedy_entities", "no_presets", "set_entities"]

_BEGIN, _IN, _LAST, _UNIT, _OUT, _MISSING = range(6)
_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}


def no_presets(docs: list[Doc]) -> bool:
    """Whether no token of ``docs`` has a preset entity (or an explicit outside)."""
    return all(not len(doc) or not doc.to_array(ENT_IOB).any() for doc in docs)


class NerMoves:
    """The NER's moves as arrays: kind and label of each, in the model's class order."""

    def __init__(self, moves, strings) -> None:
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        self.kind = numpy.array([_OUT if n == "O" else _MISSING if n == "M" else _KINDS[n[0]] for n in names])
        self.label = numpy.array([strings[n[2:]] if len(n) > 2 else 0 for n in names], dtype="uint64")
        labelled = self.label != 0
        self.begin = (self.kind == _BEGIN) & labelled
        self.inside = (self.kind == _IN) & labelled
        self.last = (self.kind == _LAST) & labelled
        self.unit = (self.kind == _UNIT) & labelled
        self.out = self.kind == _OUT


def greedy_entities(docs: list[Doc], moves: NerMoves, scores_of: Callable[[numpy.ndarray], numpy.ndarray]
                    ) -> list[list[tuple[int, int, int]]]:
    """Each Doc's entities, (start, end, label), as spaCy's greedy NER loop finds them;
    ``scores_of`` gives the scores of the states whose feature token ids it is given."""
    lengths = numpy.array([len(doc) for doc in docs], dtype="int64")
    offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]]).astype("int64")
    total = int(lengths.sum())
    arrays = [doc.to_array([SENT_START, IS_SPACE]).astype("int64").reshape(-1, 2) for doc in docs if len(doc)]
    columns = numpy.concatenate(arrays) if arrays else numpy.zeros((0, 2), dtype="int64")
    # per token of the batch: the next token of its Doc starts a sentence; it is a space
    next_starts = numpy.zeros(total + 1, dtype=bool)
    next_starts[:total - 1] = columns[1:, 0] == 1
    next_starts[(offsets + lengths - 1)[lengths > 0]] = False  # the last token of a Doc has no next one
    spaces = numpy.append(columns[:, 1] != 0, False)
    found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
    active = numpy.flatnonzero(lengths > 0)
    position = numpy.zeros(len(docs), dtype="int64")  # B(0) of each state
    opened = numpy.full(len(docs), -1, dtype="int64")  # the open entity's first token, or -1
    label = numpy.zeros(len(docs), dtype="uint64")  # the open entity's label
    while len(active):
        here = position[active]
        start = opened[active]
        is_open = start >= 0
        ids = numpy.full((len(active), 3), -1, dtype="int32")
        ids[:, 0] = offsets[active] + here
        ids[is_open, 1] = offsets[active][is_open] + start[is_open]
        ids[is_open, 2] = ids[is_open, 0] - 1
        scores = scores_of(ids)
        token = offsets[active] + here
        left = lengths[active] - here  # buffer_length
        closed, more = ~is_open[:, None], (left >= 2)[:, None]
        same = label[active][:, None] == moves.label[None, :]
        space, next_start = spaces[token][:, None], next_starts[token][:, None]
        valid = ((moves.begin & closed & more & ~next_start & ~space)
                 | (moves.inside & ~closed & more & same & ~next_start)
                 | (moves.last & ~closed & same)
                 | (moves.unit & closed & ~space)
                 | (moves.out & closed))
        choice = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)
        if not valid[numpy.arange(len(active)), choice].all():
            raise RuntimeError("ner_loop: a state with no valid move")  # spaCy would force it final
        kind = moves.kind[choice]
        for row in numpy.flatnonzero((kind == _LAST) | (kind == _UNIT)).tolist():
            state = int(active[row])
            first = int(start[row]) if kind[row] == _LAST else int(here[row])
            found[state].append((first, int(here[row]) + 1, int(moves.label[choice[row]])))
        began = kind == _BEGIN
        opened[active[began]] = here[began]
        label[active[began]] = moves.label[choice[began]]
        ended = (kind == _LAST) | (kind == _UNIT)
        opened[active[ended]] = -1
        label[active[ended]] = 0
        position[active] += 1
        active = active[position[active] < lengths[active]]
    return found


def set_entities(doc: Doc, entities: list[tuple[int, int, int]]) -> None:
    """What ``BiluoPushDown.set_annotations`` writes: the entities, every other token outside."""
    # ("outside" is "unmodified" then O wherever nothing was set: no token had a preset)
    doc.set_ents([Span(doc, start, end, label=label) for start, end, label in entities], default="outside")
