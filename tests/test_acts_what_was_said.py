"""Stop 45 (issue 12, what was said and nothing else): sayings no one was there to make,
and words that came written through a letter or a petition."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "act", "reason"), [
    # the shape of BBC dev "Labour representatives were unavailable for comment", with the topic given
    ("Labour representatives were unavailable to comment on why the vote had been delayed.", "to comment on",
     "stance", "negated, left unsaid"),
    ("A spokesman was not available to comment on the claims.", "to comment on", "stance", "negated, left unsaid"),
    ("Nobody was available to explain why the trains were late.", "to explain", "stance", "negated, left unsaid"),
    ("The firm was unable to say whether the plant would close.", "to say", "stance", "negated, left unsaid"),
    ("The minister was unwilling to say whether taxes would rise.", "to say", "intention", "refusal with no words"),
])
def test_a_saying_no_one_was_there_to_make_leaves_the_record(text, cue, act, reason):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act == act and s.act not in DEFAULT_ACTS and s.explanation.endswith(reason) for s in found)


def test_available_to_comment_still_says():
    (said,) = _by_cue("A spokesman, available to comment on Monday, said the claims were false.", "said")
    assert said.act == "speech" and said.content.text == "the claims were false"


@pytest.mark.parametrize(("text", "cue"), [
    # BBC dev business/469's "has signed a 'letter of intent' stating its determination ...", written plainly
    ("More than 100 MPs have signed an open letter calling for a ban on fur farming.", "calling for"),
    ("Campaigners delivered a petition demanding that the school stay open.", "demanding"),
    ("The union published an open letter to the prime minister saying the cuts were unfair.", "saying"),
    ("The group wrote to the minister, saying the plan would fail.", "saying"),
])
def test_a_participle_of_speech_on_a_letter_writes(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act == "writing" for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister signed the bill, saying it would protect children.", "saying"),
    ("The minister left the meeting, saying the talks had failed.", "saying"),
])
def test_a_participle_on_a_deed_still_speaks(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act == "speech" for s in found)


# acts-47: a verb of speech joined to the verb that put out the letter or statement, with no
# subject of its own, gives its words too (PolNeAR train wash-post_2015-11-08, devgold;
# usa-today_2016-08-10); joined to a deed it still speaks
@pytest.mark.parametrize(("text", "cue", "act"), [
    ('A group of 67 Latin American artists, writers, actors and scientists this week published an open letter about '
     'the "hateful discourse of Trump" and called on people to "remember the historic campaigns against other ethnic '
     'groups that ended with millions dead."', "called on", "writing"),
    ('American Bridge President Jessica Mackler issued a statement saying his comment "has absolutely no place in '
     'American democracy" and said Republican leaders will have a "day of reckoning."', "said", "writing"),
    ("The president signed the bill and said it was a historic day.", "said", "speech"),
])
def test_a_verb_joined_to_putting_out_a_letter_writes(text, cue, act):
    found = _by_cue(text, cue)
    assert found and all(s.act == act for s in found)


def test_an_infinitive_after_a_deeds_object_is_its_purpose():
    # the parser reads "to describe" as a complement of "coined", not a purpose clause
    found = _by_cue("John Smith has coined the term 'digital serfdom' to describe the trend.", "to describe")
    assert found and all(s.act == "intention" and s.explanation.endswith("a purpose, not words") for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    ("The government announced proposals on Monday.", "announced"),
    # BBC dev tech/215's "the European Commission announced its ... initiative", its name left out
    ("In Nice last week, the European Commission announced its initiative.", "announced"),
    ("The council has announced a review.", "has announced"),
])
def test_a_plan_announced_bare_says_nothing(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act == "intention" and s.explanation.endswith("a plan named, no words") for s in found)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The company announced a plan to cut 500 jobs.", "announced", "a plan to cut 500 jobs"),
    ("The firm announced that it would cut 500 jobs.", "announced", "that it would cut 500 jobs"),
])
def test_a_plan_announced_with_what_it_proposes_is_said(text, cue, content):
    (said,) = _by_cue(text, cue)
    assert said.act == "speech" and said.content.text == content


def test_a_participle_before_its_noun_pledges_nothing():
    # PolNeAR train: "The figures include pledged delegates and superdelegates."
    found = _by_cue("Clinton won most of the pledged delegates. The figures include pledged delegates and "
                    "superdelegates.", "pledged")
    assert found and all(s.act not in DEFAULT_ACTS for s in found)


def test_a_past_tense_pledge_still_speaks():
    # a verb, not a participle describing its noun; a promise of a thing is a commitment
    # (bare_objects.py), an intention, where "pledged that ..." is said
    (said,) = _by_cue("Labour pledged reforms in its manifesto.", "pledged")
    assert said.act == "intention" and "participle" not in said.explanation
    (said,) = _by_cue("Labour pledged that it would reform the House of Lords.", "pledged")
    assert said.act in DEFAULT_ACTS


@pytest.mark.parametrize("text", [
    # BBC dev business/469
    'As part of the draft agreement, Turkey has signed a "letter of intent" stating its determination to push '
    'through reforms.',
    # BBC dev politics/085
    'Lib Dem spokesman Ed Davey meanwhile said instead of the "bonfire of quangos" New Labour had promised, there '
    'had been an "explosion" of them.',
])
def test_a_quoted_term_inside_a_noun_phrase_is_no_ones_words(text):
    from onrecord import extract

    statements = extract(text, "2005-03-01").statements
    assert statements and not [s for s in statements if s.content.text.strip('"') in ("letter of intent", "bonfire of quangos")]


def test_a_quotation_after_that_is_still_said():
    (said,) = _by_cue('He said that "we will win this election".', "said")
    assert said.content.text == 'that "we will win this election"'


def test_a_quoted_characterisation_after_an_article_is_still_said():
    # PolNeAR train: "Sanders' campaign called AP's report a "rush to judgment," because ..."
    from onrecord import extract

    text = 'The Sanders campaign called the report a "rush to judgment," because superdelegates can change their mind.'
    assert any("rush to judgment" in s.content.text and s.act in DEFAULT_ACTS for s in extract(text, "2016-06-08").statements)
