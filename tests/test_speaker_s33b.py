"""Speaker fields of issue 11, stop 33 second round: a passive clause's subject is the
pronoun's first antecedent ("Tony Blair was praised by Bush. He told reporters ...")."""

from __future__ import annotations

from conftest import speaker_of


def _name(text: str, content_word: str) -> str | None:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name


# -- a passive clause's subject ------------------------------------------------------------

def test_a_pronoun_after_a_passive_goes_to_its_subject():
    text = "Tony Blair was praised by George Bush on Monday. He told reporters that the war was going well."
    assert _name(text, "war") == "Tony Blair"


def test_gender_still_rules_the_passive_subject_out():
    text = "Hillary Clinton was praised by George Bush on Monday. He told reporters that the war was going well."
    assert _name(text, "war") == "George Bush"


# -- a ranked office holds the bare head ---------------------------------------------------

def _fields(text: str, content_word: str) -> tuple[str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title


def test_the_minister_is_the_deputy_prime_minister_when_no_other_minister_is_named():
    text = ("The deputy prime minister, John Prescott, visited Hull on Friday. "
            "The minister said the plan would create jobs.")
    assert _fields(text, "jobs") == ("John Prescott", "deputy prime minister")
    text = "Junior minister Jane Kennedy visited Hull on Friday. The minister said the plan would create jobs."
    assert _fields(text, "jobs")[0] == "Jane Kennedy"


def test_the_prime_minister_is_not_the_deputy():
    text = ("The deputy prime minister, John Prescott, visited Hull on Friday. "
            "The prime minister said the plan would create jobs.")
    assert _fields(text, "jobs")[0] != "John Prescott"


def test_an_unranked_minister_named_takes_the_bare_head():
    text = ("The deputy prime minister, John Prescott, visited Hull on Friday with Home Office minister "
            "Hazel Blears. The minister said the plan would create jobs.")
    assert _fields(text, "jobs")[0] == "Hazel Blears"


# -- a firm named after two people ---------------------------------------------------------

def test_a_firm_the_text_writes_with_an_ampersand_is_one_organisation():
    speaker, _ = speaker_of("Marks & Spencer shares fell on Monday. Marks and Spencer said profits rose.", "profits")
    assert (speaker.name, speaker.type) == ("Marks and Spencer", "organization")


def test_two_bodies_joined_by_and_still_speak_together():
    speaker, _ = speaker_of("Shares in Microsoft & Co fell. Microsoft and Google said they would appeal.", "appeal")
    assert (speaker.name, speaker.type) == ("Microsoft and Google", "group")


# -- a firm the tagger reads as an adjective -----------------------------------------------

def test_a_firm_opening_the_sentence_before_a_role_is_the_affiliation():
    speaker, _ = speaker_of("Investec chief economist Philip Shaw said rates would rise.", "rates")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Philip Shaw", "chief economist", "Investec")


def test_an_adjective_opening_the_sentence_is_no_body():
    speaker, _ = speaker_of("Former chief executive John Smith said rates would rise.", "rates")
    assert speaker.affiliation is None
    speaker, _ = speaker_of("Renowned economist John Smith said rates would rise.", "rates")
    assert (speaker.title, speaker.affiliation) == ("economist", None)


# -- an address, not a ranking --------------------------------------------------------------

def test_number_10_is_the_body_not_part_of_the_title():
    speaker, _ = speaker_of('A Number 10 spokeswoman would only say: "He will announce an election when he wants to."',
                            "announce")
    assert (speaker.title, speaker.affiliation) == ("spokeswoman", "Number 10")
    speaker, _ = speaker_of("The No 10 spokesman said the election would come.", "election")
    assert speaker.title == "spokesman"


def test_a_ranking_stays_in_the_title():
    speaker, _ = speaker_of("World number one Roger Federer said he was tired.", "tired")
    assert (speaker.name, speaker.title) == ("Roger Federer", "World number one")


# -- a legal filing speaks as a document ------------------------------------------------------

def test_the_suit_that_claims_is_a_document():
    speaker, _ = speaker_of("But the suit claims the chips shut down the cartridges early.", "cartridges")
    assert (speaker.type, speaker.unnamed) == ("document", True)
    speaker, _ = speaker_of("The petition says the ban is unlawful.", "unlawful")
    assert speaker.type == "document"


def test_a_person_in_a_suit_is_still_a_person():
    speaker, _ = speaker_of("The man in the suit said he was tired.", "tired")
    assert speaker.type == "person"


# -- a name by a quotation that the NER took for a title --------------------------------------

def test_a_name_after_a_quotation_read_as_a_title_is_a_person():
    speaker, _ = speaker_of('"I am afraid the resources are low," Jean-Michel Lemetayer told reporters.', "resources")
    assert (speaker.name, speaker.type) == ("Jean-Michel Lemetayer", "person")
