"""A "they" that speaks is the people the narration last made a plural subject, before a
single body: "The researchers, working for the Scottish Environment Protection Agency
(Sepa), counted fish at 40 sites on the Tay. Sepa published the study on Monday. They said
warmer water was the most likely cause" (the researchers, not Sepa). An unnamed group
("the researchers", "local fishermen") is no named subject, so the chain of speakers and
named subjects never offers it, and a body's name then takes a "they" that a reader gives
the people. Used by ``partitive_crowds.group_antecedent``, where the other rules gave the
pronoun a body or no one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Token

from .lexicon import GROUP_NOUNS
from .phrases import Phrase, describe
from .role_tokens import is_role_noun

if TYPE_CHECKING:
    from .resolved import Resolved
    from .resolver import Resolver

_SUBJECTS = ("nsubj", "nsubjpass")
# Sentences back (the pronoun's own included) that a "they" looks for its people.
_SENTENCES_BACK = 3
# Words that pick part of a group out with no noun of their own ("others", "some"): never
# the group's own noun, and a speaker ``partitive_crowds`` gives the group.
PARTITIVES = frozenset("some others many most several few".split())


def people_before_they(resolver: Resolver, phrase: Phrase, resolved: Resolved) -> Resolved | None:
    """The plural people a subject "they" stands for (``plural_people_subject``), when the
    other rules ``resolved`` it as a body or not at all, no person or group spoke or was a
    named subject since, and no one's words came between. RETURNS (Resolved | None)."""
    head = phrase.head
    if phrase.pronoun != "they" or head.dep_ not in _SUBJECTS:
        return None
    if resolved.name is not None and resolved.type != "organization":
        return None
    noun = plural_people_subject(head)
    if noun is None:
        return None
    offset = head.idx
    between = [r.entity for o, r in resolver.chain if noun.idx < o < offset and r.entity is not None]
    between += [e for o, e in resolver.table.subjects if noun.idx < o < offset]
    if any(e.type in ("person", "group") for e in between) \
            or any(noun.idx < start < offset for start, _ in resolver.said):
        return None  # (nor after anyone's words: "Tesco said on Monday it would open 50 stores. They said")
    group = resolver.resolve(describe(noun))
    if group.name is None or group.type != "group":
        return None
    group.how = "pronoun-people"
    return group


def plural_people_subject(head: Token, sentences: int = _SENTENCES_BACK) -> Token | None:
    """The last plural subject of a main clause naming people (a group noun or a role: "The
    researchers", "Housing experts") before ``head`` in its sentence or the ``sentences`` - 1 before it.
    RETURNS (Token | None)."""
    doc = head.doc
    sentence = head.sent
    spans = [doc[sentence.start : head.i]]
    while len(spans) < sentences and spans[-1].start > 0:
        spans.append(doc[spans[-1].start - 1].sent)
    for span in spans:
        # (a main clause's subject: not "which allowed players to run a campaign. Others helped")
        nouns = [t for t in span if t.dep_ in _SUBJECTS and t.head.dep_ in ("ROOT", "conj")
                 and t.tag_ == "NNS" and t.pos_ == "NOUN"
                 and t.lower_ not in PARTITIVES and (t.lower_ in GROUP_NOUNS or is_role_noun(t))]
        if nouns:
            return nouns[-1]
    return None


def body_described_before(resolver: Resolver, phrase: Phrase, resolved: Resolved) -> Resolved | None:
    """A bare plural speaker with no body ("Administrators said") that the article wrote
    before with its body ("The administrators of collapsed retailer Allders are to close 12
    stores"): the same unnamed group, that body its affiliation. RETURNS (Resolved | None)."""
    head = phrase.head
    if not (resolved.unnamed and resolved.type == "group" and resolved.affiliation is None) or head.tag_ != "NNS" \
            or any(c.dep_ in ("det", "poss", "prep", "amod", "compound") for c in head.children):
        return None
    doc = head.doc
    # the last same word before it, found in the Doc's column (no Token for every word back)
    same = numpy.flatnonzero(doc.to_array(LOWER)[: head.i] == head.lower)
    if not len(same):
        return None
    earlier = doc[int(same[-1])]
    objects = [o for p in earlier.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
               for o in p.children if o.dep_ == "pobj"]
    body = resolver.resolve(describe(objects[0])) if objects else None
    # (a body's name the tagger made plural, "Allders", resolves as a group: its entity says)
    if body is not None and body.name and not body.unnamed and body.entity is not None \
            and body.entity.type == "organization":
        return replace(resolved, affiliation=body.name, how="plural-described")
    return None  # the plural as last written names no body
