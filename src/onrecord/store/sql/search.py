"""Finding statements: the filters of a SearchQuery, a page in date or relevance order,
counts and facets of the matches, one statement by id."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ...schema import DEFAULT_ACTS, STATEMENT_ACTS
from ..models import FacetCount, Facets, SearchQuery, SearchResult, StatementHit
from ..names import normalize_name
from ..query import TextQuery, decode_cursor, encode_cursor, parse_text_query, snippet_from_marked
from ..rows import SELECT_STATEMENT, STATEMENT_COLUMNS, statement_from_row
from .catalogue import UNNAMED_RANGE
from .core import SQLCore

UNNAMED_PREFIX = "unnamed-"

# Most speaker ids a name filter expands to ("Smith" matches many people).
MAX_SPEAKER_MATCHES = 200
# Facet counts are taken from at most this many matching statements, the most recently
# stored: counting every match of a word in most statements ("said") took 3-14 s at a
# million statements; 10,000 rows take about 50 ms and rank the top speakers and outlets
# of the word as they are now (benchmarks/load.py, docs/performance.md).
FACET_SAMPLE = 10_000
# Relevance order ranks at most this many matches of a word given alone, the most recently
# stored: bm25 costs about 4 µs per match, so ranking all matches of a very common word
# took 0.7-2.7 s; 10,000 take about 40 ms.
RELEVANCE_SAMPLE = 10_000


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
                # a word alone: rank its most recent RELEVANCE_SAMPLE matches, not all of them
                # (the act filter of the default record counts as no filter: it only thins them)
                text, where, params = self._acts_in_text(query, text, where, params)
                alone = not where or where == self._act_filter(query)[0]
                floor = self._nth_newest_match(text, RELEVANCE_SAMPLE) if alone else None
                ranked = self._ranked_ids(text, where, params, limit + 1, offset, min_id=floor)
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
        text = parse_text_query(query.q)
        with self._locked():
            filters = self._filters(query, TextQuery())
            if filters is None:
                return Facets(total=0)
            where, params = filters
            if not text and where == self._act_filter(query)[0] and set(query.acts) == set(DEFAULT_ACTS):
                return self._cached(("facets", top), lambda: self._facets_of_everything(top))
            # One pass over (at most FACET_SAMPLE of) the matching rows, counted here.
            text, where, params = self._acts_in_text(query, text, where, params)
            rows, total = self._facet_rows(text, where, params, FACET_SAMPLE)
            speakers: Counter[str] = Counter()
            outlets: Counter[str] = Counter()
            kinds: Counter[str] = Counter()
            acts: Counter[str] = Counter()
            unnamed = 0
            for speaker, outlet, kind, act in rows:
                kinds[kind] += 1
                acts[act] += 1
                if speaker is not None and speaker.startswith(UNNAMED_PREFIX):
                    unnamed += 1
                elif speaker is not None:
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
            acts=[FacetCount(value=k, count=n) for k, n in sorted(acts.items(), key=lambda kv: (-kv[1], kv[0]))],
            unnamed=unnamed,
            sample=len(rows) if len(rows) < total else None,
        )

    def _facet_rows(self, text: TextQuery, where: list[str], params: list[Any], cap: int) -> tuple[list[tuple[Any, ...]], int]:
        """(speaker_id, outlet, kind, act) of the ``cap`` most recently stored statements that
        match ``text`` and the other filters, and how many match in all. A backend may
        find them faster for a word alone."""
        text_where, text_params = self._text_filters(text, alone=False, limit=0) if text else ([], [])
        where, params = where + text_where, params + text_params
        rows = self._all(f"SELECT s.speaker_id, s.outlet, s.kind, s.act FROM statements s{self._where_sql(where)} "
                         f"ORDER BY s.id DESC LIMIT {int(cap) + 1}", params)
        if len(rows) <= cap:
            return rows, len(rows)
        total = int(self._one(f"SELECT count(*) FROM statements s{self._where_sql(where)}", params)[0])
        return rows[:cap], total

    def _nth_newest_match(self, text: TextQuery, n: int) -> int | None:
        """The id of the ``n``-th most recently stored statement matching ``text`` alone;
        None when fewer match."""
        text_where, text_params = self._text_filters(text, alone=False, limit=0)
        row = self._one(f"SELECT s.id FROM statements s{self._where_sql(text_where)} ORDER BY s.id DESC "
                        f"LIMIT 1 OFFSET {int(n) - 1}", text_params)
        return int(row[0]) if row else None

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
        if query.unnamed is not None:
            unnamed = UNNAMED_RANGE.format(col="s.speaker_id")
            where.append(unnamed if query.unnamed else f"s.speaker_id IS NOT NULL AND NOT {unnamed}")
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
        act_where, act_params = self._act_filter(query)
        return where + act_where, params + act_params

    def _acts_in_text(self, query: SearchQuery, text: TextQuery, where: list[str], params: list[Any]) -> tuple[TextQuery, list[str], list[Any]]:
        """Words whose only other filter is the acts (the default record's ``act IN
        ('speech', 'writing')``) become one text-index look-up where the backend indexes the
        act: a very common word is then counted and ranked inside the index, never by
        reading each matching statement row. RETURNS (text, where, params) to use."""
        act_where, _ = self._act_filter(query)
        if not self.ACTS_IN_TEXT_INDEX or not text.all_of or not act_where or where != act_where:
            return text, where, params
        return replace(text, acts=tuple(sorted(set(query.acts)))), [], []

    def _act_filter(self, query: SearchQuery) -> tuple[list[str], list[Any]]:
        """The acts asked for (every act: no filter). Applied last, so that a text query with
        no other filter still walks the date index when that is cheaper (its acts cost a
        test per row, not a join)."""
        acts = sorted(set(query.acts))
        if set(acts) == set(STATEMENT_ACTS):
            return [], []
        return [f"s.act IN ({self._marks(len(acts))})"], list(acts)

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
        # Any other form of the name the speaker was quoted under ("Dmitri Peskov").
        aliases = self._all("SELECT DISTINCT speaker_id FROM speaker_aliases WHERE normalized = ?", [" ".join(words)])
        return list(dict.fromkeys([r[0] for r in rows] + [r[0] for r in aliases]))[:MAX_SPEAKER_MATCHES]

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
        """Facets of the default record (speech and writing, no other filter): speakers from
        their maintained counts (which count those acts only), outlets, kinds and acts from
        index-only scans of ``statements_act``."""
        acts = sorted(DEFAULT_ACTS)
        where, params = f" WHERE act IN ({self._marks(len(acts))})", list(acts)
        act_rows = self._all(f"SELECT act, count(*) AS n FROM statements{where} GROUP BY act ORDER BY n DESC, act", params)
        speaker_rows = self._all(f"SELECT id, name, statement_count FROM speakers WHERE unnamed = ? ORDER BY statement_count DESC, id LIMIT {top}", [False])
        unnamed = self._one(f"SELECT count(*) FROM statements s{where} AND {UNNAMED_RANGE.format(col='s.speaker_id')}", params)[0]
        outlet_rows = self._all(
            f"SELECT outlet, count(*) AS n FROM statements{where} AND outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet LIMIT {top}",
            params,
        )
        kind_rows = self._all(f"SELECT kind, count(*) AS n FROM statements{where} GROUP BY kind ORDER BY n DESC, kind", params)
        return Facets(
            total=sum(n for _, n in act_rows),
            speakers=[FacetCount(value=name, count=n, id=i) for i, name, n in speaker_rows if n > 0],
            outlets=[FacetCount(value=o, count=n) for o, n in outlet_rows],
            kinds=[FacetCount(value=k, count=n) for k, n in kind_rows],
            acts=[FacetCount(value=a, count=n) for a, n in act_rows],
            unnamed=int(unnamed),
        )

    def _speaker_names(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        return dict(self._all(f"SELECT id, name FROM speakers WHERE id IN ({self._marks(len(ids))})", list(ids)))
