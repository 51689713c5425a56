"""Speaker fields of issue 11, stop 34 (short round): a nationality noun the NER fused into a
person's name, an epithet of place or age for the person just named, and a film or book
that is no affiliation. One short text per rule, with the near misses each must leave."""

from __future__ import annotations

import pytest
from conftest import speaker_of


def fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title, speaker.affiliation


# -- a nationality noun fused into a name -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Spaniard Carlos Moya said he was pleased with his form.", ("Carlos Moya", None, "Spain")),
    ("Briton Greg Rusedski said the conditions had been hard.", ("Greg Rusedski", None, "United Kingdom")),
])
def test_a_nationality_noun_is_not_part_of_the_name(text, expected):
    assert fields(text, text.split()[-2]) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Scot Young said he had lost everything in the crash.", "Scot Young"),  # a first name
    ("Finn Russell said the team was ready for the final.", "Finn Russell"),
    ("Dane Bowers said the band would tour again next year.", "Dane Bowers"),
])
def test_a_first_name_that_is_also_a_nationality_stays(text, name):
    assert fields(text, text.split()[-2])[0] == name


# -- an epithet of place for the person just named ----------------------------------------------

def test_a_birthplace_epithet_is_the_person_just_named_with_no_affiliation():
    assert fields('Kevin Bell scored the winner. "We deserved it," said the Glasgow-born striker.', "deserved") == (
        "Kevin Bell", "striker", None)


def test_a_birthplace_before_a_name_is_no_affiliation():
    assert fields("Glasgow-born striker Kevin Bell said the team had deserved the win.", "deserved") == (
        "Kevin Bell", "striker", None)


def test_a_base_before_a_name_stays_the_affiliation():
    assert fields("Newport-based athlete Sam Hill said he was delighted with the time.", "delighted") == (
        "Sam Hill", "athlete", "Newport")


def test_a_birthplace_epithet_with_two_people_nearby_stays_unnamed():
    speaker, _ = speaker_of('Kevin Bell scored the winner. Jim Hay came on late. "We deserved it," said the '
                            'Glasgow-born striker.', "deserved")
    assert (speaker.name, speaker.unnamed) == ("striker", True)


# -- a role whose holder the next sentence names ---------------------------------------------------

def test_a_role_named_in_the_next_sentence_with_the_same_body_is_that_person():
    speaker, _ = speaker_of('"We will keep fighting," said the campaign\'s director. Ruth Patel, who runs the '
                            'campaign, said the council had ignored residents.', "fighting")
    assert speaker.name == "Ruth Patel"


def test_a_role_and_an_unrelated_person_in_the_next_sentence_stays_unnamed():
    speaker, _ = speaker_of('"We will keep fighting," said the campaign\'s director. Ruth Patel, a local '
                            'shopkeeper, said the council had ignored residents.', "fighting")
    assert speaker.name != "Ruth Patel"


# -- a film or book is no affiliation ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('"Silent Harbour" director Anne Fox said the film had taken six years to make.', ("Anne Fox", "director", None)),
    ("Harry Potter author JK Rowling said she was delighted with the response.", ("JK Rowling", "author", None)),
    # a character's creator (BBC entertainment/298, reader-judged stop 40: affiliation "Spider-Man")
    ("Spider-Man creator Stan Lee said he was gratified by the judge's decision.", ("Stan Lee", "creator", None)),
])
def test_a_work_is_no_affiliation(text, expected):
    assert fields(text, text.split()[-2]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BBC director Mark Thompson said he was delighted with the response.", ("Mark Thompson", "director", "BBC")),
    ("Labour author Tom Watson said he was delighted with the response.", ("Tom Watson", "author", "Labour")),
    ("Chelsea star Frank Lampard said he was delighted with the response.", ("Frank Lampard", "star", "Chelsea")),
])
def test_a_body_before_a_role_stays_the_affiliation(text, expected):
    assert fields(text, text.split()[-2]) == expected


# -- an age before a word for someone from a place ------------------------------------------------

def test_an_aged_native_of_a_place_is_the_person_just_named():
    speaker, _ = speaker_of('Tom Reed scored twice for the visitors. "It was a great night for us," said the '
                            '24-year-old Londoner.', "great")
    assert (speaker.name, speaker.unnamed) == ("Tom Reed", False)


def test_an_aged_surname_stays_the_name():
    speaker, _ = speaker_of('Cole Palmer scored twice. Ben Palmer watched. "It was a great night for us," said '
                            'the 24-year-old Palmer.', "great")
    assert speaker.name != "Tom Reed" and "Palmer" in speaker.name
