"""Speech verbs the lexicon lacked (issue 12, recall, stop 36): "points out" (docs/annotation.md,
"Acts", lists "pointed out" as speech) and "reminded" report what was said, in a quotation's
cue, a parenthetical "as X pointed out" and a that-clause. Sentences from PolNeAR train
articles outside its held-out part, shortened, and made-up counterexamples."""

from __future__ import annotations

import functools

import pytest
from conftest import statements_by_cue

from onrecord.attribute.lexicon import SPEECH_VERBS
from onrecord.evaluate.cues import is_speech
from onrecord.schema import DEFAULT_ACTS

_by_cue = functools.partial(statements_by_cue, published="2016-03-01")


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("“There were some of us who thought until recently you might be able to work with them,” Bozell points out.",
     "points out", "Bozell", "“There were some of us who thought until recently you might be able to work with them,”"),
    ("And as Menendez pointed out, Supreme Court rulings and new legislation have real, lasting impact on real women.",
     "pointed out", "Menendez", "Supreme Court rulings and new legislation have real, lasting impact on real women"),
    ("Mr Brown reminded voters that the party had cut taxes twice.", "reminded", "Brown",
     "that the party had cut taxes twice"),
])
def test_pointing_out_and_reminding_report_speech(text, cue, speaker, content):
    (s,) = _by_cue(text, cue)
    assert s.act in DEFAULT_ACTS and s.speaker.name == speaker and s.content.text == content


def test_evidence_that_points_to_something_says_nothing():
    assert [s for s in _by_cue("The data point to a slowdown in the second half of the year.", "point to")
            if s.act in DEFAULT_ACTS] == []


def test_pointed_out_is_in_the_speech_subset():
    assert {"point", "remind"} <= SPEECH_VERBS
    assert is_speech("points out") and is_speech("reminded")


def test_a_name_the_tagger_read_as_a_noun_speaks():
    # PolNeAR train, an AP live blog: "Trump" opening a paragraph is tagged a common noun
    text = ("Donald Trump is telling a town hall in Salem that he will win.\n\n"
            "Trump predicts that as Jeb Bush and other Republican candidates eventually drop out, "
            "many of their supporters will switch to his side.")
    (s,) = _by_cue(text, "predicts")
    assert s.act == "speech" and s.speaker.name == "Donald Trump"


def test_a_thing_that_predicts_is_still_narration():
    (s,) = _by_cue("Oil prices rose. Oil predicts that prices will rise.", "predicts")
    assert s.act not in DEFAULT_ACTS
