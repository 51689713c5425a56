"""The fetch cache of one pass: records read from the store on first use, new ones held
until the pass is over and then written in one transaction (``flush``).

A page's record is written only after its document is stored: a run killed between the
fetch and the store leaves no record, so the next run fetches the page whole again rather
than being told "not modified" about a page it never stored.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Collection, Iterable

from ..store import Store
from ..store.tracking import FetchRecord

__all__ = ["FetchCache", "utcnow"]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class FetchCache:
    """Thread-safe. ``get`` and ``put`` from any worker; ``flush`` from the pass's thread."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._loaded: dict[str, FetchRecord | None] = {}
        self._new: dict[str, FetchRecord] = {}
        self._seen: set[str] = set()

    def preload(self, urls: Iterable[str]) -> None:
        """Read the records of many URLs in one query."""
        with self._lock:
            wanted = [u for u in dict.fromkeys(urls) if u not in self._loaded and u not in self._new]
        if not wanted:
            return
        found = self._store.fetch_records(wanted)
        with self._lock:
            for url in wanted:
                self._loaded.setdefault(url, found.get(url))

    def get(self, url: str) -> FetchRecord | None:
        """The newest record of ``url``: this pass's, else the store's, else None."""
        with self._lock:
            if url in self._new:
                return self._new[url]
            if url in self._loaded:
                return self._loaded[url]
        self.preload([url])
        with self._lock:
            return self._new.get(url) or self._loaded.get(url)

    def put(self, record: FetchRecord) -> None:
        with self._lock:
            self._new[record.url] = record

    def saw(self, article_url: str) -> None:
        """The article at this URL was seen on its site this pass (fetched or unchanged)."""
        with self._lock:
            self._seen.add(article_url)

    def flush(self, failed: Collection[str] = ()) -> int:
        """Write this pass's records. Pages whose document then failed (to clean, extract or
        store) keep no validators and count one more error, so the next pass fetches
        them whole and tries again. RETURNS (int): records written."""
        with self._lock:
            records = [self._failed(r, self._loaded.get(r.url)) if r.url in failed else r for r in self._new.values()]
            seen = sorted(self._seen - set(failed))
            self._new.clear()
            self._seen.clear()
        if records or seen:
            self._store.save_fetch_records(records, seen=seen)
        return len(records)

    @staticmethod
    def _failed(record: FetchRecord, before: FetchRecord | None) -> FetchRecord:
        errors = (before.errors if before else 0) + 1
        return record.model_copy(update={"etag": None, "last_modified": None, "content_hash": None, "errors": errors})
