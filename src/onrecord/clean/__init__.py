"""Cleaning: from a RawDocument to the text the engine reads, with its metadata and the
boilerplate ranges that must never yield statements.

The modules: ``document`` (one document: CleanDocument, clean_document), ``html`` (main
text of a page, with trafilatura), ``metadata`` (title, date, outlet, URL of a page),
``language`` (the non-English skip), ``boilerplate`` (junk lines), ``batch`` (a stream, with
junk that recurs across a site's documents).
"""

from __future__ import annotations

from .batch import BATCH_WINDOW, clean_batch, site_key
from .document import CleanDocument, clean_document, guess_title
from .language import ENGLISH

__all__ = ["BATCH_WINDOW", "ENGLISH", "CleanDocument", "clean_batch", "clean_document", "guess_title", "site_key"]
