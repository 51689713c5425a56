"""Speakers the parse or the discourse used to give wrongly (issue 11): a book
title's author, a bare office with the holder named as an object, a name before a body
written as a second subject, a kin noun's gender, a speech verb read as a modifier."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of


def test_a_speech_verb_read_as_a_modifier_is_the_cue_of_the_words_before_it():
    text = ('Michael Owen joined Real Madrid in the summer. The 31-year-old admitted interest in the job was immense, '
            'adding: "I want to play every week."')
    speaker, statement = speaker_of(text, "interest in the job")
    assert speaker.name == "Michael Owen"
    assert statement.cue.text == "admitted"
    assert statement.content.text == "interest in the job was immense"
    speaker, _ = speaker_of(text, "every week")
    assert speaker.name == "Michael Owen"


def test_a_possessive_or_an_adverb_before_a_participle_makes_no_cue():
    from onrecord import extract

    article = extract("The party's stated aim was to win the seat. The widely reported claim was false.",
                      published="2005-03-01")
    assert not any(s.cue is not None and s.cue.text in ("stated", "reported") for s in article.statements)


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        "Gordon Brown is under pressure. Brown's Britain, by Robert Peston, says the chancellor "
        "has long wanted the top job.",
        "top job", {"name": "Robert Peston", "type": "person"},
        id="a_titled_work_by_an_author_speaks_for_the_author"),
    pytest.param(
        "Manchester United, by contrast, said the deal was off.",
        "deal", {"name": "Manchester United"},
        id="a_comma_phrase_with_by_that_names_no_author_changes_nothing"),
    pytest.param(
        "Tony Blair praised Gordon Brown on Monday. The chancellor said the economy was "
        "strong.",
        "economy", {"name": "chancellor", "unnamed": True},
        id="a_person_named_as_an_object_keeps_a_bare_office_from_the_subject-1"),
    pytest.param(
        "Tony Blair praised Gordon Brown on Monday. The chancellor said the economy was "
        "strong.",
        "Brown", {"name": "Tony Blair", "title": None},
        id="a_person_named_as_an_object_keeps_a_bare_office_from_the_subject-2"),
    pytest.param(
        'Colin Asplin, Blackpool Hotel Association said: "We have tried very hard to keep them."',
        "tried very hard", {"name": "Colin Asplin", "affiliation": "Blackpool Hotel Association"},
        id="a_name_then_a_body_before_the_verb_gives_the_person_with_the_body"),
    pytest.param(
        "Deputy High Court Judge Richard Mawrey, QC told the hearing at the Birmingham and Midlands Institute "
        "the case could have potentially serious consequences for any forthcoming General Election.",
        "serious consequences", {"name": "Richard Mawrey", "type": "person"},
        id="a_post_nominal_after_a_name_and_a_comma_is_no_speaker"),
    pytest.param(
        'Ozzy Osbourne has quit the show. His wife Sharon, who also appears in the show, agreed. '
        '"Now everybody is doing reality shows," she said.',
        "reality shows", {"name": "Sharon"},
        id="a_kin_noun_before_a_name_makes_its_subject_and_gender-1"),
    pytest.param(
        'Ozzy Osbourne has quit the show. His wife Sharon agreed. "Now everybody is doing reality shows," he said.',
        "reality shows", {"name": "Ozzy Osbourne"},
        id="a_kin_noun_before_a_name_makes_its_subject_and_gender-2"),
    pytest.param(
        "Essential Guide to British Quangos 2005 author Dan Lewis said at least 111 of the bodies "
        "had been set up since 1997.",
        "111", {"name": "Dan Lewis", "title": "author", "affiliation": None},  # the book's "to British Quangos" is no body
        id="a_name_after_a_work_s_title_and_a_role_speaks"),
    # the reader's shape ("Buffy the Vampire Slayer creator Joss Whedon said", stop 43): a title
    # the parser made a common-noun subject, the role hung on "of", the name on the role
    pytest.param(
        "Passion of the Christ director Mel Gibson has said he will apologise to the officers.",
        "apologise", {"name": "Mel Gibson", "title": "director"},
        id="a_name_after_a_work_s_title_and_a_role_speaks-title_with_of_the"),
    pytest.param(
        "\"It was a mistake,\" said Passion of the Christ director Mel Gibson.",
        "mistake", {"name": "Mel Gibson", "title": "director"},
        id="a_name_after_a_work_s_title_and_a_role_speaks-after_the_cue"),
    pytest.param(
        "Fans of Arsenal striker Thierry Henry said he should stay at the club.",
        "should stay", {"name": "Fans"},
        id="a_plural_group_before_a_role_and_a_name_speaks_itself"),
    pytest.param(
        "Jugnot made 5.45m Euros last year, according to a table drawn up by France's Le Figaro "
        "newspaper.",
        "5.45m", {"name": "Le Figaro", "type": "organization"},
        id="a_table_drawn_up_by_a_newspaper_speaks_for_it"),
    # BBC politics (development slice): Blair, the prime minister, spoke last; Bush was named just before
    pytest.param(
        "Blair sees greater Bush consensus\n\nTony Blair has said George W Bush will be more consensual.\n\n"
        "The prime minister said US policy had "
        "changed. Mr Bush was sworn in on Thursday.\n\nMr Blair had personally seen the change over time in "
        "conversations with Mr Bush. The president understood that military measures were not enough.",
        "military measures", {"name": "George W Bush", "title": "president"},
        id="a_bare_office_goes_to_the_one_in_play_who_may_hold_it_named_just_before"),
    # BBC politics (development slice): the NER misses the headline's "Blair"
    pytest.param(
        "Blair defends terror law changes\n\nThe prime minister has defended measures to allow house arrest "
        "without trial, saying hundreds of people are plotting attacks.\n\nThe government is facing opposition. "
        "But Tony Blair said there could be no concession.",
        "plotting attacks", {"name": "Tony Blair", "title": "prime minister"},
        id="the_lead_s_role_is_the_person_the_headline_names"),
    # BBC sport (development slice): Phillips is whom the American answers
    pytest.param(
        "Davenport hits out at Wimbledon\n\nWorld number one Lindsay Davenport has criticised Wimbledon over the "
        "issue of equal prize money for women.\n\nReacting to a disputed comment by All England Club chairman Tim "
        'Phillips, the American said: "I think it is highly insulting if prize money is taken away."',
        "highly insulting", {"name": "Lindsay Davenport"},
        id="a_name_in_the_epithet_s_opening_phrase_is_no_rival_for_it"),
    # PolNeAR train (development split): "He" is Trump, who was in play before the judge was named
    pytest.param(
        "Donald Trump said the judge was biased. The federal judge Trump was referring to is Gonzalo Curiel, who "
        "was born in Indiana.\n\nHe insisted Curiel had an inherent conflict of interest.",
        "conflict of interest", {"name": "Donald Trump"},
        id="a_pronoun_never_stands_for_a_name_in_its_own_reported_clause"),
    pytest.param(
        'Tony Blair spoke in Leeds. "Tony Blair will never give up," he said.',
        "give up", {"name": "Tony Blair"},
        id="a_name_inside_a_quotation_does_not_stop_the_pronoun"),
    # PolNeAR train (development split): a protester named, then described by age and trade
    pytest.param(
        "Protest outside the arena\n\n\"I will not be neutral,\" Ted Cruz said in a shot aimed at Donald Trump.\n\n"
        "About 200 protesters gathered outside.\n\nLori Bernstein held up a sign "
        "saying \"Jews Against Trump\". The 57-year-old scientist says she does not take Holocaust comparisons "
        "lightly.",
        "Holocaust comparisons", {"name": "Lori Bernstein", "title": "scientist"},
        id="a_role_with_an_age_is_the_person_just_in_play"),
    pytest.param(
        "Chelsea beat Arsenal\n\nJohn Terry scored twice, and Thierry Henry missed a penalty. The 24-year-old "
        "defender said he was delighted.",
        "delighted", {"unnamed": True},
        id="a_role_with_an_age_stays_unnamed_with_two_people_in_play_in_its_paragraph"),
    # BBC politics (development slice): "he claims" is Mallon's, though his clause names him
    pytest.param(
        "Mallon joins Yes campaign\n\nNeil Herron said he was not convinced by Ray Mallon. \"The campaign is "
        "being run by Tories,\" Mr Mallon said. Mr Mallon is a late recruit to the Yes campaign after rejecting "
        "overtures from No campaigners including, he claims, Tory leader Michael Howard.",
        "late recruit", {"name": "Ray Mallon"},
        id="a_pronoun_may_stand_for_a_name_in_the_clause_before_it"),
    # BBC sport (development slice): Hewitt is in the opening clause himself
    pytest.param(
        "Faultless Federer has no equal\n\nRoger Federer is the ultimate sportsman.\n\nWhen Lleyton Hewitt shook "
        'his hand after another thrashing, the Australian said: "You\'re the best."',
        "the best", {"name": "Lleyton Hewitt"},
        id="a_person_named_in_the_epithet_s_opening_phrase_may_be_the_epithet"),
    # BBC sport (development slice): Andrew is Newcastle's director, not Wilkinson's
    pytest.param(
        "Jonny Wilkinson is injured. His Newcastle boss Rob Andrew said the fly-half would miss the game.",
        "miss the game", {"name": "Rob Andrew", "title": "boss", "affiliation": "Newcastle"},
        id="a_body_in_the_role_is_the_affiliation_over_a_possessive_person-1"),
    pytest.param(
        "Jonny Wilkinson is injured. His agent, Steve Smith, said the fly-half would miss the game.",
        "miss the game", {"affiliation": "Jonny Wilkinson"},
        id="a_body_in_the_role_is_the_affiliation_over_a_possessive_person-2"),
    pytest.param(
        "Kostas Kenteris was cleared. Kenteris's lawyer, Gregory Ioannidis, said the decision was "
        "right.",
        "decision", {"affiliation": "Kostas Kenteris"},
        id="a_possessive_name_before_a_role_gives_the_owner_s_full_name_or_the_place-1"),
    pytest.param(
        "China Construction Bank grew fast. Last year, China's premier, Wen Jiabao, said lending "
        "was too high.",
        "lending", {"title": "premier", "affiliation": "China"},
        id="a_possessive_name_before_a_role_gives_the_owner_s_full_name_or_the_place-2"),
])
def test_misread_speaker(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected


def test_a_conjoined_role_after_a_fronted_phrase_leads_to_its_name():
    """The parser hung the name on the fronted place and left the verb no subject; the last
    word before it is the second of two conjoined roles (cue_tokens.speaker_of). NYT, PolNeAR train."""
    from onrecord import extract

    text = ("At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the club's 78-year-old "
            "president and general manager, suggested that the troubles besetting some of his competitors could "
            "be blamed on poor management.")
    (s,) = [s for s in extract(text, published="2015-11-25").statements if s.cue.text == "suggested"]
    assert s.speaker.name == "Jay DiPietro"
