"""A definite role noun that renames the subject of the sentence before (issue 11,
subject_renamed.py): "And Bortolami feels ... "It will not be a pretty game," said the lock
forward" is Bortolami; a player's position fits one the article called skipper or player;
another person who may be meant, in the sentence before or as the subject of the one
before that, leaves it unresolved."""

from __future__ import annotations

from conftest import speaker_of


# BBC sport/335 (a dev slice), shortened
_BORTOLAMI = (
    "Bortolami predicts dour contest\n\n"
    "Italy skipper Marco Bortolami believes Saturday's Six Nations contest against Scotland will be a scrappy encounter.\n\n"
    "With both sides looking for their first win of the championship, the third-round game at Murrayfield has been "
    "billed as a wooden-spoon decider. And Bortolami feels the Edinburgh contest could end up being a bruising battle "
    "of the packs. \"It will not be a pretty game because both teams are desperate to gain their first win,\" said "
    "the lock forward."
)


def test_a_playing_position_renames_the_skipper_just_named():
    speaker, _ = speaker_of(_BORTOLAMI, "pretty game")
    assert (speaker.name, speaker.unnamed) == ("Marco Bortolami", False)


def test_a_hyphenated_position_after_a_club_renames_the_subject_its_relative_clause_aside():
    # BBC sport/369 (a dev slice): "IRB Sevens", a person to the NER, is inside Amor's own
    # relative clause; "fly-half" split by the tokenizer is still a role
    text = ("Amor named sevens player of the year\n\n"
            "England player Simon Amor won the sevens award. The awards were presented in London on Sunday. "
            "Amor, who will captain England in this season's opening IRB Sevens tournament, the Dubai Sevens, which "
            "start on Thursday, was delighted with his award. \"There are so many great sevens players on the circuit "
            "at the moment that this is a genuine honour,\" said the Gloucester fly-half.")
    speaker, _ = speaker_of(text, "genuine honour")
    assert (speaker.name, speaker.unnamed) == ("Simon Amor", False)


def test_a_position_is_no_coach_named_as_the_subject_before():
    # BBC sport/323 (a dev slice): the coach Robinson two sentences back is no full-back
    text = ("England in confident mood\n\n"
            "But England coach Andy Robinson was bullish during the week about the game. "
            "And despite the recent results, skipper Jason Robinson believes there is nothing wrong with the mood "
            "in the camp. \"There is no lack of confidence in the team,\" said the Sale full-back.")
    speaker, _ = speaker_of(text, "lack of confidence")
    assert (speaker.name, speaker.unnamed) == ("Jason Robinson", False)


def test_an_object_of_the_sentence_before_who_may_be_meant_leaves_it_unresolved():
    # "Trump attacked Rubio. The Florida senator said": a writer renames the object as often
    text = ("Rally turns sour\n\n"
            "The rally in Houston was loud. Donald Trump attacked Marco Rubio at the rally on Friday. "
            "The Florida senator said the attacks were a sign of desperation.")
    speaker, _ = speaker_of(text, "sign of desperation")
    assert speaker.unnamed


def test_a_position_after_a_sentence_with_two_players_is_a_guess():
    text = ("Scots in wooden-spoon decider\n\n"
            "The game at Murrayfield has been billed as a wooden-spoon decider. "
            "Marco Bortolami told Gordon Bulloch to expect a bruising battle. "
            "The lock said it will not be a pretty game.")
    # (a narrated cue: a quotation closed by "said the lock" is quote_introducers.py's, which
    # takes the one subject of the sentence before)
    speaker, _ = speaker_of(text, "pretty game")
    assert speaker.unnamed


def test_a_second_subject_before_the_role_noun_leaves_it_unresolved():
    # breitbart 2016-05-24 (PolNeAR train), shortened: Sanders (the article's "primary
    # challenger") and Clinton are both subjects; the epithet is Sanders, not the one
    # subject whose title does not contradict it
    text = ("Clinton targets Trump\n\n"
            "\"We are going to march into the convention with a lot of momentum,\" Bernie Sanders said at a rally. "
            "Clinton leads Sanders by 271 pledged delegates, but the self-described democratic socialist has vowed to "
            "soldier on and amass as many delegates as possible.")
    speaker, _ = speaker_of(text, "soldier on")
    assert speaker.unnamed and "Clinton" not in speaker.name  # left unresolved, never the other subject
