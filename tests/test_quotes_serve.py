"""Quotations over HTTP on both backends: ``/api/quotes``, ``/api/quotes/{id}``,
``/api/speakers/{id}/similar`` against a real uvicorn, and the quotation page, the
"reported N times" lines and the similar statements in headless Chromium (the browser
fixture of test_browser.py)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from quote_data import WIRE, fill
from test_browser import browser  # noqa: F401  (the Chromium fixture)

from onrecord.serve import create_app
from onrecord.serve.background import serve_in_thread
from onrecord.store import open_store


@pytest.fixture
def site(store_url):
    """A server over a store filled with quote_data's reports, once per backend."""
    with open_store(store_url) as store:
        linked = fill(store)
    with serve_in_thread(create_app(store_url)) as base:
        yield {"base": base, "wire": linked[0].statements[0].quote_id, "linked": linked}


def test_quotes_api_lists_filters_and_pages(site):
    base = site["base"]
    body = httpx.get(base + "/api/quotes", params={"min_reports": 2}).json()
    assert [q["id"] for q in body["quotes"]] == [site["wire"]] and body["next_offset"] is None
    top = body["quotes"][0]
    assert (top["reports"], top["articles"], top["outlets"], top["speakers"]) == (5, 5, 5, 2)
    assert top["first_outlet"] == "wire.example" and top["first_date"] == "2024-05-01"
    assert httpx.get(base + "/api/quotes", params={"q": "farmers"}).json()["quotes"][0]["id"] == site["wire"]
    page = httpx.get(base + "/api/quotes", params={"speaker": "Ana Lopez", "limit": 2}).json()
    assert len(page["quotes"]) == 2 and page["next_offset"] == 2
    assert httpx.get(base + "/api/quotes", params={"min_reports": 0}).status_code == 422


def test_one_quotation_with_every_report(site):
    r = httpx.get(site["base"] + f"/api/quotes/{site['wire']}")
    assert r.status_code == 200
    quote = r.json()
    assert [x["outlet"] for x in quote["report_list"]] == ["wire.example", "daily.example", "weekly.example", "headlines.example", "gazette.example"]
    assert [x["name"] for x in quote["speaker_counts"]] == ["Ana Lopez", "Piet Jansen"]
    assert len(quote["timeline"]) == 5
    missing = httpx.get(site["base"] + "/api/quotes/q0000000000000000")
    assert missing.status_code == 404 and "no quotation" in missing.json()["message"]


def test_statement_hits_carry_quote_id_and_spread(site):
    hits = httpx.get(site["base"] + "/api/statements", params={"q": "farmers"}).json()["hits"]
    assert {h["quote_id"] for h in hits} == {site["wire"]}
    assert all(h["quote"]["reports"] == 5 and h["statement"]["quote_id"] == site["wire"] for h in hits)
    one = httpx.get(site["base"] + f"/api/statements/{hits[0]['id']}").json()
    assert one["quote"]["first_outlet"] == "wire.example"


def test_similar_statements_api(site):
    pairs = httpx.get(site["base"] + "/api/speakers/person-ana-lopez/similar").json()
    assert len(pairs) == 1 and pairs[0]["later"].startswith("subsidies for farms")
    assert httpx.get(site["base"] + "/api/speakers/nobody-here/similar").status_code == 404


def test_the_openapi_description_names_the_quote_routes(site):
    paths = httpx.get(site["base"] + "/openapi.json").json()["paths"]
    assert {"/api/quotes", "/api/quotes/{quote_id}", "/api/speakers/{speaker_id}/similar"} <= set(paths)


# -- in the browser ------------------------------------------------------------------------------


@pytest.fixture
def tab(browser):  # noqa: F811
    page = browser.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.set_default_timeout(10_000)
    yield page
    page.close()


@pytest.mark.browser
def test_quote_page_shows_every_report_the_disagreement_and_the_spread(tab, site, tmp_path: Path):
    tab.goto(site["base"] + "/?q=farmers")
    spread = tab.locator("a.spread").first
    assert spread.inner_text() == "reported 5 times in 5 articles, first by wire.example on 2024-05-01"
    spread.click()
    tab.wait_for_url(f"**/quotes/{site['wire']}")
    assert WIRE in tab.locator("blockquote.canonical").inner_text()
    rows = tab.locator("table.reports tbody tr")
    assert rows.count() == 5
    assert "wire.example" in rows.first.inner_text() and "2024-05-01" in rows.first.inner_text()
    assert "trimmed or edited" in rows.nth(3).inner_text()
    assert "disagree" in tab.locator(".disputed-box").inner_text() and "Piet Jansen" in tab.locator(".disputed-box").inner_text()
    chart = tab.locator("svg.spread")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 50
    assert tab.locator("svg.spread rect.bar:not(.empty)").count() == 5
    assert tab.locator("svg.spread polyline.cumulative").count() == 1
    tab.screenshot(path=str(tmp_path / "quote.png"), full_page=True)
    tab.goto(site["base"] + "/quotes")
    assert tab.locator("table.quotes tbody tr").count() == 1
    tab.goto(site["base"] + f"/articles/{site['linked'][1].id}")
    assert tab.locator("table.statements a.spread").first.inner_text().startswith("reported 5 times")
    assert tab.errors == []


@pytest.mark.browser
def test_speaker_page_shows_similar_statements(tab, site, tmp_path: Path):
    tab.goto(site["base"] + "/speakers/person-ana-lopez")
    similar = tab.locator("section.similar")
    assert similar.is_visible()
    assert similar.locator("li").count() == 1
    text = similar.inner_text()
    assert "farm subsidies must stay" in text and "2024-05-09" in text and "2024-05-20" in text
    tab.screenshot(path=str(tmp_path / "speaker-similar.png"), full_page=True)
    assert tab.errors == []


def test_posted_articles_are_linked_and_answered_as_stored(store_url):
    token = {"Authorization": "Bearer quote-token"}
    quote = "We will not sign any agreement that leaves our farmers worse off than they are today"
    with serve_in_thread(create_app(store_url, token="quote-token")) as base:
        one = httpx.post(base + "/api/articles", headers=token, timeout=60,
                         json={"text": f'"{quote}," Agriculture Minister Ana Lopez said on Monday.', "published": "2024-05-06"})
        two = httpx.post(base + "/api/articles", headers={**token, "Content-Type": "application/x-ndjson"}, timeout=60,
                         content='{"text": "Lopez was firm. \\"' + quote.upper() + '.\\" she told reporters.", "published": "2024-05-07"}\n')
    assert one.status_code == 201 and two.status_code == 201, (one.text, two.text)
    first = one.json()["statements"][0]["quote_id"]
    second = two.json()["articles"][0]["statements"][0]["quote_id"]
    assert first == second == "q0000000000000001"
