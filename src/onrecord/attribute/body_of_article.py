"""The body an article is about as the affiliation of a person whose role belongs to a body
but who is given none ("Microsoft ... chief executive Steve Ballmer said"), and the
capitalised state offices that never take it ("President Obama" in a story about the EU,
"Treasurer Peter Costello" in one about the Reserve Bank).
"""

from __future__ import annotations

from .entities import ArticleEntity
from .roles import BODY_ROLES

# Titles that, capitalised before a name, are a state's offices ("said Treasurer Peter
# Costello", "President Putin"), not a role of the body in play or the article's body; a
# body's is written lower case ("Fifa president Sepp Blatter").
STATE_TITLES = frozenset("president treasurer".split())


def state_office(title: str | None) -> bool:
    """Whether ``title`` is a capitalised state office ("President", "Treasurer")."""
    return bool(title) and title.lower() in STATE_TITLES and title[:1].isupper()


def article_body_for(entity: ArticleEntity, dominant: ArticleEntity, text: str) -> str | None:
    """The ``dominant`` body's name as ``entity``'s affiliation when the article's first
    role for the person belongs to a body ("spokesman", "chairman") and names none; never
    for a capitalised state office ("President Obama has endured criticism" in a story the
    full analysis finds about the European Union is the US president, not the EU's) unless
    ``text`` writes the body's name right before it and the person's name
    ("CNN President Jeff Zucker"). RETURNS (str | None)."""
    if entity is dominant or entity.type != "person":
        return None
    title, affiliation = entity.primary_role()
    if not title or affiliation is not None or title.lower().split()[-1] not in BODY_ROLES:
        return None
    if state_office(title) and not _named_before_title(dominant, title, entity, text):
        return None
    return dominant.name


def _named_before_title(body: ArticleEntity, title: str, person: ArticleEntity, text: str) -> bool:
    """Whether ``text`` writes "<body> <title> <person>" ("CNN President Jeff Zucker")."""
    return any(f"{name} {title} {who}" in text for name in [body.name, *body.aliases]
               for who in [person.name, *person.aliases])
