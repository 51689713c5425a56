"""People named together by their surnames as whom a group acts for: "Lawyers for Mr
Fawcett and Mr McDonald denied ..." belong to both photographers, each by the full name the
article gives him ("Jamie Fawcett and Ben McDonald"), as one surname alone would be
("Lawyers for Mr Fawcett" -> Jamie Fawcett). Read whole, the coordination resolves to no
one and the affiliation kept the bare surnames."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token


def each_person_named(resolver: Any, head: Token) -> str | None:
    """The full names of the people a coordination headed by ``head`` names ("Mr Fawcett and
    Mr McDonald"), joined as written with "and"; None unless each conjunct resolves to a named
    person. RETURNS (str | None)."""
    from .speakers import entity_of

    people = [head]
    while (conj := next((c for c in people[-1].children if c.dep_ == "conj"), None)) is not None:
        people.append(conj)
    if len(people) < 2 or any(t.ent_type_ != "PERSON" for t in people):
        return None
    names = []
    for person in people:
        # each conjunct's own name: read with its conjuncts, the first one names the group
        span = entity_of(person)
        entity = resolver.table.find(span.text, person.idx, person=True) if span is not None else None
        if entity is None or entity.unnamed or len(entity.name.split()) < 2:
            return None
        names.append(entity.name)
    return ", ".join(names[:-1]) + " and " + names[-1]
