"""Speakers the subject of a sentence is not (issue 11): the one a call is by ("faced a call
by Lord Mackay to ..."), the person named before a role set off by dashes, "the paper" for
the newspaper named before, and a field of work that opens an occupation ("Rock star"),
which is no body. One short text per rule, parsed by the real pipeline."""

from __future__ import annotations

import pytest
from conftest import speaker_of


@pytest.mark.parametrize(("text", "word", "name"), [
    ("The attorney general faced a call by Lord Mackay to publish the legal advice in full.", "publish", "Mackay"),
    ("The chancellor faced a call from Tony Blair to publish the report before the election.", "publish", "Tony Blair"),
])
def test_the_one_a_call_is_by_speaks_not_the_subject(text, word, name):
    speaker, statement = speaker_of(text, word)
    assert speaker.name == name
    assert statement.act == "speech"


def test_his_call_stays_the_subjects():
    speaker, _ = speaker_of("Tony Blair repeated his call to publish the legal advice in full.", "call")
    assert speaker.name == "Tony Blair"


def test_a_name_before_a_dashed_role_speaks():
    speaker, statement = speaker_of("Fund manager Florian Hamm - Borussia Dortmund's largest investor - said he "
                                    "would only invest more money if he got a greater say.", "invest")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("Florian Hamm", "person", False)
    assert statement.content.text.startswith("he would only invest")


@pytest.mark.parametrize(("text", "name"), [
    ("The Guardian reported the figures on Monday. The paper said the minister had misled parliament.", "Guardian"),
    ("The Daily Mail ran the story on Sunday. According to the paper, the minister had misled parliament.",
     "Daily Mail"),
])
def test_the_paper_is_the_newspaper_named_before(text, name):
    speaker, _ = speaker_of(text, "misled")
    assert (speaker.name, speaker.type, speaker.unnamed) == (name, "organization", False)


def test_the_paper_of_researchers_stays_a_document():
    speaker, _ = speaker_of("Researchers at Oxford University published the study. The paper said the drug was safe.",
                            "safe")
    assert speaker.type == "document"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Rock star Bob Geldof said the aid was not enough.", "Bob Geldof", "Rock star"),
    ("Jazz pianist Jools Holland said the show was over.", "Jools Holland", "Jazz pianist"),
])
def test_a_field_of_work_opening_a_sentence_is_no_affiliation(text, name, title):
    speaker, _ = speaker_of(text, "was")
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, None)


@pytest.mark.parametrize(("text", "name"), [
    ("A lot of the athletes said the runway was not very helpful.", "athletes"),
    ("Dozens of residents said the runway was not very helpful.", "residents"),
])
def test_a_quantity_of_people_is_those_people(text, name):
    speaker, _ = speaker_of(text, "runway")
    assert (speaker.name, speaker.type) == (name, "group")


@pytest.mark.parametrize(("text", "name"), [
    ("But the Liverpool Echo newspaper has said Benitez will avoid a bidding war.", "Liverpool Echo"),
    ("The New York Times newspaper said the deal was off.", "New York Times"),
])
def test_a_title_before_newspaper_is_the_outlet(text, name):
    speaker, _ = speaker_of(text, "Benitez" if "Echo" in text else "deal")
    assert (speaker.name, speaker.type, speaker.unnamed) == (name, "organization", False)


def test_a_role_after_a_named_subject_announces_no_later_name():
    text = ("South Africa sweep top awards\n\nSouth Africa's Schalk Burger was named player of the year as the "
            "Tri-Nations champions swept the top honours.\n\nThe flanker topped a list which included Ireland star "
            "Gordon D'Arcy. Jake White claimed the coaching award while his side held off France. \"Schalk's "
            "emergence has meant a lot to South African rugby,\" said White.")
    speaker, _ = speaker_of(text, "emergence")
    assert (speaker.name, speaker.title) == ("Jake White", None)


def test_a_kind_of_outlet_between_title_and_descriptor_is_no_name():
    speaker, statement = speaker_of("Alfonso Cuaron has signed a three-year deal with Warner Brothers, according to "
                                    "Variety trade magazine.", "deal")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("Variety", "organization", False)
