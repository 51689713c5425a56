"""Portfolio and field words before a role (issue 11; attribute/title_parts.py): a portfolio
is part of the title ("Higher Education Minister", "Europe minister", "Former NI minister",
"Scotland Secretary"), a field of work or a plural field stays in the title ("Sales manager",
"director of rugby" aside), while a club's nickname, a sentence-opening plural before
"chief", a place before a coach and a bare "Campaign" before a spokesman are the body."""

from __future__ import annotations

import pytest
from conftest import fields_of, speaker_fields


@pytest.mark.parametrize("field", ["Sales", "Operations"])
def test_a_field_of_work_before_chief_stays_the_title(field):
    text = f'"He was not alone." {field} chief John Smith said prices would rise. "We will see," said Smith.\n'
    assert fields_of(text, "prices")[2] is None


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        "Theatre impresario Sir Cameron Mackintosh has said he hopes the musical is a blend of the film and the book.\n",
        "musical", {"name": "Cameron Mackintosh", "affiliation": None, "title": "Theatre impresario"},
        id="a_field_of_work_opening_the_sentence_is_no_body_though_the_ner_says_so"),
    pytest.param(
        'The Higher Education Minister, Kim Howells, said: "We are working in schools."\n',
        "working in schools", {"name": "Kim Howells", "type": "person", "title": "Higher Education Minister", "affiliation": None},
        id="higher_education_is_a_portfolio_not_a_body"),
    pytest.param(
        "Rubio was asked by Fox Business moderator Gerard Baker whether his plan would work.\n",
        "plan would work", {"name": "Gerard Baker", "type": "person", "title": "moderator", "affiliation": "Fox Business"},
        id="a_portfolio_word_inside_a_network_s_name_stays_in_the_body-1"),
    pytest.param(
        "BBC business editor Robert Peston said the deal was good.\n",
        "deal was good", {"name": "Robert Peston", "type": "person", "title": "business editor", "affiliation": "BBC"},
        id="a_portfolio_word_inside_a_network_s_name_stays_in_the_body-2"),
    pytest.param(
        "Rovers boss Peter Hale said his team had been robbed at Anfield.",
        "robbed", {"title": "boss", "affiliation": "Rovers"},
        id="a_capitalised_plural_before_a_team_role_is_the_club"),
    pytest.param(
        "Sales manager John Dent said the shop had been busy.",
        "busy", {"title": "Sales manager", "affiliation": None},
        id="a_plural_field_before_a_role_stays_the_title-1"),
    pytest.param(
        "Sports minister Ann Cole said the bid was strong.",
        "bid was", {"title": "Sports minister"},
        id="a_plural_field_before_a_role_stays_the_title-2"),
    pytest.param(
        "Europe minister Denis MacShane said the treaty was a good deal for Britain.",
        "treaty", {"title": "Europe minister", "affiliation": None},
        id="a_place_before_minister_is_the_portfolio_not_the_body-1"),
    pytest.param(
        "Labour's Europe minister Denis MacShane said the treaty was good.",
        "treaty", {"title": "Europe minister", "affiliation": "Labour"},
        id="a_place_before_minister_is_the_portfolio_not_the_body-2"),
    pytest.param(
        "Northern Ireland Secretary Paul Murphy said talks would resume.",
        "talks", {"title": "Northern Ireland Secretary"},
        id="a_place_before_minister_is_the_portfolio_not_the_body-3"),
    pytest.param(
        "Wales coach Mike Ruddock said his side had played well.",
        "played", {"title": "coach", "affiliation": "Wales"},
        id="a_place_before_a_coach_stays_the_body"),
    pytest.param(
        "Former NI minister Nicholas Scott said the talks had failed.",
        "talks", {"title": "Former NI minister", "affiliation": None},
        id="ni_before_minister_is_the_portfolio"),
    # BBC dev slice, sport/231 (the word is written in lower case elsewhere in the article)
    pytest.param(
        '"He was not alone." Referees chief Keith Hackett believes Mourinho should retract his comments. '
        '"I don\'t want referees or myself getting in the psychological warfare," said Hackett.\n',
        "psychological", {"name": "Keith Hackett", "title": "chief", "affiliation": "Referees"},
        id="a_plural_opening_the_sentence_before_chief_is_the_body"),
    pytest.param(
        "A letter from Scotland Secretary Alistair Darling said the plan was wrong.",
        "plan", {"name": "Alistair Darling", "title": "Scotland Secretary"},
        id="a_place_before_a_spelled_out_title_stays_the_title"),
    # devgold west-journal_2016-05-05 and breitbart_2016-07-19
    pytest.param(
        "Campaign spokesman Brian Fallon told Politico, \u201cFrom the start, Hillary Clinton has "
        "offered to answer any questions.\u201d",
        "start", {"title": "spokesman", "affiliation": "Campaign"},
        id="a_bare_campaign_before_a_spokesman_or_chair_is_the_body-1"),
    pytest.param(
        "Campaign manager Robby Mook said the plan was working.",
        "plan", {"title": "Campaign manager", "affiliation": None},
        id="a_bare_campaign_before_a_spokesman_or_chair_is_the_body-2"),
    # devgold usa-today_2016-04-01
    pytest.param(
        "\"We continue to face the threat from North Korean provocations,\" said Ben Rhodes, Obama's "
        "deputy national security adviser for strategic communications.",
        "threat", {"title": "deputy national security adviser for strategic communications"},
        id="a_plural_field_after_for_is_part_of_the_title-1"),
    pytest.param(
        "Jane Roe, an adviser for families at the charity, said the plan was wrong.",
        "plan", {"title": "adviser"},
        id="a_plural_field_after_for_is_part_of_the_title-2"),
    # devgold usa-today_2016-04-01 (PolNeAR train, verbatim): a region's demonym opens the field
    pytest.param(
        "Dan Kritenbrink, senior director for Asian affairs at the National Security Council, said he expects "
        "Obama, Abe, and Park to \"clearly demonstrate their unity in our commitment and our firm resolve to deter "
        "and defend against North Korean aggression.\"",
        "unity", {"title": "senior director for Asian affairs", "affiliation": "National Security Council"},
        id="a_region_s_field_after_for_is_part_of_the_title"),
    # an invented sentence of the same shape: a spokesman for a named leader keeps the leader
    pytest.param(
        "A spokesman for Israeli Prime Minister Benjamin Netanyahu said the talks had failed.",
        "talks", {"title": "spokesman", "affiliation": "Benjamin Netanyahu"},
        id="a_demonym_before_a_capitalised_office_is_no_field"),
    # BBC tech/117 (dev slice, verbatim): the field is the title's, the body the one the field is
    # researched for (before, the title lost its field and the article's outlet became the body)
    pytest.param(
        '"We\'ve had several reports all over the world," said Mikko Hypponen, director of anti-virus research '
        "for F-Secure.",
        "several reports", {"title": "director of anti-virus research", "affiliation": "F-Secure"},
        id="a_field_keeps_its_hyphen_and_the_body_hung_on_it"),
    # an invented sentence of the same shape, after "for"
    pytest.param(
        '"It is a threat," said John Roe, adviser for homeland security at the White House.',
        "threat", {"title": "adviser for homeland security", "affiliation": "White House"},
        id="a_field_after_for_leaves_the_body_hung_on_it"),
])
def test_portfolio_in_speaker_fields(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected
