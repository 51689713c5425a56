"""The link stage's side of the store: candidate look-ups, the speaker tables a batch adds
to, and the bookkeeping of ``relink`` (docs/linking.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from ...schema import DEFAULT_ACTS, Article
from ..names import fold_name, normalize_name, strip_honorifics, surname_key
from ..tally import KnownSpeaker, SpeakerTally, is_linked, majority_type
from .core import SQLCore, chunks

# The speaker tables relink empties and fills again, children first.
SPEAKER_TABLES = ("speaker_aliases", "speaker_types", "speaker_outlets", "speaker_roles", "speakers")
_ENTITY_COLUMNS = ("article_id", "position", "name", "type", "titles", "affiliations", "aliases", "mentions", "unnamed")


class Links(SQLCore):
    """``speaker_candidates``, the tally writer and ``relink``'s steps."""

    # -- look-ups --------------------------------------------------------------------------

    def speaker_candidates(self, *, names: Iterable[str] = (), folds: Iterable[str] = (), surnames: Iterable[str] = ()) -> list[KnownSpeaker]:
        """Speakers across articles (never one article's own) whose normalised name or alias
        is in ``names``, whose folded name is in ``folds``, or whose surname key is in
        ``surnames``; each with its aliases, roles and outlets. Indexed look-ups only."""
        ids: set[str] = set()
        with self._locked():
            for column, values in (("normalized", names), ("fold", folds), ("surname", surnames)):
                for chunk in chunks(sorted(set(values))):
                    ids.update(r[0] for r in self._all(
                        f"SELECT id FROM speakers WHERE {column} IN ({self._marks(len(chunk))}) AND article_id IS NULL", chunk))
            for chunk in chunks(sorted(set(names))):
                ids.update(r[0] for r in self._all(
                    f"SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
                    f"WHERE a.normalized IN ({self._marks(len(chunk))}) AND s.article_id IS NULL", chunk))
            return self._known(sorted(ids))

    def _known(self, ids: Sequence[str]) -> list[KnownSpeaker]:
        out: dict[str, KnownSpeaker] = {}
        for chunk in chunks(list(ids)):
            marks = self._marks(len(chunk))
            for i, name, norm, type_, n, first, last, male, female, surname, fold in self._all(
                "SELECT id, name, normalized, type, statement_count, first_date, last_date, male, female, surname, fold "
                f"FROM speakers WHERE id IN ({marks})", chunk):
                out[i] = KnownSpeaker(i, name, norm, type_, n, self._parse_date(first), self._parse_date(last),
                                      male, female, surname, fold)
            for i, type_, n in self._all(f"SELECT speaker_id, type, statement_count FROM speaker_types WHERE speaker_id IN ({marks})", chunk):
                out[i].types[type_] = n
            for i, norm, n in self._all(f"SELECT speaker_id, normalized, statement_count FROM speaker_aliases WHERE speaker_id IN ({marks})", chunk):
                out[i].aliases[norm] = out[i].aliases.get(norm, 0) + n
            for i, value, n in self._all(f"SELECT speaker_id, value, statement_count FROM speaker_roles WHERE speaker_id IN ({marks})", chunk):
                key = normalize_name(value)
                out[i].roles[key] = out[i].roles.get(key, 0) + n
            for i, outlet, first, last in self._all(f"SELECT speaker_id, outlet, first_date, last_date FROM speaker_outlets WHERE speaker_id IN ({marks})", chunk):
                out[i].outlets[outlet] = (self._parse_date(first), self._parse_date(last))
        return [out[i] for i in ids if i in out]

    # -- what a batch adds -----------------------------------------------------------------

    def _write_tally(self, tally: SpeakerTally) -> None:
        """Add a batch's counts to the speaker tables (inside the caller's transaction), then
        set the type (most frequent) and the name (most frequent full form) of each speaker
        it touched."""
        if not tally.speakers:
            return
        least, greatest = self.LEAST, self.GREATEST
        first = f"first_date = {least}(COALESCE({{t}}.first_date, excluded.first_date), COALESCE(excluded.first_date, {{t}}.first_date))"
        last = f"last_date = {greatest}(COALESCE({{t}}.last_date, excluded.last_date), COALESCE(excluded.last_date, {{t}}.last_date))"

        def dates(table: str) -> str:
            return first.format(t=table) + ", " + last.format(t=table)

        d = self._date_param
        self._executemany(
            "INSERT INTO speakers (id, name, normalized, type, statement_count, article_count, first_date, last_date, "
            "unnamed, article_id, surname, fold, male, female) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET statement_count = speakers.statement_count + excluded.statement_count, "
            "article_count = speakers.article_count + excluded.article_count, male = speakers.male + excluded.male, "
            f"female = speakers.female + excluded.female, {dates('speakers')}",
            [(k, name, norm, type_, n, arts, d(f), d(la), bool(unnamed), scope, surname, fold, male, female)
             for k, (name, norm, type_, n, arts, f, la, unnamed, scope, surname, fold, male, female) in sorted(tally.speakers.items())],
        )
        self._executemany(
            "INSERT INTO speaker_aliases (speaker_id, alias, normalized, statement_count, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (speaker_id, alias) DO UPDATE SET statement_count = speaker_aliases.statement_count + excluded.statement_count, {dates('speaker_aliases')}",
            [(k, alias, norm, n, d(f), d(la)) for (k, alias), (norm, n, f, la) in sorted(tally.aliases.items())],
        )
        self._executemany(
            "INSERT INTO speaker_types (speaker_id, type, statement_count) VALUES (?, ?, ?) "
            "ON CONFLICT (speaker_id, type) DO UPDATE SET statement_count = speaker_types.statement_count + excluded.statement_count",
            [(k, type_, n) for (k, type_), n in sorted(tally.types.items())],
        )
        self._executemany(
            "INSERT INTO speaker_roles (speaker_id, role, value, statement_count, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (speaker_id, role, value) DO UPDATE SET statement_count = speaker_roles.statement_count + excluded.statement_count, {dates('speaker_roles')}",
            [(k, role, value, n, d(f), d(la)) for (k, role, value), (n, f, la) in sorted(tally.roles.items())],
        )
        self._executemany(
            "INSERT INTO speaker_outlets (speaker_id, outlet, statement_count, first_date, last_date) VALUES (?, ?, ?, ?, ?) "
            f"ON CONFLICT (speaker_id, outlet) DO UPDATE SET statement_count = speaker_outlets.statement_count + excluded.statement_count, {dates('speaker_outlets')}",
            [(k, outlet, n, d(f), d(la)) for (k, outlet), (n, f, la) in sorted(tally.outlets.items())],
        )
        self._settle_speakers(sorted(tally.speakers))

    def _subtract_tally(self, tally: SpeakerTally) -> None:
        """Take what an article's statements added out of the speaker tables (a changed page
        replaced it; inside the caller's transaction, after its statements were deleted):
        counts go down, rows counting nothing go, and first/last dates are recounted from the
        statements left, so the tables hold what they would had the article never been stored."""
        if not tally.speakers:
            return
        ids = sorted(tally.speakers)
        self._executemany(
            "UPDATE speakers SET statement_count = statement_count - ?, article_count = article_count - ?, "
            "male = male - ?, female = female - ? WHERE id = ?",
            [(e[3], e[4], e[11], e[12], k) for k, e in sorted(tally.speakers.items())],
        )
        self._executemany("UPDATE speaker_aliases SET statement_count = statement_count - ? WHERE speaker_id = ? AND alias = ?",
                          [(e[1], k, alias) for (k, alias), e in sorted(tally.aliases.items())])
        self._executemany("UPDATE speaker_types SET statement_count = statement_count - ? WHERE speaker_id = ? AND type = ?",
                          [(n, k, type_) for (k, type_), n in sorted(tally.types.items())])
        self._executemany("UPDATE speaker_roles SET statement_count = statement_count - ? WHERE speaker_id = ? AND role = ? AND value = ?",
                          [(e[0], k, role, value) for (k, role, value), e in sorted(tally.roles.items())])
        self._executemany("UPDATE speaker_outlets SET statement_count = statement_count - ? WHERE speaker_id = ? AND outlet = ?",
                          [(e[0], k, outlet) for (k, outlet), e in sorted(tally.outlets.items())])
        # the speakers and outlets tables count what was said or written (tally.SpeakerTally)
        said = "s.act IN (" + ", ".join(f"'{a}'" for a in sorted(DEFAULT_ACTS)) + ")"
        span = "first_date = (SELECT min(s.date) FROM statements s WHERE {w}), last_date = (SELECT max(s.date) FROM statements s WHERE {w})"
        matches = {
            "speakers": f"s.speaker_id = speakers.id AND {said}",
            "speaker_aliases": "s.speaker_id = speaker_aliases.speaker_id AND s.speaker_name = speaker_aliases.alias",
            "speaker_roles": "s.speaker_id = speaker_roles.speaker_id AND speaker_roles.value = "
                             "(CASE speaker_roles.role WHEN 'title' THEN s.speaker_title ELSE s.speaker_affiliation END)",
            "speaker_outlets": f"s.speaker_id = speaker_outlets.speaker_id AND s.outlet = speaker_outlets.outlet AND {said}",
        }
        for chunk in chunks(ids):
            marks = self._marks(len(chunk))
            for table in SPEAKER_TABLES:
                column = "id" if table == "speakers" else "speaker_id"
                # a speaker goes with its last statement of any act (one known only by its
                # stances keeps a row with no statements, as the tally made it)
                gone = ("NOT EXISTS (SELECT 1 FROM statements s WHERE s.speaker_id = speakers.id)" if table == "speakers"
                        else "statement_count <= 0")
                self._execute(f"DELETE FROM {table} WHERE {gone} AND {column} IN ({marks})", chunk)
                if table in matches:
                    self._execute(f"UPDATE {table} SET {span.format(w=matches[table])} WHERE {column} IN ({marks})", chunk)
        self._settle_speakers(ids)

    def _settle_speakers(self, ids: Sequence[str]) -> None:
        """Type and name of these speakers from their counts: the majority type (``unknown``
        only when nothing else was seen), the most frequent name of the most words (and the
        look-up keys of that name)."""
        for chunk in chunks(list(ids)):
            marks = self._marks(len(chunk))
            types: dict[str, dict[str, int]] = {}
            for i, type_, n in self._all(f"SELECT speaker_id, type, statement_count FROM speaker_types WHERE speaker_id IN ({marks})", chunk):
                types.setdefault(i, {})[type_] = n
            best_name: dict[str, tuple[Any, ...]] = {}
            for i, alias, norm, n in self._all(f"SELECT speaker_id, alias, normalized, statement_count FROM speaker_aliases WHERE speaker_id IN ({marks})", chunk):
                rank = (len(norm.split()), n, alias)
                if i not in best_name or rank > best_name[i]:
                    best_name[i] = rank
            rows = []
            for i in chunk:
                if i in types and i in best_name:
                    name = best_name[i][2]
                    norm = strip_honorifics(normalize_name(name))[0]
                    # An unnamed source or a surname left in its article is never looked up.
                    scoped = self._one("SELECT article_id FROM speakers WHERE id = ?", [i])[0] is not None
                    rows.append((majority_type(types[i]), name, norm, None if scoped else surname_key(norm), None if scoped else fold_name(norm), i))
            self._executemany("UPDATE speakers SET type = ?, name = ?, normalized = ?, surname = ?, fold = ? WHERE id = ?", rows)

    def _write_entities(self, articles: Sequence[Article]) -> None:
        rows = [
            (a.id, i, e.name, e.type, json.dumps(e.titles), json.dumps(e.affiliations), json.dumps(e.aliases), e.mentions, bool(e.unnamed))
            for a in articles for i, e in enumerate(a.entities)
        ]  # fmt: skip
        if rows:
            self._executemany(f"INSERT INTO article_entities ({', '.join(_ENTITY_COLUMNS)}) VALUES ({self._marks(len(_ENTITY_COLUMNS))})", rows)

    # -- relink ----------------------------------------------------------------------------

    def unlinked_articles(self) -> int:
        """How many stored articles the link stage has yet to link (added without it, stored
        by an older onrecord, or left by a relink that has not finished)."""
        with self._locked():
            return int(self._one("SELECT count(*) FROM articles WHERE linked = 0")[0])

    def relink_running(self) -> bool:
        """Did a relink start and not finish (``relink`` then resumes it)?"""
        with self._locked():
            row = self._one("SELECT value FROM onrecord_meta WHERE key = 'relink'")
        return bool(row and row[0] == "running")

    def begin_relink(self) -> None:
        """Forget every link decision in one transaction: the speaker tables are emptied,
        statements lose their speaker ids and every article waits to be linked again. The
        ids in use are remembered, to be given again to the same names (``retired_ids``) or
        redirected to where their statements went."""
        with self._writing():
            self._execute(
                "INSERT INTO speaker_redirects (old_id, normalized, speaker_id) SELECT id, normalized, NULL FROM speakers "
                "WHERE article_id IS NULL ON CONFLICT (old_id) DO UPDATE SET speaker_id = NULL"
            )
            self._execute("UPDATE statements SET speaker_id = NULL WHERE speaker_id IS NOT NULL")
            for table in SPEAKER_TABLES:
                self._execute(f"DELETE FROM {table}")
            self._execute("UPDATE articles SET linked = 0 WHERE linked <> 0")
            self._clear_quote_rows()  # type: ignore[attr-defined]  (sql.quotes: quotations are linked again too)
            self._set_meta("relink", "running")

    def articles_to_link(self, limit: int) -> list[Article]:
        """Up to ``limit`` articles still to link, in the order they were stored, whole."""
        with self._locked():
            # in the order ingest stored them: by batch, then by the order of their statements
            # within it (one batch shares its added_at), so relinking decides as ingest did
            ids = [r[0] for r in self._all(
                "SELECT a.id FROM articles a WHERE a.linked = 0 ORDER BY a.added_at, "
                f"(SELECT min(s.id) FROM statements s WHERE s.article_id = a.id), a.id LIMIT {int(limit)}")]
            return self._load_articles(ids) if ids else []

    def retired_ids(self, names: Iterable[str]) -> dict[str, str]:
        """Ids a relink took away, by the normalised name they had, to be given back to a
        speaker of that name so that links into the store keep working."""
        out: dict[str, str] = {}
        with self._locked():
            for chunk in chunks(sorted(set(names))):
                for old, norm in self._all(
                    f"SELECT old_id, normalized FROM speaker_redirects WHERE normalized IN ({self._marks(len(chunk))}) "
                    "AND old_id NOT IN (SELECT id FROM speakers) ORDER BY old_id", chunk):
                    out.setdefault(norm, old)
        return out

    def save_links(self, articles: Sequence[Article]) -> None:
        """Store the link stage's decisions for articles already stored, in one transaction:
        their statements' speaker ids, the speaker tables, and the articles marked linked."""
        from ..tally import statement_speaker_id

        tally = SpeakerTally()
        for article in articles:
            tally.add(article)
        with self._writing():
            self._write_tally(tally)
            self._executemany(
                "UPDATE statements SET speaker_id = ? WHERE article_id = ? AND position = ?",
                [(statement_speaker_id(s), a.id, i) for a in articles for i, s in enumerate(a.statements) if s.speaker.name],
            )
            self._save_quote_rows(articles)  # type: ignore[attr-defined]
            for chunk in chunks([a.id for a in articles if is_linked(a)]):
                self._execute(f"UPDATE articles SET linked = 1 WHERE id IN ({self._marks(len(chunk))})", chunk)

    def finish_relink(self) -> None:
        """Point each retired id at the speaker that now has its name, and end the relink."""
        with self._writing():
            self._execute("DELETE FROM speaker_redirects WHERE old_id IN (SELECT id FROM speakers)")
            self._execute(
                "UPDATE speaker_redirects SET speaker_id = (SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
                "WHERE a.normalized = speaker_redirects.normalized AND s.article_id IS NULL ORDER BY a.statement_count DESC, a.speaker_id LIMIT 1)"
            )
            self._set_meta("relink", "done")

    def _set_meta(self, key: str, value: str) -> None:
        self._execute("INSERT INTO onrecord_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    def _redirect(self, speaker_id: str) -> str | None:
        row = self._one("SELECT speaker_id FROM speaker_redirects WHERE old_id = ?", [speaker_id])
        return row[0] if row else None
