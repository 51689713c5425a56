"""Frames that are not what X said (issue 12, item 5): denials, accusations, questions,
events narrated with "see", and a participle that goes with the believer, not with a noun.

Every passage is a real one, quoted from the file named beside it (BBC News 2004-05 under
``../shared/data/bbc``, articles outside benchmarks/gold/); a title line precedes it, as in
the corpus."""

from __future__ import annotations

from onrecord import extract


def statements(passage: str):
    return extract("Headline\n\n" + passage).statements


def by_speaker(found, name):
    return [s for s in found if s.speaker.name == name]


def test_a_denial_is_the_deniers_statement_and_the_denied_claim_is_nobodys():
    # bbc/business/100.txt
    found = statements("Former WorldCom chief Bernie Ebbers has denied claims that he knew accountants were "
                       "doctoring the books at the firm.")
    assert [(s.speaker.name, s.cue.text, s.content.text) for s in found] == [
        ("Bernie Ebbers", "has denied", "claims that he knew accountants were doctoring the books at the firm")]


def test_a_rejected_claim_is_not_put_in_the_rejecters_mouth():
    # bbc/sport/445.txt
    found = statements("Serena Williams has angrily rejected claims that she and sister Venus are a declining "
                       "force in tennis.")
    assert [(s.speaker.mention.text.split()[-1], s.content.text) for s in found] == [
        ("Williams", "claims that she and sister Venus are a declining force in tennis")]


def test_an_owned_claim_keeps_its_owner():
    # bbc/politics/201.txt (a claim with an owner, unlike the one Michael Howard dismissed)
    found = statements("BNP leader Nick Griffin's claim that some BNP voters would switch to the Tories was "
                       "dismissed by Michael Howard.")
    claim = next(s for s in found if s.cue.text == "claim")
    assert claim.content.text == "that some BNP voters would switch to the Tories"
    assert claim.speaker.mention is not None and "Griffin" in claim.speaker.mention.text


def test_claims_after_another_verb_are_no_ones():
    # bbc/sport/125.txt
    found = statements('Now the Gunners have asked for an inquiry to look into claims that their player has been '
                       '"tapped up".')
    assert not [s for s in found if s.speaker.mention is not None and "inquiry" in s.speaker.mention.text]


def test_those_charged_or_accused_are_not_speakers():
    # bbc/business/037.txt
    found = statements("Last year, twelve managers from Mitsubishi Motors were charged with covering up safety "
                       "defects in their vehicles and three executives from Japan's troubled UFJ bank were charged "
                       "with concealing the extent of the bank's bad loans.")
    assert all(s.speaker.mention is None for s in found)
    # bbc/business/357.txt
    found = statements("The organisation has found itself in trouble after being accused of helping to topple "
                       "Georgia's former president.")
    assert all(s.speaker.mention is None for s in found)


def test_the_accused_in_a_relative_clause_is_not_a_speaker():
    # bbc/business/087.txt
    found = statements("Former Worldcom boss Bernie Ebbers, who is accused of overseeing an $11bn (£5.8bn) fraud, "
                       "never made accounting decisions, a witness has told jurors.")
    assert not by_speaker(found, "Bernie Ebbers")
    assert [s.speaker.mention.text for s in found] == ["a witness"]


def test_a_question_put_to_someone_is_not_their_answer():
    # bbc/entertainment/192.txt
    found = statements(
        "Talk show host Jerry Springer has said he would not have written it himself. Asked whether he thought the "
        "BBC should have screened the controversial musical he said: \"I don't know if they should have had it on "
        "television but, good Lord, if you don't like what's on television, that's why God gave us remote "
        "controls.\"")
    question = next(s for s in found if s.cue.text == "Asked")
    assert question.speaker.name is None and question.speaker.mention is None
    assert question.content.text == "whether he thought the BBC should have screened the controversial musical"
    answer = next(s for s in found if s.content.text.startswith("\"I don't know"))
    assert (answer.speaker.name, answer.cue.text) == ("Jerry Springer", "said")


def test_a_question_ends_where_the_answerer_is_named():
    # bbc/business/081.txt
    found = statements("When asked if BMW would be seeking compensation from Bosch, the carmaker's chief executive "
                       "Helmut Panke said: \"we will first solve the problem before talking about who will pay\".")
    question = next(s for s in found if s.cue.text == "When asked")
    assert question.content.text == "if BMW would be seeking compensation from Bosch"
    assert question.speaker.mention is None
    assert [s.speaker.name for s in found if s.cue.text == "said"] == ["Helmut Panke"]


def test_an_event_seen_is_no_ones_view():
    # bbc/business/500.txt, bbc/business/153.txt, bbc/business/014.txt
    for passage in ("Channel Tunnel operator Eurotunnel has seen sales fall in the face of the upsurge in European "
                    "low-cost airlines.",
                    "The past few months have seen approvals fall to levels last seen in 1995.",
                    "Both The Independent and The Times have seen circulation rise since shrinking in size."):
        assert statements(passage) == [], passage


def test_seeing_that_is_still_a_view():
    found = statements("Ericsson's chief executive Carl-Henric Svanberg sees that earnings will improve next year.")
    assert [s.content.text for s in found] == ["that earnings will improve next year"]


def test_a_participle_after_a_belief_goes_with_the_believer_not_the_topic_noun():
    # bbc/sport/160.txt: "the winter break" is what Hodgson talks about, not who speaks
    found = statements('Roy Hodgson is a fierce advocate of the winter break. Hodgson believes a winter break carries '
                       'many advantages, explaining: "As I said, it is the perfect chance to recharge batteries."')
    assert all("Hodgson" in s.speaker.mention.text for s in found if s.speaker.mention)
    assert all("winter" not in (s.speaker.name or "") for s in found)
    belief = next(s for s in found if s.cue.text == "believes")
    assert belief.content.text == "a winter break carries many advantages"
    assert any(s.cue.text == "explaining" and s.content.text.startswith('"As I said') for s in found)
