"""Reader-judged shapes (issue 12, stop 34): an inverted "says X" aside after an opening
adverbial ("By contrast, says Mr Cox, the Mac mini is cheap"), which the parser read as a
relative clause hung on the speaker. Made-up sentences in the shape of BBC dev-slice ones."""

from __future__ import annotations

import functools

from conftest import statements_by_cue

from onrecord.schema import DEFAULT_ACTS

_by_cue = functools.partial(statements_by_cue, published="2005-03-15")


def test_an_inverted_says_after_an_opening_adverbial_reports_the_sentence():
    (s,) = _by_cue("By contrast, says Mr Cox, the Mac mini is cheap.", "says")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Cox"
    # "By contrast" is the writer's link: the aside after it is no content (content_edges.cut_leading_aside)
    assert s.content.text == "the Mac mini is cheap"



def test_a_joined_report_of_another_named_speaker_ends_the_first_content():
    text = ("After falls at the end of 2004, Halifax said house prices rose by 0.8% in January and Nationwide "
            "reported a rise of 0.4% in the first month of the year.")
    (s,) = _by_cue(text, "said")
    assert s.speaker.name == "Halifax" and s.content.text == "house prices rose by 0.8% in January"


def test_a_joined_report_after_that_stays_in_the_content():
    (s,) = _by_cue("He said that prices rose and that analysts said so too.", "said")
    assert s.content.text == "that prices rose and that analysts said so too"


def test_reports_from_a_place_are_hearsay_not_the_place_speaking():
    (s,) = _by_cue("Reports from Russia say Baikal has paid a deposit of nearly $1.7bn.", "say")
    assert s.act not in DEFAULT_ACTS


def test_reports_from_a_news_agency_are_its_writing():
    (s,) = _by_cue("Reports from Reuters say Baikal has paid a deposit of nearly $1.7bn.", "say")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Reuters"


def test_a_rule_that_demands_is_no_statement():
    text = ('The official Xinhua News Agency said the crackdown was carried out to create a "safer environment for '
            'young people in China". Rules introduced in 2002 demand that net cafes be at least 200 metres away from '
            "middle and elementary schools. The hours that children can use net cafes are also tightly regulated.")
    (s,) = _by_cue(text, "demand")
    assert s.act not in DEFAULT_ACTS
    (s,) = _by_cue("The law says that firms must publish their accounts.", "says")
    assert s.act not in DEFAULT_ACTS


def test_a_committee_named_for_rules_still_speaks():
    (s,) = _by_cue("The Rules Committee said the vote would go ahead.", "said")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Rules Committee"


def test_a_request_still_to_be_made_is_a_plan():
    text = "The owners of Yukos are to ask the buyer of its former production unit to pay back a $900m loan."
    (s,) = _by_cue(text, "to ask")
    assert s.act not in DEFAULT_ACTS


def test_a_request_made_is_a_statement():
    (s,) = _by_cue("The owners of Yukos asked the buyer to pay back a $900m loan.", "asked")
    assert s.act in DEFAULT_ACTS


def test_told_mps_of_plans_with_an_infinitive_leaves_the_hearer_in_the_cue():
    (s,) = _by_cue("The minister told MPs of his plan to cut taxes by 2007.", "told MPs of")
    assert s.content.text == "his plan to cut taxes by 2007"


def test_a_sentence_the_tokenizer_joined_after_a_unit_is_not_said():
    text = ("The US company also said it had agreed with a new Indian budget airline the sale of 10 737-800 planes "
            "for $630m. The airline, SpiceJet, will also have the option to acquire 10 more aircraft.")
    (s,) = _by_cue(text, "also said")
    assert s.content.text == "it had agreed with a new Indian budget airline the sale of 10 737-800 planes for $630m."


def test_a_share_of_turnover_charged_is_a_fine_not_a_charge_made():
    text = ("The Commission could charge the companies up to 10% of their annual turnover, though in practice "
            "that sort of figure is rarely demanded.")
    (s,) = _by_cue(text, "could charge")
    assert s.act not in DEFAULT_ACTS
    (s,) = _by_cue("Prosecutors charge that he stole 10% of the funds.", "charge")
    assert s.act in DEFAULT_ACTS


def test_cars_called_back_are_a_recall():
    text = ("In addition, the car giant is calling back 17,815 Buick Raniers from the 2005 model years because "
            "the windshield is not properly fitted.")
    (s,) = _by_cue(text, "is calling")
    assert s.act not in DEFAULT_ACTS


def test_an_inverted_said_whose_speaker_was_read_as_a_first_subject_of_the_host():
    (s,) = _by_cue("In the end, said Mr Smith, the deal collapsed.", "said")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Smith"
    assert s.content.text == "In the end, said Mr Smith, the deal collapsed"


def test_suggesting_new_ways_is_a_proposal_and_suggesting_a_link_a_claim():
    (s,) = _by_cue("The commission suggests new ways of boosting election campaigning.", "suggests")
    assert s.act not in DEFAULT_ACTS
    (s,) = _by_cue("The report suggested a link between the cases.", "suggested")
    assert s.act in DEFAULT_ACTS


