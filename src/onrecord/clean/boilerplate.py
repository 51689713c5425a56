"""Boilerplate lines that scrapers leave in article text.

A boilerplate line never yields a statement or a speaker, but it stays in the text: offsets
index the user's own file. The attribution engine parses a *masked* copy in which these
lines are blanked out with spaces (same length, so offsets are unchanged).

Three signals, each enough on its own:
1. the line matches a known junk pattern ("Oops! Something went wrong.", "Advertisement",
   "Story continues below", share/subscribe prompts, bullet debris);
2. a short line that recurs inside the same document (the scraper copied a widget twice);
3. a line that recurs across many documents of the same site (``cross_document_junk``,
   computed over a batch by the cleaning stage).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

Range = tuple[int, int]

# Lines (after stripping bullets and whitespace) that are boilerplate wherever they occur.
# Anchored at both ends: a sentence that merely contains "advertisement" is not junk.
_JUNK_LINE = re.compile(
    r"""^(?:
        oops!?.*|something\ went\ wrong\.?.*|please\ try\ again(?:\ later)?\.?|
        advertisement|advertisements|ad|sponsored(?:\ content)?|promoted|
        story\ continues\ below(?:\ advertisement)?|continue\ reading.*|read\ more.*|
        read\ next.*|related(?:\ articles|\ stories|\ coverage)?:?.*|more\ from\ .{0,40}|
        share\ (?:this|on|via).*|share|tweet|email|print|whatsapp|facebook|twitter|linkedin|
        click\ here.*|sign\ up.*|subscribe.*|log\ ?in|sign\ in|register|newsletter.*|
        (?:accept|reject|manage)\ (?:all\ )?cookies.*|we\ use\ cookies.*|loading\.*|
        skip\ to\ (?:main\ )?content|you\ may\ also\ like.*|most\ (?:read|popular|viewed).*|
        trending(?:\ now)?|follow\ us.*|all\ rights\ reserved.*|(?:©|\(c\)|copyright)\ .{0,80}|
        (?:photo|image|video|watch|listen)(?:\ credit)?:.{0,120}|getty\ images|reuters\ photo|
        comments?|leave\ a\ comment|\d+\ comments?|view\ comments|show\ comments|
        close|menu|search|home|next|previous|back\ to\ top|
        this\ (?:video|content)\ is\ not\ available.*|your\ browser\ does\ not\ support.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Bullets, arrows, separators and pipes that carry no words.
_BULLETS = "•·◦▪▸►–—-*|>»"
_DEBRIS = re.compile(rf"^[\s{re.escape(_BULLETS)}]*$")
# A recurring line is junk when it is this short; longer repeated lines may be real text
# (a quote repeated in a summary). Calibrated on the seed and the AEB pages.
_MAX_REPEATED_WORDS = 10
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# An embedded post's signature, "— Stansted Airport (@STN_Airport) December 22, 2014": it
# repeats when an account posts twice on a day, and each copy signs its own post
# (attribute/posts.py), so a repeat of it is no widget.
POST_SIGNATURE = re.compile(
    r"(?m)^[ \t]*[—–-][ \t]*(?P<name>[^\n()@]{1,60}?)[ \t]*\((?P<handle>@\w{1,30})\)[ \t]*"
    rf"(?P<date>(?P<month>{_MONTHS}) (?P<day>\d{{1,2}}), (?P<year>\d{{4}}))[ \t]*$")


def normalise_line(line: str) -> str:
    """The comparison form of a line: bullets and outer whitespace gone, inner space squeezed."""
    return " ".join(line.strip().lstrip(_BULLETS).split()).lower()


def iter_lines(text: str) -> Iterator[Range]:
    """Yield ``(start, end)`` of each line of ``text``, without its newline."""
    start = 0
    for match in re.finditer(r"\r\n|\n|\r", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def is_junk_line(line: str) -> bool:
    """Whether one line is boilerplate by its words alone (signal 1)."""
    if not line.strip():
        return False
    if _DEBRIS.match(line):
        return True
    return bool(_JUNK_LINE.match(normalise_line(line)))


def boilerplate_ranges(text: str, extra_junk: Iterable[str] = ()) -> list[Range]:
    """The character ranges of ``text`` that are boilerplate lines.

    ``extra_junk`` holds normalised lines known to be junk from elsewhere (signal 3).
    RETURNS (list[Range]): sorted, non-overlapping ``(start, end)`` ranges.
    """
    known = set(extra_junk)
    lines = [(s, e) for s, e in iter_lines(text) if text[s:e].strip()]
    counts = Counter(normalise_line(text[s:e]) for s, e in lines)
    ranges = []
    for start, end in lines:
        line = text[start:end]
        key = normalise_line(line)
        repeated = counts[key] > 1 and len(key.split()) <= _MAX_REPEATED_WORDS and not POST_SIGNATURE.match(line)
        if repeated or key in known or is_junk_line(line):
            ranges.append((start, end))
    return ranges


def junk_line_ranges(text: str) -> list[Range]:
    """The ranges of lines that are junk by their words alone (signal 1), for a text whose
    lines may be cut. Repeats (signal 2) are left out on purpose: in text extracted from
    HTML a repeated short line is as often structure (a table header, an interview question,
    a recipe step) as a copied widget; they stay in the text and are only masked. A page's
    photo captions (``is_caption``) go too.
    RETURNS (list[Range])
    """
    return [(s, e) for s, e in iter_lines(text) if is_junk_line(text[s:e]) or is_caption(text[s:e])]


# Picture agencies and libraries a caption credits.
_AGENCY = r"(?:Getty(?:\ Images)?|AFP|AP(?:\ Photo)?|Reuters|EPA|PA|Rex(?:\ Features)?|Shutterstock(?:\.com)?|Alamy|Corbis)"
# A page's photo caption, told by the credit it ends with: "... such as abstract geometric
# shapes. Credit: WhiteHaven/Shutterstock.com" (livescience.com, space.com), "... during the
# recovery operation (AFP/Getty)", "(EPA)" (telegraph.co.uk), "Chip Somodevilla/Getty Images"
# (theroot.com); a story's sentence that ends "... on Friday. (AP)" is no caption. Only where
# the HTML's lines are cut: a plain-text file's lines stay as the user wrote them.
_CAPTION = re.compile(
    rf"""(?:
        \b(?:Credit|CREDIT|Photo|Photograph|Image)(?:\ [Cc]redit)?:\ +(?:[A-Z][\w.&'’-]*(?:/|\ |$)){{1,6}}$|
        (?<![.!?"”’]\ )\((?:[A-Z][\w\ .'’-]{{0,40}}/)?{_AGENCY}(?:/[A-Z][\w\ .'’-]{{0,40}})?\)$|
        ^(?:[A-Z][\w.'’-]+\ ){{1,3}}[A-Z][\w.'’-]+\ ?/\ ?{_AGENCY}$
    )""",
    re.VERBOSE,
)


def is_caption(line: str) -> bool:
    """Whether a line of a page's text is a photo caption (it ends with the picture's credit)."""
    return _CAPTION.search(line.strip()) is not None


def mask(text: str, ranges: Iterable[Range]) -> str:
    """Blank out ``ranges`` with spaces, keeping every offset (newlines stay newlines)."""
    chars = list(text)
    for start, end in ranges:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


# A line longer than _MAX_REPEATED_WORDS is junk across documents only when this many
# distinct documents of the site carry it: a teaser widget ("Trending on Reuters" with
# another story's opening paragraph, which holds a statement) is on every page of a site,
# while follow-up stories reuse a background paragraph in two or three. On PolNeAR train
# (7 outlets, 120 articles each) no long line reaches it at min_share; rerun
# tests/test_clean_boilerplate.py after changing it.
MIN_DOCUMENTS_LONG = 5
# Two texts whose sets of long lines (paragraphs, not widgets) overlap this much (Jaccard)
# are the same story fetched twice (two URLs, an update); they count as one document, so
# that a story crawled three times does not turn its own subheadings into junk.
_SAME_STORY = 0.5


def cross_document_junk(texts_by_site: dict[str, list[str]], *, min_documents: int = 3,
                        min_share: float = 0.3) -> dict[str, set[str]]:
    """Lines that recur across documents of one site (signal 3).

    A line is junk for a site when it appears in at least ``min_documents`` of its distinct
    documents (near-duplicates count once) and in at least ``min_share`` of them. Lines over
    ``_MAX_REPEATED_WORDS`` words need ``MIN_DOCUMENTS_LONG`` documents.
    RETURNS (dict[str, set[str]]): site -> normalised junk lines.
    """
    junk: dict[str, set[str]] = {}
    for site, texts in texts_by_site.items():
        stories = _distinct(
            [{normalise_line(text[s:e]) for s, e in iter_lines(text)} - {""} for text in texts]
        )
        seen: Counter[str] = Counter()
        for lines in stories:
            seen.update(lines)
        floor = max(min_documents, int(min_share * len(stories) + 0.999))
        junk[site] = {
            line for line, n in seen.items()
            if n >= floor and (len(line.split()) <= _MAX_REPEATED_WORDS or n >= MIN_DOCUMENTS_LONG)
        }
    return junk


def _distinct(documents: list[set[str]]) -> list[set[str]]:
    """``documents`` less each one that is the same story as an earlier kept one. Only kept
    documents that share a paragraph with it can be (no shared paragraph: Jaccard 0), so it
    is compared with those alone, found through an index of the kept paragraphs: comparing
    every pair cost a window of one site's pages (a WARC of one outlet) time quadratic in
    its size, the same answers."""
    kept: list[tuple[set[str], set[str]]] = []
    holding: dict[str, list[int]] = {}  # paragraph -> the kept documents that have it
    for lines in documents:
        paragraphs = {line for line in lines if len(line.split()) > _MAX_REPEATED_WORDS}
        sharing = {k for paragraph in paragraphs for k in holding.get(paragraph, ())}
        if not any(_jaccard(paragraphs, kept[k][1]) >= _SAME_STORY for k in sharing):
            for paragraph in paragraphs:
                holding.setdefault(paragraph, []).append(len(kept))
            kept.append((lines, paragraphs))
    return [lines for lines, _ in kept]


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
