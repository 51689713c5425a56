"""Noun-phrase contents a reader would not take for what was said, acts-11 (issue 12;
attribute/narration_shapes.py): an inverted tag read as a verb and its object, calls that a
verb causes or meets, a product offered, a player's rank, scare quotes, buyers who order and
things that speak for themselves. Sentences from the BBC development slices and PolNeAR train."""

from __future__ import annotations

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


def _find(text: str, cue: str, content: str):
    statements = extract(text).statements
    found = [s for s in statements if s.cue is not None and cue in s.cue.text and content in s.content.text]
    assert len(found) == 1, [(s.cue and s.cue.text, s.content.text, s.act) for s in statements]
    return found[0]


def test_an_inverted_tag_read_as_an_object_reports_the_clause_before_it():
    # BBC tech (development slice): the report predicts; the Britons say nothing
    text = ("Around 23 million Britons will miss out on a wide range of essential services such as education and "
            "medical information, predicts the report by telecoms giant BT.")
    statements = extract(text).statements
    assert not any(s.content.text.startswith("the report") for s in statements), statements
    s = _find(text, "predicts", "Around 23 million Britons will miss out")
    assert s.act == "writing"


def test_an_inverted_tag_with_a_named_speaker_reports_the_clause_before_it():
    # BBC tech (development slice): Bill Thompson warns; the directive does not warn him
    text = ("A new European directive could put software writers at risk of legal action, warns former programmer "
            "and technology analyst Bill Thompson.")
    s = _find(text, "warns", "")
    assert s.content.text == "A new European directive could put software writers at risk of legal action"
    assert s.speaker.name == "Bill Thompson" and s.act == "speech"
    # under its headline, the paragraph's break follows the full stop
    s = _find("Be careful how you code\n\n" + text + "\n\nIf it gets its way, the Dutch government will conclude "
              "its presidency.", "warns", "")
    assert s.speaker.name == "Bill Thompson" and s.content.text.startswith("A new European directive")


def test_calls_a_verb_sparks_are_not_its_subjects():
    # BBC politics (development slice): the fears call for nothing
    text = "Fears that big donors can buy political favours have sparked calls for a limit."
    s = _find(text, "calls for", "a limit")
    assert s.act not in DEFAULT_ACTS
    assert "hearsay" in s.explanation


def test_a_product_offered_is_no_words():
    # BBC tech (development slice): a Mac Mini on sale, not an offer made in words
    text = ("Apple offer a less powerful Mac Mini for £339 but the £399 models has a 1.4ghz Power PC chip, "
            "80 gigabyte hard drive, combined CD burner/DVD player.")
    s = _find(text, "offer", "Mac Mini")
    assert s.act not in DEFAULT_ACTS


def test_a_players_rank_is_no_data_that_writes():
    # BBC sport (development slice): "number one" is Henman, and showing strength says nothing
    text = ("Rusedski had match point at 6-5 in the second set tie-break after Henman double-faulted, but missed his "
            "chance and Henman rallied to clinch the set. The British number one then showed his superior strength "
            "to take the decider and earn his sixth win over Rusedski.")
    s = _find(text, "showed", "strength")
    assert s.act not in DEFAULT_ACTS


def test_scare_quotes_in_a_noun_object_are_not_the_speakers_words():
    # PolNeAR train: the quotation marks are the writer's; criticising a thing takes a side
    text = ('The divisions were underscored Wednesday when House Speaker Paul D. Ryan of Wisconsin lamented the '
            '"disheartened" state of the campaign and criticized the "identity politics" on display in the '
            'increasingly toxic race for the GOP presidential nomination.')
    s = _find(text, "criticized", "identity politics")
    assert s.act == "stance"


def test_buyers_who_order_say_nothing():
    # BBC business and tech (development slices): goods bought, no command given
    for text, cue, content in (
            ("Easymobile will allow customers to go online to order SIM cards and airtime - which will be run "
             "through T-Mobile's network.", "order", "SIM cards"),
            ("Many people use the sites to edit and improve their favourite photographs before ordering prints.",
             "ordering", "prints")):
        s = _find(text, cue, content)
        assert s.act not in DEFAULT_ACTS, (text, s.explanation)


def test_stats_that_speak_for_themselves_say_nothing():
    # BBC sport (development slice): a set phrase; the figures do not write
    text = ("When Lleyton Hewitt shook his hand after getting another thrashing, a third in as many months, the "
            "Australian said; \"You're the best.\" How right he is. The stats speak for themselves: 11 titles from "
            "11 finals during 2004 - three of them Grand Slams - and 13 final victories in a row going back to "
            "Vienna 2003.")
    s = _find(text, "speak", "themselves")
    assert s.act not in DEFAULT_ACTS
    assert "set phrase" in s.explanation
