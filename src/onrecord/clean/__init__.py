"""Cleaning: from a RawDocument to the text the engine reads, with its metadata and the
boilerplate ranges that must never yield statements."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..schema import RawDocument
from .boilerplate import Range, boilerplate_ranges

__all__ = ["CleanDocument", "clean_document", "guess_title"]


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
