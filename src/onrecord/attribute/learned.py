"""Learned cues: attributions the rules do not propose, chosen by a trained classifier.

PolNeAR counts stances, intentions and evidence as attributions, not only speech: "Cruz
[supports] a flat tax", "she [wants] to run", "Trump [spoke about] the wall", "his
[support for] the ban". The rules cover speech and belief verbs with a clause; this pass
proposes every other predicate with a complement as a *candidate*, describes it with a
few sparse features (the predicate's lemma, how the content hangs from it, what kind of
subject it has, ...) and keeps the candidates a logistic regression scores above its
threshold.

The weights ship in ``data/candidates.json``. ``training/candidate_model.py`` trains them
on PolNeAR *train* only, deterministically, in a few minutes on one core; rerun it after
changing a feature or a candidate shape here (a mismatch between the two is caught by
``FEATURES_VERSION``).
"""

from __future__ import annotations

import json
import math
from itertools import repeat
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.symbols import ADJ, NOUN, VERB
from spacy.tokens import Doc, Token

from .bare_objects import feeling_towards_end
from .boundaries import cut_attribution_phrases, object_end, trim, widen_to_quotes
from .clause_seams import verb_run_on_end
from .cue_tokens import cue_range, speaker_of, subject_of
from .found import Found
from .learned_filters import unspoken, widen_absolute
from .object_content import DIRECTING_VERBS
from .object_tails import run_on_object_tail
from .speaking_terms import terms_of_speaking
from .prefilter import lemma_indices
from .quotes import Quote
from .speakers import is_temporal

# Bump when a feature or a candidate shape changes: a model trained on other features is ignored.
FEATURES_VERSION = 4

# Prepositions after a predicate that may open a content: "spoke [about] X", "voted [for] X".
_PREPS = frozenset("about on for against to of with over at into toward towards from in by upon".split())
# First words of a content worth a feature of their own.
_OPENERS = frozenset("to that whether how what why if when the a an his her their its this these".split())
_PERSON_PRONOUNS = frozenset("i we he she they you it".split())
# Raising verbs take their subject into what is reported ("Enthusiasm seems to have
# plummeted"); control verbs keep it as the holder ("Trump proposed barring Muslims").
_RAISING = frozenset("seem appear tend happen prove".split())
_PREDICATES = frozenset(("VERB", "NOUN", "ADJ"))
_PREDICATE_IDS = (VERB, NOUN, ADJ)  # the same, as the Doc's POS column holds them


@dataclass
class Candidate:
    """A predicate and its complement, before the classifier decides."""

    found: Found
    features: list[str]
    probability: float = 0.0


