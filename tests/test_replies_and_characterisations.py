"""Statements the default record missed on PolNeAR train (issue 12, recall): a reply of
one or two quoted words ("“Absolutely not,” he said."), and what someone called or
described a thing when the parser left no object after the verb ("Florida, which he
describes as his second home", "Graham called both Trump and ... Clinton “crazy”"), or the
object was a pronoun with a characterisation ("described himself as a religious
Catholic"). Sentences from PolNeAR train articles outside its held-out part."""

from __future__ import annotations

import functools

import pytest
from conftest import statements_by_cue

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS

_by_cue = functools.partial(statements_by_cue, published="2016-07-20")


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Guessford was shocked to get a personal call from a close childhood friend. “I’m honored!” she said. "
     "“It’s giving me kind of goosebumps.”", "Guessford", "“I’m honored!”"),
    ('Asked whether he would fire a speechwriter under these circumstances, Priebus said, "Probably."',
     "Priebus", '"Probably."'),
    ("A woman in the crowd shouted \u201cGo home!\u201d", "woman", "\u201cGo home!\u201d"),
])
def test_a_short_quoted_reply_is_a_statement(text, speaker, content):
    (s,) = [s for s in extract(text, "2016-07-20").statements if s.content.text == content]
    assert s.speaker.name == speaker and s.act in DEFAULT_ACTS


def test_the_quote_after_a_short_reply_goes_on_with_its_speaker():
    text = ("“We live in Chicago,” Ebeling said. “We came today because she’s a good girl.”\n\n"
            "Guessford was shocked to get a personal call from a close childhood friend. “I’m honored!” she said. "
            "“It’s giving me kind of goosebumps.”")
    (floating,) = [s for s in extract(text, "2016-07-20").statements if s.content.text.startswith("“It’s giving")]
    assert floating.speaker.name == "Guessford"


@pytest.mark.parametrize("text", [
    "The New York Times called it a “rough week” for Trump.",
    "Critics have called them “rebels” in the past.",
])
def test_a_short_quote_inside_a_sentence_is_no_reply(text):
    assert not [s for s in extract(text, "2016-07-20").statements if s.kind == "direct"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("He touted his victories in various states, particularly in Florida, which he describes as his second home.",
     "describes", "as his second home"),
    ("Graham called both Trump and Democratic front-runner Hillary Clinton “crazy” and said the Republican party "
     "is bound to lose to Clinton if an alternative to Trump is not found.", "called",
     "Trump and Democratic front-runner Hillary Clinton “crazy”"),
    ("Speaking on the cable channel CNBC on Monday, Mr. Ubben called Valeant's chief executive, J. Michael "
     "Pearson, ''incredibly driven'' and asserted that things were being resolved behind the scenes.", "called",
     "Valeant's chief executive, J. Michael Pearson, ''incredibly driven''"),
    ("But Mr. Guerrero, a Republican who described himself as a religious Catholic, said he recoiled when "
     "Mr. Trump began attacking Heidi Cruz.", "described", "himself as a religious Catholic"),
    # PolNeAR train: a participle, the thing named read into the predicate
    ("Clinton campaign spokesman Brian Fallon responded on Twitter, calling Trump’s charge “pathetic” and "
     "“dangerous.”", "calling", "Trump’s charge “pathetic” and “dangerous.”"),
])
def test_what_someone_called_or_described_a_thing(text, cue, content):
    (s,) = _by_cue(text, cue)
    assert s.content.text == content and s.act in DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "content", "act"), [
    # PolNeAR train: a pronoun object with what it is charged with or praised for
    ("In a fiery takedown, Sen. Bernie Sanders called him divisive and accused him of preventing Americans from "
     "being able to “stand together to address the real issues facing this country.”", "accused",
     "him of preventing Americans from being able to “stand together to address the real issues facing this "
     "country.”", "speech"),
    ("Marco Rubio defended himself on Saturday for bailing on his own immigration reform bill.", "defended",
     "himself on Saturday for bailing on his own immigration reform bill", "stance"),
])
def test_a_pronoun_object_with_its_charge(text, cue, content, act):
    (s,) = _by_cue(text, cue)
    assert s.content.text == content and s.act == act


def test_what_someone_warned_of_is_the_object_of_of():
    # PolNeAR train: the parser gave "warned" an object after the dash; "of" right after the verb opens the content
    text = ("The influential delegate, who backs Cruz, warned of a “ferocious” battle ahead that could split the party "
            "if the establishment tries to steer the nomination to Kasich — or anyone other than the two frontrunners.")
    (s,) = _by_cue(text, "warned of")
    assert s.content.text.startswith("a “ferocious” battle ahead") and s.act in DEFAULT_ACTS


def test_a_british_spelling_of_an_object_cue_takes_its_object():
    # PolNeAR train and BBC: the calibrated list spells "criticize"; "criticised" is the same verb
    (s,) = _by_cue("Cameron criticised Trump in the British parliament over his call for the ban on Muslims.",
                   "criticised")
    assert s.content.text == "Trump in the British parliament over his call for the ban on Muslims" and s.act == "speech"


