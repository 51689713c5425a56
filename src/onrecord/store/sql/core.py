"""What every part of the SQL store stands on: one DB-API connection, one lock, the hooks a
backend implements and the small helpers that run SQL.

Statements are written with ``?`` placeholders; a backend converts them for its driver
(``_sql``). What differs between SQLite and PostgreSQL — full text, snippets, types of dates
and times, transactions — is the set of hooks below.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from ... import errors
from ..base import Store
from ..query import TextQuery

SCHEMA_VERSION = "2"
# Most bound values in one IN (...) list: under SQLite's default limit of 32,766 variables
# with room for the other filters.
CHUNK = 500


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in slices of at most ``size``, for IN (...) lists."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def now() -> dt.datetime:
    """The bookkeeping time of ingest runs and failures (never a date a statement is
    resolved against)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class SQLCore(Store):
    """A Store over one DB-API connection. Backends set the hooks; the concerns (writes,
    search, catalogue, ledger) are mixins over this class, joined in ``SQLStore``."""

    # SQL function names for "smaller/larger of two values" (2-argument min/max in SQLite).
    LEAST = "LEAST"
    GREATEST = "GREATEST"
    # Whether the text index holds the act, so that words and acts are one index look-up
    # (``Search._acts_in_text``); otherwise the act filter is a WHERE on the statement row.
    ACTS_IN_TEXT_INDEX = False

    def __init__(self, url: str, conn: Any) -> None:
        self.url = url
        self._conn = conn
        self._lock = threading.RLock()
        # Whole-store answers (stats, unfiltered facets) by data version: a front page asks
        # for them on every request, and they cost a scan each.
        self._cache: dict[Any, tuple[int, Any]] = {}

    # -- the lock --------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the store's lock, and report the driver's errors as StoreError.

        One connection, many threads: the HTTP server runs sync endpoints in a thread pool.
        The lock is re-entrant, so a public method may call another.
        """
        with self._lock:
            try:
                yield
            except errors.OnrecordError:
                raise
            except Exception as exc:
                if not self._is_db_error(exc):
                    raise
                raise self._wrap_error(exc) from exc

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """``_locked`` and one transaction, with the cached whole-store answers dropped
        (our own commits do not change the data version)."""
        with self._locked():
            self._cache.clear()
            with self._transaction():
                yield

    # -- hooks -----------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql

    def _transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _is_db_error(self, exc: BaseException) -> bool:
        raise NotImplementedError

    def _date_param(self, value: dt.date | None) -> Any:
        return value

    def _parse_date(self, value: Any) -> dt.date | None:
        if value is None or isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(value)

    def _ts_param(self, value: dt.datetime) -> Any:
        return value

    def _parse_ts(self, value: Any) -> dt.datetime | None:
        if value is None or isinstance(value, dt.datetime):
            return value
        return dt.datetime.fromisoformat(value)

    def _text_filters(self, text: TextQuery, *, alone: bool, limit: int) -> tuple[list[str], list[Any]]:
        """WHERE fragments (on alias ``s``) for a text query, and their parameters.
        ``alone``: no other filter applies, and a page of ``limit`` rows in date order is
        wanted (a backend may then pick another plan for very common words)."""
        raise NotImplementedError

    def _ranked_ids(self, text: TextQuery, where: list[str], params: list[Any], limit: int, offset: int,
                    *, min_id: int | None = None) -> list[tuple[int, float]]:
        """(statement id, score) of the statements matching ``text`` and the other
        filters ``where``/``params``, best first, one page; only ids from ``min_id`` up
        when it is given."""
        raise NotImplementedError

    def _marked(self, ids: Sequence[int], text: TextQuery) -> dict[int, str]:
        """Content of these statements with MARK_OPEN/MARK_CLOSE around matched words."""
        raise NotImplementedError

    def _data_version(self) -> int | None:
        """A number that changes whenever another connection commits; None: no caching."""
        return None

    def _cached(self, key: Any, compute: Callable[[], Any]) -> Any:
        version = self._data_version()
        if version is None:
            return compute()
        hit = self._cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute()
        self._cache[key] = (version, value)
        return value

    def _wrap_error(self, exc: BaseException) -> errors.StoreError:
        return errors.StoreError(errors.E_STORE_FAILED.format(url=self.url, reason=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__))

    # -- running SQL -----------------------------------------------------------------------

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(self._sql(sql), tuple(params))

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        cursor = self._conn.cursor()
        try:
            cursor.executemany(self._sql(sql), [tuple(r) for r in rows])
        finally:
            cursor.close()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._execute(sql, params).fetchall())

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        return self._execute(sql, params).fetchone()

    @staticmethod
    def _marks(n: int) -> str:
        return ", ".join("?" * n)

    @staticmethod
    def _where_sql(where: list[str]) -> str:
        return (" WHERE " + " AND ".join(where)) if where else ""
