"""Canonical speakers: one speaker per real person or body across every stored article."""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Article
from ..store import Store


class SpeakerLinker:
    """Gives every named speaker its canonical id (``Speaker.id``)."""

    name = "speakers"

    def link(self, store: Store, articles: Sequence[Article]) -> list[Article]:
        return list(articles)
