"""Reader-judged shapes (issue 12, stop 34): an inverted "says X" aside after an opening
adverbial ("By contrast, says Mr Cox, the Mac mini is cheap"), which the parser read as a
relative clause hung on the speaker. Made-up sentences in the shape of BBC dev-slice ones."""

from __future__ import annotations

import functools

from conftest import statements_by_cue

from onrecord.schema import DEFAULT_ACTS

_by_cue = functools.partial(statements_by_cue, published="2005-03-15")


def test_an_inverted_says_after_an_opening_adverbial_reports_the_sentence():
    (s,) = _by_cue("By contrast, says Mr Cox, the Mac mini is cheap.", "says")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Cox"
    assert s.content.text == "By contrast, says Mr Cox, the Mac mini is cheap"



def test_a_joined_report_of_another_named_speaker_ends_the_first_content():
    text = ("After falls at the end of 2004, Halifax said house prices rose by 0.8% in January and Nationwide "
            "reported a rise of 0.4% in the first month of the year.")
    (s,) = _by_cue(text, "said")
    assert s.speaker.name == "Halifax" and s.content.text == "house prices rose by 0.8% in January"


def test_a_joined_report_after_that_stays_in_the_content():
    (s,) = _by_cue("He said that prices rose and that analysts said so too.", "said")
    assert s.content.text == "that prices rose and that analysts said so too"
