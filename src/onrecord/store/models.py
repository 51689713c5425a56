"""The query and result models of the store: what ``Store`` methods take and give back.

Every model is pydantic, so the HTTP API publishes these exact shapes in OpenAPI.

Dates: a statement's *date* is ``Statement.when.date`` when the engine resolved one, else
the article's ``published`` date, else unknown (``None``). ``since``/``until`` filter on it
(both inclusive) and ``sort="date"`` (the default) orders by it, newest first, undated
last. ``sort="relevance"`` orders text matches by BM25 (SQLite) or ``ts_rank``
(PostgreSQL); it scores every match, so it costs time in proportion to how common the
words are, where date order stops after one page.

Search text syntax (the same on every backend, never a syntax error)::

    peskov meeting        both words (stemmed: "meetings" matches too)
    "homework has to"     a phrase
    talks OR negotiations either word
    -ukraine              without this word
    negotiat*             a prefix
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..schema import DEFAULT_ACTS, FailureStage, SpeakerType, Statement, StatementAct, StatementKind
from .quote_models import QuoteSummary

__all__ = [
    "MAX_LIMIT",
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
    "RunStatus",
    "SearchQuery",
    "SearchResult",
    "Snippet",
    "SortOrder",
    "SpeakerDetail",
    "SpeakerSummary",
    "StatementHit",
    "StoreStats",
    "WeekCount",
]

SortOrder = Literal["date", "relevance"]
RunStatus = Literal["running", "completed", "failed", "interrupted"]

# The most rows one search page returns: enough for a CSV export page, small enough that
# one request never holds the database for long.
MAX_LIMIT = 1000


class SearchQuery(BaseModel):
    """What to look for. Every field is optional; an empty query lists every statement."""

    model_config = ConfigDict(frozen=True)

    q: str | None = Field(default=None, description="Words to find in statement content and speaker names (syntax in the module docstring).")
    speaker: str | None = Field(default=None, description="A speaker id, or a name (matched case- and accent-insensitively).")
    outlet: str | None = Field(default=None, description="Outlet name or domain, exact (case-insensitive).")
    kind: StatementKind | None = None
    since: dt.date | None = Field(default=None, description="First statement date to include.")
    until: dt.date | None = Field(default=None, description="Last statement date to include.")
    article_id: str | None = Field(default=None, description="Only statements of this article.")
    unnamed: bool | None = Field(default=None, description="True: only statements from unnamed sources; false: only from named speakers.")
    min_confidence: float | None = Field(
        default=None, ge=0.0, le=1.0,
        description="Only statements at least this confident (0-1). The confidence is the calibrated probability that a statement is right: about 8 in 10 of those at 0.8 are.",
    )
    sort: SortOrder = Field(default="date", description="'date': newest first, undated last (the default); 'relevance': best text matches first (needs q).")
    limit: int = Field(default=20, ge=1, le=MAX_LIMIT)
    cursor: str | None = Field(default=None, description="The next_cursor of the previous page; opaque.")
    acts: tuple[StatementAct, ...] = Field(
        default=DEFAULT_ACTS, min_length=1,
        description="Which acts: what was said or written (speech, writing) by default; add belief, intention, stance for the rest.",
    )

    @property
    def order(self) -> SortOrder:
        """The effective sort order: relevance only when asked for and words are given."""
        return "relevance" if self.sort == "relevance" and self.q and self.q.strip() else "date"


class Snippet(BaseModel):
    """A stretch of a statement's content with the matched words marked.

    ``marks`` are ``[start, end)`` offsets into ``text``. ``text`` is the whole content when
    it is short, else an excerpt around the first match with "…" where it was cut.
    """

    text: str
    marks: list[tuple[int, int]] = Field(default_factory=list)

    def markup(self, open_: str = "[", close: str = "]", escape: Callable[[str], str] | None = None) -> str:
        """The snippet with each mark wrapped in ``open_``/``close``; ``escape`` is applied
        to the unmarked and marked text (not to the markers)."""
        esc = escape or (lambda s: s)
        out, pos = [], 0
        for start, end in self.marks:
            out.append(esc(self.text[pos:start]))
            out.append(open_ + esc(self.text[start:end]) + close)
            pos = end
        out.append(esc(self.text[pos:]))
        return "".join(out)

    def html(self) -> str:
        """HTML-escaped snippet with ``<mark>`` around matches, safe to put in a page."""
        return self.markup("<mark>", "</mark>", escape=html.escape)


class StatementHit(BaseModel):
    """One statement found by ``search``, with what a result list shows about its article."""

    id: int = Field(description="The statement's row id in the store.")
    article_id: str
    position: int = Field(description="Index of the statement in Article.statements.")
    statement: Statement
    speaker_id: str | None = Field(default=None, description="Id of the speaker row; None when no name was resolved.")
    date: dt.date | None = Field(default=None, description="when.date if resolved, else the article's published date.")
    article_title: str | None = None
    article_url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    snippet: Snippet | None = Field(default=None, description="Content with matches marked; None without a text query.")
    score: float | None = Field(default=None, description="Relevance, higher is better; None without a text query.")
    quote_id: str | None = Field(default=None, description="The quotation this statement reports (docs/quotes.md); None before linking.")
    quote: QuoteSummary | None = Field(default=None, description="That quotation: how many reports, first by whom and when.")


class SearchResult(BaseModel):
    """One page of statements. ``next_cursor`` is None on the last page."""

    hits: list[StatementHit]
    next_cursor: str | None = None


class FacetCount(BaseModel):
    """How many matching statements have this value. ``id`` is set for speakers."""

    value: str
    count: int
    id: str | None = None


class Facets(BaseModel):
    """Counts of matching statements per speaker, outlet, kind and act, most frequent first."""

    total: int
    speakers: list[FacetCount] = Field(default_factory=list)
    outlets: list[FacetCount] = Field(default_factory=list)
    kinds: list[FacetCount] = Field(default_factory=list)
    acts: list[FacetCount] = Field(default_factory=list, description="Counts per act among the acts asked for.")
    unnamed: int = Field(default=0, description="Matching statements from unnamed sources (left out of `speakers`).")
    sample: int | None = Field(None, description=(
        "When set, the speaker, outlet and kind counts come from the most recently stored "
        "`sample` of the `total` matching statements (a very common word matches too many to "
        "count on every request); null: from all of them."))


class SpeakerSummary(BaseModel):
    """A speaker across every stored article (one canonical speaker per person or body), or
    an unnamed source of one article (docs/linking.md)."""

    id: str = Field(description="Canonical, stable id: the type and the normalised name, e.g. 'person-dmitry-peskov'; "
                                "an unnamed source's starts with 'unnamed-' and ends with its article's id.")
    name: str = Field(description="The name as most often written, in its fullest form; an unnamed source's description.")
    type: SpeakerType = Field(description="The type most of its statements gave it.")
    statements: int
    articles: int
    titles: list[str] = Field(default_factory=list, description="Titles seen with the name, most frequent first.")
    affiliations: list[str] = Field(default_factory=list, description="Affiliations seen, most frequent first.")
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    aliases: list[str] = Field(default_factory=list, description="Every form of the name its statements used, most frequent first.")
    unnamed: bool = Field(default=False, description="An unnamed source ('a spokesman for X'): a description, never merged across articles.")
    article_id: str | None = Field(default=None, description="The one article an unnamed source (or a surname the evidence did not link) belongs to.")
    label: str = Field(default="", description="How to show it: the name, or 'unnamed: spokesman, British Casino Association'.")


class RoleSpan(BaseModel):
    """A title or affiliation a speaker was given, with when: titles over time."""

    role: Literal["title", "affiliation"]
    value: str
    statements: int
    first_date: dt.date | None = None
    last_date: dt.date | None = None


class WeekCount(BaseModel):
    """Statements in one ISO week (``week`` like '2022-W12'; ``start`` is its Monday)."""

    week: str
    start: dt.date
    count: int


class SpeakerDetail(SpeakerSummary):
    """A speaker with the breakdowns a speaker page shows."""

    kinds: list[FacetCount] = Field(default_factory=list)
    outlets: list[FacetCount] = Field(default_factory=list)
    timeline: list[WeekCount] = Field(default_factory=list, description="Dated statements per ISO week, oldest first; empty weeks left out.")
    undated: int = Field(default=0, description="Statements with no date at all.")
    roles: list[RoleSpan] = Field(default_factory=list, description="Titles and affiliations with their first and last dates, earliest first.")
    unnamed_sources: list[FacetCount] = Field(
        default_factory=list, description="Unnamed sources affiliated with this speaker ('spokesman'), with their statements, most first.")
    unnamed_statements: int = Field(default=0, description="Statements by unnamed sources affiliated with this speaker.")


class OutletSummary(BaseModel):
    """One outlet's statements and how many came from unnamed sources."""

    outlet: str
    articles: int
    statements: int
    unnamed: int = Field(description="Statements whose speaker is an unnamed source.")
    unnamed_share: float = Field(description="unnamed / statements (0 when there are none).")


