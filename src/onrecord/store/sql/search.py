"""Finding statements: the filters of a SearchQuery, a page in date or relevance order,
counts and facets of the matches, one statement by id."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..models import FacetCount, Facets, SearchQuery, SearchResult, StatementHit
from ..names import normalize_name
from ..query import TextQuery, decode_cursor, encode_cursor, parse_text_query, snippet_from_marked
from ..rows import SELECT_STATEMENT, STATEMENT_COLUMNS, statement_from_row
from .core import SQLCore

# Most speaker ids a name filter expands to ("Smith" matches many people).
MAX_SPEAKER_MATCHES = 200


class Search(SQLCore):
    """``search``, ``count``, ``facets`` and ``statement``."""

    def search(self, query: SearchQuery) -> SearchResult:
        text = parse_text_query(query.q)
        position = decode_cursor(query)
        limit = query.limit
        ranked_order = query.order == "relevance" and bool(text.all_of)
        with self._locked():
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

    def count(self, query: SearchQuery) -> int:
        with self._locked():
            filters = self._filters(query, parse_text_query(query.q))
            if filters is None:
                return 0
            where, params = filters
            return int(self._one(f"SELECT count(*) FROM statements s{self._where_sql(where)}", params)[0])

    def facets(self, query: SearchQuery, *, top: int = 10) -> Facets:
        top = int(top)
        with self._locked():
            filters = self._filters(query, parse_text_query(query.q))
            if filters is None:
                return Facets(total=0)
            where, params = filters
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

    def statement(self, statement_id: int) -> StatementHit | None:
        with self._locked():
            hits = self._hydrate([int(statement_id)], None)
        return hits[0] if hits else None

    # -- filters ---------------------------------------------------------------------------

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
            + f" ORDER BY statement_count DESC, id LIMIT {MAX_SPEAKER_MATCHES}",
            [f"% {w} %" for w in words],
        )
        return [r[0] for r in rows]

    # -- pages -----------------------------------------------------------------------------

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
        """The hits of these statement ids, in that order; snippets when ``text``."""
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
        hits = [by_id[i] for i in ids if i in by_id]
        self._attach_quotes(hits)  # type: ignore[attr-defined]
        return hits

    # -- facets ----------------------------------------------------------------------------

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
