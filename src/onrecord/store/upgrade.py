"""Stores made by an older onrecord, brought up to this schema in place on the next
writable open (ingest, load, a server that accepts articles); read-only commands open
them as they are.

Version 1 → 2: ``ingest_runs.status`` may be ``interrupted`` (a run whose process was
killed, marked when the next run starts) and ``ingest_runs.owner`` names who runs a run.
SQLite cannot change a CHECK constraint, so its table is rebuilt (SQLite's documented
procedure: new table, copy, drop, rename, foreign keys checked); PostgreSQL alters it.
A later schema change adds its step here.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

# Versions this onrecord upgrades from (to sql.core.SCHEMA_VERSION).
UPGRADABLE = frozenset({"1"})

_STATUSES = "('running', 'completed', 'failed', 'interrupted')"


def upgrade_sqlite(conn: sqlite3.Connection, script: str, version: str) -> None:
    """Bring a SQLite store from ``version`` to this schema, in one transaction."""
    from .sql import SCHEMA_VERSION

    table = re.search(r"CREATE TABLE IF NOT EXISTS ingest_runs \(.*?\n\);", script, re.S)
    assert table is not None, "schema_sqlite.sql defines ingest_runs"
    # Foreign keys (articles.run_id, failures.run_id) stay as they are while the table is
    # swapped; the switch is a no-op inside a transaction, so it comes first.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            found = conn.execute("SELECT value FROM onrecord_meta WHERE key = 'schema_version'").fetchone()[0]
            if found == version:  # not upgraded meanwhile by another process
                old = [row[1] for row in conn.execute("PRAGMA table_info(ingest_runs)")]
                conn.execute(table.group(0).replace("IF NOT EXISTS ingest_runs", "ingest_runs_upgraded", 1))
                columns = ", ".join(old)
                conn.execute(f"INSERT INTO ingest_runs_upgraded ({columns}) SELECT {columns} FROM ingest_runs")
                conn.execute("DROP TABLE ingest_runs")
                conn.execute("ALTER TABLE ingest_runs_upgraded RENAME TO ingest_runs")
                if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise sqlite3.IntegrityError("foreign keys broken by the upgrade of ingest_runs")
                conn.execute("UPDATE onrecord_meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def upgrade_postgres(conn: Any, version: str) -> None:
    """Bring a PostgreSQL store from ``version`` to this schema, in one transaction."""
    from .sql import SCHEMA_VERSION

    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('onrecord-schema'))")
        found = conn.execute("SELECT value FROM onrecord_meta WHERE key = 'schema_version'").fetchone()[0]
        if found != version:
            return
        conn.execute("ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS owner TEXT")
        conn.execute("ALTER TABLE ingest_runs DROP CONSTRAINT IF EXISTS ingest_runs_status_check")
        conn.execute(f"ALTER TABLE ingest_runs ADD CONSTRAINT ingest_runs_status_check CHECK (status IN {_STATUSES})")
        conn.execute("UPDATE onrecord_meta SET value = %s WHERE key = 'schema_version'", (SCHEMA_VERSION,))
