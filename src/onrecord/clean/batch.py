"""Cleaning a stream: each document on its own, then lines that recur across the documents
of one site marked as boilerplate (``boilerplate.cross_document_junk``)."""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Iterator

from .. import errors
from ..schema import Failure, RawDocument
from .boilerplate import cross_document_junk
from .document import clean_document
from .language import ENGLISH
from .metadata import registered_domain
from .models import CleanDocument

# Documents grouped per window for cross-document boilerplate: enough for a site's
# recurring lines to show, small enough to stream.
BATCH_WINDOW = 200


def clean_batch(items: Iterable[RawDocument | Failure], *, window: int = BATCH_WINDOW,
                languages: Collection[str] | None = ENGLISH) -> Iterator[CleanDocument | Failure]:
    """Clean a stream of documents, marking lines that recur across documents of one site
    as boilerplate. Failures pass through; a document that fails to clean, or is skipped
    (no article text, another language: see ``clean_document``), becomes one.
    RETURNS (Iterator[CleanDocument | Failure]) in input order, ``window`` documents late.
    """
    buffer: list[CleanDocument | Failure] = []
    for item in items:
        if isinstance(item, RawDocument):
            item = _clean_one(item, languages)
        buffer.append(item)
        if len(buffer) >= window:
            yield from _with_site_junk(buffer)
            buffer = []
    yield from _with_site_junk(buffer)


def _clean_one(raw: RawDocument, languages: Collection[str] | None) -> CleanDocument | Failure:
    try:
        return clean_document(raw, languages=languages)
    except errors.OnrecordError as exc:
        return Failure(raw.source, "clean", str(exc))
    except Exception as exc:  # noqa: BLE001 - lxml, trafilatura and htmldate meet arbitrary web pages; one must not end a batch
        reason = f"{type(exc).__name__}: {exc}"
        return Failure(raw.source, "clean", errors.E_UNEXPECTED.format(source=raw.source, stage="cleaning", reason=reason))


_CONTAINER = re.compile(r"(?:#record=\d+|:\d+)$")


def site_key(document: CleanDocument) -> str:
    """The site a document belongs to, for cross-document boilerplate.

    The registered domain of its URL (``in.reuters.com`` and ``uk.reuters.com`` are one site,
    whose pages name themselves "ReutersIndia" and "Reuters_Co_Uk"), else its outlet, else
    the file or folder it came from: a folder of scraped text files is usually one site.
    RETURNS (str)
    """
    domain = registered_domain(document.url)
    if domain:
        return f"domain:{domain}"
    if document.outlet:
        return f"outlet:{document.outlet.strip().lower()}"
    container = _CONTAINER.sub("", document.source)
    if container != document.source or container == "-":
        return f"file:{container}"
    return f"folder:{os.path.dirname(container)}"


def _with_site_junk(buffer: list[CleanDocument | Failure]) -> Iterator[CleanDocument | Failure]:
    by_site: dict[str, list[str]] = {}
    for item in buffer:
        if isinstance(item, CleanDocument):
            by_site.setdefault(site_key(item), []).append(item.text)
    junk = cross_document_junk(by_site)
    for item in buffer:
        if isinstance(item, CleanDocument) and junk.get(site_key(item)):
            item = item.with_extra_junk(junk[site_key(item)])
        yield item
