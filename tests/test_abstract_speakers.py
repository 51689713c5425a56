"""An atmosphere or a sign as the subject of "suggested" is no speaker (issue 11,
speakers-31): ``abstract_speakers.abstract_speaker``."""

from __future__ import annotations

import pytest

from onrecord.attribute.abstract_speakers import abstract_speaker


def _subject(nlp, text: str):
    doc = nlp(text)
    return next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))


@pytest.mark.parametrize("text", [
    "The funereal air at the party's headquarters suggested the leadership expected to lose.",
    "The mood in the room suggested the deal was dead.",
    # Slate page (news-html slate.com1): the writer's hedge about a thing said before
    "None of this is to say the system is perfect.",
])
def test_a_mood_is_no_speaker(nlp, text):
    assert abstract_speaker(_subject(nlp, text))


@pytest.mark.parametrize("text", [
    "The spokesman suggested the deal was dead.",
    "The report suggested the deal was dead.",
    "None of them said the system is perfect.",
])
def test_a_person_or_a_document_is_a_speaker(nlp, text):
    assert not abstract_speaker(_subject(nlp, text))


def test_what_a_mood_suggests_stays_out_of_the_default_record():
    from onrecord import extract
    from onrecord.schema import DEFAULT_ACTS

    text = "The funereal air at the party's headquarters suggested the leadership expected to lose."
    found = [s for s in extract(text).statements if "expected to lose" in s.content.text]
    assert found and all(s.act not in DEFAULT_ACTS and "a mood, not words" in s.explanation for s in found)


@pytest.mark.parametrize("text", [
    # bbc business/262 (a dev slice)
    "Shares in Munich Re and Swiss Re both fell 1.7% as the market speculated about the cost of rebuilding in Asia.",
    "Bond prices rose as the market predicted that the Fed would pause.",
])
def test_what_a_market_does_stays_out_of_the_default_record(text):
    from onrecord import extract
    from onrecord.schema import DEFAULT_ACTS

    statements = extract(text, "2005-01-04").statements
    assert statements and all(s.act not in DEFAULT_ACTS for s in statements)


def test_a_person_of_a_named_markets_firm_still_speaks():
    from onrecord import extract

    text = "Mr. Mahaney, of RBC Capital Markets, said the firm had a great brand."
    (s,) = extract(text, "2016-01-04").statements
    assert s.speaker.name == "Mahaney" and s.act == "speech"
