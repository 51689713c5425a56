"""A body the article names in full, then by its acronym alone.

"Association of Chief Police Officers president Chris Fox said ... Acpo wants pubs and
clubs ... to pay": BBC style writes the acronym as a word ("Acpo", "Nato"), which the NER
often reads as a person's name. Brackets after the full name already make the acronym an
alias (``mentions._acronym``); this joins it where no bracket did, whichever came first
in the table, when exactly one body's initials spell it.
"""

from __future__ import annotations

from .entities import EntityTable
from .names import initials

# Shorter initials ("BA", "UN") are as often two other words or a person's initials.
_MIN_LETTERS = 3


def fold_acronyms(table: EntityTable) -> None:
    """Fold each one-word name of ``table`` that spells the initials of exactly one body
    into that body (its mentions become the body's; the NER's reading of it as a person's
    name is dropped, a name said nothing personal of)."""
    bodies: dict[str, list] = {}
    for entity in table:
        if entity.type == "organization" and not entity.unnamed and len(entity.initials) >= _MIN_LETTERS:
            bodies.setdefault(entity.initials, []).append(entity)
    # a body named only as someone's affiliation, where the NER labelled no organisation
    # ("Association of Chief Police Officers president Chris Fox")
    affiliations: dict[str, dict[str, int]] = {}
    for entity in table:
        for offset, _, affiliation in entity.role_at:
            letters = initials(affiliation).lower() if affiliation else ""
            if len(letters) >= _MIN_LETTERS:
                affiliations.setdefault(letters, {}).setdefault(affiliation, offset)
    for short in [e for e in table if len(e.key) == 1 and not e.unnamed and not e.personal]:
        matches = bodies.get(short.key[0], [])
        named = affiliations.get(short.key[0], {})
        if not matches and len(named) == 1:
            (name, offset), = named.items()
            matches = [table.add(name, offset)]
            matches[0].votes["organization"] += 1
        if len(matches) != 1 or matches[0] is short or short not in table.entities:
            continue
        short.votes.clear()
        table.merge(matches[0], short)
