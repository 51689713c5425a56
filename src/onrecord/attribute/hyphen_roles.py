"""A hyphenated role after a club's name that the parser hung on the name: in ""There is no
lack of confidence in the team," said the Sale full-back" the small model makes "Sale" the
subject and "back" an adverb of it, so the speaker came out as the club "Sale" (issue 11, a
BBC development-slice shape). The role ("full-back", "fly-half", "scrum-half", "team-mate")
is the phrase's head and the name before it its body, as in "the Gloucester fly-half",
which the parser reads right.

The repair is narrow: a proper noun that is a subject or object, the very next tokens
"word - word" with no space around the hyphen, their joined form a role noun
(``role_words.ROLE_NOUNS``), and the hyphenated word's last part a child of the proper noun.
The last part then takes the proper noun's place in the parse and the proper noun becomes
its compound.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from .role_words import ROLE_NOUNS
from .token_columns import indices_between

__all__ = ["rehead_hyphen_roles"]

# Hyphenated roles: the joined words of ROLE_NOUNS that hold a hyphen ("full-back", "fly-half").
HYPHEN_ROLES = frozenset(word for word in ROLE_NOUNS if "-" in word)
# The places in a clause a speaker or a person spoken of takes.
_NOUN_PLACES = frozenset("nsubj nsubjpass dobj pobj appos attr conj".split())


def rehead_hyphen_roles(doc: Doc) -> Doc:
    """Make a hyphenated role after a proper noun the head of the phrase ("the Sale
    full-back": "back" the subject, "Sale" its compound) where the parser hung the role on
    the name. RETURNS (Doc): ``doc``, changed in place."""
    if not doc.has_annotation("DEP"):
        return doc
    # only where a hyphen stands two tokens after a possible name and before a last word:
    # the Doc's ORTH column finds those few, not a Token object per word (it runs on every Doc)
    for at in indices_between(doc, ORTH, ("-",), 2, len(doc) - 1):
        name, first, hyphen, last = doc[at - 2], doc[at - 1], doc[at], doc[at + 1]
        if name.pos_ != "PROPN" or name.dep_ not in _NOUN_PLACES \
                or first.whitespace_ or hyphen.whitespace_ or not first.is_lower or not last.is_lower:
            continue
        if f"{first.lower_}-{last.lower_}" not in HYPHEN_ROLES or last.head.i != name.i \
                or any(c.i > last.i for c in name.children):
            continue
        head, dep = name.head, name.dep_
        last.head = last if head.i == name.i else head
        last.dep_ = dep
        name.head, name.dep_ = last, "compound"
        first.head, first.dep_ = last, "compound"
        hyphen.head, hyphen.dep_ = last, "punct"
    return doc
