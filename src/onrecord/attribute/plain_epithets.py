"""The person a plain epithet names (helpers of ``role_resolution.RoleResolution``, moved
out of it to keep it small): "the GOP candidate" is the person the article is about when
that person is the one in play most recently who might hold it; "the presumptive
Republican nominee" the one person named within about two sentences before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import role_match
from .entities import ArticleEntity
from .epithet_candidates import body_before_a_role
from .gendered_epithets import one_of_gender
from .org_kinds import kinds_of_name
from .phrases import Phrase
from .role_ahead import sent_by_body
from .roles import BODY_ROLES

if TYPE_CHECKING:  # role_resolution imports this module
    from .role_resolution import RoleResolution

# How far back (characters) another person named makes a bare office ambiguous between them
# and the person in play: about two sentences.
NEARBY = 600


def main_person(resolver: RoleResolution, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """ "9 Offensive Things Donald Trump Has Said ... The GOP candidate has insisted": a
    plain epithet that is no office ("the candidate", "the Republican nominee", not "the
    senator") names the person the article is about (named at least three times before
    it, twice as often as anyone else) when that person is the one in play most
    recently who might hold it; a body's role ("the RNC member") is someone the body
    sent, a party's ("the GOP candidate") may be the person."""
    noun = phrase.noun or ""
    if noun in role_match.OFFICE_WORDS or noun in BODY_ROLES or not resolver._plain_epithet(phrase, relative_ok=True):
        return None
    head = phrase.head
    if any(t.ent_type_ == "ORG" and "party" not in kinds_of_name(t.text) for t in head.doc[head.left_edge.i : head.i]):
        return None  # ("the GOP candidate" is the party's candidate)
    counts = sorted(((sum(m < offset for m in e.mentions), e) for e in resolver.table.people()
                     if not e.unnamed and e.type == "person"), key=lambda pair: -pair[0])
    if not counts or counts[0][0] < 3 or len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
        return None
    main = counts[0][1]
    fitting = [e for e in resolver._people_in_play(offset, phrase.gender) if resolver.may_hold(e, phrase)]
    return main if fitting and fitting[0] is main else None

def last_named(resolver: RoleResolution, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """ "Donald Trump has invested ... the presumptive Republican nominee reported": a
    modified epithet ("the" + words + role noun) names the one person named within about
    two sentences before it, unless that person's gender says otherwise; an office only
    if the article gave it to that person ("the next president" is no one yet). A bare
    noun ("the professor") often brings in someone new, so it needs a modifier; a body's
    role ("the BPI spokesman") is someone the body sent; two people named nearby make
    it a guess."""
    head = phrase.head
    noun = phrase.noun or ""
    if not resolver._plain_epithet(phrase) or head.i - head.left_edge.i < 2 or sent_by_body(phrase):
        return None
    people = resolver.table.people()  # (once, not again for each person)
    nearby = [e for e in people if not e.unnamed and e.type == "person" and not body_before_a_role(
        e, people) and e.last_before(offset) >= max(offset - NEARBY, 0)]
    if len(nearby) > 1:
        # "Marion Jones ... against Balco boss Victor Conte ... The Sydney Olympic gold
        # medallist says": one whose title the article gave otherwise is not the one meant;
        # if no one may hold it as written, "The New York businessman" is the one man left
        nearby = [e for e in nearby if resolver.may_hold(e, phrase)] or one_of_gender(phrase, nearby)
    if len(nearby) != 1:
        return None
    chosen = nearby[0]
    if phrase.gender and chosen.gender and chosen.gender != phrase.gender:
        return None
    if noun in role_match.OFFICE_WORDS and not role_match.holds_head(chosen, phrase):
        # an office is a fact the article must have given ("the next president" is no one yet)
        return None
    return chosen
