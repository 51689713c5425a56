"""A time that refers back: "said at the time" is the period the article named just before
("In November, the council approved the plan. The mayor said at the time ..." -> November),
kept in the article's own words (docs/annotation.md, "when"); and the time a "when" clause
hangs from ("in October, when he told Clinton …" -> in October)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from ..schema import When
from .found import Found
from .lexicon import SPEECH_VERBS
from .quotes import Quote, find_quotes, text_of
from .remark_times import relative_on_remarks
from .token_columns import sentences_back
from .when import after_publication, normalise, resolve

# How many sentences back the period "at the time" refers to may lie.
_SENTENCES_BACK = 2


# Words of a day "that day", "that night", "the same day" refer back to.
_DAY_WORDS = frozenset("day night evening morning afternoon".split())


def at_the_time(found: Found, published: dt.date | None) -> tuple[When, tuple[int, int]] | None:
    """ "said at the time", "At that time, X said": the period the nearest time named before
    it gives, with the words "at the time"; "Later that day", "On the same day", "earlier in the
    day": the day named before. RETURNS (tuple[When, tuple[int, int]] | None)."""
    cue = found.cue
    if cue is None:
        return None
    for child in cue.children:
        if found.content[0] <= child.idx < found.content[1]:
            continue
        if child.dep_ == "prep" and child.lower_ == "at" and _the_time(child):
            period = _period_before(child, published, day=False)
        elif _that_day(child):
            period = _period_before(child, published, day=True)
        elif (within := _within_the_day(child)) is not None:
            period = _period_before(child, published, day=True)
            if period is None:
                return None
            start, end = within[0].idx, within[1].idx + len(within[1].text)
            return When(date=period.date, precision="day", expression=text_of(child.doc)[start:end]), (start, end)
        else:
            continue
        if period is None:
            return None
        first, last = child.left_edge, child.right_edge
        start, end = first.idx, last.idx + len(last.text)
        expression = text_of(child.doc)[start:end]
        return When(date=period.date, precision=period.precision, expression=expression), (start, end)
    return None


def _that_day(token: Token) -> bool:
    """ "Later that day", "that night", "On the same day" (not "the day before")."""
    noun = next((c for c in token.children if c.dep_ == "pobj"), None) if token.dep_ == "prep" and token.lower_ in (
        "on", "in", "during") else token if token.dep_ == "npadvmod" else None
    if noun is None or noun.lower_ not in _DAY_WORDS:
        return False
    words = [c.lower_ for c in noun.children if c.dep_ in ("det", "amod")]
    return words == ["that"] or words == ["the", "same"]


