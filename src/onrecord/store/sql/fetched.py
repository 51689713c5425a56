"""The fetch cache: what the last request for each URL got (``fetch_cache``), read before a
pass of the fetcher and written after it, so that every cron run shares it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ...fetch.urls import url_key
from ..tracking import FetchLinks, FetchRecord
from .core import SQLCore, chunks, now

_COLUMNS = ("url", "kind", "status", "etag", "last_modified", "location", "canonical", "content_hash", "body", "links",
            "errors", "fetched_at", "checked_at")  # fmt: skip


class Fetched(SQLCore):
    """``fetch_records``, ``save_fetch_records``."""

    def fetch_records(self, urls: Sequence[str]) -> dict[str, FetchRecord]:
        found: dict[str, FetchRecord] = {}
        with self._locked():
            for chunk in chunks(sorted(set(urls))):
                for row in self._all(f"SELECT {', '.join(_COLUMNS)} FROM fetch_cache WHERE url IN ({self._marks(len(chunk))})", chunk):
                    record = dict(zip(_COLUMNS, row))
                    record["links"] = FetchLinks.model_validate_json(record["links"]) if record["links"] else None
                    record["fetched_at"] = self._parse_ts(record["fetched_at"])
                    record["checked_at"] = self._parse_ts(record["checked_at"])
                    found[record["url"]] = FetchRecord(**record)
        return found

    def save_fetch_records(self, records: Sequence[FetchRecord], *, seen: Sequence[str] = ()) -> None:
        updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
        rows: list[tuple[Any, ...]] = []
        for r in {r.url: r for r in records}.values():
            links = json.dumps(r.links.model_dump(), separators=(",", ":")) if r.links is not None else None
            rows.append((r.url, r.kind, r.status, r.etag, r.last_modified, r.location, r.canonical, r.content_hash, r.body,
                         links, r.errors, self._ts_param(r.fetched_at) if r.fetched_at else None, self._ts_param(r.checked_at)))
        keys = sorted({k for k in map(url_key, seen) if k})
        with self._writing():
            if rows:
                self._executemany(
                    f"INSERT INTO fetch_cache ({', '.join(_COLUMNS)}) VALUES ({self._marks(len(_COLUMNS))}) "
                    f"ON CONFLICT (url) DO UPDATE SET {updates}",
                    rows,
                )
            stamp = self._ts_param(now())
            for chunk in chunks(keys):
                self._execute(f"UPDATE articles SET last_seen = ? WHERE url_key IN ({self._marks(len(chunk))})", [stamp, *chunk])
