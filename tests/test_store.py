"""The storage suite: every test runs against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import socket

import pytest

from onrecord import errors
from onrecord.schema import Article, Failure, Span, Speaker, Statement, Via, When, article_id
from onrecord.store import RunCounts, SearchQuery, open_store
from onrecord.store.names import normalize_name, speaker_id
from onrecord.store.query import parse_text_query, snippet_from_marked


def make_statement(text: str, content: str, *, speaker: str | None = None, type_: str = "person", kind: str = "direct",
                   title: str | None = None, affiliation: str | None = None, when: dt.date | None = None,
                   via: str | None = None, mention: str | None = None, confidence: float = 0.8, act: str = "speech") -> Statement:
    """A statement whose content is the first occurrence of ``content`` in ``text``."""
    start = text.index(content)
    mention_span = None
    if mention or speaker:
        m = mention or speaker
        if m in text:
            ms = text.index(m)
            mention_span = Span.of(text, ms, ms + len(m))
    return Statement(
        kind=kind,
        content=Span.of(text, start, start + len(content)),
        speaker=Speaker(mention=mention_span, name=speaker, type=type_ if speaker else "unknown", title=title, affiliation=affiliation),
        via=Via(name=via) if via else None,
        when=When(date=when, precision="day", expression=when.isoformat()) if when else None,
        confidence=confidence,
        explanation="test",
        act=act,
    )


def make_article(text: str, statements: list[Statement], *, url: str | None = None, published: dt.date | None = None,
                 outlet: str | None = None, title: str | None = None, source: str | None = None) -> Article:
    return Article(id=article_id(text), source=source or f"test/{article_id(text)}.txt", url=url, title=title,
                   published=published, outlet=outlet, language="en", text=text, statements=statements)


def corpus() -> list[Article]:
    """Five small articles: three outlets, dated and undated, shared speakers."""
    t1 = "Dmitry Peskov said the meeting between the presidents needs homework. Talks must be held first."
    t2 = "DMITRY PESKOV told reporters that negotiations were stalled. A spokesman declined to comment."
    t3 = "Naftali Bennett said there is still a long way to go in the peace talks. Officials agreed."
    t4 = "The report said inflation rose sharply in March. Economists expected a meeting of the bank."
    t5 = "Peskov added that no date for a meeting was set. He said talks would continue on Monday."
    return [
        make_article(t1, [
            make_statement(t1, "the meeting between the presidents needs homework", speaker="Dmitry Peskov", title="spokesman", affiliation="Kremlin", via="Reuters"),
            make_statement(t1, "Talks must be held first", speaker=None, kind="indirect"),
        ], url="https://example.com/a1", published=dt.date(2022, 3, 21), outlet="Example News", title="Kremlin talks"),
        make_article(t2, [
            make_statement(t2, "negotiations were stalled", speaker="DMITRY PESKOV", kind="indirect", title="press secretary", affiliation="Kremlin"),
            make_statement(t2, "A spokesman declined to comment", speaker="spokesman", type_="person", kind="indirect"),
        ], url="https://other.org/b", published=dt.date(2022, 3, 14), outlet="Other Times"),
        make_article(t3, [
            make_statement(t3, "there is still a long way to go in the peace talks", speaker="Naftali Bennett", title="Prime Minister", affiliation="Israel", kind="mixed"),
        ], url="https://example.com/a3", published=dt.date(2022, 3, 22), outlet="example news"),
        make_article(t4, [
            make_statement(t4, "inflation rose sharply in March", speaker="report", type_="document", kind="indirect", confidence=0.55),
        ], published=None, outlet=None),
        make_article(t5, [
            make_statement(t5, "no date for a meeting was set", speaker="Dmitry Peskov", kind="indirect", when=dt.date(2022, 2, 28)),
            make_statement(t5, "talks would continue on Monday", speaker="Dmitry Peskov", kind="indirect"),
        ], url="https://third.net/c", published=None, outlet="Third"),
    ]  # fmt: skip


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


@pytest.fixture
def filled(store):
    result = store.add_articles(corpus())
    assert result.added == 5
    return store


def ids_of(page) -> list[int]:
    return [h.id for h in page.hits]


# -- writing and reading back ------------------------------------------------------------


def test_article_round_trip_is_exact(store):
    articles = corpus()
    store.add_articles(articles)
    for article in articles:
        assert store.article(article.id) == article
    assert store.article("0000000000000000") is None


def test_extracted_article_round_trips(store, kremlin_text):
    from onrecord import extract

    article = extract(kremlin_text, published="2022-03-21", source="examples/kremlin-2022-03-21.txt")
    assert store.add_articles([article]).statements == len(article.statements) > 10
    assert store.article(article.id) == article


def test_adding_again_stores_nothing_twice(store):
    articles = corpus()
    first = store.add_articles(articles)
    second = store.add_articles(articles)
    assert (first.added, first.duplicates, second.added, second.duplicates) == (5, 0, 0, 5)
    assert sorted(second.duplicate_ids) == sorted(a.id for a in articles)
    stats = store.stats()
    assert (stats.articles, stats.statements) == (5, sum(len(a.statements) for a in articles))


def test_same_url_with_other_text_is_a_duplicate(store):
    article = corpus()[0]
    edited = make_article(article.text + " Updated.", [], url=article.url)
    store.add_articles([article])
    assert store.add_articles([edited]).duplicates == 1
    assert store.known([edited.id, article.id, "x"], [article.url, None, "https://nowhere"]) == [True, True, False]


def test_duplicates_within_one_batch_are_stored_once(store):
    article = corpus()[0]
    result = store.add_articles([article, article])
    assert (result.added, result.duplicates) == (1, 1)


def test_a_failing_batch_leaves_nothing(store):
    good = corpus()[0]
    bad_statement = Statement.model_construct(**{**corpus()[1].statements[0].__dict__, "kind": "bogus"})
    bad = corpus()[1].model_copy(update={"statements": [bad_statement]})
    with pytest.raises(errors.StoreError):
        store.add_articles([good, bad], failures=[Failure("x.txt", "read", "broken")])
    stats = store.stats()
    assert (stats.articles, stats.statements, stats.speakers, stats.failures) == (0, 0, 0, 0)
    assert store.add_articles([good]).added == 1


# -- speakers --------------------------------------------------------------------------------


def test_speakers_are_one_across_articles_by_normalised_name_and_type(filled):
    top = filled.speakers(10)
    peskov = next(s for s in top if s.id == "person-dmitry-peskov")
    assert (peskov.statements, peskov.articles) == (4, 3)
    assert peskov.name == "Dmitry Peskov"
    assert peskov.affiliations == ["Kremlin"]
    assert set(peskov.titles) == {"spokesman", "press secretary"}
    assert top[0].id == "person-dmitry-peskov"
    assert [s.statements for s in top] == sorted((s.statements for s in top), reverse=True)
    assert filled.stats().speakers == 4  # no row for the statement without a name


def test_speakers_query_and_speaker_detail(filled):
    assert [s.id for s in filled.speakers(10, "peskóv")] == ["person-dmitry-peskov"]
    detail = filled.speaker("person-dmitry-peskov")
    assert detail is not None
    assert {k.value: k.count for k in detail.kinds} == {"direct": 1, "indirect": 3}
    assert (detail.first_date, detail.last_date) == (dt.date(2022, 2, 28), dt.date(2022, 3, 21))
    assert [(w.week, w.start, w.count) for w in detail.timeline] == [
        ("2022-W09", dt.date(2022, 2, 28), 1), ("2022-W11", dt.date(2022, 3, 14), 1), ("2022-W12", dt.date(2022, 3, 21), 1)]
    assert detail.undated == 1
    assert filled.speaker("Dmitry Peskov").id == detail.id
    assert filled.speaker("nobody") is None


def test_speaker_ids_and_names():
    assert normalize_name("  Dmitry  PESKÓV ") == "dmitry peskov"
    assert speaker_id("Dmitry Peskov", "person") == "person-dmitry-peskov"
    assert speaker_id("O'Brien", "person") == "person-o-brien"
    assert speaker_id("...", "person") is None


# -- search ----------------------------------------------------------------------------------


def test_word_search_is_stemmed_and_snippets_mark_matches(filled):
    page = filled.search(SearchQuery(q="meetings", sort="relevance"))
    assert len(page.hits) == 2
    for hit in page.hits:
        marked = [hit.snippet.text[s:e].lower() for s, e in hit.snippet.marks]
        assert marked and all(m.startswith("meeting") for m in marked)
        assert hit.score is not None
    assert "<mark>" in page.hits[0].snippet.html()


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ('"peace talks"', {"there is still a long way to go in the peace talks"}),
        ("inflation OR negotiations", {"inflation rose sharply in March", "negotiations were stalled"}),
        ("talks -peace", {"Talks must be held first", "talks would continue on Monday"}),
        ("negoti*", {"negotiations were stalled"}),
        ("bennett", {"there is still a long way to go in the peace talks"}),  # speaker names are searched too
        ('"unclosed AND ) ( NEAR', set()),  # never a syntax error
    ],
)
def test_search_syntax(filled, q, expected):
    page = filled.search(SearchQuery(q=q, limit=50))
    assert {h.statement.content.text for h in page.hits} == expected


def test_filters(filled):
    def contents(**kw):
        return {h.statement.content.text for h in filled.search(SearchQuery(limit=50, **kw)).hits}

    assert len(contents(speaker="Peskov")) == 4
    assert contents(speaker="person-naftali-bennett") == {"there is still a long way to go in the peace talks"}
    assert contents(speaker="Nobody Known") == set()
    assert len(contents(outlet="EXAMPLE NEWS")) == 3  # both spellings of the outlet
    assert contents(kind="mixed") == {"there is still a long way to go in the peace talks"}
    # The date is when.date if resolved, else publication: 2022-02-28 is the resolved one.
    assert contents(until=dt.date(2022, 3, 1)) == {"no date for a meeting was set"}
    assert len(contents(since=dt.date(2022, 3, 14), until=dt.date(2022, 3, 21))) == 4
    assert contents(q="meeting", speaker="Peskov", since=dt.date(2022, 3, 1)) == {"the meeting between the presidents needs homework"}
    assert len(contents(article_id=corpus()[0].id)) == 2
    assert contents(min_confidence=0.5) == contents()
    assert contents(min_confidence=0.6) == contents() - {"inflation rose sharply in March"}


def test_date_order_and_cursor_paging(filled):
    everything = filled.search(SearchQuery(limit=100))
    dates = [h.date for h in everything.hits]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert dates[len(dated):] == [None] * (len(dates) - len(dated))  # undated last
    seen, cursor, pages = [], None, 0
    while True:
        page = filled.search(SearchQuery(limit=2, cursor=cursor))
        seen.extend(ids_of(page))
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == ids_of(everything)
    assert pages == 4


def test_relevance_paging(filled):
    full = filled.search(SearchQuery(q="talks", limit=100, sort="relevance"))
    first = filled.search(SearchQuery(q="talks", limit=2, sort="relevance"))
    second = filled.search(SearchQuery(q="talks", limit=2, sort="relevance", cursor=first.next_cursor))
    assert ids_of(first) + ids_of(second) == ids_of(full)[:4]
    scores = [h.score for h in full.hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("sort", ["date", "relevance"])
@pytest.mark.parametrize("q", ["talks", "talks -peace", "-peace", "meeting OR inflation", '"peace talks"'])
def test_every_plan_gives_the_same_answer(filled, monkeypatch, q, sort):
    # SQLite answers a word found in many statements by walking the date index; force that
    # plan and compare it with the usual one (and with the other filters joined in).
    from onrecord.store import sqlite as sqlite_store

    expected = [h.id for h in filled.search(SearchQuery(q=q, sort=sort, limit=100)).hits]
    with_filter = [h.id for h in filled.search(SearchQuery(q=q, sort=sort, limit=100, since=dt.date(2000, 1, 1))).hits]
    monkeypatch.setattr(sqlite_store, "COMMON_TEST_COST", 0)
    assert [h.id for h in filled.search(SearchQuery(q=q, sort=sort, limit=100)).hits] == expected
    dated = [h.id for h in filled.search(SearchQuery(q=q, sort=sort, limit=100)).hits if h.date is not None]
    assert set(with_filter) == set(dated)


def test_cursor_of_another_query_is_refused(filled):
    page = filled.search(SearchQuery(limit=1))
    with pytest.raises(errors.ConfigError):
        filled.search(SearchQuery(limit=1, kind="direct", cursor=page.next_cursor))
    with pytest.raises(errors.ConfigError):
        filled.search(SearchQuery(cursor="not-a-cursor"))


def test_count_and_facets(filled):
    q = SearchQuery(q="talks OR meeting")
    assert filled.count(q) == 5
    facets = filled.facets(q)
    assert facets.total == 5
    assert (facets.speakers[0].id, facets.speakers[0].value, facets.speakers[0].count) == ("person-dmitry-peskov", "Dmitry Peskov", 3)
    assert {f.value: f.count for f in facets.kinds} == {"indirect": 3, "direct": 1, "mixed": 1}
    assert {f.value for f in facets.outlets} >= {"Example News", "Third"}


@pytest.mark.parametrize("q", ["talks OR meeting", "talks OR meeting -bridge", None])
def test_facets_of_many_matches_come_from_the_newest(filled, monkeypatch, q):
    """Over FACET_SAMPLE matches, the counts are taken from the most recently stored
    statements only, and say so; the total stays exact (both backends alike)."""
    from onrecord.store.sql import search

    query = SearchQuery(q=q, kind=None if q else "indirect")
    full = filled.facets(query)
    assert full.sample is None
    newest = [h.id for h in filled.search(query.model_copy(update={"limit": 100})).hits]
    monkeypatch.setattr(search, "FACET_SAMPLE", 2)
    capped = filled.facets(query)
    assert capped.total == full.total and capped.sample == 2
    assert sum(f.count for f in capped.kinds) == 2
    # the two counted are the two highest ids among the matches
    top_two = sorted(newest, reverse=True)[:2]
    kinds = sorted(filled.statement(i).statement.kind for i in top_two)
    assert sorted(k for f in capped.kinds for k in [f.value] * f.count) == kinds


def test_relevance_of_a_word_alone_ranks_its_newest_matches(filled, monkeypatch):
    from onrecord.store.sql import search

    query = SearchQuery(q="talks OR meeting", sort="relevance", limit=100)
    every = {h.id for h in filled.search(query).hits}
    monkeypatch.setattr(search, "RELEVANCE_SAMPLE", 3)
    ranked = filled.search(query).hits
    assert {h.id for h in ranked} == set(sorted(every, reverse=True)[:3])
    assert all(h.score is not None for h in ranked)
    # with another filter the sample does not apply
    assert len(filled.search(query.model_copy(update={"kind": "indirect"})).hits) == 3


def test_acts_filter_search_count_facets_speakers_and_export(store):
    """What was said or written by default; beliefs, intentions and stances when asked."""
    from onrecord.store.export import statement_records

    text = "Anna Berg said the bridge will reopen in May. Berg believes the budget is sound. Berg backs the new mayor."
    article = make_article(text, [
        make_statement(text, "the bridge will reopen in May", speaker="Anna Berg", kind="indirect"),
        make_statement(text, "the budget is sound", speaker="Anna Berg", kind="indirect", act="belief"),
        make_statement(text, "the new mayor", speaker="Anna Berg", kind="indirect", act="stance"),
    ], published=dt.date(2022, 3, 21))
    other = "Tom Reed backs the plan."
    stance_only = make_article(other, [make_statement(other, "the plan", speaker="Tom Reed", kind="indirect", act="stance")],
                               published=dt.date(2022, 3, 22))
    store.add_articles([article, stance_only])
    assert store.article(article.id) == article  # every act stored
    said = SearchQuery()
    every = SearchQuery(acts=("speech", "writing", "belief", "intention", "stance"))
    assert [h.statement.content.text for h in store.search(said).hits] == ["the bridge will reopen in May"]
    assert store.count(said) == 1 and store.count(every) == 4
    assert store.count(SearchQuery(acts=("stance",))) == 2
    assert {f.value: f.count for f in store.facets(said).acts} == {"speech": 1}
    assert store.facets(said).total == 1
    assert {f.value: f.count for f in store.facets(every).acts} == {"speech": 1, "belief": 1, "stance": 2}
    assert {f.value: f.count for f in store.facets(SearchQuery(q="budget", acts=every.acts)).acts} == {"belief": 1}
    # a word with the default acts (SQLite: one look-up in the text index, which holds the act)
    assert store.facets(SearchQuery(q="budget")).total == 0 and store.facets(SearchQuery(q="bridge")).total == 1
    assert [h.statement.content.text for h in store.search(SearchQuery(q="budget OR bridge", sort="relevance")).hits] == [
        "the bridge will reopen in May"]
    # words are matched in what was said and who said it, never in the act itself
    assert store.count(every.model_copy(update={"q": "speech OR stance OR belief"})) == 0
    # speakers count what they said or wrote; one known only by a stance is not listed but is found
    berg = store.speaker("person-anna-berg")
    assert berg is not None and berg.statements == 1 and {f.value: f.count for f in berg.kinds} == {"indirect": 1}
    assert [s.name for s in store.speakers()] == ["Anna Berg"]
    assert store.count(SearchQuery(speaker="Tom Reed", acts=("stance",))) == 1
    assert [r["act"] for r in statement_records(store.iter_articles(), ("speech", "writing"))] == ["speech"]
    assert [(r["position"], r["act"]) for r in statement_records(store.iter_articles())] == [
        (0, "speech"), (1, "belief"), (2, "stance"), (0, "stance")]


def test_statement_by_id(filled):
    hit = filled.search(SearchQuery(limit=1)).hits[0]
    again = filled.statement(hit.id)
    assert again is not None and again.statement == hit.statement
    assert filled.statement(10**9) is None


def test_articles_list_and_export_order(filled):
    page = filled.articles(limit=3)
    assert len(page.articles) == 3 and page.next_cursor
    rest = filled.articles(limit=3, cursor=page.next_cursor)
    assert len(rest.articles) == 2 and rest.next_cursor is None
    assert [a.id for a in filled.iter_articles()] == [a.id for a in filled.iter_articles()]
    assert len(list(filled.iter_articles())) == 5


# -- failures and runs -----------------------------------------------------------------------


def test_failures_are_one_row_per_source_and_cleared_by_success(store):
    article = corpus()[0]
    store.record_failures([Failure(article.source, "extract", "boom"), Failure("b.html", "language", "fr", skipped=True)])
    store.record_failures([Failure(article.source, "clean", "boom again")])
    rows = {f.source: f for f in store.failures()}
    assert rows[article.source].attempts == 2 and rows[article.source].stage == "clean"
    assert [f.source for f in store.failures(skipped=True)] == ["b.html"]
    assert [f.source for f in store.failures(skipped=False)] == [article.source]
    store.add_articles([article])
    assert [f.source for f in store.failures()] == ["b.html"]
    store.add_articles([], done_sources=["b.html"])
    assert store.failures() == []
    store.record_failures([Failure("c.txt", "read", "x")])
    assert store.clear_failures(["c.txt", "nothing"]) == 1


def test_runs_count_in_the_same_transaction(store):
    run = store.start_run(["a", "b"], {"jobs": 2})
    store.add_articles(corpus()[:2], failures=[Failure("x", "read", "bad")], run_id=run,
                       counts=RunCounts(documents=3, failures=1))
    store.add_articles(corpus()[:1], run_id=run, counts=RunCounts(documents=1))
    (row,) = store.runs()
    assert row.status == "running" and row.sources == ["a", "b"] and row.options == {"jobs": 2}
    assert row.counts == RunCounts(documents=4, added=2, duplicates=1, statements=4, failures=1)
    store.finish_run(run)
    assert store.runs()[0].status == "completed" and store.runs()[0].finished_at is not None


# -- opening ---------------------------------------------------------------------------------


def test_open_errors(tmp_path):
    with pytest.raises(errors.StoreError):
        open_store("mysql://localhost/x")
    with pytest.raises(errors.StoreError):
        open_store(f"sqlite:///{tmp_path / 'missing.db'}", create=False)
    with pytest.raises(errors.StoreError):
        open_store(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(errors.StoreError):
        open_store(f"postgresql://nobody:secret@127.0.0.1:{port}/x")


def test_a_store_opened_by_another_connection_while_it_is_created_waits_for_it(tmp_path):
    # The flaky kill test of test_ingest: its poller (like a reader, or a second ingest)
    # opened the new file between the creator's connect and its PRAGMA journal_mode = WAL,
    # which SQLite answers "database is locked" at once, without the busy timeout.
    import sqlite3
    import threading

    path = tmp_path / "new.db"
    path.write_bytes(b"")  # what the creator's connect leaves, an instant before the pragma
    holder = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        holder.execute("ROLLBACK")
        holder.close()
        released.set()

    timer = threading.Timer(0.3, release)
    timer.start()
    try:
        with open_store(f"sqlite:///{path}") as store:
            assert released.is_set()  # it waited for the other connection, then made the store
            assert store.stats().articles == 0
    finally:
        timer.join()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()


def test_reopening_keeps_data(store_url):
    with open_store(store_url) as store:
        store.add_articles(corpus())
    with open_store(store_url, create=False) as store:
        assert store.stats().articles == 5


def test_sqlite_is_wal_with_foreign_keys(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


# -- query helpers ---------------------------------------------------------------------------


def test_query_parser():
    q = parse_text_query('peace "long way" -war talks OR negotiations negot*')
    assert [[t.words for t in g] for g in q.all_of] == [[("peace",)], [("long", "way")], [("talks",), ("negotiations",)], [("negot",)]]
    assert q.all_of[-1][0].prefix and [t.words for t in q.none_of] == [("war",)]
    assert not parse_text_query('  " ) ( ')


def test_snippet_cuts_around_the_first_match():
    text = "word " * 100 + "\x02target\x03" + " tail" * 100
    snip = snippet_from_marked(text)
    assert len(snip.text) < 260 and snip.text.startswith("…") and snip.text.endswith("…")
    (s, e), = snip.marks
    assert snip.text[s:e] == "target"


def test_a_missing_index_is_built_on_the_next_writable_open(store_url):
    def has_index(store) -> bool:
        if store_url.startswith("sqlite"):
            return store._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'statements_speaker_facets'").fetchone() is not None
        return store._conn.execute("SELECT to_regclass('statements_speaker_facets') IS NOT NULL").fetchone()[0]

    with open_store(store_url) as store:
        store.add_articles(corpus())
        store._conn.execute("DROP INDEX statements_speaker_facets")
    with open_store(store_url, create=False) as store:
        assert not has_index(store)  # read-only opens never change the schema
    with open_store(store_url) as store:
        assert has_index(store)
        assert store.stats().statements == 8
