"""The SQLite store: one file, WAL mode, foreign keys on, FTS5 over statement content and
speaker names (``schema_sqlite.sql``)."""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from .. import errors
from .query import MARK_CLOSE, MARK_OPEN, TextQuery, fts5_expression, fts5_term
from .sql import SCHEMA_VERSION, SQLStore, migrate

# How long a writer waits for another process's transaction (a second ingest, the web
# server reading) before giving up; batches commit in well under a second.
BUSY_TIMEOUT_MS = 60_000
# Page cache per connection, KiB (negative = KiB in SQLite), allocated only as pages are read:
# enough to keep the indexes of a million-statement store in memory while it is loaded.
CACHE_KIB = 262_144
# Cost of testing one row of the date index against the FTS index, in row look-ups, for the
# choice in _common: measured at about 5 on the 1M-statement benchmark store
# (benchmarks/store_bench.py; "see", in 1.5% of statements: walk 9 ms against collect 29 ms;
# "safe", in 0.17%: walk 132 ms against collect 3 ms). Rerun that benchmark after changing it.
COMMON_TEST_COST = 5
# Weights of bm25 per FTS column (content, speaker_name): a word in the statement itself
# counts for more than the same word in the speaker's name.
BM25_WEIGHTS = (1.0, 0.5, 0.0)


