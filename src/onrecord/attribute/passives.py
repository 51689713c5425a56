"""Passives with no one speaking (``non_statements`` asks): "is said to be", "was announced
that", "is expected to announce", a participle joined to a passive ("was given a curfew and
told to surrender his passport") — but not a subject heard or quoted speaking ("is quoted as
saying", "was heard saying"), an agent ("was told by police"), or a clitic "'s" that is
"has" ("he's predicted big wins")."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_tokens import SUBJECT_DEPS, reported_speaker

# Verbs of telling someone to do something, whose passive takes an infinitive: "was told to".
_TOLD_TO = frozenset("tell ask order urge advise instruct warn encourage".split())

# Passives whose subject is the speaker, heard or quoted: "he is quoted as saying", "was
# heard saying", "was recorded telling".
WITNESSED = frozenset("quote cite hear overhear record film tape catch".split())


def agentless_passive(cue: Token) -> bool:
    """Whether a cue verb is a passive with no agent, or the infinitive of one: "is said
    to be", "was announced that", "is expected [to announce]" (not "was told by police",
    "is quoted as saying", "was heard saying"). RETURNS (bool)."""
    if reported_speaker(cue) is not None:
        return False  # "X is reported to have said": X's words, heard of through others
    verb = cue
    if cue.dep_ == "xcomp" and cue.head.i != cue.i and any(c.tag_ == "TO" for c in cue.children):
        verb = cue.head  # "is expected to announce", "is reported to have said"
    for token in dict.fromkeys((cue, verb)):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) and not _perfect_has(token):
            return token.lemma_.lower() not in WITNESSED and not any(c.dep_ == "agent" for c in token.children)
    return _passive_by_coordination(cue)


def _passive_by_coordination(cue: Token) -> bool:
    """A participle joined to a passive that shares its subject and auxiliary: "Mr Wass was
    given a curfew and told to surrender his passport" (he was told; no one is named as
    telling him). An object after it makes it active: "was arrested and told police ..."."""
    head = cue.head
    participle = cue.tag_ == "VBN" or (
        # the tagger often reads it as a past tense; but "told to" with no one told is a passive
        cue.tag_ == "VBD" and cue.lemma_.lower() in _TOLD_TO
        and any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in cue.children))
    return (cue.dep_ == "conj" and participle and head.i != cue.i
            and any(c.dep_ == "auxpass" for c in head.children)
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("dobj", "dative", "agent", "aux") for c in cue.children)
            and not any(c.dep_ == "agent" for c in head.children))


def _perfect_has(verb: Token) -> bool:
    """Whether a clitic "'s" the parser took for "is" is "has": "he's predicted big wins",
    "she's said that ..." (an object or a clause after a passive is ungrammatical; but the
    expletive "it's said that ..." is a passive)."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return (any(c.dep_ == "ccomp" for c in verb.children)
            and not any(s.lower_ in ("it", "there") for s in subjects))


def spoken_by_agent(cue: Token | None, speaker: Token | None) -> bool:
    """Whether a passive verb of speech names its speaker as its agent: "he had been told by
    Children's Minister Margaret Hodge there was not enough time" — the agent's speech, which
    ``act_model`` leaves in the record (it learned "was told" as the one told). RETURNS (bool)."""
    if cue is None or speaker is None or cue.is_punct or not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    return any(c.dep_ == "agent" and any(o.i == speaker.i for o in c.children) for c in cue.children)