def candidates(doc: Doc, found: list[Found], quotes: list[Quote], *, propose_all: bool = False) -> list[Candidate]:
    """Every predicate with a nominal, prepositional, infinitival or clausal complement
    that no rule made a cue of.

    propose_all (bool): look at every predicate (training does, to score them all); by
        default only at those whose lemma the model kept at least once in training (its
        ``lemmas``), which keeps the pass cheap: most tokens are never looked at.
    RETURNS (list[Candidate]) in text order.
    """
    if len(doc) == 0:
        return []
    if propose_all:
        indices = range(len(doc))
    else:
        model = load_model()
        if model is None:
            return []
        indices = lemma_indices(doc, model.lemmas, pos=_PREDICATE_IDS)  # (no Token for the others)
    taken = {f.cue.i for f in found if f.cue is not None}
    contents = [f.content for f in found]
    quoted = [(q.start, q.end) for q in quotes]
    out = []
    for index in indices:
        token = doc[index]
        if token.pos_ not in _PREDICATES or token.i in taken or terms_of_speaking(token) or _rule_kept(token):
            continue  # "requested anonymity to speak freely": terms, not a saying (speaking_terms)
        # the cue's start and its speaker depend on the token alone: found once for all its
        # complements (they are the most of this pass's cost), and only when one is kept
        start = end = said = unset = object()
        for relation, complement, content, cue_end in _complements(doc, token):
            if _framed_saying(token, relation, complement):
                continue  # "was quick to point out that ...": the verb says it, the adjective frames it
            content = cut_attribution_phrases(doc, widen_to_quotes(content, quotes))
            if content[1] <= content[0]:
                continue
            if start is unset:
                # a verb's particle is part of its cue: "has ruled out any chance of ...", not "has ruled"
                (start, end), said = cue_range(token) if token.pos_ == "VERB" else (token.idx, token.idx + len(token.text)), _speaker(token)
            cue = (start, max(cue_end, end))
            speaker = said
            if speaker is not None and content[0] <= speaker.idx < content[1]:
                speaker = None
            # a content that wraps its own cue took a fronted relative or wh-word before the
            # subject ("an agenda that he plans to roll out", "what Mr. Trump has threatened
            # to do"): the subject still speaks, as in "X, officials said, Y" (component.py);
            # the model's features keep the speaker it was trained with
            holder = said if speaker is None and _fronted(doc, content, said, token) else speaker
            # the model learnt its features on the clause's subject; who speaks is the
            # noun's own agent where it has one ("faced a call by Lord Mackay to ...")
            agent = _noun_agent(token, content)
            f = Found(content, token, cue, agent or holder, rule=f"learned-{relation.split(':')[0]}", confidence=0.5)
            out.append(Candidate(f, _features(token, relation, complement, content, speaker, contents, quoted)))
    return out


def findings(doc: Doc, found: list[Found], quotes: list[Quote], *, propose_all: bool = False) -> tuple[list[Found], list[Candidate]]:
    """The candidates the model keeps, as Found (confidence = the model's probability),
    and every candidate scored (``propose_all`` as for ``candidates``).
    RETURNS (tuple[list[Found], list[Candidate]])."""
    model = load_model()
    scored = candidates(doc, found, quotes, propose_all=propose_all)
    best: dict[int, Candidate] = {}  # one content per cue: the likeliest
    for candidate in scored:
        candidate.probability = model.probability(candidate.features) if model else 0.0
        cue = candidate.found.cue.i
        if model and candidate.probability >= model.threshold and (cue not in best or candidate.probability > best[cue].probability):
            best[cue] = candidate
    kept = []
    for candidate in best.values():
        if unspoken(candidate.found):
            continue  # a thing speaking, an act on pictures, a telling of no words (learned_filters)
        widen_absolute(candidate.found)  # "with analysts saying sales ... were possible"
        run_on_object_tail(candidate.found)  # "admitted [his guilt over the failure ...]"
        candidate.found.confidence = round(candidate.probability, 3)
        kept.append(candidate.found)
    return kept, scored


