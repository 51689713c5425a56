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


# BBC dev slices: the report whose author the article named in another shape than "a report by X"
@pytest.mark.parametrize(("text", "word", "expected"), [
    # bbc politics/298: the Commission spoke "in a new report"; "the report says" is its report
    pytest.param(
        "'Debate needed' on donations cap\nFears that big donors can buy political favours have sparked calls for a "
        "limit. In a new report, the Electoral Commission says it is worth debating a cap. The rules have already "
        "been changed so the public can see who gives how much to the parties but the report says there are still "
        "public suspicions.",
        "public suspicions", {"name": "Electoral Commission", "document": "report"},
        id="the_report_a_body_spoke_in_is_its_own"),
    # bbc politics/246: the lead's report is named with its author three sentences on
    pytest.param(
        "Student 'inequality' exposed\nTeenagers from well-off backgrounds are six times more likely to go to "
        "university than those from the most deprived areas, a report says.\nThe Higher Education Funding Council "
        "for England said more people went to university between 1994 and 2000. But the percentage of poorer "
        "students \"hardly changed at all\", said its chief executive, Sir Howard Newby. Increasingly more women "
        "than men went to university, while tuition fees and student loans made no major difference.\nThe Hefce "
        "report, drawing on child benefits data, said teenagers in the richest areas could expect a better chance.",
        "six times", {"name": "Higher Education Funding Council for England", "document": "report"},
        id="a_lead_report_named_a_few_sentences_on"),
    # bbc tech/226: "the report by telecoms giant BT" is BT's, the descriptor aside
    pytest.param(
        "Millions to miss out on the net\nBy 2025, 40% of the UK's population will still be without internet "
        "access at home, says a study.\nAround 23 million Britons will miss out on a wide range of essential "
        "services, predicts the report by telecoms giant BT. It compares to 27 million, or 50%, of the UK, who are "
        "not currently online. The idea that the digital divide will evaporate with time is \"wishful thinking\", "
        "the report concludes.",
        "wishful thinking", {"name": "BT", "document": "report"},
        id="a_by_author_named_in_apposition_to_its_descriptor"),
    # bbc business/239: "Research" opening its sentence, tagged as a name
    pytest.param(
        "UK homes hit £3.3 trillion total\nThe value of the UK's housing stock reached the £3.3 trillion mark in "
        "2004, a report indicates.\nResearch from Halifax, the country's biggest mortgage lender, suggests the "
        "value of private housing stock is continuing to rise steadily.",
        "continuing to rise", {"name": "Halifax"},
        id="capitalised_research_from_a_body_speaks_for_it"),
    # bbc business/021: "its results" inside what the paper reported is no other study
    pytest.param(
        "Rank 'set to sell off film unit'\nLeisure group Rank could unveil plans to demerge its film services "
        "unit, reports claim.\nRank will expose the shake-up at the announcement of its results on Friday, the "
        "Sunday Telegraph reported. Advisors Goldman Sachs are understood to have valued its demerged Deluxe Film "
        "unit at £300m, the report added.",
        "Goldman Sachs", {"name": "Sunday Telegraph"},
        id="a_study_inside_a_report_leaves_the_reporter"),
    # bbc tech/209: an online sale's text is his writing, no person called "sales pitch"
    pytest.param(
        'On the online auction, Mr Fisher describes himself as an "average American Joe, give or take". His sales '
        'pitch adds: "Take advantage of this radical advertising campaign and become a part of history."',
        "radical advertising", {"name": "Fisher", "type": "person"},
        id="his_sales_pitch_is_his_writing"),
])
def test_document_author_named_elsewhere(text, word, expected):
    assert speaker_fields(text, word, expected) == expected


def test_a_passive_survey_s_by_hung_on_another_noun_is_still_its_author():
    # PolNeAR train breitbart_2016-02-20_the-latest-hillary-clinton-tells: the parser hangs
    # "by Edison Research" on "networks", not on "conducted"
    speaker, _ = speaker_of("Surveys of caucus-goers showed that older women backed Clinton.\n\nThe survey was "
                            "conducted for AP and the television networks by Edison Research as voters arrived at "
                            "caucus sites.\n\nThe survey found that moderates backed Clinton.", "moderates", "2016-02-20")
    assert (speaker.name, speaker.document) == ("Edison Research", "survey")
