"""Which antecedents a pronoun may stand for: "he"/"she" a named person of no other
gender (never an unnamed body or a document), "they" a group or a body, "it" a body, a
place or a document.
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS
from .resolved import Resolved


def antecedent_fits(pronoun: str) -> Callable[[Resolved], bool]:
    """A test of whether a resolved speaker may be what ``pronoun`` stands for."""
    gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None

    def wants(resolved: Resolved) -> bool:
        if resolved.name is None or resolved.document is not None and resolved.type == "document" and gender:
            return False
        if gender is not None:
            entity = resolved.entity
            if entity is not None and entity.unnamed and not entity.personal:
                return False
            return resolved.type == "person" and not (entity and entity.gender and entity.gender != gender)
        if pronoun in ("they", "them"):
            return resolved.type in ("group", "organization")
        if resolved.entity is not None and "product" in resolved.entity.kinds:
            return False  # "The iPod Shuffle costs $99. It said": the maker speaks, not its product
        return resolved.type in ("organization", "place", "document")  # "it"

    return wants
