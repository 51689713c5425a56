"""The PostgreSQL store (psycopg 3): the tables of ``schema_postgres.sql``, full text as a
stored ``tsvector`` column with a GIN index, ranked with ``ts_rank``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any

import psycopg

from .. import errors
from .query import MARK_CLOSE, MARK_OPEN, Term, TextQuery
from .sql import SCHEMA_VERSION, SQLStore, migrate

# Seconds to wait for the server to accept a connection before reporting it unreachable.
CONNECT_TIMEOUT_S = 10
# Text search configuration: the same English stemming as FTS5's porter tokenizer, so a
# query finds the same statements on both backends.
TS_CONFIG = "english"
_HEADLINE_OPTIONS = f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, HighlightAll=true"


def _libpq_url(url: str) -> str:
    """Accept SQLAlchemy-style ``postgresql+psycopg://`` too; libpq wants ``postgresql://``."""
    scheme, rest = url.split("://", 1) if "://" in url else (url, "")
    return "postgresql://" + rest if scheme.lower().startswith(("postgresql", "postgres")) else url


def _tsquery(term: Term) -> tuple[str, str]:
    """SQL for one term as a tsquery, and its parameter (user words are always data)."""
    if term.prefix:
        return f"to_tsquery('{TS_CONFIG}', %s)", term.words[0] + ":*"
    if len(term.words) > 1:
        return f"phraseto_tsquery('{TS_CONFIG}', %s)", " ".join(term.words)
    return f"plainto_tsquery('{TS_CONFIG}', %s)", term.words[0]


def tsquery_sql(groups: list[list[Term]]) -> tuple[str, list[str]]:
    """AND of OR-groups as one tsquery expression. RETURNS (tuple[str, list[str]])."""
    parts, params = [], []
    for group in groups:
        inner = []
        for term in group:
            sql, param = _tsquery(term)
            inner.append(sql)
            params.append(param)
        parts.append("(" + " || ".join(inner) + ")")
    return "(" + " && ".join(parts) + ")", params


