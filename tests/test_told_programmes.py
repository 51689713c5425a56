"""A programme told, which the NER reads as a work, is the statement's own via and wins over
the one of an earlier telling (``relays``): BBC politics/039 (a dev slice) and an invented
sentence of its shape."""

from __future__ import annotations

from onrecord import extract

_JAMES = (
    "Ms James told BBC Radio Wales: \"It's quite dangerous when you involve politicians.\" She said reports that "
    "she had likened the assembly government to totalitarian regimes were inaccurate.\n\nShe told Good Morning "
    "Wales: \"Just to put the record straight, that business in the paper where it said I likened the government "
    "to Bolshevik Russia was wrong.\"")


def test_told_good_morning_wales_is_the_via():
    statements = extract(_JAMES, "2005-02-01").statements
    (first,) = [s for s in statements if s.content.text.startswith("\"It's quite dangerous")]
    assert first.via is not None and first.via.name == "BBC Radio Wales"
    (second,) = [s for s in statements if s.content.text.startswith("\"Just to put")]
    assert second.via is not None and second.via.name == "Good Morning Wales"


def test_told_good_morning_america_is_the_via():
    text = "The senator told Good Morning America: \"We have the votes and we will pass the bill this week.\""
    (s,) = extract(text, "2005-02-01").statements
    assert s.via is not None and s.via.name == "Good Morning America"


def test_an_event_told_with_its_article_is_an_audience_not_a_via():
    text = "She told the Hay Festival that her next novel was finished."
    (s,) = extract(text, "2005-02-01").statements
    assert s.via is None
