"""The storage interface: what every backend (SQLite, PostgreSQL) offers.

The HTTP API and the CLI use only what is defined here and in ``models`` (the query and
result models, with the search syntax and the meaning of a statement's date);
``open_store(url)`` picks the backend.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Self

from ..schema import Article, Failure, FailureStage
from .quote_models import MAX_REPORTS, QuoteDetail, QuoteList, QuoteQuery, QuoteSummary
from .quotekeys import StoredVariant
from .models import (
    AddResult,
    ArticlePage,
    Facets,
    FailureRecord,
    IngestRun,
    RunCounts,
    RunStatus,
    SearchQuery,
    SearchResult,
    SpeakerDetail,
    SpeakerSummary,
    StatementHit,
    StoreStats,
)

__all__ = ["Store"]


class Store(ABC):
    """A statement store. Open one with ``open_store(url)``; use it as a context manager.

    Writes are atomic per call: ``add_articles`` stores its whole batch (articles, their
    statements and speakers, the batch's failures and the run counters) in one transaction,
    so a process killed at any point leaves either all of a batch or none of it.

    A Store object is not shared between threads or processes; open one per worker.
    """

    url: str

    # -- lifecycle -------------------------------------------------------------------------

    @abstractmethod
    def close(self) -> None:
        """Release the connection. The store cannot be used afterwards."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    @abstractmethod
    def add_articles(
        self,
        articles: Sequence[Article],
        *,
        failures: Sequence[Failure] = (),
        done_sources: Sequence[str] = (),
        run_id: int | None = None,
        counts: RunCounts | None = None,
    ) -> AddResult:
        """Store a batch in one transaction; idempotent.

        articles (Sequence[Article]): stored unless their id or URL is already there.
        failures (Sequence[Failure]): recorded (one row per source, updated on repeat).
        done_sources (Sequence[str]): sources handled without storing anything (known
            duplicates); their failure rows, like those of stored articles, are cleared.
        run_id, counts: added to that ingest run's counters in the same transaction, together
            with the added, duplicates and statements of this call (so ``counts`` carries
            what the caller counted: documents, failures, skips, duplicates it found).
        RETURNS (AddResult): added and duplicate counts and ids.
        """

    @abstractmethod
    def known(self, ids: Sequence[str], urls: Sequence[str | None]) -> list[bool]:
        """For each (id, url) pair: is an article with that id, or that URL, stored already?
        Lets ingest skip the NLP for documents it has. RETURNS (list[bool]) in input order."""

    # -- reading ---------------------------------------------------------------------------

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult:
        """One page of statements matching ``query``, in ``query.order``."""

    @abstractmethod
    def count(self, query: SearchQuery) -> int:
        """How many statements match ``query`` (``limit`` and ``cursor`` are ignored)."""

    @abstractmethod
    def facets(self, query: SearchQuery, *, top: int = 10) -> Facets:
        """Counts per speaker, outlet and kind of the statements matching ``query``,
        ``top`` values each (``limit``, ``cursor`` and ``sort`` are ignored)."""

    @abstractmethod
    def statement(self, statement_id: int) -> StatementHit | None:
        """One statement by its row id, or None."""

    @abstractmethod
    def speakers(self, top: int = 50, query: str | None = None, *, offset: int = 0) -> list[SpeakerSummary]:
        """Speakers by number of statements, most first; ``query`` keeps those whose
        normalised name contains it (case- and accent-insensitive)."""

    @abstractmethod
    def speaker(self, speaker_id: str) -> SpeakerDetail | None:
        """One speaker by id (or by exact name when no id matches), or None."""

    @abstractmethod
    def article(self, article_id: str) -> Article | None:
        """The stored Article with its text and statements (offsets into its text), or
        None. The result equals the Article that was added."""

    @abstractmethod
    def articles(self, *, limit: int = 50, cursor: str | None = None, outlet: str | None = None) -> ArticlePage:
        """Articles, newest published first (undated last), without their text."""

    @abstractmethod
    def iter_articles(self) -> Iterator[Article]:
        """Every stored Article with its statements, in a stable order (for export)."""

    @abstractmethod
    def stats(self) -> StoreStats:
        """Totals over the whole store."""

    # -- quotations across articles (link/quotes.py; docs/quotes.md) ------------------------

    @abstractmethod
    def quote_variants(self, hashes: Iterable[int]) -> dict[int, StoredVariant]:
        """The stored variants (distinct normalised texts) with these exact keys."""

    @abstractmethod
    def quote_postings(self, keys: Iterable[int], cap: int = 50) -> dict[int, list[int]]:
        """The variants indexed under each near-duplicate key, at most ``cap`` per key."""

    @abstractmethod
    def clear_quotes(self) -> None:
        """Forget every quotation (one transaction), before the quotes are linked again."""

    @abstractmethod
    def iter_stored_order(self) -> Iterator[Article]:
        """The articles that have statements, in the order they were stored."""

    @abstractmethod
    def save_quote_links(self, articles: Sequence[Article]) -> None:
        """Store the quote ids of articles already stored, with the quote tables."""

    @abstractmethod
    def quotes(self, query: QuoteQuery) -> QuoteList:
        """Quotations, most reported first."""

    @abstractmethod
    def quote(self, quote_id: str, *, limit: int = MAX_REPORTS) -> QuoteDetail | None:
        """One quotation with its reports, or None."""

    @abstractmethod
    def quote_summaries(self, quote_ids: Iterable[str]) -> dict[str, QuoteSummary]:
        """The summaries of these quotations, by id."""

    @abstractmethod
    def iter_quotes(self, *, min_reports: int = 1) -> Iterator[QuoteDetail]:
        """Every quotation with all its reports, first reported first."""

    # -- failures --------------------------------------------------------------------------

    @abstractmethod
    def record_failures(self, failures: Sequence[Failure], *, run_id: int | None = None) -> None:
        """Record failures outside a batch (a reader that broke before any document)."""

    @abstractmethod
    def failures(self, *, limit: int | None = None, stage: FailureStage | None = None, skipped: bool | None = None) -> list[FailureRecord]:
        """Recorded failures, oldest first; ``skipped`` True lists only skips, False only
        errors, None both."""

    @abstractmethod
    def clear_failures(self, sources: Iterable[str]) -> int:
        """Delete the failure rows of these sources. RETURNS (int): rows deleted."""

    # -- ingest runs -----------------------------------------------------------------------

    @abstractmethod
    def start_run(self, sources: Sequence[str], options: dict[str, str | int | bool | None] | None = None) -> int:
        """Record the start of an ingest run. RETURNS (int): its id."""

    @abstractmethod
    def finish_run(self, run_id: int, status: RunStatus = "completed") -> None:
        """Mark a run finished."""

    @abstractmethod
    def runs(self, *, limit: int = 20) -> list[IngestRun]:
        """Ingest runs, newest first."""
