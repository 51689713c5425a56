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
