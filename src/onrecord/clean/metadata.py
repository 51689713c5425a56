"""Page metadata: title, publication date, outlet and canonical URL of an HTML page.

trafilatura finds the title, site name and canonical link (meta tags, JSON-LD, ``<title>``);
the date comes from htmldate with ``original_date=True``: news pages carry both a first
publication and a "last updated" date, and the statement's "on Monday" must resolve
against the first.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

# htmldate's options, passed through trafilatura's metadata call so the page is parsed
# once for all metadata. original_date: see the module docstring. extensive_search stays on
# (htmldate's default): without it, pages that state their date only in the text get none.
DATE_OPTIONS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%d"}


@dataclass(frozen=True)
class PageMetadata:
    """What a page says about itself; each field None when the page does not say."""

    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    # the page's writers as its meta tags or JSON-LD name them ("Steve Matthews; Alex Tanzi"):
    # not an Article field, but what tells a writer's bio at the foot of the text (``bylines``)
    author: str | None = None


def page_metadata(html: str, *, url: str | None = None) -> PageMetadata:
    """Title, publication date, outlet (site name, else the domain) and canonical URL of a page.

    url (str | None): the address the page was fetched from, when known; it helps date
        detection (dates in URLs) and is the domain fallback for the outlet.
    RETURNS (PageMetadata)
    """
    from trafilatura.settings import Document  # imported late: trafilatura is slow to import
    from trafilatura.utils import load_html

    tree = load_html(html)
    return metadata_of(Document(), url=url) if tree is None else tree_metadata(tree, url=url)


def tree_metadata(tree: Any, *, url: str | None = None) -> PageMetadata:
    """``page_metadata`` of a page lxml has parsed (trafilatura's ``load_html``).

    trafilatura's ``extract_metadata`` also looks for the author (a deep copy of the page
    pruned and searched), categories, tags and licence: over half its time on news pages,
    for fields no Article has. These are its steps for the four fields kept, in its order
    and with its functions, so each comes out as it would
    (tests/test_clean_html.py compares them with ``extract_metadata`` on real pages).
    None of the steps changes the tree.
    """
    from trafilatura.metadata import META_URL, examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url
    from trafilatura.metadata import find_date  # htmldate's, as trafilatura calls it

    found = examine_meta(tree)
    if found.author and " " not in found.author:  # as extract_metadata, before the JSON-LD
        found.author = None
    try:
        found = extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001  (extract_metadata's guard: bugs in trafilatura's JSON-LD reading)
        pass
    if not found.title:
        found.title = extract_title(tree)
    if not found.url:
        found.url = extract_url(tree, url)
    with quiet_dates():
        found.date = find_date(tree, **DATE_OPTIONS, url=found.url)
        if found.date and _media_dated(tree, found.date, found.url):
            found.date = None  # a date read from an image's path: none is better
    if not found.sitename:
        found.sitename = extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url and (match := META_URL.match(found.url)):
        found.sitename = match[1]
    found.clean_and_trim()  # entities unescaped, spaces and control characters cut
    return metadata_of(found, url=url)


# Elements whose attributes hold media files' addresses: their paths' year folders
# ("content-img.newsinc.com/jpg/2010/28303870/...jpg", usnews.com) say when a file was
# stored, or nothing at all, not when the story was published; htmldate's extensive search
# reads them as a date when the page states none (usnews.com2: 2010-01-01 for a Dec 2014 page).
_MEDIA_TAGS = ("img", "source", "video", "audio", "picture", "iframe", "embed", "object", "track")


def _media_values(tree: Any) -> Iterator[tuple[Any, str, str]]:
    for element in tree.iter(*_MEDIA_TAGS):
        for name, value in element.attrib.items():
            if "/" in value:
                yield element, name, value


def _in_media_paths(tree: Any, year: str) -> bool:
    """Whether a media file's address on the page holds ``year`` (not inside a longer number)."""
    return any(re.search(rf"(?<![0-9]){year}(?![0-9])", value) for _, _, value in _media_values(tree))


def _media_dated(tree: Any, date: str, url: str | None) -> bool:
    """Whether htmldate's ``date`` for the page was read from a media file's address: its
    year is in one, no signal outside the extensive search (meta tags, the URL, the page's
    date elements) dates the page, and the page without its media addresses dates otherwise.
    What the extensive search then finds is as weak (a teaser's "Of 2015", a namespace's
    "facebook.com/2008/fbml"), so the page is left undated. RETURNS (bool)."""
    from copy import deepcopy

    from trafilatura.metadata import find_date

    if not _in_media_paths(tree, date[:4]) or find_date(tree, **(DATE_OPTIONS | {"extensive_search": False}), url=url):
        return False
    bare = deepcopy(tree)
    for element, name, _ in list(_media_values(bare)):
        del element.attrib[name]
    return find_date(bare, **DATE_OPTIONS, url=url) != date


