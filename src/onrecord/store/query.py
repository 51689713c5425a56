"""Backend-neutral pieces of a search: the text query language, cursors and snippets.

The text query is parsed once into clauses (AND of OR-groups of words or phrases, plus
excluded items); each backend renders it to its own full-text syntax with every user word
passed as data, so no input can be a syntax error or an injection.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field

from .. import errors
from .models import SearchQuery, Snippet

# Markers the backends put around matches (FTS5 highlight(), ts_headline); control
# characters that never occur in cleaned article text.
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
# Content longer than this is cut to an excerpt around the first match for the snippet.
SNIPPET_CHARS = 240

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    """A word, a prefix (``prefix``) or a phrase (several ``words``)."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass
class TextQuery:
    """``all_of`` is a list of OR-groups that must all match; ``none_of`` must not match."""

    all_of: list[list[Term]] = field(default_factory=list)
    none_of: list[Term] = field(default_factory=list)
    # The acts to match inside the text index (a backend with ACTS_IN_TEXT_INDEX); empty:
    # the act filter, if any, is a WHERE of its own.
    acts: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.all_of or self.none_of)


def parse_text_query(text: str | None) -> TextQuery:
    """Parse the search syntax of ``store.models``. RETURNS (TextQuery): empty for blank text."""
    query = TextQuery()
    if not text:
        return query
    pending_or = False
    for match in _TOKEN.finditer(text):
        negated, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None and bare == "OR":
            pending_or = bool(query.all_of)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negated, bare = "-", bare[1:]
        raw = phrase if phrase is not None else bare
        words = tuple(w.lower() for w in _WORD.findall(raw or ""))
        if not words:
            continue
        prefix = phrase is None and (raw or "").endswith("*") and len(words) == 1
        term = Term(words, prefix)
        if negated:
            query.none_of.append(term)
            pending_or = False
        elif pending_or:
            query.all_of[-1].append(term)
            pending_or = False
        else:
            query.all_of.append([term])
    return query


def fts5_expression(terms: list[list[Term]]) -> str:
    """An FTS5 MATCH expression for AND-of-OR groups; every word is a quoted string."""

    def one(term: Term) -> str:
        quoted = '"' + " ".join(term.words) + '"'
        return quoted + " *" if term.prefix else quoted

    groups = []
    for group in terms:
        inner = " OR ".join(one(t) for t in group)
        groups.append(f"({inner})" if len(group) > 1 else inner)
    return " AND ".join(groups)


def fts5_term(term: Term) -> str:
    return fts5_expression([[term]])


# -- cursors --------------------------------------------------------------------------------


def _fingerprint(query: SearchQuery) -> str:
    """A short hash of what a page depends on, so a cursor is not reused with other filters."""
    key = query.model_dump(mode="json", exclude={"limit", "cursor", "sort"})
    key["order"] = query.order
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:12]


def encode_cursor(query: SearchQuery, position: dict) -> str:
    """An opaque cursor for the page after ``position`` (keys chosen by the backend)."""
    payload = {"f": _fingerprint(query), **position}
    raw = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(query: SearchQuery) -> dict | None:
    """The position stored in ``query.cursor``, or None for the first page. Raises
    ConfigError for a cursor that is malformed or belongs to another query."""
    if not query.cursor:
        return None
    try:
        padded = query.cursor + "=" * (-len(query.cursor) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        payload = None
    if not isinstance(payload, dict) or payload.pop("f", None) != _fingerprint(query):
        raise errors.ConfigError(errors.E_BAD_CURSOR.format(cursor=query.cursor))
    return payload


def cursor_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# -- snippets -------------------------------------------------------------------------------


def snippet_from_marked(marked: str, *, limit: int = SNIPPET_CHARS) -> Snippet:
    """Turn text with MARK_OPEN/MARK_CLOSE around matches into a Snippet, cut to about
    ``limit`` characters around the first match."""
    text_parts: list[str] = []
    marks: list[tuple[int, int]] = []
    pos = 0
    start = None
    for piece in re.split(f"([{MARK_OPEN}{MARK_CLOSE}])", marked):
        if piece == MARK_OPEN:
            start = pos
        elif piece == MARK_CLOSE:
            if start is not None and pos > start:
                marks.append((start, pos))
            start = None
        else:
            text_parts.append(piece)
            pos += len(piece)
    text = "".join(text_parts)
    if len(text) <= limit:
        return Snippet(text=text, marks=_merge(marks))
    first = marks[0][0] if marks else 0
    begin = max(0, min(first - limit // 3, len(text) - limit))
    # Cut at word boundaries so the excerpt does not start or end mid-word.
    if begin > 0:
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < first else begin
    end = min(len(text), begin + limit)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > max(begin, first) else end
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - begin
    inside = [(s + shift, e + shift) for s, e in marks if s >= begin and e <= end]
    return Snippet(text=prefix + text[begin:end] + suffix, marks=_merge(inside))


def _merge(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join marks that touch (highlighters mark each token of a phrase separately)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