def test_a_thing_named_with_no_one_naming_it_is_no_statement():
    text = "They spent $332,000 on payments to a company called Cambridge Analytica, which specializes in data."
    assert not _by_cue(text, "called")


@pytest.mark.parametrize(("text", "content"), [
    ('Asked by Matt Lauer whether she had practiced her speech, she said, "I read it once over, and that\'s all '
     'because I wrote it with as little help as possible."',
     '"I read it once over, and that\'s all because I wrote it with as little help as possible."'),
    ("Emphasizing the urgency of the matter, Trump said, “If we do not get tough and smart real fast, we are not "
     "going to have a country anymore.”",
     "“If we do not get tough and smart real fast, we are not going to have a country anymore.”"),
    ('Mosman saw Santilli\'s words differently: "When he says he will die a free man, I don\'t take that as a man '
     'who is joking about it," he said.',
     '"When he says he will die a free man, I don\'t take that as a man who is joking about it,"'),
])
def test_the_writers_lead_in_is_not_the_quotation(text, content):
    (s,) = _by_cue(text, "said")
    assert s.content.text == content


def test_a_quotation_that_finishes_the_words_before_the_cue_keeps_them():
    (s,) = _by_cue("The plan, he said, “will work in the end.”", "said")
    assert s.content.text.startswith("The plan")


@pytest.mark.parametrize(("text", "outer", "outer_content", "participle", "content"), [
    ("To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” "
     "adding, “He lost all of the Latino vote … he lost everybody who is inspired to come into this country.”",
     "told", "that Mitt Romney “had a crazy policy of self-deportation which was maniacal,”", "adding",
     "“He lost all of the Latino vote … he lost everybody who is inspired to come into this country.”"),
    ("“We had written two dozen songs before we got with [Danger Mouse],” Kiedis said, mentioning the "
     "long-awaited album is “in the home stretch.”", "said",
     "“We had written two dozen songs before we got with [Danger Mouse],”", "mentioning",
     "the long-awaited album is “in the home stretch.”"),
    ("''We've started all those conversations,'' Mr. Manafort said, adding of Mr. Trump, ''He cares about the "
     "united team.''", "said", "''We've started all those conversations,''", "adding",
     "''He cares about the united team.''"),
])
def test_a_speech_participle_after_a_comma_reports_its_own_words(text, outer, outer_content, participle, content):
    (said,) = _by_cue(text, outer)
    (added,) = _by_cue(text, participle)
    assert said.content.text == outer_content
    assert added.content.text == content and added.speaker.name == said.speaker.name


@pytest.mark.parametrize(("text", "quoted"), [
    # a nested quote closing with its outer one, PTB style (the NYT in PolNeAR)
    ("''I would use the word 'old-school,''' said Gregory W. Slayton, a former ambassador.",
     ["''I would use the word 'old-school,'''"]),
    ("''Part of my job is to say: 'Hey, this guy's for real. He's one of us,''' Mr. English said.",
     ["''Part of my job is to say: 'Hey, this guy's for real. He's one of us,'''"]),
    # an opening glyph typed for the closing one
    ("“It's unusual,“ said Larry Noble. “It's a hard thing to do and pull off.”",
     ["“It's unusual,“", "“It's a hard thing to do and pull off.”"]),
    ("A “ spaced” mark still opens.", ["“ spaced”"]),
])
def test_quotation_marks_typed_the_other_way_still_pair(text, quoted):
    from onrecord.attribute.quotes import find_quotes

    assert [text[q.start:q.end] for q in find_quotes(text)] == quoted


def test_a_quote_closed_with_an_opening_glyph_is_the_speakers():
    text = ("“The reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new and real problems "
            "for her here,“ said Jim Clyburn, a Democratic congressman and civil rights leader from South Carolina.")
    (s,) = _by_cue(text, "said")
    assert s.kind == "direct" and s.speaker.name == "Jim Clyburn"


def test_a_quoted_title_or_topic_is_not_what_the_cue_after_it_says():
    # a quotation that is the object of a preposition names a programme or a topic
    text = ("Donald Trump has delivered an impassioned defense of \u201cNew York values,\u201d saying the city "
            "embodied the \u201cbravery, heart and soul of America.\u201d")
    (s,) = _by_cue(text, "saying")
    assert s.content.text == "the city embodied the \u201cbravery, heart and soul of America.\u201d"
    assert s.speaker.name == "Donald Trump"
    text = ("Sunday on CNN\u2019s \u201cFareed Zakaria GPS,\u201d when asked about Republican presidential nominee "
            "Donald Trump, President Barack Obama said he expected that Americans will say no.")
    assert not [s for s in extract(text, "2016-09-04").statements if "Zakaria" in s.content.text]
