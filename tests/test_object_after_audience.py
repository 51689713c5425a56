"""A speech verb whose content is a prepositional object keeps it after whom it was said
to (PolNeAR train shapes): "apologized to his supporters and to Clinton for X"."""

from __future__ import annotations

import pytest

from onrecord import extract


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Sen. Bernie Sanders apologized to his supporters and to Hillary Clinton for his campaign's accessing of "
     "her voter data.", "Bernie Sanders", "his campaign's accessing of her voter data"),
    ("The mayor complained to the BBC about the coverage of the strike.", None, "the coverage of the strike"),
])
def test_the_object_after_the_audience_is_the_content(text, speaker, content):
    found = [s for s in extract(text, "2016-02-01").statements if s.content.text == content]
    assert found and found[0].act == "speech"
    if speaker:
        assert found[0].speaker.name == speaker


def test_a_time_after_the_audience_is_no_content():
    assert not extract("He apologized to the family on Monday.", "2016-02-01").statements
