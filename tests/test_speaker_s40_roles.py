"""Speakers (issue 11, stop 40): roles and bodies the article names. Sentences from
PolNeAR train and BBC News."""

from __future__ import annotations

from conftest import speaker_of


def test_a_second_role_of_an_apposition_is_the_named_person_s():
    # the parser hangs the name off "Boca West" and leaves "suggested" with no subject; the
    # word before the cue is "manager", conjoined to the apposed "president"
    text = ("At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the club's 78-year-old "
            "president and general manager, suggested that the troubles of some of his competitors could be "
            "attributed to poor management and the industry's oversupply.")
    assert speaker_of(text, "the troubles of some", "2015-11-26")[0].name == "Jay DiPietro"
