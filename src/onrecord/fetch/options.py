"""How politely to fetch: one small frozen object, taken by the fetcher and set by the CLI.

The settings and the environment variables the CLI takes them from when an option is not
given (``onrecord.settings``; a variable not set leaves the default here):

========================  ==============================  =========
field                     variable                        default
========================  ==============================  =========
``contact``               ``ONRECORD_FETCH_CONTACT``      none
``user_agent``            ``ONRECORD_FETCH_USER_AGENT``   ``onrecord/<version> (+<contact>)``
``delay``                 ``ONRECORD_FETCH_DELAY``        1.0 s
``concurrency``           ``ONRECORD_FETCH_CONCURRENCY``  4
``timeout``               ``ONRECORD_FETCH_TIMEOUT``      20 s
``retries``               ``ONRECORD_FETCH_RETRIES``      2
========================  ==============================  =========
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import errors, settings

__all__ = ["FetchOptions"]

# The product token robots.txt rules are matched against ("User-agent: onrecord").
PRODUCT = "onrecord"


@dataclass(frozen=True)
class FetchOptions:
    """Politeness and patience of the fetcher.

    contact: a URL or e-mail address put in the user agent, so a site's operators can
        reach whoever runs the crawler (set it: many sites block anonymous bots).
    user_agent: the whole User-Agent header; its first product token (``onrecord``)
        is what robots.txt rules are matched against. Default: built from ``contact``.
    delay: seconds between the starts of two requests to one host (a robots.txt
        ``Crawl-delay`` that asks for more wins). One request per host at a time.
    concurrency: requests in flight at once, over all hosts.
    timeout: seconds to wait to connect and for each read; a whole response must
        arrive within three times that.
    retries: further tries after a timeout, a dropped connection or a 429/5xx answer,
        with exponential backoff (``backoff`` seconds, doubled each time; a
        ``Retry-After`` up to ``max_retry_after`` seconds is honoured).
    max_redirects: redirects followed from one URL.
    max_bytes: the largest response read; a larger one is a failure (None: the
        ONRECORD_MAX_DOCUMENT_BYTES setting, read when a response is; see ``byte_limit``).
    max_links: page links taken from one feed or sitemap per pass (the first ones:
        feeds and news sitemaps list the newest first).
    retry_failed_after: seconds before a URL that failed is tried again by a watch
        pass, doubled after each further failure (at most a day); URLs given on the
        command line are always tried.
    """

    contact: str | None = None
    user_agent: str | None = None
    delay: float = 1.0
    concurrency: int = 4
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 60.0
    max_redirects: int = 5
    max_bytes: int | None = None
    max_links: int = 500
    retry_failed_after: float = 900.0

    def __post_init__(self) -> None:
        checks = (
            ("--delay", self.delay >= 0, "at least 0"),
            ("--concurrency", self.concurrency >= 1, "at least 1"),
            ("--timeout", self.timeout > 0, "more than 0"),
            ("--retries", self.retries >= 0, "at least 0"),
            ("--max-links", self.max_links >= 1, "at least 1"),
        )
        for option, ok, constraint in checks:
            if not ok:
                value = getattr(self, option[2:].replace("-", "_"))
                raise errors.ConfigError(errors.E_BAD_FETCH_OPTION.format(option=option, constraint=constraint, value=value))

    @property
    def byte_limit(self) -> int:
        """The largest response read, in bytes."""
        return self.max_bytes if self.max_bytes is not None else settings.current().max_document_bytes

    @property
    def agent(self) -> str:
        """The User-Agent header sent with every request."""
        from .. import __version__

        if self.user_agent:
            return self.user_agent
        return f"{PRODUCT}/{__version__}" + (f" (+{self.contact})" if self.contact else "")

    @property
    def robots_token(self) -> str:
        """The name robots.txt groups are matched against: the agent's first product."""
        return self.agent.split("/", 1)[0].split()[0].lower() or PRODUCT
