"""Speakers the sentence names that a misread parse hid (issue 11, stop 32): an inverted
cue's titled name read as a clause, a name read as an adverb of its verb, a subject hung on
an aside's auxiliary, a name before a party-and-state parenthesis, a verb left unjoined
after a comma, a name the tagger took for a common noun, and the quote paragraphs that go
on with them. One short text per rule, parsed by the real pipeline."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from onrecord import extract


def test_an_inverted_cues_titled_name_speaks_and_is_never_said():
    text = '"This is typical of hypocrisy," said Tory shadow local government secretary Caroline Spelman.'
    statements = extract(text, published="2005-03-01").statements
    assert [(s.speaker.name, s.content.text) for s in statements] == [
        ("Caroline Spelman", '"This is typical of hypocrisy,"')]
    assert statements[0].speaker.mention.text == "Tory shadow local government secretary Caroline Spelman"


def test_a_name_read_as_an_adverb_speaks_and_its_quotes_go_on_with_him():
    text = ('Keeper Dean Kiely said: "We were poor in the first half. We improved after the break."\n\n'
            '"We will kick on now. Our ambition is to progress."')
    speaker, statement = speaker_of(text, "poor")
    assert speaker.name is not None and speaker.name.endswith("Kiely")
    assert statement.cue.text == "said"
    follow, _ = speaker_of(text, "kick on")
    assert follow.name == speaker.name


def test_a_subject_on_the_auxiliary_before_an_aside_speaks():
    text = ("Mr Howard spoke in Leeds on Monday. But he did, for the first time, say there would be tax cuts.\n\n"
            '"At this election, people will have a clear choice between more tax and less tax."')
    assert speaker_of(text, "tax cuts")[0].name == "Howard"
    assert speaker_of(text, "clear choice")[0].name == "Howard"


@pytest.mark.parametrize(("text", "word", "name"), [
    ("Clinton paused, then revealed why the campaign had changed course.", "campaign", "Clinton"),
    ("Johnson paused, then explained why the club had sold its best player.", "club", "Johnson"),
])
def test_a_verb_left_unjoined_after_a_comma_goes_on_with_the_subject(text, word, name):
    assert speaker_of(text, word)[0].name == name


def test_a_name_the_tagger_left_out_before_a_participle_speaks():
    text = ("Weaver didn’t seem particularly impressed with the comments Tuesday, telling reporters, "
            "“A lot of people said the mayor should step down.”")
    assert speaker_of(text, "mayor")[0].name == "Weaver"


def test_a_name_read_as_a_common_noun_at_the_root_speaks_as_itself():
    text = 'Trump defended eminent domain, calling the use of private property an "absolute necessity" for building roads.'
    speaker, _ = speaker_of(text, "necessity")
    assert (speaker.name, speaker.mention.text) == ("Trump", "Trump")


def test_the_phrase_of_a_name_at_the_root_keeps_its_aside_not_the_sentence():
    text = ("Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never "
            "suggested a database.")
    speaker, _ = speaker_of(text, "database")
    assert speaker.mention.text == "Donald Trump, who is vying to be the next president"


def test_a_party_and_state_parenthesis_closes_with_the_speaker_phrase():
    speaker, _ = speaker_of("Sen. Dick Durbin (D-Ill.) said the plan would fail.", "plan")
    assert (speaker.name, speaker.mention.text) == ("Dick Durbin", "Sen. Dick Durbin (D-Ill.)")


def test_a_name_before_a_parenthesis_speaks_for_a_cue_with_no_subject():
    text = ("Thursday at the Republican Jewish Coalition conference in Washington, D.C., Republican, presidential "
            "candidate Sen. Lindsey Graham (R-SC) called out his rival Donald Trump for alienating Hispanics.")
    statements = [s for s in extract(text, published="2015-12-03").statements if s.cue.text == "called out"]
    assert [s.speaker.name for s in statements] == ["Lindsey Graham"]


def test_a_name_after_a_preposition_in_the_inverted_phrase_does_not_speak():
    text = '"Jeremy said he had a rather embarrassing problem," reads a telephone memo for Mr Heath.'
    speaker, _ = speaker_of(text, "embarrassing")
    assert speaker.name != "Heath" and speaker.type == "document"


def test_an_inverted_cues_described_speaker_read_as_its_object_speaks():
    text = '"I must admit that I was the first person to be surprised," added the Uruguayan-born researcher, who has made games.'
    speaker, _ = speaker_of(text, "surprised")
    assert (speaker.name, speaker.unnamed) == ("researcher", True)


def test_an_inverted_cue_inside_an_opening_clause_takes_the_name_not_the_content():
    text = "While the market is weak, said Ms Jones, the firm will keep its staff."
    speaker, statement = speaker_of(text, "staff")
    assert speaker.name == "Jones"
    assert statement.content.text.startswith("While the market is weak")
