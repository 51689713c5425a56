"""Speech the article predicts is no statement (issue 12, attribute/predicted_speech.py): a
future or a likelihood of speech is a belief, "not said yet"; a quotation released ahead, a
comparison of answers and a refusal stay as they were. Sentences from BBC dev politics/033
and the shapes of PolNeAR train."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


def statement(text: str, cue: str, content: str):
    """The one statement whose cue contains ``cue`` and whose content contains ``content``."""
    found = [s for s in extract(text).statements
             if s.cue is not None and cue in s.cue.text and content in s.content.text]
    assert len(found) == 1, [(s.cue and s.cue.text, s.content.text, s.act) for s in extract(text).statements]
    return found[0]


PREDICTED = [
    # BBC dev politics/033 (both sentences as written)
    ("Their opponents are also likely to complain there was no public consultation before an extra runway was "
     "built at Luton Airport, or when it changed take-off and landing procedures at Heathrow.",
     "complain", "no public consultation"),
    ("The campaigners will say the government did not adequately consider the building of new airports, such as "
     "one planned for the Isle of Sheppey east of London.", "will say", "did not adequately consider"),
    # the same shape with "announce" and a clause (acts-8 kept it as words announced; acts-46: not said yet)
    ("The minister will announce that taxes will rise.", "will announce", "taxes will rise"),
]


@pytest.mark.parametrize("text, cue, content", PREDICTED)
def test_speech_still_to_come_is_no_statement(text, cue, content):
    s = statement(text, cue, content)
    assert s.act == "belief" and s.act not in DEFAULT_ACTS
    assert (s.explanation or "").endswith("not said yet")


def test_a_quotation_released_ahead_stays_speech():
    # PolNeAR train's shape: an excerpt of a speech to come, '"...," he will say.'
    s = statement("“But Hillary’s been in the room,” the former president will say.", "will say", "in the room")
    assert s.act == "speech"


def test_a_comparison_of_answers_stays_speech():
    # PolNeAR train marks a poll's "more likely to say" as the voters' answer
    s = statement("Voters are more likely to say Sanders' policies are too liberal.", "say", "too liberal")
    assert s.act == "speech"


def test_a_future_refusal_stays_a_refusal():
    s = statement("The minister will not say which option he prefers.", "will not say", "which option")
    assert s.act not in DEFAULT_ACTS and "not said yet" not in (s.explanation or "")


def test_a_dated_future_stays_speech():
    # a speech scheduled for a day (suppositions.dated), as test_acts_non_statements keeps it
    s = statement("Officials will tell the committee on Monday that the plan failed.", "will tell", "plan failed")
    assert s.act == "speech"
