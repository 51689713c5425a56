"""Speaker rules added for issue 11's accuracy targets, one hand-built case per rule,
parsed by the real pipeline: gender from honorifics and first names, role nouns in the
discourse, names in apposition to a role, bodies named by their descriptor, titles and
affiliations cleaned to a role and a body."""

from __future__ import annotations

import pytest
from conftest import speaker_of


@pytest.mark.parametrize(("text", "word", "name"), [
    # an honorific's gender never joins a person of the other gender
    ("Michael Howard spoke in Leeds. Mr Howard said taxes would fall. Mrs Howard said the campaign was fun.",
     "fun", "Howard"),
    ("Donald Trump married Ivana Trump in 1977. Ivana Trump left later. Mr. Trump said the deal was good.",
     "deal", "Donald Trump"),
    # a first name says the gender: "Mrs Clinton" is not Bill
    ("Bill Clinton and Hillary Clinton spoke. Then Bill Clinton left. Mrs. Clinton said the race was close.",
     "race", "Hillary Clinton"),
    # pronouns agree with the gender a first name gives
    ("Hillary Clinton spoke in Iowa. Bernie Sanders said the polls were wrong. She said the economy was growing.",
     "economy", "Hillary Clinton"),
    ("Bernie Sanders met Hillary Clinton. Her chief policy aide, Jake Sullivan, said the plan was sound.",
     "plan", "Jake Sullivan"),
])
def test_gender_from_honorifics_and_first_names(text, word, name):
    speaker, _ = speaker_of(text, word)
    assert speaker.name == name


def test_a_possessive_pronoun_agrees_with_the_first_name():
    speaker, _ = speaker_of("Bernie Sanders met Hillary Clinton. Her chief policy aide, Jake Sullivan, said the plan "
                            "was sound.", "plan")
    assert speaker.affiliation == "Hillary Clinton"


def test_a_gendered_pronoun_never_stands_for_a_thing():
    speaker, _ = speaker_of('Tony Blair was away. The film shows the house. "It is fun," she said.', "fun")
    assert speaker.name != "film"
