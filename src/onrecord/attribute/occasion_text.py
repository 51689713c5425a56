"""The article as ``occasions`` reads it: paragraphs, sentences of narration, a statement's
own time and via made ready (no time from the other part of its quotation, an outlet's full
name), and the schema values of what a scene gives."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..schema import Span as SchemaSpan
from ..schema import Statement, Via, When
from .found import Range
from .links import NOT_WHEN_PREPS, glued_day, time_range
from .quotes import text_of
from .relays import full_name
from .when import resolve


def split_time(s: Statement, statements: list[Statement]) -> Statement:
    """No time from the other part of the same quotation: "AAN polled the race two weeks ago,
    and both surveys showed ..., the group said" — "two weeks ago" is in what was said."""
    span = s.when.span if s.when is not None else None
    if span is None or s.cue is None:
        return s
    for other in statements:
        if other is not s and other.cue is not None and (other.cue.start, other.cue.end) == (s.cue.start, s.cue.end) and (
                other.content.start <= span.start and span.end <= other.content.end):
            return s.model_copy(update={"when": None})
    return s


def full_via(doc: Doc, s: Statement) -> Statement:
    """ "according to the Post" after "The Washington Post": Washington Post. The wire that
    wrote the article is no via ("told Reuters" under "WASHINGTON (Reuters) -")."""
    if s.via is not None and _own_wire(doc, s.via.name):
        return s.model_copy(update={"via": None})
    if s.via is None or s.via.span is None or " " in s.via.name:
        return s
    name = full_name(doc, s.via.name, s.via.span.start)
    return s if name == s.via.name else s.model_copy(update={"via": s.via.model_copy(update={"name": name})})


# A wire's dateline mark and the names a via may give it.
_WIRES = {"Reuters": ("Reuters",), "AP": ("AP", "Associated Press", "The Associated Press"), "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
          "UPI": ("UPI",)}


def _own_wire(doc: Doc, name: str) -> bool:
    """Whether a via is the wire whose dateline opens the article: "(Reuters) -"."""
    opening = (doc.user_data.get("onrecord.text") or text_of(doc))[:400]
    return any(name in names and f"({mark})" in opening for mark, names in _WIRES.items())


def via(doc: Doc, via) -> Via | None:
    if via is None:
        return None
    name, (start, end) = via

    return Via(name=name, span=SchemaSpan.of(doc.user_data.get("onrecord.text") or text_of(doc), start, end))


def when(doc: Doc, when) -> When | None:
    if when is None:
        return None
    value, (start, end) = when
    return value.model_copy(update={"span": SchemaSpan.of(doc.user_data.get("onrecord.text") or text_of(doc), start, end)})


def resolved(ent: Span, published: dt.date | None):

    start, end = time_range(ent.doc, ent.start, ent.end)
    value = resolve(text_of(ent.doc)[start:end], published)
    return (value, (start, end)) if value is not None else None


def paragraph_starts(doc: Doc) -> list[int]:
    """Character offsets where paragraphs start: a sentence start after a line break (the
    sentences ``onrecord_paragraphs`` starts at every paragraph)."""
    starts = [0]
    for sent in doc.sents:
        i = sent.start
        while i < sent.end and doc[i].is_space:
            i += 1
        if i == 0 or i >= sent.end:
            continue
        previous = doc[i - 1]
        gap = previous.text if previous.is_space else previous.whitespace_
        if "\n" in gap:
            starts.append(doc[i].idx)
    return starts


def paragraph(starts: list[int], offset: int) -> int:

    return bisect_right(starts, offset) - 1


def narration(doc: Doc, taken: set[int], contents: list[Range]) -> list[int]:
    """Sentences (by first token) with no statement's cue and not inside what was said."""
    out = []
    text = text_of(doc)  # (a Span's text is rebuilt from its tokens on every read)
    for sent in doc.sents:
        if sent.start in taken or all(t.is_space or t.is_punct for t in sent):
            continue
        end = sent.start_char + len(text[sent.start_char : sent.end_char].rstrip())  # not the paragraph break the sentence ends with
        if any(s <= sent.start_char and end <= e + 1 for s, e in contents):
            continue
        out.append(sent.start)
    return out


def sentences(doc: Doc) -> Callable[[int], Span]:
    """The sentence of a token index, from the Doc's sentences read once: ``Token.sent``
    walks the sentence's tokens on every call."""
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]
    return lambda i: sents[bisect_right(starts, i) - 1]


def in_relative_clause(token: Token) -> bool:
    """Whether a token lies in a relative clause ("Indiana, which votes May 3")."""
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def background_time(ent: Span) -> bool:
    """A time of narration that sets no new occasion: one that dates a thing ("since the 2003
    World Cup final", "the 2005 budget"), one under "since", "until", "including" …, or one
    in a sentence of the perfect ("The 25-year-old has not played for England since 2003",
    "Ireland have finished runners-up three times, including last year")."""
    root = ent.root
    if root.dep_ in ("compound", "amod", "nummod", "poss") and root.head.pos_ in ("NOUN", "PROPN") and not glued_day(ent):
        return True
    if root.head.dep_ == "prep" and root.head.lower_ in NOT_WHEN_PREPS | {"including"}:
        return True
    if re.fullmatch(r"(?:in\s+)?(?:19|20)\d\d", ent.text.strip().lower()):
        return True  # a bare year ("Lee sued Marvel in 2002") is the background, not a new day
    verb = ent.sent.root
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and verb.tag_ == "VBN"
