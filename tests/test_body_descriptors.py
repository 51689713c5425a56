"""A descriptor the article gives a body ("UK research consultancy Analysys", "Analysys, a
research consultancy,", "chip maker Intelon", "Consultancy Strategy Analytics") is no part of
its name, makes the name a body's even where the NER reads a person's, and makes a later
definite "the consultancy" or "the maker" that body, unless two bodies share it (issue 11,
speaker resolution; attribute/body_descriptors.py); a formal name that opens with a
descriptor word stays whole."""

from __future__ import annotations

import pytest

from conftest import speaker_of, typed_fields_of


def test_the_descriptor_before_a_body_s_name_takes_up_the_body():
    text = ("Broadband use soars\n\nMore than half of UK homes now have broadband, according to UK research "
            "consultancy Analysys.\n\nThe research consultancy said prices had fallen sharply over the year.\n\n"
            "\u201cIt has become a mass market product,\u201d the consultancy said.")
    for content in ("prices had fallen", "mass market product"):
        speaker, statement = speaker_of(text, content)
        assert (speaker.name, speaker.type, speaker.unnamed) == ("Analysys", "organization", False)
        assert statement.explanation.endswith("nominal")


def test_an_apposed_descriptor_takes_up_the_body():
    speaker, _ = speaker_of(
        "Broadband grows\n\nAnalysys, a research consultancy based in Cambridge, has published figures on "
        "broadband.\n\n\u201cPrices are falling fast,\u201d the consultancy said.", "falling fast")
    assert speaker.name == "Analysys"


def test_a_role_noun_that_only_a_body_was_given_is_that_body():
    speaker, _ = speaker_of(
        "Chip sales rise\n\nChip maker Intelon has said sales rose by a third in the last quarter.\n\n"
        "The maker said it expected growth to slow next year.", "growth to slow")
    assert (speaker.name, speaker.type) == ("Intelon", "organization")


def test_two_bodies_so_described_leave_the_descriptor_unresolved():
    speaker, _ = speaker_of(
        "Broadband grows\n\nUK research consultancy Analysys says prices are falling, while US research "
        "consultancy Jupiter Research says they are stable.\n\n\u201cThe market is maturing,\u201d the "
        "consultancy said.", "market is maturing")
    assert speaker.unnamed and speaker.name not in ("Analysys", "Jupiter Research")


GROUP_LEAD = ("Paper group expands abroad\n\nScottish publishing group Northpress Media is buying a 30% stake in "
              "Polish newspaper company Gazeta Nowa for 40m euros.\n\nGazeta Nowa publishes the country's "
              "second-biggest daily, the Kurier Poranny. News of the deal came as the group said its profits would "
              "meet forecasts.")


def test_the_open_descriptor_the_lead_gave_its_subject_is_that_body():
    speaker, _ = speaker_of(GROUP_LEAD, "profits would meet forecasts")
    assert speaker.name == "Northpress Media"


def test_a_body_described_in_apposition_outside_the_lead_leaves_the_company_to_recency():
    speaker, _ = speaker_of(
        "Markets rise\n\nShares rose on Wall Street on Friday as oil prices steadied.\n\nAmazon rose 1%. Alphabet, "
        "the parent company of Google, jumped 3%. Nvidia fell 2% after its results.\n\nThe company said sales of "
        "its chips had slowed.", "chips had slowed")
    assert speaker.name != "Alphabet"


def test_a_descriptor_opening_the_sentence_is_no_part_of_the_firm_s_name():
    text = ("Bookmaker William Hill has stopped taking bets on the next James Bond. "
            "The firm closed the book on Friday, saying the odds had moved.")
    speaker, _ = speaker_of(text, "odds had moved")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("William Hill", "organization", False)
    speaker, _ = speaker_of("Carmaker Ford has recalled 10,000 cars. The company said the fault was minor.", "fault")
    assert speaker.name == "Ford"


def test_a_descriptor_before_the_body_after_a_name_is_no_part_of_the_affiliation():
    text = "Camera phones are likely to prove popular, said Ben Wood, principal analyst at research firm Gartner.\n"
    assert typed_fields_of(text, "popular") == ("Ben Wood", "person", "principal analyst", "Gartner")
    text = '"The market grew by 25%," said Jane Roe of research firm IDC.\n'
    assert typed_fields_of(text, "market grew")[3] == "IDC"
    text = '"The market grew," said Jane Roe, of consultancy firm Deloitte.\n'
    assert typed_fields_of(text, "market grew")[3] == "Deloitte"


def test_a_business_word_before_a_name_the_ner_reads_as_a_person_s_makes_it_a_body():
    text = ("Australian building products group James Hardie has agreed to pay $1.1bn to victims. "
            "The move follows protests after the firm said a previous fund was running out of money.\n")
    assert typed_fields_of(text, "running out")[:2] == ("James Hardie", "organization")


