"""Speaker fields of issue 11, stop 33: a descriptor noun opening the sentence before a
body's name is no part of the name ("Consultancy Strategy Analytics said"); bodies joined
by "and" speak together as one compound source ("Both Labour and the Conservatives")."""

from __future__ import annotations

from conftest import speaker_of


def _fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.type, speaker.title, speaker.affiliation


# -- a descriptor noun before a body's name ----------------------------------------------

def test_an_opening_descriptor_noun_is_not_the_bodys_name():
    assert _fields("Consultancy Strategy Analytics said the market would grow by 10% next year.", "market")[:2] \
        == ("Strategy Analytics", "organization")
    assert _fields("Watchdog Ofcom said the broadcaster had breached the rules.", "breached")[:2] == ("Ofcom", "organization")
    assert _fields("Charity Shelter said the homeless figures were a disgrace.", "disgrace")[:2] == ("Shelter", "organization")


def test_an_opening_qualifier_and_descriptor_are_not_the_bodys_name():
    assert _fields("Research firm IDC said sales of laptops rose in May.", "laptops")[0] == "IDC"
    assert _fields("Broadcaster Channel 4 said it would appeal against the ruling.", "appeal")[0] == "Channel 4"


def test_a_descriptor_that_is_part_of_the_name_stays():
    assert _fields("The Charity Commission said it would investigate the trust.", "investigate")[0] == "Charity Commission"


def test_the_descriptor_later_names_the_body():
    text = ("Consultancy Strategy Analytics said the market would grow. "
            "The consultancy said prices would fall by a fifth.")
    assert _fields(text, "prices")[:2] == ("Strategy Analytics", "organization")


def test_a_descriptor_before_a_name_the_ner_missed_names_the_body():
    text = "The consultancy Strategy Analytics said the market would grow."
    assert _fields(text, "market")[:2] == ("Strategy Analytics", "organization")


def test_market_analysts_stay_an_unnamed_group():
    text = "Market analysts said the shares were overvalued. The analysts said prices would fall."
    speaker, _ = speaker_of(text, "prices")
    assert (speaker.type, speaker.unnamed, speaker.title) == ("group", True, None)


# -- bodies joined by "and" --------------------------------------------------------------

def test_two_parties_joined_by_and_speak_together():
    assert _fields("Both Labour and the Conservatives said the tax was unfair.", "tax")[:2] \
        == ("Labour and the Conservatives", "group")
    assert _fields("The Tories and the Lib Dems said the bill was flawed.", "bill")[:2] == ("Tories and the Lib Dems", "group")


def test_two_firms_or_countries_joined_by_and_speak_together():
    assert _fields("Microsoft and Google said they would fight the ruling.", "ruling")[:2] == ("Microsoft and Google", "group")
    assert _fields("France and Germany said the treaty must be ratified.", "treaty")[:2] == ("France and Germany", "group")


def test_a_body_and_a_common_noun_are_no_compound_name():
    assert _fields("Microsoft and its partners said the deal was fair.", "deal")[0] == "Microsoft"


# -- a place naming a portfolio ----------------------------------------------------------

def test_a_place_before_minister_is_the_portfolio_not_the_body():
    assert _fields("Europe minister Denis MacShane said the treaty was a good deal for Britain.", "treaty")[2:] \
        == ("Europe minister", None)
    assert _fields("Labour's Europe minister Denis MacShane said the treaty was good.", "treaty")[2:] \
        == ("Europe minister", "Labour")
    assert _fields("Northern Ireland Secretary Paul Murphy said talks would resume.", "talks")[2] == "Northern Ireland Secretary"


def test_a_place_before_a_coach_stays_the_body():
    assert _fields("Wales coach Mike Ruddock said his side had played well.", "played")[2:] == ("coach", "Wales")
