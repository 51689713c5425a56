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
from .tally import KnownSpeaker
from .quote_models import MAX_REPORTS, QuoteDetail, QuoteList, QuoteQuery, QuoteSummary
from .quotekeys import StoredVariant
from .models import (
    AddResult,
    ArticlePage,
    ArticleSummary,
    Facets,
    FailureRecord,
    IngestRun,
    OutletSummary,
    RunCounts,
    RunStatus,
    SearchQuery,
    SearchResult,
    SpeakerDetail,
    SpeakerSummary,
    StatementHit,
    StoreStats,
)
from .tracking import ArticleVersion, FetchRecord

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
        replace: bool = False,
    ) -> AddResult:
        """Store a batch in one transaction; idempotent.

        articles (Sequence[Article]): stored unless their id or URL is already there.
            With ``replace``, only the id (the text) makes an article a duplicate: one
            whose URL (normalised) is stored with another text replaces it, keeping the
            old text in the article's versions (``AddResult.updated``).
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
    def speakers(self, top: int = 50, query: str | None = None, *, offset: int = 0, unnamed: bool | None = False) -> list[SpeakerSummary]:
        """Speakers by number of statements, most first; ``query`` keeps those whose
        normalised name contains it (case- and accent-insensitive). ``unnamed``: False (the
        default) lists named speakers, True unnamed sources only, None both."""

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

    @abstractmethod
    def outlets(self) -> list[OutletSummary]:
        """Each outlet's articles and statements, and the share from unnamed sources, most
        statements first."""

    # -- the link stage (onrecord.link; docs/linking.md) ----------------------------------

    @abstractmethod
    def speaker_candidates(self, *, names: Iterable[str] = (), folds: Iterable[str] = (), surnames: Iterable[str] = ()) -> list[KnownSpeaker]:
        """Speakers across articles by normalised name or alias, folded name or surname key,
        with the evidence linking weighs (aliases, roles, outlets)."""

    @abstractmethod
    def retired_ids(self, names: Iterable[str]) -> dict[str, str]:
        """Speaker ids a relink took away, by normalised name, to be given back."""

    @abstractmethod
    def unlinked_articles(self) -> int:
        """How many stored articles the link stage has yet to link."""

    @abstractmethod
    def relink_running(self) -> bool:
        """Did a relink start and not finish?"""

    @abstractmethod
    def begin_relink(self) -> None:
        """Forget every link decision (one transaction); every article waits to be linked."""

    @abstractmethod
    def articles_to_link(self, limit: int) -> list[Article]:
        """Up to ``limit`` articles still to link, oldest stored first."""

    @abstractmethod
    def save_links(self, articles: Sequence[Article]) -> None:
        """Store the link decisions of stored articles (one transaction)."""

    @abstractmethod
    def finish_relink(self) -> None:
        """Redirect retired ids and mark the relink done."""

    # -- URLs over time --------------------------------------------------------------------

    @abstractmethod
    def article_by_url(self, url: str) -> ArticleSummary | None:
        """The stored article at ``url`` (compared normalised: tracking parameters,
        fragment, case of the host do not matter), or None."""

    @abstractmethod
    def article_versions(self, article_id: str) -> list[ArticleVersion]:
        """The earlier texts of this article's URL, oldest first (empty when it never changed)."""

    @abstractmethod
    def fetch_records(self, urls: Sequence[str]) -> dict[str, FetchRecord]:
        """The fetch cache's records for these (normalised) URLs, by URL."""

    @abstractmethod
    def save_fetch_records(self, records: Sequence[FetchRecord], *, seen: Sequence[str] = ()) -> None:
        """Write fetch records (one per URL, replacing any earlier one) and set
        ``last_seen`` to now on the articles at the ``seen`` URLs, in one transaction."""

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
        """Record the start of an ingest run, first marking ``interrupted`` the runs left
        ``running`` by a process that is gone. RETURNS (int): its id."""

    @abstractmethod
    def finish_run(self, run_id: int, status: RunStatus = "completed") -> None:
        """Mark a run finished."""

    @abstractmethod
    def runs(self, *, limit: int = 20) -> list[IngestRun]:
        """Ingest runs, newest first."""
