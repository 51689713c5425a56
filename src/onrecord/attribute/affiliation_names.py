"""An affiliation as the body or person the article names: "the group" is the group named
before, "House Speaker Paul Ryan" is Paul Ryan, and "McDonald" cut from "McDonald's boss" is
McDonald's, the company the article names with its "'s"."""

from __future__ import annotations

from typing import Any

from .names import name_key
from .org_kinds import ORG_DESCRIPTORS


def named_affiliation(resolver: Any, affiliation: str | None, offset: int) -> str | None:
    """``affiliation`` as a body or person ``resolver``'s table names: "groups" or "own firm"
    alone name none; a spokesman for a person is that person's. RETURNS (str | None)."""
    if not affiliation:
        return affiliation
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
