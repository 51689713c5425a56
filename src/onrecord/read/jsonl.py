"""JSON lines: one article object per line, as scrapers export them.

Fields: ``text`` (plain text, kept exactly) or ``html`` (a page, cleaned later); optional
``url``, ``title``, ``published`` (ISO 8601 or an RFC 2822 feed date) and ``outlet``. When
both ``text`` and ``html`` are present, ``text`` wins: it is what the user's own pipeline
decided the article is, and statement offsets should index it.

A bad line becomes a Failure named ``export.jsonl:17`` (1-based line number) and the
reading goes on with the next line.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from .. import errors, settings
from ..schema import Failure, RawDocument
from ..dates import FIRST_SUPPORTED, LAST_SUPPORTED, supported
from .text import reject_binary_text

_STRING_FIELDS = ("text", "html", "url", "title", "outlet")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def line_source(source: str, number: int) -> str:
    """The name of line ``number`` (1-based) of ``source``: ``export.jsonl:17``."""
    return f"{source}:{number}"


def iter_jsonl(stream: BinaryIO, source: str, *, only: int | None = None) -> Iterator[RawDocument | Failure]:
    """Yield a RawDocument per article line of ``stream`` and a Failure per bad line.

    only (int | None): read just this line number (a retry of one failure).
    """
    limit = settings.current().max_document_bytes
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            break
        number += 1
        name = line_source(source, number)
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(stream, limit)
            if only is None or only == number:
                yield Failure(name, "read", errors.E_LINE_TOO_LONG.format(source=name, limit=limit))
            continue
        if only is not None and number != only:
            continue
        if not line.strip():
            if only is not None:
                break
            continue
        if number == 1 and (line.strip() in (b"{", b"\xef\xbb\xbf{") or line.lstrip(b"\xef\xbb\xbf \t").startswith(b"[")):
            yield Failure(source, "read", errors.E_JSONL_NOT_LINES.format(source=source))
            return
        try:
            yield parse_line(line, name)
        except errors.InputError as exc:
            yield Failure(name, "read", str(exc))
        if only is not None:
            return
    if only is not None:
        name = line_source(source, only)
        yield Failure(name, "read", errors.E_NOT_FOUND.format(source=name))


def _skip_rest_of_line(stream: BinaryIO, limit: int) -> None:
    while True:
        chunk = stream.readline(limit)
        if not chunk or chunk.endswith(b"\n"):
            return


def parse_line(line: bytes, source: str) -> RawDocument:
    """One JSON-lines record as a RawDocument. Raises InputError with the reason."""
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise errors.InputError(errors.E_JSONL_NOT_OBJECT.format(source=source, reason=f"not UTF-8: {exc.reason}")) from None
    except json.JSONDecodeError as exc:
        raise errors.InputError(errors.E_JSONL_NOT_OBJECT.format(source=source, reason=exc.msg)) from None
    if not isinstance(record, dict):
        raise errors.InputError(errors.E_JSONL_NOT_OBJECT.format(source=source, reason=f"a JSON {type(record).__name__}"))
    for name in _STRING_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            raise errors.InputError(errors.E_JSONL_BAD_FIELD.format(source=source, field=name))
    text, html = record.get("text"), record.get("html")
    fields = {
        "url": record.get("url") or None,
        "title": record.get("title") or None,
        "outlet": record.get("outlet") or None,
        "published": parse_published(record.get("published"), source),
    }
    if text and text.strip():
        return RawDocument(source=source, text=text, **fields)
    if html and html.strip():
        reject_binary_text(html[:8192], source=source)
        return RawDocument(source=source, html=html, **fields)
    raise errors.InputError(errors.E_JSONL_NO_TEXT.format(source=source))


def parse_published(value: object, source: str) -> dt.date | None:
    """A ``published`` field as a date: ISO 8601 (date or date-time) or an RFC 2822 feed date.

    Raises InputError for anything else, so a scraper's date bug is seen rather than stored.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        parsed = None
        if _ISO_DATE.match(text):
            try:
                parsed = dt.date.fromisoformat(text[:10])
            except ValueError:
                pass
        else:
            try:
                parsed = email.utils.parsedate_to_datetime(text).date()
            except (TypeError, ValueError, IndexError):
                pass
        if parsed is not None:
            if not supported(parsed):
                raise errors.InputError(errors.E_JSONL_DATE_RANGE.format(
                    source=source, value=value, first=FIRST_SUPPORTED, last=LAST_SUPPORTED))  # fmt: skip
            return parsed
    raise errors.InputError(errors.E_JSONL_BAD_DATE.format(source=source, value=value))
