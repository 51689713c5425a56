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


def test_a_possessive_role_is_the_person_named_next_with_it_before_the_name():
    # "his spokesman" in the lead, the spokesman named in the next paragraph with the role
    # written before his name (and at a body "his" is not)
    text = ("Singer Ian Brown 'in gig arrest'\n\n"
            "Former Stone Roses singer Ian Brown was arrested after a fight during a concert in San Francisco on "
            "Tuesday, his spokesman has said.\n\n"
            "A fan jumped on stage and attacked the singer, who then became involved in a fracas with a security "
            "guard, Fiction Records spokesman Paul Smernicki said.")
    speaker, _ = speaker_of(text, "Former Stone Roses singer", "2005-01-20")
    assert (speaker.name, speaker.title) == ("Paul Smernicki", "spokesman")


_ACPO = ("Police urge pub closure power\n\n"
         "New powers are needed to close disorderly pubs, bars and clubs for up to a week or even permanently, "
         "{source} have told MPs.\n\n"
         "Association of Chief Police Officers president Chris Fox said the current 24-hour closure power did not "
         "have enough impact on bad landlords.")


def test_a_lead_s_plural_source_is_the_body_named_for_it():
    speaker, _ = speaker_of(_ACPO.format(source="police chiefs"), "New powers are needed", "2005-01-20")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("Association of Chief Police Officers", "organization", False)


def test_a_lead_s_plural_source_with_a_word_the_body_s_name_lacks_stays_unnamed():
    speaker, _ = speaker_of(_ACPO.format(source="senior police officers"), "New powers are needed", "2005-01-20")
    assert speaker.unnamed and speaker.name != "Association of Chief Police Officers"


def test_they_after_two_people_named_as_a_subject_is_the_two_of_them():
    # the narration's "Residents" spoke before; the pair named as the sentence's subject is who "They" are
    text = ("Residents have complained about the noise. Local couple Tom Smith and Jane Doe have lived next to the "
            "airport for 20 years. They said the flights started at 5am.")
    speaker, _ = speaker_of(text, "the flights started", "2005-01-20")
    assert (speaker.name, speaker.type) == ("Tom Smith and Jane Doe", "group")


def test_they_after_a_name_and_its_object_is_no_pair():
    text = ("Residents have complained about the noise. Tom Smith met Jane Doe at the airport. "
            "They said the flights started at 5am.")
    assert speaker_of(text, "the flights started", "2005-01-20")[0].name == "Residents"


def test_which_after_a_descriptor_and_its_apposed_name_is_the_name():
    # the shape of an issue-11 reader fault ("rival IBM, which said"): the parser hangs the
    # relative clause on "broadcaster", with "ITV" its apposition
    text = "The deal was criticised by rival broadcaster ITV, which said it would complain to the regulator."
    speaker, _ = speaker_of(text, "complain to the regulator", "2005-01-20")
    assert (speaker.name, speaker.type) == ("ITV", "organization")


def test_a_possessive_kin_noun_is_the_person_named_in_apposition_to_it_before():
    # a kin noun gives no title the role resolver could match; the apposition names him
    text = ("Osman is believed to have been on the flight, according to an interview his brother Alastair Osman gave "
            "to ITV. The 40-year-old, who lived in the United Kingdom, worked as a geologist for the Centamin mining "
            "company, the BBC reported. His father had originally moved to South Wales from Egypt. Alastair Osman "
            "called him a kind, loving and admirable person. He and his wife had just welcomed a second baby girl "
            "three weeks ago, his brother added.")
    speaker, _ = speaker_of(text, "second baby girl", "2016-05-19")
    assert (speaker.name, speaker.unnamed) == ("Alastair Osman", False)


def test_a_kin_noun_s_apposed_name_is_a_person_though_the_ner_reads_a_body():
    # the shape of an issue-11 reader fault: "his father" named a sentence earlier
    text = ("Moazzam Begg was released from Guantanamo Bay on Tuesday. His father, Azmat Begg, had campaigned for his "
            "release for three years. \"I am overjoyed,\" his father said.")
    speaker, _ = speaker_of(text, "overjoyed", "2005-01-26")
    assert (speaker.name, speaker.type) == ("Azmat Begg", "person")
