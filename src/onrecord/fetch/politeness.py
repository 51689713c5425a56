"""Turns per host: one request to a host at a time, and at least ``delay`` seconds between
the starts of two (a robots.txt ``Crawl-delay`` that asks for more wins)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["HostTurns", "Stopped"]


class Stopped(Exception):
    """The pass was asked to stop (SIGINT, SIGTERM) while waiting for a turn."""


class _Host:
    __slots__ = ("delay", "lock", "next_start")

    def __init__(self, delay: float) -> None:
        self.lock = threading.Lock()
        self.delay = delay
        self.next_start = 0.0


class HostTurns:
    """Shared by every worker of a pass; thread-safe."""

    def __init__(self, delay: float, stop: threading.Event | None = None) -> None:
        self.delay = delay
        self.stop = stop or threading.Event()
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            entry = self._hosts.get(host)
            if entry is None:
                entry = self._hosts[host] = _Host(self.delay)
            return entry

    def ready_at(self, host: str) -> float:
        """When the host's next request may start (time.monotonic())."""
        return self._host(host).next_start

    def slow_down(self, host: str, seconds: float) -> None:
        """Space this host's requests by at least ``seconds`` (its Crawl-delay)."""
        entry = self._host(host)
        entry.delay = max(entry.delay, seconds)

    @contextmanager
    def turn(self, host: str) -> Iterator[None]:
        """Hold the host's turn for one request: waits for the one before to finish and
        for the delay since it started. Raises Stopped when the pass is stopped."""
        entry = self._host(host)
        with entry.lock:
            while True:
                if self.stop.is_set():
                    raise Stopped
                wait = entry.next_start - time.monotonic()
                if wait <= 0:
                    break
                self.stop.wait(wait)
            entry.next_start = time.monotonic() + entry.delay
            yield

    def pause(self, seconds: float) -> None:
        """Sleep before a retry, waking early (Stopped) when the pass is stopped."""
        if self.stop.wait(seconds):
            raise Stopped