@contextmanager
def quiet_dates() -> Iterator[None]:
    """dateutil warns about every time-zone name it meets ("EST") on the user's terminal;
    only the day is kept, so the zone does not matter."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="tzname .* identified but not understood")
        yield


def metadata_of(found: Any, *, url: str | None = None) -> PageMetadata:
    """The PageMetadata of trafilatura's metadata Document ``found`` for a page fetched
    from ``url``."""
    canonical = found.url or None
    published = None
    if found.date:
        try:
            published = dt.date.fromisoformat(found.date[:10])
        except ValueError:
            published = None
    outlet = _unescaped(found.sitename) or domain(url or canonical)
    return PageMetadata(
        title=site_free_title(_unescaped(found.title), outlet) or None,
        published=published,
        outlet=outlet,
        url=canonical,
        author=_unescaped(found.author) or None,
    )


# An entity left after trafilatura's unescaping: some CMSs escape a meta tag's value twice
# (ok.co.uk's og:title "Sean Penn &amp;amp;#039;proposes ..."), and the title kept "&#039;".
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def _unescaped(value: str | None) -> str | None:
    for _ in range(2):  # a value escaped three times is not worth guessing at
        if not value or not _ENTITY.search(value):
            break
        value = html.unescape(value)
    return value


# What sets a site's name off a headline in a page's <title> or og:title: "Takeaways from ...
# | CNN Politics", "... - Telegraph", "... -- Sott.net", "LinkNaija | Nigeria's popular news
# platform: Nollywood Actress ...". A colon only after a leading site name: "Analysis: ..."
# and "... : The GQ Eye: GQ" are a headline's own.
_SEPARATOR = r"\s+(?:\||-|--|–|—|::|·|•)\s+"
_TRAILING_SITE = re.compile(rf"^(?P<headline>.+?){_SEPARATOR}(?P<site>[^|–—]+?)\s*$")
_SITE_WORDS = 5  # "US News & World Report"; a longer last part is the headline's own
_DOMAIN_WORDS = ("com", "co", "uk", "net", "org", "au", "ca", "in")


def site_free_title(title: str | None, outlet: str | None) -> str | None:
    """``title`` without the site's name that pages add before or after the headline, where
    that name is the outlet's ("CNN Politics" of CNN, "US News" of "US News & World Report",
    "Sott.net"); any other last part ("... | Watch News Videos Online") stays. RETURNS (str | None)."""
    if not title or not outlet:
        return title
    site = _words(outlet)
    if not site:
        return title
    if title.lower().startswith(outlet.lower()):
        # "Reuters: Poll shows ..." may be the headline's own label; a longer name is the site's
        colon = r"|\s*:\s+" if len(outlet.split()) > 1 else ""
        rest = re.match(rf"(?:{_SEPARATOR}{colon})(?P<headline>.+)$", title[len(outlet):])
        if rest:
            return rest.group("headline")
    trailing = _TRAILING_SITE.match(title)
    if trailing and len(trailing.group("site").split()) <= _SITE_WORDS:
        named = _words(trailing.group("site"))
        shorter = min(len(named), len(site))
        # one word past the outlet's name is a section ("CNN Politics"); more is the headline's
        # own words ("- Reuters/Ipsos poll", "- Time Person of the Year")
        if named and named[:shorter] == site[:shorter] and len(named) <= len(site) + 1:
            return trailing.group("headline")
    return title


def _words(name: str) -> list[str]:
    """A site's name as lower-case words, without "the" and a domain's ending ("Telegraph.co.uk"
    is ["telegraph"], "The Boston Herald" ["boston", "herald"])."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _DOMAIN_WORDS:
        words.pop()
    return words


def domain(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``: the outlet when a page names no site."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    return host.removeprefix("www.") or None


# Second-level labels under which a country's sites register (bbc.co.uk, abc.net.au):
# enough for news sites without shipping the Public Suffix List.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go"})


def registered_domain(url: str | None) -> str | None:
    """The domain a site registered: ``in.reuters.com`` -> ``reuters.com``,
    ``news.bbc.co.uk`` -> ``bbc.co.uk``. RETURNS (str | None)"""
    host = domain(url)
    if not host:
        return None
    labels = host.split(".")
    if ":" in host or all(label.isdigit() for label in labels):  # an IP address is its own site
        return host
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
