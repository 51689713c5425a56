"""The JSON API against a real uvicorn on loopback, with httpx: auth, limits, validation,
paging, private mode. The schemathesis run is in test_api_schema.py."""

from __future__ import annotations

import json
import math

import httpx
import pytest

from onrecord import errors
from onrecord.serve import ServeLimits, create_app
from onrecord.serve.background import serve_in_thread
from onrecord.store import open_store

TOKEN = "test-token-7f3a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
LIMITS = ServeLimits(max_request_bytes=64 * 1024, max_batch_articles=5)
NDJSON = {"Content-Type": "application/x-ndjson", **AUTH}

SHORT = [
    '"We will not accept ultimatums," said Foreign Minister Anna Berg. "The talks go on," she added.',
    '"The harvest was the best in ten years," farm minister Jon Hale told reporters on Tuesday.',
]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'store.db'}"
    with serve_in_thread(create_app(url, token=TOKEN, limits=LIMITS)) as base:
        yield base


@pytest.fixture(scope="module")
def client(server: str) -> httpx.Client:
    with httpx.Client(base_url=server, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def seed(client: httpx.Client, kremlin_text: str) -> dict:
    """The seed article, posted through the API."""
    body = {"text": kremlin_text, "published": "2022-03-21", "url": "https://example.com/kremlin", "outlet": "example.com"}
    r = client.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.headers["location"] == f"/api/articles/{r.json()['id']}"
    return r.json()


def _error(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert isinstance(body["message"], str) and body["message"]
    return body["message"]


def test_healthz(client: httpx.Client) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["store"] == "sqlite"


def test_post_without_token_is_401(client: httpx.Client) -> None:
    r = client.post("/api/articles", json={"text": SHORT[0]})
    assert "Authorization: Bearer" in _error(r, 401)
    assert r.headers["www-authenticate"].startswith("Bearer")
    r = client.post("/api/articles", json={"text": SHORT[0]}, headers={"Authorization": "Bearer wrong"})
    _error(r, 401)


def test_server_without_token_refuses_writes(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'ro.db'}"
    open_store(url).close()
    with serve_in_thread(create_app(url)) as base:
        r = httpx.post(base + "/api/articles", json={"text": SHORT[0]}, headers=AUTH)
        assert "ONRECORD_API_TOKEN" in _error(r, 403)
        assert httpx.get(base + "/api/statements").status_code == 200


def test_read_only_server_needs_an_existing_store(tmp_path) -> None:
    with pytest.raises(errors.StoreError, match="no statement store there yet"):
        create_app(f"sqlite:///{tmp_path / 'missing.db'}")


def test_seed_article_round_trip(client: httpx.Client, seed: dict, kremlin_text: str) -> None:
    assert seed["statements"] and seed["id"]
    r = client.get(f"/api/articles/{seed['id']}")
    assert r.status_code == 200
    article = r.json()
    assert article == seed
    text = article["text"]
    assert text == kremlin_text
    for s in article["statements"]:
        for span in (s["content"], s["cue"], s["speaker"]["mention"]):
            if span:
                assert text[span["start"]:span["end"]] == span["text"]


def test_reposting_is_idempotent(client: httpx.Client, seed: dict, kremlin_text: str) -> None:
    r = client.post("/api/articles", json={"text": kremlin_text}, headers=AUTH)
    assert r.status_code == 200
    assert r.json()["id"] == seed["id"]


def test_same_url_other_text_updates_it(client: httpx.Client) -> None:
    url = "https://example.com/news/berg-talks"
    first = client.post("/api/articles", json={"text": SHORT[0], "url": url + "?utm_source=rss"}, headers=AUTH)
    assert first.status_code == 201, first.text
    second = client.post("/api/articles", json={"text": SHORT[0] + " Updated.", "url": url}, headers=AUTH)
    assert second.status_code == 201, second.text
    assert second.json()["id"] != first.json()["id"] and second.json()["statements"]
    # The old text is gone from the articles (kept as a version); the URL finds the new one.
    assert client.get(f"/api/articles/{first.json()['id']}").status_code == 404
    for asked in (url, url + "#top", "https://EXAMPLE.com/news/berg-talks?utm_medium=x"):
        found = client.get("/api/articles", params={"url": asked}).json()["articles"]
        assert [a["id"] for a in found] == [second.json()["id"]], asked
        assert found[0]["previous_id"] == first.json()["id"] and found[0]["updated_at"]
    assert client.get("/api/articles", params={"url": "https://example.com/nothing"}).json() == {"articles": [], "next_cursor": None}
    # Posting the new text again changes nothing.
    again = client.post("/api/articles", json={"text": SHORT[0] + " Updated.", "url": url}, headers=AUTH)
    assert again.status_code == 200 and again.json()["id"] == second.json()["id"]
    versions = client.get(f"/api/articles/{second.json()['id']}/versions").json()
    assert [(v["article_id"], v["text"], v["replaced_by"]) for v in versions["versions"]] == [
        (first.json()["id"], SHORT[0], second.json()["id"])]
    assert client.get(f"/api/articles/{first.json()['id']}/versions").status_code == 404


def test_body_over_limit_is_413(client: httpx.Client) -> None:
    big = {"text": "word " * (LIMITS.max_request_bytes // 4)}
    assert "limit" in _error(client.post("/api/articles", json=big, headers=AUTH), 413)

    def chunks():  # no Content-Length: the limit holds while the body streams in
        payload = json.dumps(big).encode()
        for i in range(0, len(payload), 8192):
            yield payload[i:i + 8192]

    r = client.post("/api/articles", content=chunks(), headers={"Content-Type": "application/json", **AUTH})
    _error(r, 413)


def test_unauthenticated_big_body_is_401_not_413(client: httpx.Client) -> None:
    r = client.post("/api/articles", json={"text": "word " * LIMITS.max_request_bytes})
    _error(r, 401)


def test_batch_over_article_limit_is_413(client: httpx.Client) -> None:
    lines = "\n".join(json.dumps({"text": f"Line {i}: \"Yes,\" she said."}) for i in range(LIMITS.max_batch_articles + 1))
    assert "split the batch" in _error(client.post("/api/articles", content=lines, headers=NDJSON), 413)


def test_batch_stores_new_and_lists_duplicates(client: httpx.Client, seed: dict, kremlin_text: str) -> None:
    lines = [{"text": SHORT[0], "published": "2022-03-22"}, {"text": SHORT[1]}, {"text": kremlin_text}, {"text": SHORT[0]}]
    body = "\n".join(json.dumps(line) for line in lines) + "\n\n"
    r = client.post("/api/articles", content=body, headers=NDJSON)
    assert r.status_code == 201, r.text
    result = r.json()
    assert [a["text"] for a in result["articles"]] == SHORT
    assert all(a["statements"] for a in result["articles"])
    assert seed["id"] in result["duplicates"]
    assert result["failures"] == []
    again = client.post("/api/articles", content=body, headers=NDJSON)
    assert again.status_code == 200 and again.json()["articles"] == []


def test_batch_with_a_bad_line_stores_nothing(client: httpx.Client) -> None:
    body = json.dumps({"text": "Brand new: \"Fine,\" he said."}) + "\n{not json\n"
    assert _error(client.post("/api/articles", content=body, headers=NDJSON), 422).startswith("line 2:")
    r = client.get("/api/statements", params={"q": "brand new"})
    assert r.json()["hits"] == []


def test_html_article(client: httpx.Client) -> None:
    html = ("<html><head><title>Talks stall</title></head><body><article><h1>Talks stall</h1>"
            "<p>Negotiators met again on Wednesday in Istanbul after weeks of delay.</p>"
            "<p>\"We are not close to a deal yet,\" chief negotiator Maria Stone told reporters after the meeting.</p>"
            "<p>Both sides plan to meet again next month.</p></article></body></html>")
    r = client.post("/api/articles", json={"html": html, "published": "2022-04-06"}, headers=AUTH)
    assert r.status_code in (201, 422), r.text
    if r.status_code == 201:
        assert "not close to a deal" in r.json()["text"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("GET", "/api/statements", {"params": {"limit": 0}}),
        ("GET", "/api/statements", {"params": {"limit": "many"}}),
        ("GET", "/api/statements", {"params": {"kind": "rumour"}}),
        ("GET", "/api/statements", {"params": {"since": "last week"}}),
        ("GET", "/api/statements", {"params": {"since": "2022-03-22", "until": "2022-03-01"}}),
        ("GET", "/api/statements", {"params": {"q": "nul\x00byte"}}),
        ("GET", "/api/statements", {"params": {"q": "x" * 501}}),
        ("GET", "/api/statements", {"params": {"sort": "random"}}),
        ("GET", "/api/statements", {"params": {"min_confidence": 2}}),
        ("GET", "/api/speakers", {"params": {"offset": -1}}),
        ("GET", "/api/statements/abc", {}),
        ("POST", "/api/articles", {"content": b"{not json", "headers": {"Content-Type": "application/json"}}),
        ("POST", "/api/articles", {"json": {}}),
        ("POST", "/api/articles", {"json": [1, 2]}),
        ("POST", "/api/articles", {"json": {"text": "   "}}),
        ("POST", "/api/articles", {"json": {"text": "Hi.", "published": "yesterday"}}),
        ("POST", "/api/articles", {"json": {"text": "nul \u0000 here"}}),
        ("POST", "/api/articles", {"content": b'{"text": "lone \\ud800 surrogate"}', "headers": {"Content-Type": "application/json"}}),
        ("POST", "/api/articles", {"json": {"text": 42}}),
        ("POST", "/api/articles", {"content": b"\n\n", "headers": {"Content-Type": "application/x-ndjson"}}),
    ],
)
def test_bad_input_is_422_with_a_message(client: httpx.Client, method: str, path: str, kwargs: dict) -> None:
    headers = {**AUTH, **kwargs.pop("headers", {})}
    _error(client.request(method, path, headers=headers, **kwargs), 422)


def test_date_order_message(client: httpx.Client) -> None:
    r = client.get("/api/statements", params={"since": "2022-03-22", "until": "2022-03-01"})
    assert "swap them" in _error(r, 422)


def test_unknown_content_type_is_415(client: httpx.Client) -> None:
    r = client.post("/api/articles", content=b"text", headers={"Content-Type": "text/plain", **AUTH})
    assert "application/x-ndjson" in _error(r, 415)


def test_cursor_pages_through_every_statement_once(client: httpx.Client, seed: dict) -> None:
    params = {"article": seed["id"], "limit": 5, "sort": "date", "acts": "all"}
    seen: list[int] = []
    cursor, pages = None, 0
    while True:
        r = client.get("/api/statements", params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        page = r.json()
        seen += [hit["id"] for hit in page["hits"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == len(seed["statements"])
    assert pages == max(1, math.ceil(len(seen) / 5)) or pages == math.ceil(len(seen) / 5) + 1


def test_statement_lists_show_what_was_said_unless_asked(client: httpx.Client, seed: dict) -> None:
    acts = [s["act"] for s in seed["statements"]]
    said = sum(a in ("speech", "writing") for a in acts)
    assert 0 < said < len(acts)
    for params, expected in (({}, said), ({"acts": "all"}, len(acts)), ({"acts": "speech,writing"}, said),
                             ({"acts": ["belief", "intention", "stance"]}, len(acts) - said)):
        hits = client.get("/api/statements", params={"article": seed["id"], "limit": 100, **params}).json()["hits"]
        assert len(hits) == expected, params
        facets = client.get("/api/statements/facets", params={"article": seed["id"], **params}).json()
        assert facets["total"] == expected and sum(f["count"] for f in facets["acts"]) == expected
    r = client.get("/api/statements", params={"acts": "gossip"})
    assert r.status_code == 422 and "is not a list of acts" in r.json()["message"]
    whole = client.get(f"/api/articles/{seed['id']}").json()
    assert [s["act"] for s in whole["statements"]] == acts  # the article keeps every statement
    said_only = client.get(f"/api/articles/{seed['id']}", params={"acts": "speech,writing"}).json()
    assert len(said_only["statements"]) == said


def test_cursor_from_another_query_is_400(client: httpx.Client, seed: dict) -> None:
    first = client.get("/api/statements", params={"article": seed["id"], "limit": 2}).json()
    r = client.get("/api/statements", params={"q": "talks", "limit": 2, "cursor": first["next_cursor"]})
    assert "cursor" in _error(r, 400)
    _error(client.get("/api/statements", params={"cursor": "not-a-cursor"}), 400)


def test_search_finds_peskov(client: httpx.Client, seed: dict) -> None:
    r = client.get("/api/statements", params={"q": "no significant progress"})
    hits = r.json()["hits"]
    assert any(h["statement"]["speaker"]["name"] == "Dmitry Peskov" for h in hits)
    assert all(h["snippet"]["marks"] for h in hits)
    facets = client.get("/api/statements/facets", params={"q": "no significant progress"}).json()
    assert facets["total"] == len(hits)


def test_min_confidence_leaves_out_less_confident_statements(client: httpx.Client, seed: dict) -> None:
    # every act: the seed's default record may all be confident; its stances are not
    every = client.get("/api/statements", params={"limit": 100, "acts": "all"}).json()["hits"]
    confident = client.get("/api/statements", params={"limit": 100, "min_confidence": 0.8, "acts": "all"}).json()["hits"]
    assert confident and len(confident) < len(every)
    assert {h["id"] for h in confident} == {h["id"] for h in every if h["statement"]["confidence"] >= 0.8}
    facets = client.get("/api/statements/facets", params={"min_confidence": 0.8, "acts": "all"}).json()
    assert facets["total"] == len(confident)


def test_speakers(client: httpx.Client, seed: dict) -> None:
    listed = client.get("/api/speakers", params={"q": "peskov"}).json()["speakers"]
    assert listed and listed[0]["name"] == "Dmitry Peskov"
    detail = client.get(f"/api/speakers/{listed[0]['id']}").json()
    assert "spokesman" in detail["titles"] and "Kremlin" in detail["affiliations"]
    assert sum(w["count"] for w in detail["timeline"]) + detail["undated"] == detail["statements"]
    assert "GET /api/speakers" in _error(client.get("/api/speakers/person-nobody-at-all"), 404)


def test_statement_by_id(client: httpx.Client, seed: dict) -> None:
    hit = client.get("/api/statements", params={"article": seed["id"], "limit": 1}).json()["hits"][0]
    assert client.get(f"/api/statements/{hit['id']}").json() == hit
    _error(client.get("/api/statements/999999999"), 404)


def test_articles(client: httpx.Client, seed: dict) -> None:
    listed = client.get("/api/articles").json()["articles"]
    assert seed["id"] in [a["id"] for a in listed]
    _error(client.get("/api/articles/0000000000000000"), 404)


def test_openapi_describes_the_api(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/statements", "/api/speakers", "/api/speakers/{speaker_id}", "/api/articles/{article_id}", "/api/articles", "/healthz"):
        assert path in spec["paths"], path
    post = spec["paths"]["/api/articles"]["post"]
    assert post["security"] == [{"token": []}]
    assert set(post["requestBody"]["content"]) == {"application/json", "application/x-ndjson"}
    assert "Article" in spec["components"]["schemas"] and "StatementHit" in spec["components"]["schemas"]
    assert "security" not in spec["paths"]["/api/statements"]["get"]
    assert client.get("/docs").status_code == 200


def test_docs_page_works_offline(client: httpx.Client) -> None:
    """/docs loads Swagger UI from this server only (no CDN), and the server has the files."""
    import re

    page = client.get("/docs")
    assert page.status_code == 200
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text) + re.findall(r"url: '([^']+)'", page.text)
    assert refs and all(ref.startswith("/") and not ref.startswith("//") for ref in refs), refs
    assert "http://" not in page.text and "https://" not in page.text
    # the browser may fetch nothing from elsewhere either
    assert "default-src 'none'" in page.headers["content-security-policy"]
    for ref in refs:
        asset = client.get(ref)
        assert asset.status_code == 200, ref
        assert len(asset.content) > 1000 or ref == "/openapi.json", ref
    assert client.get("/docs/assets/swagger-ui-bundle.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/docs/assets/../app.py").status_code == 404
    assert client.get("/docs/assets/index.html").status_code == 404


def test_private_server(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'private.db'}"
    with serve_in_thread(create_app(url, token=TOKEN, private=True)) as base, httpx.Client(base_url=base) as c:
        r = c.get("/api/statements")
        _error(r, 401)
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert c.get("/api/statements", headers=AUTH).status_code == 200
        page = c.get("/", headers={"Accept": "text/html"})
        assert page.status_code == 401 and page.headers["www-authenticate"].startswith("Basic")
        assert c.get("/", auth=("reporter", TOKEN)).status_code == 200
        assert c.get("/static/style.css").status_code == 401
        assert c.get("/openapi.json").status_code == 401
        assert c.get("/openapi.json", headers=AUTH).json()["paths"]["/api/statements"]["get"]["security"] == [{"token": []}]
        assert c.get("/healthz").status_code == 200


def test_private_needs_a_token(tmp_path) -> None:
    with pytest.raises(errors.ConfigError, match="ONRECORD_API_TOKEN"):
        create_app(f"sqlite:///{tmp_path / 'x.db'}", private=True)


def test_cli_serve_refuses_private_without_token(monkeypatch) -> None:
    from typer.testing import CliRunner

    from onrecord.cli import app

    monkeypatch.delenv("ONRECORD_API_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--private"])
    assert isinstance(result.exception, errors.ConfigError)


def test_every_route_is_documented(client: httpx.Client) -> None:
    from conftest import ROOT

    api_doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method in operations:
            assert f"`{method.upper()} {path}`" in api_doc, f"{method.upper()} {path} is not in docs/api.md"
    web_doc = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
    for page in ("`/`", "`/speakers`", "`/speakers/{id}`", "`/articles`", "`/articles/{id}`"):
        assert page in web_doc


@pytest.mark.postgres
def test_the_api_over_postgresql(postgres_url: str, kremlin_text: str) -> None:
    """The same server over a PostgreSQL store: write, search, page, read, render."""
    with serve_in_thread(create_app(postgres_url, token=TOKEN)) as base, httpx.Client(base_url=base, timeout=60) as c:
        posted = c.post("/api/articles", json={"text": kremlin_text, "published": "2022-03-21"}, headers=AUTH)
        assert posted.status_code == 201, posted.text
        seed = posted.json()
        assert c.post("/api/articles", json={"text": kremlin_text}, headers=AUTH).status_code == 200
        hits = c.get("/api/statements", params={"q": "no significant progress"}).json()["hits"]
        assert any(h["statement"]["speaker"]["name"] == "Dmitry Peskov" for h in hits)
        seen, cursor = [], None
        while True:
            page = c.get("/api/statements", params={"article": seed["id"], "limit": 7, "acts": "all", **({"cursor": cursor} if cursor else {})}).json()
            seen += [h["id"] for h in page["hits"]]
            if not (cursor := page["next_cursor"]):
                break
        assert len(seen) == len(set(seen)) == len(seed["statements"])
        assert c.get(f"/api/articles/{seed['id']}").json() == seed
        assert c.get(f"/api/articles/{seed['id']}/versions").json() == {"article_id": seed["id"], "versions": []}
        assert c.get("/api/speakers/person-dmitry-peskov").json()["timeline"]
        assert c.get("/healthz").json()["store"] == "postgresql"
        html = c.get(f"/articles/{seed['id']}", params={"acts": "all"}).text
        assert html.count('<mark class="statement') - html.count('<mark class="statement cont') == len(seed["statements"])
