"""A department's own name before a role is its body, not a portfolio (``title_parts.
department_by_name``; docs/annotation.md: "Paul Boateng, Chief Secretary to the Treasury"
-> Chief Secretary / Treasury): "Treasury Secretary John Snow" -> Secretary / Treasury,
while "Home Secretary" names no body."""

from __future__ import annotations

import pytest
from conftest import speaker_of


def fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title, speaker.affiliation


@pytest.mark.parametrize(("text", "word", "expected"), [
    # BBC business/440 (development slice)
    ("Treasury Secretary John Snow put a brave face on the news, saying it was a sign of strong economic expansion.",
     "expansion", ("John Snow", "Secretary", "Treasury")),
    ("A Treasury spokesman said the figures were encouraging.", "figures", ("spokesman", "spokesman", "Treasury")),
    # counter-cases: a portfolio names no body; a shadow's portfolio stays in the title
    ("Home Secretary Charles Clarke said the law would change.", "law", ("Charles Clarke", "Home Secretary", None)),
    ("Shadow Treasury Secretary George Osborne said the figures did not add up.",
     "figures", ("George Osborne", "Shadow Treasury Secretary", None)),
    # BBC politics/275 (development slice, verbatim): an opposition party's spokesman for the
    # Treasury is the party's, the department his portfolio
    ('Lib Dem Treasury spokesman Vince Cable also branded the Tory plans as "fantasy economics".',
     "Tory plans", ("Vince Cable", "Treasury spokesman", "Lib Dem")),
])
def test_the_treasury_before_a_role_is_the_body(text, word, expected):
    assert fields(text, word) == expected
