"""What is no statement, and where a content ends (issue 12, stop 33): readers' comments
however they are signed, the article speaking of itself, and the comment under a heading."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.readers import readers_comments
from onrecord.schema import DEFAULT_ACTS

_BODY = "Fans react to price rise\n\nThe club said on Monday that season tickets would rise by 10%.\n\n"


def _record(text: str) -> list:
    return [s for s in extract(text, published="2005-03-15").statements if s.act in DEFAULT_ACTS]


@pytest.mark.parametrize(("first", "second"), [
    ("Pieter van Dijk, Amsterdam", "Ann Lee, York"),
    ("Mark, 23, Leeds", "Ann Lee, York"),
    ("Mark Jones, Leeds/London", "Ann Lee, St Albans, Herts"),
    ("Dr Ahmed al-Khan, Cairo, Egypt", "Ann Lee, York"),
])
def test_readers_comments_signed_every_common_way_are_out(first, second):
    text = (_BODY + "As this article says, the club has no choice but to raise prices, says this reader.\n"
            + first + "\n\nThis story says the club will lose fans, and it is wrong about that.\n" + second + "\n")
    assert len(readers_comments(text)) == 2
    assert [s.speaker.name for s in _record(text)] == ["club"]


def test_the_only_comment_under_a_heading_is_out_and_the_heading_is_no_cue():
    text = (_BODY + "Here are some of your comments:\n\nAs this article points out, the club has no choice but to "
            "raise prices if it wants a new ground.\nMark Jones, Leeds, England\n")
    assert [s.speaker.name for s in _record(text)] == ["club"]


def test_this_article_is_never_a_speaker():
    text = _BODY + "As this article says, the club has no choice but to raise prices if it wants a new ground.\n"
    assert [s.speaker.name for s in _record(text)] == ["club"]
    kept = _record("The report says the club has no choice but to raise prices.")
    assert [s.speaker.name for s in kept] == ["report"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Newspapers reported that the minister would resign within days.", "Newspapers"),
    ("Several newspapers said the coach would be sacked.", "newspapers"),
    ("Writing in the Guardian, Mr Brown said the tax was unfair.", "Brown"),
])
def test_what_newspapers_and_columnists_write_is_writing(text, speaker):
    [statement] = _record(text)
    assert (statement.speaker.name, statement.act) == (speaker, "writing")


def test_what_a_speaker_says_on_air_stays_speech():
    [statement] = _record("Speaking on BBC Radio 4, Mr Brown said the tax was unfair.")
    assert (statement.speaker.name, statement.act) == ("Brown", "speech")


@pytest.mark.parametrize(("text", "speaker", "act"), [
    ("Tautou will play Hanks' partner, according to various newspapers.", "newspapers", "writing"),
    ("Farrell is to make his debut on US television, according to Daily Variety.", "Daily Variety", "writing"),
    ("The Guardian said the plan would be scrapped.", "Guardian", "writing"),
    ("The plan will be scrapped, according to the BBC.", "BBC", "speech"),
])
def test_what_newspapers_report_is_writing(text, speaker, act):
    [statement] = _record(text)
    assert (statement.speaker.name, statement.act) == (speaker, act)


@pytest.mark.parametrize("text", [
    "The company admitted the disclosure of a 4bn-euro hole in its accounts.",
    "The bank confirmed the sale of its stake in the insurer.",
])
def test_an_event_confirmed_is_no_statement(text):
    assert _record(text) == []


def test_a_claim_confirmed_stays():
    [statement] = _record("The bank confirmed reports that it would sell its stake in the insurer.")
    assert statement.speaker.name == "bank"


def test_an_aside_after_the_subject_does_not_cut_the_content():
    [statement] = _record("The survey suggested crime, unlike unemployment, was the main worry of voters.")
    assert statement.content.text == "crime, unlike unemployment, was the main worry of voters"


@pytest.mark.parametrize("text", [
    "Sumitomo bosses told counterparts at UFJ of its decision on Friday.",
    "The firm told staff of the plan on Monday.",
])
def test_a_hearer_told_of_a_topic_is_no_statement(text):
    assert _record(text) == []


def test_what_a_hearer_was_told_stays():
    [statement] = _record("The firm told staff the plan would go ahead.")
    assert statement.content.text == "the plan would go ahead"


def test_a_title_line_with_a_colon_is_no_turn():
    text = ("The Ninth Circle: The Hellish View from Inside the Beltway, #2.\n\n"
            "In our last epistle we mocked the ambitions of three hopefuls.\n")
    assert _record(text) == []


def test_a_first_line_turn_with_a_verb_stays():
    [statement] = _record("Trump: I am the best candidate for the job.\n\nThe candidate spoke in Iowa on Monday.\n")
    assert (statement.speaker.name, statement.content.text) == ("Trump", "I am the best candidate for the job.")
