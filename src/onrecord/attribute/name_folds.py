"""Fold the entity table's short names into the full names they stand for, once every
mention is noted (moved out of mentions.py, which is at its size limit): a surname typed
as a body, a one-word name that is a body's first or last word, a person's surname."""

from __future__ import annotations

from .entities import STRONG, EntityTable
from .name_finding import person_read_as_body
from .names import clips


def _fold_honoured_surnames(table: EntityTable) -> None:
    """ "Helmut Panke predicted ... Mr Panke said": a two- or three-word name the NER typed
    otherwise, whose name says no kind of body, is the person whose surname an honorific or
    a title gave later; the two are one person."""
    for entity in list(table):
        if len(entity.key) != 1 or not entity.personal or entity.type != "person":
            continue
        matches = [o for o in table if o is not entity and o.type != "person" and not o.kinds and 2 <= len(o.key) <= 3
                   and o.key[-1] == entity.key[0] and not o.unnamed and not o.kin]
        if len(matches) == 1:
            matches[0].votes["person"] += STRONG
            matches[0].personal = True
            table.merge(matches[0], entity)


def fold_single_words(table: EntityTable) -> None:
    """A one-word name the NER typed otherwise ("Mubanga" as a place, "Trump" as an
    organisation) is the person of that surname when the article names one; a one-word
    "person" with nothing personal about it ("Cairn") is the organisation named before
    with that first word ("Cairn Energy"), or with a first word it clips ("the Fed" for the
    Federal Reserve, "the Met" for the Metropolitan Police)."""
    organisations = [e for e in table if e.type == "organization" and len(e.key) > 1]
    for entity in list(table):
        if len(entity.key) != 1 or entity.personal or entity in organisations:
            continue
        body = [m for m in entity.mentions if m >= table.headline_end]
        if not body:
            continue
        # the full name first, the short form after it (a headline may use either): its first
        # word ("Cairn"), or its last when that says what kind of body it is ("the Institute"
        # for the American Film Institute, "the Bank" for the Bank of England's full name)
        matches = [o for o in organisations
                   if (o.key[0] == entity.key[0] and not entity.kinds or clips(entity.key[0], o.key[0])
                       or o.key[-1] == entity.key[0] and entity.kinds
                       and entity.kinds <= o.kinds or person_read_as_body(o, entity))
                   and min((m for m in o.mentions if m >= table.headline_end), default=body[0]) < min(body)]
        if len(matches) == 1:
            matches[0].votes["person"] += STRONG if person_read_as_body(matches[0], entity) else 0
            table.merge(matches[0], entity)
    _fold_honoured_surnames(table)
    people = [e for e in table if e.type == "person" and len(e.key) > 1]
    for entity in list(table):
        if entity.type == "person" or len(entity.key) != 1 or entity.kinds:
            continue
        # (not a relative a kin noun introduced: "his son, Omar Mateen" in an article on his father)
        matches = [p for p in people if p.key[-1] == entity.key[0] and p is not entity and not p.kin]
        if len(matches) == 1 and entity.votes.get("place", 0) < 2 * max(1, entity.votes.get("person", 0)) + 2:
            table.merge(matches[0], entity)
