"""Sentence boundaries the engine fixes before the parser (component.ParagraphBoundaries):
every paragraph starts a sentence, and no sentence starts inside a line right after a word
or a comma. The small English parser cut a BBC headline and its first line into pieces
("Nat Insurance to rise, say | Tories", "National | Insurance will be raised ..."), which
lost the headline's speaker and the body's clause."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute import load_pipeline

HEADLINE = ("Nat Insurance to rise, say Tories\n\nNational Insurance will be raised if Labour wins the next election, "
            "Tory leader Michael Howard has claimed.")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_no_sentence_starts_inside_a_line_after_a_word(nlp):
    doc = nlp(HEADLINE)
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Nat Insurance to rise, say Tories", HEADLINE.split("\n\n")[1]]


def test_sentences_still_end_at_a_full_stop_inside_a_line(nlp):
    doc = nlp('He left early. "We will be back," she said. Then the doors closed.')
    assert len(list(doc.sents)) == 3


def test_a_headline_s_inverted_speaker_is_found():
    statements = extract(HEADLINE, "2005-03-01").statements
    (headline,) = [s for s in statements if s.cue is not None and s.cue.text == "say"]
    assert headline.speaker.name == "Tories" and headline.content.text == "Nat Insurance to rise"
    (body,) = [s for s in statements if s.cue is not None and s.cue.text == "has claimed"]
    assert body.speaker.name == "Michael Howard"


# PolNeAR train: a live blog's headings in title case, longer than a short line, with no full stop
LIVE = ("Sam Levine 9:23PMRubio Says Abandoning Comprehensive Immigration Reform Was A Sign Of Leadership\n"
        "Marco Rubio defended himself on Saturday for bailing on his own immigration reform bill, arguing that "
        "dropping the plan was a sign of leadership.")


def test_a_long_heading_in_title_case_ends_its_sentence(nlp):
    sentences = [s.text.strip() for s in nlp(LIVE).sents]
    assert sentences[0].endswith("A Sign Of Leadership") and sentences[1].startswith("Marco Rubio defended")


def test_a_sentence_after_a_title_case_heading_keeps_its_statements():
    statements = extract(LIVE, "2016-02-07").statements
    (says,) = [s for s in statements if s.cue is not None and s.cue.text == "Says"]
    assert "\n" not in says.content.text
    (defended,) = [s for s in statements if s.cue is not None and s.cue.text == "defended"]
    assert defended.content.text.startswith("himself on Saturday")
