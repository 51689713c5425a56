"""A firm's two-word name that the NER reads as a body and a surname: "Lockheed Martin
accused its rival Boeing ..." comes out as the ORG "Lockheed" and the PERSON "Martin", and
the speaker would be a Mr Martin of Lockheed. A person's name is never written straight
after a body's with nothing between (a role stands there: "Lockheed boss Bob Stevens", or
a possessive: "Lockheed's Martin"), so a one-word PERSON that the body's word modifies is
the end of the body's name, unless the body's word is itself a first name the NER misread
("Ozzy Osbourne" cut as an ORG and a PERSON stays a person's name)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .names import is_first_name
from .role_tokens import is_role_noun


def join_firm_names(doc: Doc) -> Doc:
    """``doc`` with each one-word PERSON right after an ORG that modifies it made part of the ORG."""
    entities, changed = list(doc.ents), False
    for index in range(1, len(entities)):
        body, person = entities[index - 1], entities[index]
        if body is None or person.label_ != "PERSON" or len(person) != 1 or body.label_ != "ORG" \
                or body.end != person.start or len(body) > 2:
            continue
        last = body[-1]
        if last.dep_ != "compound" or last.head.i != person.start or doc[body.end - 1].whitespace_ != " " \
                or not all(t.is_alpha and t.is_title for t in body) or is_first_name(body[0].text) \
                or any(is_role_noun(t) for t in body):
            continue
        entities[index - 1], entities[index] = None, Span(doc, body.start, person.end, label="ORG")
        changed = True
    if changed:
        doc.ents = [entity for entity in entities if entity is not None]
    return doc
