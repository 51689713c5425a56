"""Titles and affiliations in three shapes left over from stop 46's issue 11: a possessive
portfolio before a commissioner's office, a passive "told by" beside its active form, a
role after a dash aside, and an article-less apposition whose body's name holds a numeral."""

from __future__ import annotations

import pytest
from conftest import speaker_fields

from onrecord import extract


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        # made up, the shape of the BBC's "the Children's Commissioner" (an office of England's)
        "Court reforms\n\nThe Children's Commissioner said children should be heard in court.",
        "heard in court", {"title": "Children's Commissioner", "affiliation": None, "unnamed": True},
        id="a_possessive_portfolio_before_a_commissioner_is_part_of_the_title"),
    pytest.param(
        # made up: the same office with its holder named in apposition
        "Court reforms\n\nThe Children's Commissioner for England, Al Aynsley-Green, said children should be "
        "heard in court.",
        "heard in court", {"name": "Al Aynsley-Green", "title": "Children's Commissioner", "affiliation": "England"},
        id="a_possessive_portfolio_before_a_commissioner_named_in_apposition"),
    pytest.param(
        # made up: a body's possessive before a commissioner stays the body
        "Court reforms\n\nThe BBC's commissioner said the series would return.",
        "series would return", {"affiliation": "BBC"},
        id="a_body_s_possessive_before_a_commissioner_stays_the_affiliation"),
])
def test_leftover_field_shapes(text, word, expected):
    assert speaker_fields(text, word, expected) == expected


def _fields(text: str, start: str) -> tuple:
    (speaker,) = [s.speaker for s in extract(text).statements if s.content.text.startswith(start)]
    return speaker.name, speaker.title, speaker.affiliation


def test_told_by_a_portfolio_minister_gives_the_active_form_s_fields():
    # a BBC development-slice sentence, and the same statement in the active
    content = "there was not enough time to pass the bill through parliament before the general election."
    passive = f"Fathers' rights\n\nMr Parton said he had been told by Children's Minister Margaret Hodge {content}"
    active = f"Fathers' rights\n\nChildren's Minister Margaret Hodge told Mr Parton {content}"
    assert _fields(passive, "there was") == _fields(active, "there was") \
        == ("Margaret Hodge", "Children's Minister", None)
