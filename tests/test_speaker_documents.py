"""Documents as speakers (issue 11; attribute/document_phrases.py, document_anaphora.py,
subject_shapes.py): a suit, a petition, a lawsuit's passive participle, figures, polling and
indicators speak as documents; a poll written in capitals or a financial disclosure speaks
for its author, "the survey" for the body that has just reported; a person in a suit stays
a person."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of


def test_a_body_that_only_said_something_gives_the_survey_no_author():
    speaker, _ = speaker_of(
        "There has been a surge of people registering as independents, which Democrats say could be aiding Mr. "
        "Sanders. The survey found that either candidate would defeat Mr. Trump.", "defeat", "2016-03-24")
    assert speaker.name != "Democrats"


def test_a_document_speaks_the_participle_of_its_passive():
    speaker, statement = speaker_of("A federal lawsuit was filed in 2012 challenging the New York Police Department's "
                                    "surveillance of Muslim communities and alleging that police used the plaintiffs' "
                                    "Muslim identity as a “permissible proxy for criminality.”", "police used",
                                    "2015-11-19")
    assert (speaker.name, speaker.type) == ("federal lawsuit", "document")
    assert statement.act == "writing"


_MORNING_CONSULT_POLL = ("Poll: Trump ties Clinton.\n\nA Morning Consult Poll found that Bloomberg would draw from Clinton.\n\n"
                         "Trump received 37 percent, according to the results.")


@pytest.mark.parametrize(("text", "word", "published", "expected"), [
    # a study of the family named just before is still the one taken up
    pytest.param(
        "Consumer sentiment over the last year has been higher than in any year since 2004, the University of "
        "Michigan reported last week. More people are working, and the survey found that people had increased "
        "confidence that their finances would improve.",
        "finances would improve", "2015-11-09", {"name": "University of Michigan"},
        id="the_survey_is_the_study_of_the_body_that_has_just_reported-1"),
    pytest.param(
        "A Gallup poll released on Monday found that 60 percent of voters distrust Congress. Consumer confidence "
        "rose in October, the Conference Board reported. The poll found that voters blame both parties.",
        "blame both parties", "2015-11-09", {"name": "Gallup"},
        id="the_survey_is_the_study_of_the_body_that_has_just_reported-2"),
    pytest.param(
        "But the suit claims the chips shut down the cartridges early.",
        "cartridges", "2005-03-01", {"type": "document", "unnamed": True},
        id="the_suit_that_claims_is_a_document-1"),
    pytest.param(
        "The petition says the ban is unlawful.",
        "unlawful", "2005-03-01", {"type": "document"},
        id="the_suit_that_claims_is_a_document-2"),
    pytest.param(
        "The man in the suit said he was tired.",
        "tired", "2005-03-01", {"type": "person"},
        id="a_person_in_a_suit_is_still_a_person"),
    # PolNeAR train, breitbart_2016-01-23_poll-donald-trump-ties-hillary-c
    pytest.param(
        _MORNING_CONSULT_POLL,
        "Bloomberg would draw", "2005-03-01", {"name": "Morning Consult", "type": "organization"},
        id="a_poll_written_in_capitals_speaks_for_its_author-1"),
    pytest.param(
        _MORNING_CONSULT_POLL,
        "37 percent", "2005-03-01", {"name": "Morning Consult"},
        id="a_poll_written_in_capitals_speaks_for_its_author-2"),
    # PolNeAR train, politico_2015-12-15_carson-huckabee-fiorina-earned-s
    pytest.param(
        "X.\n\nHillary Clinton delivered a pair of speeches. Her financial disclosure suggests she diverted "
        "the fees to charity.",
        "diverted", "2005-03-01", {"name": "Hillary Clinton", "document": "disclosure"},
        id="a_financial_disclosure_speaks_for_its_owner"),
    pytest.param(
        "Official figures released on Monday suggested the economy grew.",
        "economy", "2016-07-19", {"type": "document"},
        id="figures_as_numbers_stay_a_document"),
    pytest.param(
        "Exit polling shows he won 83% of voters under 30 in Pennsylvania last month, 74% in "
        "Indiana last week and 71% in West Virginia on Tuesday.",
        "83%", "2016-05-11", {"type": "document"},
        id="polling_and_indicators_are_documents-1"),
    pytest.param(
        "Other indicators are also suggesting that the country is inching back towards economic "
        "health.",
        "economic health", "2005-03-01", {"type": "document"},
        id="polling_and_indicators_are_documents-2"),
])
def test_document_speaker(text, word, published, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected, published) == expected


def test_a_body_s_processing_of_data_speaks_for_the_body():
    # cleveland.com page (news-html cleveland.com1): a process noun, no person called "recent parsing"
    speaker, _ = speaker_of("Chia seeds and goji berries are the new kale and quinoa, according to Google's recent "
                            "parsing of food-focused searches from 2014.", "quinoa")
    assert (speaker.name, speaker.type) == ("Google", "organization")
