"""Names the NER cuts or glues, and pronouns whose person the names give no gender (issue 11),
on sentences from development articles (BBC dev slices, PolNeAR train), parsed by the real
pipeline: a role, an honorific, letters after a name or an adverb the NER took into a name
("Wales physio Mark Davies", "Pastor Joseph Brown", "Ian MacDonald QC"), a person run into a
body's "of", a name listed with people that the NER calls a body, and a title and surname
read as a body's name."""

from __future__ import annotations

from conftest import fields_of, speaker_of, typed_fields_of

from onrecord import extract
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


_LISTED = ("But that hasn't stopped Ben Carson, Carly Fiorina or Mike Huckabee, who chose to fulfill commitments "
           "to the nonprofits that signed them up before they jumped into the race.\n\n")


def test_letters_after_a_name_are_no_part_of_it():
    # the NER's "Ian MacDonald QC" made a second entity beside "Mr MacDonald"'s Ian MacDonald
    text = ("Lawyer attacks anti-terror laws\n\n"
            "Ian MacDonald QC said the current system is giving Britain a bad name. He was part of a 19-strong "
            "panel who have special security clearance to act for suspected terrorists.\n\n"
            "Mr MacDonald told BBC News: \"The reason why I am resigning is because I fundamentally disagree with "
            "locking people up without any trial.\"")
    from onrecord import extract

    article = extract(text, published="2005-01-20")
    assert {s.speaker.name for s in article.statements} == {"Ian MacDonald"}
    assert "Ian MacDonald QC" not in {e.name for e in article.entities}


def test_an_adverb_the_ner_took_into_a_name_is_no_part_of_it():
    text = ("Ari Fleischer said Trump's nomination will test the report. “Certainly Donald Trump has gone in the "
            "opposite direction from what we recommended,” he said. Donald Trump said the report was wrong.")
    speaker, _ = speaker_of(text, "report was wrong")
    assert speaker.name == "Donald Trump"


def test_a_role_the_ner_took_into_a_name_is_cut_from_it():
    speaker, _ = speaker_of('"He is unlikely to be ready for the final game," said Wales physio Mark Davies.', "final game")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Mark Davies", "physio", "Wales")
    speaker, _ = speaker_of("Osama bin Laden said the war would go on.", "war would go on")
    assert speaker.name == "Osama bin Laden"


def test_a_title_and_surname_read_as_a_body_s_name_is_the_titled_person():
    text = ('However, Professor John Curtice, of the University of Strathclyde, is sceptical. "For the most part the '
            'seats are safe," Professor Curtice said.\n')
    assert typed_fields_of(text, "seats are safe")[:3] == ("John Curtice", "person", "Professor")


def test_a_name_after_a_quotation_read_as_a_title_is_a_person():
    speaker, _ = speaker_of('"I am afraid the resources are low," Jean-Michel Lemetayer told reporters.', "resources")
    assert (speaker.name, speaker.type) == ("Jean-Michel Lemetayer", "person")


def test_a_person_the_ner_ran_into_a_body_s_of_is_the_person_of_that_body():
    # PolNeAR train, wash-post_2015-11-10_opposition-appears-to-win-landsl
    text = ('"People stood hours in line in the sun and celebrated, and today there is a huge disappointment because '
            'their vote did not count," said Meenakshi Ganguly of Human Rights Watch, who observed the vote.\n')
    speaker, _ = speaker_of(text, "celebrated")
    assert (speaker.name, speaker.type, speaker.affiliation) == ("Meenakshi Ganguly", "person", "Human Rights Watch")


def test_a_name_listed_with_people_is_a_person_and_speaks_for_a_spokeswoman():
    # PolNeAR train (development gold), politico_2015-12-15_carson-huckabee-fiorina-earned-s
    text = _LISTED + ("A spokeswoman for Fiorina said the former executive has no more speeches scheduled.\n")
    assert fields_of(text, "speeches scheduled") == ("spokeswoman", "spokeswoman", "Carly Fiorina")


def test_a_team_of_a_name_listed_with_people_is_that_person_s_team():
    text = _LISTED + "But Fiorina's team denied that she would be accepting new speeches.\n"
    speaker, _ = speaker_of(text, "accepting")
    assert speaker.name == "Fiorina team"


def test_a_dj_before_a_name_is_a_role_not_part_of_the_name():
    # BBC entertainment/218 (a dev slice), made a statement: the NER glues "DJ" to the name
    speaker, _ = speaker_of("Controversial DJ Howard Stern said he was leaving conventional radio for the relatively "
                            "restriction-free satellite service.", "leaving conventional", "2005-01-05")
    assert speaker.name == "Howard Stern"
