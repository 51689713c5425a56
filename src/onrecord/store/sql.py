"""The part of the store that SQLite and PostgreSQL share: plain SQL over DB-API.

Statements are written with ``?`` placeholders; a backend converts them for its driver
(``_sql``). What differs between the two — full text, snippets, types of dates and times,
transactions — is a small set of hooks each backend implements.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, TypeVar

from .. import errors
from ..schema import Article, Failure
from .base import (
    AddResult,
    ArticlePage,
    ArticleSummary,
    FacetCount,
    Facets,
    FailureRecord,
    IngestRun,
    RunCounts,
    RunStatus,
    SearchQuery,
    SearchResult,
    SpeakerDetail,
    SpeakerSummary,
    StatementHit,
    Store,
    StoreStats,
    WeekCount,
)
from .names import normalize_name
from .query import TextQuery, decode_cursor, encode_cursor, parse_text_query, snippet_from_marked
from .rows import (
    ARTICLE_COLUMNS,
    SELECT_STATEMENT,
    STATEMENT_COLUMNS,
    SpeakerTally,
    statement_from_row,
    statement_row,
)

SCHEMA_VERSION = "1"
# Most bound values in one IN (...) list: under SQLite's default limit of 32,766 variables
# with room for the other filters.
_CHUNK = 500
# Most speaker ids a name filter expands to ("Smith" matches many people).
_MAX_SPEAKER_MATCHES = 200

F = TypeVar("F", bound=Callable[..., Any])


def locked(method: F) -> F:
    """Serialise a public method on the store's lock: one connection, many threads (the
    HTTP server runs sync endpoints in a thread pool)."""

    @functools.wraps(method)
    def wrapper(self: SQLStore, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except errors.OnrecordError:
                raise
            except Exception as exc:
                if not self._is_db_error(exc):
                    raise
                raise self._wrap_error(exc) from exc

    return wrapper  # type: ignore[return-value]


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _now() -> dt.datetime:
    # Bookkeeping time of ingest runs and failures, not a date any statement is resolved
    # against.
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class SQLStore(Store):
    """A Store over one DB-API connection. Subclasses set the hooks below."""

    # SQL function names for "smaller/larger of two values" (2-argument min/max in SQLite).
    LEAST = "LEAST"
    GREATEST = "GREATEST"

    def __init__(self, url: str, conn: Any) -> None:
        self.url = url
        self._conn = conn
        self._lock = threading.RLock()
        # Whole-store answers (stats, unfiltered facets) by data version: a front page asks
        # for them on every request, and they cost a scan each.
        self._cache: dict[Any, tuple[int, Any]] = {}

    # -- hooks -----------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql

    def _transaction(self) -> AbstractContextManager[Any]:
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

    def _ranked_ids(self, text: TextQuery, where: list[str], params: list[Any], limit: int, offset: int) -> list[tuple[int, float]]:
        """(statement id, score) of the statements matching ``text`` and the other
        filters ``where``/``params``, best first, one page."""
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

    # -- helpers ---------------------------------------------------------------------------

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

    # -- writing ---------------------------------------------------------------------------

    @locked
    def add_articles(
        self,
        articles: Sequence[Article],
        *,
        failures: Sequence[Failure] = (),
        done_sources: Sequence[str] = (),
        run_id: int | None = None,
        counts: RunCounts | None = None,
    ) -> AddResult:
        self._cache.clear()  # our own commits do not change the data version
        result = AddResult()
        with self._transaction():
            self._add_articles(articles, run_id, result)
            self._record_failures(failures, run_id)
            result.failures = len(failures)
            failed = {f.source for f in failures}
            succeeded = {a.source for a in articles if a.source} | set(done_sources)
            self._clear_failures(sorted(succeeded - failed))
            if run_id is not None:
                # The caller counts documents, failures and skips; what this call stored
                # is added here, in the same transaction.
                base = counts or RunCounts()
                self._bump_run(run_id, base.model_copy(update={
                    "added": base.added + result.added,
                    "duplicates": base.duplicates + result.duplicates,
                    "statements": base.statements + result.statements,
                }))  # fmt: skip
        return result

    def _is_db_error(self, exc: BaseException) -> bool:
        raise NotImplementedError

    def _add_articles(self, articles: Sequence[Article], run_id: int | None, result: AddResult) -> None:
        candidates: list[Article] = []
        batch_ids: set[str] = set()
        batch_urls: set[str] = set()
        flags = self._known(
            [a.id for a in articles], [a.url for a in articles]
        ) if articles else []
        for article, stored in zip(articles, flags):
            # A duplicate within the batch counts like one already stored.
            if stored or article.id in batch_ids or (article.url and article.url in batch_urls):
                result.duplicates += 1
                result.duplicate_ids.append(article.id)
                continue
            batch_ids.add(article.id)
            if article.url:
                batch_urls.add(article.url)
            candidates.append(article)
        if not candidates:
            return
        tally = SpeakerTally()
        for article in candidates:
            tally.add(article)
        self._upsert_speakers(tally)
        now = self._ts_param(_now())
        rows: list[tuple[Any, ...]] = []
        insert_article = self._sql(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({self._marks(len(ARTICLE_COLUMNS))}) "
            "ON CONFLICT DO NOTHING RETURNING id"
        )
        for article in candidates:
            # ON CONFLICT: a concurrent ingest may have stored it since _known looked.
            inserted = self._conn.execute(insert_article, (
                article.id, article.url, article.source, article.title, self._date_param(article.published),
                article.outlet, article.language, article.text, len(article.statements), run_id, now,
            )).fetchone()
            if inserted is None:
                result.duplicates += 1
                result.duplicate_ids.append(article.id)
                continue
            result.added += 1
            result.added_ids.append(article.id)
            result.statements += len(article.statements)
            rows.extend(statement_row(article, i, s, self._date_param) for i, s in enumerate(article.statements))
        if len(result.added_ids) != len(candidates):
            # A concurrent ingest stored one of them after _known looked (PostgreSQL only:
            # SQLite's BEGIN IMMEDIATE serialises writers). The speaker counts above would
            # be off, so the whole batch rolls back; the caller's retry sees them as known.
            raise errors.StoreError(errors.E_STORE_FAILED.format(url=self.url, reason="another ingest stored the same articles at the same time; run the command again"))
        if rows:
            self._executemany(
                f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)}) VALUES ({self._marks(len(STATEMENT_COLUMNS))})",
                rows,
            )

    def _upsert_speakers(self, tally: SpeakerTally) -> None:
        if not tally.speakers:
            return
        least, greatest = self.LEAST, self.GREATEST
        self._executemany(
            "INSERT INTO speakers (id, name, normalized, type, statement_count, article_count, first_date, last_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "statement_count = speakers.statement_count + excluded.statement_count, "
            "article_count = speakers.article_count + excluded.article_count, "
            f"first_date = {least}(COALESCE(speakers.first_date, excluded.first_date), COALESCE(excluded.first_date, speakers.first_date)), "
            f"last_date = {greatest}(COALESCE(speakers.last_date, excluded.last_date), COALESCE(excluded.last_date, speakers.last_date))",
            [
                (key, name, norm, type_, n, n_articles, self._date_param(first), self._date_param(last))
                for key, (name, norm, type_, n, n_articles, first, last) in sorted(tally.speakers.items())
            ],
        )
        self._executemany(
            "INSERT INTO speaker_roles (speaker_id, role, value, statement_count) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (speaker_id, role, value) DO UPDATE SET "
            "statement_count = speaker_roles.statement_count + excluded.statement_count",
            [(k, role, value, n) for (k, role, value), n in sorted(tally.roles.items())],
        )

    def _bump_run(self, run_id: int, counts: RunCounts) -> None:
        fields = list(RunCounts.model_fields)
        self._execute(
            "UPDATE ingest_runs SET " + ", ".join(f"{f} = {f} + ?" for f in fields) + " WHERE id = ?",
            [getattr(counts, f) for f in fields] + [run_id],
        )

    @locked
    def known(self, ids: Sequence[str], urls: Sequence[str | None]) -> list[bool]:
        return self._known(ids, urls)

    def _known(self, ids: Sequence[str], urls: Sequence[str | None]) -> list[bool]:
        found_ids: set[str] = set()
        found_urls: set[str] = set()
        unique_ids = sorted(set(ids))
        unique_urls = sorted({u for u in urls if u})
        for chunk in _chunks(unique_ids):
            found_ids.update(r[0] for r in self._all(f"SELECT id FROM articles WHERE id IN ({self._marks(len(chunk))})", chunk))
        for chunk in _chunks(unique_urls):
            found_urls.update(r[0] for r in self._all(f"SELECT url FROM articles WHERE url IN ({self._marks(len(chunk))})", chunk))
        return [i in found_ids or (u is not None and u in found_urls) for i, u in zip(ids, urls)]

    # -- search ----------------------------------------------------------------------------

    def _filters(self, query: SearchQuery, text: TextQuery, *, limit: int = 0) -> tuple[list[str], list[Any]] | None:
        """WHERE fragments on alias ``s`` and their parameters; None when a filter cannot
        match anything (an unknown speaker or outlet). ``text`` may be empty, to get the
        other filters alone."""
        where: list[str] = []
        params: list[Any] = []
        if query.speaker:
            ids = self._speaker_ids(query.speaker)
            if not ids:
                return None
            where.append(f"s.speaker_id IN ({self._marks(len(ids))})")
            params.extend(ids)
        if query.outlet:
            outlets = [r[0] for r in self._all("SELECT DISTINCT outlet FROM articles WHERE lower(outlet) = lower(?)", [query.outlet.strip()])]
            if not outlets:
                return None
            where.append(f"s.outlet IN ({self._marks(len(outlets))})")
            params.extend(outlets)
        if query.kind:
            where.append("s.kind = ?")
            params.append(query.kind)
        if query.since:
            where.append("s.date >= ?")
            params.append(self._date_param(query.since))
        if query.until:
            where.append("s.date <= ?")
            params.append(self._date_param(query.until))
        if query.article_id:
            where.append("s.article_id = ?")
            params.append(query.article_id)
        if query.min_confidence is not None:
            where.append("s.confidence >= ?")
            params.append(query.min_confidence)
        if text:
            text_where, text_params = self._text_filters(text, alone=not where, limit=limit)
            where.extend(text_where)
            params.extend(text_params)
        return where, params

    def _speaker_ids(self, value: str) -> list[str]:
        """Speaker ids for a filter value: the id itself, else every speaker whose name has
        all the words of the value ("Peskov" finds "Dmitry Peskov" and a bare "Peskov";
        "Dmitry Peskov" finds him), most statements first."""
        value = value.strip()
        rows = self._all("SELECT id FROM speakers WHERE id = ?", [value])
        if rows:
            return [rows[0][0]]
        words = normalize_name(value).split()
        if not words:
            return []
        rows = self._all(
            "SELECT id FROM speakers WHERE "
            + " AND ".join("(' ' || normalized || ' ') LIKE ?" for _ in words)
            + f" ORDER BY statement_count DESC, id LIMIT {_MAX_SPEAKER_MATCHES}",
            [f"% {w} %" for w in words],
        )
        return [r[0] for r in rows]

    @staticmethod
    def _where_sql(where: list[str]) -> str:
        return (" WHERE " + " AND ".join(where)) if where else ""

    @locked
    def search(self, query: SearchQuery) -> SearchResult:
        text = parse_text_query(query.q)
        position = decode_cursor(query)
        limit = query.limit
        ranked_order = query.order == "relevance" and bool(text.all_of)
        # Relevance: the backend joins the text match itself; date: one WHERE for all.
        filters = self._filters(query, TextQuery() if ranked_order else text, limit=limit + 1)
        if filters is None:
            return SearchResult(hits=[])
        where, params = filters
        scores: dict[int, float] = {}
        next_cursor = None
        if ranked_order:
            offset = int((position or {}).get("o", 0))
            ranked = self._ranked_ids(text, where, params, limit + 1, offset)
            if len(ranked) > limit:
                next_cursor = encode_cursor(query, {"o": offset + limit})
            ranked = ranked[:limit]
            ids = [i for i, _ in ranked]
            scores = dict(ranked)
        else:
            keyed = self._dated_ids(where, params, limit + 1, position)
            if len(keyed) > limit:
                last_id, last_date = keyed[limit - 1]
                next_cursor = encode_cursor(query, {"d": last_date.isoformat() if last_date else None, "i": last_id})
            ids = [i for i, _ in keyed[:limit]]
        hits = self._hydrate(ids, text if text.all_of else None)
        for hit in hits:
            hit.score = scores.get(hit.id)
        return SearchResult(hits=hits, next_cursor=next_cursor)

    def _dated_ids(self, where: list[str], params: list[Any], limit: int, position: dict | None) -> list[tuple[int, dt.date | None]]:
        """Ids newest first, undated last, by id descending within a date; keyset paging.

        Two plain range queries (dated, then undated) rather than one with NULLS LAST, so
        both backends walk the (date, id) index and stop after ``limit`` rows.
        """
        out: list[tuple[int, dt.date | None]] = []
        last_date = self._parse_date(position["d"]) if position and position.get("d") else None
        last_id = int(position["i"]) if position else None
        if position is None or last_date is not None:
            cond = ["s.date IS NOT NULL"]
            extra: list[Any] = []
            if last_date is not None:
                cond.append("(s.date < ? OR (s.date = ? AND s.id < ?))")
                extra = [self._date_param(last_date), self._date_param(last_date), last_id]
            rows = self._all(
                f"SELECT s.id, s.date FROM statements s{self._where_sql(where + cond)} ORDER BY s.date DESC, s.id DESC LIMIT {int(limit)}",
                params + extra,
            )
            out.extend((r[0], self._parse_date(r[1])) for r in rows)
        if len(out) < limit:
            cond = ["s.date IS NULL"]
            extra = []
            if position is not None and last_date is None:
                cond.append("s.id < ?")
                extra = [last_id]
            rows = self._all(
                f"SELECT s.id FROM statements s{self._where_sql(where + cond)} ORDER BY s.id DESC LIMIT {int(limit - len(out))}",
                params + extra,
            )
            out.extend((r[0], None) for r in rows)
        return out

    def _hydrate(self, ids: Sequence[int], text: TextQuery | None) -> list[StatementHit]:
        if not ids:
            return []
        rows = self._all(
            f"SELECT {SELECT_STATEMENT}, a.title, a.url, a.published FROM statements s "
            f"JOIN articles a ON a.id = s.article_id WHERE s.id IN ({self._marks(len(ids))})",
            list(ids),
        )
        marked = self._marked(ids, text) if text is not None else {}
        n = len(STATEMENT_COLUMNS) + 1
        by_id: dict[int, StatementHit] = {}
        for row in rows:
            c = dict(zip(("id", *STATEMENT_COLUMNS), row[:n]))
            statement = statement_from_row(row[1:n], self._parse_date)
            title, url, published = row[n:]
            by_id[c["id"]] = StatementHit(
                id=c["id"],
                article_id=c["article_id"],
                position=c["position"],
                statement=statement,
                speaker_id=c["speaker_id"],
                date=self._parse_date(c["date"]),
                article_title=title,
                article_url=url,
                outlet=c["outlet"],
                published=self._parse_date(published),
                snippet=snippet_from_marked(marked[c["id"]]) if c["id"] in marked else None,
            )
        return [by_id[i] for i in ids if i in by_id]

    @locked
    def count(self, query: SearchQuery) -> int:
        filters = self._filters(query, parse_text_query(query.q))
        if filters is None:
            return 0
        where, params = filters
        return int(self._one(f"SELECT count(*) FROM statements s{self._where_sql(where)}", params)[0])

    @locked
    def facets(self, query: SearchQuery, *, top: int = 10) -> Facets:
        filters = self._filters(query, parse_text_query(query.q))
        if filters is None:
            return Facets(total=0)
        where, params = filters
        top = int(top)
        if not where:
            return self._cached(("facets", top), lambda: self._facets_of_everything(top))
        # One pass over the matching rows, counted here: one scan instead of one per facet.
        speakers: Counter[str] = Counter()
        outlets: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        total = 0
        cursor = self._execute(f"SELECT s.speaker_id, s.outlet, s.kind FROM statements s{self._where_sql(where)}", params)
        while rows := cursor.fetchmany(5000):
            for speaker, outlet, kind in rows:
                total += 1
                kinds[kind] += 1
                if speaker is not None:
                    speakers[speaker] += 1
                if outlet is not None:
                    outlets[outlet] += 1

        def ranked(counter: Counter[str]) -> list[tuple[str, int]]:
            return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]

        top_speakers = ranked(speakers)
        names = self._speaker_names([i for i, _ in top_speakers])
        return Facets(
            total=total,
            speakers=[FacetCount(value=names.get(i, i), count=n, id=i) for i, n in top_speakers],
            outlets=[FacetCount(value=o, count=n) for o, n in ranked(outlets)],
            kinds=[FacetCount(value=k, count=n) for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))],
        )

    def _facets_of_everything(self, top: int) -> Facets:
        """Facets without any filter: speakers from their maintained counts, outlets and
        kinds from index-only scans."""
        total = int(self._one("SELECT count(*) FROM statements")[0])
        speaker_rows = self._all(f"SELECT id, name, statement_count FROM speakers ORDER BY statement_count DESC, id LIMIT {top}")
        outlet_rows = self._all(
            f"SELECT outlet, count(*) AS n FROM statements WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet LIMIT {top}"
        )
        kind_rows = self._all("SELECT kind, count(*) AS n FROM statements GROUP BY kind ORDER BY n DESC, kind")
        return Facets(
            total=total,
            speakers=[FacetCount(value=name, count=n, id=i) for i, name, n in speaker_rows if n > 0],
            outlets=[FacetCount(value=o, count=n) for o, n in outlet_rows],
            kinds=[FacetCount(value=k, count=n) for k, n in kind_rows],
        )

    def _speaker_names(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        return dict(self._all(f"SELECT id, name FROM speakers WHERE id IN ({self._marks(len(ids))})", list(ids)))

    @locked
    def statement(self, statement_id: int) -> StatementHit | None:
        hits = self._hydrate([int(statement_id)], None)
        return hits[0] if hits else None

    # -- speakers --------------------------------------------------------------------------

    _SPEAKER_COLUMNS = "id, name, type, statement_count, article_count, first_date, last_date"

    def _summaries(self, rows: list[tuple[Any, ...]]) -> list[SpeakerSummary]:
        roles = self._roles([r[0] for r in rows])
        return [
            SpeakerSummary(
                id=i, name=name, type=type_, statements=n, articles=n_articles,
                titles=roles.get((i, "title"), []), affiliations=roles.get((i, "affiliation"), []),
                first_date=self._parse_date(first), last_date=self._parse_date(last),
            )
            for i, name, type_, n, n_articles, first, last in rows
        ]  # fmt: skip

    def _roles(self, ids: Sequence[str]) -> dict[tuple[str, str], list[str]]:
        out: dict[tuple[str, str], list[str]] = {}
        for chunk in _chunks(list(ids)):
            for speaker, role, value in self._all(
                f"SELECT speaker_id, role, value FROM speaker_roles WHERE speaker_id IN ({self._marks(len(chunk))}) "
                "ORDER BY speaker_id, role, statement_count DESC, value",
                chunk,
            ):
                out.setdefault((speaker, role), []).append(value)
        return out

    @locked
    def speakers(self, top: int = 50, query: str | None = None, *, offset: int = 0) -> list[SpeakerSummary]:
        where, params = "", []
        norm = normalize_name(query) if query else ""
        if norm:
            where, params = " WHERE normalized LIKE ?", [f"%{norm}%"]
        rows = self._all(
            f"SELECT {self._SPEAKER_COLUMNS} FROM speakers{where} ORDER BY statement_count DESC, id LIMIT {int(top)} OFFSET {int(offset)}",
            params,
        )
        return self._summaries(rows)

    @locked
    def speaker(self, speaker_id: str) -> SpeakerDetail | None:
        row = self._one(f"SELECT {self._SPEAKER_COLUMNS} FROM speakers WHERE id = ?", [speaker_id])
        if row is None:
            norm = normalize_name(speaker_id)
            row = self._one(
                f"SELECT {self._SPEAKER_COLUMNS} FROM speakers WHERE normalized = ? ORDER BY statement_count DESC, id LIMIT 1",
                [norm],
            ) if norm else None
        if row is None:
            return None
        summary = self._summaries([row])[0]
        sid = summary.id
        kinds = self._all("SELECT kind, count(*) AS n FROM statements WHERE speaker_id = ? GROUP BY kind ORDER BY n DESC, kind", [sid])
        outlets = self._all(
            "SELECT outlet, count(*) AS n FROM statements WHERE speaker_id = ? AND outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet",
            [sid],
        )
        weeks: Counter[tuple[int, int]] = Counter()
        undated = 0
        for date, n in self._all("SELECT date, count(*) FROM statements WHERE speaker_id = ? GROUP BY date", [sid]):
            day = self._parse_date(date)
            if day is None:
                undated += n
                continue
            iso = day.isocalendar()
            weeks[(iso.year, iso.week)] += n
        timeline = [
            WeekCount(week=f"{y}-W{w:02d}", start=dt.date.fromisocalendar(y, w, 1), count=n) for (y, w), n in sorted(weeks.items())
        ]
        return SpeakerDetail(
            **summary.model_dump(),
            kinds=[FacetCount(value=k, count=n) for k, n in kinds],
            outlets=[FacetCount(value=o, count=n) for o, n in outlets],
            timeline=timeline,
            undated=undated,
        )

    # -- articles --------------------------------------------------------------------------

    def _load_articles(self, ids: Sequence[str]) -> list[Article]:
        if not ids:
            return []
        cols = "id, url, source, title, published, outlet, language, text"
        heads = {r[0]: r for r in self._all(f"SELECT {cols} FROM articles WHERE id IN ({self._marks(len(ids))})", list(ids))}
        statements: dict[str, list[Any]] = {}
        for row in self._all(
            f"SELECT {SELECT_STATEMENT} FROM statements s WHERE s.article_id IN ({self._marks(len(ids))}) ORDER BY s.article_id, s.position",
            list(ids),
        ):
            statements.setdefault(row[1], []).append(statement_from_row(row[1:], self._parse_date))
        out = []
        for i in ids:
            if i not in heads:
                continue
            _, url, source, title, published, outlet, language, text = heads[i]
            out.append(Article(
                id=i, url=url, source=source, title=title, published=self._parse_date(published),
                outlet=outlet, language=language, text=text, statements=statements.get(i, []),
            ))  # fmt: skip
        return out

    @locked
    def article(self, article_id: str) -> Article | None:
        found = self._load_articles([article_id])
        return found[0] if found else None

    @locked
    def articles(self, *, limit: int = 50, cursor: str | None = None, outlet: str | None = None) -> ArticlePage:
        offset = 0
        if cursor:
            try:
                offset = int(cursor)
            except ValueError:
                raise errors.ConfigError(errors.E_BAD_CURSOR.format(cursor=cursor)) from None
        where, params = "", []
        if outlet:
            where, params = " WHERE lower(outlet) = lower(?)", [outlet]
        rows = self._all(
            "SELECT id, source, url, title, published, outlet, language, statement_count FROM articles"
            f"{where} ORDER BY published IS NULL, published DESC, id LIMIT {int(limit) + 1} OFFSET {offset}",
            params,
        )
        items = [
            ArticleSummary(id=i, source=s, url=u, title=t, published=self._parse_date(p), outlet=o, language=lang, statements=n)
            for i, s, u, t, p, o, lang, n in rows[:limit]
        ]
        return ArticlePage(articles=items, next_cursor=str(offset + limit) if len(rows) > limit else None)

    def iter_articles(self) -> Iterator[Article]:
        # Ids first, then articles in chunks: bounded memory for an export of any size.
        with self._lock:
            ids = [r[0] for r in self._all("SELECT id FROM articles ORDER BY published IS NULL, published, id")]
        for chunk in _chunks(ids, 100):
            with self._lock:
                articles = self._load_articles(list(chunk))
            yield from articles

    @locked
    def stats(self) -> StoreStats:
        return self._cached("stats", self._stats)

    def _stats(self) -> StoreStats:
        def n(sql: str) -> int:
            return int(self._one(sql)[0])

        # Two queries: each of min() and max() alone is one index seek.
        first = self._one("SELECT min(date) FROM statements")[0]
        last = self._one("SELECT max(date) FROM statements")[0]
        return StoreStats(
            articles=n("SELECT count(*) FROM articles"),
            statements=n("SELECT count(*) FROM statements"),
            speakers=n("SELECT count(*) FROM speakers"),
            outlets=n("SELECT count(DISTINCT outlet) FROM articles"),
            failures=n("SELECT count(*) FROM failures WHERE NOT skipped"),
            skipped=n("SELECT count(*) FROM failures WHERE skipped"),
            first_date=self._parse_date(first),
            last_date=self._parse_date(last),
        )

    # -- failures --------------------------------------------------------------------------

    def _record_failures(self, failures: Sequence[Failure], run_id: int | None) -> None:
        if not failures:
            return
        now = self._ts_param(_now())
        # Last word wins for a source that failed twice in one batch.
        latest = {f.source: f for f in failures}
        self._executemany(
            "INSERT INTO failures (source, stage, reason, skipped, attempts, first_seen, last_seen, run_id) "
            "VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
            "stage = excluded.stage, reason = excluded.reason, skipped = excluded.skipped, "
            "attempts = failures.attempts + 1, last_seen = excluded.last_seen, run_id = excluded.run_id",
            [(f.source, f.stage, f.reason, bool(f.skipped), now, now, run_id) for f in latest.values()],
        )

    @locked
    def record_failures(self, failures: Sequence[Failure], *, run_id: int | None = None) -> None:
        self._cache.clear()  # our own commits do not change the data version
        with self._transaction():
            self._record_failures(failures, run_id)

    @locked
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
        return [
            FailureRecord(
                id=i, source=src, stage=stg, reason=reason, skipped=bool(skp), attempts=att,
                first_seen=self._parse_ts(first), last_seen=self._parse_ts(last), run_id=run,
            )
            for i, src, stg, reason, skp, att, first, last, run in self._all(sql, params)
        ]  # fmt: skip

    def _clear_failures(self, sources: Sequence[str]) -> int:
        deleted = 0
        for chunk in _chunks(list(sources)):
            cur = self._execute(f"DELETE FROM failures WHERE source IN ({self._marks(len(chunk))})", chunk)
            deleted += max(cur.rowcount, 0)
        return deleted

    @locked
    def clear_failures(self, sources: Iterable[str]) -> int:
        self._cache.clear()  # our own commits do not change the data version
        with self._transaction():
            return self._clear_failures(sorted(set(sources)))

    # -- runs ------------------------------------------------------------------------------

    @locked
    def start_run(self, sources: Sequence[str], options: dict[str, str | int | bool | None] | None = None) -> int:
        self._cache.clear()  # our own commits do not change the data version
        with self._transaction():
            row = self._one(
                "INSERT INTO ingest_runs (started_at, status, sources, options) VALUES (?, 'running', ?, ?) RETURNING id",
                [self._ts_param(_now()), json.dumps(list(sources)), json.dumps(options or {}, sort_keys=True)],
            )
        return int(row[0])

    @locked
    def finish_run(self, run_id: int, status: RunStatus = "completed") -> None:
        self._cache.clear()  # our own commits do not change the data version
        with self._transaction():
            self._execute("UPDATE ingest_runs SET finished_at = ?, status = ? WHERE id = ?", [self._ts_param(_now()), status, run_id])

    @locked
    def runs(self, *, limit: int = 20) -> list[IngestRun]:
        fields = list(RunCounts.model_fields)
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
