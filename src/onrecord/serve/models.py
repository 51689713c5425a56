"""Request and response models of the HTTP API that are not the library's own.

Statements, articles and speakers go out as the very models of ``onrecord.schema`` and
``onrecord.store.models``; only what a client *sends*, the batch answer and the error bodies
are defined here.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from .. import errors
from ..read.jsonl import parse_published
from ..schema import Article
from ..store.tracking import ArticleVersion
from ..store.models import OutletSummary, SpeakerSummary


def _published(value: object) -> object:
    # The same dates the JSON-lines reader takes: ISO 8601 (a date-time keeps its date)
    # or an RFC 2822 feed date, so a scraper's export posts as it ingests. A number is
    # refused: pydantic would read it as a Unix time, and 0 is not a publication date.
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError("must be a date string such as 2022-03-21")  # noqa: TRY004 - pydantic reports ValueError only
    try:
        return parse_published(value, "published")
    except errors.InputError as exc:
        raise ValueError(str(exc)) from None


class ArticleIn(BaseModel):
    """One article to extract and store. ``text`` (plain text, kept exactly: statement
    offsets index it) or ``html`` (a page, reduced to its main text); when both are given,
    ``text`` wins, as in the JSON-lines reader. Other fields are ignored, so the output of
    ``onrecord extract --format jsonl`` can be posted back."""

    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [
                {
                    "text": "\"There has been no significant progress so far,\" Kremlin spokesman Dmitry Peskov said.",
                    "published": "2022-03-21",
                    "url": "https://example.com/kremlin-talks",
                    "outlet": "example.com",
                }
            ]
        },
    )

    text: str | None = Field(default=None, description="The article as plain text.")
    html: str | None = Field(default=None, description="The article as an HTML page.")
    url: str | None = Field(default=None, max_length=2048)
    title: str | None = Field(default=None, max_length=1000)
    published: Annotated[
        dt.date | None,
        BeforeValidator(_published),
        # Described as the text it is: several date formats are read, and "" means unknown.
        WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "null"}]}),
    ] = Field(
        default=None,
        description="Publication date, for resolving 'on Monday': YYYY-MM-DD, an ISO 8601 date-time "
        "or an RFC 2822 feed date; empty or null when unknown.",
    )
    outlet: str | None = Field(default=None, max_length=200)

    @field_validator("text", "html", "url", "title", "outlet")
    @classmethod
    def _storable(cls, value: str | None) -> str | None:
        # A NUL character or a lone surrogate (JSON allows "\ud800") cannot be stored in
        # PostgreSQL or encoded as UTF-8; refuse it here with a reason, not later as a 500.
        if value is None:
            return None
        if "\x00" in value:
            raise ValueError("contains a NUL character (\\u0000)")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("contains a lone surrogate (not valid Unicode text)") from None
        return value

    @model_validator(mode="after")
    def _has_body(self) -> ArticleIn:
        if not (self.text and self.text.strip()) and not (self.html and self.html.strip()):
            raise ValueError("give a non-empty 'text' or 'html' string")
        return self


class SubmissionFailure(BaseModel):
    """An article of a batch that was not stored, and why."""

    line: int | None = Field(default=None, description="1-based line of the batch; None for a single article.")
    stage: str = Field(description="Where it failed: clean, language, extract or store.")
    reason: str
    skipped: bool = Field(default=False, description="A deliberate skip (e.g. not English), not an error.")


class BatchResult(BaseModel):
    """The answer to a JSON-lines batch: what was stored, what was there already, what failed."""

    articles: list[Article] = Field(description="Articles stored by this request, in batch order, with ids and statements.")
    duplicates: list[str] = Field(default_factory=list, description="Ids of submitted articles already stored (same text); left untouched.")
    failures: list[SubmissionFailure] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list, description="Ids among `articles` that replaced another text of the same URL (kept as a version).")


class OutletList(BaseModel):
    """Every outlet with its statements and the share from unnamed sources."""

    outlets: list[OutletSummary]


class ArticleVersionList(BaseModel):
    """The earlier texts of an article whose page changed, oldest first (empty when it never
    changed)."""

    article_id: str
    versions: list[ArticleVersion]


class SpeakerList(BaseModel):
    """One page of speakers, most statements first. ``next_offset`` is None on the last page."""

    speakers: list[SpeakerSummary]
    next_offset: int | None = None


class FieldError(BaseModel):
    """One problem with one part of the request (FastAPI's validation item)."""

    loc: list[str | int]
    msg: str
    type: str


class ErrorBody(BaseModel):
    """Every error answer. ``message`` is one line saying what is wrong and what to do;
    ``detail`` is the same line, or for 422 the list of problems per field."""

    message: str
    detail: str | list[FieldError]


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    store: str = Field(description="The store backend: sqlite or postgresql.")

