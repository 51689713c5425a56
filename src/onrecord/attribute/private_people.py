"""A place or a nation written before a private person's noun: "a Syrian man", "the
Waterford man", "a Virginia resident", "British voters". The words say where the person is
from or lives, not a body the person speaks for, so they give no affiliation
(docs/annotation.md: never a place of birth or residence, nor a nationality before a
private trade). A party stays a body ("a Labour voter", "Republican voters")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .role_words import PARTY_WORDS

# Nouns (by lemma) for a member of the public, who holds no office and speaks for no body,
# and whom a place before the noun says where they are from or live ("a Virginia resident").
# Not ``pronoun_blockers.PRIVATE_NOUNS``: those are the private people of a story's events,
# by a relation or a part in them ("the boyfriend", "the victim"), for its pronouns.
PUBLIC_MEMBER_NOUNS = frozenset("""
man woman resident native citizen voter villager local shopper commuter pensioner
homeowner householder passenger taxpayer onlooker bystander passer-by
""".split())
# Of these, the ones a sports report also calls a side's players in the plural ("the Irish
# women", as "the young Irish boys", the under-21 side): only the singular is a private person.
_SIDE_PLURALS = frozenset(("man", "woman"))

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
    lemma = noun.lemma_.lower()
    return noun.i > words[-1].i and lemma in PUBLIC_MEMBER_NOUNS and not noun.ent_type_ \
        and not (lemma in _SIDE_PLURALS and noun.tag_ == "NNS")
