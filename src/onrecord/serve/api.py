"""The JSON API under ``/api``. ``docs/api.md`` shows every route with a real example.

Reads run as plain (synchronous) functions on FastAPI's thread pool, each thread with its
own store connection; responses are serialised straight from the pydantic models, which
are also their OpenAPI description.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, BeforeValidator

from .. import errors
from ..acts import article_shown, parse_acts
from ..schema import Article, StatementKind
from ..store.models import (
    ArticlePage,
    Facets,
    SearchQuery,
    SearchResult,
    SortOrder,
    SpeakerDetail,
    StatementHit,
)
from .auth import require_writer
from .limits import MAX_PARAM_CHARS, ServeLimits
from .models import ArticleIn, ArticleVersionList, BatchResult, ErrorBody, OutletList, SpeakerList
from .submit import handle_submission

# Query values may be any printable text; control characters are refused up front (a NUL
# cannot even be sent to PostgreSQL).
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_DESCRIPTIONS = {
    400: "A parameter the store cannot use (e.g. a cursor from another query).",
    401: "Missing or wrong token.",
    403: "The server accepts no writes (started without ONRECORD_API_TOKEN).",
    404: "No such item.",
    409: "Not used any more: an article with a stored URL and another text replaces it (201).",
    413: "The body is over the size limit, or the batch over the article limit.",
    415: "Not application/json or application/x-ndjson.",
    422: "The request is not valid; `detail` says which part and why.",
    503: "The database is unavailable or refused the operation.",
}


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorBody, "description": _DESCRIPTIONS[code]} for code in codes}


def json_response(model: BaseModel, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    """The model as JSON, serialised by pydantic-core once (FastAPI would validate again)."""
    return Response(model.model_dump_json(), status_code=status_code, media_type="application/json", headers=headers)


def _text(description: str, max_length: int = MAX_PARAM_CHARS) -> Any:
    return Query(description=description, max_length=max_length, pattern=PRINTABLE)


def _iso_date(value: object) -> object:
    # Only YYYY-MM-DD: pydantic would also read "0" or "1647820800" as a Unix time.
    if isinstance(value, str) and not ISO_DATE.fullmatch(value):
        raise ValueError("use YYYY-MM-DD, for example 2022-03-21")
    return value


QueryDate = Annotated[dt.date | None, BeforeValidator(_iso_date)]


ACTS_DESCRIPTION = ("Acts to include: 'all', or speech, writing, belief, intention, stance (repeated or comma-separated). "
                    "Default: speech and writing, what was said or written.")


def _acts(values: list[str] | None) -> tuple[str, ...]:
    try:
        return parse_acts(values)
    except errors.ConfigError as exc:
        raise HTTPException(422, str(exc)) from None


class Filters:
    """The statement filters shared by ``/api/statements`` and its facets."""

    def __init__(
        self,
        q: Annotated[str | None, _text("Words to find (syntax: words, \"a phrase\", a OR b, -word, prefix*).")] = None,
        speaker: Annotated[str | None, _text("A speaker id or name.")] = None,
        outlet: Annotated[str | None, _text("Outlet name or domain, exact (case-insensitive).")] = None,
        kind: Annotated[StatementKind | None, Query(description="direct, indirect or mixed.")] = None,
        since: Annotated[QueryDate, Query(description="First statement date (YYYY-MM-DD), inclusive.")] = None,
        until: Annotated[QueryDate, Query(description="Last statement date (YYYY-MM-DD), inclusive.")] = None,
        article: Annotated[str | None, _text("Only statements of this article id.", 64)] = None,
        unnamed: Annotated[bool | None, Query(description=SearchQuery.model_fields["unnamed"].description)] = None,
        min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description=SearchQuery.model_fields["min_confidence"].description)] = None,
        acts: Annotated[list[str] | None, Query(description=ACTS_DESCRIPTION, max_length=8)] = None,
    ) -> None:
        if since and until and since > until:
            raise HTTPException(422, errors.E_API_DATE_ORDER.format(since=since, until=until))
        self.fields = {"q": q, "speaker": speaker, "outlet": outlet, "kind": kind,
                       "since": since, "until": until, "article_id": article, "min_confidence": min_confidence,
                       "unnamed": unnamed, "acts": _acts(acts)}


def _pool(request: Request):
    return request.app.state.pool


def _limits(request: Request) -> ServeLimits:
    return request.app.state.limits


reads = APIRouter(prefix="/api", tags=["read"])
writes = APIRouter(prefix="/api", tags=["write"])


@reads.get(
    "/statements",
    response_model=SearchResult,
    responses=_errors(400, 422, 503),
    summary="Search statements",
)
def search_statements(
    request: Request,
    filters: Annotated[Filters, Depends()],
    sort: Annotated[SortOrder | None, Query(description=SearchQuery.model_fields["sort"].description)] = None,
    limit: Annotated[int, Query(ge=1, le=ServeLimits().max_page, description="Statements per page.")] = 20,
    cursor: Annotated[str | None, _text("next_cursor of the previous page.")] = None,
) -> Response:
    """One page of statements matching the filters. Follow ``next_cursor`` for the next
    page (it is None on the last); a cursor only works with the filters it came from."""
    # Without ``sort`` the store's default order applies (SearchQuery documents it).
    query = SearchQuery(**filters.fields, limit=limit, cursor=cursor, **({"sort": sort} if sort else {}))
    with _pool(request).store() as store:
        return json_response(store.search(query))


@reads.get("/statements/facets", response_model=Facets, responses=_errors(422, 503), summary="Count statements per speaker, outlet and kind")
def statement_facets(
    request: Request,
    filters: Annotated[Filters, Depends()],
    top: Annotated[int, Query(ge=1, le=100, description="Values per facet.")] = 10,
) -> Response:
    """How many statements match the filters (``total``), and the most frequent speakers,
    outlets and kinds among them."""
    with _pool(request).store() as store:
        return json_response(store.facets(SearchQuery(**filters.fields), top=top))


@reads.get("/statements/{statement_id}", response_model=StatementHit, responses=_errors(404, 422, 503), summary="One statement")
def get_statement(request: Request, statement_id: Annotated[int, Path(ge=1, le=2**63 - 1)]) -> Response:
    """One statement by the ``id`` a search gave, with its article's title and URL."""
    with _pool(request).store() as store:
        hit = store.statement(statement_id)
    if hit is None:
        raise HTTPException(404, errors.E_API_NO_STATEMENT.format(statement_id=statement_id))
    return json_response(hit)


