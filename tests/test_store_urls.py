"""The store knows URLs: look-up by normalised URL, a changed page replacing its article
(history kept, tallies as if only the new text had been stored), and the fetch cache.
Every test runs against SQLite and PostgreSQL; the property test on SQLite in memory."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_store import corpus, make_article, make_statement

from onrecord.store import SearchQuery, open_store
from onrecord.store.tracking import FetchLinks, FetchRecord


def state(store) -> dict:
    """What a reader of the store sees, without bookkeeping (run ids, times). A speaker's
    display name is left out: it is the spelling the store met first, whichever article
    that was, so it depends on the order of ingest, replaced or not."""
    speakers = store.speakers(10_000)
    return {
        "articles": [a.model_dump(mode="json") for a in store.iter_articles()],
        "speakers": [s.model_dump(mode="json", exclude={"name"}) for s in speakers],
        "details": [store.speaker(s.id).model_dump(mode="json", exclude={"name"}) for s in speakers],
        "stats": store.stats().model_dump(mode="json"),
        "hits": sorted((h.article_id, h.position, h.speaker_id, h.date) for h in store.search(SearchQuery(limit=1000)).hits),
        "found": sorted(h.article_id for h in store.search(SearchQuery(q="talks OR summit", limit=1000)).hits),
    }


def new_versions():
    """New texts for two of the corpus's URLs: a1 loses Peskov and gains Anna Berg; c keeps
    Peskov but loses his dated statement (so his first date must move)."""
    t1 = "Anna Berg said the summit would wait. Foreign Minister Anna Berg spoke in Oslo on Tuesday."
    t5 = "Peskov added that talks would continue on Monday, and nothing else."
    return [
        make_article(t1, [make_statement(t1, "the summit would wait", speaker="Anna Berg", title="Foreign Minister", affiliation="Norway")],
                     url="https://example.com/a1?utm_source=rss", published=dt.date(2022, 3, 23), outlet="Example News"),
        make_article(t5, [make_statement(t5, "talks would continue on Monday", speaker="Dmitry Peskov", kind="indirect")],
                     url="https://THIRD.net/c#comments", published=None, outlet="Third"),
    ]


def test_a_changed_page_replaces_its_article_and_keeps_the_old_text(store_url, tmp_path):
    old = corpus()
    with open_store(store_url) as store:
        store.add_articles(old)
        result = store.add_articles(new_versions(), replace=True)
        assert (result.added, result.updated, result.duplicates) == (0, 2, 0)
        assert sorted(result.updated_ids) == sorted(a.id for a in new_versions())
        replaced = store.article_by_url("https://example.com/a1")
        assert replaced.id == new_versions()[0].id and replaced.previous_id == old[0].id
        assert replaced.updated_at is not None and replaced.first_seen <= replaced.updated_at
        assert store.article(old[0].id) is None
        versions = store.article_versions(replaced.id)
        assert [(v.article_id, v.text, v.statements, v.replaced_by) for v in versions] == [(old[0].id, old[0].text, 2, replaced.id)]
        # The same new texts again: nothing changes.
        again = store.add_articles(new_versions(), replace=True)
        assert (again.added, again.updated, again.duplicates) == (0, 0, 2)
        replaced_state = state(store)
    with open_store(f"sqlite:///{tmp_path / 'fresh.db'}") as fresh:
        fresh.add_articles(old[1:4] + new_versions())
        assert replaced_state == state(fresh)


def test_without_replace_a_stored_url_is_a_duplicate(store_url):
    with open_store(store_url) as store:
        store.add_articles(corpus())
        changed = new_versions()[0].model_copy(update={"url": "https://example.com/a1"})
        result = store.add_articles([changed])
        assert (result.added, result.updated, result.duplicates) == (0, 0, 1)


def test_look_up_by_url_is_normalised(store_url):
    with open_store(store_url) as store:
        store.add_articles(corpus())
        a1 = corpus()[0]
        for asked in ("https://example.com/a1", "https://Example.COM/a1#top", "https://example.com:443/a1?utm_campaign=x"):
            found = store.article_by_url(asked)
            assert found is not None and found.id == a1.id and found.first_seen == found.last_seen
        assert store.article_by_url("https://example.com/a2") is None
        assert store.article_by_url("not a url") is None
        assert store.articles().articles[0].first_seen is not None


def test_fetch_records_round_trip_and_touch_last_seen(store_url):
    checked = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    records = [
        FetchRecord(url="https://example.com/feed.xml", kind="feed", status=200, etag='"abc"', last_modified="Wed, 01 May 2024 10:00:00 GMT",
                    links=FetchLinks(pages=["https://example.com/a1"]), fetched_at=checked, checked_at=checked),
        FetchRecord(url="https://example.com/old", kind="redirect", status=301, location="https://example.com/a1", checked_at=checked),
        FetchRecord(url="https://example.com/robots.txt", kind="robots", status=200, body="User-agent: *\nDisallow: /private/\n",
                    checked_at=checked),
    ]
    with open_store(store_url) as store:
        store.add_articles(corpus())
        before = store.article_by_url("https://example.com/a1").last_seen
        store.save_fetch_records(records, seen=["https://example.com/a1?utm_source=rss"])
        got = store.fetch_records([r.url for r in records] + ["https://example.com/none"])
        assert got == {r.url: r for r in records}
        assert store.article_by_url("https://example.com/a1").last_seen >= before
        store.save_fetch_records([records[0].model_copy(update={"errors": 2, "etag": None})])
        assert store.fetch_records([records[0].url])[records[0].url].errors == 2


TEXTS = [
    ("Anna Berg said the summit would wait.", "the summit would wait", "Anna Berg"),
    ("Jon Hale said the harvest was good.", "the harvest was good", "Jon Hale"),
    ("Anna Berg told reporters the talks go on.", "the talks go on", "Anna Berg"),
    ("The ministry said prices would fall.", "prices would fall", None),
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, len(TEXTS) - 1), st.integers(0, 3)), min_size=1, max_size=8))
def test_replacing_in_any_order_equals_storing_the_last_texts(steps):
    """Pages (url) changing text and date in any order end as a store that only ever saw
    each page's last text. A text stored already (at any URL) is a duplicate and changes
    nothing, since the id is the hash of the text: the model below says the same."""
    current: dict[int, object] = {}
    with open_store("sqlite:///:memory:") as store:
        for url, text_index, day in steps:
            text, content, speaker = TEXTS[text_index]
            text = f"{text} Page {url % 2}."  # pages 0 and 2 can hold the same text
            article = make_article(text, [make_statement(text, content, speaker=speaker, title="minister" if day % 2 else None)],
                                   url=f"https://example.com/p{url}", published=dt.date(2022, 3, 1 + day))
            result = store.add_articles([article], replace=True)
            if any(a.id == article.id for a in current.values()):
                assert result.duplicates == 1
                continue
            assert (result.added, result.updated) == ((0, 1) if url in current else (1, 0))
            current[url] = article
        seen = state(store)
    with open_store("sqlite:///:memory:") as fresh:
        fresh.add_articles(list(current.values()))
        assert seen == state(fresh)
