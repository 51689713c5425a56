"""A modified epithet ("the presumptive Republican nominee", "the self-described democratic
socialist") names the one person named just before it (issue 11, role nouns); sentences
from PolNeAR train and BBC development articles."""

from __future__ import annotations

import pytest
from conftest import speaker_of


@pytest.mark.parametrize(("text", "word", "name"), [
    ("WASHINGTON (AP) — Donald Trump has invested in some of the companies that he uses as punching bags on "
     "the campaign trail.\n\nIn his 104-page public financial disclosure report, the presumptive Republican "
     "nominee reported holding investments in companies like Ford Motor Co.", "Ford", "Donald Trump"),
    ("Sanders visited Missouri on Saturday, holding a rally in Springfield that drew nearly 5,000 "
     "people. The "
     "self-described democratic socialist said he would win the state's primary if turnout were high.",
     "turnout", "Bernie Sanders"),
])
def test_a_modified_epithet_names_the_one_person_named_before(text, word, name):
    text = text if name in text else f"Bernie Sanders spoke in Iowa last month.\n\n{text}"
    speaker, statement = speaker_of(text, word)
    assert (speaker.name, speaker.unnamed) == (name, False)
    assert "speaker by role" in statement.explanation


@pytest.mark.parametrize(("text", "word"), [
    # a body's role is someone the body sent, not the person named before
    ("The UK's first official music download chart was launched last September, compiling the most "
     "popular tracks downloaded from legal UK sites - including iTunes, OD2, mycokemusic.com and "
     "Napster. Westlife's Flying Without Wings - a 1999 track reissued for the occasion - was the "
     "first number one of the UK download chart.\n\n"
     "A spokesman for the British Phonographic Industry (BPI) said the first combined UK download "
     "and sales chart was due to be compiled \"within the first half of this year\". \"Work is going "
     "on across the music business right now to make sure the new chart works to plan,\" he said. "
     "The BPI spokesman described the UK music download chart, compiled by the Official Charts "
     "Company, as having been \"a great success\" since its launch. \"It has provided a focus for "
     "the industry and has really driven interest in downloads among music fans,\" he said.\n", "Official Charts"),
    # an office the article never gave the person named before is no one yet
    ("John Ulzheimer, a credit expert, has studied the scores.\n\nPerhaps the next president could require "
     "that every company hand out the scores, the next president said.", "require"),
    # two people named just before: a guess, left unresolved
    ("Clinton leads Sanders by 271 pledged delegates, but the self-described democratic socialist said he "
     "would soldier on.", "soldier"),
])
def test_an_epithet_stays_unresolved_where_the_person_is_in_doubt(text, word):
    speaker, _ = speaker_of(text, word)
    assert speaker.unnamed


@pytest.mark.parametrize(("text", "name"), [
    # the person the article called a Scot, not the one in play last
    ("Andy Murray, the Scot who won Wimbledon, played Roger Federer in the final. Federer was the favourite. "
     '"I was tired," the Scot admitted.', "Andy Murray"),
    ("Scottish tennis player Andy Murray played Roger Federer in the final. Federer was the favourite. "
     '"I was tired," the Scot admitted.', "Andy Murray"),
    ("Former England captain Michael Vaughan and Australian bowler Shane Warne met in London. Warne was in good "
     'form. "We will win," the Englishman said.', "Michael Vaughan"),
])
def test_a_nationality_epithet_names_the_person_described_so(text, name):
    speaker, statement = speaker_of(text, "I was tired" if "tired" in text else "We will win")
    assert (speaker.name, speaker.unnamed) == (name, False)


def test_an_epithet_passes_over_a_person_the_article_gave_another_title():
    # BBC sport (development slice): Conte, "Balco boss", is no gold medallist
    text = ("Jones files lawsuit against Conte\n\nMarion Jones has filed a lawsuit for defamation against Balco boss "
            "Victor Conte following his allegations that he gave her performance-enhancing drugs.\n\n"
            "The Sydney Olympic gold medallist says Conte damaged her reputation and she is seeking $25m in the suit.\n")
    speaker, _ = speaker_of(text, "damaged her reputation")
    assert (speaker.name, speaker.unnamed) == ("Marion Jones", False)


def test_a_name_inside_what_was_said_does_not_make_a_nationality_epithet_a_guess():
    # BBC sport (development slice): Melzer is named only inside what Agassi said
    text = ("Melzer shocks Agassi in San Jose\n\nJurgen Melzer beat Andre Agassi on Friday. And Agassi, who was more "
            "than matched for power, said Melzer was an example of several players willing to take their chances "
            'against him. "A lot more guys are capable of it now," said the American.\n')
    speaker, _ = speaker_of(text, "capable of it")
    assert (speaker.name, speaker.unnamed) == ("Andre Agassi", False)


def test_a_party_s_nominee_is_never_the_other_party_s_candidate_and_a_contender_may_be_the_nominee():
    # Reuters, PolNeAR train: Clinton, named just before, is the article's Democrat; Trump its
    # Republican "contender", which a "nominee" epithet does not contradict
    text = ("WASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton said Russian "
            "intelligence services hacked into Democratic National Committee computers and she accused Republican "
            "contender Donald Trump of showing support for Russian President Vladimir Putin.\n"
            "Trump last week invited Russia to dig up tens of thousands of \u201cmissing\u201d emails from Clinton\u2019s "
            "time at the U.S. State Department. \u201cRussia, if you\u2019re listening, I hope you\u2019re able to find the "
            "30,000 emails that are missing,\u201d Trump told reporters.\n"
            "The Republican presidential nominee for the Nov. 8 election later said he was being \u201csarcastic\u201d "
            "in his comments.")
    speaker, _ = speaker_of(text, "sarcastic", "2016-07-31")
    assert speaker.name == "Donald Trump"


def test_a_role_is_not_a_person_named_only_later_while_someone_named_before_may_hold_it():
    # HuffPost, PolNeAR train: the Jeb Bush named paragraphs later was "the candidate" here
    text = ("9 (More) Offensive Things Donald Trump Has Said About Latinos.\n\n"
            "A year ago it seemed unlikely Donald Trump would become the Republican presidential candidate.\n\n"
            "Trump may have flip-flopped on several issues over that time, but his ability to offend members of "
            "the Latino community has remained disturbingly consistent.\n\n"
            "The ongoing legal battle over Trump University took an even uglier turn during a February rally when "
            "the candidate implied the judge handling the lawsuits against him was biased.\n\n"
            "Former Florida Gov. Jeb Bush, a Republican presidential candidate, called the remarks wrong.")
    speaker, _ = speaker_of(text, "judge handling", "2016-06-22")
    assert speaker.name == "Donald Trump"
