"""Verbs that report speech only beside the quotation they follow (attribute/quote_side_verbs.py):
'"Would it be negotiable about the 11 million?" Hannity pressed.' Sentences from PolNeAR train
(politico_2016-03-01, huff-post_2016-02-07, nyt_2016-09-03) and sentences the rule must leave alone."""

from __future__ import annotations

import pytest

from onrecord import extract

INTERVIEW = ("In an interview with Fox News’ Sean Hannity on Monday night, Trump responded to a question "
             "about the claim.\n\n")


def statements(text: str):
    return [(s.speaker.name if s.speaker else None, s.cue.text if s.cue else None, s.act, s.content.text)
            for s in extract(text, published="2016-03-01").statements]


@pytest.mark.parametrize("text, speaker, cue, words", [
    # (the speaker is the host the interview names in full: "Fox News’ Sean Hannity", entity_repairs)
    (INTERVIEW + "“Would it be negotiable about the 11 million?” Hannity pressed.", "Sean Hannity", "pressed",
     "“Would it be negotiable about the 11 million?”"),
    (INTERVIEW + "“The New York Times is claiming today that they had an off-the-record conversation with you in "
     "January,” Hannity started.", "Sean Hannity", "started", "“The New York Times is claiming today"),
    ('Bush, however, interjected by hitting Trump for using eminent domain.\n\n"Jeb wants to be a tough guy '
     'tonight," Trump shot back. "Let me talk."', "Trump", "shot back", '"Jeb wants to be a tough guy tonight,"'),
    ("''Was I going to remain an academic, sitting in an ivory tower criticizing things?'' Berhanu Nega "
     "volunteered.", "Berhanu Nega", "volunteered", "''Was I going to remain an academic"),
], ids=["pressed", "started", "shot-back", "volunteered"])
def test_a_verb_beside_the_quote_it_follows_reports_it(text, speaker, cue, words):
    found = [row for row in statements(text) if row[3].startswith(words)]
    assert found, statements(text)
    assert found[0][:3] == (speaker, cue, "speech")


@pytest.mark.parametrize("text", [
    "The senator pressed the button and the vote began.",
    "“It was a long day,” the report noted. Smith started the car and drove off.",
    "Hamilton shot back into the lead after the safety car, and Alonso pressed on.",
    # right after a quotation, but with an object of their own: actions, not the words' cue
    "“Stop,” the senator pressed the button.",
    "“It was a long day,” Smith started the car and drove off.",
], ids=["pressed-the-button", "started-the-car", "shot-back-into-the-lead", "pressed-after-a-quote",
        "started-after-a-quote"])
def test_the_same_verbs_elsewhere_report_nothing(text):
    cues = {row[1] for row in statements(text)}
    assert not cues & {"pressed", "started", "began", "shot", "Smith started"}, cues
