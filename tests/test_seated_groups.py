"""A named group with the committee it sits on written after it has that committee as its
affiliation (seated_groups.py, stop 47): a named group is read as a body's name and carried
no affiliation, so the committee was lost."""

from __future__ import annotations

import pytest
from conftest import speaker_of


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train (wash-post 2016-02-19, devgold)
    ("Democrats on the House Select Committee on Benghazi plan to release a slew of interview transcripts in an "
     "effort to disprove Republican claims of \"significant breakthroughs\" in the investigation.",
     "transcripts", ("Democrats", "House Select Committee on Benghazi")),
    # PolNeAR train (another article): the same shape with a quantifier and an aside after the committee
    ("Earlier this week, senior Democrats on the House Judiciary Committee, along with top congressional leaders "
     "representing minority groups, also wrote to Lynch, urging the Justice Department to review the impact of "
     "voting restrictions across the country.", "review", ("Democrats", "House Judiciary Committee")),
    # counter-cases: a chamber is where they sit, no committee; a bare party name keeps none
    ("Democrats in the Senate said the nominee would get no hearing.", "hearing", ("Democrats", None)),
    ("The Tories said the plan would fail.", "fail", ("Tories", None)),
])
def test_a_group_on_a_named_committee_has_it_as_affiliation(text, word, expected):
    speaker, _ = speaker_of(text, word, published="2016-02-19")
    assert (speaker.name, speaker.affiliation) == expected
