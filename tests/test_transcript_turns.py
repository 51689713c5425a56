"""A Q&A transcript's turn lasts until the next turn (docs/annotation.md, "Q&A transcripts"):
the later paragraphs of a long answer are the answerer's, the writer's narration after the
transcript is no one's turn, and the questioner's turn is never the answerer's."""

from onrecord.extract import extract

_BIDEN = "Vice President Joe Biden spoke with reporters on Tuesday about the campaign and the economy.\n\n"


def _statements(text: str):
    return extract(text, published="2016-02-19").statements


def _holding(statements, words: str):
    return next(s for s in statements if words in s.content.text and s.cue is not None and s.cue.text != ":")


def test_a_two_paragraph_answer_gives_its_second_paragraph_to_the_answerer():
    found = _statements(
        "Q&A with Vice President Joe Biden\n\n" + _BIDEN
        + "Q: What do you think of the race so far?\n\n"
        "A: It has been a tough race for everyone.\n\n"
        "I believe we will win in November because the voters want change.\n\n"
        "Q: And the debates next month?\n\n"
        "A: I am ready for them.\n")
    believe = _holding(found, "we will win in November")
    assert believe.speaker.name == "Joe Biden"
    answer = next(s for s in found if s.content.text.startswith("It has been a tough race"))
    assert answer.speaker.name == "Joe Biden" and "voters want change" in answer.content.text
    question = next(s for s in found if "debates" in s.content.text)
    assert question.speaker.unnamed and question.speaker.name != "Joe Biden"
    assert "ready" not in question.content.text


def test_a_three_paragraph_answer_and_the_narration_after_the_transcript():
    found = _statements(
        "Q&A with Vice President Joe Biden\n\n" + _BIDEN
        + "Q: Are you surprised by the tone of the campaign?\n\n"
        "A: I am surprised, honestly.\n\n"
        "I think the candidates are talking the country down.\n\n"
        "And I said last week that we have to change the tone.\n\n"
        "Q: Will you campaign for the nominee?\n\n"
        "A: Of course I will, wherever they want me.\n\n"
        "I know the voters will respond to a positive message.\n\n"
        "Biden flew back to Washington later that day. Aides said he expects to travel again on Friday.\n")
    assert _holding(found, "talking the country down").speaker.name == "Joe Biden"
    assert _holding(found, "change the tone").speaker.name == "Joe Biden"
    assert _holding(found, "positive message").speaker.name == "Joe Biden"
    last = next(s for s in found if s.content.text.startswith("Of course I will"))
    assert "positive message" in last.content.text and "flew back" not in last.content.text
    assert _holding(found, "travel again").speaker.name == "Aides"


def test_two_answers_in_a_row_lost_the_question_between():
    # "QWhy?" lost its colon: the paragraph before the next answer is the interviewer's
    found = _statements(
        "Q&A with former first lady Laura Bush\n\n"
        "Laura Bush spoke to reporters on Friday about her new book on Afghan women.\n\n"
        "Q: Why did you adopt this cause?\n\n"
        "A: Because they needed help, and we saw a country where women were marginalized.\n\n"
        "QLast October, President Obama decided to keep troops there. You thank him for that.\n\n"
        "A: Yes, that is really important for the security of the country.\n")
    first = next(s for s in found if s.content.text.startswith("Because they needed help"))
    assert "Obama" not in first.content.text


def test_a_named_turn_runs_to_the_next_name():
    found = _statements(
        "Jorge Ramos of Univision interviewed Joe Biden in Miami on Monday.\n\n"
        "RAMOS: What is your view of the economy, Mr Vice President?\n\n"
        "BIDEN: The recovery is real and it is lasting.\n\n"
        "I think the middle class is coming back, slowly.\n\n"
        "RAMOS: Some voters disagree with you on that.\n\n"
        "BIDEN: They are entitled to their view, of course.\n")
    turn = next(s for s in found if s.content.text.startswith("The recovery is real"))
    assert turn.content.text.endswith("coming back, slowly.")
    ramos = next(s for s in found if s.content.text.startswith("Some voters"))
    assert ramos.content.text == "Some voters disagree with you on that."


