"""A definite role the article names only after it: "The Pentagon's recent top adviser on
the military campaign went further, arguing … / “I fundamentally disagree,” said retired
Army Lt. Gen. Mick Bednarek, who served as the chief U.S. military adviser in Iraq" is
Bednarek: the writer gives the role first and the name with the next words quoted. And
whether a role is one a body sends (moved here from ``role_resolution``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import role_match
from .entities import ArticleEntity
from .org_kinds import kinds_of_name
from .phrases import Phrase
from .roles import BODY_ROLES

if TYPE_CHECKING:  # role_resolution imports this module
    from .role_resolution import RoleResolution

# How far ahead (characters) the name may come: about a paragraph.
_AHEAD = 700


def sent_by_body(phrase: Phrase) -> bool:
    """ "The BPI spokesman": a body's role, someone the body sent, not a person named
    before."""
    head = phrase.head
    noun = phrase.noun or ""
    # (a party is no body that sends people: "the Labour peer" may be the peer named before)
    return noun in BODY_ROLES and noun not in role_match.OFFICE_WORDS or \
        any(t.ent_type_ == "ORG" and "party" not in kinds_of_name(t.text) for t in head.doc[head.left_edge.i : head.i])


def named_ahead(resolver: RoleResolution, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """The first person the article names after a definite role that no one named before
    holds, within about a paragraph, when an apposition or a relative clause on that name
    gives the same role noun ("…, who served as the chief U.S. military adviser", "…, a
    former adviser to the Pentagon"). Only the first person named after it: a later one is
    someone else. RETURNS (ArticleEntity | None)."""
    noun = phrase.noun
    if not noun or not (phrase.definite or phrase.possessor is not None) or phrase.plural:
        return None
    sentence_end = phrase.head.sent.end_char
    ahead = [e for e in resolver.table.people() if not e.unnamed and e.mentions
             and sentence_end <= min(e.mentions) <= offset + _AHEAD and e.last_before(offset) < 0]
    if not ahead:
        return None
    first = min(ahead, key=lambda e: min(e.mentions))
    span = resolver.doc.char_span(min(first.mentions), min(first.mentions) + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    name = span[0]
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    described = [t for c in name.children if c.dep_ in ("appos", "relcl") and c.i > name.i for t in c.subtree]
    # a role written before the name: "his spokesman has said ... Fiction Records spokesman
    # Paul Smernicki said"
    described += [t for c in name.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < name.i for t in c.subtree]
    if not any(t.lemma_.lower() == noun for t in described):
        return None
    return None if _another_body(phrase, described) else first


def _another_body(phrase: Phrase, described: list[Token]) -> bool:
    """Whether the name's description gives the role at another body than the one the role
    was written with: "The Pentagon's top adviser on Iraq said …" is not "Tom Jones, a former
    adviser to the Senate" (an adviser, but the Senate's)."""
    # (a pronoun is no body's name: "his spokesman" may be one a record label employs)
    owner = phrase.role.affiliation or (phrase.possessor.text if phrase.possessor is not None
                                        and phrase.possessor.pos_ != "PRON" else None)
    if not owner:
        return False
    owner = owner.lower()
    bodies = {t.text.lower() for t in described if t.ent_type_ == "ORG" and t.pos_ == "PROPN"}
    return bool(bodies) and not any(b in owner for b in bodies)
