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