def test_a_stage_direction_ends_a_turn():
    found = _statements(
        "Jake Tapper of CNN spoke with Governor Mary Fallin on Sunday about the campaign.\n\n"
        "TAPPER: Donald Trump released a video on Friday. Take a listen.\n\n"
        "(BEGIN VIDEO CLIP)\n\n"
        "TRUMP: We must work together to heal the divisions in our country.\n\n"
        "(END VIDEO CLIP)\n\n"
        "TAPPER: Do you think he has campaigned as a healer?\n")
    tapper = next(s for s in found if s.content.text.startswith("Donald Trump released"))
    assert tapper.content.text.endswith("Take a listen.")
    trump = next(s for s in found if s.content.text.startswith("We must work together"))
    assert "CLIP" not in trump.content.text


def test_one_labelled_line_is_no_transcript():
    found = _statements("Trump: I Will Win the Nomination Easily\n\n"
                        "Donald Trump told supporters in Ohio that he would win the nomination.\n")
    headline = next(s for s in found if s.cue is not None and s.cue.text == ":")
    assert "Ohio" not in headline.content.text


_FALLIN = (
    "OK Gov Fallin: Trump Is Trying To Campaign As A Racial Healer\n\n"
    "Sunday, on CNN's State of the Union, Governor Mary Fallin (R-OK) said presumptive Republican "
    "presidential nominee Donald Trump is trying to campaign as a racial healer.\n\n"
    "Partial transcript as follows:\n\n"
    "JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing. Take a listen.\n\n"
    "TAPPER: And obviously, you're supporting Donald Trump, I think there are probably some skeptical "
    "Americans hearing that message.\n\n"
    "FALLIN: Well, I think the whole nation needs to work together.\n\n"
    "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
    "FALLIN: I think he is trying to campaign as a racial healer.\n")


def test_an_i_in_a_named_turn_whose_line_holds_another_statement_is_the_turn_s_speaker():
    # the turn's own line gives way to the belief found in it; its "I" is still the label's
    found = _statements(_FALLIN)
    assert _holding(found, "the whole nation needs to work together").speaker.name == "Mary Fallin"
    assert _holding(found, "he is trying to campaign").speaker.name == "Mary Fallin"
    assert _holding(found, "skeptical Americans").speaker.name == "Jake Tapper"


def test_a_label_in_capitals_is_the_person_named_elsewhere_or_its_fullest_label():
    found = _statements(_FALLIN)
    tapper = next(s for s in found if s.content.text.startswith("Donald Trump released a video"))
    assert (tapper.speaker.name, tapper.speaker.type) == ("Jake Tapper", "person")
    found = _statements(
        "Biden sits down with Ramos\n\n"
        "Vice President Joe Biden spoke with Jorge Ramos of Univision on Tuesday.\n\n"
        "RAMOS: Mr. Vice President, are you running for president?\n\n"
        "BIDEN: I have not made up my mind. I think we have to wait and see.\n\n"
        "RAMOS: What about Hillary Clinton?\n\n"
        "BIDEN: She is a great friend. I respect her.\n")
    answer = next(s for s in found if s.content.text.startswith("She is a great friend"))
    assert (answer.speaker.name, answer.speaker.type) == ("Joe Biden", "person")
    assert next(s for s in found if "running for president" in s.content.text).speaker.name == "Jorge Ramos"
    assert _holding(found, "we have to wait and see").speaker.name == "Joe Biden"


def test_an_i_in_an_answer_whose_line_holds_another_statement_is_the_interviewee():
    found = _statements(
        "Q&A with Vice President Joe Biden\n\n" + _BIDEN
        + "Q: Bernie has a particular critique of the economy. Is he right?\n\n"
        "A: I think his conclusory comment is correct.\n\n"
        "Q: Have you talked to her?\n\n"
        "A: It's been about a month.\n")
    assert _holding(found, "his conclusory comment is correct").speaker.name == "Joe Biden"


