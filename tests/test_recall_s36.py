"""Statements the default record missed (issue 12, recall, stop 36): "points out"
(docs/annotation.md, "Acts", lists "pointed out" as speech) reports what was said, in a
quotation's cue, a parenthetical "as X pointed out" and a that-clause, where "pointed to" does
not; a name the tagger read as a common noun speaks; a quotation after "said about X:" and a
paragraph break is what was said. Sentences from PolNeAR train articles outside its held-out
part and BBC development slices, shortened, and made-up counterexamples."""

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
    ("Ministers pointed out that consumer spending had been depressed by one-off factors.", "pointed out",
     "Ministers", "that consumer spending had been depressed by one-off factors"),
])
def test_pointing_out_reports_speech(text, cue, speaker, content):
    (s,) = _by_cue(text, cue)
    assert s.act in DEFAULT_ACTS and s.speaker.name == speaker and s.content.text == content


def test_evidence_that_points_to_something_says_nothing():
    assert [s for s in _by_cue("The data point to a slowdown in the second half of the year.", "point to")
            if s.act in DEFAULT_ACTS] == []


def test_what_is_pointed_to_keeps_its_own_speaker():
    # BBC development slice: the clause is the institute's prediction, not Mr Howard's words
    text = ("Mr Howard pointed to the Institute for Fiscal Studies' predictions that Labour will need to "
            "increase taxes to cover an £11bn gap in its spending plans.")
    (s,) = _by_cue(text, "predictions")
    assert s.act == "speech" and s.speaker.name == "Institute for Fiscal Studies"


def test_pointed_out_is_in_the_speech_subset():
    assert "point" in SPEECH_VERBS
    assert is_speech("points out") and is_speech("pointed out")


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


def test_a_quotation_after_said_about_and_a_colon_is_what_was_said():
    # PolNeAR train: the topic after "about" is not the words; the paragraph after the colon is
    text = ("In a press release earlier this month, the Democrat convention committee said about its specific "
            "inclusion of Planned Parenthood in the latest draft of its platform:\n\n"
            "\"The platform goes further than previous Democratic platforms on women's reproductive rights. "
            "It champions Planned Parenthood health centers.\"")
    (s,) = _by_cue(text, "said")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Democrat convention committee"
    assert s.content.text.startswith("\"The platform goes further") and s.kind == "direct"
