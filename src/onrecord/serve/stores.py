"""One open Store per server thread.

A Store is not shared between threads (``store.base.Store``), and FastAPI runs the
synchronous endpoints on a pool of worker threads; each thread opens its own connection on
first use and keeps it, so a request costs no connection set-up.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..store import Store, open_store


class StorePool:
    """Per-thread stores of one URL. ``with pool.store() as store: ...``."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[tuple[threading.Thread, Store]] = []
        # Bumped by close(): a thread whose store belongs to an older generation opens a
        # new one, so an app whose lifespan ends and starts again (test clients) still works.
        self._generation = 0

    def check(self, *, create: bool) -> None:
        """Open the store once now so a bad URL or a missing database fails at start-up,
        not on the first request. ``create`` makes the file and tables when missing."""
        with open_store(self.url, create=create):
            pass

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The calling thread's store, opened on first use."""
        store = getattr(self._local, "store", None)
        if store is None or self._local.generation != self._generation:
            store = open_store(self.url, create=False)
            with self._lock:
                # The thread pool retires idle threads; close the connections they left.
                dead = [s for thread, s in self._all if not thread.is_alive()]
                self._all = [(t, s) for t, s in self._all if t.is_alive()]
                self._all.append((threading.current_thread(), store))
                self._local.generation = self._generation
            for old in dead:
                old.close()
            self._local.store = store
        yield store

    def close(self) -> None:
        """Close every thread's store (at server shutdown)."""
        with self._lock:
            self._generation += 1
            stores, self._all = self._all, []
        for _, store in stores:
            store.close()