def _within_the_day(token: Token) -> tuple[Token, Token] | None:
    """ "earlier in the day", "Later in the day": the day named before, wherever the parser hung
    "in" (on the adverb or beside it on the verb). RETURNS the expression's first and last token."""
    if token.dep_ != "advmod" or token.lower_ not in ("earlier", "later"):
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None or following.lower_ != "in" or following.head not in (token, token.head):
        return None
    noun = next((c for c in following.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ != "day" or [c.lower_ for c in noun.children] != ["the"]:
        return None
    return token, noun


def _the_time(prep: Token) -> bool:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].lower_ == "time" and [d.lower_ for d in objects[0].children] in (
        ["the"], ["that"])


def _period_before(prep: Token, published: dt.date | None, *, day: bool) -> When | None:
    """The nearest time before "at the time" (a day for "that day"), in its sentence or the
    two before it."""
    doc = prep.doc
    first = sentences_back(prep, _SENTENCES_BACK)
    for ent in reversed([e for e in doc.ents if first <= e.start and e.end <= prep.i and e.label_ == "DATE"]):
        when = resolve(ent.text, published)
        if when is not None and not after_publication(when, published) and (not day or when.precision == "day"):
            return when
    return None


def when_antecedent(found: Found, published: dt.date | None) -> tuple[When, tuple[int, int]] | None:
    """ "dismissed the issue in October, when he told Clinton …", "until October 2004, when he
    told BBC One's Breakfast with Frost …": a cue whose clause opens with "when" right after a
    time and its comma was said at that time; "comments on Wednesday from the energy minister,
    who said …": a relative clause of saying on the owner of dated remarks was said at theirs
    (``remark_times``). RETURNS (tuple[When, tuple[int, int]] | None)."""
    cue = found.cue
    if cue is None:
        return None
    if (remarks := relative_on_remarks(cue, found.content, published)) is not None:
        return remarks
    doc = cue.doc
    opener = next((c for c in cue.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i == cue.left_edge.i), None)
    if opener is None or opener.i < 2 or doc[opener.i - 1].text != "," or doc[opener.i - 2].ent_type_ not in (
            "DATE", "TIME") or doc[opener.i - 2].ent_iob_ == "" :
        return None
    end = opener.i - 1
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if found.content[0] <= doc[start].idx < found.content[1]:
        return None
    from .links import time_range  # links imports this module

    first, last = time_range(doc, start, end)
    when = resolve(text_of(doc)[first:last], published)
    if when is None or after_publication(when, published):
        return None
    return when, (first, last)


# "The next month", "the following week", "a month later", "two days later": a time counted on
# from the one the article named just before (docs/annotation.md, "when": resolved against
# what the article gives, as "at the time" is).
_FINER = {"day": 0, "week": 1, "month": 2, "year": 3}
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_LATER = re.compile(r"^(?:the\s+(?:next|following)\s+(day|week|month|year)"
                    r"|(a|an|one|two|three|four|five|six|\d+)\s+(day|week|month|year)s?\s+later)$")


def counted_on(doc_text: str, start: int, end: int, first: Token, published: dt.date | None) -> When | None:
    """ "The next month" after "in September" -> October (a month's precision): the period the
    nearest time before it names (its sentence or the two before), moved on by the count. None
    for another phrase, or where the time before is coarser than the unit ("in 2015 ... the next
    day" names no day) or the result lies after publication."""
    match = _LATER.match(normalise(doc_text[start:end]))
    if match is None:
        return None
    unit = match.group(1) or match.group(3)
    count = 1 if match.group(1) else (int(match.group(2)) if match.group(2).isdigit() else _COUNT_WORDS[match.group(2)])
    before = _nearest_time(first, published)
    if before is None or before.date is None or _FINER[before.precision] > _FINER[unit]:
        return None
    day = before.date
    if unit == "day":
        day += dt.timedelta(days=count)
    elif unit == "week":
        day = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=count)
    elif unit == "month":
        index = day.year * 12 + day.month - 1 + count
        day = dt.date(index // 12, index % 12 + 1, 1)
    else:
        day = dt.date(day.year + count, 1, 1)
    when = When(date=day, precision=unit, expression=doc_text[start:end])
    return None if after_publication(when, published) else when


def _nearest_time(token: Token, published: dt.date | None) -> When | None:
    """The time the nearest date before ``token`` names (its sentence or the two before), if
    it reads as one: not past one that does not ("last winter", then "since 2012"), nor a
    time of a thing ("the 2012 attacks") or of a span ("since 2012")."""
    doc = token.doc
    first = sentences_back(token, _SENTENCES_BACK)
    quotes = find_quotes(text_of(doc))  # (only where a counted-on phrase was matched: rare)
    dates = [e for e in doc.ents if first <= e.start and e.end <= token.i and e.label_ == "DATE" and not _said(e, quotes)]
    if not dates:
        return None
    root = dates[-1].root
    if root.dep_ in ("compound", "amod", "nummod", "poss") or root.head.lower_ in _SPANS:
        return None
    when = resolve(dates[-1].text, published)
    return None if when is None or after_publication(when, published) else when


_SPANS = frozenset("since until till through from by before after".split())


def _said(date, quotes: list[Quote]) -> bool:
    """Whether a date is part of what someone said, not the article's own time line: inside
    a quotation ('expected a decision "by the end of July"'), or in the clause a speech verb
    reports ("said that the rules would come into force in September"): "the next month"
    after it counts on from the saying, not from that date."""
    if any(q.start <= date.start_char < q.end for q in quotes):
        return True
    token = date.root
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() in SPEECH_VERBS:
            return True
        token = token.head
    return False
