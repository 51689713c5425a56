"""A place named with a private person says where they are from, not whom they speak for
(docs/annotation.md: "an Italian journalist" gives no affiliation): "A US woman is suing
Hewlett Packard" and "The unnamed woman from Georgia says" have no affiliation "US" or
"Georgia" (a BBC development-slice article, where the two then differed as two speakers).
A place stays the body of a role ("a US official", "Moscow officials": they speak for it), and
of a plural ("The young Irish boys", a BBC sport team), which may be a side.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .pronoun_blockers import PRIVATE_NOUNS
from .quotes import text_of
from .roles import place_of

if TYPE_CHECKING:
    from .phrases import Phrase

_PLACE_LABELS = ("GPE", "NORP", "LOC")
# private people the pronoun rules do not list: where they live is what the place says
_DWELLERS = frozenset("person individual resident citizen pensioner shopper consumer customer".split())
_PRIVATE_PEOPLE = PRIVATE_NOUNS | _DWELLERS  # (joined once, not on every call)


def origin_only(phrase: Phrase, affiliation: str | None) -> bool:
    """Whether ``affiliation`` is only the place a private person (a woman, a resident) of an
    unnamed description comes from."""
    if not affiliation or phrase.plural or phrase.head.lemma_.lower() not in _PRIVATE_PEOPLE:
        return False  # (a plural may be a side: "The young Irish boys" of an under-21 team play for Ireland)
    # (the phrase's range is in characters)
    ents = [e for e in phrase.head.doc.ents if e.label_ in _PLACE_LABELS
            and phrase.start <= e.start_char and e.end_char <= phrase.end]
    return affiliation in {e.text for e in ents} | {place_of(e.text) for e in ents}


def possessive_origin(resolver: Any, affiliation: str, title: str | None, offset: int) -> bool:
    """Whether a person with no role is named after a country's possessive ("The UK's Andrea
    Arnold won the short film award", BBC entertainment, development slice): the country is
    where she is from, as a demonym before a private trade is, not a body she speaks for.
    A role keeps its country ("Britain's ambassador Sir John Smith"). RETURNS (bool)."""
    if title:
        return False
    doc = resolver.doc
    before = text_of(doc)[max(0, offset - len(affiliation) - 4) : offset]
    found = re.search(rf"\b{re.escape(affiliation)}['’]s? +$", before)
    if found is None:
        return False
    start = offset - len(before) + found.start()
    return any(e.label_ == "GPE" and e.start_char == start for e in doc.ents)
