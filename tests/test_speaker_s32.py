"""Speaker fields of issue 11, stop 32: a hyphenated noun the parser split is the unnamed
speaker's whole description ("ex-girlfriend"); a club's nickname opening the sentence
before a team role is the body ("Spurs boss"); a consultancy named after its descriptor is
the body speaking, with no country for an affiliation."""

from __future__ import annotations

from conftest import speaker_of


def _fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.type, speaker.title, speaker.affiliation


# -- a hyphenated noun split by the parser ------------------------------------------------

def test_an_unnamed_speakers_hyphenated_noun_is_described_whole():
    text = ("The singer Tom Barr is being sued by his ex-girlfriend for $2 million, "
            "claiming he broke a promise to marry her.")
    name, kind, _, _ = _fields(text, "broke a promise")
    assert (name, kind) == ("ex-girlfriend", "person")


def test_a_hyphenated_role_keeps_its_title():
    assert _fields("The party co-chairman said the vote had been lost.", "vote had been")[2] == "party co-chairman"


# -- a club's nickname opening the sentence ---------------------------------------------

def test_a_capitalised_plural_before_a_team_role_is_the_club():
    text = "Rovers boss Peter Hale said his team had been robbed at Anfield."
    assert _fields(text, "robbed")[2:] == ("boss", "Rovers")


def test_a_plural_field_before_a_role_stays_the_title():
    assert _fields("Sales manager John Dent said the shop had been busy.", "busy")[2:] == ("Sales manager", None)
    assert _fields("Sports minister Ann Cole said the bid was strong.", "bid was")[2] == "Sports minister"


# -- a consultancy named after its descriptor -------------------------------------------

def test_a_consultancy_named_after_its_descriptor_is_the_body_with_no_country():
    text = "UK research consultancy Marketwise said mobile data revenues would double by 2008."
    assert _fields(text, "would double") == ("Marketwise", "organization", None, None)


# -- a firm named with an honorific and a possessive --------------------------------------

PHARMA = ("Profits fall at Dr Patel's\n\n"
          "Profits at Indian drugmaker Dr Patel's fell 40% as research costs rose. "
          "The firm said its sales had dropped 8% in the quarter. Dr Patel's has built its reputation on "
          "cheap generic drugs.\n")


def test_a_name_with_an_honorific_whose_possessive_owns_nothing_is_a_firm():
    name, kind, _, _ = _fields(PHARMA, "sales had dropped")
    assert (name, kind) == ("Dr Patel's", "organization")


def test_a_doctor_s_possessive_before_a_noun_stays_a_person():
    text = "Dr Patel's team found the gene last year. Dr Patel said it was a breakthrough."
    assert _fields(text, "breakthrough")[:2] == ("Patel", "person")


# -- a body noun: an organisation, its country no body ------------------------------------

def test_an_unnamed_consultancy_is_a_body_with_no_country_for_an_affiliation():
    text = "A French research consultancy said mobile data revenues would double by 2008."
    name, kind, _, affiliation = _fields(text, "would double")
    assert (name, kind, affiliation) == ("research consultancy", "organization", None)


def test_a_think_tank_before_a_name_makes_it_a_body():
    text = "British think-tank Demos said crime had been rising in the cities for a decade."
    assert _fields(text, "crime had been") == ("Demos", "organization", None, None)


# -- a critic before a name; an evening paper's masthead ----------------------------------

def test_a_critic_before_a_name_is_the_title_and_an_evening_paper_the_body():
    text = ("Film wins award\n\nThe award was given at a London hotel on Sunday night. Evening Standard "
            "film critic Derek Hall said: \"He has never made a better film.\"\n")
    assert _fields(text, "better film")[2:] == ("film critic", "Evening Standard")


def test_a_critic_of_someone_is_still_no_title():
    assert _fields("Jane Roe, a critic of the president, said the plan was wrong.", "plan was wrong")[2] is None


def test_a_woman_is_no_title():
    text = "A US woman is suing a printer maker, saying its ink cartridges are secretly programmed to expire."
    name, _, title, affiliation = _fields(text, "secretly programmed")
    assert (name, title, affiliation) == ("woman", None, "US")


def test_a_watchdog_with_a_body_in_apposition_is_that_body():
    text = "The watchdog, Ofcom, said broadband use had doubled in a year."
    assert _fields(text, "had doubled")[:2] == ("Ofcom", "organization")
