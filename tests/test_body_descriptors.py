"""A descriptor the article gives a body ("UK research consultancy Analysys", "Analysys, a
research consultancy,", "chip maker Intelon") makes a later definite "the consultancy" or
"the maker" that body, unless two bodies share it (issue 11, speaker resolution)."""

from __future__ import annotations

from conftest import speaker_of


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
