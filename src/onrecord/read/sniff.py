"""What a stream holds, told from its first bytes rather than from its name.

A crawl's files are often misnamed (``.warc`` that is gzipped, ``.html`` that is JSON lines,
pages saved without an extension), so every reader is chosen from content.
"""

from __future__ import annotations

import enum
import io
import re
from typing import BinaryIO

from .text import bom_encoding

# Enough for every signature below, and for an HTML page's leading whitespace, comments or
# XML declaration before its first tag.
HEAD_BYTES = 4096

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Tags that only an HTML page starts with, looked for anywhere in the head: a saved page may
# begin with a stray line (a PHP warning, a blank template line) before its doctype.
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")


class Kind(enum.Enum):
    """The formats ``read_documents`` tells apart."""

    GZIP = "gzip"
    WARC = "warc"
    ARC = "arc"
    HTML = "html"
    JSONL = "jsonl"
    TEXT = "text"
    ZIP = "zip"
    TAR = "tar"
    EMPTY = "empty"
    BINARY = "binary"


def sniff(head: bytes) -> Kind:
    """The kind of a stream from its first bytes. RETURNS (Kind)."""
    if not head:
        return Kind.EMPTY
    if head.startswith(b"\x1f\x8b"):
        return Kind.GZIP
    if head.startswith(b"PK\x03\x04"):
        return Kind.ZIP
    if head[257:262] == b"ustar":
        return Kind.TAR
    body = head
    wide = bom_encoding(head)
    if wide is not None:
        # UTF-16/32 (a Windows "Unicode" save): a page or text, told from its characters;
        # the line and record readers read bytes, so JSON lines and WARC are never wide.
        chars = head.decode(wide, errors="ignore").lstrip().lower()
        return Kind.HTML if chars.startswith("<") or any(m.decode() in chars[:1024] for m in _HTML_MARKERS) else Kind.TEXT
    for bom in _BOMS:
        if body.startswith(bom):
            body = body[len(bom):]
            break
    stripped = body.lstrip()
    if stripped.startswith((b"WARC/1.", b"WARC/0.")):
        return Kind.WARC
    if stripped.startswith(b"filedesc://"):
        return Kind.ARC
    if b"\x00" in head:
        # Not text in any byte encoding (wide ones were told by their mark above); a random
        # or image file that happens to start with "{" or "<" is no JSON lines and no page.
        return Kind.BINARY
    if stripped.startswith(b"{") or (stripped.startswith(b"[") and stripped[1:].lstrip().startswith(b"{")):
        # A JSON array of articles is read as JSON lines, which refuses it with a clear message.
        return Kind.JSONL
    if stripped.startswith(b"<"):
        return Kind.HTML
    lowered = stripped[:1024].lower()
    if any(marker in lowered for marker in _HTML_MARKERS):
        return Kind.HTML
    return Kind.TEXT


# File names that promise a container: the content must then be one, or the file is an error
# rather than a text (a truncated download, an HTML error page saved under the crawl's name).
_WARC_NAMES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_JSONL_NAMES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".jsonlines", ".jsonlines.gz")


def promised(name: str) -> Kind | None:
    """The kind a file's name promises once any gzip is unwrapped: WARC for ``crawl.warc.gz``
    (ARC counts), JSONL for ``export.jsonl``, GZIP for another ``.gz`` (only an empty file
    breaks that promise); None for other names, read by content alone.

    name (str): a path or URI; a URI's query and fragment are not part of the name.
    """
    base = re.split(r"[?#]", name, maxsplit=1)[0].lower() if "://" in name else name.lower()
    if base.endswith(_WARC_NAMES):
        return Kind.WARC
    if base.endswith(_JSONL_NAMES):
        return Kind.JSONL
    if base.endswith(".gz"):
        return Kind.GZIP
    return None


class _Replay(io.RawIOBase):
    """The bytes already read from a stream, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(stream: BinaryIO, size: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """Read up to ``size`` bytes from ``stream`` without losing them.

    Pipes and gzip streams hand out short reads, so this reads until it has ``size`` bytes
    or the stream ends. RETURNS (tuple[bytes, BinaryIO]): the head, and a stream that yields
    the head again followed by the rest.
    """
    chunks: list[bytes] = []
    have = 0
    while have < size:
        chunk = stream.read(size - have)
        if not chunk:
            break
        chunks.append(chunk)
        have += len(chunk)
    head = b"".join(chunks)
    return head, io.BufferedReader(_Replay(head, stream), buffer_size=64 * 1024)


def read_at_most(stream: BinaryIO, limit: int) -> bytes | None:
    """The whole stream, or None when it holds more than ``limit`` bytes."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data
