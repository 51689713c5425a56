"""Contents that name a thing with a cue that gives no words (issue 12,
attribute/no_proposition.py): a purpose infinitive, a proposal, a denial, a hint, an event
confirmed or a topic reported on whose content is a noun phrase stays out of the default
record, with its act and reason; the same verbs with a proposition (a claim confirmed, an
arrest confirmed, a link suggested) stay in."""

from __future__ import annotations

import pytest
from conftest import record_of, statements_by_cue as _by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "act", "reason"), [
    ("The journalists met on Monday to discuss how to react to the ruling.", "to discuss", "intention",
     "a purpose, not words"),
    ("The prime minister visited the Today programme to discuss his recent remarks about the NHS.", "to discuss", "intention",
     "a purpose, not words"),
    ("The energy minister will come on the programme to talk about fuel prices.", "to talk about", "intention",
     "a purpose, not words"),
    ("The chairman proposed the merger of the two building societies.", "proposed", "intention",
     "a proposal, no words"),
    ("The health minister recommended a ban on fireworks in residential streets.", "recommended", "intention",
     "a proposal, no words"),
    ("The mayor denied his claims at a meeting of the council.", "denied", "stance", "a denial, no words"),
    ("The manager hinted at further dissatisfaction with the board.", "hinted at", "stance", "a pointer, no words"),
    ("She boasts a roughly 45-point lead nationally, which her campaign refers to as a firewall.", "boasts", "belief",
     "a thing had, not words"),
    ("Clinton is conceding the race in Nevada.", "is conceding", "stance", "an action, not words"),
    ("The European Commission has written to the mobile phone operators Vodafone and T-Mobile to challenge \"the "
     "high rates\" they charge for international roaming.", "charge", "stance", "an action, not words"),
    ("Portugal confirmed their impressive progress in Sevens rugby by recording a sudden-death win over France.",
     "confirmed", "stance", "an action, not words"),
    ("Mr McLetchie said: \"I am quite clear that no conflicts of interest arise.\" He said nothing had changed in "
     "respect of his work with the law firm and it was a matter he would have to discuss with the other partners at "
     "Tods Murray.", "to discuss with", "stance", "an audience, not words"),
])
def test_a_thing_named_with_no_words_leaves_the_record(text, cue, act, reason):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act == act and s.explanation.endswith(reason) for s in found)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("He called a news conference to announce that he would resign.", "to announce", "that he would resign"),
    ("The chairman proposed that the two building societies merge.", "proposed", "that the two building societies merge"),
    ("The senator proposed raising taxes on investment income.", "proposed", "raising taxes on investment income"),
    ("He denied that he had taken bribes.", "denied", "that he had taken bribes"),
    ("He conceded that he had lost the race.", "conceded", "that he had lost the race"),
    ("Prosecutors charge that he took bribes from the developer.", "charge", "that he took bribes from the developer"),
    ("The club confirmed that the striker had signed by issuing a statement.", "confirmed",
     "that the striker had signed by issuing a statement"),
    ("He boasted that he would win every state.", "boasted", "that he would win every state"),
    ("He denied taking bribes from the developer.", "denied", "taking bribes from the developer"),
    ("Mr Smith suggested a link between the two cases.", "suggested", "a link between the two cases"),
    ("She rose in the chamber to ask why the hospital had closed.", "to ask", "why the hospital had closed"),
    ("Faced with higher fees, they charge that the bank misled its customers.", "charge",
     "that the bank misled its customers"),
    ("The manager hinted that he would leave at the end of the season.", "hinted",
     "that he would leave at the end of the season"),
    ("Mr Howard pointed to the rise in crime as evidence that the policy had failed.", "pointed to",
     "the rise in crime as evidence that the policy had failed"),
])
def test_the_same_verbs_with_a_proposition_stay_in(text, cue, content):
    found = _by_cue(text, cue)
    assert found and all(s.act in DEFAULT_ACTS for s in found)
    assert any(s.content.text == content for s in found)


@pytest.mark.parametrize("text", [
    "The company admitted the disclosure of a 4bn-euro hole in its accounts.",
    "The bank confirmed the sale of its stake in the insurer.",
])
def test_an_event_confirmed_is_no_statement(text):
    assert record_of(text) == []


def test_a_claim_confirmed_stays():
    [statement] = record_of("The bank confirmed reports that it would sell its stake in the insurer.")
    assert statement.speaker.name == "bank"


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("The commission suggests new ways of boosting election campaigning.", "suggests",
                 id="suggesting_new_ways_is_a_proposal"),
    pytest.param("POLITICO reported on his schedule of paid speeches in 2007.", "reported on",
                 id="reported_on_a_topic_gives_no_words"),
    pytest.param("The minister hinted at further cuts to the budget.", "hinted at",
                 id="a_pointing_verb_on_a_noun_is_no_statement"),
])
def test_a_cue_on_a_thing_is_out_of_the_record(text, cue):
    (s,) = _by_cue(text, cue, "2005-03-15")
    assert s.act not in DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("The report suggested a link between the cases.", "suggested", None,
                 id="suggesting_a_link_is_a_claim"),
    pytest.param("The BBC reported on Monday that the deal was off.", "reported", "that the deal was off",
                 id="reported_on_a_day_that_gives_words"),
])
def test_the_same_cues_with_words_stay_in_the_record(text, cue, content):
    (s,) = _by_cue(text, cue, "2005-03-15")
    assert s.act in DEFAULT_ACTS
    if content is not None:
        assert s.content.text == content


def test_an_indirect_content_that_only_points_back_stays_as_its_quoted_form_does():
    # docs/schema.md keeps "a pointer, no words" for a noun pointed at ("hinted at X"); a
    # clause is words, and the same words quoted are a statement: both keep one act
    (said,) = _by_cue("The union leader said that was what they were calling for.", "said", "2005-03-15")
    (quoted,) = _by_cue('"This is what we are calling for," said the union leader.', "said", "2005-03-15")
    assert said.act in DEFAULT_ACTS and quoted.act in DEFAULT_ACTS
    assert said.content.text == "that was what they were calling for"


@pytest.mark.parametrize(("text", "content"), [
    ("The club admitted the loss of £5m was a blow.", "the loss of £5m was a blow"),
    ("Police confirmed the arrest of a 23-year-old man.", "the arrest of a 23-year-old man"),
    ("Police confirmed the death of a man in the crash.", "the death of a man in the crash"),
])
def test_an_arrest_or_a_proposition_confirmed_is_a_statement(text, content):
    [statement] = record_of(text)
    assert (statement.act, statement.content.text) == ("speech", content)
