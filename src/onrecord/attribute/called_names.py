"""A body introduced by the name it goes by: "organizer of a group called Citizens for Trump",
"the founder of a Facebook group called Occupy DNC Convention", "a charity named Hope Not Hate".

The descriptor ("group", "charity") is what kind of body it is; the body the role belongs to
is the name after "called"/"named"/"dubbed". Read off the descriptor's own words, the
speaker's affiliation would be "Facebook group", or nothing at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from .org_kinds import ORG_DESCRIPTORS

__all__ = ["name_called"]

_NAMING_VERBS = frozenset({"called", "named", "dubbed"})


def name_called(noun: Token) -> list[Token] | None:
    """The name after "called"/"named" that a body's descriptor ``noun`` introduces, as
    tokens: the NER's ORG that starts right after the verb, else the capitalised run there;
    None when the descriptor is not followed by one ("a group called on the council")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ORG_DESCRIPTORS:
        return None
    doc = noun.doc
    for verb in noun.rights:
        if verb.dep_ != "acl" or verb.lower_ not in _NAMING_VERBS or verb.i + 1 >= len(doc):
            continue
        first = doc[verb.i + 1]
        if not any(c.dep_ in ("oprd", "dobj", "attr") and c.i > verb.i for c in verb.children):
            continue  # "a group called on ministers": the verb has no name for an object
        if first.ent_type_ == "ORG" and first.ent_iob_ == "B":
            end = first.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return list(doc[first.i : end])
        end = first.i
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_type_ not in ("PERSON", "DATE", "GPE"):
            end += 1
        if end > first.i:
            return list(doc[first.i : end])
    return None
