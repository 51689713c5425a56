"""Settings a user may change, with their reasons: one validated object, read from the
environment (``ONRECORD_*``) the first time it is asked for, never at import.

    >>> from onrecord.settings import current
    >>> current().max_chars
    1000000

A bad value (``ONRECORD_MAX_CHARS=1e6``) raises SettingsError, one line naming the
variable; the CLI reads the settings when a command starts and exits with the
configuration code (docs/cli.md, "Exit codes"). ``docs/cli.md`` ("Settings") lists every variable; a test checks
that the list and the fields below agree.
"""

from __future__ import annotations

from pathlib import Path

import functools
from typing import Any, Literal

from . import errors

ENV_PREFIX = "ONRECORD_"

# Encodings tried, in order, for a text file that is not valid UTF-8. cp1252 is what most
# mis-declared Western news pages are in; latin-1 decodes any byte, so it never fails.
# A constant, not a setting: it is part of how the readers behave.
FALLBACK_ENCODINGS: tuple[str, ...] = ("cp1252", "latin-1")

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


@functools.cache
def settings_class() -> type:
    """``Settings``, the pydantic-settings model of every variable. Defined on first use:
    pydantic-settings costs about 0.1 s to import (asyncio among its imports), which
    ``import onrecord`` and ``onrecord --help`` need not pay."""
    from pydantic import Field
    from pydantic_settings import BaseSettings, SettingsConfigDict

    class Settings(BaseSettings):
        """Every ``ONRECORD_*`` variable onrecord reads. Field ``max_chars`` is the variable
        ``ONRECORD_MAX_CHARS``."""

        model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="ignore")

        # The longest article onrecord analyses, in characters. spaCy's parser needs about 1 GB
        # of memory per 100,000 words on long inputs and refuses texts over 1,000,000 characters
        # by default; no news article comes near 200,000 (the longest in the BBC corpus is ~25,000).
        max_chars: int = Field(1_000_000, ge=1)
        # The largest file the readers open, in bytes: WARC and JSONL files hold many articles
        # and are streamed, so this guards only single text and HTML documents.
        max_document_bytes: int = Field(20 * 1024 * 1024, ge=1)
        # The store commands and the server use when --db is not given.
        db: str | None = None
        # The secret that POST /api/articles (and, with --private, every read) needs.
        api_token: str | None = None
        # Set by `onrecord serve --private` for its worker processes; 1 requires the token for reads.
        serve_private: bool = False
        # HTTP limits (onrecord.serve.limits): the reasons are at the defaults above.
        max_request_bytes: int = Field(DEFAULT_MAX_REQUEST_BYTES, ge=1)
        max_batch_articles: int = Field(DEFAULT_MAX_BATCH_ARTICLES, ge=1)
        serve_threads: int = Field(DEFAULT_THREADS, ge=1, le=256)
        # Where the shared corpora are (PolNeAR for `onrecord eval`); default ../shared.
        shared: Path | None = None
        # 1: an internal error ends with its traceback instead of one line.
        debug: bool = False
        # The attribution engine: "full", spaCy's whole analysis of every token, or
        # "selective", the whole analysis only where an attribution can be (docs/engine.md,
        # "Two engines"; docs/performance.md has the speed and accuracy of both).
        engine: Literal["full", "selective"] = "full"
        # Polite fetching: what `ingest URL` and `watch` use when their options are not
        # given; unset, onrecord.fetch.FetchOptions's own default (and its reasons) holds.
        fetch_delay: float | None = Field(None, ge=0)
        fetch_concurrency: int | None = Field(None, ge=1)
        fetch_timeout: float | None = Field(None, gt=0)
        fetch_retries: int | None = Field(None, ge=0)
        fetch_contact: str | None = None
        fetch_user_agent: str | None = None

        def shared_root(self) -> Path:
            """The shared corpora folder: ``ONRECORD_SHARED``, else ``../shared`` from the
            working directory (the project's convention for its read-only corpora)."""
            return self.shared if self.shared is not None else Path.cwd().parent / "shared"

    return Settings


def __getattr__(name: str) -> object:
    if name == "Settings":
        return settings_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_current: Any = None


def current() -> Any:
    """The settings, read from the environment on first use. Raises SettingsError."""
    global _current
    if _current is None:
        _current = load()
    return _current


def load() -> Any:
    """Read the settings from the environment now (a ``Settings``). Raises SettingsError
    for a bad value."""
    from pydantic import ValidationError

    try:
        return settings_class()()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first.get("loc") else "?"
        raise errors.SettingsError(errors.E_BAD_SETTING.format(
            variable=ENV_PREFIX + field.upper(), value=first.get("input"), reason=first["msg"],
        )) from None  # fmt: skip


def reset() -> None:
    """Forget the settings read so far; the next ``current()`` reads the environment again
    (for tests and for programs that change the environment)."""
    global _current
    _current = None


def variables() -> list[str]:
    """The names of every variable, ``ONRECORD_MAX_CHARS`` and the rest."""
    return [ENV_PREFIX + name.upper() for name in settings_class().model_fields]
