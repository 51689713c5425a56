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
    pytest.param(
        # a BBC development-slice sentence: the parser hangs "Ireland coach" on the aside
        "Ireland v England\n\nDespite England's dramatic dip in form since the World Cup final - they have lost "
        "eight of their last 13 matches - Ireland coach Eddie O'Sullivan says his side should not underestimate "
        "the visitors.",
        "underestimate", {"name": "Eddie O'Sullivan", "title": "coach", "affiliation": "Ireland"},
        id="a_role_before_a_name_after_a_dash_aside"),
    pytest.param(
        # made up: the same sentence without the aside
        "Ireland v England\n\nIreland coach Eddie O'Sullivan says his side should not underestimate the visitors.",
        "underestimate", {"name": "Eddie O'Sullivan", "title": "coach", "affiliation": "Ireland"},
        id="a_role_before_a_name_opening_the_sentence"),
    pytest.param(
        # made up: after the aside, lower-case words that are no role before the name give none
        "Ireland v England\n\nDespite England's dip in form - they have lost eight of their last 13 matches - "
        "cautious old Eddie O'Sullivan says his side should not underestimate the visitors.",
        "underestimate", {"name": "Eddie O'Sullivan", "title": None, "affiliation": None},
        id="a_name_after_a_dash_aside_with_no_role"),
    pytest.param(
        # a BBC development-slice sentence: no article, a numeral in the body's name
        "Blair and Brown row\n\nCarol Walker, BBC News 24 political correspondent, added: \"There is a real concern "
        "that this could undermine the general election campaign.\"",
        "real concern", {"name": "Carol Walker", "title": "political correspondent", "affiliation": "BBC News 24"},
        id="an_apposition_with_a_numbered_body_s_name_and_no_article"),
    pytest.param(
        # made up: an acronym's role as before
        "Airports\n\nAndy Clarke, ERAA director of air transport, said the plan would fail.",
        "plan would fail", {"name": "Andy Clarke", "title": "director of air transport", "affiliation": "ERAA"},
        id="an_apposition_with_an_acronym_s_role"),
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
