"""WARC and ARC files (Common Crawl, CC-NEWS, wget, Webrecorder), through warcio.

Every HTML page in a ``response`` (or ``resource``) record becomes a RawDocument named
``crawl.warc.gz#record=12``: the 12th record of the file, counting from 1, warcinfo and
request records included, so ``warcio index`` or a second run can find it. Other responses
(not HTML, not status 200, revisits) are recorded as skipped Failures with the reason;
``warcinfo``, ``request`` and ``metadata`` records carry no page and are passed over.

A damaged file ends in one Failure at the record where reading broke; the pages before it
are kept. warcio is never allowed to raise out of here.
"""

from __future__ import annotations

import contextlib
import io
import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from .. import errors, settings
from ..schema import Failure, RawDocument
from .html import charset_of, html_document

# warcio logs a warning for every URI it repairs; a library must not print to the user's
# terminal, so the warnings go nowhere unless the application configures logging.
logging.getLogger("warcio").addHandler(logging.NullHandler())

_PASSED_OVER = {"warcinfo", "request", "metadata"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# What a broken or truncated archive makes warcio (or zlib under it) raise.
_DAMAGE = (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, OSError, ValueError, zlib.error,
           IndexError, KeyError, AttributeError, TypeError)


def record_source(source: str, number: int) -> str:
    """The name of record ``number`` (1-based) of ``source``: ``crawl.warc.gz#record=12``."""
    return f"{source}#record={number}"


def iter_warc(stream: BinaryIO, source: str, *, only: int | None = None) -> Iterator[RawDocument | Failure]:
    """Yield a RawDocument per HTML page in a WARC or ARC stream, a skipped Failure per other
    response, and one Failure where the file is damaged.

    stream: uncompressed or record-gzipped WARC/ARC bytes.
    only (int | None): read just this record number (a retry of one failure).
    """
    records = ArchiveIterator(stream, arc2warc=True)
    passed_over: Counter[str] = Counter()
    number = 0
    while True:
        number += 1
        name = record_source(source, number)
        try:
            with _quiet():
                record = next(records, None)
                if record is None:
                    break
                if only is not None and number != only:
                    continue
                item = _document(record, name)
        except _DAMAGE as exc:
            if only is None or only >= number:
                yield Failure(name, "read", errors.E_DAMAGED_ARCHIVE.format(source=name, reason=_reason(exc)))
            return
        if item is None:
            passed_over[record.rec_type] += 1
            continue
        yield item
        if only is not None:
            return
    if only is None and number == 1:
        # It starts like a WARC, yet not one whole record could be read: cut short in the first.
        yield Failure(source, "read", errors.E_DAMAGED_ARCHIVE.format(source=source, reason="not one whole record in it"))
    elif only is None and sum(passed_over.values()) == number - 1:
        # Nothing but warcinfo and requests: say so, or the file would vanish without a trace.
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(passed_over.items()))
        yield Failure(source, "read", errors.S_NO_PAGES.format(source=source, records=kinds), skipped=True)
    elif only is not None:
        name = record_source(source, only)
        yield Failure(name, "read", errors.S_NO_PAGES.format(source=name, records="no such page record"), skipped=True)


def _document(record: ArcWarcRecord, name: str) -> RawDocument | Failure | None:
    kind = record.rec_type
    if kind in _PASSED_OVER:
        return None
    if kind == "revisit":
        return Failure(name, "read", errors.S_REVISIT.format(source=name), skipped=True)
    url = _target_uri(record)
    if kind == "response":
        if record.http_headers is None:
            return Failure(name, "read", errors.S_NO_HTTP.format(source=name), skipped=True)
        status = record.http_headers.get_statuscode()
        if status != "200":
            return Failure(name, "read", errors.S_HTTP_STATUS.format(source=name, status=status or "missing"),
                           skipped=True)
        content_type = record.http_headers.get_header("Content-Type")
    else:  # resource, conversion: the block is the document itself
        content_type = record.rec_headers.get_header("Content-Type")
    media_type = (content_type or "").split(";")[0].strip().lower()
    limit = settings.current().max_document_bytes
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        return Failure(name, "read", errors.S_RECORD_TOO_LARGE.format(source=name, limit=limit),
                       skipped=True)
    if _cut_short(record):
        return Failure(name, "read", errors.E_DAMAGED_ARCHIVE.format(source=name, reason="the record is cut short"))
    if media_type not in _HTML_TYPES and not (not media_type and _looks_like_html(payload)):
        return Failure(name, "read", errors.S_NOT_HTML.format(source=name, content_type=media_type or "no content type"),
                       skipped=True)
    metadata = {key: value for key, value in (
        ("warc_record_id", record.rec_headers.get_header("WARC-Record-ID")),
        ("warc_date", record.rec_headers.get_header("WARC-Date")),
        # The crawler kept only part of the page (size or time limit); the text may end early.
        ("warc_truncated", record.rec_headers.get_header("WARC-Truncated")),
    ) if value}
    try:
        return html_document(payload, source=name, declared=charset_of(content_type), url=url, metadata=metadata)
    except errors.InputError as exc:
        return Failure(name, "read", str(exc))


def _cut_short(record: ArcWarcRecord) -> bool:
    # warcio hands out whatever a truncated file still holds without a word; the record's
    # stream knows how many of its Content-Length bytes never came.
    stream = record.raw_stream
    return getattr(stream, "limit", 0) > 0 and stream.read(1) == b""


def _target_uri(record: ArcWarcRecord) -> str | None:
    # wget and some crawlers write the URI in angle brackets, as WARC/0.x did.
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>").strip()
    return uri or None


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    # warcio writes damage warnings straight to sys.stderr; the damage is reported as a
    # Failure instead, so its multi-line notes must not reach the user's terminal. The swap
    # is process-wide for the length of one record, which only a multi-threaded caller sees.
    with contextlib.redirect_stderr(io.StringIO()):
        yield


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
