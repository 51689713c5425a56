"""What one request may ask of the server, with the reasons for each limit.

Read from the settings (``onrecord.settings``, the ``ONRECORD_*`` variables) when an app
is built; ``create_app`` takes a ``ServeLimits`` so tests (and embedders) can set their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..settings import DEFAULT_MAX_BATCH_ARTICLES, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_THREADS
from ..store.models import MAX_LIMIT

__all__ = ["DEFAULT_MAX_BATCH_ARTICLES", "DEFAULT_MAX_REQUEST_BYTES", "DEFAULT_THREADS", "MAX_PARAM_CHARS", "ServeLimits"]

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
        """Limits from ``ONRECORD_MAX_REQUEST_BYTES``, ``ONRECORD_MAX_BATCH_ARTICLES`` and
        ``ONRECORD_SERVE_THREADS`` (the defaults above when unset). Raises SettingsError."""
        from .. import settings

        current = settings.current()
        return cls(max_request_bytes=current.max_request_bytes, max_batch_articles=current.max_batch_articles,
                   threads=current.serve_threads)
