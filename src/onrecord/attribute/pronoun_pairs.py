"""A "they" that opens a sentence right after a sentence whose subject is two or three named
people joined by "and": "Tom Smith and Jane Doe were on the train when it stopped. They
said the carriage was packed" is the two of them, one compound source (docs/annotation.md:
"Danny Grewcock and Jason Robinson"), not a group the article spoke of before them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .deps import NOUN_SUBJECT_DEPS, sentence_before
from .phrases import Phrase
from .resolved import Resolved
from .speakers import entity_of

if TYPE_CHECKING:  # the resolver imports the modules this one needs
    from .resolver import Resolver


def named_pair(resolver: Resolver, phrase: Phrase) -> Resolved | None:
    """The people a sentence-opening subject "they" stands for when the sentence before it
    has, as its main clause's subject, two or three people's names joined by "and" (each
    a person of the article's table). RETURNS (Resolved | None): a group of them."""
    head = phrase.head
    if phrase.kind != "pronoun" or head.lower_ != "they" or head.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    sentence = head.sent
    if any(t.dep_ in NOUN_SUBJECT_DEPS for t in head.doc[sentence.start : head.i]) or sentence.start == 0:
        return None  # ("Residents say they ...": the subject before it is what "they" is)
    before = sentence_before(sentence)  # (not None: the sentence is not the first)
    subject = next((c for c in before.root.children if c.dep_ in NOUN_SUBJECT_DEPS), None)
    people = _conjoined_people(subject) if subject is not None else []
    names = []
    for token in people:
        span = entity_of(token)
        span = span if span is not None and span.label_ == "PERSON" else None
        entity = resolver.table.find(span.text, span.start_char, person=True) if span is not None else None
        if entity is None or entity.type != "person" or entity.unnamed:
            return None
        names.append(entity.name)
    if not 2 <= len(set(names)) <= 3:
        return None
    name = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
    entity = resolver.table.find(name, phrase.start) or resolver.table.add(name, phrase.start)
    entity.votes["group"] += 1
    return Resolved(name, "group", entity=entity, how="pronoun-pair")


def _conjoined_people(subject: Token) -> list[Token]:
    """A subject name and the names joined to it by "and" (none when anything else is
    joined: "Smith and the club", "Smith or Doe")."""
    conjuncts = [subject] + [t for t in subject.conjuncts if t.i > subject.i]
    if subject.ent_type_ != "PERSON" or any(t.ent_type_ != "PERSON" or t.pos_ != "PROPN" for t in conjuncts):
        return []
    if any(c.dep_ == "cc" and c.lower_ != "and" for t in conjuncts for c in t.children):
        return []
    return conjuncts if len(conjuncts) > 1 else []
