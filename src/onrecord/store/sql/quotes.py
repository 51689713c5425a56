"""Quotations across articles in SQL (docs/quotes.md): the link stage's look-ups (exact
keys, near-duplicate keys), what a batch adds (variants, keys, the ``quotes`` rows of the
clusters it touched), the reset before a rebuild, and the reads of the faces.

Every look-up of the link stage is an index probe (``quote_variants`` by primary key,
``quote_keys`` by key with a cap per key), so linking a batch costs the same in a store of
a thousand articles or of millions.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ...schema import Article
from ..quote_models import MAX_REPORTS, DayCount, QuoteDetail, QuoteList, QuoteQuery, QuoteReport, QuoteSpeaker, QuoteSummary
from ..quotekeys import StoredVariant, provisional_hash, quote_id_of, quote_keys, statement_keys
from ..rows import speaker_key
from .core import SQLCore, chunks

# Variants read per near-duplicate key: a key shared by more texts than this is a stock
# phrase, and the texts that share a quotation share several keys anyway.
KEY_CAP = 50
# Keys per look-up statement (SQLite allows 500 terms in a compound SELECT).
_KEYS_PER_QUERY = 100
_QUOTE_COLUMNS = (
    "id", "text", "kind", "speaker_id", "speaker_name", "speakers", "reports", "articles", "outlets", "variants",
    "first_date", "last_date", "first_statement_id", "first_article_id", "first_outlet",
)  # fmt: skip
_SELECT_QUOTE = ", ".join(f"q.{c}" for c in _QUOTE_COLUMNS) + ", a.title, a.url"
_REPORT_COLUMNS = ("s.quote_id, s.id, s.article_id, s.position, s.kind, s.content, s.speaker_id, s.speaker_name, "
                   "s.date, s.outlet, a.published, a.title, a.url")  # fmt: skip
# Readers of the canonical text want the words as said: direct and mixed quotes first.
_FAITHFUL = {"direct": 0, "mixed": 1, "indirect": 2}


class Quotes(SQLCore):
    """The quote tables: ``quote_variants``, ``quote_postings``, ``_write_quotes``,
    ``clear_quotes``, ``save_quote_links``, ``quotes``, ``quote``, ``iter_quotes``."""

    # -- look-ups of the link stage --------------------------------------------------------

    def quote_variants(self, hashes: Iterable[int]) -> dict[int, StoredVariant]:
        """The stored variants with these exact keys."""
        out: dict[int, StoredVariant] = {}
        with self._locked():
            for chunk in chunks(sorted(set(hashes))):
                for h, quote_id, norm, words in self._all(
                    f"SELECT hash, quote_id, norm, words FROM quote_variants WHERE hash IN ({self._marks(len(chunk))})", chunk
                ):
                    out[int(h)] = StoredVariant(int(h), quote_id, norm, int(words))
        return out

    def quote_postings(self, keys: Iterable[int], cap: int = KEY_CAP) -> dict[int, list[int]]:
        """The variants (exact keys) indexed under each near-duplicate key, at most ``cap``
        per key: one bounded index range per key."""
        out: dict[int, list[int]] = {}
        cap = int(cap)
        with self._locked():
            for chunk in chunks(sorted(set(keys)), _KEYS_PER_QUERY):
                sql = " UNION ALL ".join(
                    f"SELECT * FROM (SELECT key, variant FROM quote_keys WHERE key = ? ORDER BY variant LIMIT {cap}) AS k{i}"
                    for i in range(len(chunk))
                )
                for key, variant in self._all(sql, chunk):
                    out.setdefault(int(key), []).append(int(variant))
        return out

    # -- what a batch adds -----------------------------------------------------------------

    def _final_quote_ids(self, articles: Sequence[Article]) -> list[Article]:
        """The articles with each provisional quote id (a quotation the link stage founded)
        replaced by its own: the store's next quotation number, in the order of the batch;
        or, when its founding text is stored already (a batch retried article by article),
        that text's quotation. Inside the caller's transaction."""
        provisional = list(dict.fromkeys(
            s.quote_id for a in articles for s in a.statements if s.quote_id and provisional_hash(s.quote_id) is not None))
        if not provisional:
            return list(articles)
        stored = self.quote_variants(provisional_hash(p) for p in provisional)
        final: dict[str, str] = {}
        fresh = [p for p in provisional if provisional_hash(p) not in stored]
        first = self._next_quote_numbers(len(fresh)) if fresh else 0
        for p in provisional:
            hit = stored.get(provisional_hash(p))
            final[p] = hit.quote_id if hit else quote_id_of(first + fresh.index(p))
        return [a.model_copy(update={"statements": [
            s.model_copy(update={"quote_id": final[s.quote_id]}) if s.quote_id in final else s for s in a.statements]})
            if any(s.quote_id in final for s in a.statements) else a for a in articles]

    def _next_quote_numbers(self, n: int) -> int:
        """Reserve ``n`` quotation numbers in one atomic step (two ingests at once never
        get the same). RETURNS (int): the first."""
        row = self._one(
            "INSERT INTO onrecord_meta (key, value) VALUES ('quote_seq', ?) ON CONFLICT (key) DO UPDATE "
            "SET value = CAST(CAST(onrecord_meta.value AS BIGINT) + ? AS TEXT) RETURNING value",
            [str(n), n],
        )
        return int(row[0]) - n + 1


    def _write_quotes(self, articles: Sequence[Article]) -> None:
        """Inside the caller's transaction, after the statements rows: the new variants of
        these articles' statements with their keys, then the quotes rows they touched."""
        variants: dict[int, tuple[str, Any]] = {}
        touched: set[str] = set()
        for article in articles:
            for s in article.statements:
                if s.quote_id is None:
                    continue
                keys = statement_keys(s.content.text, speaker_key(s), article.id)
                variants.setdefault(keys.exact, (s.quote_id, keys))
                touched.add(s.quote_id)
        if not variants:
            return
        known: set[int] = set()
        for chunk in chunks(sorted(variants)):
            known.update(int(r[0]) for r in self._all(f"SELECT hash FROM quote_variants WHERE hash IN ({self._marks(len(chunk))})", chunk))
        new = [h for h in sorted(variants) if h not in known]
        self._executemany(
            "INSERT INTO quote_variants (hash, quote_id, norm, words) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING",
            [(h, variants[h][0], variants[h][1].norm, variants[h][1].words) for h in new],
        )
        self._executemany(
            "INSERT INTO quote_keys (key, variant) VALUES (?, ?) ON CONFLICT DO NOTHING",
            sorted({(key, h) for h in new for key in variants[h][1].near}),
        )
        self._refresh_quotes(sorted(touched))

    def _refresh_quotes(self, quote_ids: Sequence[str]) -> None:
        """Recount these quotations from their reports (an index range each); a quotation
        left without reports is deleted."""
        for chunk in chunks(list(quote_ids)):
            reports = self._quote_reports(chunk)
            rows = [_cluster_row(qid, reports[qid], self._date_param) for qid in chunk if reports.get(qid)]
            gone = [qid for qid in chunk if not reports.get(qid)]
            if rows:
                updates = ", ".join(f"{c} = excluded.{c}" for c in _QUOTE_COLUMNS[1:])
                self._executemany(
                    f"INSERT INTO quotes ({', '.join(_QUOTE_COLUMNS)}) VALUES ({self._marks(len(_QUOTE_COLUMNS))}) "
                    f"ON CONFLICT (id) DO UPDATE SET {updates}",
                    rows,
                )
            if gone:
                self._execute(f"DELETE FROM quotes WHERE id IN ({self._marks(len(gone))})", gone)

    def _quote_reports(self, quote_ids: Sequence[str]) -> dict[str, list[QuoteReport]]:
        """The reports of these quotations, first reported first (undated last)."""
        out: dict[str, list[QuoteReport]] = {}
        if not quote_ids:
            return out
        for row in self._all(
            f"SELECT {_REPORT_COLUMNS} FROM statements s JOIN articles a ON a.id = s.article_id "
            f"WHERE s.quote_id IN ({self._marks(len(quote_ids))})",
            list(quote_ids),
        ):
            qid, sid, article_id, position, kind, content, speaker_id, speaker_name, date, outlet, published, title, url = row
            out.setdefault(qid, []).append(QuoteReport(
                statement_id=int(sid), article_id=article_id, position=int(position), kind=kind, content=content, exact=False,
                speaker_id=speaker_id, speaker_name=speaker_name, date=self._parse_date(date), outlet=outlet,
                published=self._parse_date(published), article_title=title, article_url=url,
            ))  # fmt: skip
        for reports in out.values():
            reports.sort(key=_first_seen)
        return out

    # -- rebuilding ------------------------------------------------------------------------

    def clear_quotes(self) -> None:
        """Forget every quotation in one transaction: the quote tables are emptied and
        statements lose their quote ids (``QuoteLinker.reset``; a relink then links every
        article again, oldest stored first)."""
        with self._writing():
            self._clear_quote_rows()

    def _clear_quote_rows(self) -> None:
        """``clear_quotes`` inside the caller's transaction (a relink's first step)."""
        for table in ("quote_keys", "quote_variants", "quotes"):
            self._execute(f"DELETE FROM {table}")
        self._execute("UPDATE statements SET quote_id = NULL WHERE quote_id IS NOT NULL")
        self._execute("DELETE FROM onrecord_meta WHERE key = 'quote_seq'")

    def iter_stored_order(self) -> Iterator[Article]:
        """The articles that have statements, in the order they were stored (their first
        statement's id), whole: the order a rebuild links them in, as ingest did."""
        with self._locked():
            ids = [r[0] for r in self._all("SELECT article_id FROM statements GROUP BY article_id ORDER BY min(id)")]
        for chunk in chunks(ids, 100):
            with self._locked():
                yield from self._load_articles(list(chunk))  # type: ignore[attr-defined]

    def save_quote_links(self, articles: Sequence[Article]) -> None:
        """Store the quote ids the link stage gave articles already stored, with the quote
        tables they change, in one transaction."""
        with self._writing():
            self._save_quote_rows(articles)

    def _save_quote_rows(self, articles: Sequence[Article]) -> None:
        """``save_quote_links`` inside the caller's transaction (a relink's batch)."""
        articles = self._final_quote_ids(articles)
        self._executemany(
            "UPDATE statements SET quote_id = ? WHERE article_id = ? AND position = ?",
            [(s.quote_id, a.id, i) for a in articles for i, s in enumerate(a.statements)],
        )
        self._write_quotes(articles)

    # -- reading ---------------------------------------------------------------------------

    def quotes(self, query: QuoteQuery) -> QuoteList:
        """Quotations, carried by the most articles first (then most reports); ``q`` and
        ``speaker`` keep those with a report that matches (the statement filters of search)."""
        from ..models import SearchQuery
        from ..query import parse_text_query

        where = ["q.reports >= ?"]
        params: list[Any] = [query.min_reports]
        with self._locked():
            if query.q or query.speaker:
                # Search's statement filters (SQLStore joins both mixins).
                filters = self._filters(SearchQuery(q=query.q, speaker=query.speaker), parse_text_query(query.q))  # type: ignore[attr-defined]
                if filters is None:
                    return QuoteList(quotes=[])
                inner, inner_params = filters
                where.append(f"q.id IN (SELECT s.quote_id FROM statements s{self._where_sql(inner + ['s.quote_id IS NOT NULL'])})")
                params.extend(inner_params)
            rows = self._all(
                f"SELECT {_SELECT_QUOTE} FROM quotes q LEFT JOIN articles a ON a.id = q.first_article_id"
                f"{self._where_sql(where)} ORDER BY q.articles DESC, q.reports DESC, q.id LIMIT {int(query.limit) + 1} OFFSET {int(query.offset)}",
                params,
            )
        found = [self._quote_summary(r) for r in rows]
        more = len(found) > query.limit
        return QuoteList(quotes=found[: query.limit], next_offset=query.offset + query.limit if more else None)

    def quote(self, quote_id: str, *, limit: int = MAX_REPORTS) -> QuoteDetail | None:
        """One quotation with its reports (at most ``limit``), or None."""
        with self._locked():
            found = self._quote_details([quote_id], limit)
        return found[0] if found else None

    def quote_summaries(self, quote_ids: Iterable[str]) -> dict[str, QuoteSummary]:
        """The summaries of these quotations, by id (unknown ids left out)."""
        with self._locked():
            return self._quote_summaries(quote_ids)

    def iter_quotes(self, *, min_reports: int = 1) -> Iterator[QuoteDetail]:
        """Every quotation with all its reports, first reported first (for export)."""
        with self._locked():
            ids = [r[0] for r in self._all(
                "SELECT id FROM quotes WHERE reports >= ? ORDER BY first_date IS NULL, first_date, id", [int(min_reports)])]
        for chunk in chunks(ids, 200):
            with self._locked():
                yield from self._quote_details(list(chunk), None)

    def _quote_summaries(self, quote_ids: Iterable[str]) -> dict[str, QuoteSummary]:
        out: dict[str, QuoteSummary] = {}
        for chunk in chunks(sorted(set(quote_ids))):
            for row in self._all(
                f"SELECT {_SELECT_QUOTE} FROM quotes q LEFT JOIN articles a ON a.id = q.first_article_id "
                f"WHERE q.id IN ({self._marks(len(chunk))})", chunk
            ):
                out[row[0]] = self._quote_summary(row)
        return out

    def _quote_summary(self, row: Sequence[Any]) -> QuoteSummary:
        c = dict(zip((*_QUOTE_COLUMNS, "first_title", "first_url"), row))
        c["first_date"], c["last_date"] = self._parse_date(c["first_date"]), self._parse_date(c["last_date"])
        return QuoteSummary(**c)

    def _quote_details(self, quote_ids: Sequence[str], limit: int | None) -> list[QuoteDetail]:
        summaries = self._quote_summaries(quote_ids)
        reports = self._quote_reports([q for q in quote_ids if q in summaries])
        out = []
        for qid in quote_ids:
            if qid not in summaries:
                continue
            summary, found = summaries[qid], reports.get(qid, [])
            canonical = quote_keys(summary.text).norm
            for r in found:
                r.exact = quote_keys(r.content).norm == canonical
            out.append(QuoteDetail(**summary.model_dump(), report_list=found[:limit] if limit else found,
                                   speaker_counts=_speaker_counts(found), timeline=_timeline(found)))
        return out

    def _attach_quotes(self, hits: Sequence[Any]) -> None:
        """Set ``quote_id`` and ``quote`` (the summary) on statement hits, one query."""
        summaries = self._quote_summaries(h.statement.quote_id for h in hits if h.statement.quote_id)
        for h in hits:
            h.quote_id = h.statement.quote_id
            h.quote = summaries.get(h.quote_id) if h.quote_id else None


