"""Quotations across articles over HTTP (docs/quotes.md): ``GET /api/quotes``,
``GET /api/quotes/{id}``, ``GET /api/speakers/{id}/similar``, and the pages ``/quotes``
and ``/quotes/{id}`` (every report, outlet and date, and a chart of how the quotation
spread). A face over ``Store.quotes``, ``Store.quote`` and ``link.similar``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from .. import errors
from ..link.similar import SIMILAR_SHOWN, similar_statements
from ..store.quote_models import QuoteDetail, QuoteList, QuoteQuery, SimilarPair
from .api import PRINTABLE, _errors, _text, json_response
from .limits import MAX_PARAM_CHARS
from .pages import Text, _clean, page
from .quote_render import spread_svg

PAGE_SIZE = 50

api = APIRouter(prefix="/api", tags=["read"])
pages = APIRouter(include_in_schema=False)


QuoteId = Annotated[str, Path(max_length=64, pattern=PRINTABLE, description="The quotation id ('q' and 16 hex digits).")]


@api.get("/quotes", response_model=QuoteList, responses=_errors(422, 503), summary="List quotations across articles")
def list_quotes(
    request: Request,
    q: Annotated[str | None, _text("Words a report contains (the statement search syntax).")] = None,
    speaker: Annotated[str | None, _text("A speaker id or name: quotations with a report attributed to them.")] = None,
    min_reports: Annotated[int, Query(ge=1, le=1_000_000, description="Only quotations reported at least this many times.")] = 1,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    """Quotations, most reported first: canonical text and speaker, reports, articles and
    outlets, and who reported it first. Follow ``next_offset`` for the next page."""
    query = QuoteQuery(q=q, speaker=speaker, min_reports=min_reports, limit=limit, offset=offset)
    with request.app.state.pool.store() as store:
        return json_response(store.quotes(query))


@api.get("/quotes/{quote_id}", response_model=QuoteDetail, responses=_errors(404, 422, 503), summary="One quotation with every report")
def get_quote(request: Request, quote_id: QuoteId) -> Response:
    """A quotation with every report (first reported first), the speakers the reports
    name (more than one: they disagree) and the reports per day."""
    with request.app.state.pool.store() as store:
        detail = store.quote(quote_id)
    if detail is None:
        raise HTTPException(404, errors.E_NO_QUOTE.format(quote_id=quote_id))
    return json_response(detail)


@api.get("/speakers/{speaker_id}/similar", response_model=list[SimilarPair], responses=_errors(404, 422, 503),
         summary="Statements of a speaker that say nearly the same thing at different times")
def get_similar(
    request: Request,
    speaker_id: Annotated[str, Path(max_length=MAX_PARAM_CHARS, pattern=PRINTABLE, description="A speaker id (or exact name).")],
    top: Annotated[int, Query(ge=1, le=100)] = SIMILAR_SHOWN,
) -> Response:
    """Pairs of this speaker's statements (the newest 1,000) whose content words overlap
    most, made on other occasions (other articles, other dates, other quotations)."""
    with request.app.state.pool.store() as store:
        detail = store.speaker(speaker_id)
        if detail is None:
            raise HTTPException(404, errors.E_API_NO_SPEAKER.format(speaker_id=speaker_id))
        pairs = similar_statements(store, detail.id, top)
    return Response("[" + ",".join(p.model_dump_json() for p in pairs) + "]", media_type="application/json")


@pages.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    request: Request, q: Text = "", speaker: Text = "", min_reports: Text = "2",
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    """Quotations, most reported first."""
    try:
        least = max(1, int(min_reports or "1"))
    except ValueError:
        least = 2
    query = QuoteQuery(q=_clean(q), speaker=_clean(speaker), min_reports=least, limit=PAGE_SIZE, offset=offset)
    with request.app.state.pool.store() as store:
        found = store.quotes(query)
    params = {"q": q, "speaker": speaker, "min_reports": least}
    from .render import query_url

    next_url = query_url("/quotes", params, offset=found.next_offset) if found.next_offset is not None else None
    return page(request, "quotes.html", quotes=found.quotes, params=params, next_url=next_url)


@pages.get("/quotes/{quote_id}", response_class=HTMLResponse)
def quote_page(request: Request, quote_id: str) -> HTMLResponse:
    """One quotation: canonical text, speaker (and any disagreement), every report with
    outlet and date, and how it spread over time."""
    with request.app.state.pool.store() as store:
        detail = store.quote(quote_id[:64])
    if detail is None:
        raise HTTPException(404, errors.E_NO_QUOTE.format(quote_id=quote_id))
    return page(request, "quote.html", quote=detail, chart=spread_svg(detail.timeline))
