"""A quotation with no cue of its own goes on with the quotation before it, not with a
saying that hangs from that quotation's cue ("'…,' she said, adding that …. '…'"): issue 12,
the merges of PolNeAR train (the aside and the quote were scored as one content)."""

from __future__ import annotations

from conftest import statements_by_cue

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


def test_a_floating_quote_goes_on_with_the_written_quote_not_the_aside():
    text = ("“We will win this state and the next one,” Senator Jones wrote on Twitter on Monday, adding that "
            "the polls were wrong. “Watch us on Tuesday night, everyone.”")
    statements = extract(text, "2016-03-01").statements
    (floating,) = [s for s in statements if s.cue is None]
    assert floating.content.text == "“Watch us on Tuesday night, everyone.”"
    assert floating.speaker.name == "Jones" and floating.act == "writing"
    (aside,) = [s for s in statements if s.cue is not None and s.cue.text == "adding"]
    assert aside.content.text == "that the polls were wrong"


_STAR_WARS = (
    "\"In the HD version of Episode I, all these make-up lines showed up,\" explains Mr Dean. The restoration of "
    "the older Star Wars episodes revealed some interesting items too.\n\n\"There are scans of a corridor and "
    "fairly plainly in one of those shots, there is a file cabinet stuck behind one of the doorways. \"You never "
    "used to be able to see it because things are just blurred enough during the pan that you just didn't see it.\"")


_NATIONWIDE = (
    "Homeowners now expect house prices to rise by 1% over the next six months, Mr Bannister said. He said if "
    "the growth continued at this level then the Bank of England may increase interest rates from their current "
    "4.75%.\n\n\"I think the key is what the Bank expects to happen to the housing market. We always thought we "
    "would see a small rise, they thought they would see a small decline.\" House prices have risen 0.9% this "
    "year, Nationwide said, and if this pace of increase persists, prices would rise by just under 6% in the "
    "year to December.")


def test_a_quotation_is_not_announced_by_the_aside_of_the_next_sentence():
    statements = extract(_NATIONWIDE, "2005-03-01").statements
    (quote,) = [s for s in statements if s.content.text.startswith("\"I think the key")]
    assert quote.speaker.name == "Bannister" and quote.cue is None
    (aside,) = [s for s in statements if s.speaker is not None and s.speaker.name == "Nationwide"]
    assert aside.content.text.startswith("House prices have risen")


def test_a_quotation_after_its_cue_in_the_next_sentence_is_still_announced():
    # the cue of the sentence after a quotation is its own when nothing but its speaker precedes it
    text = "\"It came at the worst possible time.\" Hans Goetti, a Singapore-based fund manager, said on Monday."
    (s,) = statements_by_cue(text, "said")
    assert s.content.text == "\"It came at the worst possible time.\"" and s.speaker.name == "Hans Goetti"


def test_a_floating_quotation_goes_on_with_the_speaker_before_a_things_narration():
    statements = extract(_STAR_WARS, "2005-03-01").statements
    (narration,) = [s for s in statements if s.cue is not None and s.cue.text == "revealed"]
    assert narration.act not in DEFAULT_ACTS and narration.explanation.endswith("narration")
    floating = [s for s in statements if s.cue is None]
    assert floating and all(s.speaker.name == "Dean" and s.act == "speech" for s in floating)


def test_a_person_who_reveals_a_fact_still_speaks():
    text = "The chancellor revealed plans to scrap the tax on Tuesday."
    (s,) = statements_by_cue(text, "revealed")
    assert s.act in DEFAULT_ACTS


# BBC tech/031 (a dev slice): "who they say they are" is a set phrase, not RSA's words; the
# quotation that opens the next paragraph goes on with Steve Ash, who spoke just before it.
_ACTIVCARD = (
    "Activcard is just one of the many companies, like RSA Security, which has been trying to come up with "
    "just that. RSA has a deal with internet provider AOL. Steve Ash, from Activcard, told the BBC News website "
    "there are two parts to the process of identification. The most difficult is to ascertain whether an "
    "individual is who they say they are when they are online.\n\n\"The end solution is to provide a method "
    "where you combine something the user knows with something they have and present those both.\"")


def test_a_floating_quotation_does_not_go_on_with_a_set_phrase():
    statements = extract(_ACTIVCARD, "2005-03-01").statements
    (phrase,) = [s for s in statements if s.cue is not None and s.cue.text == "say"]
    assert phrase.act not in DEFAULT_ACTS and phrase.explanation.endswith("a set phrase, no words")
    (floating,) = [s for s in statements if s.cue is None]
    assert floating.speaker.name == "Steve Ash" and floating.act == "speech"
