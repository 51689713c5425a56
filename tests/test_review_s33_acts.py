"""Review of stop 33, findings 2, 6, 7, 8, 9: a scene-setting participle is no writing, a
piece of legislation is no article, an arrest confirmed is a statement, a quoted headline
is no title, and a witness's account told "of" something stays on the record."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


def _record(text: str) -> list:
    return [s for s in extract(text, published="2005-03-15").statements if s.act in DEFAULT_ACTS]


@pytest.mark.parametrize(("text", "speaker", "act"), [
    ("Signing the bill into law on Tuesday, President Bush said it was a historic day.", "Bush", "speech"),
    ("Posting a record loss, the company said it would cut 500 jobs.", "company", "speech"),
    ("Writing in the Guardian, Mr Brown said the policy had failed.", "Brown", "writing"),
    ("Posting on Twitter, Mr Brown said the policy had failed.", "Brown", "writing"),
])
def test_only_a_participle_of_writing_in_a_medium_makes_writing(text, speaker, act):
    [statement] = _record(text)
    assert (statement.speaker.name, statement.act) == (speaker, act)


@pytest.mark.parametrize(("text", "content"), [
    ("The club admitted the loss of £5m was a blow.", "the loss of £5m was a blow"),
    ("Police confirmed the arrest of a 23-year-old man.", "the arrest of a 23-year-old man"),
    ("Police confirmed the death of a man in the crash.", "the death of a man in the crash"),
])
def test_an_arrest_or_a_proposition_confirmed_is_a_statement(text, content):
    [statement] = _record(text)
    assert (statement.act, statement.content.text) == ("speech", content)


def test_a_piece_of_legislation_is_no_article():
    [statement] = _record("This piece of legislation says companies must pay a levy.")
    assert (statement.act, statement.content.text) == ("speech", "companies must pay a levy")


def test_a_quoted_headline_on_the_first_line_is_a_quotation():
    text = 'Blair: "No regrets over Iraq"\n\nThe prime minister said he had no regrets.\n'
    statements = _record(text)
    assert [(s.speaker.name, s.content.text) for s in statements][0] == ("Blair", '"No regrets over Iraq"')


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Witnesses told police of hearing gunshots shortly before midnight.", "told police of",
     "hearing gunshots shortly before midnight"),
    ("She told the court of her terror as the gang attacked.", "told the court of", "her terror"),
])
def test_an_account_told_of_keeps_its_words(text, cue, content):
    [statement] = _record(text)
    assert (statement.act, statement.cue.text, statement.content.text) == ("speech", cue, content)


def test_a_bare_decision_told_of_is_a_topic():
    assert _record("Bank bosses told counterparts at UFJ of its decision.") == []
