"""Names the NER cuts or glues, and pronouns whose person the names give no gender (issue 11),
on sentences from development articles (BBC dev slices, PolNeAR train), parsed by the real
pipeline."""

from __future__ import annotations

from conftest import speaker_of

from onrecord.attribute import load_pipeline
from onrecord.attribute.names import name_key


def _names(text: str) -> list[str]:
    return [e.name for e in load_pipeline()(text)._.entities]


def test_a_person_glued_onto_a_body_s_name_is_a_person_of_their_own():
    # en_core_web_sm reads "EADS Philippe Camus" as one organisation
    text = ("The French co-head of European defence and aerospace group EADS Philippe Camus is to leave his post.\n\n"
            "Mr Camus said in a statement that he has accepted the invitation to return full-time to the Lagardere "
            "group, which owns 30% of EADS.")
    speaker, _ = speaker_of(text, "accepted the invitation")
    assert (speaker.name, speaker.type) == ("Philippe Camus", "person")
    assert "EADS" in _names(text)


def test_a_body_name_before_a_name_without_a_first_name_the_corpora_know_stays_whole():
    # no known first name at the end: nothing is split off
    assert "Reserve Bank of Australia" in _names("The Reserve Bank of Australia said rates would rise. The Bank said so.")


def test_a_possessor_inside_a_person_entity_is_not_the_name():
    # the NER takes "Breitbart's Joel Pollak" as one person
    text = ("As Breitbart’s Joel Pollak reported after the FBI appears to have abandoned the crime scene in San "
            "Bernardino, the investigation was not thorough.")
    assert "Joel Pollak" in _names(text)
    assert not any("Breitbart Joel" in name for name in _names(text))


def test_a_word_before_a_full_name_is_no_part_of_it_where_the_article_writes_the_name_without_it():
    text = ("Conservative Icon Morton Blackwell Endorses Ted Cruz.\n\nMorton Blackwell, the conservative icon who "
            "founded the Leadership Institute in 1979, said he would back Cruz. “I have decided to endorse Ted Cruz,” "
            "Blackwell wrote.")
    speaker, _ = speaker_of(text, "decided to endorse")
    assert speaker.name == "Morton Blackwell"


def test_he_or_she_takes_the_one_person_just_named_whose_gender_no_name_gives():
    # the prosecutor is the only person in play (and the census's given names know Carrie)
    text = ("The prosecutor, Carrie Cohen, looked crushed as she left the courtroom. She avoided looking at me. "
            "Politically, she knew that I had won.")
    speaker, statement = speaker_of(text, "I had won")
    assert speaker.name == "Carrie Cohen"
    assert "pronoun" in (statement.explanation or "")


def test_two_people_of_unknown_gender_just_named_leave_the_pronoun_unresolved():
    # (neither list of given names gives "Kim" or "Preet" a gender)
    text = "Reporters waited for Kim Cohen and Preet Bharara outside the court. Later she said that the case was weak."
    speaker, _ = speaker_of(text, "the case was weak")
    assert speaker.name is None


def test_a_surname_joins_a_full_name_with_a_generational_suffix():
    # "Pate" alone was another entity than "Luther Stan Pate IV", and "he" went to Rubio
    text = ("The real scandal is that Rubio donor Luther Stan Pate IV, a Tuscaloosa real estate developer, was behind "
            "it. Pate claimed in an interview that he acted alone. “I have not had any conversations with any campaign "
            "in almost a year,” he said in the interview with Breitbart News.")
    speaker, _ = speaker_of(text, "any conversations")
    assert speaker.name == "Luther Stan Pate IV"
    assert name_key("Luther Stan Pate IV")[-1] == name_key("Pate")[-1] == "pate"
