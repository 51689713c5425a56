"""The web pages: search at ``/``, speakers, articles. Server-rendered with Jinja2
(autoescape on), no JavaScript. ``docs/web.md`` describes each page.

The pages take their query values as plain strings and explain a bad one on the page,
rather than answering a form typo with a JSON validation error.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import __version__, errors
from ..acts import article_shown, parse_acts
from ..link.similar import similar_statements
from ..schema import DEFAULT_ACTS, STATEMENT_ACTS, STATEMENT_KINDS
from ..store.models import SearchQuery
from ..store.rows import speaker_key
from . import render

HERE = Path(__file__).parent
# Results per page: a screenful, and a search that answers in milliseconds.
PAGE_SIZE = 20
SPEAKER_STATEMENTS = 50
FACET_TOP = 10
# The static files the pages use, by URL name; nothing else under /static is served.
STATIC = {"style.css": "text/css; charset=utf-8"}

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Query(max_length=500)]


def make_templates() -> Environment:
    """The Jinja2 environment: autoescape for every template, undefined names are errors."""
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        version=__version__,
        query_url=render.query_url,
        safe_href=render.safe_href,
        snippet_html=render.snippet_html,
        speaker_label=render.speaker_label,
        kinds=STATEMENT_KINDS,
        acts=STATEMENT_ACTS,
    )
    return env


def page(request: Request, template: str, status_code: int = 200, **context: object) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)


def _date(value: str, name: str, problems: list[str]) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        problems.append(f"{name}: {errors.E_BAD_DATE.format(value=value)}")
        return None


def _confidence(value: str, problems: list[str]) -> float | None:
    if not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        problems.append(f"min_confidence: {value!r} is not a number from 0 to 1")
        return None
    return number


def _acts(value: str, problems: list[str]) -> tuple[str, ...]:
    try:
        return parse_acts(value)
    except errors.ConfigError as exc:
        problems.append(f"acts: {exc}")
        return DEFAULT_ACTS


def _clean(value: str) -> str | None:
    value = "".join(ch for ch in value if ch >= " " and ch != "\x7f").strip()
    return value or None


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Text = "", speaker: Text = "", outlet: Text = "", kind: Text = "",
    since: Text = "", until: Text = "", sort: Text = "", cursor: Text = "", min_confidence: Text = "",
    unnamed: Text = "",
    acts: Text = "",
) -> HTMLResponse:
    """Search with facets; without a query, the latest statements said or written."""
    problems: list[str] = []
    params = {"q": q, "speaker": speaker, "outlet": outlet, "kind": kind, "since": since, "until": until,
              "min_confidence": min_confidence, "sort": sort, "unnamed": unnamed, "acts": acts}
    if unnamed and unnamed not in ("true", "false"):
        problems.append(f"unnamed: {unnamed!r} is not true or false")
    if kind and kind not in STATEMENT_KINDS:
        problems.append(f"kind: {kind!r} is not one of {', '.join(STATEMENT_KINDS)}")
    if sort and sort not in ("date", "relevance"):
        problems.append(f"sort: {sort!r} is not date or relevance")
    start, end = _date(since, "since", problems), _date(until, "until", problems)
    confidence = _confidence(min_confidence, problems)
    chosen_acts = _acts(acts, problems)
    if start and end and start > end:
        problems.append(errors.E_API_DATE_ORDER.format(since=start, until=end))
    context: dict[str, object] = {"params": params, "problems": problems, "hits": [], "facets": None,
                                  "next_url": None, "stats": None, "speaker_name": None,
                                  "default_order": SearchQuery(q=_clean(q)).order}
    if problems:
        return page(request, "search.html", 400, **context)
    query = SearchQuery(
        q=_clean(q), speaker=_clean(speaker), outlet=_clean(outlet),
        kind=kind or None, since=start, until=end, min_confidence=confidence,  # type: ignore[arg-type]
        unnamed={"true": True, "false": False}.get(unnamed),
        limit=PAGE_SIZE, cursor=_clean(cursor), acts=chosen_acts, **({"sort": sort} if sort else {}),
    )
    with request.app.state.pool.store() as store:
        try:
            result = store.search(query)
        except errors.ConfigError as exc:
            problems.append(str(exc))
            return page(request, "search.html", 400, **context)
        facets = store.facets(query, top=FACET_TOP)
        filtered = any(v for k, v in params.items() if k != "sort")
        stats = None if filtered else store.stats()
        speaker_name = None
        if query.speaker:
            detail = next((f.value for f in facets.speakers if f.id == query.speaker), None)
            speaker_name = detail or query.speaker
    context.update(
        hits=result.hits, facets=facets, stats=stats, speaker_name=speaker_name, query=query,
        next_url=render.query_url("/", params, cursor=result.next_cursor) if result.next_cursor else None,
    )
    return page(request, "search.html", **context)


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(request: Request, q: Text = "", offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0, unnamed: Text = "") -> HTMLResponse:
    """Speakers by number of statements; the unnamed sources apart (``?unnamed=true``)."""
    size = 100
    listing_unnamed = unnamed == "true"
    with request.app.state.pool.store() as store:
        found = store.speakers(size + 1, _clean(q), offset=offset, unnamed=listing_unnamed)
        facets = store.facets(SearchQuery(), top=1)
    more = len(found) > size
    next_url = render.query_url("/speakers", {"q": q, "unnamed": unnamed}, offset=offset + size) if more else None
    return page(request, "speakers.html", speakers=found[:size], q=q, next_url=next_url, offset=offset,
                unnamed=listing_unnamed, facets=facets)


@router.get("/outlets", response_class=HTMLResponse)
def outlets_page(request: Request) -> HTMLResponse:
    """Outlets with their statements and the share from unnamed sources."""
    with request.app.state.pool.store() as store:
        found = store.outlets()
    return page(request, "outlets.html", outlets=found)


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(request: Request, speaker_id: str, cursor: Text = "") -> HTMLResponse:
    """One speaker: names, titles, affiliations, timeline, statements."""
    with request.app.state.pool.store() as store:
        detail = store.speaker(speaker_id)
        if detail is None:
            raise HTTPException(404, errors.E_API_NO_SPEAKER.format(speaker_id=speaker_id))
        query = SearchQuery(speaker=detail.id, sort="date", limit=SPEAKER_STATEMENTS, cursor=_clean(cursor))
        try:
            result = store.search(query)
        except errors.ConfigError:
            result = store.search(query.model_copy(update={"cursor": None}))
        similar = similar_statements(store, detail.id) if not cursor else []
    next_url = render.query_url(f"/speakers/{detail.id}", {}, cursor=result.next_cursor) if result.next_cursor else None
    return page(request, "speaker.html", speaker=detail, hits=result.hits, next_url=next_url,
                timeline=render.timeline_svg(detail.timeline), unit=render.timeline_unit(detail.timeline),
                first_page=not cursor, similar=similar)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, outlet: Text = "", cursor: Text = "") -> HTMLResponse:
    """Articles, newest first."""
    with request.app.state.pool.store() as store:
        try:
            found = store.articles(limit=50, cursor=_clean(cursor), outlet=_clean(outlet))
        except errors.ConfigError:
            found = store.articles(limit=50, outlet=_clean(outlet))
    next_url = render.query_url("/articles", {"outlet": outlet}, cursor=found.next_cursor) if found.next_cursor else None
    return page(request, "articles.html", articles=found.articles, outlet=outlet, next_url=next_url)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, acts: Text = "") -> HTMLResponse:
    """One article with its statements (what was said or written, unless ``acts`` asks for
    more) highlighted in place and listed below."""
    problems: list[str] = []
    chosen = _acts(acts, problems)
    with request.app.state.pool.store() as store:
        whole = store.article(article_id[:64])
        # The quotation of each statement: "reported N times, first by X on D".
        quotes = store.quote_summaries(s.quote_id for s in whole.statements if s.quote_id) if whole else {}
        versions = store.article_versions(whole.id) if whole and whole.url else []
    if whole is None:
        raise HTTPException(404, errors.E_NO_ARTICLE.format(article_id=article_id))
    article = article_shown(whole, chosen)
    # numbered as stored, so a search hit's #s-N anchor finds its statement
    positions = {id(s): i for i, s in enumerate(whole.statements)}
    rows = [(positions[id(s)], s, speaker_key(s)) for s in article.statements]
    return page(request, "article.html", article=article, body=render.highlight_article(article, [i for i, _, _ in rows]),
                rows=rows, hidden=len(whole.statements) - len(article.statements), acts_param=acts, problems=problems,
                quotes=quotes, versions=versions)


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    """The pages' stylesheet; a fixed list, so no path can reach another file."""
    if name not in STATIC:
        raise HTTPException(404, errors.E_API_NO_PAGE.format(path=f"/static/{name}"))
    return FileResponse(HERE / "static" / name, media_type=STATIC[name], headers={"Cache-Control": "public, max-age=3600"})
