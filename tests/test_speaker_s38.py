"""Speaker fields, stop 38 (issue 11): a party member's role the NER glued to the party
("a Glasgow-based Labour MSP"), a place a preposition governs before an honorific ("In
Tanzania Mr Brown said"), "its chief executive" as the one chief executive named, a body's
name with a preposition or a verb inside it ("Committee to Protect Bloggers"), and a bare
"Campaign chair" / "Campaign spokesman" as the campaign's role, a plural field after "for"
("adviser for strategic communications") and "of the New York delegation" as the body."""

from __future__ import annotations

from conftest import speaker_of


def test_a_party_members_role_inside_the_ners_body_is_the_title():
    # the lead's shape (stop 37): the NER reads "Labour MSP" as one ORG, which became the body
    speaker, _ = speaker_of("A Glasgow-based Labour MSP, Tom Brown, said the plan was wrong.", "plan")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Tom Brown", "MSP", "Labour")


def test_a_party_members_role_in_apposition_after_the_name():
    speaker, _ = speaker_of("Tom Brown, a Glasgow-based Labour MSP, said the plan was wrong.", "plan")
    assert (speaker.title, speaker.affiliation) == ("MSP", "Labour")


def test_a_place_after_a_preposition_before_an_honorific_is_no_body():
    # the lead's shapes (stop 37): "Tanzania" and "London" were hung on the name as compounds
    speaker, _ = speaker_of("In Tanzania Mr Brown said debt relief was vital.", "debt")
    assert (speaker.name, speaker.affiliation) == ("Brown", None)
    speaker, _ = speaker_of("In a speech to business leaders in London Mr Howard said taxes would fall.", "taxes")
    assert (speaker.name, speaker.affiliation) == ("Howard", None)


def test_a_place_before_a_spelled_out_title_stays_the_title():
    speaker, _ = speaker_of("A letter from Scotland Secretary Alistair Darling said the plan was wrong.", "plan")
    assert (speaker.name, speaker.title) == ("Alistair Darling", "Scotland Secretary")


_FIRM = ("Acme Corp reported a loss on Tuesday. Its chief executive, John Smith, has been in post for two years. "
         "\"We are disappointed,\" its chief executive said.")


def test_its_role_is_the_one_holder_named_with_no_body():
    speaker, _ = speaker_of(_FIRM, "disappointed")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("John Smith", "chief executive", "Acme Corp")


def test_its_role_is_not_a_holder_named_with_more_before_the_role():
    # "Beta chief executive": perhaps another firm's, though the NER gave it no body
    speaker, _ = speaker_of(_FIRM.replace("Its chief executive, John Smith,", "Beta chief executive John Smith"),
                            "disappointed")
    assert speaker.name != "John Smith" and speaker.unnamed


def test_a_bodys_name_with_a_verb_inside_it_stays_whole():
    # the lead's shape (stop 37): "Protect" parsed as a clause cut the name to "Committee"
    speaker, _ = speaker_of("The group, the Committee to Protect Bloggers, said the arrest was an outrage.", "arrest")
    assert speaker.name == "Committee to Protect Bloggers"
    speaker, _ = speaker_of("\"This is an outrage,\" said Curt Hopkins, director of the Committee to Protect Bloggers.",
                            "outrage")
    assert (speaker.title, speaker.affiliation) == ("director", "Committee to Protect Bloggers")


def test_a_bare_campaign_before_a_spokesman_or_chair_is_the_body():
    # devgold west-journal_2016-05-05 and breitbart_2016-07-19
    speaker, _ = speaker_of("Campaign spokesman Brian Fallon told Politico, \u201cFrom the start, Hillary Clinton has "
                            "offered to answer any questions.\u201d", "start")
    assert (speaker.title, speaker.affiliation) == ("spokesman", "Campaign")
    speaker, _ = speaker_of("Campaign manager Robby Mook said the plan was working.", "plan")
    assert (speaker.title, speaker.affiliation) == ("Campaign manager", None)


def test_a_plural_field_after_for_is_part_of_the_title():
    # devgold usa-today_2016-04-01
    speaker, _ = speaker_of("\"We continue to face the threat from North Korean provocations,\" said Ben Rhodes, Obama's "
                            "deputy national security adviser for strategic communications.", "threat")
    assert speaker.title == "deputy national security adviser for strategic communications"
    speaker, _ = speaker_of("Jane Roe, an adviser for families at the charity, said the plan was wrong.", "plan")
    assert speaker.title == "adviser"  # whom she serves, no field


def test_a_delegation_a_place_names_is_the_body():
    # devgold breitbart_2016-07-19
    speaker, _ = speaker_of("\u201cThere\u2019s just a passion for Donald, and his wife knocked it out of the park,\u201d "
                            "said Robert Antonacci of the New York delegation.", "passion")
    assert speaker.affiliation == "New York delegation"


def test_a_state_after_a_preposition_before_a_senators_prefix_stays_the_body():
    # PolNeAR train (tests/test_speaker_role_qualifiers.py): "rally behind Texas Sen. Ted Cruz"
    speaker, _ = speaker_of("Graham says the only way to stop Donald Trump may be to rally behind Texas Sen. Ted Cruz. "
                            "Cruz said the field remained divided.", "field")
    assert (speaker.name, speaker.affiliation) == ("Ted Cruz", "Texas")


def test_a_committee_runs_on_through_its_subject_and_is_the_panel():
    # devgold wash-post_2016-02-19: the NER stops "the House Select Committee" at "on"
    speaker, _ = speaker_of("Democrats on the House Select Committee on Benghazi plan to release a slew of interview "
                            "transcripts.\n\n\"So far, 59 of the 75 witnesses had never been interviewed,\" the panel said.",
                            "witnesses")
    assert (speaker.name, speaker.type) == ("House Select Committee on Benghazi", "organization")


def test_a_name_the_parser_made_the_object_of_after_is_the_clauses_subject():
    # devgold wash-post_2016-02-19: "after" read as a preposition, "touted" left with no subject
    speaker, _ = speaker_of("Cummings's staff made this announcement after Chairman Trey Gowdy (R-S.C.) earlier in the "
                            "day touted progress the panel has made in the three months since a public hearing.", "progress")
    assert (speaker.name, speaker.title) == ("Trey Gowdy", "Chairman")


def test_the_panel_after_a_new_panel_is_that_panel_not_the_committee_named_before():
    # written (review-38): "A panel of three federal judges" brings in the panel that speaks
    speaker, _ = speaker_of("Lawyers for the governor have appealed to the Senate Judiciary Committee. A panel of three "
                            "federal judges heard the case on Monday. The panel said the lower court had erred.",
                            "lower court")
    assert speaker.name != "Senate Judiciary Committee"
