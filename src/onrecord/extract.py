"""``extract``: one text in, one Article out. The everyday entry point of the library.

The engine (spaCy) is imported on the first call, not with this module: ``import onrecord``
and the commands that only read a store start without it (docs/performance.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from . import errors
from .clean import CleanDocument, clean_document
from .dates import as_date
from .read.text import check_length
from .schema import Article, Failure, RawDocument, article_id


# The name the CLI used before ``onrecord.dates``.
_as_date = as_date


def extract(
    text: str,
    published: dt.date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    *,
    source: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Find every attributed statement in one article.

    text (str): the article as plain text; offsets in the result index this string.
    published (date | str | None): publication date, for resolving "on Monday".
    outlet (str | None): who published it ("Reuters", "breitbart.com"): a via naming it is
        the outlet's own reporting, not an intermediary, and is left out (``own_outlet``).
    RETURNS (Article): the article with its statements.
    Raises InputError for a text over the length limit or clearly not in English, and
    ConfigError for a ``published`` that is not a date in the supported range (``onrecord.dates``).
    """
    from .attribute import attribute_with_entities

    raw = RawDocument(source=source or url or "<text>", text=text, url=url, title=title,
                      published=as_date(published), outlet=outlet or None)
    check_length(text, source=raw.source)
    if not text.strip():
        # nothing to attribute; a batch skips such a document (clean_document), a call answers it
        return to_article(CleanDocument(source=raw.source, text=text, url=url, title=title, published=raw.published,
                                        outlet=outlet or None), [])
    document = clean_document(raw)
    if isinstance(document, Failure):
        # a non-English text: the English engine would invent statements from it
        raise errors.InputError(document.reason)
    return to_article(document, next(attribute_with_entities([document])))


def to_article(document: CleanDocument, statements) -> Article:
    """Assemble the Article for a cleaned document and its statements: a list of
    Statements, or an ``Attributed`` (statements with the entities they point into)."""
    entities = []
    if not isinstance(statements, list):  # an ``attribute.Attributed`` (not imported: it loads spaCy)
        statements, entities = statements.statements, statements.entities
    return Article(
        id=article_id(document.text),
        source=document.source,
        url=document.url,
        title=document.title,
        published=document.published,
        outlet=document.outlet,
        language=document.language,
        text=document.text,
        statements=statements,
        entities=entities,
    )


def extract_documents(documents: Iterable[CleanDocument | Failure]) -> Iterator[Article | Failure]:
    """Attribute a stream of cleaned documents; failures pass through in place.

    A document the engine cannot handle becomes a Failure at stage ``extract``; the
    stream goes on. RETURNS (Iterator[Article | Failure]) in input order.
    """
    pending: list[CleanDocument] = []
    order: list[CleanDocument | Failure] = []
    for item in documents:
        if isinstance(item, CleanDocument):
            try:
                check_length(item.text, source=item.source)
            except errors.InputError as exc:
                item = Failure(item.source, "extract", str(exc))
            else:
                pending.append(item)
        order.append(item)
        if len(pending) >= 64:
            yield from _flush(order, pending)
            order, pending = [], []
    yield from _flush(order, pending)


def _flush(order, pending):
    from .attribute import attribute_with_entities

    results = iter(attribute_with_entities(pending)) if pending else iter(())
    for item in order:
        if isinstance(item, Failure):
            yield item
        else:
            yield to_article(item, next(results))
