"""Articles by URL, and the replacement of an article whose page changed.

A changed page (same URL, new text) gets a new article id, since the id is the hash of the
text. ``_retire`` moves the old text to ``article_versions`` and takes the old article's
statements out of the speaker tallies, in the caller's transaction, so the store afterwards
holds what it would hold had only the new text ever been ingested; the new row keeps the
URL's ``first_seen`` and names the text it replaced (``previous_id``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...fetch.urls import url_key
from ..models import ArticleSummary
from ..tally import SpeakerTally
from ..tracking import ArticleVersion
from .core import SQLCore, chunks

_SUMMARY_COLUMNS = (
    "id, source, url, title, published, outlet, language, statement_count, first_seen, last_seen, updated_at, previous_id"
)


class Versions(SQLCore):
    """``article_by_url``, ``article_versions``, and ``_retire`` for ``add_articles``."""

    def article_by_url(self, url: str) -> ArticleSummary | None:
        key = url_key(url)
        if key is None:
            return None
        with self._locked():
            row = self._one(
                f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE url_key = ? OR url = ? "
                "ORDER BY CASE WHEN url = ? THEN 0 ELSE 1 END, added_at DESC, id LIMIT 1",
                [key, url.strip(), url.strip()],
            )
        return self._summary(row) if row else None

    def _summary(self, row: Sequence[Any]) -> ArticleSummary:
        i, source, url, title, published, outlet, language, n, first, last, updated, previous = row
        return ArticleSummary(
            id=i, source=source, url=url, title=title, published=self._parse_date(published), outlet=outlet,
            language=language, statements=n, first_seen=self._parse_ts(first), last_seen=self._parse_ts(last),
            updated_at=self._parse_ts(updated), previous_id=previous,
        )  # fmt: skip

    def article_versions(self, article_id: str) -> list[ArticleVersion]:
        with self._locked():
            rows = self._all(
                "SELECT v.article_id, v.url, v.title, v.text, v.statement_count, v.first_seen, v.replaced_at, v.replaced_by "
                "FROM article_versions v JOIN articles a ON a.url_key = v.url_key WHERE a.id = ? ORDER BY v.replaced_at, v.id",
                [article_id],
            )
        return [
            ArticleVersion(article_id=i, url=u, title=t, text=text, statements=n, first_seen=self._parse_ts(first),
                           replaced_at=self._parse_ts(at), replaced_by=by)
            for i, u, t, text, n, first, at, by in rows
        ]  # fmt: skip

    # -- inside add_articles' transaction ---------------------------------------------------

    def _stored_by_url_key(self, keys: Sequence[str | None]) -> dict[str, tuple[str, Any]]:
        """Stored articles by URL key: key -> (id, first_seen)."""
        found: dict[str, tuple[str, Any]] = {}
        unique = sorted({k for k in keys if k})
        for chunk in chunks(unique):
            for key, article_id, first_seen in self._all(
                f"SELECT url_key, id, first_seen FROM articles WHERE url_key IN ({self._marks(len(chunk))}) ORDER BY added_at, id",
                chunk,
            ):
                found[key] = (article_id, first_seen)  # the latest wins
        return found

    def _retire(self, old_id: str, new_id: str, stamp: Any) -> None:
        """Keep the text of article ``old_id`` as a version replaced by ``new_id``, then
        delete the article, its statements and what they added to the speaker tables
        (``Links._subtract_tally``)."""
        head = self._one("SELECT url_key, url, title, text, statement_count, first_seen FROM articles WHERE id = ?", [old_id])
        if head is None:
            return
        self._execute(
            "INSERT INTO article_versions (url_key, article_id, url, title, text, statement_count, first_seen, replaced_at, replaced_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [head[0], old_id, *head[1:], stamp, new_id],
        )
        old = self._load_articles([old_id])  # type: ignore[attr-defined]
        quote_ids = sorted({s.quote_id for a in old for s in a.statements if s.quote_id})
        self._execute("DELETE FROM articles WHERE id = ?", [old_id])  # statements and entities cascade
        if old:
            tally = SpeakerTally()
            tally.add(old[0])
            self._subtract_tally(tally)  # type: ignore[attr-defined]
        if quote_ids:
            self._refresh_quotes(quote_ids)  # type: ignore[attr-defined]  (recounted without the old reports)
