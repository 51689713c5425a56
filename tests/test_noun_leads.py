"""A noun of speech leading into its words through a copula's that-clause or a colon
(issue 12, recall, stop 30): "The Florida senator's answer was that ...", "Blair had a
message for the unions: ...". Sentences shortened from PolNeAR train and made-up
counterexamples."""

from __future__ import annotations

import functools

import pytest
from conftest import statements_by_cue

_by_cue = functools.partial(statements_by_cue, published="2016-03-01")


def test_a_speech_nouns_copula_clause_is_what_was_said():
    text = ("The Florida senator’s answer was that “the most important institution in society is the family,” "
            "so government should help families cope with child care costs.")
    (s,) = _by_cue(text, "answer")
    assert s.act == "speech" and s.speaker.title == "senator"
    assert s.content.text.startswith("that “the most important institution in society is the family,”")


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ('Blair had a message for the unions: "Do not strike this winter."', "message", "Blair",
     '"Do not strike this winter."'),
    ('Gordon Brown made a promise: "No family will pay more tax under Labour."', "promise", "Gordon Brown",
     '"No family will pay more tax under Labour."'),
])
def test_a_colon_after_a_speech_noun_introduces_what_was_said(text, cue, speaker, content):
    (s,) = _by_cue(text, cue)
    assert s.act == "speech" and s.speaker.name == speaker and s.content.text == content


def test_a_belief_noun_before_a_clause_stays_a_belief():
    (s,) = _by_cue("Mr Smith's view is that the war was a mistake.", "view")
    assert s.act == "belief" and s.content.text == "that the war was a mistake"


def test_a_noun_with_no_owner_gives_no_statement():
    assert _by_cue('The statement was blunt: "We will not negotiate with terrorists."', "statement") == []


def test_a_colon_before_a_list_is_no_statement():
    assert _by_cue("The company issued a statement: Monday.", "statement") == []


def test_a_pronoun_owner_inside_a_phrase_gives_way_to_the_clauses_subject():
    text = ("As if addressing the magnate directly, the Illinois Board of Elections was conclusive in its "
            "findings: “Further discussion on this issue is unnecessary.”")
    (s,) = _by_cue(text, "findings")
    assert s.speaker.name == "Illinois Board of Elections"
    assert s.content.text == "“Further discussion on this issue is unnecessary.”"


def test_words_a_speech_verb_already_has_are_not_found_again():
    text = "Emanuel was gloomy. His final assessment: “It’s not quite optimistic,” he said."
    assert _by_cue(text, "assessment") == []
