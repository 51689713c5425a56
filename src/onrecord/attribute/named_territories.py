"""A state, province or city written with its name after "of" is a body as the article
writes it: "a senator from the state of Vermont" -> senator / state of Vermont, "the
attorney general of the state of New York" -> attorney general / state of New York
(docs/annotation.md, "Title and affiliation": in the article's own words).

Also where a place after a role is where someone is rather than a body (``where_someone_is``,
``PLACE_OFFICES``), and a place's possessive before a body's name. Its own module because
the role phrase readers (``role_phrases``) are at their size limit; they ask here before
reading "of state" as part of a title ("Secretary of State") or passing over a lower-case
noun after a role as no body.
"""

from __future__ import annotations

from collections.abc import Sequence

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


def without_place_possessor(tokens: list[Token]) -> list[Token]:
    """A body's name after a place's possessive is the body: "Italy's Northern League",
    "Coralville's Solid Rock Christian Church" -> Northern League, Solid Rock Christian
    Church (the place says where the body is; a body named with a demonym keeps it, "Chinese
    Foreign Ministry", and a possessive before lower-case words stays the body: "London's
    newly elected mayor"). RETURNS (list[Token])."""
    possessive = next((k for k, t in enumerate(tokens) if t.tag_ == "POS"), None)
    if not possessive or possessive + 1 >= len(tokens):
        return tokens
    place, body = tokens[:possessive], tokens[possessive + 1 :]
    if all(t.ent_type_ in ("GPE", "LOC") for t in place) and all(t.text[:1].isupper() or t.is_punct or t.lower_ in ("of", "and", "for", "the")
                                                                  for t in body) \
            and body[0].text[:1].isupper() and any(t.ent_type_ in ("ORG", "FAC") for t in body):
        return body
    return tokens


# Roles whose holder governs or represents a place: the place after them is their body
# ("Libby Schaaf, the mayor of Oakland, California").
PLACE_OFFICES = frozenset("""
mayor governor senator representative congressman congresswoman assemblyman assemblywoman councilman councilwoman
councillor councilor sheriff premier president minister prime attorney lawmaker legislator delegate commissioner
ambassador envoy consul mp mep msp chief
""".split())


def where_someone_is(prep: Token, place: Token) -> bool:
    """A place that says where someone lives or works, not a body they belong to: a town
    with its state or country ("Rachel Woolard, 20, of Jacksonville, Fla.", "a retired
    customer service representative in Allentown, Pa.") or any place after "in". An office
    of a place keeps it (``PLACE_OFFICES``; "Senator Bernie Sanders of Vermont" has no town
    and state)."""
    if place.ent_type_ != "GPE":
        return False
    if prep.lower_ == "in":
        return True
    doc = place.doc
    before = prep.i - 1 - (prep.i > 0 and doc[prep.i - 1].lower_ == "also")
    if before > 0 and doc[before].text == "," and doc[before - 1].like_num:
        return True  # "Musician Alan Wass, 23, also of north London": an age, then where he lives
    end = place.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper() \
        and doc[end + 1].ent_type_ in ("GPE", "") and doc[end + 1].pos_ == "PROPN"


def home_after_from(body: Sequence[Token], title: str) -> bool:
    """Whether ``body``, found after a role, is a place after "from" that says where the
    person comes from, for a role that governs or represents no place: "the Republican
    National Committeeman from Virginia" speaks for the party his premodifier names, not for
    Virginia ("a senator from Vermont" keeps its state, ``PLACE_OFFICES``)."""
    if not body or title.lower().split()[-1] in PLACE_OFFICES:
        return False
    first = body[0]
    return first.i > 0 and first.doc[first.i - 1].lower_ == "from" and all(t.ent_type_ in ("GPE", "LOC") for t in body)
