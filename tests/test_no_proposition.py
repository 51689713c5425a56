"""Contents that name a thing with a cue that gives no words (issue 12,
attribute/no_proposition.py): a purpose infinitive, a proposal, a denial or a hint whose
content is a noun phrase stays out of the default record, with its act and reason; the
same verbs with a proposition stay in."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

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
