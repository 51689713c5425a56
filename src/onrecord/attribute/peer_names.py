"""A peer named by a peer's style before the article names anyone else of that surname in
full (issue 11, stop 45, BBC dev slice): "Ex-Welsh Office Minister Lord Roberts of Conwy
denied security services were involved. ... one man, Sion Aubrey Roberts, was convicted in
1993". The table joins a surname to the full name that ends with it wherever that full name
stands (``EntityTable.add``, built full names first; ``surname_completion``), so the peer's
denial went to the convicted man. A peer keeps the style the article introduced him by
("Lord Falconer" throughout), and a full name written only later, with a first name the
style never gave, is someone the article introduces anew; a full name given before the peer
("Charles Falconer ... Lord Falconer") is still his.
"""

from __future__ import annotations

from .entities import EntityTable
from .names import name_key

# Honorifics that are a peer's style ("Lord Roberts", "Lady Thatcher"): ``names.HONORIFICS``'s.
PEER_STYLES = frozenset(("lord", "lady"))


def peer_before_full_name(table: EntityTable, name: str, offset: int, honorific: str | None) -> bool:
    """Whether ``name`` at ``offset``, after ``honorific``, is a peer's surname the table would
    join to a longer name the article writes only after ``offset``. RETURNS (bool)."""
    if honorific not in PEER_STYLES or len(name_key(name)) != 1:
        return False
    longer = table.find(name, offset, person=True)
    return longer is not None and len(longer.key) > 1 and bool(longer.mentions) and min(longer.mentions) > offset
