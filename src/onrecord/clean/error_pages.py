"""Pages that are not articles: a server's error page, a "page not found" page, a bot check
or a consent wall, saved or crawled in place of the story.

Crawls and saved pages hold them ("HTTP Error 403. The request URL is forbidden." from
fool.com, "404 Errors - Use your browser's back button ..." from details.com); cleaned as
articles they are stored under the site's name with a meaningless text, and a consent
wall's "we and our partners say ..." can even give a statement. They are skipped, with the
reason recorded, as a WARC record with an error status is (``read.warc``).

A page is one when its title, or its text's first line, is such a page's heading, and its
text is short: a real article about a "404 error" or "Access Denied" has a body of its own.
"""

from __future__ import annotations

import re

# At most this many words of cleaned text: error pages carry a line or a short list of
# links ("Use your browser's back button ...", 49 words on details.com); consent walls and
# bot checks a paragraph or two.
MAX_WORDS = 150

# Headings of pages that are not articles, matched against a whole title (its site name cut:
# "Page Not Found | Details") or a whole first line. Anchored: "Access denied to
# journalists, says union" is a headline, not an error page.
_HEADING = re.compile(
    r"""^(?:
        (?:http\ )?error\ [45]\d\d\b.{0,60}|
        (?:http\ )?[45]\d\d(?:\ errors?)?(?:[\ :.|–—-]+(?:page\ )?(?:not\ found|forbidden|error|access\ denied|
            unauthori[sz]ed|bad\ request|internal\ server\ error|service\ unavailable|bad\ gateway)\b.{0,40})?|
        (?:page|file|article|story|content)\ (?:not\ found|unavailable|(?:is\ )?no\ longer\ available)|
        not\ found|forbidden|access\ denied|unauthori[sz]ed|bad\ request|bad\ gateway|gateway\ time-?out|
        internal\ server\ error|service\ (?:temporarily\ )?unavailable|site\ (?:is\ )?under\ maintenance|
        (?:sorry|oops)[,!.]?\ (?:this|that|the|we\ couldn't\ find\ (?:this|that|the))\ page.{0,60}|
        (?:we\ )?(?:can't|cannot|couldn't|could\ not)\ find\ (?:this|that|the)\ page.{0,40}|
        just\ a\ moment\.*|attention\ required!?|are\ you\ a\ robot\??|
        sorry,?\ you\ have\ been\ blocked|you\ are\ unable\ to\ access(?:\ \S+){1,3}|
        (?:please\ )?verify\ (?:that\ )?you\ are\ (?:a\ )?human.{0,40}|
        (?:please\ )?enable\ (?:javascript|cookies).{0,60}|before\ you\ continue(?:\ to\ \w+)?|
        we\ value\ your\ privacy|(?:cookie|privacy)\ (?:consent|settings|preferences)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A site's name after a title's separator: "Page Not Found | Details", "404 - WIRED". Cut
# only when it reads as one (``_site_cut``): "Access Denied - the story of a reporter barred
# from parliament" is a headline whose dash runs on, not an error page of a site so named.
_SITE_SUFFIX = re.compile(r"\s+[|–—·:-]\s+([^|–—·:]{1,60})$")
# At most this many words make a site's name ("Cloudflare", "The Motley Fool", "BBC News").
_SITE_WORDS = 4
_WORD = re.compile(r"\w+")


def _site_cut(heading: str, site: str | None) -> str:
    """The heading without a site's name after its separator, when what follows reads as
    one: at most ``_SITE_WORDS`` words, or the page's own site name."""
    match = _SITE_SUFFIX.search(heading)
    if match is None:
        return heading
    suffix = match.group(1).strip()
    if len(suffix.split()) <= _SITE_WORDS or (site and suffix.casefold() == site.strip().casefold()):
        return heading[: match.start()]
    return heading


def error_page(title: str | None, text: str, site: str | None = None) -> str | None:
    """Why a cleaned page is no article, or None when it may be one.

    title: the page's title (metadata); text: its cleaned text; site: the page's site name
    (its outlet), which a title's suffix may spell in more words than a site name usually has.
    RETURNS (str | None): the heading that gives the page away ("Forbidden", "Page Not Found").
    """
    if len(_WORD.findall(text)) > MAX_WORDS:
        return None
    first_line = text.strip().split("\n", 1)[0].strip()
    for heading in (title or "", first_line):
        heading = " ".join(heading.split()).rstrip(".")
        for candidate in (heading, _site_cut(heading, site)):
            if candidate and _HEADING.match(candidate):
                return candidate
    return None
