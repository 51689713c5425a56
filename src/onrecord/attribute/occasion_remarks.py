"""The remarks an article is about (``occasions``): "Mr. Manafort's comments, which included a
PowerPoint presentation, came during a happy-hour reception at the beachside hotel resort here"
after "'…,' Mr. Manafort said Thursday night". Narration that places the speaker's remarks, as a
whole, at one event says that what the article quotes of them is of that occasion, so every later
statement of that speaker with no time of its own takes the occasion's time (and via), however many
paragraphs and other voices lie between (docs/annotation.md, "Inherited via and when": the devgold's
nyt 2016-04-23 convention, "the whole article reports one occasion").

Only a possessed plural of remarks ("his comments", "Manafort's remarks", "her speech") that *came*,
*were made* or *were delivered* at, during, in or before an event or on a day: "His comments came
after being asked ..." or "Her remarks came the day after ..." place nothing. The occasion's time is
the sentence's own, else that of the speaker's last dated statement before it (which opened the
occasion), at most two paragraphs before: the narration places the remarks just quoted. It ends
at the speaker's next statement with a time of its own; a statement of another
time ("has said", "later said") takes nothing.
"""

from __future__ import annotations

import datetime as dt

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..schema import Statement, Via, When
from . import occasion_text as article
from .found import Found, Range
from .links import when_of
from .occasion_ties import REMARKS, elsewhen, inside, later_on
from .lexicon import PERSON_PRONOUNS
from .token_columns import indices_between
from .when import same_time

# Remarks taken as a whole, as written (not lemmas): occasion_ties.REMARKS less one saying's
# "statement", "answer" or "response", which places only itself; "comments", "remarks" and
# "words" only in the plural (a single "comment" is one saying too).
_REMARKS = frozenset(w if w in ("speech", "testimony") else w + "s"
                     for w in REMARKS - {"statement", "answer", "response"})
_REMARK_FORMS = tuple(sorted(_REMARKS))  # (``indices_between``'s key)
_PLACING = frozenset("come make deliver give".split())
_AT = frozenset("at during in before on".split())
# "came in the form of an answer", "came at a time when …", "came in response to …": no event
_NO_EVENT = frozenset("form wake light context time moment point response reply midst face aftermath end".split())


def remarks_go_on(doc: Doc, found: list[Found], out: list[Statement], contents: list[Range],
                  published: dt.date | None, paragraphs: list[int]) -> list[Statement]:
    """Each later statement of a speaker whose remarks the narration placed at one event takes that
    occasion's time and via, where it has none of its own.

    found: the findings ``out`` was made from, in the same order.
    paragraphs: where paragraphs start, as ``occasions.carry`` reads them (any line break).
    RETURNS (list[Statement]) in the same order, changed where they inherit."""
    result = list(out)
    order = sorted(range(len(out)), key=lambda k: out[k].content.start)
    for sent in doc.sents:
        placed = _placed_remarks(sent, contents)
        if placed is None:
            continue
        owner, verb = placed
        before = [k for k in order if result[k].content.start < sent.start_char]
        name = _owner_name(owner, [result[k] for k in before])
        if name is None:
            continue
        own = _own_time(verb, published)
        opener = next((k for k in reversed(before) if result[k].speaker.name == name and result[k].when is not None),
                      None)
        if own is None and opener is not None and article.paragraph(paragraphs, sent.start_char) - article.paragraph(
                paragraphs, result[opener].content.start) > 2:
            opener = None  # remarks placed long after the speaker's dated statement place others
        when = article.when(doc, own) if own is not None else (result[opener].when if opener is not None else None)
        via = result[opener].via if opener is not None and own is None else None
        if when is None:
            continue
        start = result[opener].content.start if opener is not None else sent.start_char
        for k in order:
            s, cue = result[k], found[k].cue
            if s.content.start <= start or s.speaker.name != name:
                continue
            if s.when is not None:
                if "when inherited" in (s.explanation or "") or same_time(s.when, when) or s.when.precision == "year":
                    continue  # "invoked Reagan's deficit in 1980 to claim …": a year is no other occasion
                break  # the speaker at another time: the occasion is over
            if elsewhen(cue) or later_on(cue) or inside(when.span, s) or (s.via is not None and s.via != via):
                continue
            result[k] = _inherit(s, via, when)
    return result


def _placed_remarks(sent: Span, contents: list[Range]) -> tuple[Token, Token] | None:
    """The owner and verb of "X's comments came during …" in a sentence of narration."""
    if any(a <= sent.start_char < b for a, b in contents):
        return None
    doc = sent.doc  # only the remark words' tokens, from the Doc's LOWER column read once
    for token in map(doc.__getitem__, indices_between(doc, LOWER, _REMARK_FORMS, sent.start, sent.end)):
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = token.head
        if verb.lemma_.lower() not in _PLACING or (verb.lemma_.lower() != "come" and token.dep_ != "nsubjpass"):
            continue  # "his comments made headlines": the remarks doing something, not placed
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or not (owner.pos_ == "PROPN" or owner.lower_ in ("his", "her")):
            continue
        if any(p.dep_ == "prep" and p.lower_ in _AT and any(
                o.dep_ == "pobj" and o.lemma_.lower() not in _NO_EVENT for o in p.children) for p in verb.children):
            return owner, verb
    return None


def _owner_name(owner: Token, before: list[Statement]) -> str | None:
    """The speaker the remarks are of: a name's statement before, or for "his"/"her" the person
    quoted last."""
    for s in reversed(before):
        name = s.speaker.name
        if not name or s.speaker.type != "person":
            continue
        if owner.lower_ in PERSON_PRONOUNS:
            return name
        if owner.text in name.split():
            return name
    return None


def _own_time(verb: Token, published: dt.date | None):
    """ "Rubio's comments came on Sunday": the remarks' own day."""
    return when_of(Found((verb.idx, verb.idx), verb, None, None, rule="narration", confidence=0.0), published)


def _inherit(s: Statement, via: Via | None, when: When) -> Statement:
    update: dict = {"when": when}
    notes = ["when inherited"]
    if via is not None and s.via is None and not inside(via.span, s) and via.name != s.speaker.name:
        update["via"] = via
        notes.insert(0, "via inherited")
    update["explanation"] = "; ".join([s.explanation, *notes]) if s.explanation else "; ".join(notes)
    return s.model_copy(update=update)
