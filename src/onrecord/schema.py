"""The contract between onrecord's stages: Article, Statement, Span, Speaker, Entity, Via, When.

Every stage (read, clean, attribute, store, serve, evaluate) exchanges these objects and
nothing else. They are pydantic models so that the HTTP API publishes the very same
shapes in its OpenAPI description. `docs/schema.md` documents every field.

Offsets are Python ``str`` indices into ``Article.text``; ``Article.text[s.start:s.end]
== s.text`` holds for every span the engine emits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

StatementKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "place", "group", "document", "unknown"]
Precision = Literal["day", "week", "month", "year"]
StatementAct = Literal["speech", "writing", "belief", "intention", "stance"]

STATEMENT_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
SPEAKER_TYPES: tuple[str, ...] = ("person", "organization", "place", "group", "document", "unknown")
STATEMENT_ACTS: tuple[str, ...] = ("speech", "writing", "belief", "intention", "stance")
# The acts a reader meets by default (extract's table, search, the API's lists, the web
# pages, export): what was said or written. The others are asked for (--acts, ?acts=).
DEFAULT_ACTS: tuple[str, ...] = ("speech", "writing")


class Span(BaseModel):
    """A stretch of ``Article.text``: ``text == Article.text[start:end]``."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut a span out of ``text``. RETURNS (Span): the span with its own text."""
        return cls(start=start, end=end, text=text[start:end])


class Speaker(BaseModel):
    """Who made a statement, as written (``mention``) and as resolved (``name``)."""

    mention: Span | None = None
    name: str | None = None
    type: SpeakerType = "unknown"
    title: str | None = None
    affiliation: str | None = None
    unnamed: bool = Field(
        default=False, description="A description, not a name: never merged across articles."
    )
    entity: int | None = Field(
        default=None, description="Index into Article.entities of the entity resolved to."
    )
    document: str | None = Field(
        default=None, description='The document that spoke for the speaker: "memo", "report".'
    )
    id: str | None = Field(
        default=None,
        description="The canonical speaker across the store, set by the link stage ('person-tony-blair'); None before linking.",
    )
    description: str | None = Field(
        default=None,
        description='An unnamed source as the article describes it: "spokesman for the British Casino Association".',
    )


class Entity(BaseModel):
    """One person, organisation, place or group the article mentions, with every form used."""

    name: str
    type: SpeakerType = "unknown"
    titles: list[str] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0
    unnamed: bool = False


class Via(BaseModel):
    """The intermediary that relayed a statement ("according to Reuters"); never the speaker."""

    name: str
    span: Span | None = None


class When(BaseModel):
    """When a statement was made, resolved against the article's publication date.

    ``date`` is the first day of the period: the day itself, the Monday of a week, the
    first of a month, or 1 January of a year. It is None for a relative phrase ("on
    Friday", "last month") in an article without a publication date: the phrase is kept
    in ``expression`` with its ``precision``, but names no date.
    """

    date: dt.date | None
    precision: Precision
    expression: str
    span: Span | None = None


class Statement(BaseModel):
    """One attributed statement: who said what, how, via whom and when."""

    kind: StatementKind
    content: Span
    cue: Span | None = None
    speaker: Speaker = Field(default_factory=Speaker)
    via: Via | None = None
    when: When | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    explanation: str | None = Field(
        default=None, description="Which rule attributed the statement, for a reader who doubts it."
    )
    act: StatementAct = Field(
        default="speech",
        description="What was attributed: speech or writing (what the record shows by default), "
        "or a belief, intention or stance (docs/schema.md).",
    )
    quote_id: str | None = Field(
        default=None,
        description=(
            "The quotation across articles this statement reports ('q' and 16 hex digits, docs/quotes.md), decided by the link "
            "stage; a new quotation carries a provisional 'new-…' id until the store numbers it. None before linking."
        ),
    )


class Article(BaseModel):
    """A news article and every statement found in it."""

    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    language: str | None = None
    text: str
    statements: list[Statement] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)


def article_id(text: str) -> str:
    """The stable identifier of an article: the first 16 hex digits of SHA-256 of its text.

    The same text always gets the same id, so storing it twice is detectable.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class RawDocument:
    """One document as a reader found it, before cleaning.

    Exactly one of ``text`` (plain text, kept as given) and ``html`` is set.
    """

    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


FailureStage = Literal["read", "clean", "language", "extract", "store"]


@dataclass(frozen=True)
class Failure:
    """A document that could not be processed, with the stage that failed and why.

    ``skipped`` marks a deliberate skip (a non-English page, a WARC record without HTML)
    rather than an error.
    """

    source: str
    stage: FailureStage
    reason: str
    skipped: bool = False
