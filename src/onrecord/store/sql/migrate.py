"""Schema 1 → 2, run on the first writable open of an older store (ingest, load, relink,
a server that accepts articles); a read-only open of a schema-1 store says what to run.

In one transaction: the new columns and tables are added and filled from what the store
holds; speaker ids stay as they were; ``ingest_runs`` may now end ``interrupted`` and names
its ``owner``; articles are looked up by their normalised URL (``url_key``). Every article is then marked as not linked (its speakers are plain names, as
schema 1 kept them): ``onrecord relink`` links them, and until then everything reads and
searches as before. A later schema change adds its step here.
"""

from __future__ import annotations

import re
from typing import Any

from ...fetch.urls import url_key
from ..names import fold_name, normalize_name, strip_honorifics, surname_key

# Columns schema 2 adds to existing tables: (table, column, SQLite type, PostgreSQL type).
ADDED_COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    ("articles", "linked", "INTEGER NOT NULL DEFAULT 1", "INTEGER NOT NULL DEFAULT 1"),
    ("statements", "speaker_unnamed", "INTEGER NOT NULL DEFAULT 0", "BOOLEAN NOT NULL DEFAULT FALSE"),
    ("statements", "speaker_document", "TEXT", "TEXT"),
    ("statements", "speaker_entity", "INTEGER", "INTEGER"),
    ("statements", "speaker_description", "TEXT", "TEXT"),
    ("statements", "quote_id", "TEXT", "TEXT"),
    # statements stored before acts existed count as speech until their article is ingested again
    ("statements", "act", "TEXT NOT NULL DEFAULT 'speech' CHECK (act IN ('speech', 'writing', 'belief', 'intention', 'stance'))",
     "TEXT NOT NULL DEFAULT 'speech' CHECK (act IN ('speech', 'writing', 'belief', 'intention', 'stance'))"),
    ("speaker_roles", "first_date", "TEXT", "DATE"),
    ("speaker_roles", "last_date", "TEXT", "DATE"),
    ("articles", "url_key", "TEXT", "TEXT"),
    ("articles", "first_seen", "TEXT", "TIMESTAMPTZ"),
    ("articles", "last_seen", "TEXT", "TIMESTAMPTZ"),
    ("articles", "updated_at", "TEXT", "TIMESTAMPTZ"),
    ("articles", "previous_id", "TEXT", "TEXT"),
    ("speakers", "unnamed", "INTEGER NOT NULL DEFAULT 0", "BOOLEAN NOT NULL DEFAULT FALSE"),
    ("speakers", "article_id", "TEXT", "TEXT"),
    ("speakers", "surname", "TEXT", "TEXT"),
    ("speakers", "fold", "TEXT", "TEXT"),
    ("speakers", "male", "INTEGER NOT NULL DEFAULT 0", "INTEGER NOT NULL DEFAULT 0"),
    ("speakers", "female", "INTEGER NOT NULL DEFAULT 0", "INTEGER NOT NULL DEFAULT 0"),
)

# Schema 1's speakers table, without UNIQUE (normalized, type): one speaker is now one
# person whatever types its statements gave it. SQLite cannot drop a constraint, so the
# table is copied (the 12 steps of https://sqlite.org/lang_altertable.html).
_SQLITE_SPEAKERS = """CREATE TABLE speakers_v2 (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, normalized TEXT NOT NULL, type TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0, article_count INTEGER NOT NULL DEFAULT 0,
    first_date TEXT, last_date TEXT)"""
_V1_SPEAKER_COLUMNS = "id, name, normalized, type, statement_count, article_count, first_date, last_date"


_RUN_STATUSES = "('running', 'completed', 'failed', 'interrupted')"


def _upgrade_runs(execute: Any, fetch: Any, backend: str, script: str) -> None:
    """``ingest_runs`` gains ``owner`` and the ``interrupted`` status. SQLite cannot change a
    CHECK constraint, so its table is copied into schema 2's definition."""
    if backend != "sqlite":
        execute("ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS owner TEXT")
        execute("ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS updated INTEGER NOT NULL DEFAULT 0")
        execute("ALTER TABLE ingest_runs DROP CONSTRAINT IF EXISTS ingest_runs_status_check")
        execute(f"ALTER TABLE ingest_runs ADD CONSTRAINT ingest_runs_status_check CHECK (status IN {_RUN_STATUSES})")
        return
    table = re.search(r"CREATE TABLE IF NOT EXISTS ingest_runs \(.*?\n\);", script, re.S)
    assert table is not None, "schema_sqlite.sql defines ingest_runs"
    old = ", ".join(row[1] for row in fetch("PRAGMA table_info(ingest_runs)"))
    execute(table.group(0).replace("IF NOT EXISTS ingest_runs", "ingest_runs_v2", 1))
    execute(f"INSERT INTO ingest_runs_v2 ({old}) SELECT {old} FROM ingest_runs")
    execute("DROP TABLE ingest_runs")
    execute("ALTER TABLE ingest_runs_v2 RENAME TO ingest_runs")


