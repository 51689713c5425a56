"""A claim someone answers: its owner is the one answered, not the next pronoun's antecedent.

"Graham Robb ... said the Yes campaign's decision ... dragged the campaign "into the
gutter". And he hit back at *Mr Mallon's claim* that an assembly would improve transport
links in the region. "It can push paper around ...," he said." (BBC politics/200). The
noun clause is Mr Mallon's statement, but the sentence is about the one who answers it:
the "he said" after it goes on with Robb, the subject of "hit back at". So the owner of a
claim that is the object of a verb that answers, disputes or attacks it ("hit back at",
"responded to", "rejected", "dismissed", "questioned", "challenged", "attacked": the list
below) is left out of the chain of speakers a pronoun looks back along
(``speaker_resolution``); the statement keeps its speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from .found import Found

# Verbs whose object is a claim answered, rejected or attacked: the subject answers, the
# claim's owner is answered.
_ANSWERING_VERBS = frozenset(
    "reject dismiss deny refute rebut counter dispute challenge contest question criticise criticize "
    "attack ridicule mock scorn slam respond reply react answer contradict".split())
# Verbs that answer only with "back": "hit back at", "fired back at", "struck back at".
_BACK_VERBS = frozenset("hit fire strike".split())


def answered_owner(f: Found) -> bool:
    """Whether the finding's speaker owns the claim (its cue, a noun) that another subject
    answers: "he hit back at Mr Mallon's claim that ...". RETURNS (bool)."""
    cue, speaker = f.cue, f.speaker
    if cue is None or speaker is None or cue.pos_ != "NOUN" or speaker.head.i != cue.i:
        return False
    if speaker.dep_ != "poss":
        return False
    verb = _governing_verb(cue)
    if verb is None or not _answers(verb):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != speaker.i for c in verb.children)


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly ("rejected X's claim") or through a
    preposition ("hit back at X's claim", "responded to X's claim")."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _answers(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _ANSWERING_VERBS:
        return True
    return lemma in _BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
