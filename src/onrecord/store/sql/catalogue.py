"""What is stored, by name: speakers with their breakdowns, articles whole or in lists,
and the totals of the whole store."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from ... import errors
from ...schema import DEFAULT_ACTS, Article, Entity
from ..models import ArticlePage, ArticleSummary, FacetCount, OutletSummary, RoleSpan, SpeakerDetail, SpeakerSummary, StoreStats, WeekCount
from ..names import normalize_name
from ..rows import SELECT_STATEMENT, statement_from_row
from .core import chunks
from .versions import Versions

_SPEAKER_COLUMNS = "id, name, type, statement_count, article_count, first_date, last_date, unnamed, article_id"
# Statements of unnamed sources, by their ids ('unnamed-…'): a range the speaker index serves.
UNNAMED_RANGE = "({col} >= 'unnamed-' AND {col} < 'unnamed.')"
# Articles per read of ``iter_articles``: bounded memory for an export of any size.
_EXPORT_CHUNK = 100


class Catalogue(Versions):
    """``speakers``, ``speaker``, ``article``, ``articles``, ``iter_articles``, ``stats``; the
    look-ups by URL come from ``Versions``."""

    # -- speakers --------------------------------------------------------------------------

    def speakers(self, top: int = 50, query: str | None = None, *, offset: int = 0, unnamed: bool | None = False) -> list[SpeakerSummary]:
        # a speaker with no statement said or written (only stances, say) is not listed
        conditions, params = ["statement_count > 0"], []
        if unnamed is not None:
            conditions.append("unnamed = ?")
            params.append(bool(unnamed))
        norm = normalize_name(query) if query else ""
        if norm:
            conditions.append("normalized LIKE ?")
            params.append(f"%{norm}%")
        where = self._where_sql(conditions)
        with self._locked():
            rows = self._all(
                f"SELECT {_SPEAKER_COLUMNS} FROM speakers{where} ORDER BY statement_count DESC, id LIMIT {int(top)} OFFSET {int(offset)}",
                params,
            )
            return self._summaries(rows)

    def speaker(self, speaker_id: str) -> SpeakerDetail | None:
        with self._locked():
            row = self._one(f"SELECT {_SPEAKER_COLUMNS} FROM speakers WHERE id = ?", [speaker_id])
            if row is None:
                # An id a relink retired leads to the speaker that took its statements.
                target = self._redirect(speaker_id)
                row = self._one(f"SELECT {_SPEAKER_COLUMNS} FROM speakers WHERE id = ?", [target]) if target else None
            if row is None:
                norm = normalize_name(speaker_id)
                row = self._one(
                    f"SELECT {_SPEAKER_COLUMNS} FROM speakers WHERE normalized = ? ORDER BY unnamed, statement_count DESC, id LIMIT 1",
                    [norm],
                ) if norm else None
            if row is None:
                return None
            summary = self._summaries([row])[0]
            # what the speaker said or wrote, as the speakers table counts it
            said = f"speaker_id = ? AND act IN ({self._marks(len(DEFAULT_ACTS))})"
            params = [summary.id, *DEFAULT_ACTS]
            kinds = self._all(f"SELECT kind, count(*) AS n FROM statements WHERE {said} GROUP BY kind ORDER BY n DESC, kind", params)
            outlets = self._all(
                f"SELECT outlet, count(*) AS n FROM statements WHERE {said} AND outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet",
                params,
            )
            by_date = self._all(f"SELECT date, count(*) FROM statements WHERE {said} GROUP BY date", params)
            roles = self._all(
                "SELECT role, value, statement_count, first_date, last_date FROM speaker_roles WHERE speaker_id = ? "
                "ORDER BY first_date IS NULL, first_date, statement_count DESC, value", [summary.id])
            unnamed_sources = self._unnamed_sources([summary.name, *summary.aliases]) if not summary.unnamed else []
        weeks: Counter[tuple[int, int]] = Counter()
        undated = 0
        for date, n in by_date:
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
            roles=[RoleSpan(role=r, value=v, statements=n, first_date=self._parse_date(f), last_date=self._parse_date(la))
                   for r, v, n, f, la in roles],
            unnamed_sources=unnamed_sources,
            unnamed_statements=sum(f.count for f in unnamed_sources),
        )

    def _unnamed_sources(self, names: Sequence[str]) -> list[FacetCount]:
        """Unnamed sources whose affiliation is one of ``names``, grouped by description."""
        values = sorted(set(names))
        counts: Counter[str] = Counter()
        for chunk in chunks(values):
            for name, n in self._all(
                "SELECT s.name, s.statement_count FROM speaker_roles r JOIN speakers s ON s.id = r.speaker_id "
                f"WHERE r.role = 'affiliation' AND r.value IN ({self._marks(len(chunk))}) AND s.unnamed", chunk):
                counts[name] += n
        return [FacetCount(value=k, count=n) for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def outlets(self) -> list[OutletSummary]:
        with self._locked():
            return self._cached("outlets", self._count_outlets)

    def _count_outlets(self) -> list[OutletSummary]:
        articles = dict(self._all("SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"))
        rows = self._all(
            f"SELECT outlet, count(*), sum(CASE WHEN {UNNAMED_RANGE.format(col='speaker_id')} THEN 1 ELSE 0 END) "
            f"FROM statements WHERE outlet IS NOT NULL AND act IN ({self._marks(len(DEFAULT_ACTS))}) GROUP BY outlet",
            sorted(DEFAULT_ACTS),  # what was said or written, as the speaker counts are
        )
        out = [OutletSummary(outlet=o, articles=articles.get(o, 0), statements=n, unnamed=int(u or 0),
                             unnamed_share=round(int(u or 0) / n, 4) if n else 0.0) for o, n, u in rows]
        return sorted(out, key=lambda x: (-x.statements, x.outlet))

    def _summaries(self, rows: list[tuple[Any, ...]]) -> list[SpeakerSummary]:
        roles = self._roles([r[0] for r in rows])
        aliases = self._aliases([r[0] for r in rows])
        out = []
        for i, name, type_, n, n_articles, first, last, unnamed, article in rows:
            affiliations = roles.get((i, "affiliation"), [])
            body = [a for a in affiliations[:1] if normalize_name(a) not in normalize_name(name)]
            label = f"unnamed: {', '.join([name, *body])}" if unnamed else name
            out.append(SpeakerSummary(
                id=i, name=name, type=type_, statements=n, articles=n_articles,
                titles=roles.get((i, "title"), []), affiliations=affiliations,
                first_date=self._parse_date(first), last_date=self._parse_date(last),
                aliases=aliases.get(i, []), unnamed=bool(unnamed), article_id=article, label=label,
            ))  # fmt: skip
        return out

    def _aliases(self, ids: Sequence[str]) -> dict[str, list[str]]:
        """Every form of these speakers' names, most frequent first."""
        out: dict[str, list[str]] = {}
        for chunk in chunks(list(ids)):
            for speaker, alias in self._all(
                f"SELECT speaker_id, alias FROM speaker_aliases WHERE speaker_id IN ({self._marks(len(chunk))}) "
                "ORDER BY speaker_id, statement_count DESC, alias",
                chunk,
            ):
                out.setdefault(speaker, []).append(alias)
        return out

    def _roles(self, ids: Sequence[str]) -> dict[tuple[str, str], list[str]]:
        """Titles and affiliations of these speakers, most frequent first."""
        out: dict[tuple[str, str], list[str]] = {}
        for chunk in chunks(list(ids)):
            for speaker, role, value in self._all(
                f"SELECT speaker_id, role, value FROM speaker_roles WHERE speaker_id IN ({self._marks(len(chunk))}) "
                "ORDER BY speaker_id, role, statement_count DESC, value",
                chunk,
            ):
                out.setdefault((speaker, role), []).append(value)
        return out

    # -- articles --------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        with self._locked():
            found = self._load_articles([article_id])
        return found[0] if found else None

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
        with self._locked():
            rows = self._all(
                "SELECT id, source, url, title, published, outlet, language, statement_count, first_seen, last_seen, updated_at, previous_id "
                f"FROM articles{where} ORDER BY published IS NULL, published DESC, id LIMIT {int(limit) + 1} OFFSET {offset}",
                params,
            )
        items = [self._summary(row) for row in rows[:limit]]
        return ArticlePage(articles=items, next_cursor=str(offset + limit) if len(rows) > limit else None)

    def iter_articles(self) -> Iterator[Article]:
        # Ids first, then articles in chunks, the lock held for each read only.
        with self._locked():
            ids = [r[0] for r in self._all("SELECT id FROM articles ORDER BY published IS NULL, published, id")]
        for chunk in chunks(ids, _EXPORT_CHUNK):
            with self._locked():
                articles = self._load_articles(list(chunk))
            yield from articles

    def _load_articles(self, ids: Sequence[str]) -> list[Article]:
        """These articles whole (text and statements), in the order of ``ids``; unknown ids
        left out."""
        if not ids:
            return []
        cols = "id, url, source, title, published, outlet, language, text, linked"
        heads = {r[0]: r for r in self._all(f"SELECT {cols} FROM articles WHERE id IN ({self._marks(len(ids))})", list(ids))}
        statements: dict[str, list[Any]] = {}
        for row in self._all(
            f"SELECT {SELECT_STATEMENT} FROM statements s WHERE s.article_id IN ({self._marks(len(ids))}) ORDER BY s.article_id, s.position",
            list(ids),
        ):
            statements.setdefault(row[1], []).append(statement_from_row(row[1:], self._parse_date))
        entities: dict[str, list[Entity]] = {}
        for row in self._all(
            f"SELECT article_id, name, type, titles, affiliations, aliases, mentions, unnamed FROM article_entities "
            f"WHERE article_id IN ({self._marks(len(ids))}) ORDER BY article_id, position",
            list(ids),
        ):
            a, name, type_, titles, affiliations, aliases, mentions, unnamed = row
            entities.setdefault(a, []).append(Entity(name=name, type=type_, titles=json.loads(titles), affiliations=json.loads(affiliations),
                                                     aliases=json.loads(aliases), mentions=mentions, unnamed=bool(unnamed)))
        out = []
        for i in ids:
            if i not in heads:
                continue
            _, url, source, title, published, outlet, language, text, linked = heads[i]
            found = statements.get(i, [])
            if not linked:
                # Not linked yet: the ids in its rows are plain name ids, not decisions.
                found = [s.model_copy(update={"speaker": s.speaker.model_copy(update={"id": None})}) for s in found]
            out.append(Article(
                id=i, url=url, source=source, title=title, published=self._parse_date(published),
                outlet=outlet, language=language, text=text, statements=found, entities=entities.get(i, []),
            ))  # fmt: skip
        return out

    # -- totals ----------------------------------------------------------------------------

    def stats(self) -> StoreStats:
        with self._locked():
            return self._cached("stats", self._count_totals)

    def _count_totals(self) -> StoreStats:
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
