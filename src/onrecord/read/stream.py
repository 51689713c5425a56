"""One byte stream to its documents: sniff, unwrap gzip, hand to the reader for the format."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from .. import errors, settings
from ..schema import Failure, RawDocument
from .html import html_document
from .jsonl import iter_jsonl
from .paths import Locator
from .sniff import Kind, peek, promised, read_at_most, sniff
from .text import decode_bytes, decode_references
from .warc import iter_warc

# gzip inside gzip happens (a .warc.gz gzipped again by a backup tool); more is a bomb.
_MAX_GZIP_DEPTH = 3
# What a truncated or corrupt gzip stream raises while it is read.
_GZIP_DAMAGE = (EOFError, zlib.error, gzip.BadGzipFile)
# What a file holds, in the words of an error about a name it does not live up to.
_FOUND = {Kind.EMPTY: "it is empty", Kind.TEXT: "it holds plain text", Kind.HTML: "it holds an HTML page",
          Kind.JSONL: "it holds JSON lines", Kind.BINARY: "it holds binary data",
          Kind.WARC: "it holds WARC records", Kind.ARC: "it holds ARC records"}
_PROMISES = {Kind.WARC: "WARC/ARC", Kind.JSONL: "JSON lines", Kind.GZIP: "gzip"}


def read_stream(stream: BinaryIO, source: str, *, locator: Locator | None = None,
                depth: int = 0) -> Iterator[RawDocument | Failure]:
    """Yield the documents of one stream, whatever its format, and a Failure per bad one.

    source (str): the name documents are reported under (a path, or ``-``).
    locator (Locator | None): read only the one line or record it names.
    """
    head, stream = peek(stream)
    kind = sniff(head)
    if kind is Kind.GZIP:
        if depth >= _MAX_GZIP_DEPTH:
            yield Failure(source, "read", errors.E_DAMAGED_GZIP.format(source=source, reason="gzip nested too deep"))
            return
        try:
            yield from read_stream(gzip.GzipFile(fileobj=stream, mode="rb"), source, locator=locator, depth=depth + 1)
        except _GZIP_DAMAGE as exc:
            yield Failure(source, "read", errors.E_DAMAGED_GZIP.format(source=source, reason=str(exc) or type(exc).__name__))
        return
    if kind in (Kind.ZIP, Kind.TAR):
        yield Failure(source, "read", errors.E_UNSUPPORTED_ARCHIVE.format(source=source, kind=kind.value))
        return
    expected = promised(source)
    if expected is Kind.JSONL and kind is Kind.TEXT:
        kind = Kind.JSONL  # its first line is broken: said so line by line, not read as one text
    if expected is not None and kind is not expected and not _fits(expected, kind):
        found = "it unpacks to nothing" if kind is Kind.EMPTY and depth else _FOUND[kind]
        yield Failure(source, "read", errors.E_NOT_AS_NAMED.format(source=source, expected=_PROMISES[expected], found=found))
        return
    if kind is Kind.BINARY:
        yield Failure(source, "read", errors.E_BINARY.format(source=source, reason="it contains NUL bytes"))
        return
    if kind in (Kind.WARC, Kind.ARC):
        if locator is None or locator.unit == "record":
            yield from iter_warc(stream, source, only=locator.number if locator else None)
            return
    elif kind is Kind.JSONL:
        if locator is None or locator.unit == "line":
            yield from iter_jsonl(stream, source, only=locator.number if locator else None)
            return
    elif locator is None:
        yield _single(stream, source, kind)
        return
    # A locator that does not fit the file: that document does not exist.
    name = f"{locator.path}#record={locator.number}" if locator.unit == "record" else f"{locator.path}:{locator.number}"
    yield Failure(name, "read", errors.E_NOT_FOUND.format(source=name))


def _fits(expected: Kind, kind: Kind) -> bool:
    """Does content of ``kind`` keep the promise of a name? A ``.warc`` may hold ARC records;
    a ``.gz`` already unpacked (as browsers do on download) may hold anything but nothing."""
    if expected is Kind.WARC:
        return kind is Kind.ARC
    return expected is Kind.GZIP and kind is not Kind.EMPTY


def _single(stream: BinaryIO, source: str, kind: Kind) -> RawDocument | Failure:
    limit = settings.current().max_document_bytes
    data = read_at_most(stream, limit)
    if data is None:
        return Failure(source, "read", errors.E_STREAM_TOO_LARGE.format(source=source, limit=limit))
    try:
        if kind is Kind.HTML:
            return html_document(data, source=source)
        # a plain-text file holds no markup, so a character reference in it is text copied
        # out of a page's source ("communiqu&#233;"): decoded, offsets index the decoded text
        return RawDocument(source=source, text=decode_references(decode_bytes(data, source=source)[0]))
    except errors.InputError as exc:
        return Failure(source, "read", str(exc))
