"""URLs as onrecord compares them: one spelling per address, so one article fetched by two
URLs is stored once.

``normalize_url`` leans on courlan (trafilatura's URL library): lower-case scheme and host,
default ports dropped, tracking parameters (``utm_*``, ``fbclid``...) removed, the others
sorted. On top of that the fragment goes (it never reaches the server) and ``.``/``..``
path segments are resolved.
"""

from __future__ import annotations

import ipaddress
import posixpath
from urllib.parse import urljoin, urlsplit, urlunsplit

__all__ = ["host_of", "is_url", "normalize_url", "origin", "page_link", "same_site", "url_key"]

_SCHEMES = ("http", "https")


def is_url(value: str) -> bool:
    """Is ``value`` an absolute http(s) URL with a host?"""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in _SCHEMES and bool(parts.hostname)


def normalize_url(url: str, base: str | None = None) -> str | None:
    """The one spelling of an http(s) URL (relative ones resolved against ``base``).
    RETURNS (str | None): None when it is not an http(s) URL."""
    from courlan import normalize_url as courlan_normalize  # imported late: slow to import

    try:
        url = (url or "").strip()
        if base:
            url = urljoin(base, url)
        if not is_url(url):
            return None
        parts = urlsplit(courlan_normalize(url))
    except (ValueError, UnicodeError):  # a bracketed host that is no IP, a bad IDNA label
        return None
    path = _resolve_dots(parts.path)
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def _resolve_dots(path: str) -> str:
    if not path:
        return "/"
    if "/." not in path:
        return path
    resolved = posixpath.normpath(path)
    if path.endswith("/") and not resolved.endswith("/"):
        resolved += "/"
    return "/" + resolved.lstrip("/")


def url_key(url: str | None) -> str | None:
    """What the store looks URLs up by: the normalised URL, or the URL as given when it is
    not an http(s) URL. RETURNS (str | None): None for no URL."""
    if not url or not url.strip():
        return None
    return normalize_url(url) or url.strip()


def host_of(url: str) -> str:
    """``host:port`` of a URL (the unit of politeness: one queue per host)."""
    return urlsplit(url).netloc.lower()


def origin(url: str) -> str:
    """``scheme://host:port`` of a URL (the scope of a robots.txt)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def same_site(a: str, b: str) -> bool:
    """Are two URLs on one site: the same host, or the same registered domain
    (``www.bbc.co.uk`` and ``news.bbc.co.uk``)?"""
    from ..clean.metadata import registered_domain

    host_a, host_b = urlsplit(a).hostname or "", urlsplit(b).hostname or ""
    if host_a == host_b:
        return True
    if _is_ip(host_a) or _is_ip(host_b):
        return False
    return registered_domain(a) == registered_domain(b)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def page_link(link: str, base: str) -> str | None:
    """A link found in a feed or sitemap, resolved and normalised, if it may be an
    article page: http(s), and not a file type that is never one (images, PDFs,
    archives; courlan's extension filter). RETURNS (str | None)"""
    from courlan.filters import extension_filter

    url = normalize_url(link, base)
    if url is None or not extension_filter(urlsplit(url).path):
        return None
    return url
