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


def _said(name: str, mention: str, title: str | None = None):
    from types import SimpleNamespace

    from onrecord.schema import Span, Speaker
    text = f"{mention} said it."
    speaker = Speaker(mention=Span.of(text, 0, len(mention)), name=name, type="person", title=title)
    return SimpleNamespace(speaker=speaker, via=None, when=None)


@pytest.mark.parametrize("mention, name, title, last, paragraph, expected", [
    # the resolver could only describe "the prime minister" right after Blair's interview: Blair
    ("The prime minister", "prime minister", "prime minister", "Tony Blair", 3, True),
    # someone else spoke between, or a new paragraph began
    ("The prime minister", "prime minister", "prime minister", "Charles Kennedy", 3, False),
    ("The prime minister", "prime minister", "prime minister", "Tony Blair", 4, False),
    # "a spokesman" is someone the article brings in; the occasion's speaker only described is no name
    ("A spokesman", "spokesman", "spokesman", "Tony Blair", 3, False),
])
def test_a_speaker_only_described_with_the_right_after_the_interview(mention, name, title, last, paragraph, expected):
    from types import SimpleNamespace

    from onrecord.attribute.occasion_narration import Occasion
    from onrecord.attribute.occasions import _Reader  # reads with NarrationReading._described_again
    reader = _Reader.__new__(_Reader)
    reader.out = [_said(last, last), _said(name, mention, title)]
    reader.history = [SimpleNamespace(index=0)]
    current = Occasion("Tony Blair", None, None, False, 3, 0)
    item = SimpleNamespace(statement=reader.out[1], paragraph=paragraph, found=SimpleNamespace(cue=None))
    assert reader._described_again(item, current) is expected
    # an occasion of someone only described is no one to refer back to
    assert reader._described_again(item, Occasion("striker", None, None, False, 3, 0)) is False


def test_a_quotation_set_off_below_its_cue_reaches_its_own_paragraph():
    # breitbart 2016-08-24 (PolNeAR train): "He said:" and the quotation in the paragraph below;
    # the paragraph after the quotation goes on with the interview (the host the outlet's role
    # noun brings in is the via, as "host Mike Gallagher" is: docs/annotation.md)
    text = ("Former UN Ambassador John Bolton told Breitbart News Daily host Matt Boyle, “Hillary’s campaign "
            "slogan might as well be Vote for Hillary Clinton – Not Indicted, Yet!”\n\n"
            "Bolton also discussed the lengths to which most must go to perform government service. He said:\n\n"
            "\"In all the administrations I’ve served in, it’s like going into a monastery.\"\n\n"
            "The former ambassador also discussed the foreign policy of Clinton. He stated that there were plenty "
            "of conservatives willing to serve in a Trump administration.")
    via, when, inherited = row(text, "that there were plenty", "2016-08-24")
    assert via == "Matt Boyle" and inherited == ("via",)


def test_a_press_release_is_a_scene_what_is_added_after_it_goes_on_with():
    text = ("“No one is above the law,” Pence stated in a press release on Tuesday afternoon.\n\n"
            "Pence added, “It would be a dereliction of duty by President Obama.”")
    assert row(text, "It would be", "2016-08-24") == (None, "on Tuesday afternoon", ("when",))
    # "the release of the hostages" is no press release
    text = ("The group said on Monday it welcomed the release of the hostages.\n\n"
            "It added that talks would go on.")
    assert row(text, "that talks", "2016-08-24")[1] is None


def test_a_scene_in_a_relative_clause_done_to_the_subject_is_the_subject_s():
    # usa-today 2016-05-03 (PolNeAR train): the rally is Cruz's, not the protester's "who"
    text = ("Texas Sen. Ted Cruz has made no secret of the fact that he spanks his daughter when she misbehaves.\n\n"
            "Now, he is prescribing the same discipline for a protester who interrupted him during a rally in "
            "Indiana on Sunday.\n\n"
            "\"Apparently there's a young man who's having some problems,\" Cruz said.\n\n"
            "\"Thank you, son,\" Cruz replied.")
    assert row(text, "Apparently", "2016-05-03") == (None, "on Sunday", ("when",))
    assert row(text, "Thank you", "2016-05-03") == (None, "on Sunday", ("when",))
    # the rally of someone the subject only talks about is not his occasion
    text = ("Texas Sen. Ted Cruz has made no secret of the fact that he spanks his daughter when she misbehaves.\n\n"
            "Now, he is mocking a senator who spoke at a rally in Indiana on Sunday.\n\n"
            "\"Apparently there's a young man who's having some problems,\" Cruz said.")
    assert row(text, "Apparently", "2016-05-03") == (None, None, ())


