"""The part of the store that SQLite and PostgreSQL share: plain SQL over DB-API, one
module per concern.

- ``core``: the connection, the lock (``_locked``, ``_writing``), the backend hooks;
- ``writes``: ``add_articles`` (a batch in one transaction) and ``known``;
- ``search``: ``search``, ``count``, ``facets``, ``statement``;
- ``catalogue``: speakers, articles and the store's totals;
- ``ledger``: failures and ingest runs;
- ``links``: the link stage's look-ups, the speaker tables and relink's steps;
- ``migrate``: schema 1 → 2.
- ``versions``: articles by URL, and a changed page's new text replacing the old one;
- ``fetched``: the fetch cache of ``onrecord watch``.
- ``quotes``: quotations across articles (the link stage's look-ups, the quote tables).

A backend subclasses ``SQLStore`` and implements the hooks of ``core.SQLCore``.
"""

from __future__ import annotations

from . import migrate
from .catalogue import Catalogue
from .core import SCHEMA_VERSION, SQLCore
from .fetched import Fetched
from .quotes import Quotes
from .search import Search
from .writes import Writes

__all__ = ["SCHEMA_VERSION", "SQLCore", "SQLStore", "migrate"]


class SQLStore(Writes, Search, Catalogue, Fetched, Quotes):
    """Every method of ``Store`` in SQL; the hooks of ``SQLCore`` are left to the backend."""