def test_a_giant_before_a_name_the_ner_reads_as_a_person_s_is_a_body():
    text = ("The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit "
            "to pay back a loan. Yukos said it would sue.\n")
    assert typed_fields_of(text, "would sue")[:2] == ("Yukos", "organization")


def test_a_consultancy_named_after_its_descriptor_is_the_body_with_no_country():
    text = "UK research consultancy Marketwise said mobile data revenues would double by 2008."
    assert typed_fields_of(text, "would double") == ("Marketwise", "organization", None, None)


def test_an_unnamed_consultancy_is_a_body_with_no_country_for_an_affiliation():
    text = "A French research consultancy said mobile data revenues would double by 2008."
    name, kind, _, affiliation = typed_fields_of(text, "would double")
    assert (name, kind, affiliation) == ("research consultancy", "organization", None)


def test_a_think_tank_before_a_name_makes_it_a_body():
    text = "British think-tank Demos said crime had been rising in the cities for a decade."
    assert typed_fields_of(text, "crime had been") == ("Demos", "organization", None, None)


def test_an_opening_descriptor_noun_is_not_the_bodys_name():
    assert typed_fields_of("Consultancy Strategy Analytics said the market would grow by 10% next year.", "market")[:2] \
        == ("Strategy Analytics", "organization")
    assert typed_fields_of("Watchdog Ofcom said the broadcaster had breached the rules.", "breached")[:2] == ("Ofcom", "organization")
    assert typed_fields_of("Charity Shelter said the homeless figures were a disgrace.", "disgrace")[:2] == ("Shelter", "organization")


def test_an_opening_qualifier_and_descriptor_are_not_the_bodys_name():
    assert typed_fields_of("Research firm IDC said sales of laptops rose in May.", "laptops")[0] == "IDC"
    assert typed_fields_of("Broadcaster Channel 4 said it would appeal against the ruling.", "appeal")[0] == "Channel 4"


def test_a_descriptor_that_is_part_of_the_name_stays():
    assert typed_fields_of("The Charity Commission said it would investigate the trust.", "investigate")[0] == "Charity Commission"


def test_the_descriptor_later_names_the_body():
    text = ("Consultancy Strategy Analytics said the market would grow. "
            "The consultancy said prices would fall by a fifth.")
    assert typed_fields_of(text, "prices")[:2] == ("Strategy Analytics", "organization")


def test_a_descriptor_before_a_name_the_ner_missed_names_the_body():
    text = "The consultancy Strategy Analytics said the market would grow."
    assert typed_fields_of(text, "market")[:2] == ("Strategy Analytics", "organization")


def test_its_role_in_apposition_to_a_body_is_someone_elses():
    text = ("AMF files complaints against Vivendi\n\nFrench stock market regulator AMF has filed complaints against "
            "media giant Vivendi Universal, its boss and another top executive.\n\n"
            "Vivendi has rejected the charge, saying the decision was no more than a possibility.")
    assert typed_fields_of(text, "decision")[:3] == ("Vivendi Universal", "organization", None)


def test_a_descriptor_run_before_a_body_the_ner_missed_is_no_name():
    text = "French stock market regulator AMF has said that it will file complaints against the firm."
    assert typed_fields_of(text, "complaints")[:3] == ("AMF", "organization", None)


def test_a_one_word_name_after_a_body_noun_is_the_bodys_on_every_mention():
    text = ("Yukos sues rivals over auction\n\nRussian oil firm Yukos has sued three companies over the sale of "
            "its main unit.\n\nYukos is claiming $10bn in damages. Yukos filed the suit in Houston. Yukos says the "
            "sale was illegal, and Yukos claims that its shareholders were ignored.")
    assert typed_fields_of(text, "shareholders")[:2] == ("Yukos", "organization")


def test_a_longer_name_after_a_body_noun_is_the_bodys_on_every_mention():
    text = ("Watchdog probes Vivendi bond sale\n\nFrench stock market regulator AMF has filed complaints against "
            "media giant Vivendi Universal, its boss and another top executive.\n\nVivendi has said it believes "
            "there is \"no legal basis\" for the complaints. Vivendi, however, has said that the information was "
            "public knowledge. Vivendi has rejected the charge, saying the decision was no more than a possibility.")
    assert typed_fields_of(text, "decision")[:3] == ("Vivendi Universal", "organization", None)


@pytest.mark.parametrize("name", ["Airline Pilots Association", "Utility Workers Union",
                                  "Magazine Publishers of America"])
def test_a_formal_name_that_opens_with_a_descriptor_stays_whole(name):
    # review s33 finding 5: the descriptor is the name's first word when the name goes on
    # with a plural, a body-kind word or "of"
    assert typed_fields_of(f"{name} said its members would strike next week.", "members")[0] == name
