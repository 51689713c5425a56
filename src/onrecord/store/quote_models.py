"""The models of quotations across articles (docs/quotes.md): what ``Store.quotes`` and
``Store.quote`` take and give back, and what a statement hit says about its quotation.

A *quotation* is a cluster of reports (statements) of the same words: word for word after
normalisation, or a trimmed, fragmentary or lightly edited version (``link/quotes.py``).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from ..schema import StatementKind

__all__ = ["QuoteDetail", "QuoteList", "QuoteQuery", "QuoteReport", "QuoteSpeaker", "QuoteSummary", "SimilarPair", "DayCount"]

# Most reports one quotation page lists (a wire quote can have thousands).
MAX_REPORTS = 1000


class QuoteQuery(BaseModel):
    """Which quotations to list. Every field is optional; most reported first."""

    model_config = ConfigDict(frozen=True)

    q: str | None = Field(default=None, description="Words any report of the quotation contains (the search syntax of statements).")
    speaker: str | None = Field(default=None, description="A speaker id or name: quotations with a report attributed to this speaker.")
    min_reports: int = Field(default=1, ge=1, description="Only quotations reported at least this many times.")
    limit: int = Field(default=20, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)


class QuoteSummary(BaseModel):
    """One quotation: its canonical text and speaker, and how far it travelled."""

    id: str = Field(description="The quotation id ('q' and 16 hex digits), as in Statement.quote_id.")
    text: str = Field(description="Canonical text: the longest version reported, direct quotes before paraphrases.")
    kind: StatementKind = Field(description="The kind of the report that gave the canonical text.")
    speaker_id: str | None = Field(default=None, description="The speaker most reports name (None when none names one).")
    speaker_name: str | None = None
    speakers: int = Field(default=0, description="How many different speakers the reports name; over 1, the reports disagree.")
    reports: int = Field(description="Statements that report the quotation.")
    articles: int = Field(description="Articles that carry it.")
    outlets: int = Field(description="Outlets that carry it (articles without an outlet are not counted).")
    variants: int = Field(default=1, description="Distinct wordings among the reports, after normalisation.")
    first_date: dt.date | None = Field(default=None, description="When it was first reported: the earliest publication date of a report (None when no report's article is dated).")
    last_date: dt.date | None = None
    first_statement_id: int | None = None
    first_article_id: str | None = None
    first_outlet: str | None = None
    first_title: str | None = Field(default=None, description="Title of the article that reported it first.")
    first_url: str | None = None

    def first_by(self) -> str:
        """Who reported it first, for a reader: the outlet, else the article's title."""
        if self.first_outlet:
            return self.first_outlet
        if self.first_title:
            return f"“{self.first_title}”"
        return f"article {self.first_article_id}" if self.first_article_id else "an unknown article"

    def spread(self) -> str:
        """ "reported 3 times in 3 articles, first by bbc.co.uk on 2022-03-21" (what a
        statement row says about its quotation); "" for a quotation reported once."""
        if self.reports < 2:
            return ""
        where = f" in {self.articles} articles" if self.articles > 1 else " in 1 article"
        when = f" on {self.first_date.isoformat()}" if self.first_date else ""
        return f"reported {self.reports} times{where}, first by {self.first_by()}{when}"


class QuoteReport(BaseModel):
    """One report of a quotation: a statement, where and when it appeared."""

    statement_id: int
    article_id: str
    position: int
    kind: StatementKind
    content: str
    exact: bool = Field(description="Word for word the canonical text (after normalisation); false for a trimmed, fragmentary or edited version.")
    speaker_id: str | None = None
    speaker_name: str | None = None
    date: dt.date | None = Field(default=None, description="The statement's date (when said if resolved, else published).")
    published: dt.date | None = None
    outlet: str | None = None
    article_title: str | None = None
    article_url: str | None = None


class QuoteSpeaker(BaseModel):
    """A speaker the reports of a quotation name, with how many reports name them."""

    speaker_id: str | None = Field(default=None, description="None: reports that name no speaker.")
    name: str | None = None
    reports: int


class DayCount(BaseModel):
    """Reports first published on one day."""

    date: dt.date
    count: int


class QuoteDetail(QuoteSummary):
    """A quotation with every report (up to MAX_REPORTS, first reported first)."""

    report_list: list[QuoteReport] = Field(default_factory=list, description="The reports, earliest first (undated last).")
    speaker_counts: list[QuoteSpeaker] = Field(default_factory=list, description="Speakers named by the reports, most reports first.")
    timeline: list[DayCount] = Field(default_factory=list, description="Dated reports per day, oldest first.")


class QuoteList(BaseModel):
    """One page of quotations. ``next_offset`` is None on the last page."""

    quotes: list[QuoteSummary]
    next_offset: int | None = None


class SimilarPair(BaseModel):
    """Two statements of one speaker, at different times, that say nearly the same thing."""

    earlier_id: int
    later_id: int
    earlier: str
    later: str
    earlier_date: dt.date | None = None
    later_date: dt.date | None = None
    earlier_article_id: str
    later_article_id: str
    similarity: float = Field(description="Jaccard similarity of their content words (0-1).")
