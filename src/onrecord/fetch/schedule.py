"""Many URLs over ``concurrency`` workers, no worker ever waiting on a host another worker
holds: each worker takes the next URL of a host nobody is fetching from, the host whose turn
comes first. Answers come back as they complete, a bounded number ahead of the consumer
(the NLP is slower than the network)."""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Iterable, Iterator

from .. import errors
from .fetcher import Fetched, Fetcher, NotFetched, Unchanged
from .politeness import HostTurns, Stopped
from .urls import host_of

__all__ = ["fetch_many", "unexpected"]

Outcome = Fetched | Unchanged | NotFetched
_DONE = object()


def unexpected(url: str, stage: str, exc: BaseException) -> str:
    """The one-line reason for an error no one foresaw (a bug, or a page like no other)."""
    text = str(exc).strip()
    reason = f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__
    return errors.E_UNEXPECTED.format(source=url, stage=stage, reason=reason)


class _HostQueues:
    """URLs queued per host; ``take`` hands out one of a host no worker holds."""

    def __init__(self, urls: Iterable[str], turns: HostTurns) -> None:
        self._turns = turns
        self._queues: dict[str, deque[str]] = {}
        for url in urls:
            self._queues.setdefault(host_of(url), deque()).append(url)
        self._busy: set[str] = set()
        self._closed = False
        self._cond = threading.Condition()

    def take(self) -> tuple[str, str] | None:
        with self._cond:
            while not self._closed:
                free = [h for h, q in self._queues.items() if q and h not in self._busy]
                if free:
                    host = min(free, key=self._turns.ready_at)
                    self._busy.add(host)
                    return host, self._queues[host].popleft()
                if not any(self._queues.values()):
                    return None
                self._cond.wait()  # every host with work is held: wait for one to be let go
            return None

    def done(self, host: str) -> None:
        with self._cond:
            self._busy.discard(host)
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


def fetch_many(fetcher: Fetcher, urls: list[str]) -> Iterator[Outcome]:
    """``fetcher.get(url, "page")`` for every URL, in completion order; ends early (without
    an exception) when the fetcher is stopped."""
    if not urls:
        return
    hosts = _HostQueues(urls, fetcher.turns)
    answers: queue.Queue = queue.Queue(maxsize=4 * fetcher.options.concurrency)

    def work() -> None:
        try:
            while (item := hosts.take()) is not None:
                host, url = item
                try:
                    outcome: Outcome = fetcher.get(url, "page")
                except Stopped:
                    hosts.close()
                    return
                except Exception as exc:  # noqa: BLE001 - a server's odd answer must not end the pass
                    outcome = NotFetched(url, unexpected(url, "fetching", exc))
                finally:
                    hosts.done(host)
                answers.put(outcome)
        finally:
            answers.put(_DONE)

    workers = [threading.Thread(target=work, name=f"onrecord-fetch-{i}", daemon=True)
               for i in range(min(fetcher.options.concurrency, len(urls)))]  # fmt: skip
    for worker in workers:
        worker.start()
    finished = 0
    try:
        while finished < len(workers):
            answer = answers.get()
            if answer is _DONE:
                finished += 1
            else:
                yield answer
    finally:
        hosts.close()  # the consumer stopped early: take nothing more, let blocked workers finish
        while finished < len(workers):
            if answers.get() is _DONE:
                finished += 1
