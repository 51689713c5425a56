"""Plain-text input: bytes to ``str`` with a stated fallback, and the checks that keep
binary or oversized files out with a one-line reason."""

from __future__ import annotations

import codecs
from html import unescape
from html.entities import html5
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .. import errors, settings

_SNIFF_BYTES = 8192
# Share of control characters (other than tab, newline, carriage return, form feed) above
# which a decoded sample is treated as binary; real text has none.
_MAX_CONTROL_SHARE = 0.05


def decode_bytes(data: bytes, *, source: str = "<input>") -> tuple[str, str]:
    """Decode document bytes. RETURNS (tuple[str, str]): the text and the encoding used.

    A UTF-32 or UTF-16 byte-order mark decides (Windows tools save "Unicode" text so);
    otherwise UTF-8 first (its byte-order mark is dropped), then ``settings.FALLBACK_ENCODINGS``
    in order. Raises InputError when the bytes look binary.
    """
    marked = bom_encoding(data)
    if marked is not None:
        try:
            text = data.decode(marked)
        except UnicodeDecodeError as exc:
            raise errors.InputError(errors.E_BINARY.format(source=source, reason=f"not valid {marked} after its byte-order mark ({exc.reason})")) from None
        reject_binary_text(text[:_SNIFF_BYTES], source=source)
        return text, marked
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise errors.InputError(errors.E_BINARY.format(source=source, reason="it contains NUL bytes"))
    for encoding in ("utf-8-sig", *settings.FALLBACK_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        reject_binary_text(text[:_SNIFF_BYTES], source=source)
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise errors.InputError(errors.E_BINARY.format(source=source, reason="no text encoding fits"))


# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bom_encoding(data: bytes) -> str | None:
    """``utf-32`` or ``utf-16`` when ``data`` starts with that byte-order mark (the codec
    reads the mark and drops it), else None."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return encoding
    return None


# The control characters a text file does not hold: below space, except tab (9), line feed
# (10), form feed (12) and carriage return (13).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def reject_binary_text(sample: str, *, source: str) -> None:
    """Raise InputError when decoded ``sample`` is mostly control characters (a binary file)."""
    if not sample:
        return
    controls = len(_CONTROLS.findall(sample))  # (one scan in C, not a Python step per character)
    if controls / len(sample) > _MAX_CONTROL_SHARE:
        raise errors.InputError(
            errors.E_BINARY.format(source=source, reason=f"{controls} control characters in the first {len(sample)}")
        )


def read_bytes(source: str) -> bytes:
    """Read a file (or ``-`` for standard input) whole, with one-line errors."""
    if source == "-":
        return sys.stdin.buffer.read()
    with _errors_as_input_errors(source):
        size = _checked_file(source).stat().st_size
        limit = settings.current().max_document_bytes
        if size > limit:
            raise errors.InputError(errors.E_FILE_TOO_LARGE.format(source=source, size=size, limit=limit))
        return Path(source).read_bytes()


def open_binary(source: str) -> BinaryIO:
    """Open a file (or ``-`` for standard input) for streaming, with one-line errors.

    No size limit here: WARC and JSON-lines files hold many documents and are streamed.
    """
    if source == "-":
        return sys.stdin.buffer
    with _errors_as_input_errors(source):
        return _checked_file(source).open("rb")


def _checked_file(source: str) -> Path:
    path = Path(source)
    if path.is_dir():
        raise errors.InputError(errors.E_IS_DIRECTORY.format(source=source))
    return path


@contextmanager
def _errors_as_input_errors(source: str) -> Iterator[None]:
    try:
        yield
    except FileNotFoundError:
        raise errors.InputError(errors.E_NOT_FOUND.format(source=source)) from None
    except PermissionError:
        raise errors.InputError(errors.E_UNREADABLE.format(source=source, reason="permission denied")) from None
    except IsADirectoryError:
        raise errors.InputError(errors.E_IS_DIRECTORY.format(source=source)) from None
    except OSError as exc:
        raise errors.InputError(errors.E_UNREADABLE.format(source=source, reason=exc.strerror or str(exc))) from None


def read_text_file(source: str) -> tuple[str, str]:
    """Read a plain-text file. RETURNS (tuple[str, str]): the text exactly as decoded, and its encoding."""
    return decode_bytes(read_bytes(source), source=source)


# A character reference as a page writes it: "&#233;", "&#xE9;", or a name HTML defines, with
# its semicolon ("&amp;", "&eacute;"). Text copied out of a page's source or a feed (the BBC
# corpus's "communiqu&#233;", "Bryn F&#244;n") keeps them; a literal "&" in prose ("Marks &
# Spencer", "AT&T", "R&D") is no reference and is never touched.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> str:
    """``text`` with its HTML character references decoded ("Jos&#233;" -> "José",
    "Q&amp;A" -> "Q&A"). A name HTML does not define ("&madeup;") stays as written, and so
    does every "&" that opens no reference. RETURNS (str)."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(_decoded, text)


def _decoded(match: re.Match[str]) -> str:
    reference = match.group()
    if reference[1] != "#" and reference[1:] not in html5:
        return reference
    return unescape(reference)


def check_length(text: str, *, source: str) -> None:
    """Raise InputError when ``text`` is over ``ONRECORD_MAX_CHARS``."""
    limit = settings.current().max_chars
    if len(text) > limit:
        raise errors.InputError(errors.E_TOO_LONG.format(source=source, size=len(text), limit=limit))
