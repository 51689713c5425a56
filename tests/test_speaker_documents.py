"""Documents as speakers (issue 11; attribute/document_phrases.py, document_anaphora.py,
subject_shapes.py): a suit, a petition, a lawsuit's passive participle, figures, polling and
indicators speak as documents; a poll written in capitals or a financial disclosure speaks
for its author, "the survey" for the body that has just reported; a person in a suit stays
a person."""

from __future__ import annotations

from conftest import speaker_of


def test_the_survey_is_the_study_of_the_body_that_has_just_reported():
    speaker, _ = speaker_of(
        "Consumer sentiment over the last year has been higher than in any year since 2004, the University of "
        "Michigan reported last week. More people are working, and the survey found that people had increased "
        "confidence that their finances would improve.", "finances would improve", "2015-11-09")
    assert speaker.name == "University of Michigan"
    # a study of the family named just before is still the one taken up
    speaker, _ = speaker_of(
        "A Gallup poll released on Monday found that 60 percent of voters distrust Congress. Consumer confidence "
        "rose in October, the Conference Board reported. The poll found that voters blame both parties.",
        "blame both parties", "2015-11-09")
    assert speaker.name == "Gallup"


def test_a_body_that_only_said_something_gives_the_survey_no_author():
    speaker, _ = speaker_of(
        "There has been a surge of people registering as independents, which Democrats say could be aiding Mr. "
        "Sanders. The survey found that either candidate would defeat Mr. Trump.", "defeat", "2016-03-24")
    assert speaker.name != "Democrats"


def test_the_suit_that_claims_is_a_document():
    speaker, _ = speaker_of("But the suit claims the chips shut down the cartridges early.", "cartridges")
    assert (speaker.type, speaker.unnamed) == ("document", True)
    speaker, _ = speaker_of("The petition says the ban is unlawful.", "unlawful")
    assert speaker.type == "document"


def test_a_person_in_a_suit_is_still_a_person():
    speaker, _ = speaker_of("The man in the suit said he was tired.", "tired")
    assert speaker.type == "person"


def test_a_poll_written_in_capitals_speaks_for_its_author():
    # PolNeAR train, breitbart_2016-01-23_poll-donald-trump-ties-hillary-c
    text = ("Poll: Trump ties Clinton.\n\nA Morning Consult Poll found that Bloomberg would draw from Clinton.\n\n"
            "Trump received 37 percent, according to the results.")
    speaker, _ = speaker_of(text, "Bloomberg would draw")
    assert (speaker.name, speaker.type) == ("Morning Consult", "organization")
    assert speaker_of(text, "37 percent")[0].name == "Morning Consult"


def test_a_financial_disclosure_speaks_for_its_owner():
    # PolNeAR train, politico_2015-12-15_carson-huckabee-fiorina-earned-s
    text = ("X.\n\nHillary Clinton delivered a pair of speeches. Her financial disclosure suggests she diverted "
            "the fees to charity.")
    speaker, _ = speaker_of(text, "diverted")
    assert (speaker.name, speaker.document) == ("Hillary Clinton", "disclosure")


def test_a_document_speaks_the_participle_of_its_passive():
    speaker, statement = speaker_of("A federal lawsuit was filed in 2012 challenging the New York Police Department's "
                                    "surveillance of Muslim communities and alleging that police used the plaintiffs' "
                                    "Muslim identity as a “permissible proxy for criminality.”", "police used",
                                    "2015-11-19")
    assert (speaker.name, speaker.type) == ("federal lawsuit", "document")
    assert statement.act == "writing"


def test_figures_as_numbers_stay_a_document():
    speaker, _ = speaker_of("Official figures released on Monday suggested the economy grew.", "economy", "2016-07-19")
    assert speaker.type == "document"


def test_polling_and_indicators_are_documents():
    speaker, _ = speaker_of("Exit polling shows he won 83% of voters under 30 in Pennsylvania last month, 74% in "
                            "Indiana last week and 71% in West Virginia on Tuesday.", "83%", "2016-05-11")
    assert speaker.type == "document"
    speaker, _ = speaker_of("Other indicators are also suggesting that the country is inching back towards economic "
                            "health.", "economic health", "2005-03-01")
    assert speaker.type == "document"