# bostonherald.com1 (news-html): a magazine Q&A whose turns open with the speakers' initials
_SELMA = (
    "'Selma': Ava DuVernay and Oprah Winfrey turn '60s civil unrest into a stirring, relevant film\n\n"
    "Director Ava DuVernay persuaded her, and Winfrey joined the release as a star and producer. "
    "The two sat down with Us to talk.\n\n"
    "Ava, how did Oprah do when she had to punch the sheriff?\n\n"
    "AD She was all in. She had no problem working with the stunt guys to be taken down. I kept saying to them, "
    "\"Please, can you just be a little more careful?\" And they're like, \"She's falling on her own!\"\n\n"
    "OW I did it every time.\n\n"
    "It probably also helped that as a girl you wanted to be Dr. King!\n\n"
    "OW What made me think I was gonna do that? I was 12, 13. My father was saying, \"You can't be Dr. King "
    "because Dr. King is a man!\" \"Well, I'm gonna have me a church,\" I said.\n")


def test_turns_marked_by_initials_go_to_the_people_the_intro_names():
    found = _statements(_SELMA)
    assert _holding(found, "a little more careful").speaker.name == "Ava DuVernay"
    assert _holding(found, "have me a church").speaker.name == "Oprah Winfrey"


def test_an_answer_marked_by_initials_is_its_speakers_statement():
    # "OW I did it every time." was no statement: no verb cues it, the label does
    found = _statements(_SELMA)
    answer = next(s for s in found if s.content.text == "I did it every time.")
    assert answer.speaker.name == "Oprah Winfrey" and answer.cue.text == "OW"
    # the answer is its own paragraph: the unlabelled question after it is the interviewer's
    assert not any("wanted to be Dr. King" in s.content.text for s in found)
    # a turn that holds another statement is left to it, as a "NAME: ..." line is
    assert not any(s.content.text.startswith("She was all in") for s in found)


def test_capitals_the_article_uses_as_a_word_are_no_initials():
    # "US" opens two paragraphs and Ursula Smith's initials are US, but the text uses "US" as
    # a word: an abbreviation, no turns, and the writer's "I" is not hers
    found = _statements(
        "Ursula Smith, a trade envoy, met ministers on Monday.\n\n"
        "US Trade Representative Katherine Tai arrived later, and the US team stayed in Geneva.\n\n"
        "US President Joe Biden was not there. I said at the time that the talks would fail.\n")
    assert _holding(found, "the talks would fail").speaker.name != "Ursula Smith"


# a reviewer's case (news-html): two "AP Photo/..." caption paragraphs opened with "AP", and
# "Associated Press" is a title-case run with those initials, but no person's: the captions
# were turns, and the "I" after the second one became the caption's
_CAPTIONS = (
    "Senate passes spending bill hours before shutdown deadline\n\n"
    "WASHINGTON (Associated Press) — The Senate passed a short-term spending bill late Friday, sending it to "
    "the president hours before a government shutdown would have begun.\n\n"
    "AP Photo/J. Scott Applewhite Senate Majority Leader Chuck Schumer walks to the chamber on Friday.\n\n"
    "\"We did our job, and we did it together,\" Schumer told reporters after the vote. \"Nobody wanted a shutdown.\"\n\n"
    "Senate Republican leader Mitch McConnell said the bill was not perfect but kept the government open.\n\n"
    "AP Photo/Mariam Zuhaib Visitors line up outside the Capitol on Friday.\n\n"
    "I have said all along that we would be back here in December.\n")


def test_initials_that_spell_no_persons_name_are_no_turns():
    found = extract(_CAPTIONS, published="2023-09-30").statements
    name = next(s for s in found if "back here in December" in s.content.text).speaker.name or ""
    assert "AP" not in name and name.lower() != "ap", name
