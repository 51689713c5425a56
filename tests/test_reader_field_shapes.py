"""Titles and affiliations in the shapes a reader found missing or wrong on the BBC
development slices (stop 46, issue 11): a role described in the next sentence, an apposition
the parser turned round, a place that is no body."""

from __future__ import annotations

import pytest
from conftest import speaker_fields

from onrecord import extract


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        # a BBC development-slice article: the sentence before names a second person, but
        # its subject is the one the description goes on about
        "Celtic unhappy over Bulgaria date\n\nMartin O'Neill hopes to block Stilian Petrov's call-up by "
        "Bulgaria during Celtic's busy festive programme.\n\nThe Celtic manager does not view the friendly "
        "as important. \u201cI can't say I was overly pleased,\u201d said O'Neill.",
        "overly pleased", {"name": "Martin O'Neill", "title": "manager", "affiliation": "Celtic"},
        id="a_role_opening_the_next_sentence_describes_the_subject_of_the_one_before"),
    pytest.param(
        # made up, the same shape in the passive: who was dropped, or who dropped him?
        "Chelsea news\n\nKevin Jones was dropped by Peter Smith after the defeat.\n\nThe Chelsea "
        "coach does not view the defeat as important. \u201cI want to stay,\u201d said Jones.",
        "want to stay", {"name": "Kevin Jones", "title": None, "affiliation": None},
        id="a_role_opening_a_sentence_after_a_passive_with_two_people_describes_neither"),
    pytest.param(
        # a BBC development-slice sentence: the parser makes "Packard" the apposition
        "HP chief sees digital future\n\nThe digital revolution is focused on letting people tell and share "
        "their own stories, according to Carly Fiorina, chief of technology giant Hewlett Packard.",
        "digital revolution", {"name": "Carly Fiorina", "title": "chief", "affiliation": "Hewlett Packard"},
        id="a_role_of_a_described_body_after_according_to_a_name"),
    pytest.param(
        # made up, the same shape with a two-word title before the speech verb
        "Oil results\n\nJohn Smith, chief executive of oil giant BP, said profits would rise.",
        "profits would rise", {"name": "John Smith", "title": "chief executive", "affiliation": "BP"},
        id="a_two_word_role_of_a_described_body_in_apposition_to_the_subject"),
    pytest.param(
        # a BBC development-slice lead: where she is from, not whom she speaks for
        "US woman sues over cartridges\n\nA US woman is suing Hewlett Packard (HP), saying its printer ink "
        "cartridges are secretly programmed to expire on a certain date.",
        "secretly programmed", {"name": "woman", "unnamed": True, "affiliation": None},
        id="a_private_person_s_demonym_is_no_affiliation"),
    pytest.param(
        # the same article's next sentence
        "US woman sues over cartridges\n\nThe unnamed woman from Georgia says that a chip inside the cartridge "
        "tells the printer that it needs re-filling even when it does not.",
        "chip inside", {"name": "unnamed woman", "affiliation": None},
        id="a_private_person_s_place_after_from_is_no_affiliation"),
    pytest.param(
        # made up: an official speaks for the place
        "Talks stall\n\nA US official said the talks had stalled.",
        "talks had stalled", {"name": "official", "title": "official", "affiliation": "US"},
        id="an_official_s_place_stays_the_affiliation"),
    pytest.param(
        # a BBC development-slice sentence: an under-21 side's players, who may speak for it
        "Ireland under-21s\n\nThe young Irish boys had stated their intentions earlier in the season when "
        "they finished runners-up to England.",
        "intentions", {"name": "boys", "affiliation": "Ireland"},
        id="a_plural_s_demonym_stays_the_affiliation"),
    pytest.param(
        # made up, the same office as the subject
        "Jobs plan\n\nWomen's Minister Jacqui Smith said the plan would help.",
        "plan would help", {"name": "Jacqui Smith", "title": "Women's Minister", "affiliation": None},
        id="a_possessive_portfolio_before_a_subject_s_name_is_part_of_the_title"),
    pytest.param(
        # a body's possessive stays the body
        "Jobs plan\n\nManchester United's manager Alex Ferguson said the plan would help.",
        "plan would help", {"name": "Alex Ferguson", "title": "manager", "affiliation": "Manchester United"},
        id="a_body_s_possessive_before_a_role_stays_the_affiliation"),
    pytest.param(
        # a BBC development-slice sentence: the station a presenter works on
        "Hard act to follow for OutKast\n\nG Money, a presenter on the BBC's urban music station 1Xtra, thinks a hiatus "
        "is inevitable after such a sustained period of exposure.",
        "hiatus", {"name": "G Money", "title": "presenter", "affiliation": "1Xtra"},
        id="a_presenter_on_a_named_station_works_for_it"),
    pytest.param(
        # made up, the same shape with a speech verb
        "Radio news\n\nJohn Smith, a presenter on BBC Radio Scotland, said the show would return.",
        "show would return", {"name": "John Smith", "title": "presenter", "affiliation": "BBC Radio Scotland"},
        id="a_presenter_on_a_named_station_said"),
    pytest.param(
        # made up: "on" a topic is no body
        "Talks stall\n\nJohn Smith, an expert on Russia, said the talks had stalled.",
        "talks had stalled", {"name": "John Smith", "title": "expert", "affiliation": None},
        id="an_expert_on_a_place_has_no_body"),
    pytest.param(
        # a BBC development-slice lead: the city that hosted the Games is no body
        "Jones files lawsuit against Conte\n\nMarion Jones has filed a lawsuit for defamation against Balco boss "
        "Victor Conte following his allegations that he gave her performance-enhancing drugs.\n\nThe Sydney "
        "Olympic gold medallist says Conte damaged her reputation and she is seeking $25m in the suit.",
        "damaged her reputation", {"name": "Marion Jones", "title": "Olympic gold medallist", "affiliation": None},
        id="a_host_city_before_the_games_is_no_affiliation"),
    pytest.param(
        # made up: a nation before the Games is the team's
        "Sport news\n\nUS Olympic champion Justin Gatlin said he was ready.",
        "was ready", {"name": "Justin Gatlin", "title": "Olympic champion", "affiliation": "US"},
        id="a_nation_before_the_games_stays_the_affiliation"),
    pytest.param(
        # a BBC development-slice sentence: the portfolio stays in the title
        "Parents' rights\n\nTheresa May, shadow secretary for the family, told BBC Radio 4's Today programme "
        "that the plan would fail.",
        "plan would fail", {"name": "Theresa May", "title": "shadow secretary for the family", "affiliation": None},
        id="a_portfolio_with_its_article_after_for_stays_in_the_title"),
])
def test_reader_field_shapes(text, word, expected):
    assert speaker_fields(text, word, expected) == expected


