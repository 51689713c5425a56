"""One HTTP request, bounded: urllib3 underneath, no redirects followed and no retries
(the fetcher decides both, each hop and each try through the host's turn), responses read
up to a size limit and a deadline.

urllib3 rather than httpx: it is already installed under trafilatura and courlan, its
``PoolManager`` is thread-safe and keeps one connection pool per host, and it streams
a body in chunks so the size limit holds before the whole body is in memory
(docs/dependencies.md).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import urllib3
from urllib3.exceptions import HTTPError, LocationParseError, NewConnectionError, ProtocolError, SSLError, TimeoutError

from .options import FetchOptions

__all__ = ["HttpClient", "Reply", "TransportError"]

# A whole response must arrive within this many times the per-read timeout: a server
# that drips a byte at a time would otherwise hold a worker for ever.
DEADLINE_FACTOR = 3
_CHUNK = 64 * 1024


class TransportError(Exception):
    """No HTTP answer: a timeout, a refused or dropped connection, a TLS failure, a body
    over the size limit. ``retry`` says whether trying again may help."""

    def __init__(self, reason: str, *, retry: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


@dataclass(frozen=True)
class Reply:
    """An HTTP answer. ``headers`` has lower-case names; ``body`` is decoded from any
    Content-Encoding (gzip, deflate)."""

    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class HttpClient:
    """Thread-safe: one instance serves every worker of a pass. Close it when done."""

    def __init__(self, options: FetchOptions) -> None:
        self.options = options
        self._timeout = urllib3.Timeout(connect=options.timeout, read=options.timeout)
        self._pool = urllib3.PoolManager(
            num_pools=64, maxsize=max(1, options.concurrency), retries=False, timeout=self._timeout,
            headers={"User-Agent": options.agent, "Accept-Encoding": "gzip, deflate"},
        )  # fmt: skip

    def close(self) -> None:
        self._pool.clear()

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Reply:
        """GET ``url`` once. Raises TransportError when no whole answer came."""
        started = time.monotonic()
        try:
            response = self._pool.request(
                "GET", url, headers={**self._pool.headers, **(headers or {})}, redirect=False,
                retries=False, preload_content=False, timeout=self._timeout,
            )  # fmt: skip
        except NewConnectionError as exc:  # before TimeoutError: urllib3 derives it from ConnectTimeoutError
            raise TransportError(f"cannot connect ({_cause(exc)})") from None
        except TimeoutError:
            raise TransportError(f"no answer within {self.options.timeout:g} s") from None
        except SSLError as exc:
            raise TransportError(f"TLS failed ({_cause(exc)})", retry=False) from None
        except LocationParseError as exc:
            raise TransportError(f"not a URL that can be fetched ({exc})", retry=False) from None
        except (ProtocolError, HTTPError) as exc:
            raise TransportError(f"connection failed ({_cause(exc)})") from None
        try:
            body = self._read(response, started)
        finally:
            response.release_conn()
        headers = {k.lower(): v for k, v in response.headers.items()}
        return Reply(url=url, status=response.status, headers=headers, body=body)

    def _read(self, response: urllib3.BaseHTTPResponse, started: float) -> bytes:
        limit = self.options.byte_limit
        deadline = started + DEADLINE_FACTOR * self.options.timeout
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            response.close()  # the connection is not reused: its body is unread
            raise TransportError(f"more than {limit:,} bytes", retry=False)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.stream(_CHUNK, decode_content=True):
                size += len(chunk)
                if size > limit:
                    response.close()
                    raise TransportError(f"more than {limit:,} bytes", retry=False)
                if time.monotonic() > deadline:
                    response.close()
                    raise TransportError(f"the answer took more than {DEADLINE_FACTOR * self.options.timeout:g} s")
                chunks.append(chunk)
        except TimeoutError:
            raise TransportError(f"no answer within {self.options.timeout:g} s") from None
        except (ProtocolError, HTTPError) as exc:
            raise TransportError(f"connection dropped mid-answer ({_cause(exc)})") from None
        return b"".join(chunks)


def _cause(exc: BaseException) -> str:
    """The innermost reason of a urllib3 error, in a few words."""
    while exc.__context__ is not None and not str(exc).strip():
        exc = exc.__context__
    text = str(exc).strip()
    # urllib3 prefixes its messages with the connection object's repr.
    if ": " in text and text.startswith("<"):
        text = text.split(": ", 1)[1]
    return text.splitlines()[0] if text else type(exc).__name__