class ArticleSummary(BaseModel):
    """An article without its text, for lists."""

    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    language: str | None = None
    statements: int = 0
    first_seen: dt.datetime | None = Field(default=None, description="When the article's URL was first stored.")
    last_seen: dt.datetime | None = Field(default=None, description="When its page was last fetched or found unchanged.")
    updated_at: dt.datetime | None = Field(default=None, description="When its text last replaced an earlier text of the same URL.")
    previous_id: str | None = Field(default=None, description="The id (text hash) of the text it replaced; kept as a version.")


class ArticlePage(BaseModel):
    articles: list[ArticleSummary]
    next_cursor: str | None = None


class AddResult(BaseModel):
    """What ``add_articles`` did. An article is a duplicate when its id (text hash) or its
    URL is already stored; duplicates are left untouched."""

    added: int = 0
    duplicates: int = 0
    statements: int = 0
    failures: int = 0
    added_ids: list[str] = Field(default_factory=list)
    duplicate_ids: list[str] = Field(default_factory=list)
    updated: int = 0
    updated_ids: list[str] = Field(default_factory=list, description="New texts of stored URLs (with replace=True).")


class RunCounts(BaseModel):
    """Counters of an ingest run, added to the run's row with each batch."""

    documents: int = 0
    added: int = 0
    duplicates: int = 0
    statements: int = 0
    failures: int = 0
    skipped: int = 0
    updated: int = 0


class IngestRun(BaseModel):
    """One ``onrecord ingest`` (or ``load``) invocation. A run killed mid-way keeps the
    counts of its committed batches and is marked ``interrupted`` when the next run starts
    (or at once on Ctrl-C)."""

    id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    status: RunStatus
    sources: list[str] = Field(default_factory=list)
    options: dict[str, str | int | bool | None] = Field(default_factory=dict)
    counts: RunCounts = Field(default_factory=RunCounts)


class FailureRecord(BaseModel):
    """A document that could not be stored, or was skipped on purpose (``skipped``).

    One row per source: a later failure of the same source updates it (``attempts`` + 1);
    a later success deletes it.
    """

    id: int
    source: str
    stage: FailureStage
    reason: str
    skipped: bool = False
    attempts: int = 1
    first_seen: dt.datetime
    last_seen: dt.datetime
    run_id: int | None = None


class StoreStats(BaseModel):
    """Totals for a front page or ``onrecord status``."""

    articles: int
    statements: int
    speakers: int
    outlets: int
    failures: int
    skipped: int
    first_date: dt.date | None = None
    last_date: dt.date | None = None
