"""Speaker fields of issue 11, stop 35: the owner of "its" earlier in the sentence a
speaker follows, a body written in lower case before a role, a role with its body in the
introduction's apposition over a bare one before the name, and a sentence-opening plural
before "chief". Sentences from the development gold (BBC dev slice, PolNeAR train) and
written ones, each with the near miss the rule must leave."""

from __future__ import annotations

import pytest
from conftest import speaker_of


def fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title, speaker.affiliation


# -- "its" after the content: the body the sentence opened with -------------------------------

def test_its_after_the_content_is_the_subject_the_sentence_opened_with():
    # BBC dev slice, business/072
    text = "South Korea looks set to sustain its revival thanks to renewed private consumption, its central bank says.\n"
    assert fields(text, "revival") == ("central bank", None, "South Korea")


def test_its_after_the_content_gives_a_named_person_the_body():
    text = "Vodafone expects profits to rise sharply this year, its chief executive Arun Sarin said.\n"
    assert fields(text, "profits") == ("Arun Sarin", "chief executive", "Vodafone")


def test_its_with_no_named_subject_before_it_gives_no_body():
    text = "Shares in the group rose sharply on Monday, its chief executive Arun Sarin said.\n"
    assert fields(text, "Shares") == ("Arun Sarin", "chief executive", None)


# -- a body in lower case before a role -------------------------------------------------------

def test_a_qualified_body_in_lower_case_before_a_role_is_the_affiliation():
    # BBC dev slice, business/072
    text = '"The economy is now heading upward rather than downward," said central bank governor Park Seung.\n'
    assert fields(text, "economy") == ("Park Seung", "governor", "central bank")


def test_a_bare_company_before_a_role_names_no_body():
    text = '"We will appeal against the ruling," said company director John Smith.\n'
    assert fields(text, "appeal") == ("John Smith", "company director", None)


# -- the introduction's role with a body ------------------------------------------------------

def test_the_apposition_with_a_body_outweighs_a_bare_role_before_the_name():
    # PolNeAR train (development gold), nyt_2015-11-09_jobs-report-gives-democrats-a-li
    text = ("''We finally may be seeing some wage acceleration,'' the economist Jared Bernstein, a former "
            "adviser in the Obama White House, wrote on his blog.\n")
    assert fields(text, "wage") == ("Jared Bernstein", "former adviser", "Obama White House")


def test_a_bare_role_stays_where_no_apposition_gives_a_body():
    text = "''We finally may be seeing some wage acceleration,'' the economist Jared Bernstein wrote on his blog.\n"
    assert fields(text, "wage") == ("Jared Bernstein", "economist", None)


# -- a plural opening the sentence before "chief" ---------------------------------------------

def test_a_plural_opening_the_sentence_before_chief_is_the_body():
    # BBC dev slice, sport/231 (the word is written in lower case elsewhere in the article)
    text = ('"He was not alone." Referees chief Keith Hackett believes Mourinho should retract his comments. '
            '"I don\'t want referees or myself getting in the psychological warfare," said Hackett.\n')
    assert fields(text, "psychological") == ("Keith Hackett", "chief", "Referees")


@pytest.mark.parametrize("field", ["Sales", "Operations"])
def test_a_field_of_work_before_chief_stays_the_title(field):
    text = f'"He was not alone." {field} chief John Smith said prices would rise. "We will see," said Smith.\n'
    assert fields(text, "prices")[2] is None
