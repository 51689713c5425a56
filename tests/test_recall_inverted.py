"""Statements the default record missed (issue 12, recall, stop 31): a trailing inverted
"..., said X." that the parser joined to the clause it reports as a conjunct ("the plant is
hanging on, but it is under pressure, said its chief executive"); the clause "told" reports
that the parser joined to the clause above the cue ("with McCain telling reporters on
Thursday he viewed Obama as responsible"); a quotation set off by dashes with its cue
("... Mrs. Clinton — “Born with a silver spoon,” Mr. Elkins said — but ..."); and a
parenthetical read as an apposition ("Democrats, Frank notes, applaud ..."); a quotation
after the long phrase of its cue ("who lamented in an interview with X, “...”"). Sentences
from PolNeAR train articles outside its held-out part, shortened, and made-up
counterexamples."""

from __future__ import annotations

import functools

from conftest import statements_by_cue

from onrecord.schema import DEFAULT_ACTS

_by_cue = functools.partial(statements_by_cue, published="2016-04-27")


def test_an_inverted_trailing_said_reports_the_clauses_before_it():
    text = ("In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from "
            "Asian imports, said the company's chief executive, John J. Ferriola.")
    (s,) = _by_cue(text, "said")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "John J. Ferriola" and s.speaker.title == "chief executive"
    assert s.content.text == ("In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense "
                              "pressure from Asian imports")


def test_a_said_joined_with_a_subject_before_it_is_no_inverted_trailer():
    assert _by_cue("Prices rose, and the firm said nothing.", "said") == []


def test_a_clause_told_to_reporters_hung_on_the_sentence_root_is_what_was_told():
    text = ("The attack sparked a fresh debate, with Republican Senator John McCain telling reporters on Thursday "
            "he viewed Obama as “directly responsible” for the attack.")
    (s,) = _by_cue(text, "telling")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "John McCain"
    assert s.content.text == "he viewed Obama as “directly responsible” for the attack"
    assert s.when is not None and s.when.expression == "on Thursday"


def test_a_clause_told_to_reporters_hung_as_a_complement_of_the_root_is_what_was_told():
    # recall-3: here the parser made "viewed" a complement (ccomp) of "sparked", not a conjunct
    text = ("The attack sparked a fresh debate over how the United States responds to Islamist militant violence "
            "at home and abroad, with Republican Senator John McCain telling reporters on Thursday he viewed Obama "
            "as “directly responsible” for the Orlando attack.")
    (s,) = _by_cue(text, "telling")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "John McCain"
    assert s.content.text == "he viewed Obama as “directly responsible” for the Orlando attack"


def test_a_clause_after_a_comma_and_and_is_not_what_was_told():
    assert _by_cue("The mayor told reporters about the plan, and the council agreed.", "told") == []


def test_a_quotation_set_off_by_dashes_is_all_its_cue_reports():
    text = ("Neither man was impressed by Mrs. Clinton — “Born with a silver spoon in her mouth,” Mr. Elkins said — "
            "but they could not bring themselves to vote for Mr. Trump.")
    (s,) = _by_cue(text, "said")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Elkins" and s.kind == "direct"
    assert s.content.text == "“Born with a silver spoon in her mouth,”"


def test_a_clause_with_a_dash_inside_it_before_the_quotation_stays_whole():
    text = "The plan - which the council backed - “will cost far too much,” the mayor said."
    (s,) = _by_cue(text, "said")
    assert s.content.text.startswith("The plan")


def test_a_parenthetical_read_as_an_apposition_of_the_subject_reports_its_host():
    text = ("Democrats, Frank notes, applaud the shrewd technocratic management of the first black governor of "
            "Massachusetts, Deval Patrick.")
    (s,) = _by_cue(text, "notes")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Frank"
    assert s.content.text == text[:-1]



def test_a_quotation_after_the_long_phrase_of_its_cue_is_what_was_said():
    text = ("Then there was the conservative radio host Charlie Sykes, who lamented in an interview with the Business "
            "Insider politics editor Oliver Darcy, “We have spent 20 years demonizing the liberal mainstream media.”")
    (s,) = _by_cue(text, "lamented")
    assert s.act in DEFAULT_ACTS and s.kind == "direct" and s.speaker.name == "Charlie Sykes"
    assert s.content.text == "“We have spent 20 years demonizing the liberal mainstream media.”"



def test_a_noun_read_as_a_speech_verb_before_a_clause_hung_on_the_root_reports_nothing():
    # devgold (PolNeAR): "states" is the noun of "which states", not a verb with a clause
    text = "Earhardt then asked Rubio which states specifically he could win."
    assert _by_cue(text, "states") == []
