"""Who holds a role the resolver could not match by the role's own words (helpers of
``role_resolution.RoleResolution``, moved out of it to keep it small): a nationality noun
is the person the article gave that nation ("Andy Murray, the Scot", "Serbia's Novak
Djokovic" for "the Scot", "the Serbian").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
