"""A committee's, campaign's or club's staff role after a body's name: the body is the named
one with the committee, campaign or club ("Huckabee campaign spokesman" -> spokesman /
Huckabee campaign; roles.split_role), while an office of its own keeps the word in its title."""

from __future__ import annotations

import pytest
from conftest import speaker_of


def fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title, speaker.affiliation


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train (wash-post, the Benghazi committee)
    ("A Republican committee aide blasted the statement. \"It is bizarre,\" the aide said.",
     "bizarre", ("aide", "aide", "Republican committee")),
    ("The next month, a former Republican committee staffer announced plans to sue the panel, claiming he was fired.",
     "fired", ("staffer", "former staffer", "Republican committee")),
    # counter-cases: a campaign's and a committee's own offices
    ("Sanders campaign manager Jeff Weaver said the race was close.", "race", ("Jeff Weaver", "campaign manager", "Sanders")),
    ("A Democratic committee chairman said the race was close.", "race", ("chairman", "committee chairman", "Democratic")),
])
def test_a_body_s_staff_role_gives_the_body_with_its_committee(text, word, expected):
    assert fields(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # BBC business/228 (development slice), shortened: the bank in play speaks through him
    ("In the south, customers of the state-owned People's Bank were affected, a bank spokesman told Reuters.",
     "affected", ("spokesman", "spokesman", "People's Bank")),
    # counter-case: a bare "company director" names no body, and keeps its words
    ("A company director said the deal would close soon.", "deal", ("director", "company director", None)),
])
def test_a_body_noun_before_an_unnamed_spokesman_is_his_body_not_his_title(text, word, expected):
    assert fields(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train (wash-post 2016-09-07, Platte River): "employee" names a post at the body
    ("The FBI released its summary. The Platte River employee told FBI agents that he had not made the changes "
     "Mills requested months earlier.", "changes", ("employee", "employee", "Platte River")),
    # PolNeAR train (the Gawker and P&G sentences): the same shape with "wrote" and "told"
    ('"It is hard to blame him for being confused," the Gawker employee wrote.', "blame", ("employee", "employee", "Gawker")),
    ('"She is brilliant," said David Boies, a Theranos staffer.', "brilliant", ("David Boies", "staffer", "Theranos")),
])
def test_an_employee_or_staffer_of_a_body_has_that_title(text, word, expected):
    # role_words.ROLE_NOUNS: before stop 47 "employee" was no role, so no title at all
    assert fields(text, word) == expected


def test_a_role_the_copula_says_is_no_longer_held_is_no_title():
    # BBC tech/180 (development slice): the airline had fired her; "no longer an employee"
    # is no title (role_words.denied, as "Trump is not a billionaire" already was)
    text = ('Ellen Simonetti said she had been fired. A Delta spokesperson confirmed on Wednesday that Ms Simonetti '
            'was no longer an employee. "I never meant it as something to harm my company," Ms Simonetti said.')
    assert fields(text, "harm") == ("Ellen Simonetti", None, None)


def test_the_body_s_employee_is_not_the_untitled_person_in_play():
    # PolNeAR train (west-journal 2016-03-01): "employee" is a body's role (role_words.BODY_ROLES),
    # so the discourse rules do not hand it to Trump, the person in play with no title
    text = ("The liberal gossip site Gawker set a trap for Donald Trump that was a year in the making. "
            "The Twitter account Trump retweeted was set up as a trap over a year ago by Gawker.com writer Ashley "
            "Feinberg. Feinberg said she intended to show that Trump is essentially a fascist in his thinking. "
            "“In fact, a lot of the founding father of fascism’s words sound like Trump-isms, so it’s hard to blame "
            "him for being confused,” the Gawker employee wrote.")
    assert fields(text, "Trump-isms")[0] != "Donald Trump"