def add_columns(execute: Any, fetch: Any, backend: str, script: str) -> None:
    """Schema 2's new columns on schema 1's tables; the constraints schema 2 changed."""
    _upgrade_runs(execute, fetch, backend, script)
    if backend == "sqlite":
        # schema 2's full-text index also holds the act: made anew by the schema script and
        # filled by ``rebuild_text_index`` once the act column exists
        for trigger in ("insert", "delete", "update"):
            execute(f"DROP TRIGGER IF EXISTS statements_fts_{trigger}")
        execute("DROP TABLE IF EXISTS statements_fts")
        execute(_SQLITE_SPEAKERS)
        execute(f"INSERT INTO speakers_v2 ({_V1_SPEAKER_COLUMNS}) SELECT {_V1_SPEAKER_COLUMNS} FROM speakers")
        execute("DROP TABLE speakers")
        execute("ALTER TABLE speakers_v2 RENAME TO speakers")
    else:
        execute("ALTER TABLE speakers DROP CONSTRAINT IF EXISTS speakers_normalized_type_key")
    # schema 2 puts the act into the speaker-facets index: built again by the schema script
    execute("DROP INDEX IF EXISTS statements_speaker_facets")
    for table, column, sqlite_type, postgres_type in ADDED_COLUMNS:
        execute(f"ALTER TABLE {table} ADD COLUMN {column} {sqlite_type if backend == 'sqlite' else postgres_type}")


def fill(execute: Any, fetch: Any) -> None:
    """Fill schema 2's tables from schema 1's rows (after the schema script created them):
    the look-up keys of every speaker, their aliases, types and outlets; articles wait for
    ``onrecord relink``."""
    keys = []
    for speaker_id, name in fetch("SELECT id, name FROM speakers"):
        normalized = strip_honorifics(normalize_name(name))[0]
        keys.append((normalized, surname_key(normalized), fold_name(normalized), speaker_id))
    if keys:
        execute("UPDATE speakers SET normalized = ?, surname = ?, fold = ? WHERE id = ?", keys, many=True)
    aliases = [
        (speaker_id, alias, strip_honorifics(normalize_name(alias))[0], n, first, last)
        for speaker_id, alias, n, first, last in fetch(
            "SELECT speaker_id, speaker_name, count(*), min(date), max(date) FROM statements "
            "WHERE speaker_id IS NOT NULL AND speaker_name IS NOT NULL GROUP BY speaker_id, speaker_name")
    ]  # fmt: skip
    if aliases:
        execute("INSERT INTO speaker_aliases (speaker_id, alias, normalized, statement_count, first_date, last_date) "
                "VALUES (?, ?, ?, ?, ?, ?)", aliases, many=True)
    execute("INSERT INTO speaker_types (speaker_id, type, statement_count) "
            "SELECT speaker_id, speaker_type, count(*) FROM statements WHERE speaker_id IS NOT NULL GROUP BY speaker_id, speaker_type")
    execute("INSERT INTO speaker_outlets (speaker_id, outlet, statement_count, first_date, last_date) "
            "SELECT speaker_id, outlet, count(*), min(date), max(date) FROM statements "
            "WHERE speaker_id IS NOT NULL AND outlet IS NOT NULL GROUP BY speaker_id, outlet")
    urls = [(url_key(url), article_id) for article_id, url in fetch("SELECT id, url FROM articles WHERE url IS NOT NULL")]
    if urls:
        execute("UPDATE articles SET url_key = ? WHERE id = ?", urls, many=True)
    execute("UPDATE articles SET first_seen = added_at, last_seen = added_at")
    execute("UPDATE articles SET linked = 0")
    execute("UPDATE onrecord_meta SET value = '2' WHERE key = 'schema_version'")


def rebuild_text_index(execute: Any) -> None:
    """Fill SQLite's full-text index from the statements (after ``add_columns`` and the
    schema script made it anew)."""
    execute("INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')")
