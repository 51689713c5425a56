"""HTML input: page bytes to ``str``, honouring the charset the server or page declares.

Cleaning (main text, metadata) is not done here but in ``onrecord.clean.html``: a reader
only finds documents.
"""

from __future__ import annotations

import codecs
import re

from ..schema import RawDocument
from .text import bom_encoding, decode_bytes, reject_binary_text

__all__ = ["charset_of", "decode_html", "html_document"]

# A page states its charset in its first kilobytes; later mentions are article text.
_META_WINDOW = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
# Browsers decode pages labelled latin-1 or ASCII as windows-1252 (WHATWG Encoding
# Standard), and servers rely on it: curly quotes in "iso-8859-1" pages are cp1252 bytes.
_AS_BROWSERS_DO = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def charset_of(content_type: str | None) -> str | None:
    """The charset named in a Content-Type value (``text/html; charset=UTF-8`` -> ``UTF-8``)."""
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _AS_BROWSERS_DO.get(canonical, canonical)


def decode_html(data: bytes, *, declared: str | None = None, source: str = "<input>") -> str:
    """Decode an HTML page. RETURNS (str): the page as text.

    The byte-order mark wins, then the charset ``declared`` by the server, then the page's
    own ``<meta charset>``, each only if the bytes decode cleanly with it; otherwise UTF-8 and
    the fallback encodings of plain text (``settings.FALLBACK_ENCODINGS``). Raises InputError for binary data.
    """
    if data.startswith(codecs.BOM_UTF8) or bom_encoding(data):
        return decode_bytes(data, source=source)[0]
    meta = _META_CHARSET.search(data[:_META_WINDOW])
    candidates = [_codec(declared), _codec(meta.group(1).decode("ascii") if meta else None)]
    for encoding in candidates:
        # A page labelled UTF-16 that reached us as bytes with ASCII tags is not UTF-16.
        if encoding is None or encoding.startswith(("utf-16", "utf-32")):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        reject_binary_text(text[:_META_WINDOW], source=source)
        return text
    return decode_bytes(data, source=source)[0]


def html_document(data: bytes, *, source: str, declared: str | None = None, url: str | None = None,
                  metadata: dict[str, str] | None = None) -> RawDocument:
    """A RawDocument for one page's bytes. Raises InputError for binary data."""
    return RawDocument(source=source, html=decode_html(data, declared=declared, source=source), url=url,
                       metadata=metadata or {})

