"""An affiliation as the body or person the article names: "the group" is the group named
before, "House Speaker Paul Ryan" is Paul Ryan, and "McDonald" cut from "McDonald's boss" is
McDonald's, the company the article names with its "'s"."""

from __future__ import annotations

import re
from typing import Any

from .affiliation_places import acts_as_a_body, nationality_only, seat_of_member, where_based
from .lexicon import TITLE_MODIFIERS
from .names import name_key
from .places_of_origin import possessive_origin
from .quotes import text_of
from .org_kinds import ORG_DESCRIPTORS


# Relations to a person that are no service to them: these have no person as affiliation ("a
# co-star of Johnny Depp", "Cobain biographer Charles Cross", "Ferguson's player", "Lord
# Scarman's nephew"); any other role keeps the person it is for ("A spokesman for Michael
# Howard", "Michael Howard's deputy", "Michael Jackson's doctor", "Trump's running mate").
_NOT_SERVING = frozenset("""
co-star costar star biographer player players teammate team-mate rival opponent challenger friend fan fans
critic successor predecessor colleague victim accuser nephew niece son daughter wife husband father mother
brother sister cousin uncle aunt grandson granddaughter grandfather grandmother widow widower partner
girlfriend boyfriend fiancee fiancée fiance ex-wife ex-husband ex-girlfriend ex-boyfriend child children
""".split())

# Relations that tie a person to people, never to a body: whoever the possessive names, no affiliation.
_PRIVATE_RELATIONS = frozenset("""
neighbor neighbour neighbors neighbours friend nephew niece son daughter wife husband father mother brother
sister cousin uncle aunt grandson granddaughter grandfather grandmother widow widower girlfriend boyfriend
fiancee fiancée fiance
""".split())


def named_affiliation(resolver: Any, affiliation: str | None, offset: int, title: str | None = None) -> str | None:
    """``affiliation`` as a body or person ``resolver``'s table names: "groups" or "own firm"
    alone name none; a spokesman for a person is that person's, a ``title`` that relates to a
    person without serving them ("co-star", "biographer", "player", "nephew") has no affiliation in them. RETURNS (str | None)."""
    if not affiliation:
        return affiliation
    relation = title.lower().split()[-1] if title else _relation_before(resolver, affiliation, offset)
    if relation in _NOT_SERVING and _a_person(resolver, affiliation) or relation in _PRIVATE_RELATIONS:
        # "Ferguson's player Rooney", "Lord Scarman's nephew": no one's but a club's or none;
        # "their neighbor Benjamin Green": a neighbour or a relative belongs to no body
        return None
    affiliation = _before_role_words(resolver, affiliation)
    if title is None and _hometown(resolver, affiliation):
        return None  # "Judy Avalos, of Perris, was arrested": where she lives, no body she speaks for
    if where_based(resolver, affiliation, title, offset):
        return None  # "a business adviser from Swansea", "a London-based broker": where, not whom for
    if nationality_only(resolver, affiliation, title, offset) or possessive_origin(resolver, affiliation, title, offset):
        return None  # "an Italian journalist", "The UK's Andrea Arnold": where from, not a body she speaks for
    if seat_of_member(resolver, affiliation, title, offset):
        return None  # "Kent MP Derek Wyatt": the seat he represents, no body
    words = affiliation.split()
    if words[0].lower() in ("his", "her", "their", "its", "own") or "own" in words:
        return None  # "founder of his own firm": no body the article names
    if all(w[:1].islower() for w in words):
        entity = resolver._body_for(words[-1].lower(), offset) if words[-1].lower() in ORG_DESCRIPTORS else None
        if entity is None and len(words) > 1 and words[-1].lower() in ORG_DESCRIPTORS:
            return affiliation  # "central bank governor Park Seung": a body the qualifier names, unnamed
        return entity.name if entity is not None else None
    person = next((e for e in resolver.table.people() if e.name in affiliation and e.name != affiliation), None)
    if person is not None and affiliation.endswith(person.name):
        return person.name
    # the possessive cut from a name whose "'s" is its own ("McDonald's boss")
    key = name_key(affiliation)
    own = next((e for e in resolver.table.organisations() if e.name[-2:] in ("'s", "’s") and name_key(e.name) == key
                and e.name != affiliation), None)
    return own.name if own is not None else affiliation


# Lower-case words that open a role, not a body's name: where a body's name runs on into
# them, the role's words were taken for the body's ("IHS Global Insight chief U.S. regional
# economist").
_ROLE_OPENERS = frozenset("chief head managing executive principal lead".split()) | TITLE_MODIFIERS


def _before_role_words(resolver: Any, affiliation: str) -> str:
    """``affiliation`` cut to the organisation the article names at its start where a role's
    words follow it: "IHS Global Insight chief U.S." -> "IHS Global Insight"."""
    for entity in resolver.table.organisations():
        tail = affiliation[len(entity.name) :].split()
        if affiliation.startswith(entity.name + " ") and tail and tail[0] in _ROLE_OPENERS:
            return entity.name
    return affiliation


def _hometown(resolver: Any, affiliation: str) -> bool:
    """Whether the article gives ``affiliation`` only as where someone it names bare is from:
    "Judy Avalos, of Perris, was arrested", "said Mona Lamberson, 59, of North Philadelphia."
    (a name with no role before it, a place the NER marks as no organisation; the NER may
    call a small town a language). "Brad Wernle, from Automotive News Europe" and "Steve
    Ash, from Activcard" (the NER's place, a firm the article makes a subject) are bodies."""
    doc = resolver.doc
    text = text_of(doc)
    for found in re.finditer(r",(?: \d+,)? of " + re.escape(affiliation) + r"(?=[,.;])", text):
        name = doc.char_span(found.start() - 1, found.start(), alignment_mode="expand")
        place = doc.char_span(found.end() - len(affiliation), found.end(), alignment_mode="expand")
        if name is None or place is None or name[-1].ent_type_ != "PERSON":
            continue
        first = name[-1]
        while first.i > 0 and first.ent_iob_ == "I":
            first = doc[first.i - 1]
        before = doc[first.i - 1] if first.i > 0 else None
        untitled = before is None or first.is_sent_start or before.pos_ not in ("NOUN", "PROPN", "ADJ")
        if untitled and all(t.ent_type_ in _PLACE_LABELS for t in place):
            # (the whole-text search for the name as a subject only once the cheap ", of X" one hits)
            return not acts_as_a_body(doc, text, affiliation)
    return False


_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC", "LANGUAGE", "NORP"))


def _a_person(resolver: Any, name: str) -> bool:
    """Whether the article names ``name`` as a person (a full name or a surname of one),
    known as one by a full name or an honorific ("Bath", a club the NER read as a person
    named by one word alone, is none)."""
    key = name_key(name)
    return any(not e.unnamed and e.type == "person" and (e.key == key or key == e.key[-len(key):])
               and (len(e.key) > 1 or e.personal) for e in resolver.table.people())


def _relation_before(resolver: Any, affiliation: str, offset: int) -> str | None:
    """The noun after the affiliation's possessive just before the mention at ``offset``,
    where it gave no title ("Lord Scarman's nephew George Ritchie" -> nephew)."""
    text = text_of(resolver.doc)
    window = text[max(0, offset - 80) : offset + 80]
    for mark in ("'s ", "’s "):
        at = window.rfind(affiliation + mark)
        if at >= 0:
            following = window[at + len(affiliation) + len(mark) :].split()
            return following[0].lower().strip(",") if following else None
    return None
