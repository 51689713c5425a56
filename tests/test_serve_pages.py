"""The pages as HTML over a real server: what they show, and that nothing scraped is markup.
The same pages in a real browser: test_browser.py."""

from __future__ import annotations

import httpx
import pytest

from onrecord.serve import create_app
from onrecord.serve.background import serve_in_thread

TOKEN = "pages-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOSTILE = {
    "text": 'Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n'
            '"<script>alert(1)</script> is not what we negotiate," Peskov told reporters.\n',
    "title": "<img src=x onerror=alert(2)> Peskov",
    "url": "javascript:alert(3)",
    "outlet": "<b>outlet</b>",
    "published": "2022-03-22",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory, kremlin_text: str) -> tuple[httpx.Client, dict, dict]:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'store.db'}"
    with serve_in_thread(create_app(url, token=TOKEN)) as base, httpx.Client(base_url=base, timeout=60) as client:
        seed = client.post("/api/articles", json={"text": kremlin_text, "published": "2022-03-21",
                                                  "url": "https://example.com/k", "outlet": "example.com"}, headers=AUTH)
        hostile = client.post("/api/articles", json=HOSTILE, headers=AUTH)
        assert seed.status_code == hostile.status_code == 201
        yield client, seed.json(), hostile.json()


def test_front_page_lists_latest_statements(site) -> None:
    client, _, _ = site
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Dmitry Peskov" in r.text and " articles · " in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_search_highlights_and_facets(site) -> None:
    client, seed, _ = site
    html = client.get("/", params={"q": "no significant progress"}).text
    assert "<mark>no significant progress</mark>" in html
    assert 'href="/?q=no+significant+progress&amp;speaker=person-dmitry-peskov"' in html
    assert f'href="/articles/{seed["id"]}#s-' in html


def test_search_filters_and_bad_values(site) -> None:
    client, _, _ = site
    html = client.get("/", params={"speaker": "person-dmitry-peskov", "kind": "direct"}).text
    assert "speaker: Dmitry Peskov ✕" in html and 'class="hit kind-indirect"' not in html
    r = client.get("/", params={"since": "soon", "kind": "rumour"})
    assert r.status_code == 400 and "not a date" in r.text and "rumour" in r.text
    r = client.get("/", params={"cursor": "bogus"})
    assert r.status_code == 400 and "cursor" in r.text
    r = client.get("/", params={"min_confidence": "high"})
    assert r.status_code == 400 and "min_confidence" in r.text


def test_search_leaves_out_statements_below_a_confidence(site) -> None:
    client, _, _ = site
    every = [h["statement"] for h in client.get("/api/statements", params={"limit": 200}).json()["hits"]]
    confidences = sorted({s["confidence"] for s in every})
    assert len(confidences) > 1, confidences  # the seed has rules of several confidences
    cut = confidences[-1]
    html = client.get("/", params={"min_confidence": str(cut)}).text
    kept = sum(1 for s in every if s["confidence"] >= cut)
    assert f"<b>{kept}</b> statement" in html and kept < len(every)
    assert f"min_confidence: ≥ {cut} ✕" in html


def test_speaker_page(site) -> None:
    client, _, _ = site
    html = client.get("/speakers/person-dmitry-peskov").text
    assert "<h1>Dmitry Peskov" in html and "spokesman" in html and "Kremlin" in html
    assert '<svg class="timeline"' in html and '<rect class="bar"' in html
    assert client.get("/speakers/person-nobody", headers={"Accept": "text/html"}).status_code == 404
    assert "Dmitry Peskov" in client.get("/speakers", params={"q": "pesk"}).text


def test_article_page_marks_every_statement(site) -> None:
    client, seed, _ = site
    said = [i for i, s in enumerate(seed["statements"]) if s["act"] in ("speech", "writing")]
    assert 0 < len(said) < len(seed["statements"])  # the seed has stances ("rejecting reports of progress")
    for params, shown in (({}, said), ({"acts": "all"}, list(range(len(seed["statements"]))))):
        html = client.get(f"/articles/{seed['id']}", params=params).text
        assert html.count('<mark class="statement') - html.count('<mark class="statement cont') == len(shown)
        assert 'class="cue"' in html and 'class="via"' in html
        assert html.count("<tr class=\"kind-") == len(shown)
        # each statement keeps its stored number, so a search hit's #s-N link finds it
        assert all(f'id="s-{i}"' in html for i in shown)
    assert "more: beliefs, intentions, stances" in client.get(f"/articles/{seed['id']}").text
    bad = client.get(f"/articles/{seed['id']}", params={"acts": "gossip"}).text
    assert "is not a list of acts" in bad


def test_article_page_says_when_its_page_changed(site) -> None:
    client, seed, _ = site
    assert "The page changed" not in client.get(f"/articles/{seed['id']}").text
    first = client.post("/api/articles", json={"text": "Kremlin spokesman Dmitry Peskov said talks went on.",
                                               "url": "https://example.com/changing"}, headers=AUTH).json()
    second = client.post("/api/articles", json={"text": "Kremlin spokesman Dmitry Peskov said talks went on. "
                                                "He added that no date was set.", "url": "https://example.com/changing"},
                         headers=AUTH).json()
    html = client.get(f"/articles/{second['id']}").text
    assert "The page changed" in html and "1 earlier version," in html
    assert f'href="/api/articles/{second["id"]}/versions"' in html
    assert first["id"] != second["id"]


def test_scraped_markup_is_text(site) -> None:
    client, _, hostile = site
    pages = [client.get(f"/articles/{hostile['id']}").text, client.get("/", params={"q": "negotiate"}).text,
             client.get("/speakers/person-dmitry-peskov").text, client.get("/articles").text]
    for html in pages:
        assert "<script" not in html and "<img" not in html and "<b>outlet" not in html
        assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0]
    assert "&lt;img src=x onerror=alert(2)&gt; Peskov" in pages[0]
    assert "javascript:alert(3)" in pages[0]  # shown as text, not as a link


def test_query_is_escaped_in_the_form(site) -> None:
    client, _, _ = site
    html = client.get("/", params={"q": '"><script>alert(4)</script>'}).text
    assert "<script>alert(4)" not in html and "&#34;&gt;&lt;script&gt;" in html


def test_not_found_pages(site) -> None:
    client, _, _ = site
    r = client.get("/articles/nope", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "<h1>Not found</h1>" in r.text
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")


def test_search_shows_what_was_said_unless_asked_for_every_act(site) -> None:
    client, _, _ = site
    default = client.get("/", params={"speaker": "person-dmitry-peskov"}).text
    assert "a similar note" not in default and 'class="act act-stance"' not in default
    assert "<h3>Act</h3>" in default and 'href="/?speaker=person-dmitry-peskov&amp;acts=all"' in default
    every = client.get("/", params={"speaker": "person-dmitry-peskov", "acts": "all"}).text
    assert "a similar note" in every and 'class="act act-stance"' in every and "acts: all ✕" in every
    only = client.get("/", params={"acts": "stance"}).text
    assert 'class="act act-stance"' in only and 'class="act act-speech"' not in only
    r = client.get("/", params={"acts": "rumour"})
    assert r.status_code == 400 and "is not a list of acts" in r.text
