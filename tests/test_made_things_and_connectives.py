"""Two frames that made narration look like speech on a reader-judged sample of BBC output
(issue 12): a passive of making whose subject is the thing made ("The song was written by
...") is an action, not words; and a clause joined to the cue by "so" is what happened
before, not what was said ("Mr Curry is not a computer programmer, so he asked ...")."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


def _by_cue(text: str, cue: str):
    return [s for s in extract(text, "2005-03-01").statements if s.cue is not None and s.cue.text == cue]


@pytest.mark.parametrize(("text", "cue"), [
    ("The original single sold more than three million copies. The song was written by Lionel Richie and "
     "Michael Jackson in 1985.", "was written"),
    ("Results of the current tests will be published by the International Labour Organisation later this year.",
     "will be published"),
])
def test_a_passive_of_making_is_no_statement(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act not in DEFAULT_ACTS for s in found)
    assert all("an action, not words" in s.explanation for s in found)


def test_words_written_by_someone_are_still_writing():
    (s,) = _by_cue("The letter, which was written by the minister, said the plan had failed.", "said")
    assert s.act == "writing" and s.content.text == "the plan had failed"


def test_a_clause_joined_by_so_is_not_what_was_asked():
    text = ("He wanted software that would download new audio content. Mr Curry is not a computer programmer, "
            "so he asked others to create one for him.")
    (s,) = _by_cue(text, "asked")
    assert s.content.text == "to create one for him"


def test_a_fronted_clause_is_still_what_was_said():
    (s,) = _by_cue("Mr Curry said the radio was fake. The radio is dead, he said.", "said")[1:]
    assert s.content.text == "The radio is dead"
