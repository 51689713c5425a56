"""A scene trailing a reported clause (issue 12): the interview, statement, hearing or
appearance the saying took place at, which the parser hangs on the reported verb, leaves
what was said and gives the statement its via and when; a scene of an event inside what was
said stays in it. Sentences in the shape of the issue's examples and of PolNeAR train."""

from __future__ import annotations

import pytest

from onrecord import extract

PUBLISHED = "2016-03-11"  # a Friday


def only(passage: str):
    statements = [s for s in extract("Headline\n\n" + passage, published=PUBLISHED).statements
                  if s.cue is not None]
    assert len(statements) == 1, statements
    return statements[0]


@pytest.mark.parametrize("passage, content, via, when", [
    ("Smith said the company would cut jobs in an interview with Reuters on Tuesday.",
     "the company would cut jobs", "Reuters", "on Tuesday"),
    ("Mr Brown said the talks would resume, speaking on BBC Radio 4's Today programme on Sunday.",
     "the talks would resume", "BBC Radio 4's Today programme", "on Sunday"),
    ("FBI Director James Comey said those statements were wrong during a hearing last week.",
     "those statements were wrong", None, "last week"),
    ("Mr Brown said the economy was strong, writing in the Guardian on Monday.",
     "the economy was strong", "Guardian", "on Monday"),
    # an occasion named only with its kind: a news (press) conference, a conference call
    ("The minister said the talks would resume, at a press conference in Brussels on Tuesday.",
     "the talks would resume", None, "on Tuesday"),
    ("Ms Jones said the plan was unaffordable during a conference call with analysts on Wednesday.",
     "the plan was unaffordable", None, "on Wednesday"),
    ("Smith said the plan was flawed in an interview with the Financial Times.",
     "the plan was flawed", "Financial Times", None),
    ("Mr Sanders said his campaign does not want the money, in an interview with CNN on Sunday.",
     "his campaign does not want the money", "CNN", "on Sunday"),
    ("Smith said the deal was dead in a Facebook post on Tuesday.", "the deal was dead", "Facebook", "on Tuesday"),
])
def test_a_trailing_scene_is_the_sayings(passage, content, via, when):
    s = only(passage)
    assert s.content.text == content
    assert (s.via.name if s.via else None) == via
    assert (s.when.expression if s.when else None) == when


@pytest.mark.parametrize("passage, content", [
    # an event the reported clause tells, at that very occasion
    ("Sandy Phillips said that Sanders had treated her family disrespectfully during a phone call.",
     "that Sanders had treated her family disrespectfully during a phone call"),
    ("Mr Rubio said the person would not get beat up at his rally.",
     "the person would not get beat up at his rally"),
    ("Weber told AP that Manafort discussed the project in a conference call with Podesta.",
     "that Manafort discussed the project in a conference call with Podesta"),
    ("Smith said he would give a speech in Ohio on Tuesday.", "he would give a speech in Ohio on Tuesday"),
    # a scene that may be the reported clause's own subject's
    ("Smith said Clinton was wrong in her speech to the convention.", "Clinton was wrong in her speech to the convention"),
    # a bare singular is no document: "in post" is in office
    ("A department spokeswoman said Mr Smith was still in post.", "Mr Smith was still in post"),
    # a date of what was said, with no scene before it
    ("Smith said the talks would resume on Tuesday.", "the talks would resume on Tuesday"),
])
def test_an_event_inside_what_was_said_stays_there(passage, content):
    s = only(passage)
    assert s.content.text == content
    assert s.when is None


def test_remarks_published_by_an_outlet_give_it():
    s = only("The war was justified, Mr Blair said in remarks published by the Guardian.")
    assert s.via is not None and s.via.name == "Guardian"


def test_the_presidents_plane_is_no_via():
    s = only("Mr Trump told reporters on Air Force One that the deal was close.")
    assert s.via is None
