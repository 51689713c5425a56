"""A learned second opinion on the act: is a statement what someone said or wrote?

The rules of ``acts.py`` decide each act from the cue lemma and its frame. Hand rules for
narration ("the firm has seen ...", "the party is aiming to ...") cost as much gold as
they removed, so here a logistic regression, fitted on PolNeAR *train* by
``training/act_model.py``, reads what the rules read — the rule act, the cue lemma and its
class, the cue's frame (its part of speech, dependency and dependants), the speaker's kind,
the quotation, the finding rule — and gives the probability that the statement reports
speech or writing (that it matches a gold attribution whose cue act, as the evaluation
reads it, is speech or writing, or — for a statement the rules put in the record — any
gold attribution; docs/evaluation.md, "Acts").

It overrules the rule act only where it is confident, so the act stays explainable:

* a statement of speech or writing whose probability is below ``out_below`` takes the
  attitude its cue names (``acts.attitude_act``) and leaves the default record;
* a belief, intention or stance whose probability is at least ``in_from`` becomes speech
  (writing where the words came written, ``acts.written``), unless the rules found it to
  be no one's statement (``non_statements``: "is said to be", "40% said", ...; data with
  no body named, "the numbers suggested"; a thing narrated or supposed, "the rise could be
  telling us").

Either way the explanation says so ("; act by model 0.12"). Without the model file (or
with one fitted on other features) the rule acts stand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from spacy.tokens import Doc, Token

from ..schema import DEFAULT_ACTS, Statement
from .act_words import WRITING_VERBS
from .acts import attitude_act, lemma_of, narrated, narration_or_supposition, written
from .speaker_kinds import is_thing
from .confidence import lemma_class
from .found import Found
from .learned import shipped_data
from .non_statements import non_statement
from .passives import spoken_by_agent

# Bump when a feature changes: a model fitted on other features is ignored.
FEATURES_VERSION = 2

# Dependants of a cue that tell its frame: "said [that ...]" (ccomp), "wants [to ...]"
# (xcomp), "backs [Cruz]" (dobj), "has [seen]" (aux), "refused [to]" ...
_FRAME_DEPS = frozenset("ccomp xcomp dobj aux auxpass neg advmod prep agent attr acomp parataxis dative nsubjpass".split())


def features(found: Found, statement: Statement, nested: bool) -> list[str]:
    """What the act model reads of one statement (its rule act included). RETURNS (list[str])."""
    cue = found.cue
    lemma = lemma_of(cue) if cue is not None and not cue.is_punct else None
    cls = lemma_class(lemma)
    act = statement.act
    names = [
        "bias", f"rule={found.rule}", f"act={act}", f"rule|act={found.rule}|{act}", f"lemma={lemma}",
        f"lemma|act={lemma}|{act}", f"class={cls}", f"class|act={cls}|{act}", f"kind={statement.kind}",
        f"rule|kind={found.rule}|{statement.kind}", f"nested={nested}", f"act|nested={act}|{nested}",
        f"via={statement.via is not None}", f"stype={statement.speaker.type}",
        f"score|rule={min(9, int(found.confidence * 10))}|{found.rule}",
    ]
    if cue is not None:
        names += [f"cue.pos={cue.pos_}", f"cue.tag={cue.tag_}", f"cue.dep={cue.dep_}", f"class|dep={cls}|{cue.dep_}"]
        for child in cue.children:
            if child.dep_ in _FRAME_DEPS:
                word = child.lower_ if child.dep_ in ("aux", "auxpass", "prep", "neg", "advmod") else child.pos_
                names += [f"child={child.dep_}", f"child={child.dep_}:{word}", f"class|child={cls}|{child.dep_}"]
        if cue.head.i != cue.i:
            names.append(f"head.lemma={cue.head.lemma_.lower()}")
    names += _speaker(found.speaker, cls)
    text = statement.content.text
    words = text.split()
    opener = words[0].lower().strip("\"“‘'«„") if words else ""
    names += [f"opener={opener if opener in _OPENERS else 'quote' if text[:1] in _QUOTES else 'other'}",
              f"size={min(5, len(words) // 5)}"]
    return names


_OPENERS = frozenset("that to whether if how what why the a he she they it we i".split())
_QUOTES = "\"“‘'«„"


def _speaker(speaker: Token | None, cls: str) -> list[str]:
    """The speaker's kind: a name, a pronoun, a thing, a time, a document ..."""
    if speaker is None:
        return ["spk=none", f"class|spk={cls}|none"]
    kind = (f"ent:{speaker.ent_type_}" if speaker.ent_type_ else "thing" if is_thing(speaker)
            else f"pron:{speaker.lower_}" if speaker.pos_ == "PRON" else f"tag:{speaker.tag_}")
    names = [f"spk={kind}", f"class|spk={cls}|{kind}"]
    if speaker.pos_ == "NOUN":
        names.append(f"spk.lemma={speaker.lemma_.lower()}")
    return names


@dataclass(frozen=True)
class ActModel:
    """A logistic regression over sparse binary features and the two thresholds at which
    it overrules the rule act."""

    weights: dict[str, float]
    out_below: float
    in_from: float

    def probability(self, names: list[str]) -> float:
        """The probability that the statement reports speech or writing. RETURNS (float)."""
        total = sum(map(self.weights.get, names, repeat(0.0)))  # (the same sum, in the same order, with no generator)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@lru_cache(maxsize=1)
def load_model() -> ActModel | None:
    """The shipped model, or None when it is missing or fitted on other features."""
    data = shipped_data("act_model.json", FEATURES_VERSION)
    if data is None:
        return None
    return ActModel(weights=data["weights"], out_below=float(data["out_below"]), in_from=float(data["in_from"]))


# Per statement, the act model's features (training reads them).
ACT_FEATURES_KEY = "onrecord.act_features"


def decide(doc: Doc, found: list[Found], statements: list[Statement], nested: list[bool]) -> list[Statement]:
    """Each statement with the act the model is confident of, where it differs from the
    rule act in or out of the default record (see the module docstring); ``nested`` is
    ``found.nested_cues(found)``. RETURNS (list[Statement]) in the order given."""
    described = [features(f, s, inside) for f, s, inside in zip(found, statements, nested, strict=True)]
    doc.user_data[ACT_FEATURES_KEY] = described
    model = load_model()
    if model is None:
        return statements
    result = []
    for f, s, names in zip(found, statements, described):
        p = model.probability(names)
        act = s.act
        if s.act in DEFAULT_ACTS and p < model.out_below and not spoken_by_agent(f.cue, f.speaker):
            act = attitude_act(f)
        elif s.act not in DEFAULT_ACTS and p >= model.in_from and not _no_statement(f):
            act = "writing" if written(f) else "speech"
        if act != s.act:
            s = s.model_copy(update={"act": act, "explanation": f"{s.explanation}; act by model {p:.2f}"})
        result.append(s)
    return result


def _no_statement(found: Found) -> bool:
    """Whether the rules found no one's statement (``non_statements``, or data with no
    body named, ``acts.narrated``): the model never brings it into the default record."""
    lemma = lemma_of(found.cue) if found.cue is not None and not found.cue.is_punct else ""
    return (non_statement(found, lemma, WRITING_VERBS) is not None or narrated(found) == "belief"
            or (lemma != "" and narration_or_supposition(found, lemma)))
