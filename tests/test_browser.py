"""The pages in a real browser: headless Debian Chromium driven by Playwright, against a
real uvicorn on loopback with a fresh SQLite store that the API fills.

Select with ``-m browser``. Without Chromium or Playwright these skip (fail under
ONRECORD_REQUIRE_ALL=1). Screenshots land in each test's tmp_path.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import unavailable

from onrecord.serve import create_app
from onrecord.serve.background import serve_in_thread

pytestmark = pytest.mark.browser

TOKEN = "browser-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
CHROMIUM = os.environ.get("ONRECORD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCRIPT = "<script>alert(1)</script>"
HOSTILE = {
    "text": "Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n\n"
            f'"{SCRIPT} is not what we negotiate," Peskov told reporters.\n',
    "title": "<img src=x onerror=alert(2)> Peskov on scripts",
    "published": "2022-03-22",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory, kremlin_text: str) -> Iterator[dict]:
    """A server with the seed article and a hostile one, both posted through the API."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'store.db'}"
    with serve_in_thread(create_app(url, token=TOKEN)) as base:
        seed = httpx.post(base + "/api/articles", headers=AUTH, timeout=60,
                          json={"text": kremlin_text, "published": "2022-03-21", "outlet": "example.com",
                                "url": "https://example.com/kremlin-2022-03-21"})
        hostile = httpx.post(base + "/api/articles", headers=AUTH, timeout=60, json=HOSTILE)
        assert seed.status_code == 201, seed.text
        assert hostile.status_code == 201, hostile.text
        assert any(SCRIPT in s["content"]["text"] for s in hostile.json()["statements"])
        yield {"base": base, "seed": seed.json(), "hostile": hostile.json()}


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Chromium from Debian (no Playwright browser download), with a fresh profile."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        unavailable(f"Chromium not found at {CHROMIUM} (scripts/install-system-deps installs it)")
    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
                args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900},
            )
        except PlaywrightError as exc:
            unavailable(f"Chromium at {CHROMIUM} did not start under Playwright: {exc.message.splitlines()[0]}")
        yield context
        context.close()


@pytest.fixture
def page(browser, site):
    """A fresh tab that records dialogs (an alert would mean a script ran) and errors."""
    tab = browser.new_page()
    tab.dialogs, tab.errors = [], []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.set_default_timeout(10_000)
    yield tab
    tab.close()


