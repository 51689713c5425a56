"""Sources, and the links they give: a sources file read into ``Source`` lines, and the
page, feed and sitemap links found in a fetched feed, sitemap or homepage.

Parsing is trafilatura's (``trafilatura.feeds``: RSS, Atom and JSON feeds, and the feed
links of a homepage; ``trafilatura.sitemaps``: XML and text sitemaps and sitemap indexes),
fed with the bodies our fetcher got: trafilatura never fetches here. Its URL filter
(courlan's ``check_url``) is replaced by ``urls.page_link``, which also takes hosts that
are IP addresses or carry a port (an intranet mirror, a test server).
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from .. import errors
from ..store.tracking import FetchLinks
from .urls import is_url, normalize_url, page_link, same_site

__all__ = ["Source", "SourceKind", "decode_body", "feed_links", "home_links", "read_sources", "sitemap_links", "sniff"]

SourceKind = Literal["auto", "page", "feed", "sitemap"]
_KINDS = ("auto", "page", "feed", "sitemap")
# Feeds a homepage may name (main, sections, comments): the first few are read.
MAX_FEEDS_PER_HOME = 5
_SITEMAP_ROOT = re.compile(r"<(?:[\w.-]+:)?(?:sitemapindex|urlset)\b")
_GZIP = b"\x1f\x8b"


@dataclass(frozen=True)
class Source:
    """One thing to read: a homepage (``auto``: a feed or a sitemap is told by its content,
    a page by its links to feeds), a ``feed``, a ``sitemap``, or one article ``page``."""

    url: str
    kind: SourceKind = "auto"


def read_sources(path: str) -> list[Source]:
    """The sources of a sources file: one a line, ``URL`` or ``KIND URL`` (KIND: feed,
    sitemap, page, auto); ``#`` starts a comment (at the start of a line, or after a
    space). Raises InputError for a missing file, ConfigError for a bad line."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise errors.InputError(errors.E_NOT_FOUND.format(source=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.InputError(errors.E_UNREADABLE.format(source=path, reason=getattr(exc, "strerror", None) or str(exc))) from None
    sources: list[Source] = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = re.sub(r"(^|\s)#.*$", "", line).split()
        if not words:
            continue
        kind, url = ("auto", words[0]) if len(words) == 1 else (words[0].lower(), words[1])
        problem = None
        if len(words) > 2:
            problem = f"one URL a line, optionally after feed, sitemap, page or auto (found {len(words)} words)"
        elif kind not in _KINDS:
            problem = f"{words[0]!r} is not a kind; use feed, sitemap, page or auto"
        elif not is_url(url):
            problem = errors.E_NOT_A_URL.format(value=url)
        if problem:
            raise errors.ConfigError(errors.E_SOURCES_LINE.format(source=path, line=number, reason=problem))
        sources.append(Source(normalize_url(url) or url, kind))  # type: ignore[arg-type]
    return sources


def decode_body(body: bytes, limit: int) -> str:
    """A feed or sitemap body as text: gunzipped when it is a ``.gz`` file (at most
    ``limit`` bytes), UTF-8 with bad bytes replaced (the XML is what matters)."""
    if body.startswith(_GZIP):
        try:
            reader = zlib.decompressobj(16 + zlib.MAX_WBITS)
            body = reader.decompress(body, limit)
        except (zlib.error, gzip.BadGzipFile):
            body = b""
    return body.decode("utf-8", errors="replace").lstrip("\ufeff")


def sniff(text: str) -> Literal["feed", "sitemap", "home"]:
    """What a fetched source is, by its content."""
    head = text.lstrip()[:2048]
    if _SITEMAP_ROOT.search(head):
        return "sitemap"
    from trafilatura.feeds import is_potential_feed

    if is_potential_feed(head) or head.startswith("{"):
        return "feed"
    return "home"


def feed_links(text: str, url: str) -> list[str]:
    """The article links of an RSS, Atom or JSON feed, in the feed's order, resolved
    against the feed's URL; links to any site are kept (the feed was chosen)."""
    from trafilatura.feeds import FeedParameters, find_links

    params = FeedParameters(url, "", url)
    found = (page_link(link, url) for link in find_links(text.strip(), params))
    # An RSS channel's own <link> is its site's homepage, not an article.
    return list(dict.fromkeys(link for link in found if link and link != url and urlsplit(link)[2:4] != ("/", "")))


def sitemap_links(text: str, url: str) -> FetchLinks:
    """The pages and the nested sitemaps a sitemap lists, on the sitemap's own site (the
    sitemaps protocol allows no others), in the sitemap's order."""
    from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SitemapObject

    pages: list[str] = []
    sitemaps: list[str] = []

    class _Sitemap(SitemapObject):
        __slots__ = ()

        def handle_link(self, link: str) -> None:
            found = page_link(link, url)
            if found is None or found == url or not same_site(found, url):
                return
            (sitemaps if DETECT_SITEMAP_LINK.search(found) else pages).append(found)

    sitemap = _Sitemap(url, "", [])
    sitemap.current_url = url
    sitemap.content = text
    sitemap.process()
    return FetchLinks(pages=list(dict.fromkeys(pages)), sitemaps=list(dict.fromkeys(sitemaps)))


def home_links(html: str, url: str) -> list[str]:
    """The feeds a homepage names (``<link rel=alternate>`` of a feed type, else links
    that look like feeds), normalised, at most MAX_FEEDS_PER_HOME."""
    from trafilatura.feeds import FeedParameters, determine_feed

    found = (normalize_url(link, url) for link in determine_feed(html, FeedParameters(url, "", url)))
    return list(dict.fromkeys(link for link in found if link and link != url))[:MAX_FEEDS_PER_HOME]
