"""Where documents come from: directories walked in a fixed order, and the names that point
at one document inside a container (``crawl.warc.gz#record=12``, ``export.jsonl:17``)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

# Files a saved web page drags along ("Page_files/" folders) and that are never articles.
# Skipped only inside a walked directory; a file named on the command line is always read.
ASSET_SUFFIXES: tuple[str, ...] = (
    ".css", ".js", ".mjs", ".map",  # style and script
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".bmp", ".tif", ".tiff",  # images
    ".woff", ".woff2", ".ttf", ".otf", ".eot",  # fonts
    ".mp3", ".mp4", ".m4a", ".webm", ".ogg", ".wav", ".avi", ".mov", ".swf",  # media
)


def walk(directory: Path) -> Iterator[Path]:
    """Every file under ``directory``, recursively, in sorted order, the same on every run.

    Hidden files and folders (``.git``, ``.DS_Store``) and page assets (``ASSET_SUFFIXES``)
    are passed over; symbolic links to folders are not followed, so a link loop cannot
    make the walk endless. A folder that cannot be listed is passed over too
    (``walk_found`` names it).
    """
    return (found for found in walk_found(directory) if isinstance(found, Path))


@dataclass(frozen=True)
class Unlisted:
    """A folder ``walk_found`` could not list, and why."""

    path: Path
    reason: str


def walk_found(directory: Path) -> Iterator[Path | Unlisted]:
    """What ``walk`` yields, and an Unlisted in its place for each folder that cannot be
    listed (permission denied, gone mid-walk), so that a reader can report it."""
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        yield Unlisted(directory, exc.strerror or str(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from walk_found(path)
        elif entry.name.lower().endswith(ASSET_SUFFIXES):
            continue
        else:
            yield path


@dataclass(frozen=True)
class Locator:
    """One document inside a container file: a line of JSON lines or a record of a WARC."""

    path: str
    unit: Literal["line", "record"]
    number: int


_RECORD = re.compile(r"^(?P<path>.+)#record=(?P<n>[1-9]\d*)$")
_LINE = re.compile(r"^(?P<path>.+):(?P<n>[1-9]\d*)$")


def locate(source: str) -> Locator | None:
    """The Locator a document name stands for, when it is not itself a file.

    ``crawl.warc.gz#record=12`` and ``export.jsonl:17`` name one document of an existing
    file, as Failures report them, so a failure can be read again on its own.
    """
    if source == "-" or os.path.lexists(source):
        return None
    for pattern, unit in ((_RECORD, "record"), (_LINE, "line")):
        match = pattern.match(source)
        if match and os.path.isfile(match["path"]):
            return Locator(match["path"], unit, int(match["n"]))  # type: ignore[arg-type]
    return None
