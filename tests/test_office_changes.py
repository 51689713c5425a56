"""The time of someone's coming to an office is not the time of what they said
(attribute/office_changes.py; issue 12, a reader's error shape: "who took over in May,
said ..."): not through a verb the cue is joined to, a participle set off after the speaker,
a "since" phrase, nor a sentence of narration before the statement. A saying's own time and a
leaving of office ("resigned on Monday, saying ...") still date it."""

from __future__ import annotations

from onrecord import extract
from onrecord.attribute import load_pipeline
from onrecord.attribute.office_changes import changes_office

PUBLISHED = "2005-06-10"  # a Friday


def when_of(text: str, start: str) -> str | None:
    for s in extract("Headline\n\n" + text, published=PUBLISHED).statements:
        if s.content.text.lstrip("\"“'").startswith(start):
            return s.when.expression if s.when else None
    raise AssertionError(f"no statement starts with {start!r}")


def test_a_joined_coming_to_office_dates_no_saying():
    assert when_of("Smith took over as chairman in May and said the firm would grow.", "the firm would grow") is None


def test_a_participle_of_swearing_in_after_the_speaker_dates_no_saying():
    assert when_of("Mary Black, sworn in as governor on Friday, promised to cut taxes.", "to cut taxes") is None


def test_a_since_phrase_starts_a_period_and_dates_no_saying():
    # the shape of bbc/business/216 (dev): "after taking charge in 1999"; "since" bounds a period
    text = "Since taking office last week, Mr Green has said the deficit would shrink."
    assert when_of(text, "the deficit would shrink") is None


def test_narration_of_coming_to_office_opens_no_occasion_for_the_next_saying():
    text = "Jane Brown took over as head of the agency on Monday. She said the agency would cut 500 jobs."
    assert when_of(text, "the agency would cut") is None


def test_the_saying_keeps_its_own_time_and_a_leaving_keeps_its_day():
    text = "Brown, who took over from Smith as chief executive in January, said on Tuesday that sales had fallen."
    assert when_of(text, "that sales had fallen") == "on Tuesday"
    text = "Mr Jones resigned on Monday, saying he had been treated unfairly."
    assert when_of(text, "he had been treated") == "on Monday"


def test_which_verbs_tell_a_coming_to_office():
    nlp = load_pipeline()
    doc = nlp("Smith took over as chairman. He took office. She was named as coach. "
              "He took the stage. He confirmed the deal. He swore that he was innocent.")
    verbs = {t.text + " " + t.nbor().text: changes_office(t) for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"
             and t.dep_ != "auxpass"}
    assert verbs["took over"] and verbs["took office"] and verbs["named as"]
    assert not verbs["took the"] and not verbs["confirmed the"] and not verbs["swore that"]
