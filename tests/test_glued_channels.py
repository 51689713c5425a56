"""A channel named in capitals with "TV" glued on is a via (``relay_names._glued_tv``), and
the quotations that go on with the telling inherit it: BBC sport/283 (a dev slice) and an
invented sentence of its shape."""

from __future__ import annotations

from onrecord import extract

_FERGUSON = (
    "Manchester United manager Sir Alex Ferguson said the incident highlighted the need for video technology. "
    "\"I think it hammers home what a lot of people have been asking for and that's that technology should play "
    "a part in the game,\" Ferguson told MUTV. \"What I was against originally was the time factor in video "
    "replays.\"")


def test_told_mutv_is_a_via_and_the_quote_going_on_inherits_it():
    statements = extract(_FERGUSON, "2005-01-05").statements
    (told,) = [s for s in statements if s.cue is not None and s.cue.text == "told"]
    assert told.via is not None and told.via.name == "MUTV"
    (floating,) = [s for s in statements if s.cue is None]
    assert floating.speaker.name == "Alex Ferguson" and floating.via is not None and floating.via.name == "MUTV"


def test_told_ndtv_is_a_via():
    text = "\"The talks went well and we will meet again next month,\" Foreign Minister Natwar Singh told NDTV."
    (s,) = extract(text, "2005-01-05").statements
    assert s.via is not None and s.via.name == "NDTV"
