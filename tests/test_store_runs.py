"""Ingest runs a killed process left ``running`` end ``interrupted`` when the next run
starts, and stores made before that status existed are upgraded in place; on SQLite and
PostgreSQL."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

from onrecord import errors
from onrecord.store import open_store
from onrecord.store.sql import SCHEMA_VERSION
from onrecord.store.sqlite import sqlite_path

DATA = Path(__file__).parent / "data"


def _run_started_by_a_process_that_then_dies(url: str) -> int:
    code = ("import os; from onrecord.store import open_store; s = open_store(%r); "
            "print(s.start_run(['crawl/'], {'jobs': 1}), flush=True); os._exit(9)") % url
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 9, done.stderr
    return int(done.stdout)


def test_a_killed_run_is_marked_interrupted_by_the_next_start(store_url):
    dead = _run_started_by_a_process_that_then_dies(store_url)
    with open_store(store_url) as store:
        assert {r.id: r.status for r in store.runs()} == {dead: "running"}
        alive = store.start_run(["other/"])
        assert {r.id: r.status for r in store.runs()} == {dead: "interrupted", alive: "running"}
        # a run whose process lives (this one) is left alone by the next start
        third = store.start_run(["third/"])
        assert {r.id: r.status for r in store.runs()} == {dead: "interrupted", alive: "running", third: "running"}
        store.finish_run(alive)
        store.finish_run(third, "failed")
        assert [r.status for r in store.runs()] == ["failed", "completed", "interrupted"]


def test_a_version_1_store_is_upgraded_on_a_writable_open(store_url):
    backend = "sqlite" if store_url.startswith("sqlite") else "postgres"
    # the schema onrecord 1 shipped: no 'interrupted' status, no owner column
    script = (DATA / f"schema1_{backend}.sql").read_text(encoding="utf-8")
    assert "interrupted" not in script and "owner" not in script
    rows = "INSERT INTO onrecord_meta VALUES ('schema_version', '1'); " \
           "INSERT INTO ingest_runs (started_at, status) VALUES ('2022-03-21T10:00:00+00:00', 'running'); " \
           "INSERT INTO articles (id, text, run_id, added_at) VALUES ('a1', 'text', 1, '2022-03-21T10:00:00+00:00')"
    if backend == "sqlite":
        con = sqlite3.connect(sqlite_path(store_url))
        con.executescript(script)
        con.executescript(rows)
        con.commit()
        con.close()
    else:
        import psycopg

        with psycopg.connect(store_url, autocommit=True) as con:
            con.execute(script)
            for statement in rows.split("; "):
                con.execute(statement)
    # a read-only command says what to run rather than read a store it cannot
    with pytest.raises(errors.StoreError, match="onrecord relink"):
        open_store(store_url, create=False)
    with open_store(store_url) as store:
        run = store.start_run(["new/"])
        runs = store.runs()
        assert [(r.id, r.status) for r in runs] == [(run, "running"), (1, "interrupted")]
        assert store.article("a1") is not None
    with open_store(store_url, create=False) as store:
        version = store._one("SELECT value FROM onrecord_meta WHERE key = 'schema_version'")[0]
    assert version == SCHEMA_VERSION == "2"
