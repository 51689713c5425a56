"""A store made by onrecord before the link stage (schema 1) is upgraded on its first
writable open and linked by `onrecord relink`; read-only commands say what to run. The
schema-1 scripts in tests/data are the ones that onrecord shipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord import errors
from onrecord.cli import app
from onrecord.store import SearchQuery, open_store

DATA = Path(__file__).parent / "data"
TEXT = "Trump said the show was a hit. Trump said ratings rose. A spokesman said nothing."


def _v1_rows():
    article = ("a1b2c3d4e5f60718", None, "old.txt", "Old", "2005-02-01", "BBC", "en", TEXT, 3, None, "2005-02-02T00:00:00+00:00")
    speakers = [("organization-trump", "Trump", "trump", "organization", 1, 1, "2005-02-01", "2005-02-01"),
                ("person-trump", "Trump", "trump", "person", 1, 1, "2005-02-01", "2005-02-01"),
                ("person-spokesman", "spokesman", "spokesman", "person", 1, 1, "2005-02-01", "2005-02-01")]
    statements = []
    for position, (content, sid, name, type_) in enumerate([("the show was a hit", "organization-trump", "Trump", "organization"),
                                                            ("ratings rose", "person-trump", "Trump", "person"),
                                                            ("nothing", "person-spokesman", "spokesman", "person")]):
        start = TEXT.index(content)
        statements.append(("a1b2c3d4e5f60718", position, "indirect", content, start, start + len(content), sid, name, type_, "2005-02-01", "BBC", 0.8))
    return article, speakers, statements


def make_v1_store(url: str) -> None:
    article, speakers, statements = _v1_rows()
    insert_article = "INSERT INTO articles (id, url, source, title, published, outlet, language, text, statement_count, run_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    insert_speaker = "INSERT INTO speakers (id, name, normalized, type, statement_count, article_count, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    insert_statement = ("INSERT INTO statements (article_id, position, kind, content, content_start, content_end, speaker_id, speaker_name, "
                        "speaker_type, date, outlet, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    meta = "INSERT INTO onrecord_meta (key, value) VALUES ('schema_version', '1')"
    if url.startswith("sqlite"):
        import sqlite3

        con = sqlite3.connect(url[len("sqlite:///"):])
        con.executescript((DATA / "schema1_sqlite.sql").read_text())
        con.execute(meta)
        con.execute(insert_article, article)
        con.executemany(insert_speaker, speakers)
        con.executemany(insert_statement, statements)
        con.commit()
        con.close()
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute((DATA / "schema1_postgres.sql").read_text())
        con.execute(meta)
        con.execute(insert_article.replace("?", "%s"), article)
        with con.cursor() as cur:
            cur.executemany(insert_speaker.replace("?", "%s"), speakers)
            cur.executemany(insert_statement.replace("?", "%s"), statements)


def test_a_schema_1_store_is_upgraded_on_a_writable_open_and_relinked(store_url):
    make_v1_store(store_url)
    with pytest.raises(errors.StoreError, match="onrecord relink"):
        open_store(store_url, create=False)
    with open_store(store_url) as store:
        # Upgraded in place: everything reads as before, speakers unlinked until relink.
        assert store.stats().statements == 3
        assert {s.id for s in store.speakers(10)} == {"organization-trump", "person-trump", "person-spokesman"}
        assert store.speaker("person-trump").aliases == ["Trump"]
        assert store.unlinked_articles() == 1
        old = store.article("a1b2c3d4e5f60718")
        assert [s.speaker.id for s in old.statements] == [None, None, None]
        assert store.count(SearchQuery(speaker="Trump")) == 2
        # the full-text index was made anew (it now holds the act too) and finds the old rows
        assert store.count(SearchQuery(q="ratings")) == 1 and store.facets(SearchQuery(q="ratings")).total == 1
    with open_store(store_url, create=False) as store:  # the upgrade is done once
        assert store.stats().articles == 1
    result = CliRunner().invoke(app, ["relink", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert "1 articles and 3 statements linked" in result.stdout
    with open_store(store_url, create=False) as store:
        (trump,) = store.speakers(10)
        assert (trump.name, trump.type, trump.statements) == ("Trump", "person", 2)
        assert store.speaker("organization-trump").id == store.speaker("person-trump").id == trump.id
        assert [s.label for s in store.speakers(10, unnamed=True)] == ["unnamed: spokesman"]
        assert store.unlinked_articles() == 0
        assert all(s.speaker.id for s in store.article("a1b2c3d4e5f60718").statements)
