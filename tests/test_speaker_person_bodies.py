"""A body named by a person's name before its descriptor (issue 11, docs/engine.md,
"Speaker resolution"): "the Obama administration" is the Obama administration, not the
last body of its kind the article named (the Department of Homeland Security); sentences
from PolNeAR train outside its held-out part (NYT, 2015-12-14)."""

from __future__ import annotations

import pytest
from conftest import speaker_fields

_VISA = ("But immigration officials do not routinely review social media as part of their background checks, and "
         "there is a debate inside the Department of Homeland Security over whether it is even appropriate to do "
         "so.\n\nWhile President Obama has cautioned against ''a betrayal of our values'' in the way the United "
         "States responds to threats, he has ordered a review of the K-1 visa program.\n\nThe Obama administration "
         "said it was trying to determine whether those background checks can be expanded without causing major "
         "delays in the popular program.\n")


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        _VISA,
        "background checks can be expanded", {"name": "Obama administration", "type": "organization", "unnamed": False},
        id="a_body_named_by_a_person_is_that_body_not_the_last_of_its_kind"),
    pytest.param(
        _VISA.replace("The Obama administration said", "The department said"),
        "background checks can be expanded", {"name": "Department of Homeland Security"},
        id="a_body_named_by_no_person_still_takes_the_body_named_before"),
])
def test_person_body_speaker(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected
