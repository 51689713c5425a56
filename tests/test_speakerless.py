"""Findings no one in the article speaks (issue 12, attribute/speakerless.py): a noun of
speech with no speaker stays out of the default record with its reason; a named speaker
stays in. Sentences from BBC articles outside the judged slice."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "reason"), [
    ("There are also warnings that unless funding to councils is increased in the next few years then services "
     "may have to be reduced.", "warnings", "a claim in the air, no speaker"),
    ("The five-member tribunal, assembled by the Hellenic Association of Amateur Athletics, is also examining "
     "allegations that Kenteris and Thanou avoided tests in Tel Aviv and Chicago before the Games.", "allegations",
     "a claim in the air, no speaker"),
])
def test_no_one_to_have_said_it(text, cue, reason):
    found = _by_cue(text, cue)
    assert found and all(s.act not in DEFAULT_ACTS and reason in s.explanation for s in found)


def test_a_noun_of_speech_with_its_speaker_stays():
    (s,) = _by_cue("Baros denied allegations by the club that he had refused to play.", "allegations")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "club" and s.content.text == "that he had refused to play"
