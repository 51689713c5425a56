"""A role coordinated with another role of the same apposition: in "Jay DiPietro, the club's
president and general manager, suggested" the general manager is the president, so a
climb from the word before the cue to the name it describes goes through the "and" too.
"""

from __future__ import annotations

from spacy.tokens import Token

from .roles import is_role_noun


def conjoined_role(token: Token) -> bool:
    """Whether ``token`` is a role noun conjoined to another role noun that is itself an
    apposition ("president and general manager" beside a name): the conjunct is the same
    person's second role, never a second speaker ("Mr Smith and his lawyer said" has a
    name, not an apposed role, for its first conjunct). RETURNS (bool)."""
    head = token.head
    return token.dep_ == "conj" and token.pos_ == "NOUN" and head.pos_ == "NOUN" and head.dep_ == "appos" \
        and is_role_noun(token) and is_role_noun(head) and head.head.ent_type_ == "PERSON"