class PostgresStore(SQLStore):
    """``PostgresStore.open("postgresql://user@host:5432/dbname")``."""

    @classmethod
    def open(cls, url: str, *, create: bool = True) -> PostgresStore:
        """Connect to the database of ``url``, creating the tables when ``create``."""
        try:
            conn = psycopg.connect(_libpq_url(url), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as exc:
            # libpq's message runs over lines ("...: Connection refused" then a tab and "Is the
            # server running...?"): both halves, on one line.
            reason = "; ".join(line.strip() for line in str(exc).splitlines() if line.strip()) or type(exc).__name__
            raise errors.StoreError(errors.E_STORE_UNREACHABLE.format(url=_redact(url), reason=reason)) from None
        store = cls(_redact(url), conn)
        try:
            store._setup(create)
        except psycopg.Error as exc:
            conn.close()
            raise store._wrap_error(exc) from None
        except errors.OnrecordError:
            conn.close()
            raise
        return store

    def _setup(self, create: bool) -> None:
        has_meta = self._one("SELECT to_regclass('onrecord_meta') IS NOT NULL")[0]
        script = resources.files(__package__).joinpath("schema_postgres.sql").read_text(encoding="utf-8")
        if has_meta:
            row = self._one("SELECT value FROM onrecord_meta WHERE key = 'schema_version'")
            found = row[0] if row else "?"
            if found == "1" and create:
                self._migrate_from_1(script)
                return
            if found != SCHEMA_VERSION:
                message = errors.E_STORE_OLD if found == "1" else errors.E_STORE_SCHEMA
                raise errors.StoreError(message.format(url=self.url, found=found, expected=SCHEMA_VERSION))
            wanted = set(re.findall(r"CREATE (?:TABLE|INDEX) IF NOT EXISTS (\w+)", script))
            present = {r[0] for r in self._all("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()")}
            # Indexes added to the schema since the database was made: built on the next
            # writable open (the script only creates what is missing).
            if not create or wanted <= present:
                return
        elif not create:
            raise errors.StoreError(errors.E_NO_STORE.format(url=self.url))
        with self._conn.transaction():
            # Two ingests starting at once on an empty database: one creates, one waits.
            self._conn.execute("SELECT pg_advisory_xact_lock(hashtext('onrecord-schema'))")
            self._conn.execute(script)
            self._conn.execute(
                "INSERT INTO onrecord_meta (key, value) VALUES ('schema_version', %s) ON CONFLICT DO NOTHING", (SCHEMA_VERSION,)
            )

    def _migrate_from_1(self, script: str) -> None:
        """Schema 1 → 2 in one transaction (``sql/migrate.py``)."""
        c = self._conn

        def execute(sql: str, params=(), many: bool = False) -> None:
            if many:
                with c.cursor() as cursor:
                    cursor.executemany(self._sql(sql), params)
            else:
                c.execute(self._sql(sql), params)

        with c.transaction():
            c.execute("SELECT pg_advisory_xact_lock(hashtext('onrecord-schema'))")
            # Another process may have migrated while this one waited for the lock.
            if c.execute("SELECT value FROM onrecord_meta WHERE key = 'schema_version'").fetchone()[0] == "1":
                migrate.add_columns(execute, lambda sql: c.execute(sql).fetchall(), "postgres", script)
                c.execute(script)
                migrate.fill(execute, lambda sql: c.execute(sql).fetchall())

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- who runs a run: this database session, seen from any machine -----------------------

    def _run_owner(self) -> str:
        pid, started = self._one("SELECT pid, backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()")
        return f"pg:{pid}:{started.isoformat()}"

    def _owner_is_dead(self, run_owner: str | None) -> bool:
        if not run_owner or not run_owner.startswith("pg:"):
            return super()._owner_is_dead(run_owner)
        _, pid, started = run_owner.split(":", 2)
        row = self._one("SELECT backend_start FROM pg_stat_activity WHERE pid = ?", [int(pid)])
        # no such session: gone; another user's session shows no start time: leave it be
        return row is None or (row[0] is not None and row[0] != dt.datetime.fromisoformat(started))

    def _sql(self, sql: str) -> str:
        # The shared SQL is written with ? placeholders; psycopg wants %s.
        return sql.replace("?", "%s")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def _is_db_error(self, exc: BaseException) -> bool:
        return isinstance(exc, psycopg.Error)

    # -- full text -------------------------------------------------------------------------

    def _text_filters(self, text: TextQuery, *, alone: bool = False, limit: int = 0) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if text.all_of:
            sql, p = tsquery_sql(text.all_of)
            where.append(f"s.search @@ {sql}".replace("%s", "?"))
            params.extend(p)
        for term in text.none_of:
            sql, p = tsquery_sql([[term]])
            where.append(f"NOT (s.search @@ {sql})".replace("%s", "?"))
            params.extend(p)
        return where, params

    def _ranked_ids(self, text: TextQuery, where: list[str], params: list[Any], limit: int, offset: int,
                    *, min_id: int | None = None) -> list[tuple[int, float]]:
        if min_id is not None:
            where, params = [*where, "s.id >= ?"], [*params, min_id]
        sql, p = tsquery_sql(text.all_of)
        rank = f"ts_rank(s.search, {sql})".replace("%s", "?")
        text_where, text_params = self._text_filters(text)
        rows = self._all(
            f"SELECT s.id, {rank} AS rank FROM statements s{self._where_sql(where + text_where)} "
            f"ORDER BY rank DESC, s.id LIMIT {int(limit)} OFFSET {int(offset)}",
            [*p, *params, *text_params],
        )
        return [(i, float(r)) for i, r in rows]

    def _marked(self, ids: Sequence[int], text: TextQuery) -> dict[int, str]:
        sql, p = tsquery_sql(text.all_of)
        rows = self._conn.execute(
            f"SELECT id, ts_headline('{TS_CONFIG}', content, {sql}, %s) FROM statements WHERE id = ANY(%s)",
            (*p, _HEADLINE_OPTIONS, list(ids)),
        ).fetchall()
        return dict(rows)


def _redact(url: str) -> str:
    from . import _redact as redact

    return redact(url)
