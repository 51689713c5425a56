"""An affiliation as the body or person the article names: "the group" is the group named
before, "House Speaker Paul Ryan" is Paul Ryan, and "McDonald" cut from "McDonald's boss" is
McDonald's, the company the article names with its "'s"."""

from __future__ import annotations

from typing import Any

from .names import name_key
from .org_kinds import ORG_DESCRIPTORS


# Roles in which one person works for another: only these have a person as affiliation ("A
# spokesman for Michael Howard", "His manager Robert Voice", "Clinton campaign chairman");
# one that relates to a person without serving them ("a co-star of Johnny Depp", "Cobain
# biographer Charles Cross", "Ferguson's player") belongs to no body there.
_SERVING = frozenset("""
spokesman spokeswoman spokesperson aide adviser advisor agent manager lawyer attorney solicitor barrister
publicist secretary counsel surrogate staffer strategist pollster consultant assistant representative
chairman chairwoman chair director staff spokespeople speechwriter bodyguard chauffeur butler nanny
""".split())


def named_affiliation(resolver: Any, affiliation: str | None, offset: int, title: str | None = None) -> str | None:
    """``affiliation`` as a body or person ``resolver``'s table names: "groups" or "own firm"
    alone name none; a spokesman for a person is that person's, a ``title`` that does not serve a
    person ("co-star", "biographer", "player") has no affiliation in them. RETURNS (str | None)."""
    if not affiliation:
        return affiliation
    if (not title or title.lower().split()[-1] not in _SERVING) and _a_person(resolver, affiliation):
        return None  # "Ferguson's player Rooney", "Lord Scarman's nephew": no one's but a club's or none
    words = affiliation.split()
    if words[0].lower() in ("his", "her", "their", "its", "own") or "own" in words:
        return None  # "founder of his own firm": no body the article names
    if all(w[:1].islower() for w in words):
        entity = resolver._body_for(words[-1].lower(), offset) if words[-1].lower() in ORG_DESCRIPTORS else None
        return entity.name if entity is not None else None
    person = next((e for e in resolver.table.people() if e.name in affiliation and e.name != affiliation), None)
    if person is not None and affiliation.endswith(person.name):
        return person.name
    # the possessive cut from a name whose "'s" is its own ("McDonald's boss")
    key = name_key(affiliation)
    own = next((e for e in resolver.table.organisations() if e.name[-2:] in ("'s", "’s") and name_key(e.name) == key
                and e.name != affiliation), None)
    return own.name if own is not None else affiliation


def _a_person(resolver: Any, name: str) -> bool:
    """Whether the article names ``name`` as a person (a full name or a surname of one),
    known as one by a full name or an honorific ("Bath", a club the NER read as a person
    named by one word alone, is none)."""
    key = name_key(name)
    return any(not e.unnamed and e.type == "person" and (e.key == key or key == e.key[-len(key):])
               and (len(e.key) > 1 or e.personal) for e in resolver.table.people())
