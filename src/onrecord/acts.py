"""Which acts a view shows: what ``--acts`` (CLI) and ``?acts=`` (API, web pages) mean.

Every statement has an act (``Statement.act``: speech, writing, belief, intention,
stance; docs/schema.md). What a reader meets by default — ``extract``'s table,
``search``, ``show``, ``export``, the API's lists and the web pages — is what was said or
written (``schema.DEFAULT_ACTS``); ``all``, or a comma list, asks for more.
``extract --format json|jsonl`` and the library keep every statement.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import errors
from .schema import DEFAULT_ACTS, STATEMENT_ACTS, Article, Statement

ALL = "all"


def parse_acts(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """The acts a ``--acts``/``?acts=`` value names: "all", "speech,belief", or several
    values (a repeated query parameter). Empty or None: the default, speech and writing.
    RETURNS (tuple[str, ...]) in the order of ``schema.STATEMENT_ACTS``. Raises ConfigError
    for a word that is not an act."""
    if value is None:
        return DEFAULT_ACTS
    words = [w.strip().lower() for part in ([value] if isinstance(value, str) else value) for w in part.split(",")]
    words = [w for w in words if w]
    if not words:
        return DEFAULT_ACTS
    if ALL in words:
        return STATEMENT_ACTS
    unknown = [w for w in words if w not in STATEMENT_ACTS]
    if unknown:
        shown_value = ",".join(unknown)
        shown_value = shown_value if len(shown_value) <= 60 else shown_value[:60] + "…"
        raise errors.ConfigError(errors.E_BAD_ACTS.format(value=shown_value, acts=", ".join(STATEMENT_ACTS)))
    return tuple(a for a in STATEMENT_ACTS if a in words)


def shown(statements: Iterable[Statement], acts: Iterable[str] = DEFAULT_ACTS) -> list[Statement]:
    """The statements of these acts, in order. RETURNS (list[Statement])."""
    wanted = set(acts)
    return [s for s in statements if s.act in wanted]


def article_shown(article: Article, acts: Iterable[str] = DEFAULT_ACTS) -> Article:
    """The article with only the statements of these acts (the same object when it keeps
    them all). RETURNS (Article)."""
    kept = shown(article.statements, acts)
    return article if len(kept) == len(article.statements) else article.model_copy(update={"statements": kept})


def label(acts: Iterable[str]) -> str:
    """ "all" for every act, else the comma list: how a view names its filter."""
    acts = tuple(acts)
    return ALL if set(acts) == set(STATEMENT_ACTS) else ",".join(acts)
