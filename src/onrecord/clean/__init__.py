"""Cleaning: from a RawDocument to the text the engine reads, with its metadata and the
boilerplate ranges that must never yield statements.

The modules: ``models`` (CleanDocument), ``document`` (one document: clean_document),
``html`` (main text of a page, with trafilatura), ``metadata`` (title, date, outlet, URL of
a page), ``language`` (the non-English skip), ``boilerplate`` (junk lines), ``batch`` (a
stream, with junk that recurs across a site's documents). Imports run one way: ``models``
and ``boilerplate`` first, ``html`` and ``language`` on them, ``document`` on those,
``batch`` last.
"""

from __future__ import annotations

from .batch import BATCH_WINDOW, clean_batch, site_key
from .document import clean_document, guess_title
from .language import ENGLISH
from .models import CleanDocument

__all__ = ["BATCH_WINDOW", "ENGLISH", "CleanDocument", "clean_batch", "clean_document", "guess_title", "site_key"]
