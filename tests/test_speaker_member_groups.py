"""An unnamed gathering of people is named by its members (issue 11; attribute/member_groups.py):
"A group of 67 Latin American artists, writers, actors and scientists" is those people, a
group, not an organisation named "group"; "the group" after a named body stays a body."""

from __future__ import annotations

import pytest
from conftest import speaker_fields


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train (wash-post 2015-11-08)
    pytest.param(
        "There is no shortage of indignation about such proposals. A group of 67 Latin American artists, "
        "writers, actors and scientists this week published an open letter about the \"hateful discourse of "
        "Trump\".", "hateful discourse",
        {"name": "Latin American artists, writers, actors and scientists", "type": "group", "unnamed": True},
        id="a_group_of_people_is_those_people"),
    pytest.param("A group of Labour backbenchers said the leadership must change.", "leadership must change",
                 {"name": "Labour backbenchers", "type": "group", "affiliation": "Labour"},
                 id="their_party_stays_their_affiliation"),
])
def test_a_group_of_people(text, word, expected):
    assert speaker_fields(text, word, expected, "2015-11-08") == expected


def test_the_group_after_a_named_body_stays_that_body():
    text = ("Human Rights Watch published a report on Monday. The group said the detentions "
            "broke international law.")
    expected = {"name": "Human Rights Watch"}
    assert speaker_fields(text, "broke international law", expected) == expected
