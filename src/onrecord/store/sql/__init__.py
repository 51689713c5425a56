"""The part of the store that SQLite and PostgreSQL share: plain SQL over DB-API, one
module per concern.

- ``core``: the connection, the lock (``_locked``, ``_writing``), the backend hooks;
- ``writes``: ``add_articles`` (a batch in one transaction) and ``known``;
- ``search``: ``search``, ``count``, ``facets``, ``statement``;
- ``catalogue``: speakers, articles and the store's totals;
- ``ledger``: failures and ingest runs;
- ``quotes``: quotations across articles (the link stage's look-ups, the quote tables).

A backend subclasses ``SQLStore`` and implements the hooks of ``core.SQLCore``.
"""

from __future__ import annotations

from .catalogue import Catalogue
from .core import SCHEMA_VERSION, SQLCore
from .quotes import Quotes
from .search import Search
from .writes import Writes

__all__ = ["SCHEMA_VERSION", "SQLCore", "SQLStore"]


class SQLStore(Writes, Search, Catalogue, Quotes):
    """Every method of ``Store`` in SQL; the hooks of ``SQLCore`` are left to the backend."""