@reads.get("/speakers", response_model=SpeakerList, responses=_errors(422, 503), summary="List speakers")
def list_speakers(
    request: Request,
    q: Annotated[str | None, _text("Keep speakers whose name contains this (case- and accent-insensitive).")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    unnamed: Annotated[bool, Query(description="List the unnamed sources (each of one article) instead of the named speakers.")] = False,
) -> Response:
    """Speakers by number of statements, most first: one per person or body across every
    article, with its aliases; unnamed sources apart (``unnamed=true``)."""
    with _pool(request).store() as store:
        found = store.speakers(limit + 1, q, offset=offset, unnamed=unnamed)
    more = len(found) > limit
    return json_response(SpeakerList(speakers=found[:limit], next_offset=offset + limit if more else None))


@reads.get("/speakers/{speaker_id}", response_model=SpeakerDetail, responses=_errors(404, 422, 503), summary="One speaker")
def get_speaker(
    request: Request,
    speaker_id: Annotated[str, Path(max_length=MAX_PARAM_CHARS, pattern=PRINTABLE, description="A speaker id (or exact name).")],
) -> Response:
    """A speaker with the titles and affiliations seen, counts per kind and outlet, and
    ``timeline``: dated statements per ISO week."""
    with _pool(request).store() as store:
        detail = store.speaker(speaker_id)
    if detail is None:
        raise HTTPException(404, errors.E_API_NO_SPEAKER.format(speaker_id=speaker_id))
    return json_response(detail)


@reads.get("/outlets", response_model=OutletList, responses=_errors(503), summary="List outlets with their unnamed-source share")
def list_outlets(request: Request) -> Response:
    """Every outlet with its articles and statements, and how many statements (and what
    share) came from unnamed sources, most statements first."""
    with _pool(request).store() as store:
        return json_response(OutletList(outlets=store.outlets()))


@reads.get("/articles", response_model=ArticlePage, responses=_errors(400, 422, 503), summary="List articles")
def list_articles(
    request: Request,
    outlet: Annotated[str | None, _text("Outlet name or domain, exact.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, _text("next_cursor of the previous page.")] = None,
    url: Annotated[str | None, _text("Only the article at this URL (compared normalised: tracking parameters, fragment and case of the host do not matter).", 2048)] = None,
) -> Response:
    """Articles without their text, newest published first; with ``url``, the one
    article stored at that URL (an empty list when there is none)."""
    with _pool(request).store() as store:
        if url is not None:
            found = store.article_by_url(url)
            return json_response(ArticlePage(articles=[found] if found else []))
        return json_response(store.articles(limit=limit, cursor=cursor, outlet=outlet))


@reads.get("/articles/{article_id}", response_model=Article, responses=_errors(404, 422, 503), summary="One article")
def get_article(
    request: Request,
    article_id: Annotated[str, Path(max_length=64, pattern=PRINTABLE, description="The article id (16 hex digits).")],
    acts: Annotated[list[str] | None, Query(description="Keep only the statements of these acts ('all', or a list as for "
                                            "/api/statements). Default: every statement, each with its act.", max_length=8)] = None,
) -> Response:
    """The article with its text and every statement (or those of ``acts``); each span's
    ``start``/``end`` index ``text``."""
    with _pool(request).store() as store:
        article = store.article(article_id)
    if article is None:
        raise HTTPException(404, errors.E_NO_ARTICLE.format(article_id=article_id))
    return json_response(article_shown(article, _acts(acts)) if acts else article)


@reads.get("/articles/{article_id}/versions", response_model=ArticleVersionList, responses=_errors(404, 422, 503),
           summary="Earlier texts of an article")
def get_article_versions(
    request: Request,
    article_id: Annotated[str, Path(max_length=64, pattern=PRINTABLE, description="The article id (16 hex digits).")],
) -> Response:
    """The texts an article's page had before it changed (``onrecord watch``, a re-POST of
    its URL), oldest first, each with when it was first seen, when it was replaced and by
    which text."""
    with _pool(request).store() as store:
        if store.article(article_id) is None:
            raise HTTPException(404, errors.E_NO_ARTICLE.format(article_id=article_id))
        versions = store.article_versions(article_id)
    return json_response(ArticleVersionList(article_id=article_id, versions=versions))


_ARTICLE_IN = ArticleIn.model_json_schema()


@writes.post(
    "/articles",
    status_code=201,
    response_model=Article | BatchResult,
    dependencies=[Depends(require_writer)],
    responses={
        200: {"model": Article | BatchResult, "description": "Nothing new stored: the article was there already "
              "(same text; the stored Article), or no article of the batch was new (a BatchResult)."},
        201: {"description": "Stored: the Article for a JSON body, a BatchResult for JSON lines. An article whose URL "
              "is stored with another text is a new version: it replaces the stored one, whose text is kept in the "
              "history (GET /api/articles?url= gives updated_at and previous_id, GET /api/articles/{id}/versions the old texts)."},
        **_errors(401, 403, 413, 415, 422, 503),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": _ARTICLE_IN},
                # The schema of each line (OpenAPI 3.1 has no schema for a sequence of
                # JSON texts; 3.2's itemSchema is this).
                "application/x-ndjson": {"schema": {**_ARTICLE_IN, "description": "Each line: one ArticleIn object."}},
            },
        }
    },
    summary="Extract and store articles",
)
async def post_articles(request: Request) -> Response:
    """Extract the statements of one article (``application/json``) or a batch
    (``application/x-ndjson``, one object per line) and store them.

    Needs ``Authorization: Bearer <token>``. The body may hold at most the server's
    ``max_request_bytes`` (1 MiB by default) and a batch at most ``max_batch_articles``
    (100). A batch is checked whole before anything is extracted: one bad line refuses it
    with 422, naming the line.
    """
    return await handle_submission(request, _limits(request))


__all__ = ["json_response", "reads", "writes"]
