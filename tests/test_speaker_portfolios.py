"""Portfolio and field words before a role (issue 11; attribute/title_parts.py): a portfolio
is part of the title ("Higher Education Minister", "Europe minister", "Former NI minister",
"Scotland Secretary"), a field of work or a plural field stays in the title ("Sales manager",
"director of rugby" aside), while a club's nickname, a sentence-opening plural before
"chief", a place before a coach and a bare "Campaign" before a spokesman are the body."""

from __future__ import annotations

import pytest

from conftest import fields_of, speaker_of, typed_fields_of


def test_a_field_of_work_opening_the_sentence_is_no_body_though_the_ner_says_so():
    text = "Theatre impresario Sir Cameron Mackintosh has said he hopes the musical is a blend of the film and the book.\n"
    name, _, title, affiliation = typed_fields_of(text, "musical")
    assert (name, affiliation) == ("Cameron Mackintosh", None)
    assert title == "Theatre impresario"


def test_higher_education_is_a_portfolio_not_a_body():
    text = 'The Higher Education Minister, Kim Howells, said: "We are working in schools."\n'
    assert typed_fields_of(text, "working in schools") == ("Kim Howells", "person", "Higher Education Minister", None)


def test_a_portfolio_word_inside_a_network_s_name_stays_in_the_body():
    text = "Rubio was asked by Fox Business moderator Gerard Baker whether his plan would work.\n"
    assert typed_fields_of(text, "plan would work") == ("Gerard Baker", "person", "moderator", "Fox Business")
    text = "BBC business editor Robert Peston said the deal was good.\n"
    assert typed_fields_of(text, "deal was good") == ("Robert Peston", "person", "business editor", "BBC")


def test_a_capitalised_plural_before_a_team_role_is_the_club():
    text = "Rovers boss Peter Hale said his team had been robbed at Anfield."
    assert typed_fields_of(text, "robbed")[2:] == ("boss", "Rovers")


def test_a_plural_field_before_a_role_stays_the_title():
    assert typed_fields_of("Sales manager John Dent said the shop had been busy.", "busy")[2:] == ("Sales manager", None)
    assert typed_fields_of("Sports minister Ann Cole said the bid was strong.", "bid was")[2] == "Sports minister"


def test_a_place_before_minister_is_the_portfolio_not_the_body():
    assert typed_fields_of("Europe minister Denis MacShane said the treaty was a good deal for Britain.", "treaty")[2:] \
        == ("Europe minister", None)
    assert typed_fields_of("Labour's Europe minister Denis MacShane said the treaty was good.", "treaty")[2:] \
        == ("Europe minister", "Labour")
    assert typed_fields_of("Northern Ireland Secretary Paul Murphy said talks would resume.", "talks")[2] == "Northern Ireland Secretary"


def test_a_place_before_a_coach_stays_the_body():
    assert typed_fields_of("Wales coach Mike Ruddock said his side had played well.", "played")[2:] == ("coach", "Wales")


def test_ni_before_minister_is_the_portfolio():
    assert typed_fields_of("Former NI minister Nicholas Scott said the talks had failed.", "talks")[2:] == ("Former NI minister", None)


def test_a_plural_opening_the_sentence_before_chief_is_the_body():
    # BBC dev slice, sport/231 (the word is written in lower case elsewhere in the article)
    text = ('"He was not alone." Referees chief Keith Hackett believes Mourinho should retract his comments. '
            '"I don\'t want referees or myself getting in the psychological warfare," said Hackett.\n')
    assert fields_of(text, "psychological") == ("Keith Hackett", "chief", "Referees")


@pytest.mark.parametrize("field", ["Sales", "Operations"])
def test_a_field_of_work_before_chief_stays_the_title(field):
    text = f'"He was not alone." {field} chief John Smith said prices would rise. "We will see," said Smith.\n'
    assert fields_of(text, "prices")[2] is None


def test_a_place_before_a_spelled_out_title_stays_the_title():
    speaker, _ = speaker_of("A letter from Scotland Secretary Alistair Darling said the plan was wrong.", "plan")
    assert (speaker.name, speaker.title) == ("Alistair Darling", "Scotland Secretary")


def test_a_bare_campaign_before_a_spokesman_or_chair_is_the_body():
    # devgold west-journal_2016-05-05 and breitbart_2016-07-19
    speaker, _ = speaker_of("Campaign spokesman Brian Fallon told Politico, \u201cFrom the start, Hillary Clinton has "
                            "offered to answer any questions.\u201d", "start")
    assert (speaker.title, speaker.affiliation) == ("spokesman", "Campaign")
    speaker, _ = speaker_of("Campaign manager Robby Mook said the plan was working.", "plan")
    assert (speaker.title, speaker.affiliation) == ("Campaign manager", None)


def test_a_plural_field_after_for_is_part_of_the_title():
    # devgold usa-today_2016-04-01
    speaker, _ = speaker_of("\"We continue to face the threat from North Korean provocations,\" said Ben Rhodes, Obama's "
                            "deputy national security adviser for strategic communications.", "threat")
    assert speaker.title == "deputy national security adviser for strategic communications"
    speaker, _ = speaker_of("Jane Roe, an adviser for families at the charity, said the plan was wrong.", "plan")
    assert speaker.title == "adviser"  # whom she serves, no field
