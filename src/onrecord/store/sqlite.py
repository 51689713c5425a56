"""The SQLite store: one file, WAL mode, foreign keys on, FTS5 over statement content and
speaker names (``schema_sqlite.sql``)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from .. import errors
from .query import MARK_CLOSE, MARK_OPEN, TextQuery, fts5_expression, fts5_term
from .sql import SCHEMA_VERSION, SQLStore

# How long a writer waits for another process's transaction (a second ingest, the web
# server reading) before giving up; batches commit in well under a second.
BUSY_TIMEOUT_MS = 60_000
# Page cache per connection, KiB (negative = KiB in SQLite): enough to keep the hot part of
# the indexes of a million-statement store in memory.
CACHE_KIB = 65_536
# Weights of bm25 per FTS column (content, speaker_name): a word in the statement itself
# counts for more than the same word in the speaker's name.
BM25_WEIGHTS = (1.0, 0.5)


def sqlite_path(url: str) -> str:
    """The file path of a ``sqlite:///`` URL (``:memory:`` for an in-memory store).

    ``sqlite:///onrecord.db`` is relative to the working directory, ``sqlite:////abs.db``
    absolute. Raises ConfigError for anything else.
    """
    rest = url.split("?", 1)[0]
    if not rest.lower().startswith("sqlite:///") or len(rest) <= len("sqlite:///"):
        raise errors.ConfigError(errors.E_BAD_DB_URL.format(url=url))
    return rest[len("sqlite:///") :]


class SQLiteStore(SQLStore):
    """The default store. ``SQLiteStore.open("sqlite:///onrecord.db")``."""

    LEAST = "min"
    GREATEST = "max"

    @classmethod
    def open(cls, url: str, *, create: bool = True) -> SQLiteStore:
        """Open the file named by ``url``, creating it and its tables when ``create``."""
        path = sqlite_path(url)
        if path != ":memory:":
            file = Path(path)
            if not create and not file.exists():
                raise errors.StoreError(errors.E_NO_STORE.format(url=url))
            if create and not file.parent.exists():
                raise errors.ConfigError(errors.E_STORE_UNREACHABLE.format(url=url, reason=f"folder {file.parent} does not exist"))
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
            store = cls(url, conn)
            store._setup(create)
        except sqlite3.Error as exc:
            raise errors.StoreError(errors.E_STORE_UNREACHABLE.format(url=url, reason=str(exc))) from None
        return store

    def _setup(self, create: bool) -> None:
        c = self._conn
        # WAL: readers (the web server) never block the writer (ingest) and vice versa.
        # synchronous=NORMAL under WAL loses nothing when the process is killed; only a
        # power cut can drop the last committed batches, which a rerun adds again.
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = NORMAL")
        c.execute("PRAGMA foreign_keys = ON")
        c.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        c.execute("PRAGMA temp_store = MEMORY")
        has_meta = c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'onrecord_meta'").fetchone()
        if has_meta:
            row = c.execute("SELECT value FROM onrecord_meta WHERE key = 'schema_version'").fetchone()
            found = row[0] if row else "?"
            if found != SCHEMA_VERSION:
                raise errors.StoreError(errors.E_STORE_SCHEMA.format(url=self.url, found=found, expected=SCHEMA_VERSION))
            return
        if not create:
            raise errors.StoreError(errors.E_NO_STORE.format(url=self.url))
        script = resources.files(__package__).joinpath("schema_sqlite.sql").read_text(encoding="utf-8")
        c.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split_sql(script):
                c.execute(statement)
            c.execute("INSERT OR IGNORE INTO onrecord_meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            c.execute("COMMIT")
        except sqlite3.Error:
            c.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._lock:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so two ingests never interleave a batch.
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _is_db_error(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.Error)

    def _date_param(self, value: dt.date | None) -> Any:
        return value.isoformat() if value is not None else None

    def _ts_param(self, value: dt.datetime) -> Any:
        return value.isoformat()

    # -- full text -------------------------------------------------------------------------

    def _text_filters(self, text: TextQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if text.all_of:
            where.append("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
            params.append(fts5_expression(text.all_of))
        for term in text.none_of:
            where.append("s.id NOT IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
            params.append(fts5_term(term))
        return where, params

    def _ranked_ids(self, text: TextQuery, where: list[str], params: list[Any], limit: int, offset: int) -> list[tuple[int, float]]:
        # The MATCH filter of _text_filters is replaced by a join on the FTS table, which
        # is where bm25() is defined; the remaining filters apply to the joined row.
        match = fts5_expression(text.all_of)
        rest_where = [w for w in where if not w.startswith("s.id IN (SELECT rowid FROM statements_fts")]
        rest_params = list(params)
        rest_params.remove(match)
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        sql = (
            f"SELECT s.id, bm25(statements_fts, {weights}) AS rank FROM statements_fts "
            "JOIN statements s ON s.id = statements_fts.rowid WHERE statements_fts MATCH ?"
            + "".join(f" AND {w}" for w in rest_where)
            + f" ORDER BY rank, s.id LIMIT {int(limit)} OFFSET {int(offset)}"
        )
        # bm25 is lower-is-better; the API's score is higher-is-better.
        return [(i, -float(rank)) for i, rank in self._all(sql, [match, *rest_params])]

    def _marked(self, ids: Sequence[int], text: TextQuery) -> dict[int, str]:
        rows = self._all(
            f"SELECT rowid, highlight(statements_fts, 0, ?, ?) FROM statements_fts "
            f"WHERE statements_fts MATCH ? AND rowid IN ({self._marks(len(ids))})",
            [MARK_OPEN, MARK_CLOSE, fts5_expression(text.all_of), *ids],
        )
        return dict(rows)


def _split_sql(script: str) -> list[str]:
    """Split a schema script into statements; trigger bodies keep their inner semicolons."""
    statements, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements
