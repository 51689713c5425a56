"""Words said that make no clause (issue 12, recall, stop 36; ``attribute.answer_words``): a
one-word answer ("said no", "answered yes", "says so") and a question put after a colon
("asked Republicans a simple question: Who ...?"). Sentences from PolNeAR train articles
outside its held-out part and BBC development slices, shortened, and made-up
counterexamples."""

from __future__ import annotations

import functools

import pytest
from conftest import statements_by_cue

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS

_by_cue = functools.partial(statements_by_cue, published="2016-03-01")


@pytest.mark.parametrize(("text", "cue", "content", "title"), [
    ("Asked if he was ever bullied, the Republican presidential candidate said no. But he said bullying "
     "doesn't just happen to kids.", "said", "no", "presidential candidate"),
    ("Asked whether the plan would go ahead, the chief executive said yes.", "said", "yes", "chief executive"),
    ("Reporters asked whether the company would cut jobs. The chief executive says so.", "says", "so", "chief executive"),
])
def test_a_one_word_answer_is_what_was_said(text, cue, content, title):
    (s,) = [s for s in _by_cue(text, cue) if s.content.text == content]
    assert s.act in DEFAULT_ACTS and s.speaker.title == title


@pytest.mark.parametrize(("text", "cue"), [
    ("He said no to the Iraq war.", "said"),  # a refusal: a side taken, not an answer
    ("The council will go ahead if Smith says so.", "says"),  # a supposition
    ("Just say no.", "say"),  # a slogan: no one answering
    ("Their singles include Year 3000, Crashed The Wedding, You Said No, and Who's David?", "Said"),
])
def test_no_answer_where_the_word_answers_nothing(text, cue):
    # no statement at all, in the default record or out of it, has the lone word for content
    assert not [s for s in extract(text).statements if s.content.text.lower() in ("no", "so")]


def test_a_question_put_after_a_colon_is_the_askers_words():
    text = ("During Saturday night's candidate debate, ABC moderator David Muir asked Republicans a simple "
            "question: Who do you think will win the Super Bowl, the North Carolina Panthers or the Denver Broncos?")
    (s,) = _by_cue(text, "asked")
    assert s.act == "speech" and s.speaker.name == "David Muir"
    assert s.content.text == "Who do you think will win the Super Bowl, the North Carolina Panthers or the Denver Broncos?"


def test_a_question_with_no_words_after_it_is_no_statement():
    assert _by_cue("She asked the question again at the hearing.", "asked") == []