def _set_wal(conn: sqlite3.Connection) -> None:
    """``PRAGMA journal_mode = WAL``, waiting as any write would for another connection
    that holds the file: SQLite answers this pragma "database is locked" at once, without
    the busy timeout, so a reader or a second ingest that opened a store while this one was
    creating it made the creation fail."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.001
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def sqlite_path(url: str) -> str:
    """The file path of a ``sqlite:///`` URL (``:memory:`` for an in-memory store).

    ``sqlite:///onrecord.db`` is relative to the working directory, ``sqlite:////abs.db``
    absolute. Raises ConfigError for anything else.
    """
    rest = url.split("?", 1)[0]
    if not rest.lower().startswith("sqlite:///") or len(rest) <= len("sqlite:///"):
        raise errors.StoreError(errors.E_BAD_DB_URL.format(url=url))
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
            if file.is_dir():
                raise errors.StoreError(errors.E_STORE_UNREACHABLE.format(url=url, reason=f"{file} is a folder, not a database file"))
            if create and not file.parent.exists():
                raise errors.StoreError(errors.E_STORE_UNREACHABLE.format(url=url, reason=f"folder {file.parent} does not exist"))
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
        _set_wal(c)
        c.execute("PRAGMA synchronous = NORMAL")
        c.execute("PRAGMA foreign_keys = ON")
        c.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        c.execute("PRAGMA temp_store = MEMORY")
        has_meta = c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'onrecord_meta'").fetchone()
        script = resources.files(__package__).joinpath("schema_sqlite.sql").read_text(encoding="utf-8")
        if has_meta:
            row = c.execute("SELECT value FROM onrecord_meta WHERE key = 'schema_version'").fetchone()
            found = row[0] if row else "?"
            if found == "1" and create:
                self._migrate_from_1(script)
                return
            if found != SCHEMA_VERSION:
                message = errors.E_STORE_OLD if found == "1" else errors.E_STORE_SCHEMA
                raise errors.StoreError(message.format(url=self.url, found=found, expected=SCHEMA_VERSION))
            present = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
            # An index added to the schema since the file was made is built on the next
            # writable open (once; the script only creates what is missing).
            if not create or set(_SCHEMA_NAME.findall(script)) <= present:
                return
        elif not create:
            raise errors.StoreError(errors.E_NO_STORE.format(url=self.url))
        c.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split_sql(script):
                c.execute(statement)
            c.execute("INSERT OR IGNORE INTO onrecord_meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            c.execute("COMMIT")
        except sqlite3.Error:
            c.execute("ROLLBACK")
            raise

    def _migrate_from_1(self, script: str) -> None:
        """Schema 1 → 2 in one transaction (``sql/migrate.py``); foreign keys are off while
        the speakers table is copied, as SQLite's procedure for changing a table requires."""
        c = self._conn

        def execute(sql: str, params=(), many: bool = False) -> None:
            (c.executemany if many else c.execute)(sql, params)

        c.execute("PRAGMA foreign_keys = OFF")
        try:
            c.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have migrated while this one waited for the lock.
                if c.execute("SELECT value FROM onrecord_meta WHERE key = 'schema_version'").fetchone()[0] == "1":
                    migrate.add_columns(execute, lambda sql: c.execute(sql).fetchall(), "sqlite", script)
                    for statement in _split_sql(script):
                        c.execute(statement)
                    migrate.fill(execute, lambda sql: c.execute(sql).fetchall())
                    migrate.rebuild_text_index(execute)
                    if c.execute("PRAGMA foreign_key_check").fetchone() is not None:
                        raise sqlite3.IntegrityError("foreign keys broken by the migration")
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        finally:
            c.execute("PRAGMA foreign_keys = ON")

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

    def _data_version(self) -> int | None:
        # Changes when another connection commits; our own commits clear the cache.
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _date_param(self, value: dt.date | None) -> Any:
        return value.isoformat() if value is not None else None

    def _ts_param(self, value: dt.datetime) -> Any:
        return value.isoformat()

    # -- full text -------------------------------------------------------------------------

    # The store knows each statement's act inside its text index: a word with the default
    # acts is one MATCH (``Search`` then passes the acts in ``TextQuery.acts``).
    ACTS_IN_TEXT_INDEX = True

    def _match(self, text: TextQuery) -> str:
        """The FTS5 expression of the positive terms, with the excluded ones folded in, over
        content and speaker names (never the act column); and the acts, when given."""
        expression = f"{_WORDS} : ({fts5_expression(text.all_of)})"
        if text.none_of:
            expression = f"({expression}) NOT {_WORDS} : ({' OR '.join(fts5_term(t) for t in text.none_of)})"
        if text.acts:
            expression = f"({expression}) AND act : ({' OR '.join(text.acts)})"
        return expression

    def _text_filters(self, text: TextQuery, *, alone: bool, limit: int) -> tuple[list[str], list[Any]]:
        if not text.all_of:
            # Only exclusions: everything but the statements that have those words.
            excluded = f"{_WORDS} : ({' OR '.join(fts5_term(t) for t in text.none_of)})"
            return ["s.id NOT IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"], [excluded]
        match = self._match(text)
        if alone and limit and self._common(match, limit):
            # Walk the date index and test each row: for a word in many statements a page
            # fills after a few hundred rows, where collecting every match first would look
            # up each one.
            return ["EXISTS (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? AND statements_fts.rowid = s.id)"], [match]
        return ["s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"], [match]

    def _common(self, match: str, limit: int) -> bool:
        """Is the walk over the date index cheaper than collecting the matches?

        Collecting costs about one row look-up per match (m); the walk tests about
        limit * n / m rows at roughly COMMON_TEST_COST look-ups each: walk when
        m > sqrt(COMMON_TEST_COST * limit * n). The matches are counted only up to that
        bound (reading the FTS doclist; a full count of a word in most of a million
        statements takes 40 ms, the bounded one well under 1 ms).
        """
        n = self._one("SELECT max(rowid) FROM statements")[0] or 0
        bound = math.isqrt(COMMON_TEST_COST * limit * n) + 1
        m = self._one(f"SELECT count(*) FROM (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? LIMIT {bound})", [match])[0]
        return m >= bound

    def _facet_rows(self, text: TextQuery, where: list[str], params: list[Any], cap: int) -> tuple[list[tuple[Any, ...]], int]:
        if where or not text.all_of:
            return super()._facet_rows(text, where, params, cap)
        # A word alone: the newest matches straight from the FTS doclist (rowid order),
        # counted in it too; no other row is read.
        match = self._match(text)
        rows = self._all(
            "SELECT s.speaker_id, s.outlet, s.kind, s.act FROM statements s WHERE s.id IN "
            f"(SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT {int(cap)})",
            [match],
        )
        if len(rows) < cap:
            return rows, len(rows)
        return rows, int(self._one("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", [match])[0])

    def _nth_newest_match(self, text: TextQuery, n: int) -> int | None:
        row = self._one(f"SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC "
                        f"LIMIT 1 OFFSET {int(n) - 1}", [self._match(text)])
        return int(row[0]) if row else None

    def _ranked_ids(self, text: TextQuery, where: list[str], params: list[Any], limit: int, offset: int,
                    *, min_id: int | None = None) -> list[tuple[int, float]]:
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        if min_id is not None and where:
            where, params = [*where, "s.id >= ?"], [*params, min_id]
        elif min_id is not None:
            # Text alone: FTS5 walks only the doclist from that rowid on.
            sql = (
                f"SELECT rowid, bm25(statements_fts, {weights}) AS rank FROM statements_fts "
                f"WHERE statements_fts MATCH ? AND rowid >= ? ORDER BY rank, rowid LIMIT {int(limit)} OFFSET {int(offset)}"
            )
            return [(i, -float(rank)) for i, rank in self._all(sql, [self._match(text), min_id])]
        if where:
            # Other filters apply to the statement row: join it to each match.
            sql = (
                f"SELECT s.id, bm25(statements_fts, {weights}) AS rank FROM statements_fts "
                "JOIN statements s ON s.id = statements_fts.rowid WHERE statements_fts MATCH ?"
                + "".join(f" AND {w}" for w in where)
                + f" ORDER BY rank, s.id LIMIT {int(limit)} OFFSET {int(offset)}"
            )
        else:
            # Text alone: rank inside the FTS table, no statement row read per match.
            sql = (
                f"SELECT rowid, bm25(statements_fts, {weights}) AS rank FROM statements_fts "
                f"WHERE statements_fts MATCH ? ORDER BY rank, rowid LIMIT {int(limit)} OFFSET {int(offset)}"
            )
        # bm25 is lower-is-better; the API's score is higher-is-better.
        return [(i, -float(rank)) for i, rank in self._all(sql, [self._match(text), *params])]

    def _marked(self, ids: Sequence[int], text: TextQuery) -> dict[int, str]:
        rows = self._all(
            f"SELECT rowid, highlight(statements_fts, 0, ?, ?) FROM statements_fts "
            f"WHERE statements_fts MATCH ? AND rowid IN ({self._marks(len(ids))})",
            [MARK_OPEN, MARK_CLOSE, f"{_WORDS} : ({fts5_expression(text.all_of)})", *ids],
        )
        return dict(rows)


# The columns a search's words are matched in (statements_fts also indexes the act).
_WORDS = "{content speaker_name}"

_SCHEMA_NAME = re.compile(r"CREATE (?:VIRTUAL )?(?:TABLE|INDEX|TRIGGER) IF NOT EXISTS (\w+)")


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
