"""Speaker fields an editor's pass over BBC dev slices found wrong (issue 11, stop 39):
letters after a name are no part of it; "Double" before a title is how often it was won,
no body. Sentences from BBC News."""

from __future__ import annotations

from conftest import speaker_of


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


def test_double_before_a_title_is_part_of_it():
    text = ("Gebrselassie in London triple bid\n\n"
            "\"It is a coup for us to secure Haile's presence for the next three years,\" said race director David "
            "Bedford. \"If I didn't think I could win I would not be here,\" said Double Olympic 10,000m champion "
            "Haile Gebrselassie.")
    speaker, _ = speaker_of(text, "could win", "2005-01-20")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Haile Gebrselassie", "Double Olympic champion", None)


def test_coordinated_roles_before_a_name_make_one_title():
    # issue 11's leftover: the parser makes "Broadcaster" the subject and the name its conjunct,
    # and the title kept only "writer"
    speaker, _ = speaker_of("Broadcaster and writer Melvyn Bragg said the book was a triumph.", "triumph", "2005-01-20")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Melvyn Bragg", "Broadcaster and writer", None)


def test_two_bodies_before_a_role_stay_no_title():
    # "BBC and ITV presenter": the first word is a body, not a role coordinated with the title
    speaker, _ = speaker_of("Political editor Nick Robinson said the vote was close. Former BBC and ITV presenter "
                            "Anna Ford said the campaign was dull.", "dull", "2005-01-20")
    assert speaker.title == "presenter"


def test_a_lower_case_field_after_the_role_s_of_keeps_the_title():
    # the tagger reads "rugby" as a proper noun, so the name the parser made the object of
    # "of" was not taken for the role's holder and the title was lost
    text = ("Saint-Andre anger at absent stars\n\n"
            "\"Under the Elite Player Squad agreement, England wanted a second opinion, which they can do,\" "
            "director of rugby Nigel Melville told the Gloucester Citizen.")
    speaker, _ = speaker_of(text, "second opinion", "2005-01-20")
    assert (speaker.name, speaker.title) == ("Nigel Melville", "director of rugby")


def test_coordinated_roles_where_the_ner_took_the_second_into_the_name():
    # issue 11's leftover: the NER's "DJ Jamie Cullum" and the parser's subject "Singer" gave
    # only "Singer"
    speaker, _ = speaker_of("Singer and DJ Jamie Cullum said the show was great.", "great", "2005-01-20")
    assert (speaker.name, speaker.title) == ("Jamie Cullum", "Singer and DJ")