def _complements(doc: Doc, token: Token) -> list[tuple[str, Token, tuple[int, int], int]]:
    """(relation, complement head, content range, cue end offset) for each complement of a
    predicate."""
    out = []
    rights = [c for c in token.rights if not c.is_punct and not c.is_space]
    for child in rights:
        span = None
        if child.dep_ in ("dobj", "ccomp", "xcomp"):
            start = child.left_edge.i
            if child.dep_ == "xcomp":
                # "wants Americans to join him": the object is who the infinitive is about; the
                # one "encouraged" or "urged" to is the recipient, no content (docs/annotation.md)
                objects = [c for c in rights if c.dep_ == "dobj" and c.i < child.i and token.lemma_.lower() not in DIRECTING_VERBS]
                if objects:
                    start = objects[0].left_edge.i
            right = feeling_towards_end(token, child) if child.dep_ == "dobj" else child.right_edge.i  # "voiced their anger [over X]"
            end = object_end(doc, start, right) if child.dep_ != "ccomp" else child.right_edge.i
            end = verb_run_on_end(token, start, end) if child.dep_ != "dobj" else end  # "suggested [policing, ...], was"
            head, span = child, trim(doc, start, end)
            relation, cue_end = child.dep_, token.idx + len(token.text)
        elif child.dep_ == "acl" and token.pos_ == "NOUN" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            head, span = child, trim(doc, child.left_edge.i, child.right_edge.i)
            relation, cue_end = "acl", token.idx + len(token.text)
        elif child.dep_ == "prep" and child.lower_ in _PREPS and child.i <= token.i + 2 and not is_temporal(child):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                head, span = objects[0], trim(doc, objects[0].left_edge.i, object_end(doc, objects[0].left_edge.i, objects[0].right_edge.i))
                relation, cue_end = f"prep:{child.lower_}", child.idx + len(child.text)
        if span is not None:
            out.append((relation, head, span, cue_end))
    if token.pos_ == "VERB":
        # the subject is part of what is reported: "Enthusiasm for Clinton seems to have
        # plummeted", "Cruz is expected to win", "O'Malley's move was first reported by CNN"
        subjects = [c for c in token.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        infinitives = [c for c in rights if c.dep_ == "xcomp"]
        raising = bool(infinitives) and token.lemma_.lower() in _RAISING
        if subjects and (raising or subjects[0].dep_ == "nsubjpass"):
            subject = subjects[0]
            end = infinitives[0].right_edge.i if infinitives else subject.right_edge.i
            span = trim(doc, subject.left_edge.i, end)
            relation = f"subject:{subject.dep_}|{'xcomp' if infinitives else '-'}"
            if span is not None:
                out.append((relation, subject, span, token.idx + len(token.text)))
    return out


def _framed_saying(token: Token, relation: str, complement: Token) -> bool:
    """Whether an adjective's infinitive is itself a saying with its own clause: "was quick
    to point out that ...", "is right to note that ...", "were happy to report that ...".
    The verb is the cue (its own candidate, or a rule's); the adjective only says how it
    was said, and a finding on it would take the verb's words as a stance and leave the
    verb's statement nested inside it."""
    return (token.pos_ == "ADJ" and relation == "xcomp" and complement.pos_ == "VERB"
            and any(c.dep_ == "ccomp" for c in complement.children))


_FRONTED = frozenset(("WDT", "WP", "WP$", "WRB"))


def _fronted(doc: Doc, content: tuple[int, int], subject: Token | None, cue: Token) -> bool:
    """Whether a content holds its cue and its cue's subject only because it opens on a
    relative or wh-word fronted before the subject ("that he plans to roll out", "what Mr.
    Trump has threatened to do"); not a raising verb's subject, which is part of what is
    reported ("The closures appear to have brought stability")."""
    if subject is None or not content[0] <= subject.idx < cue.idx < content[1]:
        return False
    before = [t for t in doc[subject.left_edge.i - 2: subject.left_edge.i] if t.idx >= content[0]]
    return bool(before) and before[0].idx == content[0] and before[-1].tag_ in _FRONTED


def _noun_agent(token: Token, content: tuple[int, int]) -> Token | None:
    """The one a cue noun is by ("a call by Lord Mackay", "demands from the unions"),
    outside the content; none for a noun with an owner ("his call"), who speaks then."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in _OWN_WORDS or any(c.dep_ == "poss" for c in token.children):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and prep.i == token.i + 1:
            agent = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if agent is not None and not content[0] <= agent.idx < content[1] and agent.pos_ in ("PROPN", "NOUN") \
                    and not is_temporal(prep):
                return agent
    return None


# Verbs that keep or break a rule, an order or advice: their subject is no author of it
# ("Firms that flout rules on how ringtones ... are sold", "obeyed orders to fire").
_KEEPING_VERBS = frozenset("flout break breach bend violate defy disobey evade circumvent follow obey observe "
                           "enforce heed ignore disregard comply abide".split())
# What the one who keeps or breaks it gave himself: "he broke a promise to take care of her"
# is his promise.
_OWN_WORDS = frozenset("promise pledge vow oath commitment undertaking word guarantee".split())


def _rule_kept(token: Token) -> bool:
    """A noun cue that is the object of a verb keeping or breaking it ("flout rules on",
    "comply with orders to"): whose words they are is not said, and the verb's subject
    (who ``_speaker`` would take) only keeps or breaks them."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in _OWN_WORDS:
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in token.children):
        return False  # "followed calls by ministers to ...": the ministers' words (``_noun_agent``)
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("with", "by"):
        head = head.head  # "comply with rules on", "abide by orders to"
    elif token.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in _KEEPING_VERBS


