"""Scenes the occasion reading (attribute/occasions.py, scenes.py) must see in a statement's
own sentence: one after a quotation of several sentences that ends in it, and one whose
relative clause says what was said in it (docs/annotation.md, "Inherited via and when")."""

from __future__ import annotations

from onrecord import extract

PUBLISHED = "2016-04-11"  # a Monday


def read(text: str):
    """(content, via, time) of every statement, in text order."""
    statements = sorted(extract("Headline\n\n" + text, published=PUBLISHED).statements, key=lambda s: s.content.start)
    return [(s.content.text, s.via.name if s.via else None, s.when.expression if s.when else None)
            for s in statements]


def by_content(text: str, start: str):
    return next(row for row in read(text) if row[0].lstrip("\"“'").startswith(start))


WEAVER = ('"Well, look, she\'s clearly experienced, right? Clearly an intelligent person," Sanders campaign '
          "manager Jeff Weaver said Monday in an interview with MSNBC's Tamron Hall.\n\n")


def test_a_scene_after_a_quotation_of_several_sentences_goes_on():
    # the cue's sentence opens inside the quotation: its closing mark opens no new one
    text = WEAVER + '"But résumé is not enough at the end of the day," he continued.'
    assert by_content(text, "Well")[1:] == ("MSNBC's Tamron Hall", "Monday")
    assert by_content(text, "But résumé")[1:] == ("MSNBC's Tamron Hall", "Monday")


def test_a_scene_after_a_quotation_of_several_sentences_ends_at_another_speaker():
    text = WEAVER + "Clinton spokesman Brian Fallon said the attack was unfair.\n\n" + \
        '"This is the same attack he made last week," he said.'
    assert by_content(text, "the attack")[1:] == (None, None)
    assert by_content(text, "This is")[1:] == (None, None)


def test_a_scene_a_statement_is_said_in():
    # "an interview with X, in which Clinton expressed ...": the interview is where she said it,
    # so her answers in the next paragraph go on with it
    text = ("The candidate took to the airwaves during an interview with Univision's Los Angeles affiliate, "
            "in which Clinton expressed confidence that the server would not be an issue.\n\n"
            '"Well, there may be reports that come out, but nothing has changed," she said.')
    assert by_content(text, "Well")[1] == "Univision's Los Angeles affiliate"


def test_a_relative_clause_of_no_scene_sets_none():
    # "a report by Reuters, which Clinton called unfair": not said in the report
    text = ("The candidate answered a report by Reuters, which Clinton called unfair.\n\n"
            '"Well, there may be reports that come out, but nothing has changed," she said.')
    assert by_content(text, "Well")[1:] == (None, None)


FOXX = '"Thank you for Ray Charles for living so complex," said Foxx, accepting his award in Los Angeles on Saturday.'


def test_the_event_the_speaker_was_at_goes_on_to_the_next_paragraph():
    # what he was doing as he spoke ("accepting his award ... on Saturday") is an event, its
    # speech goes on in "He also praised ..." a paragraph on
    text = FOXX + '\n\nHe also praised the film director: "Thank you for Taylor Hackford for taking a chance."'
    assert by_content(text, "Thank you for Taylor")[2] == "on Saturday"


def test_a_bare_said_on_a_day_ends_with_its_paragraph():
    text = ('"Thank you all," Foxx said on Saturday.\n\n'
            'He also praised the film director: "Thank you for Taylor Hackford for taking a chance."')
    assert by_content(text, "Thank you for Taylor")[2] is None


def test_a_relative_clause_of_the_publisher_of_an_interview_is_said_in_it():
    # "an interview published Monday by the New York Daily News, in which he said ...": the
    # parser hangs the clause on the publisher; it is still the interview's
    text = ("Sanders was asked about their case during an interview published Monday by the New York Daily "
            "News, in which he said he didn't support their right to sue Remington.")
    assert by_content(text, "he didn't")[1:] == ("New York Daily News", "Monday")



KUNIN = ('The race has taken a more negative turn and that will take time to "cool off," Kunin said in an interview '
         "with USA TODAY.\n\n")


def test_a_scene_set_before_goes_on_over_a_sentence_of_two_cues():
    text = KUNIN + '"His normal demeanor is grumpy," she said, but despite the fractious tone, "I think he will do ' \
        'it," said Kunin.'
    assert by_content(text, "His normal")[1] == "USA TODAY"
    assert by_content(text, "despite")[1] == "USA TODAY"


def test_a_statement_later_in_the_day_is_another_occasion():
    text = ('"He did not join with us," Clinton said at a question-and-answer session with reporters in Queens on '
            "Monday afternoon.\n\nLater in the day, she escalated her attacks, criticizing him for his votes "
            "against the Brady bill.\n\nShe said his votes did not fly.")
    assert by_content(text, "his votes against")[2] is None
    assert by_content(text, "his votes did")[2] is None


def test_a_participle_of_the_occasion_on_the_speaker_sets_a_scene():
    # the participle set off after the speaker is the saying's occasion, as one opening the
    # sentence is ("Speaking at a rally …, Clinton said"): it goes on to "she added" a paragraph on
    text = ("Clinton, speaking at a rally in Iowa on Sunday, said the economy was rigged.\n\n"
            '"We will win," she added.')
    assert by_content(text, "We will win")[1:] == (None, "on Sunday")


