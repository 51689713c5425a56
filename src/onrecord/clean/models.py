"""A cleaned document: the text the engine reads, its metadata and its boilerplate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .boilerplate import Range, boilerplate_ranges

__all__ = ["CleanDocument"]


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
