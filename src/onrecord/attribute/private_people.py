"""A place or a nation written before a private person's noun: "a Syrian man", "the
Waterford man", "a Virginia resident", "British voters". The words say where the person is
from or lives, not a body the person speaks for, so they give no affiliation
(docs/annotation.md: never a place of birth or residence, nor a nationality before a
private trade). A party stays a body ("a Labour voter", "Republican voters")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .role_words import PARTY_WORDS

# Nouns (by lemma) for a person who holds no office and speaks for no body.
PRIVATE_NOUNS = frozenset("""
man woman boy girl lad lass resident native citizen voter villager local shopper commuter pensioner
homeowner householder passenger taxpayer onlooker bystander passer-by
""".split())

_PLACES = ("GPE", "NORP", "LOC")


def place_of_a_private_person(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` (the words before a person's noun) are only a place or nation
    that modifies a private person's noun after them: "a Syrian man" -> no affiliation."""
    words = [t for t in tokens if t.lower_ not in ("the", "a", "an")]
    if not words or any(t.ent_type_ not in _PLACES or t.lower_ in PARTY_WORDS for t in words):
        return False
    noun = words[-1].head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun.i > words[-1].i and noun.lemma_.lower() in PRIVATE_NOUNS and not noun.ent_type_
