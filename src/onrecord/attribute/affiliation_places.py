"""A place someone comes from or works in, taken for the body they speak for: "John Smith,
a business adviser from Swansea", "a London-based broker", "a broker based in London". The
place says where the person is, not whom they speak for; a role that governs or represents
a place keeps it ("a minister from France", "a spokesman from Russia")."""

from __future__ import annotations

import re
from typing import Any

from .lexicon import DEMONYMS
from .org_kinds import kinds_of_name
from .quotes import text_of
from .named_territories import PLACE_OFFICES
from .role_words import CONSTITUENCY_ROLES, PARTY_WORDS

# Roles that speak for the place they come from, besides its offices: a diplomat or an
# official "from France" speaks for France.
_SPEAK_FOR_PLACE = frozenset("""
spokesman spokeswoman spokesperson official officials diplomat diplomats negotiator delegate delegation
""".split())
# A side's roles speak for the place a team is named for ("a striker from Wales"), bare or
# with a word of the side ("team manager", "assistant coach"); another noun before one makes
# a trade of it ("an information manager from Newcastle" lives there).
_SIDE_ROLES = frozenset("""
player players striker defender midfielder forward winger goalkeeper keeper captain coach manager
international team side squad
""".split())
_SIDE_WORDS = frozenset("team squad club national assistant head caretaker interim acting player first-team former ex".split())

# How far from the mention's start (characters) its "from X" may come: the name and a role.
_NEAR = 160

# Only the NER's places: "Activcard" read as a GPE is ruled out by its acting as a body.
_PLACE_LABELS = frozenset(("GPE", "LOC"))


def where_based(resolver: Any, affiliation: str, title: str | None, offset: int) -> bool:
    """Whether the mention at ``offset`` gives ``affiliation`` as where the person is from or
    based ("from Swansea", "London-based", "based in London", in the mention's sentence near
    it): "X-based" always, else a place the NER marks as one and the article never makes act (a
    clause's subject or a possessor, as a firm is), for a role that does not speak for the
    place. Only the mention's sentence counts: a place written so in another sentence is
    someone else's (another blogger "originally from India" says nothing of "Indian writer
    Rohit Gupta", whose nationality nationality_only weighs). RETURNS (bool)."""
    words = title.lower().split() if title else [""]
    name = re.escape(affiliation)
    pattern = rf"\b(?:from|based in) (?:the )?{name}\b(?!['’]s)|\b{name}-based\b"
    if words[-1] in PLACE_OFFICES or words[-1] in _SPEAK_FOR_PLACE or _side_role(words):
        # a role of the place's comes "from" it; "X-based" only says where it works
        # ("Newport-based union official", "a Brussels-based diplomat"): never a body
        pattern = rf"\b{name}-based\b"
    doc = resolver.doc
    text = text_of(doc)
    if affiliation not in text[max(offset - _NEAR, 0) : offset + _NEAR]:
        return False  # (the window below lies inside this one: no sentence walked)
    start_token = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if start_token is None:
        return False
    sentence = start_token[0].sent
    window = max(sentence.start_char, offset - _NEAR)
    hits = 0
    for found in re.finditer(pattern, text[window : min(sentence.end_char, offset + _NEAR)]):
        if found.group(0).endswith("-based"):
            return True  # a base, whatever the NER made of its name ("Newport" read as a club)
        found_at = window + found.start()
        start = found_at + len(found.group(0)) - len(affiliation)
        place = doc.char_span(start, start + len(affiliation), alignment_mode="expand")
        if place is None or not all(t.ent_type_ in _PLACE_LABELS for t in place):
            return False
        hits += 1
    # (a country is a clause's subject or a possessor as often as a firm: "Singapore's annual
    # gross domestic product" says nothing against "a Singapore-based fund manager")
    return hits > 0 and (affiliation in _DEMONYMS_OF or not acts_as_a_body(doc, text, affiliation))


def _side_role(words: list[str]) -> bool:
    """Whether a title's words are a side's role: "manager", "team manager", "assistant
    coach"; not "information manager", "project manager" (a trade a person plies anywhere)."""
    return words[-1] in _SIDE_ROLES and all(w.rstrip("-") in _SIDE_WORDS for w in words[:-1])


