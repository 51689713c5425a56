"""Who holds a role the resolver could not match by the role's own words (helpers of
``role_resolution.RoleResolution``, moved out of it to keep it small): a nationality noun
is the person the article gave that nation ("Andy Murray, the Scot", "Serbia's Novak
Djokovic" for "the Scot", "the Serbian"); a party member's epithet ("the Wisconsin
Republican") the person in play who may be one; an aged role ("The 57-year-old scientist")
the person in play; a bare office whose holder the narration named only in passing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import role_match
from .entities import ArticleEntity
from .phrases import Phrase
from .quotes import text_of
from .roles import place_of

if TYPE_CHECKING:  # role_resolution imports this module
    from .resolved import Resolved
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


def aged_person(resolver: RoleResolution, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """ "Lori Bernstein held up a sign ... The 57-year-old scientist says": a role with an
    age before it is the person in play most recently, when nothing the article says of
    that person contradicts the role, no one who might hold it was named since and no
    one else was in play in its paragraph (moved from ``role_resolution``)."""
    head = phrase.head
    words = {t.lower_ for t in head.doc[head.left_edge.i : head.i]}
    if not (words & {"year", "years", "year-old"} and "old" in words | {w.split("-")[-1] for w in words}) \
            or not resolver._plain_epithet(phrase):
        return None
    people = resolver._people_in_play(offset, phrase.gender)
    if not people or not resolver.may_hold(people[0], phrase) or resolver.named_since(people[0], offset, phrase):
        return None
    if len(people) > 1 and people[1].last_before(offset) > text_of(head.doc).rfind("\n", 0, offset):
        return None  # two people in play in this paragraph: either might be that old
    return people[0]


# How far back (characters) a bare office's holder may have been named in passing: about
# two sentences (``plain_epithets.NEARBY``).
_NEARBY = 600


def office_named_nearby(resolver: RoleResolution, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """A bare office ("the prime minister") when everyone in play holds another ("Mr Blunkett
    was joined by Tony Blair at Welling School ... Mr Blunkett said ... The prime minister
    said", Blunkett the home secretary): the one person named within about two sentences
    before it, outside what was said, whom nothing the article says rules out (no other
    title, no other gender); two such people, or none: None."""
    start = max(offset - _NEARBY, resolver.table.headline_end, 0)
    text = text_of(phrase.head.doc)
    near = [e for e in resolver.table.people() if not e.unnamed and e.type == "person" and resolver.may_hold(e, phrase)
            and not (phrase.gender and e.gender and e.gender != phrase.gender)
            and not any(_introduced_by_a_role(text, m) for m in e.mentions)
            and any(start <= m < offset and not resolver._inside_said(m) for m in e.mentions)]
    return near[0] if len(near) == 1 else None


# "joined by a young teacher, Sarah Jones": a person introduced by an indefinite role holds
# that role, whatever the parser made of the apposition (review-37: it read it as npadvmod,
# so the entity had no role and "the prime minister" took her).
_INDEFINITE_ROLE = re.compile(r"\b(?:a|an)\s+(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*,\s*$")


def _introduced_by_a_role(text: str, mention: int) -> bool:
    return _INDEFINITE_ROLE.search(text[max(0, mention - 80) : mention]) is not None


def owned_holder(resolver: RoleResolution, phrase: Phrase, owner: Resolved, offset: int) -> ArticleEntity | None:
    """The holder of a possessed role no one the article made the possessor's holds: a body's
    (``bodiless_holder``) or a person's (``staff_of_person``); None for any other owner."""
    if owner.type == "organization":
        return bodiless_holder(resolver, phrase, owner.name, offset)
    return staff_of_person(resolver, phrase, owner.name, offset) if owner.type == "person" else None


def bodiless_holder(resolver: RoleResolution, phrase: Phrase, owner: str, offset: int) -> ArticleEntity | None:
    """ "Acme Corp reported a loss. Its chief executive, John Smith, ... its chief executive
    said": no one holds the role of the possessor's body as far as the article said, but one
    person named before holds that role of no body the article gave. The only such person,
    when no one the article made of another body holds the role too; else None."""
    holders = [e for e in resolver.table.people() if not e.unnamed and e.type == "person"
               and e.last_before(offset) >= 0 and role_match.holds_role(e, phrase)]
    title = (phrase.role.title or "").lower()
    # the role as written, nothing before it ("Beta chief executive" may be another body's)
    free = [e for e in holders if not e.affiliations and title in {t.lower() for t in e.titles}]
    if len(free) != 1 or len(holders) != 1 or owner.lower() in free[0].name.lower():
        return None
    free[0].note(offset=offset, title=phrase.role.title, affiliation=owner)  # the possessor's body is now theirs
    return free[0]


def staff_of_person(resolver: RoleResolution, phrase: Phrase, owner: str, offset: int) -> ArticleEntity | None:
    """ "The chief, Paul Manafort, suggested ... Donald J. Trump's newly installed campaign
    chief has sought to assure ... the campaign chief, Paul Manafort": a role a person's
    possessive gives, that no one the article made that person's holds, is the one person
    named before whom the article gives that title as written (the possessor's words and
    modifiers such as "newly installed" aside) with no body; not the possessor, and not when
    anyone else named before holds the role's head (two chiefs make it a guess)."""
    title = (phrase.role.title or "").lower()
    if not title:
        return None
    before = [e for e in resolver.table.people() if not e.unnamed and e.type == "person" and e.last_before(offset) >= 0]
    # (given with no body: "longtime Republican strategist" elsewhere is another role's body)
    holders = [e for e in before if any(t and t.lower() == title and not body for _, t, body in e.role_at)]
    if len(holders) != 1 or owner.lower() in holders[0].name.lower():
        return None
    if any(e is not holders[0] and role_match.holds_head(e, phrase) for e in before):
        return None
    return holders[0]


def spoke_of_role(resolver: RoleResolution, entity: ArticleEntity, phrase: Phrase, offset: int) -> bool:
    """Whether ``entity`` spoke, before ``offset``, of the role as of someone else: "Michael
    Howard has no doubt it is the prime minister who, he claims, is 'ramming' ..." tells
    that Howard is not the prime minister the narration names next. ``resolver.spoken``
    holds the (start, end, entity) of each statement resolved so far."""
    title = (phrase.role.title or "").lower()
    if not title:
        return False
    text = text_of(phrase.head.doc).lower()
    pattern = re.compile(r"\b(?:the|a) " + re.escape(title) + r"\b")
    spans = [(start, end) for start, end, speaker in resolver.spoken if speaker is entity]
    return any(start <= m.start() < end for m in pattern.finditer(text, 0, offset) for start, end in spans)


def holder_spoken_of(resolver: RoleResolution, speaker: ArticleEntity, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """``speaker``, the person in play a role was resolved to, unless they spoke of the role as
    someone else's (``spoke_of_role``). When the person in play spoke of a bare office as someone else's ("Michael Howard has
    no doubt it is the prime minister who, he claims, is 'ramming' ... they believe Tony
    Blair is using the issue ... The prime minister claims"), the office is the one other
    person the article named before it (in what was said too: it is the article's own
    words) whom nothing it says rules out (no other title, no other gender, not introduced
    by another role); two such people, or none: None."""
    if not spoke_of_role(resolver, speaker, phrase, offset):
        return speaker
    if not role_match.bare_office(phrase):
        return None
    text = text_of(phrase.head.doc)
    start = max(resolver.table.headline_end, 0)
    others = [e for e in resolver.table.people() if e is not speaker and not e.unnamed and e.type == "person"
              and resolver.may_hold(e, phrase) and not (phrase.gender and e.gender and e.gender != phrase.gender)
              and not any(_introduced_by_a_role(text, m) for m in e.mentions)
              and any(start <= m < offset for m in e.mentions)]
    return others[0] if len(others) == 1 else None
