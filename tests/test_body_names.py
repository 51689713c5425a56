"""A body's whole name where the parse cut it, and its acronym written as a word (stop 39).
Sentences from the development gold (BBC politics/165) and BBC dev slices."""

from __future__ import annotations

from conftest import speaker_of

from onrecord import extract


def test_a_role_hung_inside_a_bodys_name_keeps_the_whole_name():
    # the parser hangs "president Chris Fox" under "of": the words before the role are "Chief Police Officers"
    speaker, _ = speaker_of("Association of Chief Police Officers president Chris Fox said the current 24-hour "
                            "closure power did not have enough impact on bad landlords.", "closure power", "2005-01-19")
    assert (speaker.name, speaker.title, speaker.affiliation) == (
        "Chris Fox", "president", "Association of Chief Police Officers")


def test_a_word_the_role_phrase_dropped_is_not_brought_back():
    # PolNeAR train: the NER's "Top Republican Party" opens with the sentence's capital
    speaker, _ = speaker_of("Top Republican Party donor Sheldon Adelson said he would back the nominee.", "back the",
                            "2015-12-20")
    assert speaker.affiliation == "Republican Party"


def test_an_acronym_written_as_a_word_is_the_body_it_spells():
    # BBC politics/165 and politics/246 (dev slices): "Acpo", "Hefce", read by the NER as people's names
    text = ("Association of Chief Police Officers president Chris Fox said the current 24-hour closure power did not "
            "have enough impact.\n\nAcpo wants pubs and clubs which cause extra work for police and hospitals to "
            "have to pay towards the costs.\n\n\"We need this,\" Acpo said.")
    speaker, _ = speaker_of(text, "We need this", "2005-01-19")
    assert (speaker.name, speaker.type) == ("Association of Chief Police Officers", "organization")


def test_a_one_word_name_that_spells_no_bodys_initials_stays_itself():
    text = ("The Confederation of British Industry said growth was slowing.\n\n"
            "\"We are worried,\" Cobi said.")
    speaker, _ = speaker_of(text, "We are worried", "2005-01-19")
    assert speaker.name != "Confederation of British Industry"


def test_the_whole_name_and_its_acronym_where_the_ner_labels_no_organisation(shared):
    # devgold BBC politics/165 as written: in the whole article the NER labels no organisation
    # at "Association of Chief Police Officers", and "Acpo" a person each time
    text = (shared / "data" / "bbc" / "politics" / "165.txt").read_text(encoding="utf-8")
    statements = extract(text).statements
    fox = [s for s in statements if s.speaker.name == "Chris Fox"]
    assert fox and all(s.speaker.affiliation == "Association of Chief Police Officers" for s in fox)
    assert not [s for s in statements if s.speaker.name == "Acpo"]
