"""A quoted programme title after an outlet's possessive or "on" names where the words
were said, not what was said (issue 12, PolNeAR train shapes): it is no statement's
content, while a headline quoting a person and a short reply stay statements."""

from __future__ import annotations

import pytest

from onrecord import extract


def _contents(text: str) -> list[str]:
    return [s.content.text for s in extract(text, "2016-02-01").statements]


@pytest.mark.parametrize("text", [
    "The senator told NBC\u2019s \u201cMeet the Press.\u201d",
    "Carson said on NBC\u2019s \u201cMeet the Press.\u201d that he was right.",
    "Speaking on \u201cFace the Nation,\u201d Rubio said the party was united.",
])
def test_a_programme_title_is_no_content(text):
    assert not any("Meet the Press" in c or "Face the Nation" in c for c in _contents(text))


def test_the_words_said_on_a_programme_stay():
    (statement,) = extract("\u201cWe will win,\u201d Cruz told ABC\u2019s \u201cThis Week.\u201d", "2016-02-01").statements
    assert statement.content.text == "\u201cWe will win,\u201d"
    assert statement.speaker.name == "Cruz"


@pytest.mark.parametrize(("text", "content"), [
    # a headline quoting a person: her words, though every word is capitalised
    ("Issa: Hillary Clinton\u2019s \u2018Honesty Is In Question.\u2019\n\nThe congressman spoke on Sunday.",
     "Hillary Clinton\u2019s \u2018Honesty Is In Question.\u2019"),
    # a reply in capitals with no outlet or "on" before it
    ("Trump was in Iowa on Sunday. \u201cAbsolutely Not,\u201d he said of quitting.", "\u201cAbsolutely Not,\u201d"),
])
def test_a_quotation_that_is_no_title_stays(text, content):
    assert content in _contents(text)
