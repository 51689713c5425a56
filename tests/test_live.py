"""Live sources end to end, with real HTTP on loopback: a news site (pages from
../shared/data/news-html, a feed, a sitemap, a robots.txt that forbids a path, a redirect
chain, a slow page, a 500) fetched by passes that ingest into SQLite and PostgreSQL;
what is fetched, refused and stored is checked twice in a row, then after a page changes;
and the commands (ingest URL/--feed/--sitemap/--sources, watch --once, watch stopped by
SIGTERM)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
from loopback_site import Site
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.fetch import FetchOptions
from onrecord.fetch.discover import Source
from onrecord.ingest import IngestOptions
from onrecord.live import run_pass, watch
from onrecord.store import SearchQuery, open_store

ROOT = Path(__file__).resolve().parents[1]
# Four English news pages of different sites, and a fifth to change one of them into.
PAGES = {"a": "foxnews.com1.html", "b": "bostonherald.com1.html", "c": "theglobeandmail.com1.html",
         "d": "businessweek.com2.html", "b2": "reuters.com1.html"}  # fmt: skip
FEED_ITEMS = ["/news/a.html", "/news/b.html?utm_source=rss", "/old/c", "/private/secret.html", "/slow.html", "/error.html", "/amp/a.html"]
DELAY = 0.2
OPTIONS = FetchOptions(delay=DELAY, timeout=0.5, retries=1, backoff=0.05)
# Arrival times on a busy machine jitter by tens of milliseconds.
SLACK = 0.1


def html_of(shared: Path, key: str) -> bytes:
    path = shared / "data" / "news-html" / "legacy_2014" / "tests" / "data" / "html" / PAGES[key]
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path.read_bytes()


@contextmanager
def news_site(shared: Path):
    """The fixture site: a homepage naming its feed, the feed, a sitemap, robots.txt."""
    site = Site()
    with site.serving():
        base = site.base
        site.add("/robots.txt", f"User-agent: *\nDisallow: /private/\nSitemap: {base}/sitemap.xml\n", content_type="text/plain")
        site.add("/", '<html><head><title>Loopback News</title><link rel="alternate" type="application/rss+xml" '
                      'href="/feed.xml"></head><body><p>Today\'s news.</p></body></html>')
        items = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>" for p in FEED_ITEMS)
        site.add("/feed.xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>'
                              f"<link>{base}/</link>{items}</channel></rss>", content_type="application/rss+xml")
        locs = "".join(f"<url><loc>{base}{p}</loc></url>" for p in ("/news/a.html", "/news/d.html"))
        site.add("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                 f"{locs}</urlset>", content_type="application/xml")
        for key in "abcd":
            site.add(f"/news/{key}.html", html_of(shared, key))
        site.add("/amp/a.html", html_of(shared, "a"))  # the same page by a second URL
        site.redirect("/old/c", "/moved/c")
        site.redirect("/moved/c", "/news/c.html")
        site.add("/private/secret.html", html_of(shared, "a"))
        site.add("/slow.html", html_of(shared, "d"), delay=1.5)
        site.add("/error.html", "server error", status=500, content_type="text/plain")
        yield site


def sources(site: Site) -> list[Source]:
    return [Source(site.url("/"), "auto"), Source(site.url("/sitemap.xml"), "sitemap")]


def min_gap(hits) -> float:
    times = sorted(h.at for h in hits)
    return min(b - a for a, b in zip(times, times[1:]))


def test_two_passes_then_a_changed_page(shared, store_url):
    with news_site(shared) as site, open_store(store_url) as store:
        first = run_pass(sources(site), store, OPTIONS, IngestOptions())
        hits = site.hits()
        paths = Counter(h.path for h in hits)
        # each page once; the failing ones once per try; robots.txt obeyed
        for path in ("/robots.txt", "/", "/feed.xml", "/sitemap.xml", "/news/a.html", "/news/b.html", "/old/c", "/moved/c",
                     "/news/c.html", "/news/d.html", "/amp/a.html"):
            assert paths[path] == 1, (path, paths)
        assert paths["/error.html"] == paths["/slow.html"] == 2 and "/private/secret.html" not in paths
        assert len(hits) == sum(paths.values()) == 15
        assert min_gap(hits) >= DELAY - SLACK  # one host: every request spaced by the delay
        assert all(h.user_agent.startswith("onrecord/") and not h.conditional for h in hits)
        # stored once each, under one spelling of their URL
        stored = {a.url: a for a in store.articles().articles}
        assert sorted(stored) == [site.url(f"/news/{k}.html") for k in "abcd"]
        assert all(a.statements > 0 and a.first_seen <= a.last_seen for a in stored.values())
        assert (first.fetched, first.refused, first.failed, first.unchanged) == (5, 1, 2, 0)
        assert (first.summary.added, first.summary.duplicates) == (4, 1)  # /amp/a.html: the same text
        failures = {f.source: f for f in store.failures()}
        assert failures[site.url("/private/secret.html")].skipped
        assert "forbidden to onrecord by" in failures[site.url("/private/secret.html")].reason
        assert failures[site.url("/error.html")].reason.endswith("HTTP status 500 after 2 tries")
        assert failures[site.url("/slow.html")].reason.endswith("no answer within 0.5 s after 2 tries")
        assert {f.stage for f in failures.values()} == {"read"}

        # The second pass: nothing new, so nothing but conditional requests answered 304;
        # the URLs that failed wait for a later pass.
        mark = len(site.log)
        second = run_pass(sources(site), store, OPTIONS, IngestOptions())
        again = site.hits(mark)
        assert again and all(h.conditional and h.status == 304 for h in again), [(h.path, h.status) for h in again]
        assert sorted(h.path for h in again) == sorted(["/robots.txt", "/", "/feed.xml", "/sitemap.xml", "/news/a.html",
                                                         "/news/b.html", "/news/c.html", "/news/d.html", "/amp/a.html"])
        assert min_gap(again) >= DELAY - SLACK
        assert (second.fetched, second.unchanged, second.not_due, second.summary.added) == (0, 5, 2, 0)
        assert store.stats().articles == 4
        last_seen = store.article_by_url(site.url("/news/a.html")).last_seen
        assert last_seen >= stored[site.url("/news/a.html")].last_seen

        # A page changes: its article is replaced, its old text kept, its statements redone.
        old_b = stored[site.url("/news/b.html")]
        site.routes["/news/b.html"].body = html_of(shared, "b2")
        third = run_pass(sources(site), store, OPTIONS, IngestOptions())
        assert (third.fetched, third.summary.updated, third.summary.added) == (1, 1, 0)
        new_b = store.article_by_url(site.url("/news/b.html?utm_source=rss"))
        assert new_b.id != old_b.id and new_b.previous_id == old_b.id and new_b.first_seen == old_b.first_seen
        assert new_b.updated_at is not None and store.article(old_b.id) is None
        assert [v.article_id for v in store.article_versions(new_b.id)] == [old_b.id]
        assert store.search(SearchQuery(article_id=old_b.id)).hits == []
        assert store.search(SearchQuery(article_id=new_b.id)).hits
        assert store.stats().articles == 4
        runs = store.runs()
        assert [r.status for r in runs] == ["completed"] * 3 and runs[0].counts.updated == 1


def test_watch_runs_passes_until_stopped(shared, tmp_path):
    stop = threading.Event()
    results = []

    def on_pass(result) -> None:
        results.append(result)
        if len(results) == 2:
            stop.set()

    with news_site(shared) as site, open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        options = FetchOptions(delay=0.0, timeout=0.5, retries=0)
        passes = watch(lambda: sources(site), store, options, IngestOptions(), every=0.2, stop=stop, on_pass=on_pass)
    assert passes == 2 and results[0].summary.added == 4 and results[1].summary.added == 0
    assert results[1].stats.requests == results[1].stats.not_modified


SOURCES_FILE = """# outlets.txt: the sources `onrecord watch` reads on every pass
{base}/                  # a homepage: its feeds are found
sitemap {base}/sitemap.xml
"""


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_the_commands(shared, tmp_path, store_url):
    with news_site(shared) as site:
        outlets = tmp_path / "outlets.txt"
        outlets.write_text(SOURCES_FILE.format(base=site.base), encoding="utf-8")
        fast = ["--delay", "0", "--timeout", "0.5", "--retries", "0", "--db", store_url]
        one = invoke("ingest", site.url("/news/d.html"), "--contact", "mailto:data@newsroom.example", *fast)
        assert one.exit_code == 0, one.output
        assert "1 fetched" in one.output and "1 articles added" in one.output
        assert site.hits()[-1].user_agent.endswith("(+mailto:data@newsroom.example)")
        feed = invoke("ingest", "--feed", site.url("/feed.xml"), "-q", *fast)
        assert feed.exit_code == 0 and feed.output == ""
        with open_store(store_url) as store:
            assert store.stats().articles == 4
        # --retry-failures fetches the failed URLs again at once (watch would wait)
        errors_before = Counter(h.path for h in site.hits())["/error.html"]
        retried = invoke("ingest", "--retry-failures", "-q", *fast)
        assert retried.exit_code == 0, retried.output
        assert Counter(h.path for h in site.hits())["/error.html"] == errors_before + 1
        with open_store(store_url) as store:
            attempts = {f.source: f.attempts for f in store.failures(skipped=False)}
        assert attempts == {site.url("/error.html"): 2, site.url("/slow.html"): 2}
        once = invoke("watch", "--sources", str(outlets), "--once", *fast)
        assert once.exit_code == 0, once.output
        assert "0 fetched, 5 unchanged" in once.output and "0 articles added, 0 updated" in once.output
        shown = invoke("show", site.url("/news/b.html?utm_source=newsletter"), "--format", "json", "--db", store_url)
        assert shown.exit_code == 0 and f'"url": "{site.url("/news/b.html")}"' in shown.output
        sitemap = invoke("ingest", "--sitemap", site.url("/sitemap.xml"), *fast)
        assert sitemap.exit_code == 0 and "0 fetched, 2 unchanged" in sitemap.output


@pytest.mark.parametrize(("args", "message"), [
    (["ingest", "README.md", "https://example.com/a.html"], "either files or URLs"),
    (["ingest", "--feed", "example.com/rss"], "'example.com/rss' is not an http(s) URL"),
    (["watch"], "nothing to fetch"),
    (["watch", "--feed", "https://example.com/rss", "--every", "often"], "'often': not a duration"),
    (["watch", "--feed", "https://example.com/rss", "--delay", "-1"], "--delay must be at least 0"),
])  # fmt: skip
def test_bad_commands_are_config_errors(args, message, tmp_path):
    from onrecord import errors

    result = CliRunner().invoke(app, [*args, "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert isinstance(result.exception, errors.ConfigError) and message in str(result.exception)
    assert not (tmp_path / "x.db").exists()  # refused before anything is opened


def test_a_bad_command_is_one_line_on_stderr(tmp_path):
    result = subprocess.run([sys.executable, "-m", "onrecord", "ingest", "README.md", "https://example.com/a.html"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 2 and result.stderr.startswith("onrecord: error: ") and "Traceback" not in result.stderr


def test_a_signal_that_lands_while_the_stop_event_s_lock_is_held_still_stops_the_watch():
    # the handler runs in the main thread, which may be inside stop.wait holding the Event's
    # lock: setting the Event there waited for ever (a watch that ignored SIGTERM, seen in CI)
    import io

    from rich.console import Console

    from onrecord.cli.watch_cmd import _Signals

    stop = threading.Event()
    signals = _Signals(stop, Console(file=io.StringIO()))
    handled = threading.Event()

    def signal_inside_wait() -> None:
        with stop._cond:  # type: ignore[attr-defined]
            signals._handle(signal.SIGTERM, None)
        handled.set()

    threading.Thread(target=signal_inside_wait, daemon=True).start()
    assert handled.wait(5) and stop.wait(5)
    with pytest.raises(KeyboardInterrupt):  # a second signal stops at once
        signals._handle(signal.SIGTERM, None)


def test_watch_stops_cleanly_on_sigterm(shared, tmp_path):
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    with news_site(shared) as site:
        outlets = tmp_path / "outlets.txt"
        outlets.write_text(SOURCES_FILE.format(base=site.base), encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "onrecord", "watch", "--sources", str(outlets), "--every", "1h", "--delay", "0",
             "--timeout", "0.5", "--retries", "0", "--db", db],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        try:
            line = process.stdout.readline()  # the first pass is over: the watch now sleeps
            assert "5 fetched" in line and "4 articles added" in line, line
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 0, err
    assert "SIGTERM: stopping" in err and "Traceback" not in err
    with open_store(db) as store:
        assert [r.status for r in store.runs()] == ["completed"] and store.stats().articles == 4


def test_an_unforeseen_error_is_a_failure_not_a_crash(tmp_path, monkeypatch):
    import onrecord.live as live

    def broken(*args, **kwargs):
        raise RuntimeError("lxml met something new")

    site = Site()
    with site.serving(), open_store(f"sqlite:///{tmp_path / 'u.db'}") as store:
        site.add("/robots.txt", "", content_type="text/plain")
        site.add("/a.html", "<html><body><p>A page.</p></body></html>")
        site.add("/feed.xml", f'<rss version="2.0"><channel><item><link>{site.base}/a.html</link></item></channel></rss>',
                 content_type="application/rss+xml")
        monkeypatch.setattr(live, "page_document", broken)
        monkeypatch.setattr(live, "sitemap_links", broken)
        result = run_pass([Source(site.url("/a.html"), "page"), Source(site.url("/feed.xml"), "sitemap")], store,
                          FetchOptions(delay=0, retries=0), IngestOptions())
        failures = {f.source: f.reason for f in store.failures()}
        statuses = [r.status for r in store.runs()]
    assert result.summary.failures == 2 and statuses == ["completed"]
    assert "reading failed unexpectedly (RuntimeError: lxml met something new)" in failures[site.url("/a.html")]
    assert "fetching failed unexpectedly (RuntimeError: lxml met something new)" in failures[site.url("/feed.xml")]
