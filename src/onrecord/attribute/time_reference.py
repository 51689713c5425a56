"""A time that refers back: "said at the time" is the period the article named just before
("In November, the council approved the plan. The mayor said at the time ..." -> November),
kept in the article's own words (docs/annotation.md, "when")."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from ..schema import When
from .found import Found
from .quotes import text_of
from .when import after_publication, resolve

# How many sentences back the period "at the time" refers to may lie.
_SENTENCES_BACK = 2


def at_the_time(found: Found, published: dt.date | None) -> tuple[When, tuple[int, int]] | None:
    """ "said at the time", "At that time, X said": the period the nearest time named before
    it gives, with the words "at the time". RETURNS (tuple[When, tuple[int, int]] | None)."""
    cue = found.cue
    if cue is None:
        return None
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "at"):
        if found.content[0] <= prep.idx < found.content[1] or not _the_time(prep):
            continue
        period = _period_before(prep, published)
        if period is None:
            return None
        start, end = prep.idx, prep.right_edge.idx + len(prep.right_edge.text)
        expression = text_of(prep.doc)[start:end]
        return When(date=period.date, precision=period.precision, expression=expression), (start, end)
    return None


def _the_time(prep: Token) -> bool:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].lower_ == "time" and [d.lower_ for d in objects[0].children] in (
        ["the"], ["that"])


def _period_before(prep: Token, published: dt.date | None) -> When | None:
    """The nearest time before "at the time", in its sentence or the two before it."""
    doc = prep.doc
    sent = prep.sent
    first = sent.start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for ent in reversed([e for e in doc.ents if first <= e.start and e.end <= prep.i and e.label_ == "DATE"]):
        when = resolve(ent.text, published)
        if when is not None and not after_publication(when, published):
            return when
    return None
