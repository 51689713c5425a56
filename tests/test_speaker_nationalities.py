"""Nationality nouns (issue 11; attribute/nation_holders.py, names.py): "the Russian" is the
one player the article gave that nation, unless a rival the NER made a place is named; a
nationality noun before a name or a surname is no part of it ("Spaniard Carlos Moya",
"Russian Kuznetsova"), while a first name that is also a nationality stays ("Scot Young")."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of


def test_a_country_before_a_bare_surname_the_ner_made_a_place_is_left_unnamed():
    # precision first: "Russia's Kuznetsova" (a GPE to the NER) is no person-shaped name
    speaker, _ = speaker_of("Amelie Mauresmo lost to Russia's Kuznetsova in Sydney on Friday. "
                            "\"I served well,\" said the Russian.", "served")
    assert speaker.name in (None, "Russian")


def test_a_rival_the_ner_made_a_place_makes_the_nationality_a_guess():
    # precision first: "Kuznetsova" (a GPE to the NER) is named after Mauresmo, so "the
    # Russian" is no longer Mauresmo, the person in play
    speaker, _ = speaker_of("Top seed Amelie Mauresmo lost to Kuznetsova. The Russian said she had served well.",
                            "served")
    assert speaker.name != "Amelie Mauresmo"


@pytest.mark.parametrize(("text", "word", "published", "expected"), [
    # a nationality noun for a player the NER typed otherwise (issue 11): the one name the
    # article gave that nation, shaped like a person's
    pytest.param(
        "Amelie Mauresmo lost to Russian Svetlana Kuznetsova in Sydney on Friday. "
        "\"I served well,\" said the Russian.",
        "served", "2005-03-01", {"name": "Svetlana Kuznetsova"},
        id="the_russian_is_the_one_player_given_that_nation"),
    pytest.param(
        "Amelie Mauresmo lost to Kuznetsova, the Russian, in Sydney. "
        "\"I served well,\" said the Russian.",
        "served", "2005-03-01", {"name": "Kuznetsova"},
        id="the_russian_in_apposition_is_that_player"),
    # BBC sport (dev slice): "Wimbledon" is an event, Phillips opens the epithet's own sentence
    pytest.param(
        "World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money "
        "for women.\n\nReacting to a disputed comment by All England Club chairman Tim Phillips, the American "
        "said: \"I think it is highly insulting if prize money is taken away.\"",
        "insulting", "2005-03-01", {"name": "Lindsay Davenport"},
        id="an_event_is_no_rival_for_the_nationality"),
    pytest.param(
        "Champion wins in Doha\n\n"
        "Russian Kuznetsova beat the top seed in Doha on Tuesday. Kuznetsova will now face Venus Williams.\n\n"
        "\"I played very well today,\" Russian Kuznetsova said after the match.",
        "played very well", "2005-01-20", {"name": "Kuznetsova", "type": "person"},
        id="a_nationality_before_a_surname_is_no_part_of_the_name"),
])
def test_nationality_noun_speaker(text, word, published, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nationality noun the NER fused into a name is no part of it
    pytest.param("Spaniard Carlos Moya said he was pleased with his form.", {"name": "Carlos Moya", "title": None,
                 "affiliation": "Spain"}, id="a_nationality_noun_is_not_part_of_the_name-spaniard"),
    pytest.param("Briton Greg Rusedski said the conditions had been hard.", {"name": "Greg Rusedski", "title": None,
                 "affiliation": "United Kingdom"}, id="a_nationality_noun_is_not_part_of_the_name-briton"),
    # a first name that is also a nationality stays
    pytest.param("Scot Young said he had lost everything in the crash.", {"name": "Scot Young"},
                 id="a_first_name_that_is_also_a_nationality_stays-scot"),
    pytest.param("Finn Russell said the team was ready for the final.", {"name": "Finn Russell"},
                 id="a_first_name_that_is_also_a_nationality_stays-finn"),
    pytest.param("Dane Bowers said the band would tour again next year.", {"name": "Dane Bowers"},
                 id="a_first_name_that_is_also_a_nationality_stays-dane"),
])
def test_a_nationality_noun_before_a_name(text, expected):
    assert speaker_fields(text, text.split()[-2], expected) == expected


# A government office holder's country given around the mention, not before the role
# (issue 11; attribute/office_nations.py): the one nation named there, with a government.
@pytest.mark.parametrize(("text", "word", "expected"), [
    # BBC business (dev slice): the lead opens on "The French government", no other nation since
    pytest.param(
        "French wine gets 70m euro top-up\n\n"
        "The French government is to hand its struggling wine industry 70m euros ($91m) in aid to help it "
        "battle falling sales and damaging overproduction.\n\n"
        "The financial package is aimed at assisting vintners in financial trouble. Wine makers, however, "
        "claimed the support did not go far enough. The package was announced by agriculture minister "
        "Dominique Bussereau after talks with vintners' representatives. The aid package would \"create a "
        "positive climate around French viticulture,\" Mr Bussereau said.",
        "positive climate", {"name": "Dominique Bussereau", "affiliation": "France"},
        id="the_lead_names_the_government-france"),
    pytest.param(
        "Air Jamaica back in state control\n\n"
        "The Jamaican government is regaining control of Air Jamaica in an bid to help the ailing company out "
        "of its financial difficulties.\n\n"
        "The company will be restructured with the aim of finding a new buyer. \"The administration is "
        "committed to a viable national airline that will serve as a major catalyst for our economy,\" said "
        "Finance Minister Omar Davies.",
        "viable national airline", {"name": "Omar Davies", "affiliation": "Jamaica"},
        id="the_lead_names_the_government-jamaica"),
    pytest.param(
        "SA unveils 'more for all' budget\n\n"
        "The South African government has put tax cuts and increased social spending at the centre of its "
        "latest budget.\n\n"
        "Aiming to both stir economic growth and aid the country's poor, finance minister Trevor Manuel said "
        "the focus of the 2005 budget was \"more for all\".",
        "focus of the 2005 budget", {"name": "Trevor Manuel", "affiliation": "South Africa"},
        id="a_two_word_nationality_in_the_lead"),
    # BBC business (dev slice): the nation and a government in the sentence before and the mention's
    pytest.param(
        "India's defence budget has also been raised 7.8% to 830bn rupees ($19bn). The priority for Finance "
        "Minister Palaniappan Chidambaram is to fight poverty and keep the government's Communist allies "
        "onside. But the heavy spending on poverty reduction means the target for the deficit will be 4.3%, "
        "Mr Chidambaram said.",
        "heavy spending", {"name": "Palaniappan Chidambaram", "affiliation": "India"},
        id="the_nation_and_its_government_just_before"),
    # a demonym the lexicon lacked before the role
    pytest.param(
        "Jamaican Finance Minister Omar Davies said the airline would be restructured.",
        "restructured", {"name": "Omar Davies", "title": "Finance Minister", "affiliation": "Jamaica"},
        id="a_demonym_before_the_role-jamaican"),
    # no country: a home office (the outlet's own nation), and an office the article marks
    # with the nation for someone else
    pytest.param(
        "The British government is to raise spending on schools. The plan was announced by Chancellor "
        "Gordon Brown, who said it would \"transform education\".",
        "transform education", {"name": "Gordon Brown", "affiliation": None},
        id="a_home_office_has_no_country"),
    pytest.param(
        "The Iraqi government says the election will go ahead on Sunday. Iraqi Prime Minister Iyad Allawi "
        "said the vote was safe. Prime Minister Tony Blair said the election was a triumph for democracy.",
        "triumph", {"name": "Tony Blair", "affiliation": None},
        id="the_nation_marks_another_holder_of_the_office"),
    # BBC politics (dev slice): a second nation in the stretch ("Welsh", "Hitler's Germany")
    # leaves the office none; a shadow office is a party's
    pytest.param(
        "Shani Rhys James is worried that the Arts Council of Wales may be taken over by the Welsh Assembly "
        "Government. Culture Minister Alun Pugh said it would be \"crass and ignorant\" to liken a quango "
        "review to Hitler's Germany.",
        "crass and ignorant", {"name": "Alun Pugh", "affiliation": None},
        id="a_second_nation_abstains"),
    pytest.param(
        "The Australian government has backed the plan. Shadow foreign secretary Michael Ancram said that, "
        "if in government, he would refuse to approve the appointment.",
        "refuse to approve", {"name": "Michael Ancram", "affiliation": None},
        id="a_shadow_office_is_no_states"),
    # BBC business/politics (dev slice): "state aid" or a bare "government figures" near a
    # foreign nation names no government of it: the home minister gets no country
    pytest.param(
        "The French engineering firm Alstom was rescued with state aid last year. Trade Secretary "
        "Patricia Hewitt said the deal was fair.",
        "deal was fair", {"name": "Patricia Hewitt", "affiliation": None},
        id="state_aid_names_no_government"),
    pytest.param(
        "Thousands of Polish workers have arrived since May, government figures show. Home Secretary "
        "Charles Clarke said the rules were working.",
        "rules were working", {"name": "Charles Clarke", "affiliation": None},
        id="a_bare_government_modifier_names_no_nation"),
])
def test_a_government_office_holders_country(text, word, expected):
    assert speaker_fields(text, word, expected) == expected


def test_a_place_someone_went_to_is_no_rival_for_the_nationality():
    # BBC entertainment (dev slice): "on a visit to Sydney" is where Peter Jackson was, not
    # a player the NER made a place ("lost to Kuznetsova" stays a rival: a verb's "to")
    speaker, _ = speaker_of(
        "Lord of the Rings director Peter Jackson has said that it will be up to four years before he "
        "starts work on a film version of The Hobbit.\n\nThe Oscar winner said on a visit to Sydney there "
        "was a \"desire\" to make it, but not before lengthy negotiations. \"I think it's gonna be a lot of "
        "lawyers sitting in a room,\" said the New Zealander.", "lawyers")
    assert speaker.name == "Peter Jackson"
