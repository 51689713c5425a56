"""A quotation with no cue of its own goes on with the quotation before it, not with a
saying that hangs from that quotation's cue ("'…,' she said, adding that …. '…'"): issue 12,
the merges of PolNeAR train (the aside and the quote were scored as one content)."""

from __future__ import annotations

from onrecord import extract


def test_a_floating_quote_goes_on_with_the_written_quote_not_the_aside():
    text = ("“We will win this state and the next one,” Senator Jones wrote on Twitter on Monday, adding that "
            "the polls were wrong. “Watch us on Tuesday night, everyone.”")
    statements = extract(text, "2016-03-01").statements
    (floating,) = [s for s in statements if s.cue is None]
    assert floating.content.text == "“Watch us on Tuesday night, everyone.”"
    assert floating.speaker.name == "Jones" and floating.act == "writing"
    (aside,) = [s for s in statements if s.cue is not None and s.cue.text == "adding"]
    assert aside.content.text == "that the polls were wrong"
