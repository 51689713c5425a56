"""An answer to a question put to the speaker ("Asked if ..., Clinton said ...") goes back to
the speaker's interview of a paragraph or two before, across a paragraph of others' words
(attribute/occasion_answers.py), and what goes on with the interview after a new naming of its
outlet takes the outlet as last named ("told Fox in the interview"); docs/annotation.md,
"Inherited via and when"."""

from __future__ import annotations

from onrecord import extract

# PolNeAR train, huff-post 2016-07-31 (the devgold's), cut to its paragraphs of the interview
TEXT = ("Clinton Says Russians Hacked DNC.\n\n"
        "“We know that Russian intelligence services hacked into the DNC,” Clinton said in an interview with "
        "“Fox News Sunday.”\n"
        "The United States has not publicly accused Russia of being behind the hack of Democratic Party computers. "
        "Cyber security experts and U.S. officials, however, said they believed Russia engineered the release of "
        "the emails.\n"
        "Asked if she believed Putin wanted Trump to win the White House, Clinton said she was not going to jump "
        "to that conclusion.\n"
        "“But I think laying out the facts raises serious issues about Russian interference in our elections,” "
        "Clinton told Fox in the interview, taped Saturday.\n"
        "The United States would not tolerate that from any other country, especially one considered an "
        "adversary, she said.\n"
        "“For Trump to both encourage that and to praise Putin I think raises national security issues,” she said.\n")


def vias() -> dict[str, str | None]:
    return {s.content.text.lstrip("“")[:12]: s.via.name if s.via else None
            for s in extract(TEXT, published="2016-07-31").statements}


def test_the_answer_goes_back_to_the_interview_across_others_words():
    got = vias()
    assert got["she was not "] == "Fox News Sunday"
    assert got["they believed"[:12]] is None  # the officials' words are of no interview


def test_what_goes_on_takes_the_outlet_as_last_named():
    got = vias()
    assert got["But I think "] == "Fox"
    assert got["The United S"] == got["For Trump to"] == "Fox"


def test_an_answer_with_no_interview_before_takes_no_via():
    text = ("Clinton spoke in Ohio on Friday.\n\n"
            "Officials said they believed Russia engineered the release.\n\n"
            "Asked if she believed Putin wanted Trump to win, Clinton said she was not going to jump to that conclusion.")
    got = {s.content.text[:12]: s.via for s in extract(text, published="2016-07-31").statements}
    assert got["she was not "] is None
