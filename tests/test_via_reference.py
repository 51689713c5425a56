"""A via named by reference back (attribute/via_reference.py): "the paper", "the newspaper",
"the station" is the outlet the article named before — as a via, and also where it named the
outlet only in narration or as the one reporting ("The Times reported ...", "gave an interview
to the Guardian") — never a common noun kept as a via, and nothing where no outlet of that
medium was named (docs/annotation.md, "via")."""

from __future__ import annotations

from onrecord import extract

PUBLISHED = "2005-06-10"


def via_of(text: str, start: str) -> str | None:
    for s in extract("Headline\n\n" + text, published=PUBLISHED).statements:
        if s.content.text.lstrip("\"“'").startswith(start):
            return s.via.name if s.via else None
    raise AssertionError(f"no statement starts with {start!r}")


def test_the_paper_that_quotes_is_the_paper_that_reported():
    # the shape of "The paper quoted X as saying" after the paper's own report
    text = ("The Times reported on Tuesday that the firm would cut jobs. "
            "The paper quoted chief executive John Smith as saying the cuts were needed.")
    assert via_of(text, "the cuts were needed") == "Times"


def test_the_newspaper_told_is_the_one_an_interview_was_given_to():
    text = "Mr Brown gave an interview to the Guardian on Monday. He told the newspaper that he would not resign."
    assert via_of(text, "that he would not resign") == "Guardian"


def test_the_paper_after_no_outlet_of_print_stays_no_via():
    # a platform named before is no paper; a common noun is never a via
    text = ("Mr Brown posted a message on Twitter on Monday. "
            "He later told the paper that he would not resign.")
    assert via_of(text, "that he would not resign") is None
    text = "Mr Brown was angry. He told the newspaper that he would not resign."
    assert via_of(text, "that he would not resign") is None


def test_a_name_ending_in_s_keeps_its_medium():
    # bbc/politics/096 (dev): "Michael Howard told the Sunday Times ... Mr Howard told the paper."
    text = ("Michael Howard told the Sunday Times that taxes would fall.\n\n"
            "The changes would all take place within five years of the Conservatives winning a general "
            "election, Mr Howard told the paper.")
    assert via_of(text, "The changes would") == "Sunday Times"
