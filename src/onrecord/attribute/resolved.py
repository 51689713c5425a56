"""What the resolver gives for a speaker phrase (``Resolved``) and its settings (the config
of ``onrecord_coref``)."""

from __future__ import annotations

from dataclasses import dataclass

from .entities import ArticleEntity


@dataclass
class Resolved:
    """A speaker as resolved: what ``schema.Speaker`` will hold, and how it was found."""

    name: str | None
    type: str = "unknown"
    title: str | None = None
    affiliation: str | None = None
    unnamed: bool = False
    description: str | None = None
    document: str | None = None
    entity: ArticleEntity | None = None
    how: str = "name"


@dataclass(frozen=True)
class Settings:
    """The resolver's settings: the config of ``onrecord_coref`` (``pipeline.py``).

    pronoun_window: how far back (characters) a pronoun looks for the speaker it stands
        for; a news paragraph is ~300 characters.
    nominal_window: how far back "the company" looks for the body it stands for.
    salience_margin: how much better the best body must score than the next for "the
        company" to be resolved at all.
    """

    pronoun_window: int = 1200
    nominal_window: int = 2000
    salience_margin: float = 0.15
