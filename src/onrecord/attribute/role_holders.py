"""Who holds a role the resolver could not match by the role's own words (helpers of
``role_resolution.RoleResolution``, moved out of it to keep it small): a nationality noun
is the person the article gave that nation ("Andy Murray, the Scot", "Serbia's Novak
Djokovic" for "the Scot", "the Serbian"); a party member's epithet ("the Wisconsin
Republican") the person in play who may be one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import role_match
from .entities import ArticleEntity
from .phrases import Phrase
from .roles import place_of

if TYPE_CHECKING:  # role_resolution imports this module
    from .role_resolution import RoleResolution


def described_as(resolver: RoleResolution, noun: str, nation: str, offset: int) -> ArticleEntity | None:
    """The one person named before ``offset`` whom the article gave the nation of a
    nationality noun: "Andy Murray, the Scot", "Scottish player Andy Murray" (a body of
    that place); the most recent when several."""
    people = [e for e in resolver.table.people() if not e.unnamed and e.type == "person" and e.last_before(offset) >= 0
              and (noun in e.roles or any(place_of(a) == nation for a in e.affiliations))]
    return max(people, key=lambda e: e.last_before(offset)) if people else None


def party_member(resolver: RoleResolution, phrase: Phrase, party: str, people: list[ArticleEntity],
                 offset: int) -> list[ArticleEntity]:
    """Of ``people`` in play (most recent first), the one "the Arizona Republican" stands for:
    the most recent, if the article made them of ``party`` or no one else is in play; never
    one it made of another party. With a place before the noun, also the one who spoke last
    when no one was named since outside what was said ("House Speaker Paul Ryan says ... /
    The Wisconsin Republican says in a statement ..."): the place makes it an epithet for
    the person in play, not a contrast with them. RETURNS (list[ArticleEntity]): one or none."""
    people = [e for e in people if not role_match.other_party(e, party)]
    if not people:
        return []
    if len(people) == 1 or role_match.of_party(people[0], party):
        return people[:1]
    head = phrase.head
    placed = any(t.ent_type_ == "GPE" for t in head.doc[head.left_edge.i : head.i])
    last = resolver.chain[-1][1].entity if resolver.chain else None
    if placed and last is people[0] and not resolver.named_since(people[0], offset):
        return people[:1]
    return []
