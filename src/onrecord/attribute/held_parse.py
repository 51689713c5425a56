"""spaCy's parser and NER, their greedy transition loop run while holding the GIL.

spaCy's greedy loop (``Parser.greedy_parse``) releases the GIL and then, in the build of
spaCy this project pins, takes it back and drops it again inside every validity check of
every move (Cython's exception checks in ``StateC.B_`` and ``set_context_tokens``): for
the NER, 74 moves a token, that is millions of lock round trips, more than a third of the
NER's time on one core. The loop here takes the same steps through spaCy's own
Python-level step model (``ParserStepModel.predict``, the one beam search and training
use) and ``Parser.transition_states``, with the GIL held all along, so those checks find
it held and cost nothing; each step's scores are ``step_forward``'s arithmetic without its
training bookkeeping (``_scores``), since a loop over short pieces takes tens of thousands of
steps. Same weights, same features, same moves: the annotations are spaCy's
(tests/test_fast_paths.py compares every token).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import DEP, ENT_TYPE
from spacy.language import Language
from spacy.pipeline import DependencyParser, EntityRecognizer
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps

from .ner_loop import NerMoves, greedy_entities, no_presets, set_entities

__all__ = ["HeldEntityRecognizer", "HeldParser", "hold_the_gil"]


class _HeldLoop:
    """``predict`` of a transition-based component, greedy and on the CPU, GIL held."""

    def predict(self, docs):
        docs = [docs] if isinstance(docs, Doc) else list(docs)
        if self.cfg["beam_width"] != 1 or not isinstance(self.model.ops, NumpyOps) or not any(len(d) for d in docs):
            return super().predict(docs)
        self._ensure_labels_are_added(docs)
        model = self.model.predict(docs)
        scores = _scores(model)
        if isinstance(self, EntityRecognizer) and scores is not None and self.moves.n_moves and no_presets(docs):
            found = _Entities(greedy_entities(docs, NerMoves(self.moves, self.vocab.strings), scores))
            model.clear_memory()
            return found
        batch = self.moves.init_batch(docs)
        step = model.predict if scores is None else lambda states: scores(model.get_token_ids(states))
        states = [state for state in batch if not state.is_final()]
        while states:
            states = self.transition_states(states, step(states))
        model.clear_memory()
        return batch

    def batch_labels(self, docs) -> set[str]:
        """What spaCy's ``moves.get_doc_labels`` finds in each Doc, together: the dependency
        labels and the parser's built-in ones, or the entity labels. RETURNS (set[str])."""
        column = ENT_TYPE if isinstance(self, EntityRecognizer) else DEP
        values = [doc.to_array(column) for doc in docs if len(doc)]
        found = numpy.unique(numpy.concatenate(values)).tolist() if values else []
        labels = set() if column == ENT_TYPE else set(self.moves.builtin_labels)
        labels.update(self.vocab.strings[value] for value in found if value)
        return labels

    def _ensure_labels_are_added(self, docs) -> int:
        """spaCy's own, with the labels a batch brings read from the Docs' label column
        (``get_doc_labels`` makes a Token object per word of every piece, to find none:
        a piece fresh from the tokenizer has no dependency or entity yet)."""
        resized = False
        for label in self.batch_labels(docs):
            for action in self.moves.action_types:
                if self.moves.add_action(action, label):
                    self.vocab.strings.add(label)
                    resized = True
        if resized:
            self._resize()
            return 1
        return 0


class _Entities(list):
    """The NER's entities per Doc, found by ``ner_loop`` (``set_annotations`` writes them)."""