def _speaker(token: Token) -> Token | None:
    if token.pos_ == "NOUN":
        owners = [c for c in token.children if c.dep_ == "poss"]
        return owners[0] if owners else subject_of(token)
    if token.pos_ == "ADJ":
        if token.dep_ == "ROOT" and any(c.dep_ == "auxpass" for c in token.children):
            return subject_of(token)  # "Mourinho was concerned that ...", read as a passive adjective
        return subject_of(token.head) if token.dep_ == "acomp" else None
    return speaker_of(token)


def _features(token: Token, relation: str, head: Token, content: tuple[int, int], speaker: Token | None,
              contents: list[tuple[int, int]], quoted: list[tuple[int, int]]) -> list[str]:
    lemma = token.lemma_.lower()
    kind = _speaker_kind(speaker)
    first = head.left_edge
    opener = first.lower_ if first.lower_ in _OPENERS else first.pos_
    size = head.right_edge.i - head.left_edge.i + 1
    bucket = "1" if size <= 1 else "2" if size == 2 else "3-5" if size <= 5 else "6-12" if size <= 12 else "13+"
    inside = any(s <= token.idx < e for s, e in contents)
    overlapping = any(s < content[1] and content[0] < e for s, e in contents)
    in_quote = any(s <= token.idx < e for s, e in quoted)
    negated = any(c.dep_ == "neg" for c in token.children)
    return [
        "bias",
        f"lemma={lemma}",
        f"rel={relation}",
        f"lemma|rel={lemma}|{relation}",
        f"pos|rel={token.pos_}|{relation}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"speaker={kind}",
        f"lemma|speaker={lemma}|{kind != 'none'}",
        f"rel|speaker={relation}|{kind}",
        f"opener={opener}",
        f"rel|opener={relation}|{opener}",
        f"head={head.pos_}|{head.ent_type_ or '-'}",
        f"size={bucket}",
        f"rel|size={relation}|{bucket}",
        f"inside={inside}",
        f"overlaps={overlapping}",
        f"quoted={in_quote}",
        f"negated={negated}",
    ]


def _speaker_kind(speaker: Token | None) -> str:
    if speaker is None:
        return "none"
    if speaker.pos_ == "PRON":
        return f"pron:{speaker.lower_}" if speaker.lower_ in _PERSON_PRONOUNS else "pron"
    if speaker.ent_type_:
        return f"ent:{speaker.ent_type_}"
    return speaker.pos_.lower()


@dataclass(frozen=True)
class Model:
    """A logistic regression over sparse binary features."""

    weights: dict[str, float]
    threshold: float
    lemmas: frozenset[str]

    def probability(self, features: list[str]) -> float:
        score = sum(map(self.weights.get, features, repeat(0.0)))  # (the same sum, in the same order, with no generator)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def shipped_data(name: str, features_version: int) -> dict | None:
    """A model file of ``data/`` as JSON, or None when it is missing or was fitted on other
    features than ``features_version``."""
    path = resources.files("onrecord.attribute") / "data" / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return data if data.get("features_version") == features_version else None


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None when it is missing or was trained on other features."""
    data = shipped_data("candidates.json", FEATURES_VERSION)
    if data is None:
        return None
    return Model(weights=data["weights"], threshold=data["threshold"], lemmas=frozenset(data["lemmas"]))
