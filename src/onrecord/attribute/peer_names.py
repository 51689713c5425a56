"""A peer named by a peer's style before the article introduces someone new of that surname
(issue 11, stop 45, BBC dev slice): "Ex-Welsh Office Minister Lord Roberts of Conwy denied
security services were involved. ... one man, Sion Aubrey Roberts, was convicted in 1993".
The table joins a surname to the full name that ends with it wherever that full name stands
(``EntityTable.add``, built full names first; ``surname_completion``), so the peer's denial
went to the convicted man. A full name written only after the peer's style, as a name apposed
to an indefinite noun ("one man, X", "a local man, X"), is someone the article introduces
anew; any other later full name is still the peer's own ("Science Minister Lord Sainsbury has
made a £2m donation ... David Sainsbury said he was pleased": one man), and so is one given
before the style.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .deps import name_head_at
from .entities import EntityTable
from .names import name_key

# Honorifics that are a peer's style ("Lord Roberts", "Lady Thatcher"): ``names.HONORIFICS``'s.
PEER_STYLES = frozenset(("lord", "lady"))


def peer_before_full_name(doc: Doc, table: EntityTable, name: str, offset: int, honorific: str | None) -> bool:
    """Whether ``name`` at ``offset``, after ``honorific``, is a peer's surname the table would
    join to a longer name the article introduces anew only after ``offset``. RETURNS (bool)."""
    if honorific not in PEER_STYLES or len(name_key(name)) != 1:
        return False
    longer = table.find(name, offset, person=True)
    if longer is None or len(longer.key) < 2 or not longer.mentions or min(longer.mentions) <= offset:
        return False
    return _introduced_anew(doc, min(longer.mentions))


def _introduced_anew(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` is apposed to an indefinite noun: "one man, Sion Aubrey
    Roberts", "a local man, John Smith"."""
    token = name_head_at(doc, offset)  # the name's last word
    return token is not None and token.dep_ == "appos" and token.head.i < token.i and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in token.head.children)
