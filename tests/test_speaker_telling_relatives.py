"""A role noun with a relative clause of a done deed names the article's main person (issue
11; attribute/telling_relatives.py): "the candidate who launched his campaign by declaring
..." is Donald Trump where the article is about him; a clause of what someone will do
("the candidate who wins") describes whoever it will be."""

from __future__ import annotations

from conftest import speaker_of

# PolNeAR train (wash-post 2015-11-08), the lead as written
LEAD = (
    "In satirizing the elite, a Mexican troupe starts with Trump.\n\n"
    "The first taste the Mexican audience gets of Donald Trump is his golden head speaking from the face "
    "of a giant $100 bill.\n\n"
    "Trump and his bewigged followers only get more cartoonishly evil from there.\n\n"
    "Such is the latest Mexican revenge against the Republican presidential candidate: A group of Mexican "
    "comedians is performing a popular play. It's another riposte in Mexicans' ongoing rebuttal to the "
    "candidate {clause} that Mexican immigrants were criminals and rapists.")


def test_the_candidate_who_did_something_is_the_articles_main_person():
    text = LEAD.format(clause="who launched his campaign by declaring")
    speaker, _ = speaker_of(text, "criminals and rapists")
    assert speaker.name == "Donald Trump"


def test_a_clause_of_a_deed_to_come_names_no_one_in_play():
    text = LEAD.format(clause="who wins the nomination will have to stop declaring")
    speaker, _ = speaker_of(text, "criminals and rapists")
    assert speaker is None or speaker.name != "Donald Trump"
