"""Deeds of law and order that readers judged wrong when shown as someone's statement (issue
12; attribute/deeds_of_law.py, deeds.py, non_statements.py): an order told by what it
orders, a law or rules that "say" their provisions (unless their maker is named), a question
put by no one named, a charge laid or a share of turnover charged, a plea, a request still to
be made, cars called back; and the shapes that stay speech. Each is asserted as a user sees
it: the act and the explanation's reason."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "reason"), [
    # bbc/business/348.txt: the order told by what it orders
    ('Transportation Secretary Norman Mineta said he was "deeply concerned" at the disruption to passengers, '
     "and ordered a thorough investigation.", "ordered", "an order, not its words"),
    # PolNeAR train (nyt 2015-12-14, 2015-12-29)
    ("While President Obama has cautioned against ''a betrayal of our values'' in the way the United States "
     "responds to threats, he has ordered a review of the K-1 visa program, which allows foreigners like Ms. "
     "Malik to move to the United States to marry Americans.", "has ordered", "an order, not its words"),
    ("Obama ordered nearly 300 of them to Cameroon.", "ordered", "an order, not its words"),
    # news-html (space.com): a bill, and the same sentence with the act, as the speaker of its provisions
    ("The bill also requires NASA to submit in its next budget proposal five-year funding projections for the "
     "SLS and Orion programs that match the budget and schedule estimates for those programs.", "also requires",
     "a rule, not words"),
    ("The act also requires NASA to submit in its next budget proposal five-year funding projections for the "
     "SLS and Orion programs that match the budget and schedule estimates for those programs.", "also requires",
     "a rule, not words"),
    # bbc/politics/027.txt: the reporter's questions, no asker named
    ('Asked why he thought the warnings were not there Lord Butler said: "One has got to remember what the '
     'purpose of the dossier was."', "Asked", "a question put to someone"),
    ("When asked whether he thought the country was well-governed on the whole, he replied: \"Well. I think we "
     "are a country where we suffer very badly from Parliament not having sufficient control over the "
     "executive.\"", "When asked", "a question put to someone"),
    # PolNeAR train (nyt 2016-03-12): the one asked is no asker
    ("He said he had not seen the violent episode in Fayetteville, and when asked whether he was encouraging his "
     "supporters' fury, he said, ''I hope not.''", "when asked", "a question put to someone"),
    # devgold huff-post 2016-07-31: what she was asked if she believed is not her belief
    ("Asked if she believed Putin wanted Trump to win the White House, Clinton said she was not going to jump to "
     "that conclusion.", "believed", "a question put to someone"),
    # bbc/business/251.txt: a charge laid by no one named
    ("Former Worldcom boss Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud.",
     "accused of", "passive with no agent"),
    # PolNeAR train (huff-post 2016-05-12): a prosecutor's charge, a legal action
    ("Angela Corey is the Republican state attorney who charged Zimmerman with second-degree murder in the "
     "Martin shooting.", "charged Zimmerman with", "a legal action, not words"),
])
def test_deeds_of_law_stay_out(text, cue, reason):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act not in DEFAULT_ACTS and reason in (s.explanation or "") for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    # PolNeAR train (huff-post 2016-02-02): the order's words, a clause
    ("The Illinois Board of Elections ordered that his name be certified for the election.", "ordered"),
    # PolNeAR train (wash-post 2016-01-16): the infinitive gives the order's words, though the parse left it out
    ("It is the most fateful moment in a movie: a scene in which the highest-ranking CIA operative at a secret "
     "agency compound orders his security team to \"stand down\" rather than rush off to rescue U.S. diplomats "
     "under siege less than a mile away.", "orders"),
    # bbc/politics/292.txt: a question its askers are named for is theirs
    ("Asked by the documentary makers why he had lied about his leadership ambitions, Mr Kilroy-Silk said: "
     "\"There was one thing I said that I shouldn't have said at the time.\"", "Asked"),
    # PolNeAR train (wash-post 2016-02-19): "charged that ..." is a claim
    ("Critics charged that the hearing failed to provide any new or relevant information about the Sept. 11, "
     "2012, attacks.", "charged"),
    # bbc/tech/014.txt: those for a bill speak of it
    ("Other proponents of the bill said it was a good compromise that avoided the excesses of the American "
     "system which allows the patenting of business practices as well as software.", "said"),
])
def test_orders_with_words_and_named_askers_stay_in(text, cue):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act in DEFAULT_ACTS for s in found)


# Sentences of BBC dev slices, made up in their shape (published 2005-03-15): each finds
# exactly one statement at the cue.
@pytest.mark.parametrize(("text", "cue"), [
    pytest.param('The official Xinhua News Agency said the crackdown was carried out to create a "safer environment '
                 'for young people in China". Rules introduced in 2002 demand that net cafes be at least 200 metres '
                 "away from middle and elementary schools. The hours that children can use net cafes are also tightly "
                 "regulated.", "demand", id="a_rule_that_demands"),
    pytest.param("The law says that firms must publish their accounts.", "says", id="a_law_that_says"),
    pytest.param("The new rules say banks must hold more capital.", "say", id="rules_with_no_maker"),
    pytest.param("The owners of Yukos are to ask the buyer of its former production unit to pay back a $900m loan.",
                 "to ask", id="a_request_still_to_be_made_is_a_plan"),
    pytest.param("The Commission could charge the companies up to 10% of their annual turnover, though in practice "
                 "that sort of figure is rarely demanded.", "could charge",
                 id="a_share_of_turnover_charged_is_a_fine_not_a_charge_made"),
    pytest.param("In addition, the car giant is calling back 17,815 Buick Raniers from the 2005 model years because "
                 "the windshield is not properly fitted.", "is calling", id="cars_called_back_are_a_recall"),
    pytest.param("In another case last October, she pleaded guilty to disorderly conduct for hitting a man.",
                 "pleaded", id="a_plea_entered_in_court_is_an_act"),
])
def test_a_deed_or_a_rule_is_out_of_the_record(text, cue):
    (s,) = _by_cue(text, cue, "2005-03-15")
    assert s.act not in DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("The Rules Committee said the vote would go ahead.", "said", "Rules Committee",
                 id="a_committee_named_for_rules_still_speaks"),
    pytest.param("The owners of Yukos asked the buyer to pay back a $900m loan.", "asked", None,
                 id="a_request_made_is_a_statement"),
    pytest.param("Prosecutors charge that he stole 10% of the funds.", "charge", None, id="a_charge_made"),
    pytest.param("Federal Election Commission regulations suggest candidates are responsible for their costs.",
                 "suggest", None, id="regulations_of_a_named_body_stay_its_words"),
])
def test_the_same_verbs_as_words_stay_in_the_record(text, cue, speaker):
    (s,) = _by_cue(text, cue, "2005-03-15")
    assert s.act in DEFAULT_ACTS
    if speaker is not None:
        assert s.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "The party's rules say that the leader must face a ballot every two years.",
    "The commission's regulations demand that lenders disclose all fees.",
    "Rules drawn up by the league's board require that clubs publish their accounts.",
])
def test_rules_whose_maker_is_named_by_a_possessor_or_by_stay_its_words(text):
    # docs/annotation.md: a document whose author is named is the author's writing
    (s,) = _by_cue(text, text.split()[3] if text.startswith("The") else "require", "2005-03-15")
    assert "a rule, not words" not in s.explanation
