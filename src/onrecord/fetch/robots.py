"""robots.txt (RFC 9309) with the standard library's parser: one file per origin, read
through the fetcher (so through the cache and the host's turn) once per pass.

What an answer means, as RFC 9309 says: 2xx, the rules; 4xx, no rules (everything may be
fetched); 5xx or no answer, "unreachable", and then nothing on that site is fetched,
unless an earlier copy is cached (then that copy's rules hold).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

from .. import errors
from .urls import origin

__all__ = ["RobotsAnswer", "RobotsRules"]


@dataclass(frozen=True)
class RobotsAnswer:
    """What fetching a robots.txt gave: ``text`` (None for no rules, i.e. allow all), or
    ``unreachable`` with a reason."""

    text: str | None = None
    unreachable: str | None = None


class RobotsRules:
    """Per-origin rules for one agent token, loaded on first use with ``load``."""

    def __init__(self, token: str, load: Callable[[str], RobotsAnswer], on_delay: Callable[[str, float], None]) -> None:
        self.token = token
        self._load = load
        self._on_delay = on_delay
        self._parsed: dict[str, RobotFileParser | RobotsAnswer] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def refusal(self, url: str) -> tuple[str, bool] | None:
        """Why ``url`` may not be fetched, and whether that is a deliberate skip (a rule)
        rather than an error; None when it may be fetched."""
        site = origin(url)
        robots_url = f"{site}/robots.txt"
        rules = self._rules(site)
        if isinstance(rules, RobotsAnswer):
            # An error, not a skip: the site is down or failing, and the page is retried.
            return errors.E_ROBOTS_UNREACHABLE.format(source=url, robots=robots_url, reason=rules.unreachable), False
        if not rules.can_fetch(self.token, url):
            return errors.S_ROBOTS.format(source=url, agent=self.token, robots=robots_url), True
        return None

    def _rules(self, site: str) -> RobotFileParser | RobotsAnswer:
        with self._lock:
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:  # one load per site, however many workers ask at once
            if site not in self._parsed:
                self._parsed[site] = self._parse(site, self._load(f"{site}/robots.txt"))
            return self._parsed[site]

    def _parse(self, site: str, answer: RobotsAnswer) -> RobotFileParser | RobotsAnswer:
        if answer.unreachable is not None:
            return answer
        parser = RobotFileParser(f"{site}/robots.txt")
        if answer.text is None:
            parser.allow_all = True
        else:
            parser.parse(answer.text.splitlines())
            delay = parser.crawl_delay(self.token)
            if delay:
                self._on_delay(site, float(delay))
        parser.modified()  # can_fetch answers False for a parser never marked as read
        return parser
