"""A person's name written right after a body's possessive, where the NER read the name as
part of the body or as a body of its own (stop 47, fields-47).

"the Miami Herald’s Marc Caputo wrote" comes out of the small model as one ORG (or PERSON)
over "Miami Herald’s Marc Caputo": read as one, the speaker is "Miami Herald’s Marc Caputo"
with no affiliation. "As the Washington Post’s Ishaan Tharoor wrote" comes out as two ORGs,
"the Washington Post’s" and "Ishaan Tharoor": the name is read as a body's, so the phrase
carries no role and the person ends up with no affiliation. "CNN's Jake Tapper", read as an
ORG and a PERSON, already gives Tapper the affiliation CNN; these repairs make the two
misreadings that reading. (A bare apostrophe inside one entity, "Fox News’ Sean Hannity", is
``entity_repairs._possessor_before_a_name``'s.)

The body before the possessive must name a kind of body (an outlet, a party, a business:
``org_kinds.kinds_of_name``) and the name after it be two or three capitalised words naming
none, opening with a known first name or a verb's subject, so "the Brennan Center’s
Democracy Program" or "the Post’s Opinion Section" stay bodies.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import OUTLETS
from .names import is_first_name
from .org_kinds import kinds_of_name

# The possessive as the tokenizer splits it off a name, straight or curly.
_POSSESSIVE_S = frozenset({"'s", "’s"})


def _names_a_body(tokens: Span) -> bool:
    words = [t for t in tokens if t.lower_ != "the"]
    text = " ".join(t.text for t in words)
    return bool(words) and all(t.text[:1].isupper() for t in words) and bool(kinds_of_name(text))


def _looks_like_a_name(tokens: Span) -> bool:
    """Two or three capitalised words that name no kind of body and no outlet."""
    text = tokens.text
    return 2 <= len(tokens) <= 3 and all(t.is_alpha and t.is_title for t in tokens) \
        and not kinds_of_name(text) and text.lower() not in OUTLETS


def split_at_possessive(entity: Span | None) -> list[Span | None]:
    """An ORG or PERSON the NER ran from a body's "’s" over the person's name after it ("the
    Miami Herald’s Marc Caputo"), split into the ORG before the possessive and the PERSON
    after it, where the part before names a kind of body or the name opens with a first name
    the corpora know. Every other entity as it is, alone in the list."""
    if entity is None or entity.label_ not in ("ORG", "PERSON") or len(entity) < 4:
        return [entity]
    mark = next((t.i for t in entity[1:-2] if t.text in _POSSESSIVE_S), None)
    if mark is None:
        return [entity]
    doc = entity.doc
    body, name = doc[entity.start : mark], doc[mark + 1 : entity.end]
    if not (_looks_like_a_name(name) and _a_person_s(name) and _names_a_body(body)):
        return [entity]
    return [Span(doc, entity.start, mark, label="ORG"), Span(doc, name.start, name.end, label="PERSON")]


def _a_person_s(name: Span) -> bool:
    """Whether capitalised words after a possessive are a person's name: a first name the
    corpora know opens them ("Marc Caputo"), or they are a verb's subject ("Ishaan Tharoor
    wrote"); "the Brennan Center’s Democracy Program", an object, and "Schweizer’s Clinton
    Cash", a book after a person's possessive, are no one."""
    head = name[-1]
    return is_first_name(name[0].text) or head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX")


def _ends_in_possessive(entity: Span) -> Token | None:
    """The possessive token that ends ``entity`` ("the Washington Post’s"), or that follows it
    right after (the NER leaving the "’s" out); None if none."""
    doc = entity.doc
    last = entity[-1]
    if last.text in _POSSESSIVE_S:
        return last
    if entity.end < len(doc) and doc[entity.end].text in _POSSESSIVE_S:
        return doc[entity.end]
    return None


def _modifies_a_noun(entity: Span) -> bool:
    """ "Microsoft’s Xbox Live service": a name before a noun is a product's or a unit's."""
    doc = entity.doc
    return entity.end < len(doc) and doc[entity.end].pos_ in ("NOUN", "PROPN")


def names_after_possessors(entities: list[Span | None]) -> list[Span | None]:
    """``entities`` with each ORG read as a person's name right after a body's possessive
    ("the Washington Post’s" + "Ishaan Tharoor") relabelled a PERSON."""
    out = list(entities)
    for index in range(1, len(out)):
        entity, before = out[index], out[index - 1]
        if entity is None or before is None or entity.label_ != "ORG" or before.label_ != "ORG":
            continue
        mark = _ends_in_possessive(before)
        if mark is None or mark.i + 1 != entity.start or not _looks_like_a_name(entity) or not _a_person_s(entity) \
                or any(t.pos_ != "PROPN" for t in entity) or _modifies_a_noun(entity):
            continue
        body = before.doc[before.start : mark.i] if mark.i < before.end else before
        if _names_a_body(body):
            out[index] = Span(entity.doc, entity.start, entity.end, label="PERSON")
    return out
