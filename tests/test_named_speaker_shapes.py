"""Speaker shapes found on BBC development slices (stop 47): letters for a seat after a
name, and others; each case a real sentence or one of the same shape."""

from __future__ import annotations

import pytest
from conftest import speaker_fields


@pytest.mark.parametrize("text, word, expected", [
    # BBC politics (development slice): "MP" is his seat, not the speaker with "Frank Field" as his body
    pytest.param(
        "Former welfare minister Frank Field MP criticised the reported rivalry between the pair on GMTV's "
        "Sunday Programme.",
        "rivalry", {"name": "Frank Field", "title": "Former welfare minister", "affiliation": None},
        id="a_seat_s_letters_after_a_name_are_no_speaker"),
    # the same shape with the NER taking the letters into the name
    pytest.param(
        "Derek Wyatt MP said the plan would fail.",
        "plan", {"name": "Derek Wyatt"},
        id="a_seat_s_letters_leave_the_name"),
    # a firm's two-word name the NER cut into a body and a surname (BBC business, the same shape)
    pytest.param(
        "Lockheed Martin accused its rival Boeing of using stolen documents to win the contract.",
        "stolen documents", {"name": "Lockheed Martin", "type": "organization", "affiliation": None},
        id="a_firm_s_name_is_not_cut_to_a_surname"),
    # BBC politics (development slice): the tagger reads "Tories" as a plural noun; both parties speak
    pytest.param(
        "He urged a limit on the number of quangos that could be set up by any individual government department. "
        'Tories and Lib Dems welcomed the report and called for a "slimming down".',
        "slimming", {"name": "Tories and Lib Dems", "type": "group"},
        id="two_parties_the_first_a_plural_speak_together"),
    # BBC entertainment (development slice): each surname of the pair the lawyers act for, in full
    pytest.param(
        "Photographers Jamie Fawcett and Ben McDonald were in court. Lawyers for Mr Fawcett and Mr McDonald "
        "denied that the pair were involved in the chase.",
        "involved", {"affiliation": "Jamie Fawcett and Ben McDonald"},
        id="coordinated_surnames_for_whom_a_group_acts_are_named_in_full"),
    # BBC entertainment (development slice): the UK is where the film-maker is from, no body of hers
    pytest.param(
        "Sophie Okonedo failed to win. The UK's Andrea Arnold won the short film award for her gritty drama "
        'Wasp. Arnold said it was "totally overwhelming" to win.',
        "overwhelming", {"name": "Andrea Arnold", "affiliation": None},
        id="a_country_s_possessive_before_a_person_with_no_role_is_no_affiliation-1"),
    # a role keeps its country
    pytest.param(
        "Britain's ambassador Sir John Smith arrived. Sir John said it was hard.",
        "hard", {"title": "ambassador", "affiliation": "Britain"},
        id="a_country_s_possessive_before_a_person_with_no_role_is_no_affiliation-2"),
    # a reader's sentence: the named body after the description of its part speaks
    pytest.param(
        "The leading plaintiff in the case, the University of California, said the deal was fair.",
        "deal", {"name": "University of California", "type": "organization", "title": None},
        id="a_body_apposed_to_a_role_description_speaks-1"),
    # a document's apposed name does not make a body speak
    pytest.param(
        "The report, the OECD Economic Outlook, said growth was slowing.",
        "growth", {"type": "document"},
        id="a_body_apposed_to_a_role_description_speaks-2"),
    # BBC tech (development slice): "the site" is the site named before it
    pytest.param(
        "The campaign is thought to be behind the closure of the widely used Suprnova.org website. In a message "
        "posted on Suprnova.org on Sunday, the site's controllers said the site was \"closing down for good\".",
        "closing down", {"name": "controllers", "affiliation": "Suprnova.org"},
        id="the_site_s_people_belong_to_the_site_named_before-1"),
    # the same shape with the site's name before "website" only
    pytest.param(
        "Fans flocked to the Eurostar Fans website on Monday. The site's owners said the page would close.",
        "page would close", {"affiliation": "Eurostar Fans"},
        id="the_site_s_people_belong_to_the_site_named_before-2"),
    # BBC entertainment (development slice): the man who leads his lawyers is his lawyer
    pytest.param(
        "Music producer Phil Spector has been charged with murder. His lawyers, led by Bruce Cutler, have vowed "
        'to prove him innocent at trial. Mr Cutler said: "Phil did not cause the death of this woman."',
        "cause the death", {"name": "Bruce Cutler", "title": "lawyer", "affiliation": "Phil Spector"},
        id="the_leader_of_a_group_of_role_holders_has_their_role"),
    # a role a firm holds before a body's name: the firm speaks, with no title
    pytest.param(
        "Shares in BP rose. Main sponsor BP said it would review the deal.",
        "review", {"name": "BP", "type": "organization", "title": None},
        id="a_role_a_body_holds_before_its_name_is_no_title-1"),
    # a person keeps it
    pytest.param(
        "Major shareholder Warren Buffett said he would review the deal.",
        "review", {"name": "Warren Buffett", "title": "Major shareholder"},
        id="a_role_a_body_holds_before_its_name_is_no_title-2"),
])
def test_named_speaker_shape(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected
