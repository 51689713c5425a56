"""HTML pages to article text: trafilatura's main text, minus the junk lines it lets through.

The text is one paragraph per block, paragraphs separated by a blank line, which is what
the engine's paragraph splitter reads most reliably. It is the offset base of the Article:
offsets index this cleaned text, not the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..schema import RawDocument
from .boilerplate import Range, boilerplate_ranges, junk_line_ranges
from .bylines import byline_ranges
from .metadata import PageMetadata, page_metadata, tree_metadata
from .models import CleanDocument

# trafilatura.extract settings, each for a reason of the task rather than of a benchmark:
# - include_comments=False: readers' comments are not the article; a commenter's words
#   would be stored as statements of the article's speakers.
# - favor_precision=True: a record of who said what is hurt more by a navigation teaser or
#   a related-story blurb parsed as a statement than by a missed marginal paragraph.
# - include_tables stays True (the default): tables in news carry figures people are quoted
#   on, and dropping them loses text whole.
# - deduplicate stays False: trafilatura's cache spans documents, which would make one
#   page's text depend on the pages read before it.
# Chosen for these reasons; benchmarks/aeb.py confirms they cost no extraction quality on the
# AEB pages (F1 0.953 -> 0.965 with the junk-line cut). Rerun it after any change.
EXTRACT_OPTIONS = {
    "include_comments": False,
    "favor_precision": True,
    "include_tables": True,
    "deduplicate": False,
    "output_format": "txt",
    "with_metadata": False,
}


def main_text(html: str, *, url: str | None = None) -> str:
    """The article text of a page, paragraphs separated by blank lines ("" when none)."""
    from trafilatura.utils import load_html  # imported late: trafilatura is slow to import

    tree = load_html(html)
    return "" if tree is None else _tree_text(tree, url=url)


def text_and_metadata(html: str, *, url: str | None = None) -> tuple[str, PageMetadata]:
    """``main_text`` and ``page_metadata`` of a page from one parse of it: the metadata read
    from the tree, then trafilatura's extraction on (a copy of) the same tree."""
    from trafilatura.utils import load_html

    tree = load_html(html)  # what bare_extraction would parse: a str page has no size cap
    if tree is None:
        return "", page_metadata(html, url=url)
    metadata = tree_metadata(tree, url=url)
    return _tree_text(tree, url=url), metadata


def _tree_text(tree: Any, *, url: str | None) -> str:
    from trafilatura import bare_extraction
    from trafilatura.utils import normalize_unicode

    def extracted(**changed: bool) -> str:
        # "python": the text as extract's "txt" before its Unicode normalisation, done here;
        # bare_extraction works on a copy of the tree, so it can run twice on it
        found = bare_extraction(tree, options=_extractor(url, **changed))
        return "" if found is None else _paragraphs(normalize_unicode(found.text or ""))

    fast = extracted(fast=True)
    if _fast_text_holds(fast):
        return fast
    text = extracted()
    if len(_WORD.findall(text)) < SHORT_TEXT_WORDS:
        text = _prose_or(extracted(favor_precision=False), text)
    return text


# trafilatura's settings for one call, built from EXTRACT_OPTIONS once per mode rather than
# by bare_extraction on every call (its Extractor reads eight numbers from a ConfigParser
# and builds the date settings: about 0.19 ms to build one, timed alone, against a few
# hundredths for the copy a page gets instead, with its URL, all that differs between
# pages; the net saving measured over whole pages is docs/scale.md's 0.05 ms of 3.7 ms).
# (Its date settings carry the day it was built as the latest date, which only a
# with_metadata extraction reads: never this one.)
_EXTRACTOR_ARGUMENTS = {"include_comments": "comments", "favor_precision": "precision", "include_tables": "tables",
                        "deduplicate": "dedup"}
_EXTRACTORS: dict[tuple[bool, bool], Any] = {}


def _extractor(url: str | None, *, fast: bool = False, favor_precision: bool = EXTRACT_OPTIONS["favor_precision"]) -> Any:
    """The trafilatura Extractor that ``bare_extraction(tree, url=url, output_format="python",
    with_metadata=False, fast=fast, **EXTRACT_OPTIONS)`` would build for this call."""
    from copy import copy

    from trafilatura.settings import Extractor

    key = (fast, favor_precision)
    if key not in _EXTRACTORS:
        options = {_EXTRACTOR_ARGUMENTS[name]: value for name, value in EXTRACT_OPTIONS.items() if name in _EXTRACTOR_ARGUMENTS}
        _EXTRACTORS[key] = Extractor(output_format="python", with_metadata=False, fast=fast, **(options | {"precision": favor_precision}))
    options = copy(_EXTRACTORS[key])
    # what Extractor.__init__ derives from the url (the source it names in its log lines)
    options.url, options.source = url, url and url.encode("utf-8", "replace").decode("utf-8")
    return options


