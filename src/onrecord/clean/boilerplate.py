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
        repeated = counts[key] > 1 and len(key.split()) <= _MAX_REPEATED_WORDS
        if repeated or key in known or is_junk_line(line):
            ranges.append((start, end))
    return ranges


def mask(text: str, ranges: Iterable[Range]) -> str:
    """Blank out ``ranges`` with spaces, keeping every offset (newlines stay newlines)."""
    chars = list(text)
    for start, end in ranges:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def cross_document_junk(texts_by_site: dict[str, list[str]], *, min_documents: int = 3,
                        min_share: float = 0.3) -> dict[str, set[str]]:
    """Lines that recur across documents of one site (signal 3).

    A line is junk for a site when it appears in at least ``min_documents`` of its documents
    and in at least ``min_share`` of them, and is short (``_MAX_REPEATED_WORDS`` words).
    RETURNS (dict[str, set[str]]): site -> normalised junk lines.
    """
    junk: dict[str, set[str]] = {}
    for site, texts in texts_by_site.items():
        seen: Counter[str] = Counter()
        for text in texts:
            seen.update({normalise_line(text[s:e]) for s, e in iter_lines(text)} - {""})
        floor = max(min_documents, int(min_share * len(texts) + 0.999))
        junk[site] = {
            line for line, n in seen.items() if n >= floor and len(line.split()) <= _MAX_REPEATED_WORDS
        }
    return junk
