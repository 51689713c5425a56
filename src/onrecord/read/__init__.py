"""Readers: paths (files, directories, ``-``) to RawDocuments, chosen by content.

``read_documents`` never raises for one bad input: it yields a Failure with the reason and
goes on, so a batch survives a broken file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .. import errors
from ..schema import Failure, RawDocument
from .text import decode_bytes, read_bytes

__all__ = ["read_documents"]


def read_documents(sources: Iterable[str]) -> Iterator[RawDocument | Failure]:
    """Yield one RawDocument per document found in ``sources``, or a Failure per bad one."""
    for source in sources:
        try:
            text, _encoding = decode_bytes(read_bytes(source), source=source)
        except errors.InputError as exc:
            yield Failure(source, "read", str(exc))
            continue
        yield RawDocument(source=source, text=text)
