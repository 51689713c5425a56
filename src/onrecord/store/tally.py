"""What a batch of linked articles adds to the speaker tables: speakers, their aliases,
types, roles and outlets, with counts and first/last dates (docs/schema.md, "speakers").

The link stage decides ``Speaker.id``; the store only counts. A statement whose speaker has
a name but no id (an article added without the link stage) gets the plain id of its name
and type (``names.speaker_id``), as onrecord did before linking existed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..schema import DEFAULT_ACTS, Article, Statement
from .names import FEMALE_HONORIFICS, MALE_HONORIFICS, fold_name, normalize_name, speaker_id, strip_honorifics, surname_key

# Pronouns a resolved mention may be written as: gender evidence like an honorific.
_MALE_WORDS = MALE_HONORIFICS | {"he", "him", "his"}
_FEMALE_WORDS = FEMALE_HONORIFICS | {"she", "her", "hers"}


def statement_speaker_id(statement: Statement) -> str | None:
    """The speakers-row id of a statement: the linked id, else the plain id of its name."""
    sp = statement.speaker
    if sp.id:
        return sp.id
    return speaker_id(sp.name, sp.type) if sp.name else None


def is_linked(article: Article) -> bool:
    """Did the link stage decide every named speaker of this article?"""
    return all(s.speaker.id is not None for s in article.statements if s.speaker.name)


def scoped_to(speaker_id_: str, article_id: str) -> bool:
    """Is this the id of a speaker that belongs to one article (an unnamed source, a bare
    surname the evidence did not link)? Such ids end with their article's id."""
    return speaker_id_.endswith("-" + article_id)


def gender_of(statement: Statement) -> str | None:
    """"male"/"female" when the mention carries an honorific or pronoun that says so."""
    sp = statement.speaker
    for text in (sp.mention.text if sp.mention else None, sp.name):
        if not text:
            continue
        first = normalize_name(text).split()[:1]
        if first and first[0] in _MALE_WORDS:
            return "male"
        if first and first[0] in _FEMALE_WORDS:
            return "female"
    return None


def majority_type(counts: dict[str, int]) -> str:
    """The type most statements gave a speaker; ``unknown`` only when nothing else was seen."""
    return max(counts.items(), key=lambda kv: (kv[0] != "unknown", kv[1], kv[0]))[0] if counts else "unknown"


def _span(entry: list[Any], date: dt.date | None, first: int) -> None:
    """Widen the [first, last] dates kept at ``entry[first]``, ``entry[first + 1]``."""
    if date is None:
        return
    entry[first] = date if entry[first] is None else min(entry[first], date)
    entry[first + 1] = date if entry[first + 1] is None else max(entry[first + 1], date)


@dataclass
class SpeakerTally:
    """Counts one batch adds; each dict is keyed like its table's primary key."""

    # id -> [name, normalized, type, n, articles, first, last, unnamed, article_id, surname, fold, male, female]
    speakers: dict[str, list[Any]] = field(default_factory=dict)
    aliases: dict[tuple[str, str], list[Any]] = field(default_factory=dict)  # (id, alias) -> [normalized, n, first, last]
    types: dict[tuple[str, str], int] = field(default_factory=dict)  # (id, type) -> n
    roles: dict[tuple[str, str, str], list[Any]] = field(default_factory=dict)  # (id, role, value) -> [n, first, last]
    outlets: dict[tuple[str, str], list[Any]] = field(default_factory=dict)  # (id, outlet) -> [n, first, last]

    def add(self, article: Article) -> None:
        """Count the statements of one article."""
        seen: set[str] = set()
        for s in article.statements:
            key = statement_speaker_id(s)
            if key is None:
                continue
            sp = s.speaker
            date = s.when.date if s.when and s.when.date else article.published
            entry = self.speakers.get(key)
            if entry is None:
                normalized = strip_honorifics(normalize_name(sp.name or ""))[0]
                scoped = scoped_to(key, article.id)
                entry = self.speakers[key] = [
                    sp.name, normalized, sp.type, 0, 0, None, None, key.startswith("unnamed-"),
                    article.id if scoped else None, None if scoped else surname_key(normalized),
                    None if scoped else fold_name(normalized), 0, 0,
                ]  # fmt: skip
            gender = gender_of(s)
            if gender:
                entry[11 if gender == "male" else 12] += 1
            alias = self.aliases.setdefault((key, sp.name or ""), [strip_honorifics(normalize_name(sp.name or ""))[0], 0, None, None])
            alias[1] += 1
            _span(alias, date, 2)
            self.types[(key, sp.type)] = self.types.get((key, sp.type), 0) + 1
            for role, value in (("title", sp.title), ("affiliation", sp.affiliation)):
                if value:
                    row = self.roles.setdefault((key, role, value), [0, None, None])
                    row[0] += 1
                    _span(row, date, 1)
            # A speaker's counts, dates and outlets are those of what they said or wrote, as
            # the speaker lists and pages show them; a speaker known only by beliefs,
            # intentions or stances keeps a row (no statements) that ``--acts`` searches find.
            if s.act not in DEFAULT_ACTS:
                continue
            entry[3] += 1
            if key not in seen:
                entry[4] += 1
                seen.add(key)
            _span(entry, date, 5)
            if article.outlet:
                row = self.outlets.setdefault((key, article.outlet), [0, None, None])
                row[0] += 1
                _span(row, date, 1)


@dataclass
class KnownSpeaker:
    """A stored speaker as the link stage sees it: a candidate with its evidence."""

    id: str
    name: str
    normalized: str
    type: str
    statements: int = 0
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    male: int = 0
    female: int = 0
    surname: str | None = None
    fold: str | None = None
    types: dict[str, int] = field(default_factory=dict)  # type -> statements
    aliases: dict[str, int] = field(default_factory=dict)  # normalised alias -> statements
    roles: dict[str, int] = field(default_factory=dict)  # normalised title or affiliation -> statements
    outlets: dict[str, tuple[dt.date | None, dt.date | None]] = field(default_factory=dict)  # outlet -> first, last