def test_a_possessive_portfolio_is_part_of_the_minister_s_title():
    # a BBC development-slice sentence (Hodge's statement whatever its act; Parton's holds it)
    text = ("Fathers' rights\n\nMr Parton said he had been told by Children's Minister Margaret Hodge there was "
            "not enough time to pass the bill through parliament before the general election.")
    (hodge,) = [s.speaker for s in extract(text).statements if s.content.text.startswith("there was")]
    assert (hodge.name, hodge.title, hodge.affiliation) == ("Margaret Hodge", "Children's Minister", None)


def test_a_party_label_the_ner_fused_into_a_name_is_no_part_of_it():
    # a BBC development-slice sentence: "Tory Dominic Grieve" is Dominic Grieve, the
    # shadow attorney general the article names later
    text = ("Blunkett row\n\nMr Blair said he left \"without a stain on his character\" but Tory Dominic Grieve "
            "branded the way Mr Blunkett's office operated as \"scandalous\".\n\nBut shadow attorney general "
            "Mr Grieve said: \"It is something that cannot simply be brushed under the carpet.\"")
    speakers = {(s.speaker.name, s.speaker.title) for s in extract(text).statements if "Grieve" in s.speaker.name}
    assert speakers == {("Dominic Grieve", "shadow attorney general")}
