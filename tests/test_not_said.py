"""Sentences whose speech verb reports nothing said (issue 12): "as the strike continues"
is no parenthetical report, and a present verb under "if"/"unless" a condition."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize("text", [
    "Pensioners are being promised energy savings by the Liberal Democrats, as snow and cold temperatures continue.",
    "The talks will resume on Monday, as the strike continues.",
])
def test_as_something_continues_reports_nothing(text):
    assert not [s for s in extract(text, "2005-03-01").statements if s.cue is not None and "contin" in s.cue.text]


def test_a_quotation_continued_is_still_said():
    (statement,) = _by_cue("\u201cWe will not give up,\u201d he continued.", "continued")
    assert statement.content.text == "\u201cWe will not give up,\u201d" and statement.act == "speech"


def test_a_present_progressive_under_unless_is_a_condition():
    found = _by_cue("Once you are in a dilemma - unless you are repeating the experience many times over - it is "
                    "hard to escape.", "are repeating")
    assert found and all(s.act not in DEFAULT_ACTS and "a condition, not a statement" in s.explanation for s in found)


def test_what_was_said_before_the_condition_stays():
    found = _by_cue("The minister said the deal was off unless the unions are ready to talk.", "said")
    assert [s.content.text for s in found] == ["the deal was off unless the unions are ready to talk"]
    assert found[0].act == "speech"


def test_a_thing_that_highlights_a_noun_is_narration():
    found = _by_cue("At the show, the technologies highlighted the kind of trends to come.", "highlighted")
    assert found and all(s.act not in DEFAULT_ACTS and "narration" in s.explanation for s in found)


def test_a_document_that_highlights_still_writes():
    found = _by_cue("The report highlighted the risks of the new tax.", "highlighted")
    assert found and all(s.act == "writing" for s in found)


def test_a_cue_word_in_a_title_is_no_cue():
    text = "Their singles include What I Go To School For, Year 3000, Crashed The Wedding, You Said No, and Who's David?"
    assert not [s for s in extract(text, "2005-03-01").statements if s.act in DEFAULT_ACTS]


def test_a_campaign_named_with_a_cue_word_leaves_its_spokesman_speaking():
    text = "Graham Robb, spokesman for North East Says No, said the campaign had been dragged into the gutter."
    found = [s for s in extract(text, "2005-03-01").statements if s.act in DEFAULT_ACTS]
    assert [(s.cue.text, s.content.text) for s in found] == [("said", "the campaign had been dragged into the gutter")]
    assert all("a title, not words" in s.explanation for s in _by_cue(text, "Says"))


def test_a_headline_in_capitals_keeps_its_cue():
    found = _by_cue("Trump Says He Will Win Florida\n\nDonald Trump said on Monday he would win.", "Says")
    assert [s.content.text for s in found] == ["He Will Win Florida"]
