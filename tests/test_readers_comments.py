"""Readers' comments printed under an article are out of the record (issue 12;
attribute/readers.py): a reader's letter closing the article, comments signed every common
way, the only comment under a heading; the article speaking of itself ("As this article
says") is never a speaker; a reporter's quoted sign-off is no letter."""

from __future__ import annotations

import pytest
from conftest import record_of, statements_by_cue

from onrecord.attribute.readers import readers_comments
from onrecord.schema import DEFAULT_ACTS


_BODY = "Fans react to price rise\n\nThe club said on Monday that season tickets would rise by 10%.\n\n"


def test_a_readers_letter_closing_the_article_is_out_of_the_record():
    text = ("The council voted to close the library on Monday.\n\n"
            "The mayor told me the closure is a disgrace and would save nothing at all.\n"
            "John Smith, Leeds, UK\n")
    told = statements_by_cue(text, "told")
    assert told and all(s.act not in DEFAULT_ACTS and s.explanation.endswith("a reader's comment") for s in told)


def test_a_quoted_reporters_sign_off_is_no_letter():
    text = ('The council voted to close the library.\n\n"I think it is a disgrace," the mayor told reporters '
            'on Monday in Leeds.\nBBC News, Leeds\n')
    assert any(s.act in DEFAULT_ACTS for s in statements_by_cue(text, "told"))


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
    assert [s.speaker.name for s in record_of(text)] == ["club"]


def test_the_only_comment_under_a_heading_is_out_and_the_heading_is_no_cue():
    text = (_BODY + "Here are some of your comments:\n\nAs this article points out, the club has no choice but to "
            "raise prices if it wants a new ground.\nMark Jones, Leeds, England\n")
    assert [s.speaker.name for s in record_of(text)] == ["club"]


def test_this_article_is_never_a_speaker():
    text = _BODY + "As this article says, the club has no choice but to raise prices if it wants a new ground.\n"
    assert [s.speaker.name for s in record_of(text)] == ["club"]
    kept = record_of("The report says the club has no choice but to raise prices.")
    assert [s.speaker.name for s in kept] == ["report"]
