"""The statement store: SQLite (default) or PostgreSQL behind one interface, ``Store``.

    >>> from onrecord.store import open_store, SearchQuery
    >>> with open_store("sqlite:///onrecord.db") as store:
    ...     page = store.search(SearchQuery(q="meeting", speaker="Dmitry Peskov"))

``docs/storage.md`` is the user guide; ``docs/schema.md`` ("Database tables") documents
every table and column.
"""

from __future__ import annotations

from .. import errors
from .base import Store
from .models import (
    AddResult,
    ArticlePage,
    ArticleSummary,
    FacetCount,
    Facets,
    FailureRecord,
    IngestRun,
    OutletSummary,
    RoleSpan,
    RunCounts,
    SearchQuery,
    SearchResult,
    Snippet,
    SpeakerDetail,
    SpeakerSummary,
    StatementHit,
    StoreStats,
    WeekCount,
)

__all__ = [
    "DEFAULT_URL",
    "AddResult",
    "ArticlePage",
    "ArticleSummary",
    "FacetCount",
    "Facets",
    "FailureRecord",
    "IngestRun",
    "OutletSummary",
    "RoleSpan",
    "RunCounts",
    "SearchQuery",
    "SearchResult",
    "Snippet",
    "SpeakerDetail",
    "SpeakerSummary",
    "StatementHit",
    "Store",
    "StoreStats",
    "WeekCount",
    "default_url",
    "open_store",
]

DEFAULT_URL = "sqlite:///onrecord.db"


def default_url() -> str:
    """The store URL used when none is given: ``$ONRECORD_DB``, else ``sqlite:///onrecord.db``."""
    from .. import settings

    return settings.current().db or DEFAULT_URL


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (and, with ``create``, initialise) the store at ``url``.

    url (str | None): ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``,
        ``sqlite:///:memory:``, or ``postgresql://user@host:port/dbname``; None means
        ``default_url()``.
    create (bool): create the file and tables when missing; False raises StoreError for a
        store that does not exist yet (read-only commands use this).
    RETURNS (Store): the open store. Raises ConfigError for a URL onrecord cannot use.
    """
    url = url or default_url()
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "sqlite":
        from .sqlite import SQLiteStore

        return SQLiteStore.open(url, create=create)
    if scheme in ("postgresql", "postgres") or scheme.startswith("postgresql+"):
        from .postgres import PostgresStore

        return PostgresStore.open(url, create=create)
    raise errors.StoreError(errors.E_BAD_DB_URL.format(url=_redact(url)))


def _redact(url: str) -> str:
    """The URL with any password replaced, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
