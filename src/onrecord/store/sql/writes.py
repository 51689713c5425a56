"""Writing a batch: articles, their statements and speakers, the batch's failures and the
run counters, in one transaction; and the look-up that lets ingest skip known documents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import errors
from ...fetch.urls import url_key
from ...schema import Article, Failure
from ..models import AddResult, RunCounts
from ..rows import ARTICLE_COLUMNS, STATEMENT_COLUMNS, statement_row
from ..tally import SpeakerTally, is_linked
from .core import chunks, now
from .ledger import Ledger
from .links import Links
from .versions import Versions


class Writes(Versions, Ledger, Links):
    """``add_articles`` and ``known``; a batch also records failures and run counts, hence
    the ledger underneath, and may replace the earlier text of a URL (``versions``)."""

    def add_articles(
        self,
        articles: Sequence[Article],
        *,
        failures: Sequence[Failure] = (),
        done_sources: Sequence[str] = (),
        run_id: int | None = None,
        counts: RunCounts | None = None,
        replace: bool = False,
    ) -> AddResult:
        result = AddResult()
        with self._writing():
            self._insert_articles(articles, run_id, result, replace=replace)
            self._upsert_failures(failures, run_id)
            result.failures = len(failures)
            failed = {f.source for f in failures}
            succeeded = {a.source for a in articles if a.source} | set(done_sources)
            self._delete_failures(sorted(succeeded - failed))
            if run_id is not None:
                # The caller counts documents, failures and skips; what this call stored
                # is added here, in the same transaction.
                base = counts or RunCounts()
                self._add_to_run(run_id, base.model_copy(update={
                    "added": base.added + result.added,
                    "duplicates": base.duplicates + result.duplicates,
                    "statements": base.statements + result.statements,
                    "updated": base.updated + result.updated,
                }))  # fmt: skip
        return result

    def known(self, ids: Sequence[str], urls: Sequence[str | None]) -> list[bool]:
        found_ids: set[str] = set()
        found_urls: set[str] = set()
        unique_ids = sorted(set(ids))
        unique_urls = sorted({u for u in urls if u})
        with self._locked():
            for chunk in chunks(unique_ids):
                found_ids.update(r[0] for r in self._all(f"SELECT id FROM articles WHERE id IN ({self._marks(len(chunk))})", chunk))
            for chunk in chunks(unique_urls):
                found_urls.update(r[0] for r in self._all(f"SELECT url FROM articles WHERE url IN ({self._marks(len(chunk))})", chunk))
        return [i in found_ids or (u is not None and u in found_urls) for i, u in zip(ids, urls)]

    def _insert_articles(self, articles: Sequence[Article], run_id: int | None, result: AddResult, *, replace: bool = False) -> None:
        """Insert the articles not stored yet, with their statements and speakers; count
        the rest in ``result`` as duplicates. With ``replace``, an article whose URL is
        stored with another text replaces that text (``Versions._retire``)."""
        candidates: list[Article] = []
        batch_ids: set[str] = set()
        batch_urls: set[str] = set()
        # With replace, a stored URL does not make an article a duplicate: only its text does.
        flags = self.known([a.id for a in articles], [None if replace else a.url for a in articles]) if articles else []
        earlier = self._stored_by_url_key([url_key(a.url) for a in articles if a.url]) if replace else {}
        for article, stored in zip(articles, flags):
            url = url_key(article.url) if replace else article.url
            # A duplicate within the batch counts like one already stored.
            if stored or article.id in batch_ids or (url and url in batch_urls):
                result.duplicates += 1
                result.duplicate_ids.append(article.id)
                continue
            batch_ids.add(article.id)
            if url:
                batch_urls.add(url)
            candidates.append(article)
        if not candidates:
            return
        stamp = self._ts_param(now())
        replacing: dict[str, tuple[str, object]] = {}  # new id -> (replaced id, its first_seen)
        for article in candidates:
            key = url_key(article.url)
            if key in earlier:
                replacing[article.id] = earlier[key]
                self._retire(earlier[key][0], article.id, stamp)
        # New quotations get their ids, in order (link/quotes.py left them provisional).
        candidates = self._final_quote_ids(candidates)  # type: ignore[attr-defined]
        tally = SpeakerTally()
        for article in candidates:
            tally.add(article)
        self._write_tally(tally)
        rows: list[tuple[Any, ...]] = []
        insert_article = self._sql(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({self._marks(len(ARTICLE_COLUMNS))}) "
            "ON CONFLICT DO NOTHING RETURNING id"
        )
        for article in candidates:
            replaced = replacing.get(article.id)
            # ON CONFLICT: a concurrent ingest may have stored it since known() looked.
            inserted = self._conn.execute(insert_article, (
                article.id, article.url, article.source, article.title, self._date_param(article.published),
                article.outlet, article.language, article.text, len(article.statements), run_id, stamp, int(is_linked(article)),
                url_key(article.url), replaced[1] if replaced else stamp, stamp,
                stamp if replaced else None, replaced[0] if replaced else None,
            )).fetchone()
            if inserted is None:
                result.duplicates += 1
                result.duplicate_ids.append(article.id)
                continue
            if replaced:
                result.updated += 1
                result.updated_ids.append(article.id)
            else:
                result.added += 1
                result.added_ids.append(article.id)
            result.statements += len(article.statements)
            rows.extend(statement_row(article, i, s, self._date_param) for i, s in enumerate(article.statements))
        if len(result.added_ids) + len(result.updated_ids) != len(candidates):
            # A concurrent ingest stored one of them after known() looked (PostgreSQL only:
            # SQLite's BEGIN IMMEDIATE serialises writers). The speaker counts above would
            # be off, so the whole batch rolls back; the caller's retry sees them as known.
            raise errors.StoreError(errors.E_STORE_FAILED.format(url=self.url, reason="another ingest stored the same articles at the same time; run the command again"))
        self._write_entities(candidates)
        if rows:
            self._executemany(
                f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)}) VALUES ({self._marks(len(STATEMENT_COLUMNS))})",
                rows,
            )
            # The quotations of the new statements (link/quotes.py decided their quote_id).
            self._write_quotes(candidates)  # type: ignore[attr-defined]

