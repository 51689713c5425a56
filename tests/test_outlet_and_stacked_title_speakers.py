"""A known outlet whose last word is a role noun is a body, and a title word straight after a
role is a first name: two speaker shapes from BBC dev slices and a speaker-finding report."""

from __future__ import annotations

import pytest

from onrecord import extract


def speakers_of(passage: str) -> list[tuple[str | None, str | None]]:
    statements = extract("Headline\n\n" + passage, published="2005-03-15").statements
    return [(s.speaker.name, s.speaker.title) for s in statements]


def test_according_to_an_outlet_ending_in_a_role_word_names_the_outlet_not_the_person_reported_on():
    assert speakers_of("Director Quentin Tarantino is in talks to direct a new horror film, according to the "
                       "Hollywood Reporter.") == [("Hollywood Reporter", None)]
    # a reporter in lower case is a person
    assert speakers_of("The film will open in May, a Hollywood reporter said.") == [("reporter", "reporter")]


@pytest.mark.parametrize("passage, name, title", [
    ('Keeper Dean Kiely said: "We were poor in the first half."', "Dean Kiely", "Keeper"),
    ("Striker Dean Ashton said the team had been poor.", "Dean Ashton", "Striker"),
    # a title opening the phrase stays a title
    ("Former President Carter said the vote was fair.", "Carter", "Former President"),
])
def test_a_title_word_straight_after_a_role_is_a_first_name(passage, name, title):
    assert speakers_of(passage) == [(name, title)]
