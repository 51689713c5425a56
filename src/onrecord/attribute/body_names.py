"""A body's name the parse cut where the NER read it whole.

"Association of Chief Police Officers president Chris Fox said": the parser hangs the role
and the name under "of", so the words before the role give only "Chief Police Officers";
the NER's organisation runs from "Association". The affiliation is the NER's whole name
when the words the role phrase gave are its tail, cut off at a small word inside it ("of",
"for", "on", "and").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .names import span_text

# The small words inside a body's name where the parse cuts it: "Association of | Chief ...".
_CONNECTIVES = frozenset("of for on and".split())


def whole_body_name(core: Sequence[Token], affiliation: str | None) -> str | None:
    """``affiliation`` read off the role phrase ``core`` (its head and left modifiers), or
    the whole organisation's name the NER gives when those words are the tail of it and it
    starts before the phrase. RETURNS (str | None)."""
    inside = [t for t in core if t.ent_type_ == "ORG"]
    if not affiliation or not inside or inside[0].ent_iob_ != "I":
        return affiliation
    doc = inside[0].doc
    if doc[inside[0].i - 1].text not in _CONNECTIVES:
        return affiliation  # "Top Republican Party donor": a word the role phrase rightly dropped
    start = inside[0].i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = inside[-1].i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if end != inside[-1].i:
        return affiliation  # the organisation runs on past the role's words: not this shape
    name = span_text([t for t in doc[start : end + 1] if not (t.i == start and t.lower_ == "the")])
    return name if name.endswith(" " + affiliation) else affiliation