def test_regulations_of_a_named_body_stay_its_words():
    text = "Federal Election Commission regulations suggest candidates are responsible for their costs."
    (s,) = _by_cue(text, "suggest")
    assert s.act in DEFAULT_ACTS


def test_reported_on_a_topic_gives_no_words():
    (s,) = _by_cue("POLITICO reported on his schedule of paid speeches in 2007.", "reported on")
    assert s.act not in DEFAULT_ACTS
    (s,) = _by_cue("The BBC reported on Monday that the deal was off.", "reported")
    assert s.act in DEFAULT_ACTS and s.content.text == "that the deal was off"


def test_a_plea_entered_in_court_is_an_act():
    text = "In another case last October, she pleaded guilty to disorderly conduct for hitting a man."
    (s,) = _by_cue(text, "pleaded")
    assert s.act not in DEFAULT_ACTS


def test_a_participle_drawing_a_conclusion_from_a_fact_is_narration():
    text = ("The release of the minutes just three weeks after the 14 December meeting was much faster than usual, "
            "indicating the Fed wants to keep markets more apprised of its thinking.")
    (s,) = _by_cue(text, "indicating")
    assert s.act not in DEFAULT_ACTS
    (s,) = _by_cue("The minister spoke for an hour, suggesting that taxes would rise.", "suggesting")
    assert s.act in DEFAULT_ACTS and s.speaker.title == "minister"


def test_rules_whose_maker_is_named_by_a_possessor_or_by_stay_its_words():
    # docs/annotation.md: a document whose author is named is the author's writing
    for text in ("The party's rules say that the leader must face a ballot every two years.",
                 "The commission's regulations demand that lenders disclose all fees.",
                 "Rules drawn up by the league's board require that clubs publish their accounts."):
        (s,) = _by_cue(text, text.split()[3] if text.startswith("The") else "require")
        assert "a rule, not words" not in s.explanation, text


def test_rules_with_no_maker_stay_no_statement():
    (s,) = _by_cue("The new rules say banks must hold more capital.", "say")
    assert s.act not in DEFAULT_ACTS


def test_a_report_joined_to_a_reported_report_stays_in_the_content():
    # the police reported both the admission and the confirmation
    (s,) = _by_cue("Police said the man admitted the offence and the victim confirmed his account.", "said")
    assert s.content.text == "the man admitted the offence and the victim confirmed his account"
    (s,) = _by_cue("Mr Brown said the bank warned of a slowdown and the Treasury predicted growth of 2%.", "said")
    assert s.content.text == "the bank warned of a slowdown and the Treasury predicted growth of 2%"


def test_a_participle_on_a_document_released_gives_its_words():
    text = "The ministry's statement was issued late on Monday, indicating that talks would resume."
    (s,) = _by_cue(text, "indicating")
    assert "narration" not in s.explanation
    (s,) = _by_cue("Shares in the company fell 5% on Monday, suggesting investors fear a loss.", "suggesting")
    assert s.act not in DEFAULT_ACTS


def test_a_thanking_says_what_they_were_thanked_for_not_whom():
    (s,) = _by_cue("The singer thanked his fans for sticking with him through a difficult year.", "thanked")
    assert s.act in DEFAULT_ACTS and s.content.text == "sticking with him through a difficult year"


def test_a_thanking_with_no_for_keeps_whom_was_thanked():
    (s,) = _by_cue("He thanked the crowd.", "thanked")
    assert s.content.text == "the crowd"


def test_a_thanking_then_a_saying_keeps_both_contents():
    text = "Smith thanked the fans for coming out and said the team would be back next season."
    (thanks,) = _by_cue(text, "thanked")
    (said,) = _by_cue(text, "said")
    assert thanks.content.text == "coming out" and said.content.text == "the team would be back next season"


def test_a_thanking_with_a_saying_participle_keeps_the_saying():
    text = "The coach thanked the minister for his help, saying the club would not have survived without it."
    (s,) = _by_cue(text, "saying")
    assert s.act in DEFAULT_ACTS and s.content.text == "the club would not have survived without it"


def test_an_indirect_content_that_only_points_back_stays_as_its_quoted_form_does():
    # docs/schema.md keeps "a pointer, no words" for a noun pointed at ("hinted at X"); a
    # clause is words, and the same words quoted are a statement: both keep one act
    (said,) = _by_cue("The union leader said that was what they were calling for.", "said")
    (quoted,) = _by_cue('"This is what we are calling for," said the union leader.', "said")
    assert said.act in DEFAULT_ACTS and quoted.act in DEFAULT_ACTS
    assert said.content.text == "that was what they were calling for"


def test_a_pointing_verb_on_a_noun_is_no_statement():
    (s,) = _by_cue("The minister hinted at further cuts to the budget.", "hinted at")
    assert s.act not in DEFAULT_ACTS
