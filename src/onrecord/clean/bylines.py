"""The writer's bio and contact lines at the foot of a page's text.

Pages end their story with a note about the writer, which trafilatura keeps as a paragraph
of the text: "Gail Gardner is the Small Business Marketing Strategist who founded ... She
also answers questions in live chat as Community Manager" (foxbusiness.com), "Brad Shorr is
Director of B2B Marketing ... he writes frequently about content marketing", "To contact
the reporter on this story: Steve Matthews in Atlanta at ..." (Bloomberg), "Matt Friedman may
be reached at ... Follow him on Twitter" (nj.com). Left in, the engine reads the bio as the
writer's statement ("answers questions", "writes about content marketing"). They are not the
article, so cleaning cuts them, as it cuts "Read more: ..." lines.

Only the last paragraphs are looked at (a bio sits after the story, before any list of
related links), and a paragraph goes only when its words say what it is: it opens with the
name of a writer the page's metadata gives followed by "is", "was", "has", "writes" ...;
or it opens with a name and describes a writer's trade ("is an editor at The New Inquiry and
a writer based in Brooklyn"); or it is a contact line. A story's own closing paragraph about
a person ("Smith is the director of the institute, which ...") names no writer of the page
and no writer's trade, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .boilerplate import Range

# The paragraphs from the end that may hold a bio: the story's last paragraph, the bio,
# a contact line and a short list of related links after it.
_LAST_PARAGRAPHS = 8
# A bio is a short note, not a paragraph of the story.
_MAX_WORDS = 80

# Contact and credit lines, by their words alone.
_CONTACT = re.compile(
    r"""^(?:
        to\ contact\ the\ (?:reporters?|writers?|authors?|editors?)\b.*|
        (?:correspondent\ |reporter\ |writer\ )?(?:[A-Z][\w.'’-]+\ ){1,3}(?:may|can)\ be\ reached\ (?:at|by|on)\b.*|
        (?:contact|reach|email|e-mail)\ (?:him|her|them|the\ (?:author|writer|reporter))\ (?:at|on|by)\b.*|
        follow\ (?:him|her|them|me|the\ (?:author|writer|reporter)|(?:[A-Z][\w.'’-]+\ ){1,3})\ ?on\ (?:twitter|x|instagram|facebook|threads|bluesky)\b.*
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
# A sign-off: the writer's name alone on the story's last line, after a dash, as newspapers
# sign their briefs: "-- Bryan Denson", "-- Compiled by Vickie Kavanagh", "-- By Michael
# Russell Follow @tdmrussell" (oregonlive.com, cleveland.com). A bare name needs the double
# hyphen: "— Lil Wayne (@LilTunechi) December 29, 2014" signs an embedded post (its words
# are the account's) and "— Mike Pompeo" attributes an epigraph, so an em dash needs "By".
_SIGN_OFF = re.compile(
    r"""^(?:--|(?:--|—|–)\ ?(?i:(?:compiled|written|reported)\ )?(?i:by)\ )\ ?
        (?:[A-Z][\w.'’-]*\ ){1,3}[A-Z][\w'’-]+
        (?:\ (?i:follow)\ @\w+)?$""",
    re.VERBOSE,
)
# A name, then what a bio says of its subject.
_NAME_OPENS = r"^(?P<name>(?:[A-Z][\w.'’-]*\ ){1,3}[A-Z][\w'’-]+),?\ "
_BIO_VERB = r"(?:is|was|has|writes|covers|lives|joined|teaches|blogs|reports)\b"
# A writer's trade, said of the name: "is an editor at ...", "writes frequently about ...".
_TRADE = re.compile(
    r"""\b(?:
        is\ (?:a|an|the)\ (?:[\w-]+\ ){0,4}(?:writer|reporter|journalist|columnist|correspondent|
            contributor|blogger|editor|author|critic|freelancer)s?\b|
        (?:is\ the\ )?author\ of\b|writes\ (?:\w+\ )?(?:about|on|for)\b|covers\ |
        (?:may|can)\ be\ reached\b|follow\ (?:him|her|them)\ on\b
    )""",
    re.VERBOSE | re.IGNORECASE,
)


def byline_ranges(text: str, authors: Iterable[str] = ()) -> list[Range]:
    """The ranges of the writer's bio and contact paragraphs among the last of ``text``.

    authors: the writers the page's metadata names ("Gail Gardner"; several may come in one
        string, "Steve Matthews; Alex Tanzi").
    RETURNS (list[Range]): ``(start, end)`` of each such paragraph (line).
    """
    names = _names(authors)
    lines = [match.span() for match in re.finditer(r"[^\n]+", text) if match.group().strip()]
    found = [(start, end) for start, end in lines[-_LAST_PARAGRAPHS:] if is_byline(text[start:end], names)]
    if lines and lines[-1] not in found and is_sign_off(text[slice(*lines[-1])]):
        found.append(lines[-1])
    return found


def is_sign_off(paragraph: str) -> bool:
    """Whether the story's last paragraph is the writer signing it ("-- Bryan Denson")."""
    return _SIGN_OFF.match(paragraph.strip()) is not None


def is_byline(paragraph: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether one paragraph is a writer's bio or contact line (see the module docstring);
    ``names``: the page's writers, lower case."""
    paragraph = paragraph.strip()
    if len(paragraph.split()) > _MAX_WORDS:
        return False
    if _CONTACT.match(paragraph):
        return True
    opening = re.match(_NAME_OPENS + _BIO_VERB, paragraph)
    if opening is None:
        return False
    return opening.group("name").lower() in names or _TRADE.search(paragraph) is not None


def _names(authors: Iterable[str]) -> frozenset[str]:
    names = set()
    for value in authors:
        for name in re.split(r"\s*(?:;|,|\band\b|&)\s*", value or ""):
            if len(name.split()) >= 2:  # a full name: a lone "Staff" or surname is too loose
                names.add(" ".join(name.split()).lower())
    return frozenset(names)