def _shot(page, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000


def test_search_finds_the_quote(page, site, tmp_path: Path) -> None:
    page.goto(site["base"] + "/")
    page.fill("input[name=q]", "no significant progress")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=no+significant+progress*")
    marks = page.locator(".hits mark")
    assert marks.count() >= 1
    assert marks.first.inner_text().lower() == "no significant progress"
    assert page.locator(".facets").get_by_role("link", name="Dmitry Peskov").is_visible()
    _shot(page, tmp_path, "search")
    assert page.errors == [] and page.dialogs == []


def test_speaker_page_draws_the_timeline(page, site, tmp_path: Path) -> None:
    page.goto(site["base"] + "/?q=no+significant+progress")
    page.locator(".hits").get_by_role("link", name="Dmitry Peskov").first.click()
    page.wait_for_url("**/speakers/person-dmitry-peskov")
    assert "Dmitry Peskov" in page.locator("h1").inner_text()
    assert "spokesman" in page.locator("dl.facts").inner_text()
    chart = page.locator("svg.timeline")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 50
    bars = page.locator("svg.timeline rect.bar:not(.empty)")
    assert bars.count() >= 1
    heights = [bars.nth(i).bounding_box()["height"] for i in range(bars.count())]
    assert max(heights) > 20
    _shot(page, tmp_path, "speaker")
    assert page.errors == [] and page.dialogs == []


def test_article_page_highlights_every_statement(page, site, tmp_path: Path) -> None:
    seed = site["seed"]
    page.goto(site["base"] + "/speakers/person-dmitry-peskov")
    page.locator(f"a.article-link[href^='/articles/{seed['id']}']").first.click()
    page.wait_for_url(f"**/articles/{seed['id']}*")
    said = [s for s in seed["statements"] if s["act"] in ("speech", "writing")]
    heads = page.locator(".text mark.statement:not(.cont)")
    assert heads.count() == len(said) > 0
    assert all(heads.nth(i).is_visible() for i in range(heads.count()))
    assert page.locator("table.statements tbody tr").count() == len(said)
    assert page.locator(".text span.cue").count() >= 1 and page.locator(".text span.via").count() >= 1
    # beliefs, intentions and stances are one click away
    page.get_by_text("more: beliefs, intentions, stances").click()
    page.wait_for_url("**acts=all*")
    assert page.locator(".text mark.statement:not(.cont)").count() == len(seed["statements"]) > len(said)
    assert page.locator("table.statements tbody tr").count() == len(seed["statements"])
    # The page's text is the article's text: highlighting adds speaker labels, nothing else.
    labels = "".join(page.locator(".text .who").all_inner_texts())
    assert len(page.locator(".text").inner_text()) == pytest.approx(len(seed["text"]) + len(labels), abs=40)
    _shot(page, tmp_path, "article")
    assert page.errors == [] and page.dialogs == []


def test_a_quoted_script_is_text_and_never_runs(page, site, tmp_path: Path) -> None:
    hostile = site["hostile"]
    page.goto(site["base"] + f"/articles/{hostile['id']}")
    page.wait_for_timeout(300)  # time for a script or an onerror handler to fire, if any did
    assert page.get_by_text(SCRIPT).first.is_visible()
    assert SCRIPT in page.locator(".text mark.statement").first.inner_text()
    assert page.locator("h1").inner_text().startswith("<img src=x onerror=alert(2)>")
    assert page.locator("main script, main img").count() == 0
    _shot(page, tmp_path, "hostile-article")
    page.goto(site["base"] + "/?q=negotiate")
    page.wait_for_timeout(300)
    assert page.locator(".hits").get_by_text(SCRIPT).first.is_visible()
    _shot(page, tmp_path, "hostile-search")
    assert page.dialogs == []


def test_speaker_page_shows_aliases_roles_and_unnamed_sources(page, site, tmp_path: Path) -> None:
    # A second spelling of Peskov, and an unnamed Kremlin source, posted as a user would.
    other = {"text": 'Kremlin spokesman Dmitri Peskov said on Friday that no date had been set for a meeting.\n\n'
                     '"We are not there yet," a Kremlin official told reporters.\n',
             "published": "2022-03-25", "outlet": "other.example"}
    r = httpx.post(site["base"] + "/api/articles", headers=AUTH, timeout=60, json=other)
    assert r.status_code == 201, r.text
    linked = {s["speaker"]["name"]: s["speaker"]["id"] for s in r.json()["statements"] if s["speaker"]["name"]}
    assert linked.get("Dmitri Peskov") == "person-dmitry-peskov"
    page.goto(site["base"] + "/speakers/person-dmitry-peskov")
    aliases = page.locator("dd.aliases").inner_text()
    assert "Dmitry Peskov" in aliases and "Dmitri Peskov" in aliases
    roles = page.locator("table.roles")
    assert roles.is_visible() and "spokesman" in roles.inner_text()
    assert "2022-03-2" in roles.inner_text()  # titles over time carry their dates
    _shot(page, tmp_path, "speaker-aliases")
    # The speakers list keeps unnamed sources apart, behind their own link.
    page.goto(site["base"] + "/speakers")
    names = page.locator("table.list tbody td:first-child").all_inner_texts()
    assert names and not any(n.startswith("unnamed:") for n in names)
    page.locator("a.unnamed-link").click()
    page.wait_for_url("**/speakers?unnamed=true")
    unnamed = page.locator("table.list tbody td:first-child").all_inner_texts()
    assert unnamed and all(n.startswith("unnamed:") for n in unnamed)
    page.goto(site["base"] + "/outlets")
    shares = page.locator("table.outlets td.share").all_inner_texts()
    assert len(shares) == 2 and all(s.endswith("%") for s in shares)
    _shot(page, tmp_path, "outlets")
    assert page.errors == [] and page.dialogs == []
