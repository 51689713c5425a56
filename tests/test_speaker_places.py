"""Places in a speaker's fields (issue 11): a body's name is never cut to the place or the
weekday inside it ("Sheffield Wednesday"), a weekday after a body is the day it spoke, a
peer's territorial designation is no affiliation ("Lord Smith of Birkenhead"), an office of
a place or a role that represents it keeps the place, an organisation after the name wins
over a place before it, a place after a preposition is no body, a birthplace is no
affiliation where a base is."""

from __future__ import annotations

from conftest import fields_of, speaker_of


def test_a_weekday_after_a_body_descriptor_is_no_affiliation():
    speaker, statement = speaker_of('"We are pleased with the result," said a spokesman for the company Tuesday.',
                                    "pleased")
    assert speaker.affiliation != "Tuesday"
    assert statement.when is not None and statement.when.expression == "Tuesday"


def test_a_club_named_after_a_weekday_stays_whole():
    speaker, _ = speaker_of("Sheffield Wednesday manager Chris Turner said the team had played well.", "played well")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Chris Turner", "manager", "Sheffield Wednesday")
    speaker, _ = speaker_of("Chris Turner, the Sheffield Wednesday manager, said the team had played well.", "played well")
    assert speaker.affiliation == "Sheffield Wednesday"
    speaker, _ = speaker_of("Chris Turner, manager of Sheffield Wednesday, said the team had played well.", "played well")
    assert speaker.affiliation == "Sheffield Wednesday"


def test_a_weekday_after_a_body_s_name_is_the_day_it_spoke():
    speaker, _ = speaker_of("A spokesman for Exxon Wednesday said sales rose.", "sales rose")
    assert (speaker.title, speaker.affiliation) == ("spokesman", "Exxon")


def test_a_weekday_after_a_preposition_is_still_a_date():
    speaker, _ = speaker_of("In London Wednesday spokesman John Smith said the talks were over.", "talks were over")
    assert (speaker.name, speaker.affiliation) == ("John Smith", None)


def test_a_peer_s_territorial_designation_is_no_affiliation():
    speaker, _ = speaker_of('"This is wrong," said Lord Smith of Birkenhead.', "This is wrong")
    assert speaker.affiliation is None
    speaker, _ = speaker_of("Lord Browne of Madingley, BP chief executive, said oil prices would fall.", "prices would fall")
    assert (speaker.title, speaker.affiliation) == ("chief executive", "BP")


def test_an_office_of_a_place_keeps_its_place():
    speaker, _ = speaker_of("Senator Bernie Sanders of Vermont said the bill was wrong.", "bill was wrong")
    assert (speaker.title, speaker.affiliation) == ("Senator", "Vermont")


def test_a_place_before_the_name_gives_way_to_the_organisation_after_it():
    speaker, _ = speaker_of("US researcher John Smith of West Virginia University said the results were clear.", "results")
    assert (speaker.title, speaker.affiliation) == ("researcher", "West Virginia University")
    speaker, _ = speaker_of("New York writer Jane Mayer of the New Yorker said the report was accurate.", "report")
    assert speaker.affiliation == "New Yorker"


def test_a_role_that_represents_the_place_keeps_it():
    speaker, _ = speaker_of("Wales striker Craig Bellamy of Newcastle said he was happy.", "happy")
    assert (speaker.title, speaker.affiliation) == ("striker", "Wales")


def test_where_the_body_is_is_no_part_of_it():
    speaker, _ = speaker_of('"It works," said John Smith from West Virginia University in the United States.', "It works")
    assert speaker.affiliation == "West Virginia University"


def test_a_peer_s_apposition_hung_on_the_designation_is_still_his_title():
    speaker, _ = speaker_of("Lord Smith of Birkenhead, a former minister, said the plan was wrong.", "plan was wrong")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Smith", "former minister", None)


def test_a_base_before_a_party_is_no_part_of_the_body():
    # PolNeAR train, wash-post_2016-09-04_clinton-s-standing-among-latinos
    text = ('"When you have less than 20 percent in your polling with Hispanics, how much worse could it get?" said '
            'Florida-based Republican strategist Al Cardenas, referring to Trump.\n')
    assert fields_of(text, "polling") == ("Al Cardenas", "strategist", "Republican")


def test_a_place_after_a_preposition_before_an_honorific_is_no_body():
    # the lead's shapes (stop 37): "Tanzania" and "London" were hung on the name as compounds
    speaker, _ = speaker_of("In Tanzania Mr Brown said debt relief was vital.", "debt")
    assert (speaker.name, speaker.affiliation) == ("Brown", None)
    speaker, _ = speaker_of("In a speech to business leaders in London Mr Howard said taxes would fall.", "taxes")
    assert (speaker.name, speaker.affiliation) == ("Howard", None)


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


def test_a_birthplace_before_a_name_is_no_affiliation():
    assert fields_of("Glasgow-born striker Kevin Bell said the team had deserved the win.", "deserved") == (
        "Kevin Bell", "striker", None)


def test_a_base_before_a_name_stays_the_affiliation():
    assert fields_of("Newport-based athlete Sam Hill said he was delighted with the time.", "delighted") == (
        "Sam Hill", "athlete", "Newport")
