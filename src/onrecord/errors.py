"""Every user-facing error of onrecord, in one place.

The tree::

    OnrecordError            one-line message, non-zero exit in the CLI, 4xx in the API
    ├── InputError           a file or request we cannot read (missing, binary, too large)
    ├── ConfigError          a bad option value (--published, --db URL, ...)
    └── StoreError           the database refused an operation

Messages are written for the person at the terminal: what is wrong and what to do.
"""

from __future__ import annotations


class OnrecordError(Exception):
    """Base of every error onrecord reports to a user. ``str(err)`` is the one-line message."""

    exit_code = 1


class InputError(OnrecordError):
    """Input that cannot be read or is not a document."""

    exit_code = 2


class ConfigError(OnrecordError):
    """An option or setting with a value onrecord cannot use."""

    exit_code = 2


class StoreError(OnrecordError):
    """The statement store could not do what was asked."""

    exit_code = 1


# Message templates. Keep them one line; `{source}` first so batch logs line up.
E_NOT_FOUND = "{source}: no such file or directory"
E_IS_DIRECTORY = "{source}: is a directory (onrecord extract reads files; use a path inside it)"
E_UNREADABLE = "{source}: cannot be read ({reason})"
E_BINARY = "{source}: looks like a binary file, not text or HTML ({reason})"
E_TOO_LONG = (
    "{source}: {size:,} characters is over the limit of {limit:,} characters for one article; "
    "split it into articles or raise ONRECORD_MAX_CHARS"
)
E_FILE_TOO_LARGE = (
    "{source}: {size:,} bytes is over the limit of {limit:,} bytes for one document; "
    "raise ONRECORD_MAX_DOCUMENT_BYTES if it really is one article"
)
E_BAD_DATE = "{value!r} is not a date; use YYYY-MM-DD (for example 2022-03-21)"
