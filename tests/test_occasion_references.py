"""Occasions tied by evidence in the text (attribute/occasions.py, occasion_ties.py): a
statement takes the via and time of the interview, speech or briefing it names again ("in
the interview", "in his speech", "told the paper"), of a telling by one "speaking to" an
outlet, and of a scene of narration whose subject the tagger did not take for a person; and
nothing where the text gives no such tie (docs/annotation.md, "Inherited via and when")."""

from __future__ import annotations

import pytest

from onrecord import extract

PUBLISHED = "2016-03-11"  # a Friday: "on Monday" is 2016-03-07


def row(text: str, start: str, published: str = PUBLISHED):
    """(via, time, inherited fields) of the statement whose content starts with ``start``."""
    for s in extract("Headline\n\n" + text, published=published).statements:
        if s.content.text.lstrip("\"“'").startswith(start):
            return (s.via.name if s.via else None, s.when.expression if s.when else None,
                    tuple(f for f in ("via", "when") if f"{f} inherited" in (s.explanation or "")))
    raise AssertionError(f"no statement starts with {start!r}")


def test_speaking_to_an_outlet_is_a_telling_its_quotes_go_on_with():
    # bbc/tech/100 (dev): the interview goes on to the quotation opening the next paragraph
    text = ("Speaking to the BBC News website Mr Molyneux said receiving the honour was something of a surprise.\n\n"
            '"It was thought to be like skateboarding," he said.')
    assert row(text, "It was thought") == ("BBC News", None, ("via",))
    text = ("Mr Molyneux, speaking to BBC Sport, said receiving the honour was something of a surprise.\n\n"
            '"It was thought to be like skateboarding," he said.')
    assert row(text, "It was thought") == ("BBC Sport", None, ("via",))


def test_speaking_of_a_subject_is_no_telling():
    text = ("Speaking about the honour, Mr Molyneux said on Monday that it was something of a surprise.\n\n"
            '"It was thought to be like skateboarding," he said.')
    assert row(text, "It was thought") == (None, None, ())


@pytest.mark.parametrize("opening, reference", [
    # a telling of an outlet is the interview "the interview" names again
    ("Mr Blair told BBC Radio 4's Today programme on Monday that the war was legal.", "In the interview, Mr Blair"),
    ("Mr Blair told BBC Radio 4's Today programme on Monday that the war was legal.", "During the interview, Mr Blair"),
    # an appearance by a participle of speaking on a programme is one too
    ("Speaking on BBC Radio 4's Today programme on Monday, Mr Blair said the war was legal.",
     "In the interview, Mr Blair also"),
])
def test_the_interview_named_again_after_another_speaker(opening, reference):
    text = f"{opening}\n\nCharles Kennedy said the war was a mistake.\n\n{reference} said he had no regrets."
    assert row(text, "he had no regrets") == ("BBC Radio 4's Today programme", "on Monday", ("via", "when"))
    assert row(text, "the war was a mistake") == (None, None, ())


def test_his_speech_names_again_the_conference_he_addressed():
    text = ("Addressing the Labour conference in Brighton on Tuesday, Mr Blair said the war was legal.\n\n"
            "Charles Kennedy said the war was a mistake.\n\nIn his speech, Mr Blair also said he had no regrets.")
    assert row(text, "he had no regrets") == (None, "on Tuesday", ("when",))


def test_a_briefing_names_again_the_reporters_told():
    text = ("Mr Blair told reporters on Friday that the war was legal.\n\n"
            "Charles Kennedy said the war was a mistake.\n\nAt the briefing, Mr Blair said he had no regrets.")
    assert row(text, "he had no regrets") == (None, "on Friday", ("when",))


def test_no_interview_to_name_again_gives_nothing():
    # a bare dated saying is no interview, and another speaker's interview is not his
    text = ("Mr Blair said on Monday that the war was legal.\n\n"
            "Charles Kennedy told BBC Radio 4 on Tuesday that the war was a mistake.\n\n"
            "In the interview, Mr Blair said he had no regrets.")
    assert row(text, "he had no regrets") == (None, None, ())


def test_told_the_paper_takes_the_time_of_the_interview_with_it():
    text = ("Michael Howard told the Sunday Times on Sunday that taxes would fall.\n\n"
            "Labour said the plans did not add up.\n\n"
            "The changes would all take place within two years, Mr Howard told the paper.")
    assert row(text, "The changes") == ("Sunday Times", "on Sunday", ("when",))
    # "the paper" named last is another's interview: none of his to take a time from
    text = ("Michael Howard told the Sunday Times on Sunday that taxes would fall.\n\n"
            "Gordon Brown told the Observer on Saturday that the plans did not add up.\n\n"
            "The changes would all take place within two years, Mr Howard told the paper.")
    assert row(text, "The changes") == ("Observer", None, ())


def test_a_scene_of_narration_waits_for_a_speaker_the_tagger_took_for_an_organisation():
    # huff-post 2016-08-11 (PolNeAR train): "Trump" of "Trump parroted ..." is no PERSON to the
    # tagger, but the name of the one quoted just before
    text = ("“But he was the founder, absolutely the founder,” Trump said. “In sports, they have awards.”\n"
            "Trump parroted these views during an interview with NBC South Florida on Thursday afternoon. \n"
            "“I meant exactly that. He’s the founder of ISIS,” he said. “He is the most valuable player.”")
    expected = ("NBC South Florida", "on Thursday afternoon", ("via", "when"))
    assert row(text, "I meant exactly", "2016-08-11") == expected
    assert row(text, "In sports", "2016-08-11") == (None, None, ())


def test_what_is_still_to_come_takes_no_time_of_a_scene_before():
    # bbc/sport/001 (dev): a future "will see" was said at no event of last week
    text = ("British hurdler Sarah Claxton is confident she can win her first major medal at next month's "
            "European Indoor Championships in Madrid.\n\n"
            '"I am quite confident," said Claxton. "But I take each race as it comes." And at last week\'s '
            "Birmingham Grand Prix, Claxton left European medal favourite Russian Irina Shevchenko trailing in "
            "sixth spot.\n\n"
            "Claxton will see if her new training regime pays dividends at the European Indoors which take place "
            "on 5-6 March.")
    assert row(text, "if her new", "2005-03-01")[1] is None


def test_in_the_event_that_is_no_event_spoken_at():
    # breitbart 2016-03-29 (PolNeAR train): the question put in the interview, and her answer
    text = ("“That’s a legitimate concern,” Sarandon, 69, told MSNBC Monday.\n"
            "“I think Bernie would probably encourage people,” she said.\n"
            "Asked about her own vote in the event that Clinton faces Republican frontrunner Trump, she replied: "
            "“I don’t know. I’m going to see what happens.”")
    assert row(text, "I don’t know", "2016-03-29") == ("MSNBC", "Monday", ("via", "when"))
