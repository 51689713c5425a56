"""'a self-described democratic socialist' is what its bearer called themselves (issue 12:
PolNeAR marks it as a statement: cue 'described', content the words up to the noun)."""

from __future__ import annotations

from onrecord import extract


def _described(text: str) -> list:
    return [s for s in extract(text, "2016-03-01").statements if s.cue is not None and s.cue.text == "described"]


def test_self_described_in_apposition_is_the_named_persons_saying():
    text = ("Sanders, a senator from the state of Vermont and self-described democratic socialist, "
            "said economic stagnation is the source.")
    (said,) = _described(text)
    assert said.content.text == "democratic socialist"
    assert said.speaker.name == "Sanders" and said.act == "speech"


def test_self_described_after_is_belongs_to_the_subject():
    text = "Bernie Sanders spoke in Iowa. He is a self-described democratic socialist who has spent decades in Congress."
    (said,) = _described(text)
    assert said.content.text == "democratic socialist" and said.act == "speech"


def test_self_published_is_no_saying():
    text = ("Mr. Hurt, a former Newsweek correspondent and the author of several nonfiction books, "
            "self-published 'Lost Tycoon' on Amazon and quickly sold 60 copies.")
    assert not extract(text, "2016-03-01").statements