def test_an_outlet_described_again_is_the_outlet_named_before():
    # the shape of a BBC sport report: "told the digital radio station" after "told BBC Radio
    # Sheffield"; a description of another medium ("the German newspaper") is another outlet
    text = ("Mr Smith told BBC Radio Sheffield on Monday that the club would not be sold.\n\n"
            "Fans have protested for weeks. Supporters group chief Ann Jones said the owners had failed.\n\n"
            "\"We will get there,\" Mr Smith told the digital radio station.")
    assert row(text, "We will get there")[0] == "BBC Radio Sheffield"
    assert row(text.replace("digital radio station", "German newspaper"), "We will get there")[0] is None


def test_remarks_placed_at_one_event_date_the_speaker_s_later_statements():
    # nyt 2016-04-23 (PolNeAR train, devgold): "Mr. Manafort's comments ... came during a
    # happy-hour reception" says the article's quotes of him are all of Thursday night's remarks
    text = ("''That's what's important for you to understand,'' Mr. Manafort said Thursday night.\n\n"
            "Mr. Manafort's comments, which included a PowerPoint presentation, came during a happy-hour "
            "reception at the beachside hotel resort here.\n\n"
            "Senator Ted Cruz has attacked the process.\n\n"
            "Mr. Manafort said he agreed with Mr. Cruz.\n\n"
            "''You can't change somebody's character,'' Mr. Manafort said.")
    assert row(text, "he agreed", "2016-04-23") == (None, "Thursday night", ("when",))
    assert row(text, "You can't change", "2016-04-23") == (None, "Thursday night", ("when",))
    # remarks that only came after something are placed at no event
    placed_nowhere = text.replace("came during a happy-hour reception at the beachside hotel resort here",
                                  "came after a long week")
    assert row(placed_nowhere, "he agreed", "2016-04-23") == (None, None, ())
    # remarks placed paragraphs after the dated statement are not the ones it quoted
    far = text.replace("Mr. Manafort's comments,", "Polls moved.\n\nDelegates met.\n\nMr. Manafort's comments,")
    assert row(far, "he agreed", "2016-04-23") == (None, None, ())
    # paragraphs one line break apart count the same (reviewer's finding: "\n\n" was counted)
    assert row(far.replace("\n\n", "\n"), "he agreed", "2016-04-23") == (None, None, ())
    # a statement of the speaker dated anew is another occasion, and ends this one
    other_day = text.replace("Mr. Manafort said he agreed", "Mr. Manafort said on Tuesday he agreed")
    assert row(other_day, "You can't change", "2016-04-23") == (None, None, ())


def test_a_scene_in_a_participle_takes_the_day_of_the_verb_it_hangs_from():
    # huff-post 2016-03-16 (PolNeAR train, devgold): the rally was on the Saturday he visited
    text = ("Bernie Sanders said on Wednesday he would not seek a recount.\n\n"
            "Sanders visited Missouri on Saturday, holding a rally in Springfield that drew nearly 5,000 people. "
            "The self-described democratic socialist said he would win the state’s primary if turnout were high.\n\n"
            "“The whole country thinks Missouri is a pretty conservative state,” Sanders told the crowd.")
    assert row(text, "he would win", "2016-03-16") == (None, "on Saturday", ("when",))
    assert row(text, "The whole country", "2016-03-16") == (None, "on Saturday", ("when",))
    # a scene that is the sentence's subject is no participle's: "His next speech, on May 28, was delivered"
    text = ("His next speech, on May 28, was delivered to the Abilene, Texas-based Meals on Wheels Plus at the same "
            "rate. The group’s executive director, Betty Bradley, said Carson’s appearance had been booked a year "
            "and a half ahead of time.")
    assert row(text, "Carson’s appearance", "2015-12-15")[1] is None


def test_the_host_named_in_an_interview_s_via_asks_at_its_time():
    # politico 2016-03-01 (PolNeAR train, devgold): Hannity's questions are of the Fox News interview
    text = ("In an interview with Fox News’ Sean Hannity on Monday night, Trump responded to a question about "
            "his wall.\n\n"
            "“They said it’s negotiable on the wall,” Hannity said.\n\n"
            "“By the way it is negotiable. Things are negotiable,” Trump said.\n\n"
            "“Would it be negotiable about the 11 million?” Hannity pressed.")
    assert row(text, "They said", "2016-03-01") == (None, "on Monday night", ("when",))
    assert row(text, "Would it be", "2016-03-01") == (None, "on Monday night", ("when",))
    # a host named with no outlet may be anyone's
    alone = text.replace("Fox News’ Sean Hannity", "Sean Hannity")
    assert row(alone, "Would it be", "2016-03-01")[1] is None
