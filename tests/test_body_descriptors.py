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
