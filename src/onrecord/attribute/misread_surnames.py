"""A person's surname the tagger read as a common noun where it heads a speaker phrase:
"Mendes could not believe ..." after "Pedro Mendes' shot" comes out as the plural noun
"mendes" (the NER even calls it a product), so the phrase is an unnamed group and the "He
said:" after it goes to the speaker before. Where the article writes the word capitalised
inside its sentences and never in lower case (``misread_names.name_read_as_noun``) and a
person of the article's table has it as surname, the phrase is that person."""

from __future__ import annotations

from .entities import ArticleEntity, EntityTable
from .misread_names import name_read_as_noun
from .phrases import Phrase


def surname_read_as_noun(table: EntityTable, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """The named person a bare capitalised noun stands for ("Mendes" -> Pedro Mendes), or
    None: the phrase is the word alone (no determiner, possessor or modifier) and the table
    knows one named person whose last name is the word. RETURNS (ArticleEntity | None)."""
    head = phrase.head
    if phrase.kind not in ("description", "nominal", "role") or phrase.possessor is not None \
            or any(not c.is_punct for c in head.children) \
            or not name_read_as_noun(head):
        return None
    people = [e for e in table.people() if not e.unnamed and len(e.key) > 1 and e.key[-1] == head.lower_]
    if len(people) != 1 or min(people[0].mentions, default=offset) >= offset:
        return None  # (none, or two people of that surname: the word does not say which)
    return people[0]
