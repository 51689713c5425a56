"""Who was told or thanked of what (issue 12; attribute/told_of.py): "told police of hearing
gunshots" is an account, "told staff of the plan" names only a topic, "told MPs of his plan
to ..." keeps the hearer in the cue; a thanking says what they were thanked for, not whom."""

from __future__ import annotations

import pytest
from conftest import record_of, statements_by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize("text", [
    "Sumitomo bosses told counterparts at UFJ of its decision on Friday.",
    "The firm told staff of the plan on Monday.",
    "Bank bosses told counterparts at UFJ of its decision.",
])
def test_a_hearer_told_of_a_topic_is_no_statement(text):
    assert record_of(text) == []


def test_what_a_hearer_was_told_stays():
    [statement] = record_of("The firm told staff the plan would go ahead.")
    assert statement.content.text == "the plan would go ahead"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Witnesses told police of hearing gunshots shortly before midnight.", "told police of",
     "hearing gunshots shortly before midnight"),
    ("She told the court of her terror as the gang attacked.", "told the court of", "her terror"),
])
def test_an_account_told_of_keeps_its_words(text, cue, content):
    [statement] = record_of(text)
    assert (statement.act, statement.cue.text, statement.content.text) == ("speech", cue, content)


@pytest.mark.parametrize(("text", "cue", "content", "in_record"), [
    pytest.param("The minister told MPs of his plan to cut taxes by 2007.", "told MPs of",
                 "his plan to cut taxes by 2007", None, id="told_mps_of_plans_leaves_the_hearer_in_the_cue"),
    pytest.param("The singer thanked his fans for sticking with him through a difficult year.", "thanked",
                 "sticking with him through a difficult year", True, id="a_thanking_says_what_for_not_whom"),
    pytest.param("He thanked the crowd.", "thanked", "the crowd", None, id="a_thanking_with_no_for_keeps_whom"),
    pytest.param("The coach thanked the minister for his help, saying the club would not have survived without it.",
                 "saying", "the club would not have survived without it", True,
                 id="a_thanking_with_a_saying_participle_keeps_the_saying"),
])
def test_the_content_after_the_hearer(text, cue, content, in_record):
    (s,) = statements_by_cue(text, cue, "2005-03-15")
    assert s.content.text == content
    if in_record:
        assert s.act in DEFAULT_ACTS


def test_a_thanking_then_a_saying_keeps_both_contents():
    text = "Smith thanked the fans for coming out and said the team would be back next season."
    (thanks,) = statements_by_cue(text, "thanked", "2005-03-15")
    (said,) = statements_by_cue(text, "said", "2005-03-15")
    assert thanks.content.text == "coming out" and said.content.text == "the team would be back next season"
