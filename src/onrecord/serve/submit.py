"""``POST /api/articles``: read a bounded body, validate it whole, extract, store.

Extraction is CPU-bound spaCy work and the pipeline is not made for concurrent use, so it
runs on a worker thread under one lock per process; reads go on meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import weakref
from collections.abc import Sequence

from anyio import CapacityLimiter, to_thread
from fastapi import HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import ValidationError

from .. import errors
from ..clean import CleanDocument, clean_document
from ..extract import extract_documents
from ..link import link_batch
from ..schema import Article, Failure, RawDocument
from ..store.models import AddResult
from .limits import ServeLimits
from .models import ArticleIn, BatchResult, SubmissionFailure

log = logging.getLogger("onrecord.serve")

NDJSON_TYPES = ("application/x-ndjson", "application/jsonl", "application/jsonlines", "application/json-lines")
# The `source` of an article that came through the API (readers name files; this names
# the door it came in by).
API_SOURCE = "api"

_extract_lock = threading.Lock()
_limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, CapacityLimiter] = weakref.WeakKeyDictionary()


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes (before
    reading it at all when Content-Length already says so)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise HTTPException(413, errors.E_API_TOO_LARGE.format(limit=limit))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, errors.E_API_TOO_LARGE.format(limit=limit))
        chunks.append(chunk)
    return b"".join(chunks)


def _problem(source: str, exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    reason = f"{where}: {first['msg']}" if where else str(first["msg"])
    return errors.E_API_BAD_ARTICLE.format(source=source, reason=reason)


def parse_single(body: bytes) -> ArticleIn:
    """A JSON body as one ArticleIn; 422 with the reason otherwise."""
    try:
        return ArticleIn.model_validate_json(body)
    except ValidationError as exc:
        if any(e["type"] == "json_invalid" for e in exc.errors()):
            raise HTTPException(422, errors.E_API_BAD_JSON.format(source="body", reason=exc.errors()[0]["msg"])) from None
        raise HTTPException(422, _problem("body", exc)) from None


def parse_batch(body: bytes, limits: ServeLimits) -> list[tuple[int, ArticleIn]]:
    """JSON lines as (line number, ArticleIn); blank lines are skipped. The first bad line
    refuses the whole batch with 422, so nothing is half-stored."""
    items: list[tuple[int, ArticleIn]] = []
    for number, line in enumerate(body.split(b"\n"), start=1):
        if not line.strip():
            continue
        if len(items) >= limits.max_batch_articles:
            count = sum(1 for rest in body.split(b"\n") if rest.strip())
            raise HTTPException(413, errors.E_API_TOO_MANY.format(count=count, limit=limits.max_batch_articles))
        source = f"line {number}"
        try:
            items.append((number, ArticleIn.model_validate_json(line)))
        except ValidationError as exc:
            if any(e["type"] == "json_invalid" for e in exc.errors()):
                raise HTTPException(422, errors.E_API_BAD_JSON.format(source=source, reason=exc.errors()[0]["msg"])) from None
            raise HTTPException(422, _problem(source, exc)) from None
    if not items:
        raise HTTPException(422, errors.E_API_EMPTY_BATCH)
    return items


def _raw(item: ArticleIn) -> RawDocument:
    fields = {"url": item.url or None, "title": item.title or None, "published": item.published, "outlet": item.outlet or None}
    if item.text and item.text.strip():
        return RawDocument(source=API_SOURCE, text=item.text, **fields)
    return RawDocument(source=API_SOURCE, html=item.html, **fields)


def _clean(raw: RawDocument) -> CleanDocument | Failure:
    try:
        return clean_document(raw)
    except errors.InputError as exc:
        return Failure(raw.source, "clean", str(exc))


def extract_all(items: Sequence[ArticleIn]) -> list[Article | Failure]:
    """Clean and attribute each item, in order; a document that cannot be handled becomes
    a Failure, never an exception (one odd page must not fail the request as a 500)."""
    with _extract_lock:
        try:
            return list(extract_documents(_clean(_raw(item)) for item in items))
        except Exception:
            if len(items) == 1:
                log.exception("extraction failed unexpectedly")
                reason = errors.E_UNEXPECTED.format(source=API_SOURCE, stage="extraction", reason="engine error")
                return [Failure(API_SOURCE, "extract", reason)]
    return [result for item in items for result in extract_all([item])]


def _failure(line: int | None, failure: Failure) -> SubmissionFailure:
    return SubmissionFailure(line=line, stage=failure.stage, reason=failure.reason, skipped=failure.skipped)


def store_single(request: Request, article: Article) -> tuple[bool, Article | None]:
    """Store one article; one whose URL is stored with another text replaces it (its old
    text kept as a version). RETURNS (tuple[bool, Article | None]): whether it was added
    or replaced one, and the stored article."""
    with request.app.state.pool.store() as store:
        result = store.add_articles(link_batch(store, [article]), replace=True)
        # As stored: the link stage's decisions, with new quotations numbered.
        return bool(result.added or result.updated), store.article(article.id)


def store_batch(request: Request, articles: list[Article]) -> tuple[AddResult, dict[str, Article]]:
    """Link and store a batch; an article whose URL is stored with another text replaces
    it. RETURNS the AddResult and the stored articles by id."""
    with request.app.state.pool.store() as store:
        added = store.add_articles(link_batch(store, articles), replace=True)
        stored = [*added.added_ids, *added.updated_ids]
        return added, {i: a for i in stored if (a := store.article(i)) is not None}


async def _extract(request: Request, items: list[ArticleIn]) -> list[Article | Failure]:
    # The limiter queues submissions without holding a worker thread each, so reads are
    # not starved while a long batch is extracted.
    return await to_thread.run_sync(extract_all, items, limiter=_limiter())


def _limiter() -> CapacityLimiter:
    """One extraction at a time per process (the spaCy pipeline is per process too), with
    one limiter per event loop because anyio binds a limiter to its loop."""
    loop = asyncio.get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        limiter = _limiters[loop] = CapacityLimiter(1)
    return limiter


async def handle_submission(request: Request, limits: ServeLimits) -> Response:
    """The whole of ``POST /api/articles`` after authentication."""
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if content_type not in ("application/json", *NDJSON_TYPES):
        raise HTTPException(415, errors.E_API_CONTENT_TYPE.format(content_type=content_type))
    body = await read_body(request, limits.max_request_bytes)
    if content_type == "application/json":
        return await _single(request, parse_single(body))
    return await _batch(request, parse_batch(body, limits))


async def _single(request: Request, item: ArticleIn) -> Response:
    (result,) = await _extract(request, [item])
    if isinstance(result, Failure):
        raise HTTPException(422, errors.E_API_NOT_STORED.format(source=item.url or "body", reason=result.reason))
    added, stored = await run_in_threadpool(store_single, request, result)
    if stored is None:
        raise HTTPException(409, errors.E_API_DUPLICATE_URL.format(url=item.url))
    return Response(stored.model_dump_json(), status_code=201 if added else 200, media_type="application/json",
                    headers={"Location": f"/api/articles/{stored.id}"})


async def _batch(request: Request, items: list[tuple[int, ArticleIn]]) -> Response:
    results = await _extract(request, [item for _, item in items])
    failures = [_failure(line, r) for (line, _), r in zip(items, results) if isinstance(r, Failure)]
    articles = [r for r in results if isinstance(r, Article)]
    added, stored = await run_in_threadpool(store_batch, request, articles) if articles else (AddResult(), {})
    stored_ids = set(added.added_ids) | set(added.updated_ids)
    # The same text twice in one batch is stored once and listed once.
    unique = {a.id: stored.get(a.id, a) for a in reversed(articles) if a.id in stored_ids}
    answer = BatchResult(
        articles=[unique.pop(a.id) for a in articles if a.id in unique],
        duplicates=list(dict.fromkeys(added.duplicate_ids)),
        failures=failures,
        updated=list(added.updated_ids),
    )
    return Response(answer.model_dump_json(), status_code=201 if stored_ids else 200, media_type="application/json")
