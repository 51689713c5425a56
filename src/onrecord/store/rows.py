"""Statements and articles to table rows and back: the one place that knows the columns.

Every field of a Statement has its own column (no JSON blobs), so the tables read well in
Datasette and ``store.article(id)`` gives back exactly the Article that was added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..schema import Article, Span, Speaker, Statement, Via, When
from .tally import statement_speaker_id

# Columns of ``statements`` in insert order (``id`` is assigned by the database).
STATEMENT_COLUMNS: tuple[str, ...] = (
    "article_id", "position", "kind",
    "content", "content_start", "content_end",
    "cue", "cue_start", "cue_end",
    "speaker_id", "speaker_name", "speaker_type", "speaker_title", "speaker_affiliation",
    "speaker_mention", "mention_start", "mention_end",
    "via_name", "via_text", "via_start", "via_end",
    "when_date", "when_precision", "when_expression", "when_text", "when_start", "when_end",
    "date", "outlet", "confidence", "explanation",
    "speaker_unnamed", "speaker_document", "speaker_entity", "speaker_description", "act",
    "quote_id",
)  # fmt: skip
SELECT_STATEMENT = "s.id, " + ", ".join(f"s.{c}" for c in STATEMENT_COLUMNS)

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "url", "source", "title", "published", "outlet", "language", "text",
    "statement_count", "run_id", "added_at", "linked",
    "url_key", "first_seen", "last_seen", "updated_at", "previous_id",
)  # fmt: skip


def statement_date(statement: Statement, article: Article) -> dt.date | None:
    """The date a statement is filed under: when it was made if resolved, else publication."""
    return statement.when.date if statement.when and statement.when.date else article.published


def _span(span: Span | None) -> tuple[str | None, int | None, int | None]:
    return (span.text, span.start, span.end) if span else (None, None, None)


def speaker_key(statement: Statement) -> str | None:
    """The speakers-row id of a statement's speaker (the linked one when the link stage
    ran), or None without a resolved name."""
    return statement_speaker_id(statement)


def statement_row(article: Article, position: int, statement: Statement, date_param) -> tuple[Any, ...]:
    """The values of one statements row, in STATEMENT_COLUMNS order. ``date_param`` turns a
    date into what the driver stores."""
    s = statement
    sp = s.speaker
    mention = _span(sp.mention)
    cue = _span(s.cue)
    via_span = _span(s.via.span if s.via else None)
    when = s.when
    when_span = _span(when.span if when else None)
    return (
        article.id, position, s.kind,
        s.content.text, s.content.start, s.content.end,
        *cue,
        speaker_key(s), sp.name, sp.type, sp.title, sp.affiliation,
        *mention,
        s.via.name if s.via else None, *via_span,
        date_param(when.date) if when and when.date else None, when.precision if when else None,
        when.expression if when else None, *when_span,
        date_param(statement_date(s, article)), article.outlet, s.confidence, s.explanation,
        bool(sp.unnamed), sp.document, sp.entity, sp.description, s.act, s.quote_id,
    )  # fmt: skip


def _mk_span(text: str | None, start: int | None, end: int | None) -> Span | None:
    if start is None or end is None:
        return None
    return Span(start=start, end=end, text=text or "")


def statement_from_row(row: Sequence[Any], parse_date) -> Statement:
    """Rebuild a Statement from a row that starts with STATEMENT_COLUMNS (after ``s.id``:
    pass ``row[1:]``). ``parse_date`` turns the stored value back into a date."""
    c = dict(zip(STATEMENT_COLUMNS, row))
    speaker = Speaker(
        mention=_mk_span(c["speaker_mention"], c["mention_start"], c["mention_end"]),
        name=c["speaker_name"],
        type=c["speaker_type"] or "unknown",
        title=c["speaker_title"],
        affiliation=c["speaker_affiliation"],
        unnamed=bool(c["speaker_unnamed"]),
        document=c["speaker_document"],
        entity=c["speaker_entity"],
        description=c["speaker_description"],
        id=c["speaker_id"],
    )
    via = None
    if c["via_name"] is not None:
        via = Via(name=c["via_name"], span=_mk_span(c["via_text"], c["via_start"], c["via_end"]))
    when = None
    if c["when_expression"] is not None:  # a when of an undated article has no when_date
        when = When(
            date=parse_date(c["when_date"]) if c["when_date"] is not None else None,
            precision=c["when_precision"],
            expression=c["when_expression"] or "",
            span=_mk_span(c["when_text"], c["when_start"], c["when_end"]),
        )
    return Statement(
        kind=c["kind"],
        content=Span(start=c["content_start"], end=c["content_end"], text=c["content"]),
        cue=_mk_span(c["cue"], c["cue_start"], c["cue_end"]),
        speaker=speaker,
        via=via,
        when=when,
        confidence=float(c["confidence"]),
        explanation=c["explanation"],
        act=c["act"],
        quote_id=c["quote_id"],
    )
