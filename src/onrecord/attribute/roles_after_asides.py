"""The role written right before a name that follows a dash aside: "Despite England's dip in
form since the World Cup final - they have lost eight of their last 13 matches - Ireland coach
Eddie O'Sullivan says ..." (a BBC development-slice sentence). The parser hangs "Ireland coach"
on the aside ("matches") as an apposition, so the name's own modifiers hold no role, and
``phrase_shapes.role_hung_elsewhere`` looks only at a sentence's opening words. The same name
without the aside keeps "Ireland coach" as its modifiers; this reads the words between the
closing dash and the name the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from .roles import is_role_noun

_DASHES = ("-", "\u2013", "\u2014")
# More words than a body's name and a role ("Manchester United assistant manager") make a
# clause of their own, not a role.
_MOST_WORDS = 5


def role_after_aside(first: Token) -> list[Token]:
    """The words between a spaced dash and the name that opens at ``first``, where they are a
    role: proper nouns (the body) then lower-case nouns and adjectives ending in a singular
    role noun ("Ireland coach", "England team manager"). RETURNS (list[Token]), none else."""
    doc, start = first.doc, first.i
    while start > first.sent.start and first.i - start < _MOST_WORDS and doc[start - 1].pos_ in ("NOUN", "ADJ") \
            and doc[start - 1].is_lower:
        start -= 1
    while start > first.sent.start and first.i - start < _MOST_WORDS and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].is_title and doc[start - 1].head.i != first.i:
        start -= 1
    if start == first.i or start - 1 <= first.sent.start:
        return []
    dash, words = doc[start - 1], list(doc[start : first.i])
    if dash.text not in _DASHES or not doc[start - 2].whitespace_ or not dash.whitespace_:
        return []  # (a spaced dash only: "pre-match coach" joins its words)
    role = words[-1]
    return words if role.tag_ == "NN" and role.head.i != first.i and is_role_noun(role, strict=True) else []
