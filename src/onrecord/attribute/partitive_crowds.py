"""A bare "some", "others" or "many" as a speaker is part of a group the writer has just
named: "Housing experts are split on prospects for the market, with some saying …, while
others predict a sharp drop in values" (the others are housing experts); "Some commentators
on the net say … Others say …" (other commentators). The reader takes the group as the
speaker, as PolNeAR's annotators do; "others" alone names no one. Used by
``speaker_resolution`` for the phrase the other rules leave as written, with a "they" that
stands for such a group (``plural_antecedents``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .deps import NOUN_SUBJECT_DEPS
from .phrases import Phrase, describe
from .plural_antecedents import PARTITIVES, body_described_before, people_before_they, plural_people_subject

if TYPE_CHECKING:
    from .resolved import Resolved
    from .resolver import Resolver

# What makes the word a description of its own: "others in the party", "many of them",
# "some who voted".
_OWN_WORDS = ("prep", "amod", "compound", "poss", "nummod", "relcl", "acl", "appos")


def group_antecedent(resolver: Resolver, phrase: Phrase, resolved: Resolved) -> Resolved | None:
    """The people named as a plural subject just before that a partitive ("others") or a
    "they" stands for (``partitive_group``, ``plural_antecedents.people_before_they``), or
    the body a bare plural was written with before (``plural_antecedents.body_described_before``),
    where the other rules ``resolved`` it to no one or less. RETURNS (Resolved | None)."""
    return partitive_group(resolver, phrase, resolved) or people_before_they(resolver, phrase, resolved) \
        or body_described_before(resolver, phrase, resolved)


def partitive_group(resolver: Resolver, phrase: Phrase, resolved: Resolved) -> Resolved | None:
    """The group a bare partitive subject ("others", "some", "many") that the other rules
    ``resolved`` as written or not at all is part of: the last plural subject before it that
    names people (a group noun or a role: "Housing experts", "Some commentators on the
    net"), in its own sentence or the one before. RETURNS (Resolved | None): the group as
    resolved, its mention the partitive word's."""
    head = phrase.head
    if resolved.name is not None and not resolved.unnamed:
        return None
    if head.lower_ not in PARTITIVES or head.dep_ not in NOUN_SUBJECT_DEPS or any(c.dep_ in _OWN_WORDS for c in head.children):
        return None
    noun = plural_people_subject(head, sentences=2)
    if noun is None:
        return None
    group = resolver.resolve(describe(noun))
    if group.name is None or group.name.lower() in PARTITIVES:
        return None
    group.how = "partitive"
    return group
