"""The job's inputs: the list of files, expanded once on the driver, and each file read on
an executor with the readers ``ingest`` uses.

A local path (or ``file://`` URI) is read in place and its documents are named as
``onrecord ingest`` names them. A remote file (``s3://``, ``s3a://``, ``gs://``,
``hdfs://`` through pyarrow's filesystems; ``http(s)://`` through urllib) is first copied to
a local temporary file, as cc-pyspark buffers its S3 objects, then read under its URI
(``s3://bucket/x.warc.gz#record=12``). A file that cannot be fetched is one Failure at
stage ``read``; the job goes on.
"""

from __future__ import annotations

import fnmatch
import glob
import gzip
import os
import re
import shutil
import tempfile
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import IO

from .. import errors
from ..read import read_documents, read_opened
from ..read.paths import walk_found
from ..schema import Failure, RawDocument

__all__ = ["expand_inputs", "read_input", "read_input_list"]

_SCHEME = re.compile(r"^(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*)://")
_GLOB = re.compile(r"[*?\[]")
# Seconds an HTTP fetch may wait for data before the file is recorded as a failure.
_HTTP_TIMEOUT = 120


def _scheme(uri: str) -> str | None:
    match = _SCHEME.match(uri)
    return match["scheme"].lower() if match else None


def _local_path(uri: str) -> str | None:
    """The local path ``uri`` names, or None for a remote URI."""
    scheme = _scheme(uri)
    if scheme is None:
        return uri
    return uri[len("file://"):] if scheme == "file" else None


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Every file the inputs name, in the order ``ingest`` would read them.

    inputs (Iterable[str]): paths, globs (``crawl/*.warc.gz``, ``**`` recursive), directories
        (walked as ingest walks them: sorted, hidden files and page assets passed over) and
        remote URIs, globs and prefixes (``s3://commoncrawl/crawl-data/CC-NEWS/2024/01/*.warc.gz``).
    RETURNS (list[str]): file paths and URIs. A plain path that does not exist is kept, so
        that it is recorded as a failure like ``ingest`` records it; a glob that matches
        nothing raises InputError.
    """
    files: list[str] = []
    for item in inputs:
        local = _local_path(item)
        found = _expand_local(local) if local is not None else _expand_remote(item)
        if not found:
            raise errors.InputError(errors.E_SPARK_NO_MATCH.format(source=item))
        files.extend(found)
    return files


def _expand_local(path: str) -> list[str]:
    if os.path.isdir(path):
        # A folder that cannot be listed stays an input, so that the job records its failure.
        return [str(found if isinstance(found, Path) else found.path) for found in walk_found(Path(path))]
    if os.path.lexists(path) or not _GLOB.search(path):
        return [path]
    found: list[str] = []
    for match in sorted(glob.glob(path, recursive=True)):
        found.extend(_expand_local(match) if os.path.isdir(match) else [match])
    return found


def _filesystem(uri: str):
    """(pyarrow FileSystem, path inside it) for a remote URI; s3a:// and s3n:// are s3://."""
    from pyarrow import fs

    scheme = _scheme(uri) or ""
    if scheme in ("s3a", "s3n"):
        uri = "s3" + uri[len(scheme):]
    try:
        return fs.FileSystem.from_uri(uri)
    except (OSError, ValueError) as exc:
        raise errors.InputError(errors.E_UNREADABLE.format(source=uri, reason=str(exc).splitlines()[0])) from None


def _expand_remote(uri: str) -> list[str]:
    scheme = _scheme(uri) or ""
    if scheme in ("http", "https"):
        return [uri]  # no listing over HTTP: a URL names one file
    from pyarrow import fs

    prefix = uri[: len(scheme) + 3]
    filesystem, path = _filesystem(uri)
    if not _GLOB.search(path):
        info = filesystem.get_file_info(path)
        if info.type == fs.FileType.Directory:
            return [prefix + p for p in _listing(filesystem, path)]
        return [uri]
    parts = PurePosixPath(path).parts
    fixed = next(i for i, part in enumerate(parts) if _GLOB.search(part))
    base = str(PurePosixPath(*parts[:fixed]))
    return [prefix + p for p in _listing(filesystem, base) if _glob_match(p, parts)]


def _listing(filesystem, base: str) -> list[str]:
    from pyarrow import fs

    try:
        infos = filesystem.get_file_info(fs.FileSelector(base, recursive=True, allow_not_found=True))
    except OSError as exc:
        raise errors.InputError(errors.E_UNREADABLE.format(source=base, reason=str(exc).splitlines()[0])) from None
    return sorted(
        info.path for info in infos
        if info.type == fs.FileType.File and not any(part.startswith(".") for part in PurePosixPath(info.path).parts)
    )  # fmt: skip


def _glob_match(path: str, pattern: Sequence[str]) -> bool:
    """Shell-style match part by part: ``*`` stays within one folder, ``**`` spans any."""
    parts = PurePosixPath(path).parts
    if "**" in pattern:
        return fnmatch.fnmatchcase("/".join(parts), "/".join(pattern).replace("**", "*"))
    return len(parts) == len(pattern) and all(fnmatch.fnmatchcase(p, q) for p, q in zip(parts, pattern))


def read_input_list(source: str, *, base_url: str | None = None) -> list[str]:
    """The paths a list file names, one a line (gzip too: Common Crawl's ``warc.paths.gz``);
    blank lines and ``#`` comments are passed over. ``base_url`` is put before every line
    that is not itself a URI or an absolute path (``s3://commoncrawl/``)."""
    local = _local_path(source)
    try:
        with (open(local, "rb") if local is not None else _fetch(source, None)) as raw:
            data = raw.read()
    except OSError as exc:
        raise errors.InputError(errors.E_UNREADABLE.format(source=source, reason=exc.strerror or str(exc))) from None
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    lines = [line.strip() for line in data.decode("utf-8").splitlines()]
    paths = [line for line in lines if line and not line.startswith("#")]
    if base_url:
        paths = [p if _scheme(p) or p.startswith("/") else base_url.rstrip("/") + "/" + p.lstrip("/") for p in paths]
    return paths


def read_input(uri: str, *, temp_dir: str | None = None) -> Iterator[RawDocument | Failure]:
    """The documents of one input file, read as ``ingest`` reads it; a remote file is
    copied to ``temp_dir`` (the system's default when None) first.
    RETURNS (Iterator[RawDocument | Failure]): never raises for a bad or missing file."""
    local = _local_path(uri)
    if local is not None:
        yield from read_documents([local])
        return
    try:
        copy = _fetch(uri, temp_dir)
    except (OSError, ValueError, errors.InputError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc).splitlines()[0]
        yield Failure(uri, "read", errors.E_UNREADABLE.format(source=uri, reason=reason))
        return
    with copy:
        yield from read_opened(copy, uri)


def _fetch(uri: str, temp_dir: str | None) -> IO[bytes]:
    """A local temporary copy of a remote file, positioned at its start (deleted on close)."""
    copy = tempfile.TemporaryFile(dir=temp_dir)
    try:
        if (_scheme(uri) or "") in ("http", "https"):
            with urllib.request.urlopen(uri, timeout=_HTTP_TIMEOUT) as response:
                shutil.copyfileobj(response, copy)
        else:
            filesystem, path = _filesystem(uri)
            # compression=None: the bytes as stored (the readers unwrap gzip themselves)
            with filesystem.open_input_stream(path, compression=None) as stream:
                shutil.copyfileobj(stream, copy)
        copy.seek(0)
        return copy
    except BaseException:
        copy.close()
        raise
