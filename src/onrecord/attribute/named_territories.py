"""A state, province or city written with its name after "of" is a body as the article
writes it: "a senator from the state of Vermont" -> senator / state of Vermont, "the
attorney general of the state of New York" -> attorney general / state of New York
(docs/annotation.md, "Title and affiliation": in the article's own words).

Its own module because the role phrase readers (``role_phrases``) are at their size
limit; they ask here before reading "of state" as part of a title ("Secretary of State")
or passing over a lower-case noun after a role as no body.
"""

from __future__ import annotations

from spacy.tokens import Token

# Common nouns for a territory that governs itself, named by an "of" phrase after them.
TERRITORY_NOUNS = frozenset("state province city county commonwealth territory".split())


def territory_named(noun: Token) -> list[Token] | None:
    """The tokens of "state of Vermont" where ``noun`` heads such a phrase: a territory noun
    with an "of" whose object is a place's name ("the state of New York"); None for a
    bare "state" ("Secretary of State", "head of state") or one of no named place ("the
    city of his birth"). RETURNS (list[Token] | None)."""
    if noun.lemma_.lower() not in TERRITORY_NOUNS or noun.pos_ != "NOUN":
        return None
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if place is None or not (place.ent_type_ == "GPE" or place.pos_ == "PROPN" and place.text[:1].isupper()):
        return None
    doc = noun.doc
    end = place.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == place.ent_type_ and place.ent_type_:
        end += 1  # the whole name the NER found ("New York")
    return list(doc[noun.i : end])  # (not the place's conjuncts: "Vermont and self-described socialist")
