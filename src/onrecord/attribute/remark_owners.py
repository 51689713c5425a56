"""Remarks that speak for their owner: in "according to comments on Wednesday from the energy
minister", "according to remarks by the chancellor", "Comments from the minister said ..." the
noun of remarks is the medium of the saying, not its source; the one whose remarks they are is
(docs/annotation.md: a person's comments do not relay, so the owner is the speaker and there is
no via). Documents ("a statement from the company", "a report by the IFS") already speak for
their author through ``document_phrases.document_author``; these nouns are not documents, and
the parser leaves them as the subject or the object of "according to".
"""

from __future__ import annotations

from spacy.tokens import Token

from .found import Found

# Nouns that are someone's spoken remarks, never a body of people ("comments", "testimony").
_REMARKS = frozenset("comment remark testimony speech".split())
# Prepositions that join an owner to the remarks: "comments from / by the minister". ("of" is
# left out: "remarks of this kind", "comments of concern" name no owner.)
_OWNER_PREPS = frozenset("from by".split())
# Participles whose agent owns the remarks: "comments made by the minister".
_DELIVERING = frozenset("make deliver give".split())


def remark_owner(noun: Token) -> Token | None:
    """The one whose remarks ``noun`` names: the possessive ("the minister's comments"), the
    object of "from"/"by" ("comments on Wednesday from the energy minister"), the agent of
    "made by" ("comments made by the minister"). RETURNS (Token | None): None for any other
    noun, or remarks with no owner written with them."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _REMARKS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return _named(child)
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            return _named(next((o for o in child.children if o.dep_ == "pobj"), None))
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _DELIVERING:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return _named(next((o for o in agent.children if o.dep_ == "pobj"), None))
    return None


def _named(owner: Token | None) -> Token | None:
    """An owner that can speak: a name, a noun or a pronoun ("His remarks indicated"), never a
    time ("Wednesday's comments")."""
    if owner is None or owner.pos_ not in ("PROPN", "NOUN", "PRON") or owner.ent_type_ in ("DATE", "TIME"):
        return None
    return owner


def give_remarks_to_owners(found: list[Found]) -> None:
    """Make the owner of remarks the speaker of what the remarks say, in place."""
    for f in found:
        owner = remark_owner(f.speaker) if f.speaker is not None else None
        if owner is not None:
            f.speaker = owner
