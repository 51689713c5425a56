"""Who a document speaks for when its own phrase names no author, for the resolver
(``resolver.Resolver._document``): "the statement" of the one who has just spoken, and a
news lead's "a report says" that the next sentence attributes ("The study, undertaken by
the European Commission, …").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .entities import ArticleEntity
from .resolved import Resolved

# Documents a speaker issues: "the statement" right after someone spoke is theirs.
ISSUED = frozenset("statement letter memo release".split())
# How far back (characters) that speaker may have spoken: about a sentence.
_ISSUER_RECENT = 300


def issuer_of(chain: list[tuple[int, Resolved]], offset: int) -> ArticleEntity | None:
    """The named person or body that spoke last, within about a sentence before ``offset``
    (``chain``: the resolver's speakers by offset): the one whose statement "the statement"
    is. RETURNS (ArticleEntity | None)."""
    recent = [(o, r) for o, r in chain if offset - _ISSUER_RECENT <= o < offset]
    if not recent:
        return None
    last = max(recent, key=lambda pair: pair[0])[1]
    entity = last.entity
    if entity is None or entity.unnamed or last.type not in ("person", "organization") or last.document:
        return None
    return entity


def in_lead(doc: Doc, headline_end: int, offset: int) -> bool:
    """Whether ``offset`` is in the article's first sentence after its headline (a later
    "a report says" is as often a report of its own)."""
    first = next((t for t in doc if t.idx >= headline_end and not t.is_space), None)
    return first is not None and first.sent.start_char <= offset < first.sent.end_char


def named_next(doc: Doc, documents: list[tuple[int, str, int, str | None]], offset: int) -> tuple[int, str | None] | None:
    """The author of a document that the sentence after ``offset``'s names with its author
    (``documents``: ``EntityTable.documents``). RETURNS (author's token index or -1,
    author's name) | None."""
    at = next((t for t in doc if t.idx >= offset), None)
    if at is None or at.sent.end >= len(doc):
        return None
    following = doc[at.sent.end].sent
    found = [d for d in documents if following.start_char <= d[0] < following.end_char]
    return (found[0][2], found[0][3]) if found else None
