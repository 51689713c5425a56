"""The time of someone's dated remarks, named as a noun: "comments on Wednesday from the energy
minister", "remarks by the chancellor on Tuesday", "the governor's comments on Wednesday".

The article dates the remarks, not a cue verb, so ``links.when_of`` (which walks from a time to
the cue) finds nothing; yet the remarks are the saying. Two statements take their time: a
relative clause of saying on their owner ("… from the energy minister, who said supplies would
rise"; ``time_reference.when_antecedent``), and the owner's statement that follows a sentence of
narration about them ("The dollar fell after comments on Wednesday from the energy minister. He
said …"; ``occasion_narration``). Only a noun of remarks ("comments", "remarks", "statement",
"speech", "testimony" …) with an owner written with it counts: "after talks on Wednesday with the
minister" dates the talks, and "comments made last year" is no day nor week of an occasion.
"""

from __future__ import annotations

import datetime as dt

from spacy.attrs import POS
from spacy.tokens import Span, Token

from ..schema import When
from .found import Range
from .occasion_ties import REMARKS
from .quotes import text_of
from .remark_owners import owner_written_with
from .speakers import entities_in
from .token_columns import indices_between
from .when import after_publication, resolve

# Nouns that are someone's remarks: ``occasion_ties.REMARKS`` ("criticism" and "warning" name
# what was said as much as "comments" do) less "word", "answer" and "response", which are
# seldom dated as an occasion of their own ("word on Wednesday from ..." is news).
REMARK_NOUNS = REMARKS - {"word", "answer", "response"} | {"criticism", "warning"}
# Prepositions that join an owner to the remarks: "comments from / by / of the minister"
# (a dated "comments of the minister" names its owner, as the undated ones may not).
_OWNER_PREPS = frozenset("from by of".split())
# Prepositions of a time on the remarks: "comments on Wednesday", "remarks last week" (none).
_TIME_PREPS = frozenset("on at in during".split())


def owner_of(remarks: Token) -> Token | None:
    """The one whose remarks these are: "the governor's comments" (the possessive), "comments
    from / by the minister" (the object of the preposition), "comments made by the minister";
    not a pronoun, whose remarks another sentence tells. RETURNS (Token | None)."""
    owner = owner_written_with(remarks, _OWNER_PREPS)
    return owner if owner is not None and owner.pos_ in ("PROPN", "NOUN") else None


def remarks_time(remarks: Token, outside: list[Range], published: dt.date | None) -> tuple[When, Range] | None:
    """The day or week a remarks noun is dated by, on the noun itself ("comments on Wednesday",
    "Wednesday's comments", "remarks last week"), outside what was said; never after
    publication. RETURNS (tuple[When, Range] | None)."""
    from .links import time_range  # links imports time_reference, which imports this module

    if remarks.pos_ != "NOUN" or remarks.lemma_.lower() not in REMARK_NOUNS:
        return None
    doc = remarks.doc
    for ent in entities_in(doc, remarks.sent.start, remarks.sent.end):
        if ent.label_ not in ("DATE", "TIME") or any(a <= ent.start_char < b for a, b in outside):
            continue
        root = ent.root
        on_noun = root.head.i == remarks.i and root.dep_ in ("npadvmod", "compound", "poss", "nmod")
        by_prep = root.dep_ == "pobj" and root.head.lower_ in _TIME_PREPS and root.head.head.i == remarks.i
        if not (on_noun or by_prep):
            continue
        start, end = time_range(doc, ent.start, ent.end)
        when = resolve(text_of(doc)[start:end], published)
        if when is None and start < ent.start_char:  # "the governor's Wednesday comments"
            start = ent.start_char
            when = resolve(text_of(doc)[start:end], published)
        # a day's or a week's: "comments made in 2004" dates a record, not an occasion
        if when is not None and when.precision in ("day", "week") and not after_publication(when, published):
            return when, (start, end)
    return None


def dated_remarks_of(sent: Span, outside: list[Range], published: dt.date | None) -> tuple[Token, When, Range] | None:
    """A sentence's dated remarks with their owner: "The dollar fell after comments on Wednesday
    from the energy minister" → (minister, Wednesday). RETURNS (tuple[Token, When, Range] | None)."""
    doc = sent.doc  # only the sentence's nouns, from the Doc's POS column read once
    for token in map(doc.__getitem__, indices_between(doc, POS, ("NOUN",), sent.start, sent.end)):
        if token.lemma_.lower() not in REMARK_NOUNS or any(
                a <= token.idx < b for a, b in outside):
            continue
        owner = owner_of(token)
        timed = remarks_time(token, outside, published) if owner is not None else None
        if owner is not None and timed is not None:
            return owner, timed[0], timed[1]
    return None


def relative_on_remarks(cue: Token, content: Range, published: dt.date | None) -> tuple[When, Range] | None:
    """ "… after comments on Wednesday from the energy minister, Tom Smith, who said supplies
    would rise": a relative clause of saying, in the simple past, on the owner of dated remarks
    (or on the remarks, where the parser hung it there: "remarks by the chancellor on Tuesday,
    who said …") tells those remarks, so their time is its own. Not "who has said" (another
    time). RETURNS (tuple[When, Range] | None)."""
    if cue.dep_ != "relcl" or cue.tag_ != "VBD" or not any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in cue.children):
        return None
    head = cue.head
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head  # "the energy minister, Tom Smith, who said"
    if head.lemma_.lower() in REMARK_NOUNS and owner_of(head) is not None:
        remarks = head
    elif head.dep_ == "poss" or head.dep_ == "pobj" and head.head.lower_ in _OWNER_PREPS and head.head.dep_ in ("prep", "agent"):
        remarks = head.head if head.dep_ == "poss" else head.head.head
    else:
        return None
    return remarks_time(remarks, [content], published)
