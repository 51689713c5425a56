"""An inverted "says X" aside after an opening adverbial (attribute/inverted_asides.py): "By
contrast, says Mr Cox, the Mac mini is cheap" reports its host, with X the speaker, where
the parser hung the host on the speaker as a relative clause ("By contrast" is the writer's
link and no content; so, since judge-45, is an adverbial such as "In the end", the side
after the aside holding the claim); and a name after an
inverted role and a phrase of the verb ("wrote the American ambassador at the time, John E.
Herbst"); an inverted cue whose speaker follows it with no subject link
(", says the party", attribute/inverted_cues.py)."""

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
    assert s.content.text == "the deal collapsed"  # the aside and its adverbial are no content (judge-45)


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


# An inverted cue after its content with no subject of its own (attribute/inverted_cues.py):
# the noun phrase after the verb speaks and the clause before the comma is the content, never
# its object (BBC politics: "energy conservation" was the speaker, "the party - and ..." the content).
def test_an_inverted_says_whose_speaker_the_parser_hung_on_the_next_clause():
    (s,) = statements_by_cue(
        "The plan would boost energy conservation, says the party - and insulation could save "
        "£100 every year for pensioner households.", "says", "2005-03-15")
    assert s.speaker.name == "party"
    assert s.content.text == "The plan would boost energy conservation"


# (reviewer's sentence shape) the noun after an inverted cue that could not speak is no speaker:
# "the drop in sales" is evidence, not someone suggesting
def test_an_inverted_suggests_before_a_noun_that_cannot_speak_gives_no_speaker():
    (s,) = statements_by_cue("The recovery is fragile, suggests the drop in sales.", "suggests", "2005-03-15")
    assert s.speaker is None or s.speaker.name != "drop"


def test_an_inverted_suggests_takes_the_report_after_it_as_its_speaker():
    (s,) = statements_by_cue(
        "Internet search engine users are an odd mix of naive and sophisticated, suggests a report "
        "into search habits.", "suggests", "2005-03-15")
    assert s.speaker is not None and s.speaker.name == "report"
    assert s.content.text == "Internet search engine users are an odd mix of naive and sophisticated"


def test_whom_an_inverted_tells_names_is_the_audience_not_the_speaker():
    (s,) = statements_by_cue(
        "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells "
        "Breitbart News in an exclusive interview.", "tells", "2016-01-19")
    assert s.speaker.name == "Brent Bozell III" and s.via.name == "Breitbart News"