def _scores(model: Model) -> Callable | None:
    """The scores of a step from its states' feature token ids (``parser_model.step_forward``
    without training's part): the state features summed and maxed out, the upper layer's
    ``Linear`` as thinc computes it, unseen classes at the minimum. Only the per-step Python
    is less. None for a model of another shape (spaCy's ``predict`` then)."""
    upper = model.vec2scores
    if not model.attrs["has_upper"] or upper is None or upper.name != "linear":
        return None
    weights, bias = upper.get_param("W"), upper.get_param("b")
    gemm, state2vec = upper.ops.gemm, model.state2vec
    unseen = numpy.flatnonzero(model._class_mask == 0)
    fmin = numpy.fmin

    def scores(ids):
        found = gemm(state2vec.predict(ids), weights, trans2=True)
        found += bias
        if unseen.size:
            found[:, unseen] = fmin.reduce(found, axis=None)  # numpy.nanmin's own arithmetic, without its checks per step
        return found
    return scores


class HeldParser(_HeldLoop, DependencyParser):
    """spaCy's dependency parser with the greedy loop of ``_HeldLoop``."""


class HeldEntityRecognizer(_HeldLoop, EntityRecognizer):
    """spaCy's entity recognizer with the greedy loop of ``_HeldLoop``, or ``ner_loop``'s
    where no token has a preset entity."""

    def set_annotations(self, docs, states_or_entities) -> None:
        if not isinstance(states_or_entities, _Entities):
            return super().set_annotations(docs, states_or_entities)
        for doc, entities in zip(docs, states_or_entities):
            set_entities(doc, entities)
            for hook in self.postprocesses:
                hook(doc)


# The settings of spaCy's own factories; ``hold_the_gil`` passes the pipeline's.
@Language.factory("onrecord_held_parser", assigns=["token.dep", "token.head", "token.is_sent_start", "doc.sents"],
                  default_config={"moves": None, "update_with_oracle_cut_size": 100, "learn_tokens": False,
                                  "min_action_freq": 30, "scorer": {"@scorers": "spacy.parser_scorer.v1"}})
def make_held_parser(nlp: Language, name: str, model: Model, moves, update_with_oracle_cut_size: int, learn_tokens: bool,
                     min_action_freq: int, scorer) -> HeldParser:
    return HeldParser(nlp.vocab, model, name=name, moves=moves, update_with_oracle_cut_size=update_with_oracle_cut_size,
                      beam_width=1, beam_density=0.0, beam_update_prob=0.0, multitasks=[],
                      learn_tokens=learn_tokens, min_action_freq=min_action_freq, scorer=scorer)


@Language.factory("onrecord_held_ner", assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
                  default_config={"moves": None, "update_with_oracle_cut_size": 100, "incorrect_spans_key": None,
                                  "scorer": {"@scorers": "spacy.ner_scorer.v1"}})
def make_held_ner(nlp: Language, name: str, model: Model, moves, update_with_oracle_cut_size: int,
                  incorrect_spans_key: str | None, scorer) -> HeldEntityRecognizer:
    return HeldEntityRecognizer(nlp.vocab, model, name=name, moves=moves,
                                update_with_oracle_cut_size=update_with_oracle_cut_size, beam_width=1,
                                beam_density=0.0, beam_update_prob=0.0, multitasks=[],
                                incorrect_spans_key=incorrect_spans_key, scorer=scorer)


_HELD = {DependencyParser: "onrecord_held_parser", EntityRecognizer: "onrecord_held_ner"}


def hold_the_gil(nlp: Language) -> Language:
    """Replace the pipeline's spaCy parser and NER (greedy ones) with the held-loop ones,
    same name, place, settings and weights. RETURNS (Language): the same pipeline."""
    for name in list(nlp.component_names):
        old = nlp.get_pipe(name)
        if type(old) not in _HELD or old.cfg.get("beam_width", 1) != 1:
            continue
        config = {k: v for k, v in nlp.config.interpolate()["components"][name].items() if k != "factory"}
        data = old.to_bytes(exclude=["vocab"])
        nlp.replace_pipe(name, _HELD[type(old)], config=config)
        nlp.get_pipe(name).from_bytes(data, exclude=["vocab"])
    return nlp
