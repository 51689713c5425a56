"""Readers: paths (files, directories, ``-``) to RawDocuments, chosen by content.

``read_documents`` never raises for one bad input: it yields a Failure with the reason and
goes on, so a batch survives a broken file. ``docs/ingest.md`` lists what is read and how
each document is named.

The modules: ``sniff`` (what a stream holds), ``stream`` (gzip and dispatch), ``text``,
``html``, ``jsonl``, ``warc`` (one format each), ``paths`` (directories and the names of
documents inside containers).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .. import errors
from ..schema import Failure, RawDocument
from .paths import Locator, Unlisted, locate, walk_found
from .stream import read_stream
from .text import open_binary

__all__ = ["read_documents", "read_opened"]


def read_documents(sources: Iterable[str]) -> Iterator[RawDocument | Failure]:
    """Yield one RawDocument per document found in ``sources``, or a Failure per bad one.

    sources (Iterable[str]): files of any supported format (plain text, HTML, JSON lines,
        WARC/ARC, gzip of any of them), directories (read recursively, in sorted order),
        ``-`` for standard input, or the name of one document inside a container as a
        Failure reports it (``crawl.warc.gz#record=12``, ``export.jsonl:17``).
    RETURNS (Iterator[RawDocument | Failure]): in the order found; skipped records
        (a WARC's JSON response, a 404) are Failures with ``skipped=True``.
    """
    for source in sources:
        if source != "-" and Path(source).is_dir():
            yield from _read_folder(source)
        else:
            yield from _read_file(source)


def _read_folder(source: str) -> Iterator[RawDocument | Failure]:
    # A folder that yields nothing is a failure, not silence: the user named it to be read.
    files = 0
    for found in walk_found(Path(source)):
        if isinstance(found, Unlisted):
            name = str(found.path)
            yield Failure(name, "read", errors.E_UNREADABLE.format(source=name, reason=found.reason))
            files += 1
            continue
        files += 1
        yield from _read_file(str(found))
    if not files:
        yield Failure(source, "read", errors.E_NO_FILES.format(source=source))


def _read_file(source: str) -> Iterator[RawDocument | Failure]:
    locator = locate(source)
    try:
        stream = open_binary(locator.path if locator else source)
    except errors.InputError as exc:
        yield Failure(source, "read", str(exc))
        return
    try:
        yield from read_opened(stream, source, locator=locator)
    finally:
        if source != "-":
            stream.close()


def read_opened(stream: BinaryIO, source: str, *, locator: Locator | None = None) -> Iterator[RawDocument | Failure]:
    """The documents of one open file (a local file, or a copy of a remote one reported
    under its URL), with a Failure, never an exception, for what breaks while reading it.

    source (str): the name the documents are reported under; with ``locator``, the name of
        the one document to read (``crawl.warc.gz#record=12``). The caller closes ``stream``.
    RETURNS (Iterator[RawDocument | Failure]): as ``read_documents``.
    """
    try:
        yield from read_stream(stream, source if locator is None else locator.path, locator=locator)
    except OSError as exc:
        yield Failure(source, "read", errors.E_UNREADABLE.format(source=source, reason=exc.strerror or str(exc)))
    except Exception as exc:  # noqa: BLE001 - one unforeseen file must not end a batch of thousands
        reason = f"{type(exc).__name__}: {exc}"
        yield Failure(source, "read", errors.E_UNEXPECTED.format(source=source, stage="reading", reason=reason))
