"""A speaker that is a mood, not a source ("The funereal air ... suggested", "the mood
in the room suggested the deal was dead"): a speaker is a person, a body, a group or a
document; an atmosphere or a sign is a thing, and what it "suggests" is the writer's
inference, no one's words. This module gives the test; the caller (the non-statement
rules) decides what becomes of the statement.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns for an atmosphere, a mood or a sign: things that "suggest" or "show" without
# anyone saying so. Kept narrow (precision first): no noun that also names a body or a
# document ("the report", "the board"), nor one a person is called ("the spirit of ...").
ABSTRACT_SPEAKER_NOUNS: frozenset[str] = frozenset("""
air atmosphere mood tone feel feeling silence climate sentiment sign signs
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
