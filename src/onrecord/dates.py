"""Dates a user gives onrecord (``--published``, ``published=``, a JSON line's field), read
and checked in one place.

The supported range stays far from the ends of Python's dates (years 1 to 9999), so that
every relative expression the engine resolves against a publication date ("next week",
"30 years ago") is itself a date: ``--published 9999-12-31`` on a text that says "next
week" is refused up front with one line instead of failing inside the engine.
"""

from __future__ import annotations

import datetime as dt

from . import errors

FIRST_SUPPORTED = dt.date(1000, 1, 1)
LAST_SUPPORTED = dt.date(8999, 12, 31)


def supported(value: dt.date) -> bool:
    """Is ``value`` a publication date the engine can resolve expressions against?"""
    return FIRST_SUPPORTED <= value <= LAST_SUPPORTED


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A publication date from a ``date`` or a ``YYYY-MM-DD`` string; None stays None.
    Raises ConfigError for anything else, and for a date outside the supported range."""
    if value is None:
        return None
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(value.strip())
        except (ValueError, AttributeError):
            raise errors.ConfigError(errors.E_BAD_DATE.format(value=value)) from None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not supported(value):
        raise errors.ConfigError(errors.E_DATE_RANGE.format(value=value.isoformat(), first=FIRST_SUPPORTED, last=LAST_SUPPORTED))
    return value
