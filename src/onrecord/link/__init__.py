"""The link stage: read → clean → extract → **link** → store.

Extraction sees one article at a time; linking decides what a statement is across the whole
record. Each linker looks the batch up in the store (indexed look-ups, never a scan) and
writes its decisions onto the articles; the store then saves them with the batch, in the
same transaction (``Store.add_articles``). ``relink`` runs the same linkers over every
stored article again (after a change of rules, or on a store made by an older onrecord).

Linkers run in the order of ``LINKERS``: canonical speakers (``link/speakers.py``), then
quotations across articles (``link/quotes.py``, which reads the speaker ids).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..schema import Article
from ..store import Store

__all__ = ["LINKERS", "Linker", "link_batch"]


class Linker(Protocol):
    """One kind of link across articles. ``link`` is incremental: it sees one batch and the
    store as committed so far, and returns the batch's articles with its fields set."""

    name: str

    def link(self, store: Store, articles: Sequence[Article]) -> list[Article]:
        """The articles with this linker's decisions written on them (copies; the input is
        left as it was)."""
        ...

    def reset(self, store: Store) -> None:
        """Forget this linker's decisions in the store, in one transaction, before a
        rebuild links every stored article again in stored order (``QuoteLinker.reset``
        empties the quote tables; the rebuild saves each batch with
        ``Store.save_quote_links``). A linker whose decisions live only on the statements
        has nothing to forget."""
        ...


def _linkers() -> list[Linker]:
    from .quotes import QuoteLinker
    from .speakers import SpeakerLinker

    return [SpeakerLinker(), QuoteLinker()]


LINKERS: list[Linker] = []


def link_batch(store: Store, articles: Sequence[Article]) -> list[Article]:
    """Run every linker over one batch, in order. RETURNS (list[Article]): the articles as
    they are to be stored."""
    if not LINKERS:
        LINKERS.extend(_linkers())
    linked = list(articles)
    for linker in LINKERS:
        linked = linker.link(store, linked)
    return linked
