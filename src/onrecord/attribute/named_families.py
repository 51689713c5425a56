""""The brothers noted": a plural kin noun for the family the article named, kept apart
because resolver.py is near its size limit.

A definite "the brothers" (sisters, siblings, twins, couple) with no owner stands for the
relatives the article has named, and news names a family by one surname: PolNeAR train
(wash-post 2015-11-08) "said German Ortega ... said Freddy Ortega, German's brother ... In
some ways, the brothers noted" is German Ortega and Freddy Ortega, one source of type group
(docs/annotation.md, compound sources). Only where the article has named exactly one such
family before the phrase: two families make it a guess, and one person alone is no family.
"""

from __future__ import annotations

from .entities import ArticleEntity, EntityTable
from .phrases import Phrase
from .resolved import Resolved

# Plural kin nouns that stand for relatives of one family ("the couple" only for two).
_FAMILY_NOUNS = frozenset(("brother", "sister", "sibling", "twin", "couple"))


def named_family(table: EntityTable, phrase: Phrase, offset: int) -> tuple[str, list[ArticleEntity]] | None:
    """The family a definite plural kin noun stands for: the joined name ("German Ortega and
    Freddy Ortega", in order of first mention) and its members; None where the phrase is no
    such noun or the article named no single family of two or more before ``offset``."""
    noun = (phrase.noun or "").lower()
    if noun not in _FAMILY_NOUNS or not phrase.definite or phrase.possessor is not None \
            or not (phrase.plural or noun == "couple"):
        return None
    families: dict[str, list[ArticleEntity]] = {}
    for entity in table.people():
        if entity.type == "person" and not entity.unnamed and len(entity.key) >= 2 and entity.last_before(offset) >= 0:
            families.setdefault(entity.key[-1], []).append(entity)
    named = [members for members in families.values() if len(members) >= 2]
    if len(named) != 1 or noun == "couple" and len(named[0]) != 2:
        return None
    members = sorted(named[0], key=lambda e: min(e.mentions))
    if len(members) == 2:
        return " and ".join(e.name for e in members), members
    return ", ".join(e.name for e in members[:-1]) + " and " + members[-1].name, members


def family_source(table: EntityTable, phrase: Phrase, offset: int) -> Resolved | None:
    """The family as one group source of the article's table (as "both candidates" is,
    ``RoleResolution._people``); None where ``named_family`` finds none."""
    family = named_family(table, phrase, offset)
    if family is None:
        return None
    name = family[0]
    entity = table.find(name, offset) or table.add(name, offset)
    entity.votes["group"] += 1
    return Resolved(name, "group", entity=entity, how="role-group")
