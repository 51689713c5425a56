"""A reply's pronoun is the person asked in the sentence before (issue 11; a PolNeAR train
sentence), parsed by the real pipeline."""

from __future__ import annotations

from conftest import speaker_of

_ASKED = ("Democratic candidate Bernie Sanders is greeting voters in Las Vegas. Sanders asks at Western High School, "
          "“Any questions I can answer?” He jokes, “It’s a never ending line!” "
          "A reporter asked Sanders how he’s feeling on caucus day. He replied: “The bigger the turnout, the better I feel.”")


def test_he_replied_is_the_person_the_sentence_before_asked():
    speaker, statement = speaker_of(_ASKED, "bigger the turnout")
    assert speaker.name == "Bernie Sanders"
    assert "pronoun-asked" in (statement.explanation or "")


def test_a_reply_after_no_question_to_a_named_person_binds_as_before():
    text = ("Senator Ted Cruz met reporters in Houston. Donald Trump asked the crowd to wait. "
            "He replied: “We will win Texas.”")
    speaker, statement = speaker_of(text, "win Texas")
    assert "pronoun-asked" not in (statement.explanation or "")


def test_a_reply_whose_asked_person_has_the_other_gender_is_not_bound_to_them():
    text = ("Hillary Clinton spoke in Iowa on Monday. Later a voter asked Mrs Clinton about her emails. "
            "He replied that the question was unfair.")
    speaker, _ = speaker_of(text, "unfair")
    assert speaker.name != "Hillary Clinton"
