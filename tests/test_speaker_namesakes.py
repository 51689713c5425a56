"""Two people who share a surname (issue 11; attribute/names.py, entity_repairs.py): a word
before the surname that tells one apart from a namesake named later is his given name, not a
nationality ("German Ortega" beside his brother "Freddy Ortega"), and where the NER splits
that name once, the article's whole writing of it puts it back together."""

from __future__ import annotations

import pytest
from conftest import speaker_fields

# PolNeAR train (wash-post 2015-11-08): two brothers, one named "German"
ORTEGAS = (
    "\"Mexicans laugh at our tragedies,\" said German Ortega, one of the stars of the play.\n\n"
    "\"This is a social critique, in general, of the elitists,\" said Freddy Ortega, German's brother "
    "and fellow longtime television comedian.\n\n"
    "\"I don't identify with what the man says,\" Freddy Ortega said before a weekend performance.\n\n"
    "German Ortega says that the overwhelming reaction to Trump has been rejection.\n\n"
    "\"More than anything else, it set off something really cool for Latinos: unity,\" he said.")


@pytest.mark.parametrize(("word", "expected"), [
    pytest.param("laugh at our tragedies", {"name": "German Ortega", "affiliation": None},
                 id="the_given_name_before_a_namesake_is_no_nationality"),
    pytest.param("overwhelming reaction", {"name": "German Ortega"}, id="a_split_name_written_whole_elsewhere"),
    pytest.param("really cool", {"name": "German Ortega"}, id="he_after_the_rejoined_name"),
    pytest.param("identify with", {"name": "Freddy Ortega"}, id="the_namesake_keeps_his_own_name"),
])
def test_namesakes_stay_apart(word, expected):
    assert speaker_fields(ORTEGAS, word, expected) == expected


def test_a_nationality_before_a_surname_after_the_full_name_still_goes():
    # the nationality follows the full name it shortens: no namesake, so it is no given name
    text = ("Svetlana Kuznetsova beat the top seed in Doha on Tuesday.\n\n"
            "\"I played very well today,\" Russian Kuznetsova said after the match.")
    expected = {"name": "Svetlana Kuznetsova"}
    assert speaker_fields(text, "played very well", expected, "2005-01-20") == expected


# "the brothers" (attribute/named_families.py): the one family the article named, as one group
def test_the_brothers_are_the_named_family():
    text = ORTEGAS + "\n\nThe play will tour Mexico. In some ways, the brothers noted, Trump might appreciate their performance."
    expected = {"name": "German Ortega and Freddy Ortega", "type": "group"}
    assert speaker_fields(text, "might appreciate", expected) == expected


def test_the_brothers_with_no_named_family_stay_unnamed():
    text = ("\"Mexicans laugh at our tragedies,\" said German Ortega, one of the stars of the play.\n\n"
            "The play will tour Mexico. In some ways, the brothers noted, Trump might appreciate their performance.")
    expected = {"name": "brothers"}
    assert speaker_fields(text, "might appreciate", expected) == expected
