"""A news site on loopback for the fetcher's tests and benchmark: a real HTTP server
(http.server, one thread per connection, keep-alive) serving routes from memory, with
ETag and Last-Modified, 304 answers to conditional requests, redirects, slow pages and
errors, and a log of every request with its time."""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

# One fixed Last-Modified for every route: 304s to If-Modified-Since stay deterministic.
LAST_MODIFIED = email.utils.formatdate(1_700_000_000, usegmt=True)


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None
    delay: float = 0.0
    validators: bool = True  # send ETag and Last-Modified, answer conditional requests with 304
    headers: dict[str, str] = field(default_factory=dict)  # more response headers (Retry-After)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it. ``at``: time.monotonic() when it arrived."""

    at: float
    path: str
    status: int
    user_agent: str
    if_none_match: str | None
    if_modified_since: str | None

    @property
    def conditional(self) -> bool:
        return bool(self.if_none_match or self.if_modified_since)


@dataclass
class Site:
    """Routes by path (the query is ignored for routing, kept in the log)."""

    routes: dict[str, Route] = field(default_factory=dict)
    log: list[Hit] = field(default_factory=list)
    base: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, path: str, body: bytes | str = b"", **route) -> None:
        self.routes[path] = Route(body=body.encode("utf-8") if isinstance(body, str) else body, **route)

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        self.routes[path] = Route(status=status, location=to, validators=False)

    def hits(self, since: int = 0) -> list[Hit]:
        with self._lock:
            return list(self.log[since:])

    def url(self, path: str) -> str:
        return self.base + path

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self.log.append(hit)

    @contextmanager
    def serving(self) -> Iterator[Site]:
        """Serve on a free loopback port until the block ends; ``base`` is set."""
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: with Nagle's algorithm on, the body
            # waits for the client's delayed ACK (tens of ms a page).
            disable_nagle_algorithm = True

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                arrived = time.monotonic()
                route = site.routes.get(urlsplit(self.path).path)
                inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
                status, body, headers = self._answer(route, inm, ims)
                site._record(Hit(arrived, self.path, status, self.headers.get("User-Agent", ""), inm, ims))
                if route is not None and route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            @staticmethod
            def _answer(route: Route | None, inm: str | None, ims: str | None) -> tuple[int, bytes, dict[str, str]]:
                if route is None:
                    return 404, b"not found", {"Content-Type": "text/plain"}
                if route.location is not None:
                    return route.status, b"", {"Location": route.location}
                headers = {"Content-Type": route.content_type, **route.headers}
                if route.validators and route.status == 200:
                    headers |= {"ETag": route.etag, "Last-Modified": LAST_MODIFIED}
                    if inm == route.etag or (inm is None and ims == LAST_MODIFIED):
                        return 304, b"", {"ETag": route.etag}
                return route.status, route.body, headers

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        self.base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            yield self
        finally:
            server.shutdown()
            server.server_close()
            thread.join(5)
