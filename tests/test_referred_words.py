"""A noun content that only points back at words given elsewhere, or names the topic of a
passive judgement (attribute/referred_words.py, judge-45 on BBC dev slices): no claim of its
own, so a stance out of the default record; the same sentence's own words stay."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "reason"), [
    # BBC dev business/222
    ("Companies echoed this sentiment, saying that they would require more information before ringing the alarm "
     "bells.", "echoed", "words given before, no claim of its own"),
    ("The unions repeated the same view at the meeting.", "repeated", "words given before, no claim of its own"),
    # BBC dev politics/177: the learned pass took the passive's subject for Mr Wigley's words
    ("Mr Llwyd's theory has also been questioned by Plaid Cymru's former President, Dafydd Wigley.",
     "has also been questioned", "a topic, no words"),
])
def test_words_pointed_back_at_are_no_statement(text, cue, reason):
    (s,) = _by_cue(text, cue)
    assert s.act not in DEFAULT_ACTS and s.explanation.endswith(reason)


def test_the_sentences_own_words_stay():
    (s,) = _by_cue("Companies echoed this sentiment, saying that they would require more information before ringing "
                   "the alarm bells.", "saying")
    assert s.act in DEFAULT_ACTS and s.content.text == ("that they would require more information before ringing "
                                                        "the alarm bells")


def test_a_claim_with_its_clause_is_no_bare_topic():
    (s,) = _by_cue("He repeated his claim that taxes would rise.", "repeated")
    assert s.act in DEFAULT_ACTS and s.content.text == "his claim that taxes would rise"


@pytest.mark.parametrize(("text", "cue", "act"), [
    # PolNeAR train: a belief stays one, and news made known by a passive stays the outlet's writing
    ("Donald J. Trump, a Republican presidential candidate, shares this bleak view.", "shares", "belief"),
    ("O’Malley’s move was first reported by MSNBC.", "was first reported", "writing"),
])
def test_beliefs_and_news_made_known_keep_their_act(text, cue, act):
    (s,) = _by_cue(text, cue)
    assert s.act == act
