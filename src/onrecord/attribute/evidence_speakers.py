"""Speakers that are data or a share of people, not someone who spoke (``non_statements``
asks; its items 2 and hearsay): "40% said", "two-thirds of those questioned", "research
suggests", "studies have shown", "according to reports" — each a belief, out of the default
record; a maker named ("a YouGov poll", "research by the London Institute of Education",
"government figures") keeps the words its maker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import DATA_NOUNS
from .deeds import SPEAKING_ENTITIES
from .org_kinds import ORG_DESCRIPTORS
from .unsaid import polled

# Words naming a publishing body when they qualify a data noun: "government figures".
_PUBLISHERS: frozenset[str] = frozenset("official government governmental federal ministry department treasury bureau office agency census".split())

# Nouns of evidence that speak only through whoever made it: "research suggests", "the
# evidence shows"; and, in the plural, studies and polls no one in particular made:
# "studies have shown" (but "a poll by YouGov found"; a single study, survey or poll is a
# document, whose maker the article often names after it: "..., says a study. ... the report
# by telecoms giant BT"). Polls are documents in the plural too (acts-47): annotation.md labels
# "Polls show", "Exit polling shows" a document's writing, PolNeAR train marks "Public polls"
# and "Recent polling" as sources, and the measured gold's act rose with it.
EVIDENCE_NOUNS: frozenset[str] = frozenset("research evidence finding result".split())
_EVIDENCE_PLURALS: frozenset[str] = frozenset("study survey analysis experiment trial test indicator sign trend".split())
# Heads of a speaker phrase that count a share of people: "two-thirds of those questioned".
_FRACTIONS = frozenset("half halves third thirds quarter quarters fifth fifths tenth tenths".split())


def counts_people(speaker: Token) -> bool:
    """Whether a speaker head is a share of people ("40% said", "the remaining 33%", "six
    in 10 say", "two-thirds of those questioned", "half of Vermont Democrats"): a poll's
    finding, not a speaker (but "two officials said" and "one of the bidders said" are
    people, and "the fly-half said" a player; so is "most of the candidates", see
    ``_most_of_a_group``). RETURNS (bool)."""
    if _most_of_a_group(speaker):
        return False
    if polled(speaker):
        return True  # "the majority of respondents", "those questioned"
    if speaker.ent_type_ == "PERSON" or speaker.pos_ in ("PRON", "PROPN"):
        return False
    word = speaker.lower_
    if word in ("%", "percent") or speaker.ent_type_ == "PERCENT":
        return True
    if word in _FRACTIONS:
        return any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "nummod" for c in speaker.children)
    if any(c.dep_ == "predet" and c.lower_ in _FRACTIONS for c in speaker.children):
        return True  # "nearly half those pupils polled said"
    return speaker.like_num and any(c.dep_ == "quantmod" and c.lower_ in ("in", "out") for c in speaker.children)


def _most_of_a_group(speaker: Token) -> bool:
    """ "Most of the candidates said", "most of his competitors called for": the larger part
    of a group the article has in view (a definite or possessed plural) speaks as that group
    does — PolNeAR train marks it so; a share of a poll's sample ("most of those polled",
    "most of the respondents") or of a population ("most Americans", "the majority of
    voters") stays a poll's finding. RETURNS (bool)."""
    head = speaker.head.head if speaker.dep_ == "pobj" and speaker.head.lower_ == "of" else speaker
    if head.lower_ != "most":
        return False
    groups = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(g.tag_ in ("NNS", "NNPS") and g.lemma_.lower() != "respondent"
               and not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in g.children)  # "most of the voters surveyed"
               and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "its", "their")) for c in g.children)
               for g in groups)


def unauthored_evidence(speaker: Token) -> bool:
    """Whether a speaker is evidence that names no maker: "research suggests", "studies
    have suggested", "polls show" (not "research by the London Institute of Education",
    "a YouGov poll", "a study"). RETURNS (bool)."""
    lemma = speaker.lemma_.lower()
    if speaker.pos_ != "NOUN" or not (lemma in EVIDENCE_NOUNS or (lemma in _EVIDENCE_PLURALS and speaker.tag_ == "NNS")):
        return False
    return not maker_named(speaker)


def evidence_or_data(speaker: Token) -> bool:
    """Whether a speaker is evidence or figures that name no maker in place ("studies have
    shown", "the numbers suggested"): its maker's writing where the article named the
    maker before ("Figures from the Commerce Department showed ... But the numbers
    suggested ..."), else a belief. RETURNS (bool)."""
    if unauthored_evidence(speaker):
        return True
    return speaker.pos_ == "NOUN" and speaker.lemma_.lower() in DATA_NOUNS and not maker_named(speaker)


def maker_named(speaker: Token) -> bool:
    """Whether a data or evidence noun's phrase names who made or published it: an entity
    or a body word in it ("figures from the Office for National Statistics", "government
    figures", "research by the London Institute of Education"). RETURNS (bool)."""
    return any(t.i != speaker.i and (t.ent_type_ in SPEAKING_ENTITIES or t.lemma_.lower() in _PUBLISHERS
                                     or t.lemma_.lower() in ORG_DESCRIPTORS)
               for t in speaker.subtree)


def bare_reports(speaker: Token) -> bool:
    """ "according to reports", "Reports suggest": reports that say whose by no word at all
    (on PolNeAR train "fundraising reports show" and "multiple reports" are documents), or
    only where they come from: "Reports from Russia say ..." names a place, not a maker."""
    return speaker.lower_ == "reports" and all(
        c.dep_ == "prep" and c.lower_ == "from" and [g.ent_type_ for g in c.children if g.dep_ == "pobj"] in (["GPE"], ["LOC"])
        for c in speaker.children)
