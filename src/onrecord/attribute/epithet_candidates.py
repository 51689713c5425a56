"""Who may be the person an epithet names (issue 11): role_resolution.py is at its size
limit, so the filters on the people named near an epithet live here."""

from __future__ import annotations

from collections.abc import Iterable

from .entities import ArticleEntity


def body_before_a_role(entity: ArticleEntity, people: Iterable[ArticleEntity]) -> bool:
    """Whether ``entity``, one word the table made a person, is only the body another person
    is affiliated to ("Balco boss Victor Conte", with "the Balco scandal" later read as a
    person's name): a body written before a role, no person an epithet may name. A person's
    full name ("Donald Trump's campaign manager") is never one word."""
    name = entity.name
    return len(name.split()) == 1 and any(other is not entity and name in other.affiliations for other in people)
