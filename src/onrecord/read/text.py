"""Plain-text input: bytes to ``str`` with a stated fallback, and the checks that keep
binary or oversized files out with a one-line reason."""

from __future__ import annotations

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

    UTF-8 first (a byte-order mark is dropped); otherwise ``settings.FALLBACK_ENCODINGS`` in
    order. Raises InputError when the bytes look binary.
    """
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


def reject_binary_text(sample: str, *, source: str) -> None:
    """Raise InputError when decoded ``sample`` is mostly control characters (a binary file)."""
    if not sample:
        return
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
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
        if size > settings.MAX_DOCUMENT_BYTES:
            raise errors.InputError(
                errors.E_FILE_TOO_LARGE.format(source=source, size=size, limit=settings.MAX_DOCUMENT_BYTES)
            )
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


def check_length(text: str, *, source: str) -> None:
    """Raise InputError when ``text`` is over ``settings.MAX_CHARS``."""
    if len(text) > settings.MAX_CHARS:
        raise errors.InputError(errors.E_TOO_LONG.format(source=source, size=len(text), limit=settings.MAX_CHARS))
