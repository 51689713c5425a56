"""An inverted "says X" aside after an opening adverbial (attribute/inverted_asides.py): "By
contrast, says Mr Cox, the Mac mini is cheap" reports its host, with X the speaker, where
the parser hung the host on the speaker as a relative clause ("By contrast" is the writer's
link and no content; "In the end" is part of the claim); and a name after an
inverted role and a phrase of the verb ("wrote the American ambassador at the time, John E.
Herbst")."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, statements_by_cue

from onrecord.schema import DEFAULT_ACTS


def test_an_inverted_says_after_an_opening_adverbial_reports_the_sentence():
    (s,) = statements_by_cue("By contrast, says Mr Cox, the Mac mini is cheap.", "says", "2005-03-15")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Cox"
    # "By contrast" is the writer's link: the aside after it is no content (content_edges.cut_leading_aside)
    assert s.content.text == "the Mac mini is cheap"


def test_an_inverted_said_whose_speaker_was_read_as_a_first_subject_of_the_host():
    (s,) = statements_by_cue("In the end, said Mr Smith, the deal collapsed.", "said", "2005-03-15")
    assert s.act in DEFAULT_ACTS and s.speaker.name == "Smith"
    assert s.content.text == "In the end, said Mr Smith, the deal collapsed"


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        "The machine is eminently expandable. By contrast, says Mr Cox, the Mac mini "
        "is almost disposable.",
        "disposable", {"name": "Cox", "type": "person"},
        id="a_name_after_an_asides_verb_speaks_for_the_host"),
    pytest.param(
        "How an aide held sway\n\nPaul Manafort worked in Ukraine for years. With Mr. Manafort's help, the party "
        "was ''working to change its image,'' wrote the American ambassador at the time, John E. Herbst.\n",
        "change its image", {"name": "John E. Herbst", "title": "ambassador"},
        id="a_name_after_an_inverted_role_and_a_phrase_of_the_verb_is_the_speaker"),
])
def test_inverted_aside_speaker(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected
