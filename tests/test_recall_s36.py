"""Statements the default record missed (issue 12, recall, stop 36): a name the tagger read
as a common noun speaks; a quotation after "said about X:" and a paragraph break is what was
said. Sentences from PolNeAR train articles outside its held-out part, shortened, and made-up
counterexamples."""

from __future__ import annotations

import functools

from conftest import statements_by_cue

from onrecord.schema import DEFAULT_ACTS

_by_cue = functools.partial(statements_by_cue, published="2016-03-01")


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