# Trades a person plies on their own account: "an Italian journalist", "Spanish lawyer" says
# where they are from, not that they speak for the state ("Italian minister", "British
# champion", "Scottish player" keep it: an office or a side stands for the country; "US
# attorney" is a federal office, so no attorney; an editor speaks for a paper).
_PRIVATE_TRADES = frozenset("""
journalist journalists reporter reporters correspondent writer writers author novelist poet columnist
blogger lawyer lawyers barrister solicitor analyst analysts researcher researchers
scientist scientists academic academics professor historian economist activist activists artist
artists filmmaker photographer businessman businesswoman entrepreneur billionaire tycoon investor
actor actress singer musician doctor surgeon student students tourist tourists hacker programmer
designer producer composer comedian film-maker filmmakers dancer painter sculptor architect chef pianist
guitarist rapper playwright star banker bankers maker tester reviewer
""".split())


# A country's abbreviation written as its adjective ("Moscow-based US lawyer Jamie Firestone").
_NATION_ABBREVIATIONS = frozenset("US U.S. UK U.K. USA".split())

# Each place's demonyms, built once rather than scanning DEMONYMS per mention.
_DEMONYMS_OF: dict[str, list[str]] = {}
for _demonym, _place in DEMONYMS.items():
    _DEMONYMS_OF.setdefault(_place, []).append(_demonym)


def nationality_only(resolver: Any, affiliation: str, title: str | None, offset: int) -> bool:
    """Whether the mention at ``offset`` takes ``affiliation`` from a nationality adjective
    before a private trade ("Stefania Maurizi, an Italian journalist", "Spanish lawyer Aitor
    Martinez"): the country is where the person is from, not the body they speak for.
    RETURNS (bool)."""
    last = title.lower().split()[-1] if title else ""
    if last not in _PRIVATE_TRADES:
        return False
    demonyms = _DEMONYMS_OF.get(affiliation) or ([affiliation] if affiliation in _NATION_ABBREVIATIONS else None)
    if not demonyms:
        return False
    doc = resolver.doc
    text = text_of(doc)
    start_token = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if start_token is None:
        return False
    sentence = start_token[0].sent
    window = text[max(sentence.start_char, offset - _NEAR) : min(sentence.end_char, offset + _NEAR)]
    pattern = rf"\b(?i:{'|'.join(map(re.escape, demonyms))})(?: [a-z-]+)? (?i:{re.escape(title)})\b"
    return re.search(pattern, window) is not None


def acts_as_a_body(doc: Any, text: str, name: str) -> bool:
    """Whether the article makes ``name`` a clause's subject or a possessor somewhere, as it
    does a body ("Activcard is one of the many companies", "Activcard's method"), and seldom
    a town. RETURNS (bool)."""
    for found in re.finditer(re.escape(name) + r"\b", text):
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is not None and (span.root.dep_ in ("nsubj", "nsubjpass") or text[found.end() : found.end() + 2] in ("'s", "’s")):
            return True
    return False


# The words of parties whose members sit for seats, besides PARTY_WORDS ("Plaid Cymru MP",
# "SNP MSP", "DUP MLA"), which the NER may leave untyped.
_PARTY_NAMES = frozenset("plaid snp dup uup sdlp sinn ukip alliance respect".split())


def seat_of_member(resolver: Any, affiliation: str, title: str | None, offset: int) -> bool:
    """Whether ``affiliation`` is the seat a member of a parliament represents, written
    before the role ("Kent MP", "Sittingbourne and Sheppey MP Derek Wyatt"): a place, no
    body they speak for. A party stays ("Labour MP", "Plaid Cymru MP": a word of a party, or a
    body the article makes an organisation), and so does a nation ("Scottish MP").
    RETURNS (bool)."""
    role = title.split()[-1] if title else ""
    if role.lower() not in CONSTITUENCY_ROLES or affiliation in _DEMONYMS_OF \
            or {w.lower() for w in affiliation.split()} & (PARTY_WORDS | _PARTY_NAMES) or "party" in kinds_of_name(affiliation):
        return False
    entity = resolver.table.find(affiliation, offset)
    if entity is not None and entity.type == "organization" or acts_as_a_body(resolver.doc, text_of(resolver.doc), affiliation):
        return False
    sentence = resolver.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if sentence is None:
        return False
    sentence = sentence[0].sent
    return re.search(rf"\b{re.escape(affiliation)} {re.escape(role)}\b", sentence.text) is not None
