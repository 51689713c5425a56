"""The name apposed to a quantified speaker: "One of the bidders, Mittal Steel, said", "One of
the jilted bidders, Netherlands-based group LNM, said".

The quantifier ("one", "two", "some") only picks members out of a group; the name after the
comma says which member speaks, body or person. The parser hangs that name either on the
quantifier or on the group noun after "of"; both read as the name's own phrase, so the
speaker is "Mittal Steel" or "LNM" and not "One" with the group as its affiliation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Token

if TYPE_CHECKING:
    from .phrases import Phrase

# Quantifiers that pick a single member, and those that pick several (whose name must then be
# a list: "Two of the firms, Tesco and Asda, said").
_ONE = frozenset({"one"})
_SEVERAL = frozenset("two three four five some several both".split())
# What an apposed name may be: a person, a body, a country speaking as its government.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def quantified_member(head: Token) -> Token | None:
    """The head of the name apposed to a quantified subject ("One of the bidders, Mittal
    Steel"), or None. Only a name closing the subject after a comma counts: "One of the
    bidders, which was based in Kiev, said" names no one."""
    lower = head.lower_
    if lower not in _ONE and lower not in _SEVERAL or head.pos_ not in ("NUM", "PRON", "DET", "NOUN"):
        return None
    group = _group_after_of(head)
    if group is None:
        return None
    # the name on the quantifier ("One of the bidders, Mittal Steel,") or on the group noun
    # ("One of the jilted bidders, Netherlands-based group LNM,")
    candidates = [c for c in head.children if c.dep_ == "appos" and c.i > group.i]
    candidates += [c for c in group.children if c.dep_ == "appos" and c.i == group.right_edge.i]
    for name in candidates:
        doc = name.doc
        if name.pos_ != "PROPN" or name.ent_type_ not in _NAME_LABELS or name.left_edge.i < 1:
            continue
        if doc[name.left_edge.i - 1].text != "," or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "npadvmod")
                                                       for t in name.subtree):
            continue  # no comma before it, or a clause ("..., who was based in Kiev")
        listed = any(c.dep_ == "conj" for c in name.children)
        if (lower in _ONE) == listed:
            continue  # one member named by a list, or several by one name: no match
        return name
    return None


def _group_after_of(head: Token) -> Token | None:
    """The object of an "of" right behind ``head``: "One [of] the bidders" -> bidders."""
    return next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1
                 for g in p.children if g.dep_ == "pobj"), None)


# Numbers that count members out of a group ("Three of the staffers"), and nouns that only
# measure a quantity of what follows "of" ("a raft of articles", "a host of experts"); a
# share ("a handful of", "most of") is phrase_shapes' (_SHARES).
_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
_MEASURE_NOUNS = frozenset("raft slew host spate flurry string series batch array litany barrage".split())


def counted_group(head: Token) -> Token | None:
    """The group a bare number or a measure noun counts out, when no name is apposed: "Three
    of the staffers" -> "staffers", "One of them" -> "them", "a raft of articles" ->
    "articles". The number alone names no one (docs/annotation.md: the speaker is the
    description's head without its quantifier). Only a plural noun with no possessor, or
    "them"/"us", after an "of" right behind the head counts. RETURNS (Token | None)."""
    lower = head.lower_
    # a measure noun counts only with "a": "a host of experts", not "the host of the Oscars"
    if not (lower in _NUMBERS and head.pos_ in ("NUM", "PRON") and not head.ent_type_ in ("PERSON", "ORG")
            or lower in _MEASURE_NOUNS and head.pos_ == "NOUN" and head.tag_ == "NN"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in head.children)):
        return None
    group = _group_after_of(head)
    if group is None or not (group.tag_ in ("NNS", "NNPS") or group.lower_ in ("them", "us")):
        return None
    if any(c.dep_ == "poss" for c in group.children):
        # "one of her ads asking", "One of New Labour's greatest successes": a possessed thing
        # is the owner's, whom the group noun alone would lose or misplace
        return None
    return group


def member_phrase(head: Token, describe: Callable[[Token], Phrase], start: int, end: int) -> Phrase | None:
    """The phrase of the name apposed to a quantified subject (``quantified_member``), or
    else of the group a bare number or measure noun counts (``counted_group``), spanning
    the whole mention as written; None where neither is found."""
    member = quantified_member(head) or counted_group(head)
    return None if member is None else replace(describe(member), start=start, end=end)
