"""The polite fetcher, piece by piece, against a real HTTP server on loopback
(tests/loopback_site.py): URLs, sources files, feed and sitemap parsing, robots.txt, the
per-host delay and the concurrency across hosts (measured in the server's request log),
redirects, retries, timeouts, limits and conditional requests. No NLP here: the passes
that ingest are in test_live.py."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st
from loopback_site import Site

from onrecord import errors
from onrecord.cli.watch_cmd import parse_every
from onrecord.fetch import FetchOptions, normalize_url
from onrecord.fetch.cache import FetchCache
from onrecord.fetch.discover import Source, feed_links, home_links, read_sources, sitemap_links, sniff
from onrecord.fetch.fetcher import Fetched, Fetcher, NotFetched, Unchanged
from onrecord.fetch.pages import canonical_url, page_document
from onrecord.fetch.urls import page_link
from onrecord.schema import Failure, RawDocument
from onrecord.store import open_store

PAGE = "<html><head><title>Story {n}</title></head><body><p>Story number {n}.</p></body></html>"
# Loopback answers in about a millisecond; timings are checked with this much slack.
SLACK = 0.1


@pytest.fixture
def store(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'fetch.db'}") as s:
        yield s


@contextmanager
def fetcher_for(store, **options) -> Iterator[Fetcher]:
    defaults = {"delay": 0.0, "timeout": 2.0, "retries": 0, "backoff": 0.05}
    with Fetcher(FetchOptions(**(defaults | options)), FetchCache(store)) as fetcher:
        yield fetcher


def pages_site(n: int = 3, robots: str = "User-agent: *\nDisallow: /private/\n") -> Site:
    site = Site()
    site.add("/robots.txt", robots, content_type="text/plain")
    for i in range(n):
        site.add(f"/news/{i}.html", PAGE.format(n=i))
    site.add("/private/p.html", PAGE.format(n="private"))
    return site


def gaps(site: Site, prefix: str = "/news/") -> list[float]:
    times = [h.at for h in site.hits() if h.path.startswith(prefix)]
    return [b - a for a, b in zip(times, times[1:])]


# -- URLs, sources, durations -------------------------------------------------------------


@given(st.sampled_from(["http", "HTTPS"]), st.sampled_from(["example.com", "WWW.Example.com", "127.0.0.1:8080"]),
       st.lists(st.sampled_from(["a", "b", ".", "..", "c.html"]), max_size=4),
       st.lists(st.sampled_from(["id=3", "utm_source=rss", "page=2", "fbclid=x"]), max_size=3),
       st.sampled_from(["", "#top", "#"]))
def test_normalize_url_is_idempotent_and_drops_trackers_and_fragments(scheme, host, path, query, fragment):
    url = f"{scheme}://{host}/{'/'.join(path)}" + ("?" + "&".join(query) if query else "") + fragment
    once = normalize_url(url)
    assert once is not None and normalize_url(once) == once
    assert "#" not in once and "utm_" not in once and "fbclid" not in once
    assert once.split("://")[1].split("/")[0] == host.lower()
    assert "/./" not in once and "/../" not in once


@given(st.sampled_from(["http://", "https://", "http://[", "http://xn--", "HTTP://a.b:", "//", ""]), st.text(max_size=30))
def test_normalize_url_never_raises(prefix, rest):
    for value in (normalize_url(prefix + rest), normalize_url(rest, "http://a.org/x/"), page_link(prefix + rest, "http://a.org/")):
        assert value is None or normalize_url(value) == value


def test_normalize_url_resolves_and_refuses():
    assert normalize_url("../b.html?b=2&a=1", "http://x.org/news/a/") == "http://x.org/news/b.html?a=1&b=2"
    assert normalize_url("HTTPS://X.org:443") == "https://x.org/"
    for bad in ("mailto:a@b.c", "ftp://x.org/f", "/relative", "", "http://"):
        assert normalize_url(bad) is None


def test_sources_file_kinds_comments_and_errors(tmp_path):
    good = tmp_path / "outlets.txt"
    good.write_text(
        "# newsroom outlets\n\nhttps://www.Example.com/   # homepage: feeds are found\n"
        "feed https://example.com/rss.xml\nSITEMAP https://example.com/news-sitemap.xml\n"
        "page https://example.com/story.html#comments\n",
        encoding="utf-8",
    )
    assert read_sources(str(good)) == [
        Source("https://www.example.com/", "auto"), Source("https://example.com/rss.xml", "feed"),
        Source("https://example.com/news-sitemap.xml", "sitemap"), Source("https://example.com/story.html", "page"),
    ]  # fmt: skip
    for line, expected in (("blog https://x.org/", "'blog' is not a kind"), ("feed x.org/rss", "not an http(s) URL"),
                           ("feed https://a.org/ https://b.org/", "one URL a line")):
        bad = tmp_path / "bad.txt"
        bad.write_text(f"# ok\n{line}\n", encoding="utf-8")
        with pytest.raises(errors.ConfigError, match=r"bad.txt:2: .*" + re.escape(expected)):
            read_sources(str(bad))
    with pytest.raises(errors.InputError, match="no such file"):
        read_sources(str(tmp_path / "missing.txt"))


def test_durations():
    assert [parse_every(v) for v in ("15m", "90s", "1h30m", "900", "0.5h")] == [900, 90, 5400, 900, 1800]
    for bad in ("", "15 minutes", "0", "m", "-5m"):
        with pytest.raises(errors.ConfigError, match="not a duration"):
            parse_every(bad)


def test_bad_fetch_options_are_config_errors():
    for field, value in (("delay", -1), ("concurrency", 0), ("timeout", 0), ("retries", -1)):
        with pytest.raises(errors.ConfigError, match=f"--{field} must be"):
            FetchOptions(**{field: value})


def test_fetch_settings_fill_the_options_not_given(monkeypatch):
    from onrecord import settings
    from onrecord.cli.watch_cmd import fetch_options

    settings.reset()
    assert fetch_options(None, None, None, None, None, None) == FetchOptions()  # the same defaults
    monkeypatch.setenv("ONRECORD_FETCH_DELAY", "0.25")
    monkeypatch.setenv("ONRECORD_FETCH_CONTACT", "mailto:data@newsroom.example")
    settings.reset()
    options = fetch_options(None, 2, None, None, None, None)
    assert (options.delay, options.concurrency, options.contact) == (0.25, 2, "mailto:data@newsroom.example")
    assert fetch_options(3.0, None, None, None, "x@y.example", None).delay == 3.0  # an option wins
    monkeypatch.setenv("ONRECORD_FETCH_DELAY", "-1")
    settings.reset()
    with pytest.raises(errors.SettingsError, match="ONRECORD_FETCH_DELAY"):
        fetch_options(None, None, None, None, None, None)
    settings.reset()


def test_user_agent_names_onrecord_and_the_contact():
    options = FetchOptions(contact="mailto:data@newsroom.example")
    assert options.agent.startswith("onrecord/") and options.agent.endswith("(+mailto:data@newsroom.example)")
    assert options.robots_token == "onrecord"
    assert FetchOptions(user_agent="NewsroomBot/2.0 (+https://n.example)").robots_token == "newsroombot"


# -- feeds, sitemaps, homepages, canonical URLs ---------------------------------------------


BASE = "http://127.0.0.1:8123"


def test_feed_links_rss_atom_json():
    rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><link>{BASE}/</link>'
           f"<item><link>{BASE}/a.html?utm_source=rss</link></item><item><link>/b.html</link></item>"
           f"<item><link>{BASE}/pic.jpg</link></item><item><link>https://other.org/c.html</link></item></channel></rss>")
    assert sniff(rss) == "feed"
    assert feed_links(rss, f"{BASE}/feed.xml") == [f"{BASE}/a.html", f"{BASE}/b.html", "https://other.org/c.html"]
    atom = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="{BASE}/atom.xml"/>'
            f'<entry><link href="{BASE}/d.html"/></entry></feed>')
    assert feed_links(atom, f"{BASE}/atom.xml") == [f"{BASE}/d.html"]
    json_feed = '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "url": "%s/e.html"}]}' % BASE
    assert sniff(json_feed) == "feed" and feed_links(json_feed, f"{BASE}/feed.json") == [f"{BASE}/e.html"]


def test_sitemap_links_keep_the_site_and_find_nested_sitemaps():
    xml = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           f"<url><loc>{BASE}/a.html</loc></url><url><loc>https://elsewhere.org/x.html</loc></url></urlset>")
    assert sniff(xml) == "sitemap"
    assert sitemap_links(xml, f"{BASE}/sitemap.xml").pages == [f"{BASE}/a.html"]
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{BASE}/sitemap-news.xml</loc></sitemap></sitemapindex>")
    assert sitemap_links(index, f"{BASE}/sitemap.xml").sitemaps == [f"{BASE}/sitemap-news.xml"]
    assert sitemap_links(f"{BASE}/t1.html\n{BASE}/t2.html\n", f"{BASE}/sitemap.txt").pages == [f"{BASE}/t1.html", f"{BASE}/t2.html"]


def test_home_links_and_canonical_urls():
    home = ('<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
            '<link rel="alternate" type="application/atom+xml" href="/comments/feed"></head><body>x</body></html>')
    assert sniff(home) == "home"
    assert home_links(home, f"{BASE}/") == [f"{BASE}/rss.xml"]  # comment feeds are not news
    page = '<html><head><link rel="Canonical" href="/news/a.html?utm_medium=x"></head><body>x</body></html>'
    assert canonical_url(page, f"{BASE}/amp/a.html") == f"{BASE}/news/a.html"
    og = '<html><head><meta property="og:url" content="https://www.bbc.co.uk/news/1"></head><body>x</body></html>'
    assert canonical_url(og, "https://news.bbc.co.uk/amp/1") == "https://www.bbc.co.uk/news/1"
    assert canonical_url(og, f"{BASE}/copy.html") is None  # another site: a syndicated copy stays where it is


# -- the fetcher against a real server -------------------------------------------------------


def test_per_host_delay_is_kept_and_robots_txt_is_asked_once(store):
    site = pages_site(4)
    with site.serving(), fetcher_for(store, delay=0.3) as fetcher:
        outcomes = [fetcher.get(site.url(f"/news/{i}.html"), "page") for i in range(4)]
    assert all(isinstance(o, Fetched) for o in outcomes)
    assert [h.path for h in site.hits()] == ["/robots.txt"] + [f"/news/{i}.html" for i in range(4)]
    assert min(gaps(site, "/")) >= 0.3 - SLACK
    assert all(h.user_agent.startswith("onrecord/") for h in site.hits())


def test_concurrency_across_hosts_with_one_request_per_host_at_a_time(store):
    from onrecord.live import fetch_pass

    with ExitStack() as stack:
        slow_site, other = (stack.enter_context(pages_site(3).serving()) for _ in range(2))
        slow_site.routes["/news/0.html"].delay = 0.5  # a slow page holds its host only
        urls = [site.url(f"/news/{i}.html") for site in (slow_site, other) for i in range(3)]
        outcomes, stats = fetch_pass(urls, store, FetchOptions(delay=0.1, concurrency=2, timeout=2))
    assert all(isinstance(o, Fetched) for o in outcomes) and stats.requests == 8
    slow = [h for h in slow_site.hits() if h.path.startswith("/news/")]
    # one at a time per host: the next request waits for the slow answer
    assert slow[1].at - slow[0].at >= 0.5 - SLACK
    # two hosts at once: the other host is served while the slow page is
    assert any(slow[0].at < h.at < slow[0].at + 0.5 for h in other.hits())
    assert min(gaps(other)) >= 0.1 - SLACK


def test_robots_txt_forbids_and_sets_the_crawl_delay(store):
    # urllib.robotparser reads whole seconds only (a fractional Crawl-delay is ignored).
    site = pages_site(3, robots="User-agent: onrecord\nDisallow: /private/\nCrawl-delay: 1\n\nUser-agent: *\nDisallow: /\n")
    with site.serving(), fetcher_for(store, delay=0.0) as fetcher:
        refused = fetcher.get(site.url("/private/p.html"), "page")
        fetched = [fetcher.get(site.url(f"/news/{i}.html"), "page") for i in range(3)]
    assert isinstance(refused, NotFetched) and refused.skipped and "forbidden to onrecord by" in refused.reason
    assert all(isinstance(o, Fetched) for o in fetched)
    assert "/private/p.html" not in [h.path for h in site.hits()]
    assert min(gaps(site)) >= 1 - SLACK


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (410, True), (500, False), (503, False)])
def test_robots_txt_missing_allows_all_unreachable_allows_nothing(store, status, allowed):
    site = pages_site(1)
    site.add("/robots.txt", "down", status=status, content_type="text/plain")
    with site.serving(), fetcher_for(store) as fetcher:
        outcome = fetcher.get(site.url("/news/0.html"), "page")
    assert isinstance(outcome, Fetched) is allowed
    if not allowed:
        assert not outcome.skipped and "could not be read" in outcome.reason and f"HTTP status {status}" in outcome.reason
        assert [h.path for h in site.hits()] == ["/robots.txt"]


def test_redirects_are_followed_remembered_and_bounded(store):
    site = pages_site(1)
    site.redirect("/old", "/older")
    site.redirect("/older", "/news/0.html?utm_source=x")
    site.redirect("/loop/a", "/loop/b")
    site.redirect("/loop/b", "/loop/a")
    for i in range(7):
        site.redirect(f"/far/{i}", f"/far/{i + 1}", status=302)
    with site.serving(), fetcher_for(store) as fetcher:
        first = fetcher.get(site.url("/old"), "page")
        mark = len(site.log)
        second = fetcher.get(site.url("/old"), "page")  # permanent redirects come from the cache
        second_hits = [h.path for h in site.hits(mark)]
        loop = fetcher.get(site.url("/loop/a"), "page")
        far = fetcher.get(site.url("/far/0"), "page")
    assert isinstance(first, Fetched) and first.url == site.url("/news/0.html") and first.requested == site.url("/old")
    assert [h.path for h in site.hits()[:4]] == ["/robots.txt", "/old", "/older", "/news/0.html"]
    assert isinstance(second, Fetched) and second_hits == ["/news/0.html"]
    assert isinstance(loop, NotFetched) and "loop" in loop.reason
    assert isinstance(far, NotFetched) and "more than 5 redirects" in far.reason


def test_retries_back_off_and_honour_retry_after(store):
    site = pages_site(1)
    site.add("/error.html", "oops", status=500)
    site.add("/busy.html", "busy", status=503, headers={"Retry-After": "1"})
    with site.serving(), fetcher_for(store, retries=2, backoff=0.1) as fetcher:
        failed = fetcher.get(site.url("/error.html"), "page")
        fetcher.options = FetchOptions(retries=1, backoff=0.01, delay=0.0)
        busy = fetcher.get(site.url("/busy.html"), "page")
    assert isinstance(failed, NotFetched) and not failed.skipped
    assert failed.reason == f"{site.url('/error.html')}: HTTP status 500 after 3 tries"
    tries = [h.at for h in site.hits() if h.path == "/error.html"]
    assert len(tries) == 3 and tries[1] - tries[0] >= 0.1 - SLACK and tries[2] - tries[1] >= 0.2 - SLACK
    assert isinstance(busy, NotFetched) and busy.reason.endswith("HTTP status 503 after 2 tries")
    tries = [h.at for h in site.hits() if h.path == "/busy.html"]
    assert len(tries) == 2 and tries[1] - tries[0] >= 1 - SLACK


def test_timeouts_and_size_limits_are_failures_not_crashes(store):
    site = pages_site(1)
    site.add("/slow.html", PAGE.format(n="slow"), delay=1.0)
    site.add("/big.html", "x" * 5000)
    with site.serving(), fetcher_for(store, timeout=0.3, retries=1, max_bytes=4000) as fetcher:
        slow = fetcher.get(site.url("/slow.html"), "page")
        big = fetcher.get(site.url("/big.html"), "page")
        gone = fetcher.get(site.url("/missing.html"), "page")
    assert isinstance(slow, NotFetched) and slow.reason.endswith("no answer within 0.3 s after 2 tries")
    assert isinstance(big, NotFetched) and "more than 4,000 bytes" in big.reason
    assert isinstance(gone, NotFetched) and gone.reason.endswith("HTTP status 404") and gone.status == 404


def test_nothing_listens_is_a_failure(store):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with fetcher_for(store, timeout=0.5) as fetcher:
        outcome = fetcher.get(f"http://127.0.0.1:{port}/a.html", "page")
    assert isinstance(outcome, NotFetched) and not outcome.skipped
    assert "robots.txt could not be read (cannot connect" in outcome.reason


def test_a_second_fetch_is_conditional_and_unchanged(store):
    site = pages_site(2)
    site.routes["/news/1.html"].validators = False  # a server without ETag or Last-Modified
    with site.serving():
        with fetcher_for(store) as fetcher:
            for i in range(2):
                outcome = fetcher.get(site.url(f"/news/{i}.html"), "page")
                fetcher.cache.put(outcome.record)
            fetcher.cache.flush()
        mark = len(site.log)
        with fetcher_for(store) as fetcher:
            again = [fetcher.get(site.url(f"/news/{i}.html"), "page") for i in range(2)]
    assert all(isinstance(o, Unchanged) for o in again)
    hits = site.hits(mark)
    assert [(h.path, h.status, h.conditional) for h in hits] == [("/robots.txt", 304, True), ("/news/0.html", 304, True), ("/news/1.html", 200, False)]


def test_page_documents_decode_and_refuse_what_is_not_html(store):
    site = pages_site(1)
    site.add("/latin.html", PAGE.format(n="café").encode("cp1252"), content_type="text/html; charset=windows-1252")
    site.add("/data.json", '{"a": 1}', content_type="application/json")
    with site.serving(), fetcher_for(store) as fetcher:
        latin, _ = page_document(fetcher.get(site.url("/latin.html"), "page"))
        data, _ = page_document(fetcher.get(site.url("/data.json"), "page"))
    assert isinstance(latin, RawDocument) and "café" in latin.html and latin.url == site.url("/latin.html")
    assert isinstance(data, Failure) and data.skipped and "application/json is not HTML" in data.reason