def test_a_relative_clause_of_another_speaker_is_not_on_the_opening_programme():
    # PolNeAR train (breitbart 2016-07-12), shortened: the programme opening the sentence is
    # McCaul's appearance, not Comey's, whose description sits in a relative clause; so Comey
    # takes no part in it and McCaul's quotation a paragraph on goes on with it ("&" in its title)
    text = ("Wednesday on Fox News Channel’s “Fox & Friends,” Rep. Michael McCaul (R-TX) discussed legislation he was "
            "introducing which would revoke the security clearance for those demonstrating “extreme carelessness” with "
            "classified information, which is what FBI Director James Comey described presumptive Democratic "
            "presidential nominee Hillary Clinton’s use of an email server while secretary of state.\n\n"
            "“The FBI director said she exercised extreme carelessness in her handling of classified information,” "
            "McCaul said.")
    assert by_content(text, "presumptive")[1:] == (None, None)
    assert by_content(text, "The FBI director")[1:] == ("Fox News Channel's Fox & Friends", "Wednesday")


def test_an_interview_the_speaker_gave_sets_the_scene_though_the_sentence_is_about_else():
    # PolNeAR train (huff-post 2016-02-24, its headline a statement of Rubio's): the relative clause
    # says who gave the interview and to whom; its answers in the next paragraphs take the outlet and the day
    text = ("Marco Rubio says the race is far from over.\n\n"
            "Based upon an interview he gave to Fox News on the Wednesday after the Nevada caucus, it’s an open "
            "question.\n\n"
            "“You don’t win the nomination by how many states you win,” Rubio responded.\n\n"
            "“Well, we feel great in every one of those states,” he said.")
    assert by_content(text, "You don’t win")[1:] == ("Fox News", "Wednesday")
    assert by_content(text, "Well, we feel great")[1:] == ("Fox News", "Wednesday")
    # an interview someone else gave is no scene of his
    other = text.replace("an interview he gave", "an interview the party gave")
    assert by_content(other, "You don’t win")[1:] == (None, None)


def test_a_scene_word_of_another_scene_s_name_is_not_the_scene():
    # PolNeAR train (huff-post 2016-01-19): the call is the scene, "conference" a word of its name
    text = ("“When this came about and she read about it, her immediate response has been, ‘Let’s see what we can "
            "do to help,’” Renteria told reporters during Tuesday’s conference call.")
    assert by_content(text, "When this came")[2] == "Tuesday’s"


# bbc/sport/185.txt (development gold): the press conference of a role the tagger took for a
# name ("former France [international]"), and its speaker next, a surname tagged an organisation
CANDELA = ("The 31-year-old former France international gave his last press conference as a Roma player on Monday, "
           'anouncing his move to Bolton. "I have signed a five-month contract with Bolton," said Candela, who will '
           'travel to England on Tuesday. "In June I will decide whether to continue to play for Bolton or retire from '
           'professional football."')


def test_a_press_conference_of_a_described_player_dates_the_quotes_of_the_next_sentence():
    assert by_content(CANDELA, "I have signed")[2] == "on Monday"
    assert by_content(CANDELA, "In June")[2] == "on Monday"


def test_the_next_sentence_after_a_described_player_hurt_on_a_day_is_no_scene_of_his():
    # bbc/sport/111.txt (development slice): no scene word, another person speaks
    text = ("The England international, 24, was hurt in an innocuous challenge with Alan Shearer during the "
            'Londoners\' FA Cup defeat at Newcastle on Sunday. "We think it\'s a big injury," said Jose Mourinho.')
    assert by_content(text, "We think")[2] is None


def test_a_programme_in_the_speaker_s_own_description_is_no_scene_and_no_via():
    # BBC entertainment (dev slice): the show he hosts describes the speaker; his words go out on none
    text = ("Chris Hawkins, host of BBC 6 Music's chart show, said the band had \"great guitars\".\n\n"
            '"The Bravery are proof alone that New York City is still home to hot new talent," he said.')
    assert [row[1:] for row in read(text)] == [(None, None), (None, None)]


def test_an_interview_hung_on_the_speaker_is_still_the_occasion():
    # invented, the shape of a business story: a phrase on the speaker, no apposition
    assert read("Its chief executive, in an interview with Reuters, said sales would fall.")[0][1] == "Reuters"


def test_speaking_to_an_outlet_when_a_day_is_named_sets_the_scene_of_the_quotes_after():
    # PolNeAR train (west-journal 2016-01-26): the interview given to CNN, at the time its when-clause is of
    text = ("Trump was even more emphatic Monday when he spoke to CNN about the subject.\n\n"
            "“I’d beat him,” Trump said. “I would love him to do it actually,” Trump said.")
    assert [row[1:] for row in read(text) if row[0].startswith("“")] == [("CNN", "Monday"), ("CNN", "Monday")]
    # people spoken to are no outlet: no via (invented, the same shape)
    text = "Trump was even more emphatic Monday when he spoke to reporters about the subject.\n\n“I’d beat him,” Trump said."
    assert [row[1] for row in read(text) if row[0].startswith("“")] == [None]
