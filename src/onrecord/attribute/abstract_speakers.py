"""A speaker that is a mood, not a source ("The funereal air ... suggested", "the mood
in the room suggested the deal was dead"): a speaker is a person, a body, a group or a
document; an atmosphere or a sign is a thing, and what it "suggests" is the writer's
inference, no one's words. This module gives the test; the caller (the non-statement
rules) decides what becomes of the statement.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deeds import a_thing

# Nouns for an atmosphere, a mood or a sign: things that "suggest" or "show" without
# anyone saying so. Kept narrow (precision first): no noun that also names a body or a
# document ("the report", "the board"), nor one a person is called ("the spirit of ...").
ABSTRACT_SPEAKER_NOUNS: frozenset[str] = frozenset("""
air atmosphere mood tone feel feeling silence climate sentiment sign signs
""".split())
# stop 47: a market is its traders' mood, never a speaker: "shares ... fell 1.7% as the market
# speculated about the cost of rebuilding in Asia" (bbc business/262); a named market (the
# NER's "Iowa Electronic Markets") or a person "of RBC Capital Markets" stays a source.
ABSTRACT_SPEAKER_NOUNS |= frozenset(("market", "markets"))


# Verbs of what a thing shows, the writer's inference: "That suggests the Lib Dem leader
# believes ...", "a close look suggests ...", "the falloff reveals ...".
INFERRING_VERBS: frozenset[str] = frozenset("suggest show indicate mean imply demonstrate prove reflect underline confirm".split())
# Of those, the ones a body or a person also uses to speak ("the club confirmed"): left to
# the speaker tests of ``a_thing`` alone would risk a body's words, so a thing's inference
# takes only the verbs that never announce anything.
_SHOWING_ONLY = (INFERRING_VERBS - {"confirm"}) | {"reveal"}
# Things read as evidence: a look at something, a change in it, a pattern or an outcome
# ("a close look at the numbers suggests", "the falloff reveals", "the shift shows"). Named
# one by one, as the mood nouns are, since a bare common noun may stand for a body that
# speaks ("the hospital revealed", "the embassy revealed", "the prosecution revealed").
_SHOWING_THINGS: frozenset[str] = frozenset("""
look glance comparison breakdown picture pattern trend shift change rise fall drop decline
increase decrease surge jump slump falloff fall-off growth gap spike dip swing rebound
recovery slowdown downturn upturn turnout outcome history experience example fact
""".split())


# A part of a thing the writer points back to: "None of this is to say the system is
# perfect", "All of that suggests ...": the writer's own hedge, no source ("None of them"
# may be people, so only the thing-pronouns count).
_PART_WORDS = frozenset("none all much most some any part".split())
_THING_PRONOUNS = frozenset("this that it these those which".split())


def abstract_speaker(head: Token) -> bool:
    """Whether the speaker phrase headed by ``head`` is an atmosphere or a sign ("The
    funereal air", "the mood in the room"), not a source: a common noun from
    ``ABSTRACT_SPEAKER_NOUNS``, not part of a name the NER found ("Air France"); or a part
    of a thing the writer points back to ("None of this")."""
    if head.lower_ in _PART_WORDS and any(p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1
                                          and any(g.dep_ == "pobj" and g.lower_ in _THING_PRONOUNS for g in p.children)
                                          for p in head.children):
        return True
    return head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() in ABSTRACT_SPEAKER_NOUNS


def a_thing_shows(head: Token, lemma: str) -> bool:
    """Whether a thing that no one made is the subject of a verb of showing: "A close look
    at the numbers suggests ...", "The falloff reveals that ...", "the trend indicates ...":
    evidence read by the writer, no one's words (a person, a body, a document or data with a
    maker is no such thing: "the report suggests", "the ministry revealed")."""
    return (lemma in _SHOWING_ONLY and head.dep_ in ("nsubj", "nsubjpass", "csubj")
            and head.lemma_.lower() in _SHOWING_THINGS and a_thing(head))
