""""A group of 67 Latin American artists, writers, actors and scientists published": an
unnamed gathering of people is named by its members, kept apart because phrases.py is near
its size limit.

"group" is a body's descriptor ("the group said" after a named body), so the phrase was read
as an organisation named "group". An indefinite "a group of" + plural people is no body the
article named but those people together: PolNeAR train (wash-post 2015-11-08) labels the
letter's writers "Latin American artists, writers, actors and scientists", type group,
unnamed, the count and article dropped as for "79 percent of Democrats" (the share's group).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import GROUP_NOUNS
from .names import span_text
from .roles import is_role_noun

# Nouns for an unnamed gathering of people; "a group of" is the common one.
_GATHERINGS = frozenset(("group", "handful", "band", "bunch", "coalition"))


def group_members(head: Token) -> list[Token] | None:
    """The words naming the people ``head`` gathers ("Latin American artists, writers, actors
    and scientists"), count and article dropped; None unless ``head`` is an indefinite
    gathering noun ("a group of", not "the group") of a plural noun for people."""
    if head.lemma_.lower() not in _GATHERINGS or head.tag_ != "NN" or head.ent_type_:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if members is None or members.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(t.tag_ in ("NNS", "NNPS") and (is_role_noun(t) or t.lower_ in GROUP_NOUNS) for t in (members, *members.conjuncts)):
        return None
    words = list(head.doc[members.left_edge.i : members.right_edge.i + 1])
    while words and (words[0].tag_ in ("CD", "DT") or words[0].lower_ in ("some", "about", "around", "nearly")):
        words = words[1:]  # "67", "some 200": how many, not who
    return words if span_text(words) else None
