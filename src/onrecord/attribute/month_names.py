"""A month word that is part of a name, not a date: "Mr. Taylor's group, March for Bernie at
DNC, plans ...", "the Coalition to Stop Trump and March on the RNC" (the NER tags the bare
"March" DATE; read as a date it dated the group's plan to last March).

A wrong date is worse than none, so the test is narrow: one capitalised month word with no day
or year, governed by no preposition ("in March", "since March"), no time word ("last March")
and no other date it is listed with ("February and March"), followed by a preposition whose
object is capitalised ("for Bernie", "on the RNC") or by a capitalised word ("March Madness").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import MONTHS

# Prepositions that join a march or a campaign to its cause or target in a name.
_NAME_PREPS = frozenset("for on at against to of".split())
# Words before a month that make it a date even where the parse does not ("in March", "last March").
_DATE_LEADS = frozenset("in since by until from through during last this next early late mid mid- of".split())


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _object_named(prep: Token) -> bool:
    """ "for Bernie", "on the RNC": the word after the preposition, past "the", is capitalised."""
    doc = prep.doc
    i = prep.i + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and _capitalised(doc[i]) and doc[i].lower_ not in MONTHS


def _as_a_date(month: Token) -> bool:
    """Whether the month stands where a date does: a preposition's object, a time word's
    head ("last March", "March 3"), or listed with another date ("February and March")."""
    if month.dep_ in ("pobj", "npadvmod") or any(c.dep_ in ("nummod", "amod", "det", "case") for c in month.children):
        return True
    head = month
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i:
        head = head.head
    if head.i != month.i and head.text.islower():
        return True  # "until the April IMF meetings": the month of a thing, which a scene may be
    if month.dep_ == "conj" and (month.head.ent_type_ in ("DATE", "TIME") or month.head.lower_ in MONTHS):
        return True
    before = month.doc[month.i - 1] if month.i > 0 else None
    return before is not None and before.lower_ in _DATE_LEADS


def month_of_a_name(ent: Span) -> bool:
    """Whether a DATE entity is a lone month word that opens a name ("March for Bernie at DNC",
    "March on the RNC"). RETURNS (bool): True when it is no date."""
    if len(ent) != 1 or ent[0].lower_ not in MONTHS or not ent[0].text[:1].isupper():
        return False
    month = ent[0]
    if _as_a_date(month) or month.i + 1 >= len(month.doc):
        return False
    after = month.doc[month.i + 1]
    if after.lower_ in _NAME_PREPS:
        return _object_named(after)
    return _capitalised(after) and after.ent_type_ not in ("DATE", "TIME", "CARDINAL") and not after.is_sent_start
