"""A fetched article page to a RawDocument: decoded as the server or the page declares,
under the URL of the article it holds (its canonical URL, when on the same site)."""

from __future__ import annotations

from .. import errors
from ..read.html import charset_of, decode_html
from ..schema import Failure, RawDocument
from .fetcher import Fetched
from .urls import normalize_url, same_site

__all__ = ["canonical_url", "page_document"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CANONICAL = "//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONIL', 'canonil')), ' '), ' canonical ')]/@href"
_OG_URL = "//meta[@property='og:url']/@content"


def canonical_url(html: str, url: str) -> str | None:
    """The URL a page names as its own (``<link rel=canonical>``, else ``og:url``),
    normalised, when it is on the same site as ``url``: a page may not move itself to
    another site (syndicated copies name the original's site). RETURNS (str | None)"""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    for xpath in (_CANONICAL, _OG_URL):
        for value in tree.xpath(xpath):
            candidate = normalize_url(str(value), url)
            if candidate and same_site(candidate, url):
                return candidate
    return None


def page_document(fetched: Fetched) -> tuple[RawDocument | Failure, str]:
    """The document of a fetched page, named by the URL it was fetched from (``source``),
    with ``url`` the article's URL; or a Failure for a body that is not an HTML page.
    RETURNS (tuple[RawDocument | Failure, str]): the document and the article's URL."""
    source = fetched.url
    content_type = fetched.reply.header("content-type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    body = fetched.reply.body
    if (mime and mime not in HTML_TYPES) or (not mime and not body.lstrip()[:1] == b"<"):
        return Failure(source, "read", errors.S_NOT_HTML.format(source=source, content_type=mime or "an untyped body"), skipped=True), source
    try:
        html = decode_html(body, declared=charset_of(content_type), source=source)
    except errors.InputError as exc:
        return Failure(source, "read", str(exc)), source
    article_url = canonical_url(html, source) or source
    metadata = {"fetched_from": fetched.requested} if fetched.requested != source else {}
    return RawDocument(source=source, html=html, url=article_url, metadata=metadata), article_url
