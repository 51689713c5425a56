"""Speakers the subject of a sentence is not (issue 11): the one a call is by ("faced a call
by Lord Mackay to ..."), the person named before a role set off by dashes, "the paper" for
the newspaper named before, and a field of work that opens an occupation ("Rock star"),
which is no body. One short text per rule, parsed by the real pipeline."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of


@pytest.mark.parametrize(("text", "word", "name"), [
    ("The attorney general faced a call by Lord Mackay to publish the legal advice in full.", "publish", "Mackay"),
    ("The chancellor faced a call from Tony Blair to publish the report before the election.", "publish", "Tony Blair"),
])
def test_the_one_a_call_is_by_speaks_not_the_subject(text, word, name):
    speaker, statement = speaker_of(text, word)
    assert speaker.name == name
    assert statement.act == "speech"


def test_a_name_before_a_dashed_role_speaks():
    speaker, statement = speaker_of("Fund manager Florian Hamm - Borussia Dortmund's largest investor - said he "
                                    "would only invest more money if he got a greater say.", "invest")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("Florian Hamm", "person", False)
    assert statement.content.text.startswith("he would only invest")


@pytest.mark.parametrize(("text", "name"), [
    ("The Guardian reported the figures on Monday. The paper said the minister had misled parliament.", "Guardian"),
    ("The Daily Mail ran the story on Sunday. According to the paper, the minister had misled parliament.",
     "Daily Mail"),
])
def test_the_paper_is_the_newspaper_named_before(text, name):
    speaker, _ = speaker_of(text, "misled")
    assert (speaker.name, speaker.type, speaker.unnamed) == (name, "organization", False)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Rock star Bob Geldof said the aid was not enough.", "Bob Geldof", "Rock star"),
    ("Jazz pianist Jools Holland said the show was over.", "Jools Holland", "Jazz pianist"),
])
def test_a_field_of_work_opening_a_sentence_is_no_affiliation(text, name, title):
    speaker, _ = speaker_of(text, "was")
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, None)


@pytest.mark.parametrize(("text", "name"), [
    ("A lot of the athletes said the runway was not very helpful.", "athletes"),
    ("Dozens of residents said the runway was not very helpful.", "residents"),
])
def test_a_quantity_of_people_is_those_people(text, name):
    speaker, _ = speaker_of(text, "runway")
    assert (speaker.name, speaker.type) == (name, "group")


@pytest.mark.parametrize(("text", "name"), [
    ("But the Liverpool Echo newspaper has said Benitez will avoid a bidding war.", "Liverpool Echo"),
    ("The New York Times newspaper said the deal was off.", "New York Times"),
])
def test_a_title_before_newspaper_is_the_outlet(text, name):
    speaker, _ = speaker_of(text, "Benitez" if "Echo" in text else "deal")
    assert (speaker.name, speaker.type, speaker.unnamed) == (name, "organization", False)


@pytest.mark.parametrize(("text", "word", "name"), [
    ("Another investor in Deutsche Boerse has supported the view that a payout to shareholders would be preferable "
     "to Deutsche Boerse overpaying for the LSE, Reuters news agency reported.", "payout", "Reuters"),
    ("Both men bought some of the bonds, the Associated Press news agency reported.", "bonds", "Associated Press"),
])
def test_a_name_before_news_agency_is_the_agency(text, word, name):
    # not the unnamed speaker "news agency" (BBC business articles)
    speaker, _ = speaker_of(text, word)
    assert (speaker.name, speaker.type, speaker.unnamed) == (name, "organization", False)


def test_a_government_agency_stays_undescribed_by_name():
    speaker, _ = speaker_of("A government agency said the talks had ended.", "talks")
    assert speaker.name != "government" and speaker.type == "organization"


@pytest.mark.parametrize(("text", "word"), [
    ("The Liberal Party lost the seat in Iowa. It’s important to remember, though, that independents can vote in "
     "the primaries.", "independents"),
    ("The Liberal Party lost the seat. It's fair to say that one reason for that is money.", "reason"),
])
def test_the_it_of_a_judged_clause_is_no_body(text, word):
    speaker, _ = speaker_of(text, word)
    assert speaker.name is None


@pytest.mark.parametrize(("text", "title", "affiliation"), [
    ("Helena Kennedy, a Labour peer and a human rights lawyer, said the advocates were worried.", "peer", "Labour"),
    ("Bill Gates, chairman and chief executive of Microsoft, said the advocates were worried.",
     "chairman and chief executive", "Microsoft"),
])
def test_a_second_role_with_its_own_article_is_no_part_of_the_first(text, title, affiliation):
    speaker, _ = speaker_of(text, "advocates")
    assert (speaker.title, speaker.affiliation) == (title, affiliation)


@pytest.mark.parametrize(("text", "title", "affiliation"), [
    ("London's newly elected Muslim mayor Sadiq Khan said the ban was wrong.", "mayor", "London"),
    ("The BBC's newly appointed political editor Nick Robinson said the ban was wrong.", "political editor", "BBC"),
    ("The recently appointed chief executive John Smith said the ban was wrong.", "chief executive", None),
])
def test_how_lately_a_role_was_taken_is_no_part_of_title_or_body(text, title, affiliation):
    speaker, _ = speaker_of(text, "ban")
    assert (speaker.title, speaker.affiliation) == (title, affiliation)


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        "Tony Blair repeated his call to publish the legal advice in full.",
        "call", {"name": "Tony Blair"},
        id="his_call_stays_the_subjects"),
    pytest.param(
        "Researchers at Oxford University published the study. The paper said the drug was safe.",
        "safe", {"type": "document"},
        id="the_paper_of_researchers_stays_a_document"),
    # "Leader" is a role noun, but the New Hampshire Union Leader is a paper (PolNeAR train, NYT)
    pytest.param(
        "Yet news coverage was merciless: The New Hampshire Union Leader said Mr. Rubio had been "
        "''rocked'' by Mr. Christie.",
        "rocked", {"name": "New Hampshire Union Leader", "type": "organization", "title": None},
        id="a_newspaper_named_for_a_role_is_the_outlet"),
    pytest.param(
        "Rugby awards\n\nLewis Moody was named player of the year at the awards in London.\n\nThe flanker "
        "topped a list which included Ireland star Gordon D'Arcy. Clive Woodward claimed the coaching award while "
        "his side held off France. \"Lewis has meant a lot to English rugby,\" said Woodward.",
        "Lewis", {"name": "Clive Woodward", "title": None},
        id="a_role_after_a_named_person_announces_no_later_name"),
    pytest.param(
        "VW considers opening Indian plant\n\nVolkswagen is considering building a car factory in India.\n\n"
        "The German giant said it was studying the possibility. Its comments came after the industry minister "
        "of India's Andhra Pradesh state said a team of VW officials were due to visit. B. Satyanarayana said "
        "he expected VW to co-sign a memorandum of agreement.",
        "memorandum", {"name": "B. Satyanarayana", "title": "industry minister of India's Andhra Pradesh state"},
        id="a_lead_role_after_a_named_body_still_announces_the_next_name"),
    pytest.param(
        "Alfonso Cuaron has signed a three-year deal with Warner Brothers, according to "
        "Variety trade magazine.",
        "deal", {"name": "Variety", "type": "organization", "unnamed": False},
        id="a_kind_of_outlet_between_title_and_descriptor_is_no_name"),
    pytest.param(
        "The Treasury published the figures. It was keen to show that growth was strong.",
        "growth", {"name": "Treasury"},
        id="an_it_that_is_keen_is_the_body"),
    pytest.param(
        "Ben Carson, Carly Fiorina and Mike Huckabee said they are no longer accepting "
        "invitations.",
        "invitations", {"name": "Ben Carson, Carly Fiorina and Mike Huckabee", "type": "group"},
        id="three_names_listed_are_one_compound_source"),
    pytest.param(
        'The Reserve Bank of Australia lifted interest rates. The Bank said it had acted to curb '
        'inflation. "The economy has been strong," said Treasurer Peter Costello.',
        "economy", {"name": "Peter Costello", "title": "Treasurer", "affiliation": None},
        id="a_capitalised_state_office_takes_no_body_in_play"),
    # business/101's sentence, the Treasurer's words moved to a sentence start
    pytest.param(
        "The Reserve Bank of Australia lifted interest rates. The Bank said it had acted to curb "
        "inflation. Treasurer Peter Costello said the economy has been strong.",
        "economy", {"name": "Peter Costello", "title": "Treasurer", "affiliation": None},
        id="a_capitalised_state_office_at_a_sentence_start_takes_no_body_in_play"),
    # PolNeAR train breitbart_2016-04-23: the EU is the article's body, Obama no officer of it
    pytest.param(
        "White House hopeful Hillary Clinton has waded into the Brexit debate, throwing her weight behind President "
        "Obama's advice that Britain should remain within the European Union (EU).\n\nPresident Obama has endured "
        "criticism for telling the British people that they would be better off remaining within the Union.\n\n"
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: \"She has always valued a "
        "strong United Kingdom in a strong EU. And she values a strong British voice in the EU.\"\n\nConceding "
        "that there would likely be a US-UK trade agreement \"down the line\" he warned: \"It's not going to happen "
        "any time soon, because our focus is on negotiating with a big bloc, the EU.\"",
        "better off", {"name": "Obama", "title": "President", "affiliation": None},
        id="a_capitalised_state_office_takes_no_body_the_article_is_about"),
    # PolNeAR train huff-post_2015-12-03 (its opening): "CNN President" is CNN's, the body
    # the article is about
    pytest.param(
        'CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nCNN President Jeff'
        ' Zucker isn’t kowtowing to Republican presidential candidate Donald Trump, who has threatened'
        ' not to show up to the next debate on the network unless he is paid $5 million. \n“We do not pay'
        ' candidates to appear at debates,” Zucker said during a discussion Thursday with BuzzFeed'
        ' Editor-in-Chief Ben Smith hosted by the Paley Center for Media.\xa0\nZucker also addressed —'
        ' albeit obliquely — criticism the network has received over the amount of coverage it has given'
        ' the Republican presidential front-runner. \n“There have been people who’ve asked about the'
        ' amount of coverage that Trump gets,” he said. “It’s not our role to build up or take down a'
        ' campaign. It’s our role to be skeptical. It’s not our role to editorialize.”\nOn Monday, Trump'
        ' groused to a crowd in Georgia that CNN “doesn’t treat me properly” before floating the idea'
        ' that the network should pay him for bringing in viewers. \n“CNN had 23 million people — it was'
        ' the biggest show in the history of CNN,” Trump said, referring to the Sept. 16 debate on the'
        ' network. “How about we do this for CNN: I won’t do the debate unless they pay me $5 million,'
        ' all of which money goes to the Wounded Warriors or goes to vets?”',
        "pay candidates", {"name": "Jeff Zucker", "title": "President", "affiliation": "CNN"},
        id="a_capitalised_office_after_the_article_s_body_is_that_body_s"),
    pytest.param(
        "Nick Davies arrived late. But the IAAF said the tests were clear. Spokesman Nick Davies "
        "said the case was closed.",
        "case", {"name": "Nick Davies", "affiliation": None},
        id="a_person_named_before_takes_no_body_in_play"),
    pytest.param(
        "But the IAAF said the tests were clear. Spokesman Nick Davies said the case was closed.",
        "case", {"name": "Nick Davies", "affiliation": "IAAF"},
        id="a_spokesman_still_takes_the_body_in_play"),
    pytest.param(
        "The secretary of state and 2014 candidate for the Senate said the rules were unfair.",
        "rules", {"name": "secretary", "title": "secretary of state"},
        id="a_conjunction_after_of_state_is_no_part_of_the_title"),
    pytest.param(
        "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said he "
        "would be a valuable ally.",
        "ally", {"name": "Richard J. Durbin", "unnamed": False},
        id="the_subject_the_parser_gave_an_inner_participle_says_it"),
])
def test_agent_speaker(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected


@pytest.mark.parametrize("text", [
    # a fronted phrase with no comma before a name and its verb: the parser makes the phrase's
    # object ("top") the only noun hung on the verb, and the name sits inside the phrase
    "Gordon Brown visited Dar es Salaam. On top of the relief deal with Tanzania Mr Brown said the UK would make "
    "similar offers to 70 poorer nations.",
])
def test_a_fronted_phrase_without_a_comma_holds_no_speaker(text):
    speaker, _ = speaker_of(text, "similar offers")
    assert speaker.name == "Gordon Brown"