# favor_precision keeps a teaser out of the text, but on some page layouts it keeps the
# wrong block or nothing: the comment-policy box instead of the story (pe.com), no text at
# all from a full interview (theroot.com). A text this short is checked against
# trafilatura's balanced mode, which is taken when it holds five times the words and is
# mostly prose (lines that end a sentence): a page of menus or a slideshow's link list
# (elle.com, architecturaldigest.com) gives more words in balanced mode, but no prose.
SHORT_TEXT_WORDS = 100
_MORE_WORDS = 5
_PROSE_SHARE = 0.6
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


# trafilatura's fast mode skips its comparison with readability and justext, a third of the
# extraction's CPU; on a page where its own extractor finds the article, that comparison
# keeps its text. Where it does not, the fast text is short (a teaser, a caption, nothing)
# or one unsplit block of the page (a news paragraph seldom has half of 400 words), and
# the full extraction is run: on the AEB, news-html and WARC pages (counted once while
# making the change, docs/engine.md) no page then gets another text. Pages under
# FAST_MIN_WORDS pay for both extractions: few at issue 14's 600 words an article.
FAST_MIN_WORDS = 250
FAST_MAX_PARAGRAPH_WORDS = 400


def _fast_text_holds(text: str) -> bool:
    """Whether trafilatura's fast-mode text is kept without the full extraction: long
    enough, and split into paragraphs of a paragraph's length."""
    paragraphs = [len(_WORD.findall(line)) for line in text.split("\n\n")]
    return sum(paragraphs) >= FAST_MIN_WORDS and max(paragraphs) <= FAST_MAX_PARAGRAPH_WORDS


def _prose_or(balanced: str, precise: str) -> str:
    """``balanced`` when it is the article that ``precise`` missed, else ``precise``."""
    words = len(_WORD.findall(balanced))
    if words < _MORE_WORDS * max(len(_WORD.findall(precise)), 1) or words < SHORT_TEXT_WORDS:
        return precise
    prose = sum(len(_WORD.findall(line)) for line in balanced.split("\n\n") if _SENTENCE_END.search(line))
    return balanced if prose >= _PROSE_SHARE * words else precise


# A page's source wrapped inside a paragraph ("... stunning in new \nmake-up photos."):
# trafilatura keeps the newline and the source's spaces or indent beside it, which would
# split one sentence into paragraphs. A line that ends without a sentence's or a heading's
# end and goes on in lower case after such spaces is one paragraph; a newline with no space
# beside it is trafilatura's own between blocks (a post's signature, then the next post's
# "power failure at stansted ...", mashable.com2), kept.
_WRAPPED = re.compile(r"(?<=[^\s.!?:;\"”’)\]])(?:[ \t]+\n[ \t]*|\n[ \t]+)(?=[a-z])")


def _paragraphs(text: str) -> str:
    paragraphs = (_untabled(line.strip()) for line in _WRAPPED.sub(" ", text).splitlines())
    return "\n\n".join(p for p in paragraphs if p)


def _untabled(line: str) -> str:
    # trafilatura writes table rows as "| a | b |". Old sites lay whole articles out in
    # one table cell, so a one-cell row is a paragraph; a data row keeps its cells apart.
    if not (line.startswith("|") and line.endswith("|")):
        return line
    cells = [cell.strip() for cell in line[1:-1].split("|")]
    cells = [cell for cell in cells if cell and cell.strip("-: ")]
    return " | ".join(cells)


def cut_ranges(text: str, ranges: Iterable[Range]) -> str:
    """``text`` without the lines in ``ranges``, paragraphs re-joined by blank lines."""
    cut = sorted(ranges)
    kept, position = [], 0
    for start, end in cut:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    paragraphs = (line.strip() for line in "".join(kept).splitlines())
    return "\n\n".join(p for p in paragraphs if p)


def clean_html(raw: RawDocument, extra_junk: Iterable[str] = ()) -> CleanDocument:
    """Main text and metadata of an HTML RawDocument.

    Lines that are junk by their words alone ("Read more: ...", "Comments") and the writer's
    bio and contact lines at the foot (``bylines``) are cut from the text; lines repeated
    within the page and ``extra_junk`` lines (from other pages of the site) are only marked
    in ``junk``, so they yield no statements. Cutting repeats loses real structure
    (``boilerplate.junk_line_ranges``), and cutting ``extra_junk`` would make the text, and
    so the article's id, depend on which pages happened to share its batch.
    RETURNS (CleanDocument): text "" when the page has no article text.
    """
    html = raw.html or ""
    text, found = text_and_metadata(html, url=raw.url)
    url = raw.url or found.url
    # the writer's bio and contact lines go with the junk lines: neither is the article
    text = cut_ranges(text, junk_line_ranges(text) + byline_ranges(text, [found.author or ""]))
    return CleanDocument(
        source=raw.source,
        text=text,
        url=url,
        title=raw.title or found.title,
        published=raw.published or found.published,
        outlet=raw.outlet or found.outlet,
        junk=tuple(boilerplate_ranges(text, extra_junk)),
    )
