"""The store's bookkeeping: failures (what could not be stored, and why) and ingest runs.

The two steps a batch write also takes (``_upsert_failures``, ``_delete_failures``,
``_add_to_run``) run inside the caller's transaction; the public methods open their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from ...schema import Failure
from ..models import FailureRecord, IngestRun, RunCounts, RunStatus
from .. import owner
from .core import SQLCore, chunks, now


class Ledger(SQLCore):
    """Failures and ingest runs."""

    # -- failures --------------------------------------------------------------------------

    def record_failures(self, failures: Sequence[Failure], *, run_id: int | None = None) -> None:
        with self._writing():
            self._upsert_failures(failures, run_id)

    def failures(self, *, limit: int | None = None, stage: str | None = None, skipped: bool | None = None) -> list[FailureRecord]:
        where, params = [], []
        if stage:
            where.append("stage = ?")
            params.append(stage)
        if skipped is not None:
            where.append("skipped" if skipped else "NOT skipped")
        sql = "SELECT id, source, stage, reason, skipped, attempts, first_seen, last_seen, run_id FROM failures"
        sql += self._where_sql(where) + " ORDER BY first_seen, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._locked():
            rows = self._all(sql, params)
        return [
            FailureRecord(
                id=i, source=src, stage=stg, reason=reason, skipped=bool(skp), attempts=att,
                first_seen=self._parse_ts(first), last_seen=self._parse_ts(last), run_id=run,
            )
            for i, src, stg, reason, skp, att, first, last, run in rows
        ]  # fmt: skip

    def clear_failures(self, sources: Iterable[str]) -> int:
        with self._writing():
            return self._delete_failures(sorted(set(sources)))

    def _upsert_failures(self, failures: Sequence[Failure], run_id: int | None) -> None:
        """One row per source: a repeat updates it (``attempts`` + 1)."""
        if not failures:
            return
        stamp = self._ts_param(now())
        # Last word wins for a source that failed twice in one batch.
        latest = {f.source: f for f in failures}
        self._executemany(
            "INSERT INTO failures (source, stage, reason, skipped, attempts, first_seen, last_seen, run_id) "
            "VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
            "stage = excluded.stage, reason = excluded.reason, skipped = excluded.skipped, "
            "attempts = failures.attempts + 1, last_seen = excluded.last_seen, run_id = excluded.run_id",
            [(f.source, f.stage, f.reason, bool(f.skipped), stamp, stamp, run_id) for f in latest.values()],
        )

    def _delete_failures(self, sources: Sequence[str]) -> int:
        deleted = 0
        for chunk in chunks(list(sources)):
            cur = self._execute(f"DELETE FROM failures WHERE source IN ({self._marks(len(chunk))})", chunk)
            deleted += max(cur.rowcount, 0)
        return deleted

    # -- ingest runs -----------------------------------------------------------------------

    def start_run(self, sources: Sequence[str], options: dict[str, str | int | bool | None] | None = None) -> int:
        with self._writing():
            self._mark_interrupted()
            row = self._one(
                "INSERT INTO ingest_runs (started_at, status, sources, options, owner) VALUES (?, 'running', ?, ?, ?) RETURNING id",
                [self._ts_param(now()), json.dumps(list(sources)), json.dumps(options or {}, sort_keys=True), self._run_owner()],
            )
        return int(row[0])

    def _mark_interrupted(self) -> None:
        """Runs still ``running`` whose process is gone (killed, the machine rebooted) end
        ``interrupted``; their committed batches stay. A run marked so by mistake is set
        right by its own ``finish_run``."""
        rows = self._all("SELECT id, owner FROM ingest_runs WHERE status = 'running'")
        dead = [run_id for run_id, owner in rows if self._owner_is_dead(owner)]
        for chunk in chunks(dead):
            self._execute(f"UPDATE ingest_runs SET status = 'interrupted' WHERE id IN ({self._marks(len(chunk))})", chunk)

    def _run_owner(self) -> str:
        """Who runs the runs this store starts (``store.owner``); a backend may know better."""
        return owner.this_process()

    def _owner_is_dead(self, run_owner: str | None) -> bool:
        return owner.is_dead(run_owner)

    def finish_run(self, run_id: int, status: RunStatus = "completed") -> None:
        with self._writing():
            self._execute("UPDATE ingest_runs SET finished_at = ?, status = ? WHERE id = ?", [self._ts_param(now()), status, run_id])

    def runs(self, *, limit: int = 20) -> list[IngestRun]:
        fields = list(RunCounts.model_fields)
        with self._locked():
            rows = self._all(
                f"SELECT id, started_at, finished_at, status, sources, options, {', '.join(fields)} FROM ingest_runs ORDER BY id DESC LIMIT {int(limit)}"
            )
        return [
            IngestRun(
                id=r[0], started_at=self._parse_ts(r[1]), finished_at=self._parse_ts(r[2]), status=r[3],
                sources=json.loads(r[4] or "[]"), options=json.loads(r[5] or "{}"),
                counts=RunCounts(**dict(zip(fields, r[6:]))),
            )
            for r in rows
        ]  # fmt: skip

    def _add_to_run(self, run_id: int, counts: RunCounts) -> None:
        fields = list(RunCounts.model_fields)
        self._execute(
            "UPDATE ingest_runs SET " + ", ".join(f"{f} = {f} + ?" for f in fields) + " WHERE id = ?",
            [getattr(counts, f) for f in fields] + [run_id],
        )
