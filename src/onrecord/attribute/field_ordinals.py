"""An ordinal inside the field a role heads: "head of third party services at Vodafone",
"head of first aid training". There the ordinal is a word of the field's compound noun, no
count or rank, so the title keeps it ("head of third party services") and the compound's
noun ("party") names no body the role belongs to.
"""

from __future__ import annotations

from spacy.tokens import Token


def ordinal_in_field(token: Token) -> bool:
    """ "third" in "third party services": a lower-case ordinal modifying the compound noun
    right after it, which itself modifies a noun (the field)."""
    doc = token.doc
    return token.ent_type_ == "ORDINAL" and token.text.islower() and token.dep_ == "amod" and token.i + 1 < len(doc) \
        and token.head.i == token.i + 1 and token.head.dep_ == "compound" and token.head.head.i > token.head.i


def compound_after_ordinal(token: Token) -> bool:
    """ "party" in "third party services": the compound noun an ordinal in a field modifies."""
    return token.dep_ == "compound" and any(ordinal_in_field(c) for c in token.children)
