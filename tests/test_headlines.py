"""Headlines and title lines are statements only in an explicit attribution form (issue 12,
item 3): a quoted headline on the first line is a quotation, a title line with a colon is no
turn, a headline label ("Gingrich: ...") over a clause is the label's claim.

The headlines are real: BBC News 2004-05 (``../shared/data/bbc``, file named per case) and
the seed article; each is followed by a short body, as in the corpus's plain-text files,
so the cleaner takes the first line as the title."""

from __future__ import annotations

import pytest
from conftest import record_of

from onrecord import extract


BODY = "\n\nThe minister, John Reid, spoke to reporters in London on Monday. He gave no details."


def headline_statements(headline: str, body: str = BODY):
    article = extract(headline + body, published="2005-02-14")
    assert article.title == headline  # the cleaner took the line as the title
    return [s for s in article.statements if s.content.start < len(headline)]


@pytest.mark.parametrize("headline", [
    "Minister warns on budget",             # issue 12
    "J&J agrees $25bn settlement",          # issue 12
    "Soros group warns of Kazakh close",    # bbc/business/357.txt
    "Blair rejects Tory terror offer",      # bbc/politics/014.txt
    "Germany calls for EU reform",          # bbc/business/457.txt
    "India seeks to boost construction",    # bbc/business/068.txt
    "Ericsson sees earnings improve",       # bbc/business/118.txt
    "Security warning over 'FBI virus'",    # bbc/tech/039.txt
    "Profile: David Blunkett",              # bbc/politics/041.txt
    "Arthur Hailey: King of the bestsellers",  # bbc/entertainment/016.txt
    "DVD review: Spider-Man 2",             # bbc/entertainment/077.txt
    "The Latest: Trump delivers defense of 'New York values'",  # AP's running story, PolNeAR train
    "FIX IS IN: PBS Moderators Ignore Clinton Scandals",  # a kicker with a verb, PolNeAR train
    "Sanders wins Michigan, Clinton takes Mississippi",  # name-first trailing order, not a saying verb
    "Tax plans, Brown cuts",                # name-first trailing order over a topic, invented
])
def test_a_headline_that_reports_an_act_or_a_topic_is_no_statement(headline):
    assert headline_statements(headline) == []


@pytest.mark.parametrize("headline, speaker, content", [
    # seed: ../shared/seed/kremlin-2022-03-21.txt
    ("Kremlin: 'No significant progress' in setting Putin, Zelensky meeting", "Kremlin",
     "'No significant progress' in setting Putin, Zelensky meeting"),
    ("Goldsmith: 'I was not leant on'", "Goldsmith", "'I was not leant on'"),          # bbc/politics/328.txt
    ("Blair says UK tsunami aid to soar", "Blair", "UK tsunami aid to soar"),           # bbc/politics/135.txt
    ("WMC says Xstrata bid is too low", "WMC", "Xstrata bid is too low"),               # bbc/business/366.txt
    ("No election TV debate, says Blair", "Blair", "No election TV debate"),            # bbc/politics/249.txt
    ("House prices rebound says Halifax", "Halifax", "House prices rebound"),           # bbc/business/405.txt
    ("CSA 'could close', says minister", "minister", "CSA 'could close'"),              # bbc/politics/116.txt
    # the name before its saying verb, over a verbless content with a quotation: PolNeAR train
    # (usa-today_2016-08-10)
    ("'2nd Amendment people' his secret weapon, Trump hints", "Trump", "'2nd Amendment people' his secret weapon"),
])
def test_an_explicit_headline_attribution_is_a_statement(headline, speaker, content):
    found = headline_statements(headline)
    assert len(found) == 1, [(s.speaker.mention, s.content.text) for s in found]
    assert found[0].content.text == content
    assert found[0].speaker.mention is not None and found[0].speaker.mention.text.endswith(speaker)


def test_the_body_keeps_its_statements_when_the_headline_has_none():
    body = '\n\nChancellor Gordon Brown said the budget would be balanced. "It is a fair deal," he added.'
    article = extract("Minister warns on budget" + body)
    assert [s.content.text for s in article.statements] == ["the budget would be balanced", '"It is a fair deal,"']
    assert {s.speaker.name for s in article.statements} == {"Gordon Brown"}


def test_a_first_line_that_is_not_a_title_is_read_as_a_sentence():
    # a first line ending like a sentence is no title (clean.guess_title): its statement stays
    article = extract("Officials said the talks had stalled.\n\nNo date was set.")
    assert article.title is None
    assert [s.content.text for s in article.statements] == ["the talks had stalled"]


def test_a_title_line_with_a_colon_is_no_turn():
    text = ("The Ninth Circle: The Hellish View from Inside the Beltway, #2.\n\n"
            "In our last epistle we mocked the ambitions of three hopefuls.\n")
    assert record_of(text) == []


def test_a_first_line_turn_with_a_verb_stays():
    [statement] = record_of("Trump: I am the best candidate for the job.\n\nThe candidate spoke in Iowa on Monday.\n")
    assert (statement.speaker.name, statement.content.text) == ("Trump", "I am the best candidate for the job.")


def test_a_quoted_headline_on_the_first_line_is_a_quotation():
    text = 'Blair: "No regrets over Iraq"\n\nThe prime minister said he had no regrets.\n'
    statements = record_of(text)
    assert [(s.speaker.name, s.content.text) for s in statements][0] == ("Blair", '"No regrets over Iraq"')


def test_a_headline_label_over_a_clause_is_the_label_s_claim():
    text = ("Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.\n\nWednesday on Fox News Channel’s "
            "“Hannity,” Newt Gingrich said if Donald Trump picked him as a running mate it would be a “two-pirate "
            "ticket.”")
    first = extract(text, published="2016-07-14").statements[0]
    assert first.speaker.name == "Newt Gingrich"
    assert first.content.text.startswith("Trump Must Decide")


def test_a_headline_label_leaves_a_saying_verb_after_it_alone():
    text = "Poll: Trump says he will win Ohio.\n\nDonald Trump said on Monday he would win Ohio easily."
    names = {s.speaker.name for s in extract(text, published="2016-07-14").statements}
    assert "Poll" not in names
