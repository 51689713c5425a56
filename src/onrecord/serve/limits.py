"""What one request may ask of the server, with the reasons for each limit.

Read once from the environment, like ``onrecord.settings``; ``create_app`` takes a
``ServeLimits`` so tests (and embedders) can set their own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..store.models import MAX_LIMIT

# The largest POST body, in bytes. Extraction runs spaCy in the request at about 2,600
# words/s on one core of the development machine (the seed article repeated to 100,000
# characters), so 1 MiB of text is about a minute: as long as a client should wait for
# one answer. The longest article of the BBC corpus is ~25,000 characters.
DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024
# The most articles in one JSON-lines batch: a batch is extracted and stored in one go,
# so it is bounded in count as well as in bytes.
DEFAULT_MAX_BATCH_ARTICLES = 100
# Threads per server process that run reads, each with its own store connection and page
# cache. Measured with benchmarks/load.py (200 clients, 1M statements, 2 cores): anyio's
# default of 40 served 17 requests/s (forty cold caches, the GIL passed around), 8 about
# 360/s, 4 about 400/s, 2 about 430/s; 4 keeps one slow query from holding up the rest.
DEFAULT_THREADS = 4
# Longest query string value the API reads (q, speaker, outlet, cursor): a search box
# query is a few words; anything longer is not a search.
MAX_PARAM_CHARS = 500


@dataclass(frozen=True)
class ServeLimits:
    """Limits of the HTTP API. ``docs/api.md`` ("Limits") documents each."""

    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    max_batch_articles: int = DEFAULT_MAX_BATCH_ARTICLES
    max_page: int = MAX_LIMIT
    threads: int = DEFAULT_THREADS

    @classmethod
    def from_env(cls) -> ServeLimits:
        """Limits from ``ONRECORD_MAX_REQUEST_BYTES`` and ``ONRECORD_MAX_BATCH_ARTICLES``."""
        return cls(
            max_request_bytes=int(os.environ.get("ONRECORD_MAX_REQUEST_BYTES", DEFAULT_MAX_REQUEST_BYTES)),
            max_batch_articles=int(os.environ.get("ONRECORD_MAX_BATCH_ARTICLES", DEFAULT_MAX_BATCH_ARTICLES)),
            threads=int(os.environ.get("ONRECORD_SERVE_THREADS", DEFAULT_THREADS)),
        )
