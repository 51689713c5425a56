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

from .deps import agent_object
from .found import Found
from .occasion_ties import REMARKS

# Nouns that are someone's spoken remarks, never a body of people ("comments", "testimony"):
# the remarks of occasion_ties less a "statement" (a document: document_phrases.document_author
# gives its author), "word" ("word from the ministry" is news passed on) and an "answer" or a
# "response" (a reply, often written, that the article may quote as a document).
_REMARKS = REMARKS - {"statement", "word", "answer", "response"}
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
    return owner_written_with(noun)


def owner_written_with(noun: Token, preps: frozenset[str] = _OWNER_PREPS) -> Token | None:
    """The owner written with a noun of remarks, whatever the noun (``remark_owner`` walks
    it; remark_times.owner_of too, with "of"). RETURNS (Token | None)."""
    for child in noun.children:
        if child.dep_ == "poss" and _named(child) is not None:
            return child  # (a time's: "Wednesday's comments from the minister" goes on to "from")
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            return _named(next((o for o in child.children if o.dep_ == "pobj"), None))
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _DELIVERING:
            if (agent := agent_object(child)) is not None:
                return _named(agent)
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
