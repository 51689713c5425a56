"""A bare "others", "some" or "many" as a speaker is part of the group named as a subject
just before it (issue 11, speaker resolution; attribute/partitive_crowds.py)."""

from __future__ import annotations

import pytest
from conftest import speaker_of

# BBC business/239 (a development slice)
HOUSING = ("UK housing wealth triples\n\nHalifax's own monthly figures on house sales - issued on Thursday - suggest "
           "the average price of a British property now stands at £163,748 after a 0.8% rise in January. Housing "
           "experts are split on prospects for the market, with some saying price growth will slow but not fall, "
           "while others predict a sharp drop in values.")
# BBC tech/364 (a development slice)
PODCASTS = ("Podcasters look to net money\n\nOne, Eric Rice, has won sponsorship from Warner Bros. Some commentators "
            "on the net say it has a similar feel to the dotcom days. Others say it is just another element of "
            "setting media free from big companies and letting people be creative.")


@pytest.mark.parametrize(("text", "word", "name"), [
    pytest.param(HOUSING, "sharp drop", "Housing experts", id="others_in_the_sentence_of_the_group"),
    pytest.param(PODCASTS, "setting media free", "commentators", id="others_after_some_of_the_group"),
])
def test_a_bare_partitive_speaker_is_the_group_named_before(text, word, name):
    speaker, statement = speaker_of(text, word)
    assert (speaker.name, speaker.type, speaker.unnamed) == (name, "group", True)
    assert speaker.mention.text.lower() == "others"
    assert statement.explanation.endswith("partitive")


def test_others_with_a_phrase_of_their_own_stay_as_written():
    speaker, _ = speaker_of(
        "Party split over plan\n\nSome ministers said the plan would work. Others in the party warned it would "
        "cost jobs.", "cost jobs")
    assert speaker.name != "ministers"


def test_others_after_people_inside_a_relative_clause_are_not_those_people():
    # BBC tech/157 (a development slice): the others are games, not the players of one
    speaker, _ = speaker_of(
        "Political games boom\n\nMore than 20 followed suit, including Frontrunner, eLections, President Forever "
        "and The Political Machine, which allowed players to run an entire presidential campaign, including having "
        "to cope with the media. Others helped raise the stakes during the Bush/Kerry contest by highlighting a "
        "candidate's virtues or his vices.", "virtues")
    assert speaker.name != "players"
