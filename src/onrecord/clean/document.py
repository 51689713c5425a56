"""How one RawDocument becomes a CleanDocument: plain text kept as given, HTML reduced to
its main text, other languages skipped."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace

from .. import errors
from ..dates import FIRST_SUPPORTED, LAST_SUPPORTED, supported
from ..schema import Failure, RawDocument
from .boilerplate import boilerplate_ranges, mask
from .error_pages import error_page
from .html import clean_html
from .language import ENGLISH, detect_language
from .models import CleanDocument

__all__ = ["clean_document", "guess_title"]


_TITLE_END = re.compile(r"[.!?;,\"”’]\s*$")


def guess_title(text: str) -> str | None:
    """The first line of a plain-text article when it reads like a headline.

    A headline is short (at most 25 words), is followed by a blank line or the body, and does
    not end like a sentence. RETURNS (str | None): the headline, stripped.
    """
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if not first or not rest.strip() or len(first.split()) > 25 or _TITLE_END.search(first):
        return None
    return first


def clean_document(raw: RawDocument, *, extra_junk: Iterable[str] = (),
                   languages: Collection[str] | None = ENGLISH) -> CleanDocument | Failure:
    """Turn a RawDocument into a CleanDocument, or a skipped Failure.

    Plain text is kept exactly as given (offsets index the user's file); HTML is reduced to
    its main text by ``clean.html``. An empty text, a page without article text, or an error
    or consent page (``clean.error_pages``) is skipped (stage ``clean``), and so is a document confidently in a language outside ``languages``
    (stage ``language``; ``None`` keeps every language).
    RETURNS (CleanDocument | Failure): text, metadata and boilerplate, or why it was skipped.
    """
    if raw.published is not None and not supported(raw.published):
        # the engine resolves "next week" against it: a date near the end of the calendar
        # has no next week (API and JSON-lines input; the CLI refuses such an option)
        return Failure(raw.source, "clean", errors.E_DOCUMENT_DATE_RANGE.format(
            source=raw.source, value=raw.published, first=FIRST_SUPPORTED, last=LAST_SUPPORTED))  # fmt: skip
    if raw.html is not None:
        document = clean_html(raw, extra_junk=extra_junk)
        if not document.text.strip():
            return Failure(raw.source, "clean", errors.S_NO_TEXT.format(source=raw.source), skipped=True)
        if heading := error_page(document.title, document.text, document.outlet):
            # a 404, 403 or consent page saved in place of the story: skipped with its reason
            return Failure(raw.source, "clean", errors.S_ERROR_PAGE.format(source=raw.source, heading=heading), skipped=True)
    else:
        text = raw.text or ""
        if not text.strip():
            return Failure(raw.source, "clean", errors.S_EMPTY.format(source=raw.source), skipped=True)
        document = CleanDocument(
            source=raw.source,
            text=text,
            url=raw.url,
            title=raw.title or guess_title(text),
            published=raw.published,
            outlet=raw.outlet,
            junk=tuple(boilerplate_ranges(text, extra_junk)),
        )
    guess = detect_language(mask(document.text, document.junk))
    if guess is None:
        return document
    if languages is not None and guess.code not in languages:
        reason = errors.S_LANGUAGE.format(source=raw.source, language=guess.code, probability=guess.probability,
                                          expected=", ".join(sorted(languages)))
        return Failure(raw.source, "language", reason, skipped=True)
    return replace(document, language=guess.code)
