"""A person named as the one who leads a group of role-holders: "His lawyers, led by Bruce
Cutler, have vowed to prove him innocent" (BBC entertainment, development slice), then "Mr
Cutler said: ...". He is one of them, so he has their role ("lawyer") and their body or
client (the one "his" stands for, Phil Spector), where the article gives him no role of his own."""

from __future__ import annotations

from typing import Any

from .entities import ArticleEntity
from .roles import is_role_noun

_LEADING = frozenset("lead head".split())


def leader_role(resolver: Any, entity: ArticleEntity) -> tuple[str, str | None] | None:
    """(title, affiliation) of the group ``entity`` is said to lead at its first mention, or
    None. RETURNS (tuple[str, str | None] | None)."""
    from .phrases import describe

    doc = resolver.doc
    if doc is None or not entity.mentions:
        return None
    span = doc.char_span(min(entity.mentions), min(entity.mentions) + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span[0]
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_ not in _LEADING or by.head.dep_ != "acl":
        return None
    group = by.head.head
    if group.pos_ != "NOUN" or group.tag_ != "NNS" or not is_role_noun(group):
        return None
    owner = next((c for c in group.children if c.dep_ == "poss"), None)
    affiliation = None
    if owner is not None:
        resolved = resolver.resolve(describe(owner))
        affiliation = resolved.name if resolved.name and not resolved.unnamed else None
    return group.lemma_.lower(), affiliation
