"""An editor's pass over the default record on BBC development articles (issue 12, stop 40):
a quotation is not announced by a "said" that is the aside of the next sentence's own clause;
a floating quotation does not go on with a thing's narration; a complaint filed is a legal
action; "Explaining why ..." before the speech verb is the topic; a learned cue does not give
a content a rule already gave. Each sentence is from a BBC development article; the sentences
that look alike but report words stay in."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS

_NATIONWIDE = (
    "Homeowners now expect house prices to rise by 1% over the next six months, Mr Bannister said. He said if "
    "the growth continued at this level then the Bank of England may increase interest rates from their current "
    "4.75%.\n\n\"I think the key is what the Bank expects to happen to the housing market. We always thought we "
    "would see a small rise, they thought they would see a small decline.\" House prices have risen 0.9% this "
    "year, Nationwide said, and if this pace of increase persists, prices would rise by just under 6% in the "
    "year to December.")


def test_a_quotation_is_not_announced_by_the_aside_of_the_next_sentence():
    statements = extract(_NATIONWIDE, "2005-03-01").statements
    (quote,) = [s for s in statements if s.content.text.startswith("\"I think the key")]
    assert quote.speaker.name == "Bannister" and quote.cue is None
    (aside,) = [s for s in statements if s.speaker is not None and s.speaker.name == "Nationwide"]
    assert aside.content.text.startswith("House prices have risen")


def test_a_quotation_after_its_cue_in_the_next_sentence_is_still_announced():
    # the cue of the sentence after a quotation is its own when nothing but its speaker precedes it
    text = "\"It came at the worst possible time.\" Hans Goetti, a Singapore-based fund manager, said on Monday."
    (s,) = _by_cue(text, "said")
    assert s.content.text == "\"It came at the worst possible time.\"" and s.speaker.name == "Hans Goetti"


_STAR_WARS = (
    "\"In the HD version of Episode I, all these make-up lines showed up,\" explains Mr Dean. The restoration of "
    "the older Star Wars episodes revealed some interesting items too.\n\n\"There are scans of a corridor and "
    "fairly plainly in one of those shots, there is a file cabinet stuck behind one of the doorways. \"You never "
    "used to be able to see it because things are just blurred enough during the pan that you just didn't see it.\"")


def test_a_floating_quotation_goes_on_with_the_speaker_before_a_things_narration():
    statements = extract(_STAR_WARS, "2005-03-01").statements
    (narration,) = [s for s in statements if s.cue is not None and s.cue.text == "revealed"]
    assert narration.act not in DEFAULT_ACTS and narration.explanation.endswith("narration")
    floating = [s for s in statements if s.cue is None]
    assert floating and all(s.speaker.name == "Dean" and s.act == "speech" for s in floating)


def test_a_person_who_reveals_a_fact_still_speaks():
    text = "The chancellor revealed plans to scrap the tax on Tuesday."
    (s,) = _by_cue(text, "revealed")
    assert s.act in DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "reason"), [
    ("French stock market regulator AMF has filed complaints against media giant Vivendi Universal, its boss and "
     "another top executive.", "has filed", "an action, not words"),
    ("Explaining why it has asked the WTO to set up a dispute settlement panel on customs barriers, the US Trade "
     "Representative's Office said that it wants to tackle the issue \"early in the EU's process of dealing with "
     "the problems of enlargement\".", "Explaining", "a topic, no words"),
    ("The panel's aim was to try to define what constitutes cheating, assess how much might be going on and suggest "
     "what the government might do to put it right.", "suggest", "a question, not a speaker"),
])
def test_what_says_nothing_stays_out_of_the_record(text, cue, reason):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act not in DEFAULT_ACTS and s.explanation.endswith(reason) for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    ("Explaining that the rules had changed, the minister said the tax would rise.", "said"),
    ("The office said that it wants to tackle the issue early.", "said"),
    ("He explained why the club had sold its best player.", "explained"),
])
def test_words_that_look_alike_stay_in_the_record(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act in DEFAULT_ACTS for s in found)


def test_an_unclosed_quotation_is_given_once():
    text = ("Electoral Commission boss Sam Younger said: \"We know that young people often feel disengaged from "
            "democratic life and we believe in working creatively to encourage their interest and participation. "
            "\"Mock elections can play an extremely valuable role in helping young people understand how the "
            "democratic process works and why it matters,\" he said.")
    statements = extract(text, "2005-03-01").statements
    spans = [(s.content.start, s.content.end) for s in statements]
    assert len(spans) == len(set(spans)) and statements
    assert all(s.speaker.name == "Sam Younger" for s in statements)


def test_a_clause_on_a_quoted_word_is_part_of_the_same_content():
    text = ("In 2003, Stewart said he was \"astounded\" he had never won a Grammy - but \"they tend not to give it "
            "to the British unless you're Sting\".")
    (s,) = _by_cue(text, "said")
    assert s.content.text.startswith("he was \"astounded\" he had never won a Grammy")

