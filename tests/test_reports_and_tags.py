"""A report the sentence before names speaks as "It" (``pronoun_fallbacks.document_before``),
and a tag over a report given whole adds no second statement
(``doubled_cues.drop_tags_over_reports``): BBC dev slice politics/372, stop 46."""

from __future__ import annotations

from onrecord import extract

_TEXT = ("But in a written response to Labour MP Gordon Prentice, the government said it would normally invite "
         "observers to any UK election. Thursday's report was drawn up by two committees scrutinising the work of "
         "the Office of the Deputy Prime Minister (ODPM) and the Department for Constitutional Affairs (DCA). It "
         "said that, with the growth of postal voting, there was a strong case to tighten up fraud protection. It "
         "also said about three million people eligible to vote are not registered to do so.")


def test_it_after_a_report_is_the_report():
    said = [s for s in extract(_TEXT).statements if s.cue is not None and s.cue.text.endswith("said")][1:]
    assert [s.speaker.name for s in said] == ["report", "report"]


def test_a_tag_over_a_report_given_whole_is_no_second_statement():
    text = ("The report said the government should consider fines for unregistered voters. It said incentives to "
            "register, such as £20 council tax rebate, were likely to be seen as \"gimmicks\" and risked undermining "
            "the integrity of the system, MPs said.")
    statements = extract(text).statements
    assert len(statements) == 2
    assert not any(s.content.text.startswith("It said") for s in statements)
    assert statements[1].content.text.startswith("incentives to register")


def test_a_tag_over_a_wish_keeps_its_speaker():
    # devgold politics-142: the inner "wanted" is no saying, the tag's speaker speaks
    text = ("Patriots by definition wanted the UK to be prosperous at home and strong and influential abroad, "
            "Mr Straw said.")
    said = [s for s in extract(text).statements if s.cue is not None and s.cue.text == "said"]
    assert [s.speaker.name for s in said] == ["Straw"]
