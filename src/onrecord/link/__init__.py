"""The link stage: read → clean → extract → **link** → store.

Extraction sees one article at a time; linking decides what a statement is across the whole
record. Each linker looks the batch up in the store (indexed look-ups, never a scan) and
writes its decisions onto the articles (``Speaker.id``); the store saves them with the
batch, in the same transaction (``Store.add_articles``). ``relink`` runs the linkers over
every stored article again: after a change of rules, or on a store made by an older
onrecord. docs/linking.md describes the stage.

Linkers run in the order of ``LINKERS``: canonical speakers (``link/speakers.py``), then
quotations across articles (``link/quotes.py``, which reads the speaker ids).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol

from pydantic import BaseModel

from ..schema import Article
from ..store import Store
from .quotes import QuoteLinker
from .speakers import SpeakerLinker

__all__ = ["LINKERS", "RELINK_BATCH", "Linker", "RelinkSummary", "link_batch", "relink", "unlinked"]

# Articles per relink transaction: what a kill loses at most.
RELINK_BATCH = 200


class Linker(Protocol):
    """One kind of link across articles. ``link`` is incremental: it sees one batch and the
    store as committed so far, and returns the batch's articles with its decisions set."""

    name: str

    def link(self, store: Store, articles: Sequence[Article]) -> list[Article]:
        """The articles with this linker's fields set (copies; the input is left as it was).
        Fields already set are kept: a linker decides only what is undecided."""
        ...

    def reset(self, store: Store) -> None:
        """Forget this linker's decisions in the store, in one transaction, before a
        rebuild links every stored article again in stored order (``QuoteLinker.reset``
        empties the quote tables; the rebuild saves each batch with
        ``Store.save_quote_links``). A linker whose decisions live only on the statements
        has nothing to forget."""
        ...


LINKERS: list[Linker] = [SpeakerLinker(), QuoteLinker()]


def link_batch(store: Store, articles: Sequence[Article]) -> list[Article]:
    """Run every linker over one batch, in order. RETURNS (list[Article]): the articles as
    they are to be stored."""
    linked = list(articles)
    for linker in LINKERS:
        linked = linker.link(store, linked)
    return linked


def unlinked(article: Article) -> Article:
    """The article without the link stage's decisions (as extraction left it)."""
    statements = [s.model_copy(update={"speaker": s.speaker.model_copy(update={"id": None}), "quote_id": None})
                  if s.speaker.id or s.quote_id else s for s in article.statements]
    return article.model_copy(update={"statements": statements})


class RelinkSummary(BaseModel):
    """What ``relink`` did."""

    articles: int = 0
    statements: int = 0
    resumed: bool = False
    seconds: float = 0.0


def relink(store: Store, *, batch_size: int = RELINK_BATCH, progress: Callable[[RelinkSummary], None] | None = None) -> RelinkSummary:
    """Link every stored article again, as ingest links new ones.

    Idempotent: the decisions are made afresh in the order the articles were stored, so a
    second run gives the same speakers and ids. Resumable: a relink killed mid-way is
    continued (not restarted) by the next call, one committed batch at a time. Ids that
    change are redirected (``Store.speaker`` follows them); ids of names that stay are
    given back.
    RETURNS (RelinkSummary): articles and statements linked.
    """
    started = time.perf_counter()
    summary = RelinkSummary(resumed=store.relink_running())
    if not summary.resumed:
        store.begin_relink()
    while batch := store.articles_to_link(batch_size):
        linked = link_batch(store, [unlinked(a) for a in batch])
        store.save_links(linked)
        summary.articles += len(linked)
        summary.statements += sum(len(a.statements) for a in linked)
        summary.seconds = time.perf_counter() - started
        if progress is not None:
            progress(summary)
    store.finish_relink()
    summary.seconds = time.perf_counter() - started
    return summary
