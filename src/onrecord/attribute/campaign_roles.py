"""A campaign status is no office: "Former Democratic candidate Bernie Sanders ... The
Vermont senator declined": a person the article titled only as a candidate, nominee or
hopeful may still hold an office tied to a named place, when that person is the one in play
and no one else who may hold it is (helpers of ``role_resolution.RoleResolution``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import role_match
from .entities import ArticleEntity
from .phrases import Phrase

if TYPE_CHECKING:  # role_resolution imports this module
    from .role_resolution import RoleResolution


def campaign_office(entity: ArticleEntity, phrase: Phrase) -> bool:
    """Whether ``entity``, titled only by a campaign status, may hold the office ``phrase``
    ties to a named place ("the Vermont senator"): not one the article gave a body other
    than a party (whose state may be another)."""
    titles = [t for t in entity.titles if t.split()]
    if not titles or not all(role_match.contender_title(t) for t in titles) or not role_match.placed_office(entity, phrase):
        return False
    return all(w.lower().strip(".,") in _PARTIES for a in entity.affiliations for w in a.split())


# An affiliation of party words only (role_match's, or "independent") names no body.
_PARTIES = frozenset().union(*role_match.PARTY_WORDS.values()) | {"independent"}


def candidate_in_play(resolver: RoleResolution, people: list[ArticleEntity], phrase: Phrase,
                      offset: int) -> ArticleEntity | None:
    """The person most recently in play (``people``, most recent first) when the placed
    office is theirs by ``campaign_office`` and no one else in play may hold it, nor anyone
    named since who holds it by title or is a candidate too (two candidates: neither). A
    person named since only in passing, with no title ("endorsed Clinton"), is not in play."""
    if not people or not campaign_office(people[0], phrase) or not resolver._plain_epithet(phrase):
        return None
    chosen = people[0]
    if any(resolver.may_hold(e, phrase) or campaign_office(e, phrase) for e in people[1:]):
        return None
    last = chosen.last_before(offset)
    since = [e for e in resolver.table.people() if e is not chosen and not e.unnamed
             and any(last < m < offset and not resolver._inside_said(m) for m in e.mentions)]
    if any(role_match.holds_head(e, phrase) or campaign_office(e, phrase) for e in since):
        return None
    return chosen
