"""The writer's own document a "wrote" comes from (issue 12, attribute/authored_documents.py):
"wrote on his blog", and a column or book the article gave the writer before ("used her final
column ... she wrote", "Trump's new book ... Trump writes"); sentences of PolNeAR train
(devgold's misses), and the occasions that keep their own medium."""

from __future__ import annotations

from onrecord import extract


def statement(text: str, cue: str, content: str):
    """The one statement whose cue contains ``cue`` and whose content contains ``content``."""
    found = [s for s in extract(text).statements
             if s.cue is not None and cue in s.cue.text and content in s.content.text]
    assert len(found) == 1, [(s.cue and s.cue.text, s.content.text, s.act) for s in extract(text).statements]
    return found[0]


def test_wrote_on_his_blog_is_the_blog():
    # PolNeAR train nyt_2015-11-09
    text = ("''We finally may be seeing some wage acceleration, and if it sticks, that would be a very big story,'' "
            "the economist Jared Bernstein, a former adviser in the Obama White House, wrote on his blog.")
    s = statement(text, "wrote", "wage acceleration")
    assert (s.speaker.name, s.speaker.document, s.act) == ("Jared Bernstein", "blog", "writing")


def test_the_column_the_lead_gives_the_writer_carries_her_wrote():
    # PolNeAR train west-journal_2016-09-06: every "she wrote" of the article is from the final column
    text = ("Conservative icon Phyllis Schlafly, who died Monday at the age of 92, used her final column to link one "
            "of the great conservatives of America’s recent past with the candidate she regards as America’s best "
            "hope for its future.\n\n"
            "“Donald Trump’s surprise visit to Mexico reminds me of President Reagan’s important trip to Geneva in "
            "1985,” she wrote.")
    s = statement(text, "wrote", "surprise visit")
    assert (s.speaker.name, s.speaker.document) == ("Phyllis Schlafly", "column")


def test_the_book_named_before_carries_the_authors_writes():
    # PolNeAR train wash-post_2015-11-08
    text = ("Mexican newspapers have been inspecting Trump's new book, \"Crippled America: How to Make America Great "
            "Again,\" for clues about his plans for their country if he becomes president. (Trump writes that he would "
            "increase fees for border crossing cards and temporary visas or impound remittances to pay for the border "
            "wall he wants to build.)")
    s = statement(text, "writes", "increase fees")
    assert (s.speaker.name, s.speaker.document, s.act) == ("Trump", "book", "writing")


def test_another_medium_or_another_person_keeps_no_owned_document():
    text = ("Mexican newspapers have been inspecting Trump's new book for clues about his plans. Trump wrote to the "
            "Mexican president that the wall would be built. Mr Pena Nieto wrote that it would not.")
    assert statement(text, "wrote", "wall would be built").speaker.document is None
    assert statement(text, "wrote", "would not").speaker.document is None


def test_says_in_the_spot_is_the_spot_and_so_are_its_participles():
    # PolNeAR train politico_2015-11-19 (devgold's misses: document "spot" on all three)
    text = ('"The tragic attacks in Paris proves once again that America needs to get tough on radical Islamic '
            'terrorism," Trump says in the spot titled "Dangerous," warning against allowing in the refugees coming '
            'from Syria, pledging to "quickly and decisively bomb the hell out of ISIS."')
    assert statement(text, "says", "tragic attacks").speaker.document == "spot"
    assert statement(text, "warning", "refugees").speaker.document == "spot"
    assert statement(text, "pledging", "bomb the hell").speaker.document == "spot"


def test_a_pronoun_on_another_occasion_does_not_take_the_document_a_cue_named():
    # PolNeAR train politico_2015-11-19: "he" of the next paragraph, dated Thursday, speaks elsewhere; the
    # document named by "says in the spot" is that occasion's (document_continuations carries "he added")
    text = ('"America needs to get tough on radical Islamic terrorism," Trump says in the spot titled "Dangerous."\n\n'
            "On Thursday, he expanded upon his calls for increased surveillance, warning followers on social media "
            "and in interviews that the Islamic State could easily penetrate the country.")
    assert statement(text, "says", "get tough").speaker.document == "spot"
    later = statement(text, "warning", "penetrate")
    assert later.speaker.name == "Trump" and later.speaker.document is None
