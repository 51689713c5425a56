"""Role nouns with a qualifier and epithets before anyone has spoken (issue 11), on
sentences from PolNeAR train outside its held-out part (docs/engine.md, "Speaker
resolution"): "the two-term president" is the person the article calls president, a
qualifier ("two-term", "presumptive") naming no office and no body; "the presumptive
Republican nominee" is the only person named so far when no one has spoken or acted yet,
and stays unresolved when two people were named."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of

# PolNeAR train (AP, 2016-05-18): Trump is named only inside the content of the first
# statement, so no one is in play when the epithet speaks.
_NOMINEE = ("WASHINGTON (AP) — Donald Trump has invested in some of the companies that he uses as punching bags on "
            "the campaign trail, according to new financial documents he submitted to the U.S. government.\n\n"
            "In his 104-page public financial disclosure report, the presumptive Republican nominee reported holding "
            "investments in companies like Ford Motor Co. and Apple Inc.\n")

# PolNeAR train (AFP, 2016-07-27), with the President's title from the article's lead.
_PRESIDENT = ("President Barack Obama will speak on Wednesday.\n\nObama, acting as a character reference for his former "
              "primary foe, will make the case to Democrats that Clinton is uniquely qualified.\n\n\u201cNothing truly "
              "prepares you for the demands of the Oval Office,\u201d the two-term president will say, according to "
              "excerpts of his speech released by the White House.\n")


def test_an_epithet_stays_unresolved_when_two_people_were_named():
    text = _NOMINEE.replace("Donald Trump has", "Donald Trump and Hillary Clinton have")
    speaker, _ = speaker_of(text, "Apple")
    assert speaker.unnamed and speaker.name != "Donald Trump"


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        _NOMINEE,
        "Apple", {"name": "Donald Trump", "unnamed": False},
        id="an_epithet_is_the_only_person_named_when_no_one_is_in_play"),
    pytest.param(
        _PRESIDENT,
        "Oval Office", {"name": "Barack Obama", "unnamed": False},
        id="a_qualifier_before_an_office_does_not_stop_the_holder_from_holding_it"),
    # PolNeAR train breitbart_2016-03-01: "fellow Sen. Ted Cruz" gave the title "fellow",
    # which hid the "Texas Sen. Ted Cruz" the article gives later
    pytest.param(
        "Rubio won second place in Nevada and South Carolina but still trails rivals Donald Trump and fellow Sen. "
        "Ted Cruz in the much-needed delegates needed to win his party's nomination. Republican South Carolina Sen. "
        "Lindsey Graham says the only way to stop Donald Trump may be to rally behind Texas Sen. Ted Cruz. Ted Cruz "
        "is drawing sharp contrasts between himself and Republican front-runner Donald Trump. Cruz said the field "
        "remained divided.",
        "field", {"name": "Ted Cruz", "title": None, "affiliation": None},
        id="fellow_before_a_name_relates_and_names_no_role"),
    pytest.param(
        '"We will win," said fellow candidate Ben Carson.',
        "win", {"name": "Ben Carson", "title": "candidate"},
        id="fellow_before_a_role_is_no_part_of_it"),
    # devgold breitbart_2016-07-19: "Republican party boss" -> boss / Republican party
    pytest.param(
        "\u201cThe distraction gets you off message a little,\u201d said Republican party boss Reince "
        "Priebus, though he added that he expected the flap to fade quickly.",
        "distraction", {"name": "Reince Priebus", "title": "boss", "affiliation": "Republican party"},
        id="party_before_a_role_is_the_party_s"),
    # devgold entertainment-229 (BBC development slice, verbatim): the magazine's name and its
    # kind are the body, the rest the title
    pytest.param(
        'Q magazine reviews editor Ted Kessler said they were "pretty-boy New York clothes horses" with "an unusually '
        'nimble ear for concise, yearning pop in the mould of Duran Duran or The Strokes".',
        "clothes horses", {"name": "Ted Kessler", "title": "reviews editor", "affiliation": "Q magazine"},
        id="magazine_before_a_role_is_the_body_s"),
    # an invented sentence of the brief's shape ("top tester at PC Pro"): a tester is a trade,
    # "top" a rank kept in the title (docs/annotation.md)
    pytest.param(
        '"The new phones are much faster," said Jim Bloggs, top tester at Microsoft.',
        "faster", {"name": "Jim Bloggs", "title": "top tester", "affiliation": "Microsoft"},
        id="tester_is_a_role"),
    # devgold breitbart_2016-04-15 (PolNeAR train, verbatim): a committeeman's office, written in
    # capitals; "from Virginia" says where he comes from, the party before the role is his body
    pytest.param(
        "\u201cWhat they\u2019ve been desperate to figure out is some mechanism by which they can change the rules,"
        "\u201d Morton Blackwell, the Republican National Committeeman from Virginia, told AFP.",
        "desperate", {"name": "Morton Blackwell", "title": "National Committeeman", "affiliation": "Republican"},
        id="committeeman_is_a_role"),
    # an invented sentence of the same shape: the firm before the role, the home town after it
    pytest.param(
        '"It is good," said Jane Roe, a Google engineer from London.',
        "good", {"name": "Jane Roe", "title": "engineer", "affiliation": "Google"},
        id="a_home_after_from_leaves_the_body_before_the_role"),
    # a senator from a state keeps the state: the office represents it
    pytest.param(
        '"We will win," said Bernie Sanders, the Democratic senator from Vermont.',
        "win", {"name": "Bernie Sanders", "title": "senator", "affiliation": "Vermont"},
        id="an_office_from_a_place_keeps_the_place"),
])
def test_qualified_role_speaker(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected
