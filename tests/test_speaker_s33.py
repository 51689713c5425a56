"""Speaker fields of issue 11, stop 33: a descriptor noun opening the sentence before a
body's name is no part of the name ("Consultancy Strategy Analytics said"); bodies joined
by "and" speak together as one compound source ("Both Labour and the Conservatives")."""

from __future__ import annotations

import pytest

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


# -- a body's person in apposition; a descriptor run before a name the NER missed ---------

def test_its_role_in_apposition_to_a_body_is_someone_elses():
    text = ("AMF files complaints against Vivendi\n\nFrench stock market regulator AMF has filed complaints against "
            "media giant Vivendi Universal, its boss and another top executive.\n\n"
            "Vivendi has rejected the charge, saying the decision was no more than a possibility.")
    assert _fields(text, "decision")[:3] == ("Vivendi Universal", "organization", None)


def test_a_descriptor_run_before_a_body_the_ner_missed_is_no_name():
    text = "French stock market regulator AMF has said that it will file complaints against the firm."
    assert _fields(text, "complaints")[:3] == ("AMF", "organization", None)


# -- two people the NER ran together over an ampersand -----------------------------------

def test_a_person_entity_over_an_ampersand_is_two_people():
    from spacy.tokens import Span

    from onrecord.attribute import load_pipeline
    from onrecord.attribute.mentions import collect

    doc = load_pipeline()("Best TV comedy actor went to Matt Lucas & David Walliams of Little Britain.")
    start = next(t.i for t in doc if t.text == "Matt")
    doc.ents = [Span(doc, start, start + 5, label="PERSON")]
    names = {e.name for e in collect(doc).people()}
    assert names == {"Matt Lucas", "David Walliams"}


# -- an office as possessor --------------------------------------------------------------

def test_an_office_possessing_an_unnamed_speaker_is_its_holder_or_nothing():
    text = "Tony Blair flew to Boston on Monday. The prime minister's wife said the court was right."
    assert _fields(text, "court")[:4] == ("wife", "person", None, "Tony Blair")
    assert _fields("The prime minister's wife said the court was right.", "court")[3] is None


def test_ni_before_minister_is_the_portfolio():
    assert _fields("Former NI minister Nicholas Scott said the talks had failed.", "talks")[2:] == ("Former NI minister", None)


# -- a role an appointment gives ---------------------------------------------------------

def test_the_role_an_appointment_gives_names_the_holder():
    text = ("Tony Blair appointed Denis MacShane as Europe minister in 2002. "
            "The minister said the treaty was a good deal.")
    assert _fields(text, "treaty")[:3] == ("Denis MacShane", "person", "Europe minister")
    text = "The board appointed Sir Terry Leahy as chief executive in 1997. The chief executive said sales would rise."
    assert _fields(text, "sales")[0] == "Terry Leahy"


# -- a body noun before a one-word name the NER reads as a person's ----------------------

def test_a_one_word_name_after_a_body_noun_is_the_bodys_on_every_mention():
    text = ("Yukos sues rivals over auction\n\nRussian oil firm Yukos has sued three companies over the sale of "
            "its main unit.\n\nYukos is claiming $10bn in damages. Yukos filed the suit in Houston. Yukos says the "
            "sale was illegal, and Yukos claims that its shareholders were ignored.")
    assert _fields(text, "shareholders")[:2] == ("Yukos", "organization")


def test_a_longer_name_after_a_body_noun_is_the_bodys_on_every_mention():
    text = ("Watchdog probes Vivendi bond sale\n\nFrench stock market regulator AMF has filed complaints against "
            "media giant Vivendi Universal, its boss and another top executive.\n\nVivendi has said it believes "
            "there is \"no legal basis\" for the complaints. Vivendi, however, has said that the information was "
            "public knowledge. Vivendi has rejected the charge, saying the decision was no more than a possibility.")
    assert _fields(text, "decision")[:3] == ("Vivendi Universal", "organization", None)


@pytest.mark.parametrize("name", ["Airline Pilots Association", "Utility Workers Union",
                                  "Magazine Publishers of America"])
def test_a_formal_name_that_opens_with_a_descriptor_stays_whole(name):
    # review s33 finding 5: the descriptor is the name's first word when the name goes on
    # with a plural, a body-kind word or "of"
    assert _fields(f"{name} said its members would strike next week.", "members")[0] == name
