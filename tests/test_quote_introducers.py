"""A quotation that closes with a description of its speaker ("said the Gloucester
fly-half") goes on with the one named person the sentence before made its subject, when no
other rule names the description (issue 11, speaker resolution; attribute/quote_introducers.py)."""

from __future__ import annotations

import pytest
from conftest import speaker_of

# BBC sport/369 (a development slice)
AMOR = ("South Africa sweep top awards\n\nSouth Africa's Schalk Burger was named player of the year as the "
        "Tri-Nations champions swept the top honours at the International Rugby Board's awards.\n\nThe flanker topped "
        "a list which included Ireland star Gordon D'Arcy and Australian sensation Matt Giteau. Jake White claimed the "
        "coaching award while his side held off Grand Slam winners France to take the team award. England player Simon "
        "Amor beat team-mate Ben Gollings and Argentine Lucio Lopez Fleming to win the sevens award.\n\nAmor, who will "
        "captain England in this season's opening IRB Sevens tournament, the Dubai Sevens, which start on Thursday, was "
        "delighted with his award. \"There are so many great sevens players on the circuit at the moment that this is a "
        "genuine honour,\" said the Gloucester fly-half.")
# BBC sport/335 (a development slice)
BORTOLAMI = ("Bortolami predicts dour contest\n\nItaly skipper Marco Bortolami believes Saturday's Six Nations contest "
             "against Scotland will be a scrappy encounter.\n\nWith both sides looking for their first win of the "
             "championship, the third-round game at Murrayfield has been billed as a wooden-spoon decider. And Bortolami "
             "feels the Edinburgh contest could end up being a bruising battle of the packs. \"It will not be a pretty "
             "game because both teams are desperate to gain their first win,\" said the lock forward.")


# Bortolami's "the lock forward" is resolved first by subject_renamed.py (the clause-subject
# rule); Amor's is left to this one, since "Simon Amor beat Ben Gollings" names rivals two sentences up
@pytest.mark.parametrize(("text", "word", "name", "by"), [
    pytest.param(AMOR, "genuine honour", "Simon Amor", "role-introduced", id="the_subject_of_the_sentence_before_is_the_fly_half"),
    pytest.param(BORTOLAMI, "pretty game", "Marco Bortolami", "role-discourse", id="the_subject_of_the_sentence_before_is_the_lock"),
])
def test_a_description_closing_a_quotation_is_the_person_the_sentence_before_introduced(text, word, name, by):
    speaker, statement = speaker_of(text, word)
    assert (speaker.name, speaker.type, speaker.unnamed) == (name, "person", False)
    assert statement.explanation.endswith(by)


def test_two_people_as_subjects_before_leave_the_description_unnamed():
    speaker, _ = speaker_of(
        "Cup tie ends level\n\nJohn Smith and Peter Brown both praised the crowd, and Brown said the draw "
        "was fair. \"It was a hard game for everyone,\" said the Gloucester fly-half.", "hard game")
    assert speaker.unnamed



def test_the_description_is_the_title_of_one_given_none():
    speaker, _ = speaker_of(
        "Hibs expect tough test\n\nThe Edinburgh derby has been billed as a decider. And Derek Riordan feels the "
        "game could end up being a bruising battle. \"It will not be a pretty game,\" said the Hibernian striker.",
        "pretty game")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Derek Riordan", "striker", "Hibernian")
