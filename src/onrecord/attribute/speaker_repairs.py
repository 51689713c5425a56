"""Speaker phrases the parser built around the wrong word (issue 11, stop 27): a book
title with its author after it, a name with its body written as a second subject, a name
at the end of a work's title and a role.
"""

from __future__ import annotations

from spacy.tokens import Token

from .roles import is_role_noun


def author_of_titled_work(subject: Token) -> Token | None:
    """ "Brown's Britain, by Robert Peston, says": a capitalised title set off from its
    verb by ", by PERSON," is a book or report, and its author speaks; the parser hangs the
    "by" on the title or on the verb. RETURNS (Token | None): the author's head."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON" or subject.dep_ != "nsubj":
        return None
    doc = subject.doc
    by = next((t for t in doc[subject.i + 1:subject.head.i] if t.lower_ == "by"), None)
    if by is None or doc[by.i - 1].text != "," or by.dep_ != "prep" or by.head.i not in (subject.i, subject.head.i):
        return None
    if any(t.text == "," for t in doc[subject.i + 1:by.i - 1]):
        return None  # the comma must close the title itself
    after = by.right_edge.i + 1
    if after >= subject.head.i or doc[after].text != ",":
        return None
    return next((c for c in by.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None)


def person_before_body(subject: Token) -> Token | None:
    """ "Colin Asplin, Blackpool Hotel Association said": a person's name, a comma and then
    the body the parser made the subject; the person speaks and the body is theirs (a
    list, "Smith, Labour and the Tories", is joined by a conjunction and is left alone).
    RETURNS (Token | None): the name's head."""
    doc, start = subject.doc, subject.left_edge.i
    if subject.ent_type_ != "ORG" or subject.dep_ != "nsubj" or start < 2 or doc[start - 1].text != "," \
            or any(c.dep_ == "conj" for c in subject.children):
        return None
    person = doc[start - 2]
    while person.dep_ == "compound" and person.head.i > person.i:
        person = person.head
    if person.ent_type_ != "PERSON" or person.head.i != subject.head.i or person.dep_ not in ("nsubj", "npadvmod", "dep"):
        return None
    return person


def name_after_titled_role(subject: Token) -> Token | None:
    """ "Essential Guide to British Quangos 2005 author Dan Lewis said": a title the parser
    made the subject, whose phrase ends, right before the verb, in a role noun and a
    person's name; the named person speaks (a common noun, "Friends of singer John Smith",
    is left alone). RETURNS (Token | None): the name's head."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON" or subject.dep_ != "nsubj":
        return None
    doc, last = subject.doc, subject.right_edge
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or last.i + 1 != subject.head.i:
        return None
    start = last.i
    while start > subject.i and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    role = doc[start - 1]
    if start - 1 <= subject.i or role.pos_ != "NOUN" or not is_role_noun(role) or role.head.i != last.i:
        return None
    return last