def _seen(report: QuoteReport) -> dt.date | None:
    """When a report was seen: its article's publication date (not when the words were
    said, which a report may date earlier: "said last week")."""
    return report.published


def _first_seen(report: QuoteReport) -> tuple[bool, dt.date, int]:
    seen = _seen(report)
    return (seen is None, seen or dt.date.max, report.statement_id)


def _cluster_row(quote_id: str, reports: list[QuoteReport], date_param: Any) -> tuple[Any, ...]:
    """One quotes row from a quotation's reports (sorted first seen first)."""
    first = reports[0]
    canonical = min(reports, key=lambda r: (_FAITHFUL.get(r.kind, 3), -quote_keys(r.content).words, _first_seen(r)))
    named = Counter(r.speaker_id for r in reports if r.speaker_id)
    speaker_id = min(named, key=lambda k: (-named[k], next(i for i, r in enumerate(reports) if r.speaker_id == k))) if named else None
    names = Counter(r.speaker_name for r in reports if r.speaker_id == speaker_id and r.speaker_name)
    dates = [d for d in (_seen(r) for r in reports) if d is not None]
    return (
        quote_id, canonical.content, canonical.kind, speaker_id, names.most_common(1)[0][0] if names else None, len(named),
        len(reports), len({r.article_id for r in reports}), len({r.outlet for r in reports if r.outlet}),
        len({quote_keys(r.content).norm for r in reports}),
        date_param(min(dates)) if dates else None, date_param(max(dates)) if dates else None,
        first.statement_id, first.article_id, first.outlet,
    )  # fmt: skip


def _speaker_counts(reports: list[QuoteReport]) -> list[QuoteSpeaker]:
    counts = Counter(r.speaker_id for r in reports)
    names: dict[str | None, str | None] = {}
    for r in reports:
        names.setdefault(r.speaker_id, r.speaker_name)
    ranked = sorted(counts.items(), key=lambda kv: (kv[0] is None, -kv[1], kv[0] or ""))
    return [QuoteSpeaker(speaker_id=k, name=names.get(k), reports=n) for k, n in ranked]


def _timeline(reports: list[QuoteReport]) -> list[DayCount]:
    days = Counter(d for d in (_seen(r) for r in reports) if d is not None)
    return [DayCount(date=d, count=n) for d, n in sorted(days.items())]
