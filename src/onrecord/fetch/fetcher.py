"""Fetch one URL politely: robots.txt asked first, the host's turn taken for each request,
redirects followed hop by hop (each hop a URL of its own: robots, turn, cache), conditional
requests from the cache, retries with backoff. Never raises for what a site does: every
outcome is a value (``Fetched``, ``Unchanged``, ``NotFetched``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import threading
from dataclasses import dataclass, field
from typing import Self

from .. import errors
from ..store.tracking import FetchKind, FetchRecord
from .cache import FetchCache, utcnow
from .client import HttpClient, Reply, TransportError
from .options import FetchOptions
from .politeness import HostTurns
from .robots import RobotsAnswer, RobotsRules
from .urls import host_of, normalize_url

__all__ = ["FetchStats", "Fetched", "Fetcher", "NotFetched", "Unchanged"]

REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT = frozenset({301, 308})
# Answers worth another try: rate limited, and the server's own trouble.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# A permanent redirect is followed from the cache, without asking, for this long.
REDIRECT_TTL = dt.timedelta(days=1)
# RFC 9309: crawlers must read at least 500 KiB of a robots.txt.
ROBOTS_MAX_BYTES = 500 * 1024
ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "feed": "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5",
    "sitemap": "application/xml,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
    "home": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
    "robots": "text/plain,*/*;q=0.5",
}


@dataclass(frozen=True)
class Fetched:
    """A 2xx answer with a body that is new (or not known to be old). ``record`` is what
    to cache for ``url`` once the body has been used (the caller adds links or the
    canonical URL and puts it)."""

    requested: str
    url: str
    reply: Reply
    record: FetchRecord


@dataclass(frozen=True)
class Unchanged:
    """The server said 304 Not Modified, or sent the very bytes cached before."""

    requested: str
    url: str
    record: FetchRecord


@dataclass(frozen=True)
class NotFetched:
    """Refused by robots.txt (``skipped``), or failed: ``reason`` is one line naming the URL."""

    requested: str
    reason: str
    skipped: bool = False
    status: int | None = None


@dataclass
class FetchStats:
    """Counts over a pass; thread-safe through ``add``."""

    requests: int = 0
    conditional: int = 0
    not_modified: int = 0
    bytes: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, *, conditional: bool, reply: Reply | None) -> None:
        with self._lock:
            self.requests += 1
            self.conditional += conditional
            if reply is not None:
                self.not_modified += reply.status == 304
                self.bytes += len(reply.body)


class _Failed(Exception):
    """No usable answer after ``tries``: an HTTP ``status``, or a transport ``detail``."""

    def __init__(self, tries: int, *, status: int | None = None, detail: str = "") -> None:
        super().__init__(detail or str(status))
        self.tries = tries
        self.status = status
        self.detail = detail

    def reason(self, url: str, current: str) -> str:
        where = _tries(self.tries) + ("" if current == url else f" (at {current})")
        if self.status is not None:
            return errors.E_FETCH_STATUS.format(source=url, status=self.status, where=where)
        return errors.E_FETCH_NETWORK.format(source=url, reason=self.detail, where=where)


class Fetcher:
    """One per pass; shared by its workers. Use as a context manager."""

    def __init__(self, options: FetchOptions, cache: FetchCache, *, stop: threading.Event | None = None) -> None:
        self.options = options
        self.cache = cache
        self.turns = HostTurns(options.delay, stop)
        self.client = HttpClient(options)
        self.robots = RobotsRules(options.robots_token, self._load_robots, lambda site, s: self.turns.slow_down(host_of(site), s))
        self.stats = FetchStats()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    @property
    def stop(self) -> threading.Event:
        return self.turns.stop

    def get(self, url: str, kind: FetchKind) -> Fetched | Unchanged | NotFetched:
        """Fetch ``url`` (normalised) as ``kind``. Raises Stopped only."""
        chain = [url]
        current = url
        while True:
            record = self.cache.get(current)
            if record is not None and record.kind == "redirect" and record.location and self._fresh_redirect(record):
                hop = self._hop(url, chain, record.location)
                if isinstance(hop, NotFetched):
                    return hop
                current = hop
                continue
            if kind != "robots":
                refusal = self.robots.refusal(current)
                if refusal is not None:
                    return NotFetched(url, refusal[0], skipped=refusal[1])
            try:
                reply = self._request(current, kind, record if record is not None and record.kind != "redirect" else None)
            except _Failed as exc:
                self._remember_failure(current, kind, record, exc.status)
                return NotFetched(url, exc.reason(url, current), status=exc.status)
            now = utcnow()
            location = reply.header("location")
            if reply.status in REDIRECTS and location:
                target = normalize_url(location, current)
                if target is None:
                    return NotFetched(url, errors.E_NOT_A_URL.format(value=location))
                self.cache.put(FetchRecord(url=current, kind="redirect", status=reply.status, location=target,
                                           fetched_at=now, checked_at=now))
                hop = self._hop(url, chain, target)
                if isinstance(hop, NotFetched):
                    return hop
                current = hop
                continue
            cached = record if record is not None and record.kind != "redirect" else None
            if reply.status == 304 and cached is not None:
                return self._unchanged(url, current, cached, reply, now)
            if 200 <= reply.status < 300:
                digest = hashlib.sha256(reply.body).hexdigest()
                if cached is not None and cached.content_hash == digest and cached.errors == 0:
                    return self._unchanged(url, current, cached, reply, now)
                fresh = FetchRecord(url=current, kind=kind, status=reply.status, etag=reply.header("etag"),
                                    last_modified=reply.header("last-modified"), content_hash=digest, fetched_at=now, checked_at=now)
                return Fetched(url, current, reply, fresh)
            self._remember_failure(current, kind, record, reply.status)
            return NotFetched(url, _Failed(1, status=reply.status).reason(url, current), status=reply.status)

    # -- steps -------------------------------------------------------------------------------

    def _hop(self, url: str, chain: list[str], target: str) -> str | NotFetched:
        if target in chain:
            return NotFetched(url, errors.E_FETCH_REDIRECT_LOOP.format(source=url, target=target))
        if len(chain) > self.options.max_redirects:
            return NotFetched(url, errors.E_FETCH_REDIRECTS.format(source=url, limit=self.options.max_redirects, target=target))
        chain.append(target)
        return target

    @staticmethod
    def _fresh_redirect(record: FetchRecord) -> bool:
        return record.status in PERMANENT and record.errors == 0 and utcnow() - record.checked_at < REDIRECT_TTL

    def _unchanged(self, url: str, current: str, cached: FetchRecord, reply: Reply, now: dt.datetime) -> Unchanged:
        update = {"checked_at": now, "errors": 0, "status": cached.status}
        for name in ("etag", "last-modified"):
            if reply.header(name):
                update[name.replace("-", "_")] = reply.header(name)
        record = cached.model_copy(update=update)
        self.cache.put(record)
        return Unchanged(url, current, record)

    def _remember_failure(self, url: str, kind: FetchKind, record: FetchRecord | None, status: int | None) -> None:
        """Count a failure on the URL's record; what it had (validators, links) is kept, so a
        later "not modified" can still use it."""
        now = utcnow()
        if record is not None and record.kind == kind:
            self.cache.put(record.model_copy(update={"status": status or 0, "errors": record.errors + 1, "checked_at": now}))
        else:
            self.cache.put(FetchRecord(url=url, kind=kind, status=status or 0, errors=1, checked_at=now))

    def _request(self, url: str, kind: FetchKind, cached: FetchRecord | None) -> Reply:
        """GET with the host's turn, conditional on the cached validators, retried with
        backoff. Raises _Failed when no usable answer came."""
        headers = {"Accept": ACCEPT.get(kind, "*/*")}
        if cached is not None and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached is not None and cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
        conditional = len(headers) > 1
        tries = self.options.retries + 1
        for attempt in range(tries):
            failure: TransportError | None = None
            reply: Reply | None = None
            with self.turns.turn(host_of(url)):
                try:
                    reply = self.client.get(url, headers)
                except TransportError as exc:
                    failure = exc
            self.stats.add(conditional=conditional, reply=reply)
            last = attempt == tries - 1
            if failure is not None:
                if last or not failure.retry:
                    raise _Failed(attempt + 1, detail=failure.reason)
                self.turns.pause(self.options.backoff * 2**attempt)
                continue
            assert reply is not None
            if reply.status in RETRY_STATUSES and not last:
                self.turns.pause(min(self._retry_after(reply) or self.options.backoff * 2**attempt, self.options.max_retry_after))
                continue
            if reply.status in RETRY_STATUSES:
                raise _Failed(tries, status=reply.status)
            return reply
        raise AssertionError("unreachable")

    @staticmethod
    def _retry_after(reply: Reply) -> float | None:
        value = (reply.header("retry-after") or "").strip()
        if value.isdigit():
            return float(value)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds()) if when.tzinfo else None

    def _load_robots(self, robots_url: str) -> RobotsAnswer:
        outcome = self.get(robots_url, "robots")
        if isinstance(outcome, Unchanged):
            return RobotsAnswer(text=outcome.record.body)
        if isinstance(outcome, Fetched):
            text = outcome.reply.body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
            self.cache.put(outcome.record.model_copy(update={"body": text}))
            return RobotsAnswer(text=text)
        if outcome.status is not None and 400 <= outcome.status < 500 and outcome.status != 429:
            return RobotsAnswer(text=None)  # no robots.txt: no rules
        earlier = self.cache.get(robots_url)
        if earlier is not None and earlier.body is not None:
            return RobotsAnswer(text=earlier.body)
        return RobotsAnswer(unreachable=outcome.reason.split(": ", 1)[-1])


def _tries(n: int) -> str:
    return f" after {n} tries" if n > 1 else ""
