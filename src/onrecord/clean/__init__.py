"""Cleaning: from a RawDocument to the text the engine reads, with its metadata and the
boilerplate ranges that must never yield statements."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .. import errors
from ..schema import Failure, RawDocument
from .boilerplate import Range, boilerplate_ranges, cross_document_junk

__all__ = ["CleanDocument", "clean_batch", "clean_document", "guess_title"]


@dataclass(frozen=True)
class CleanDocument:
    """A document ready for attribution. ``text`` is the offset base of the Article."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    language: str | None = None
    junk: tuple[Range, ...] = ()

    def with_extra_junk(self, lines: Iterable[str]) -> CleanDocument:
        """This document with boilerplate recomputed, adding known junk lines."""
        return replace(self, junk=tuple(boilerplate_ranges(self.text, lines)))


_TITLE_END = re.compile(r"[.!?;,\"”’]\s*$")


def guess_title(text: str) -> str | None:
    """The first line of a plain-text article when it reads like a headline.

    A headline is short (at most 25 words), is followed by a blank line or the body, and does
    not end like a sentence. RETURNS (str | None): the headline, stripped.
    """
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if not first or not rest.strip() or len(first.split()) > 25 or _TITLE_END.search(first):
        return None
    return first


def clean_document(raw: RawDocument, *, extra_junk: Iterable[str] = ()) -> CleanDocument:
    """Turn a RawDocument into a CleanDocument.

    Plain text is kept exactly as given (offsets index the user's file); HTML is reduced to
    its main text by ``clean.html``. RETURNS (CleanDocument): text, metadata, boilerplate.
    """
    if raw.html is not None:
        from .html import clean_html  # imported late: trafilatura is slow to import

        return clean_html(raw, extra_junk=extra_junk)
    text = raw.text or ""
    return CleanDocument(
        source=raw.source,
        text=text,
        url=raw.url,
        title=raw.title or guess_title(text),
        published=raw.published,
        outlet=raw.outlet,
        junk=tuple(boilerplate_ranges(text, extra_junk)),
    )


# Documents grouped per window for cross-document boilerplate: enough for a site's
# recurring lines to show, small enough to stream.
BATCH_WINDOW = 200


def clean_batch(items: Iterable[RawDocument | Failure], *, window: int = BATCH_WINDOW) -> Iterator[CleanDocument | Failure]:
    """Clean a stream of documents, marking lines that recur across documents of one site
    as boilerplate. Failures pass through; a document that fails to clean becomes one.
    RETURNS (Iterator[CleanDocument | Failure]) in input order.
    """
    buffer: list[CleanDocument | Failure] = []
    for item in items:
        if isinstance(item, RawDocument):
            try:
                item = clean_document(item)
            except errors.OnrecordError as exc:
                item = Failure(item.source, "clean", str(exc))
        buffer.append(item)
        if len(buffer) >= window:
            yield from _with_site_junk(buffer)
            buffer = []
    yield from _with_site_junk(buffer)


def _site(document: CleanDocument) -> str:
    if document.outlet:
        return document.outlet
    if document.url:
        from urllib.parse import urlsplit

        return urlsplit(document.url).netloc.lower()
    return ""


def _with_site_junk(buffer: list[CleanDocument | Failure]) -> Iterator[CleanDocument | Failure]:
    by_site: dict[str, list[str]] = {}
    for item in buffer:
        if isinstance(item, CleanDocument) and _site(item):
            by_site.setdefault(_site(item), []).append(item.text)
    junk = cross_document_junk(by_site)
    for item in buffer:
        if isinstance(item, CleanDocument) and junk.get(_site(item)):
            item = item.with_extra_junk(junk[_site(item)])
        yield item
