"""What the store keeps about URLs over time: earlier versions of changed articles, and the
fetch cache that lets each pass of ``onrecord watch`` ask only "has it changed?"."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["ArticleVersion", "FetchKind", "FetchLinks", "FetchRecord"]

FetchKind = Literal["page", "feed", "sitemap", "home", "robots", "redirect"]


class ArticleVersion(BaseModel):
    """An earlier text of an article: its page changed and the new text replaced it."""

    article_id: str = Field(description="The id (text hash) the article had with this text.")
    url: str | None = None
    title: str | None = None
    text: str
    statements: int = 0
    first_seen: dt.datetime | None = None
    replaced_at: dt.datetime
    replaced_by: str = Field(description="The id of the text that replaced it.")


class FetchLinks(BaseModel):
    """Links found in a fetched feed, sitemap or homepage."""

    pages: list[str] = Field(default_factory=list)
    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)


class FetchRecord(BaseModel):
    """What the last request for one (normalised) URL got.

    ``etag``/``last_modified`` are sent back as If-None-Match/If-Modified-Since;
    ``location`` is where a redirect led (``status`` 301/308 are followed without asking
    again); ``canonical`` is the URL of the article a page holds; ``body`` is kept for
    robots.txt only and ``links`` for feeds, sitemaps and homepages, so a "not modified"
    answer can be used as it is. ``errors`` counts failures in a row.
    """

    url: str
    kind: FetchKind
    status: int
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    canonical: str | None = None
    content_hash: str | None = None
    body: str | None = None
    links: FetchLinks | None = None
    errors: int = 0
    fetched_at: dt.datetime | None = None
    checked_at: dt.datetime

    @property
    def has_validators(self) -> bool:
        return bool(self.etag or self.last_modified)
