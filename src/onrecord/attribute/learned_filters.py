"""Filters on the learned pass's kept cues (``learned.findings``): shapes the classifier's
features cannot see and that are never a statement.

- A speaker that is a thing: an award, a work, a place, an event ("the Africa Movie
  Academy Award ... has taken to her Instagram page to share", read off a parse that lost
  the subject across a line break). Things that carry words (a report, a letter, figures)
  are kept: PolNeAR counts "the report shows" as evidence.
- A cue that is an act on a picture, not words: "to share some stunning photos of
  herself", "emailed a report and photographs".
- A cue whose object is only who is spoken to: "telling his lawyer Chris Kise" (the words
  hang elsewhere, or nowhere).
- A passive cue whose "object" stands after its agent: the agent's apposition, misparsed
  ("is published by the Unit - a joint effort by ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from .found import Found

# Entity kinds that never speak (a person, a body, a country or a nation may; so may a
# share of people, "54.6 percent voted in favor", and a law's article, "Article 33 affirms").
_THING_ENTS = frozenset("WORK_OF_ART EVENT FAC LOC PRODUCT".split())
# Heads of names of things that speak for no one.
_THING_HEADS = frozenset("""
award awards prize prizes medal trophy cup championship title film movie album song single
show series tournament stadium arena road bridge river mountain island
""".split())
# Entity kinds of someone who can speak or act.
_AGENT_ENTS = frozenset("PERSON ORG GPE NORP".split())
# Pictures and recordings: sharing, posting or sending them is no statement.
_PICTURES = frozenset("""
photo photos photograph photographs picture pictures image images pic pics selfie selfies snap
snaps snapshot snapshots video videos clip clips footage
""".split())


def unspoken(found: Found) -> bool:
    """Whether a learned cue's finding is a thing speaking, an act on pictures, or a telling
    of no words."""
    speaker = found.speaker
    if speaker is not None and _is_thing(speaker):
        return True
    cue = found.cue
    if cue is None or cue.pos_ != "VERB":
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if not objects:
        return False
    head = objects[0]
    if _object_after_agent(cue, head):
        return True
    if head.lower_ in _PICTURES or any(c.dep_ == "conj" and c.lower_ in _PICTURES for c in head.children):
        return True
    # the object is the addressee alone, and the content is that object and no more: "telling
    # his lawyer" ("reminding the campaign about election laws" keeps its "about")
    last = head.right_edge
    covers = found.content[0] <= head.idx and found.content[1] <= last.idx + len(last.text)
    return covers and found.rule == "learned-dobj" and cue.lemma_.lower() in ("tell", "inform", "remind", "warn") \
        and _a_person_only(head)


def _object_after_agent(cue: Token, head: Token) -> bool:
    """A passive's "object" after its agent: "The report is published by the Efficiency in
    Government Unit - *a joint effort by* right of centre think tanks ..." (BBC dev slice,
    judged wrong) — no object follows the "by" of a passive ("was given a warning by the
    referee" puts it first): the parser hung the agent's apposition on the verb, and a
    publishing is no saying."""
    agents = [c for c in cue.children if c.dep_ == "agent" and c.i < head.i]
    return bool(agents) and any(c.dep_ == "auxpass" for c in cue.children)


def _a_person_only(head: Token) -> bool:
    """An object that names someone and says nothing: "him", "his lawyer Chris Kise" (not
    "the great love she had for me", which has a verb, nor "the campaign about election
    laws", which has a topic)."""
    if head.pos_ == "PRON":
        return True
    tokens = list(head.subtree)
    return any(t.ent_type_ == "PERSON" for t in tokens) and not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "prep" for t in tokens)


def _is_thing(speaker: Token) -> bool:
    if speaker.ent_type_ in _THING_ENTS and not _named_as_an_agent(speaker):
        return True
    # "The Premier League confirmed", "Downing Street confirmed": a name the NER gives a body's
    # kind speaks, whatever its head word
    return speaker.pos_ in ("PROPN", "NOUN") and speaker.lower_ in _THING_HEADS and speaker.ent_type_ not in _AGENT_ENTS


def widen_absolute(found: Found) -> None:
    """Run a content on to the verb the parse gave to the cue's subject in "with analysts
    saying sales of $600m a year were possible", "with sources claiming such a step may still
    be weeks away": the parse hangs "saying" on "analysts" and makes them the subject of
    "were", so the object alone ("sales of $600m") was all the content."""
    cue = found.cue
    if cue is None or found.rule != "learned-dobj" or cue.dep_ != "acl" or cue.head.dep_ != "nsubj":
        return
    verb = cue.head.head
    doc = cue.doc
    if verb.pos_ not in ("VERB", "AUX") or verb.idx < found.content[1] or verb.i <= cue.i:
        return
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return  # "figures showing a big drop - suggested the slowdown": the figures' own verb
    end = verb.right_edge
    while end.i > verb.i and end.is_punct:
        end = doc[end.i - 1]
    found.content = (found.content[0], end.idx + len(end.text))



def _named_as_an_agent(speaker: Token) -> bool:
    """Whether the NER's thing is a person or body after all: the owner of the cue's noun
    ("Sanders' 2007 vote against a bill", which the NER ran into one WORK_OF_ART with the
    year), or a word the NER gives a person's or body's kind elsewhere in the article."""
    if speaker.dep_ == "poss":
        return True
    word = speaker.lower_
    return any(e.label_ in _AGENT_ENTS and word in e.text.lower().split() for e in speaker.doc.ents)
