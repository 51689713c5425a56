"""Whom a spokesman speaks for when the "for" phrase names the people who engaged him, not a
body: "a spokesman for her lawyers" speaks for her (docs/annotation.md: someone who speaks
for a person has that person as affiliation; so does "a spokesman for the author", the
author resolved), "a spokesman for Ms Villalba's lawyers,
Smith Partners," for the firm the article names. Without this the phrase names no body, and
the resolver falls back on the body in play (the employer she sued, named a sentence before).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import SPOKESPEOPLE
from .role_owners import owner_of
from .roles import clean_words, is_role_noun

# People acting for a person: their possessor is whom they (and their spokesman) act for.
_ACTING_FOR = frozenset("lawyer lawyers solicitor solicitors attorney attorneys counsel family relatives advisers advisors".split())


def firm_named_after(noun: Token) -> list[Token] | None:
    """The organisation an apposition names for a common noun after a role ("a spokesman for
    her lawyers, Smith Partners,"), as tokens, or None."""
    for child in noun.rights:
        if child.dep_ == "appos" and child.ent_type_ == "ORG" and child.pos_ == "PROPN":
            return clean_words([t for t in child.subtree if t.ent_type_ == "ORG" or t.i == child.i])
    return None


def person_spoken_for(head: Token, noun: Token) -> list[Token] | None:
    """The pronoun that owns the people a spokesman speaks for ("a spokesman for her
    lawyers" -> her), for the resolver to name. None for another role ("director of his
    company" is no service to him) or another noun. RETURNS (list[Token] | None)."""
    if head.lower_ in SPOKESPEOPLE and person_by_role(noun):
        return [noun]  # "a spokesman for the author": the author, resolved (``resolver._body_name``)
    if head.lower_ not in SPOKESPEOPLE or noun.lower_ not in _ACTING_FOR:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return [owner] if owner is not None and owner.lower_ in ("her", "his", "their") else None


def person_by_role(noun: Token) -> bool:
    """Whether ``noun`` is a person the article calls by a singular role alone ("the author",
    "the minister"), whom a spokesman may speak for."""
    return noun.tag_ == "NN" and noun.pos_ == "NOUN" and is_role_noun(noun, strict=True) and noun.lower_ not in SPOKESPEOPLE \
        and [c.lower_ for c in noun.children] == ["the"]


def body_owning(head: Token, noun: Token) -> list[Token] | None:
    """The body behind a common noun after role ``head``: a firm the apposition names, the
    noun's possessor (``role_owners.owner_of``), or the person a spokesman speaks for."""
    return firm_named_after(noun) or owner_of(noun) or person_spoken_for(head, noun)
