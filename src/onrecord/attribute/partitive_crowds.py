"""A bare "some", "others" or "many" as a speaker is part of a group the writer has just
named: "Housing experts are split on prospects for the market, with some saying …, while
others predict a sharp drop in values" (the others are housing experts); "Some commentators
on the net say … Others say …" (other commentators). The reader takes the group as the
speaker, as PolNeAR's annotators do; "others" alone names no one. Used by
``speaker_resolution`` for the phrase the other rules leave as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import GROUP_NOUNS
from .phrases import Phrase, describe
from .role_tokens import is_role_noun

if TYPE_CHECKING:
    from .resolved import Resolved
    from .resolver import Resolver

# Words that pick part of a group out with no noun of their own.
_PARTITIVES = frozenset("some others many most several few".split())
_SUBJECTS = ("nsubj", "nsubjpass")
# What makes the word a description of its own: "others in the party", "many of them",
# "some who voted".
_OWN_WORDS = ("prep", "amod", "compound", "poss", "nummod", "relcl", "acl", "appos")


def partitive_group(resolver: Resolver, phrase: Phrase, resolved: Resolved) -> Resolved | None:
    """The group a bare partitive subject ("others", "some", "many") that the other rules
    ``resolved`` as written or not at all is part of: the last plural subject before it that
    names people (a group noun or a role: "Housing experts", "Some commentators on the
    net"), in its own sentence or the one before. RETURNS (Resolved | None): the group as
    resolved, its mention the partitive word's."""
    head = phrase.head
    if resolved.name is not None and not resolved.unnamed:
        return None
    if head.lower_ not in _PARTITIVES or head.dep_ not in _SUBJECTS or any(c.dep_ in _OWN_WORDS for c in head.children):
        return None
    noun = _group_before(head)
    if noun is None:
        return None
    group = resolver.resolve(describe(noun))
    if group.name is None or group.name.lower() in _PARTITIVES:
        return None
    group.how = "partitive"
    return group


def _group_before(head: Token) -> Token | None:
    doc = head.doc
    sentence = head.sent
    spans = [doc[sentence.start : head.i]]
    if sentence.start > 0:
        spans.append(doc[sentence.start - 1].sent)
    for span in spans:
        nouns = [t for t in span if t.dep_ in _SUBJECTS and t.tag_ == "NNS" and t.pos_ == "NOUN"
                 and t.lower_ not in _PARTITIVES and (t.lower_ in GROUP_NOUNS or is_role_noun(t))]
        if nouns:
            return nouns[-1]
    return None
