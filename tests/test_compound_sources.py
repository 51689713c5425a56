"""Two or more speakers named as one source (issue 11; attribute/conjoined_bodies.py,
mentions.py): bodies joined by "and" speak together as a group ("Both Labour and the
Conservatives"), people joined by "and" are the names without their titles, surnames listed
are the people named before; a firm written with an ampersand is one organisation, and a
person entity the NER ran over an ampersand is two people."""

from __future__ import annotations

import pytest
from conftest import speaker_fields


def test_a_person_entity_over_an_ampersand_is_two_people(nlp):
    from spacy.tokens import Span

    from onrecord.attribute.mentions import collect

    doc = nlp("Best TV comedy actor went to Matt Lucas & David Walliams of Little Britain.")
    start = next(t.i for t in doc if t.text == "Matt")
    doc.ents = [Span(doc, start, start + 5, label="PERSON")]
    names = {e.name for e in collect(doc).people()}
    assert names == {"Matt Lucas", "David Walliams"}


@pytest.mark.parametrize(("text", "word", "published", "expected"), [
    pytest.param(
        "Ben Carson, Carly Fiorina and Mike Huckabee have each given paid speeches this year.\n\n"
        "Carson, Fiorina and Huckabee have all characterized their recent speechmaking as the fulfillment of "
        "longstanding commitments to the groups that brought them in and say they’re no longer accepting "
        "speaking opportunities.",
        "no longer accepting", "2015-12-15", {"name": "Ben Carson, Carly Fiorina and Mike Huckabee", "type": "group"},
        id="surnames_listed_as_one_source_are_the_people_named_before"),
    pytest.param(
        "Both Labour and the Conservatives said the tax was unfair.",
        "tax", "2005-03-01", {"name": "Labour and the Conservatives", "type": "group"},
        id="two_parties_joined_by_and_speak_together-1"),
    pytest.param(
        "The Tories and the Lib Dems said the bill was flawed.",
        "bill", "2005-03-01", {"name": "Tories and the Lib Dems", "type": "group"},
        id="two_parties_joined_by_and_speak_together-2"),
    pytest.param(
        "Microsoft and Google said they would fight the ruling.",
        "ruling", "2005-03-01", {"name": "Microsoft and Google", "type": "group"},
        id="two_firms_or_countries_joined_by_and_speak_together-1"),
    pytest.param(
        "France and Germany said the treaty must be ratified.",
        "treaty", "2005-03-01", {"name": "France and Germany", "type": "group"},
        id="two_firms_or_countries_joined_by_and_speak_together-2"),
    pytest.param(
        "Microsoft and its partners said the deal was fair.",
        "deal", "2005-03-01", {"name": "Microsoft"},
        id="a_body_and_a_common_noun_are_no_compound_name"),
    pytest.param(
        "Marks & Spencer shares fell on Monday. Marks and Spencer said profits rose.",
        "profits", "2005-03-01", {"name": "Marks and Spencer", "type": "organization"},
        id="a_firm_the_text_writes_with_an_ampersand_is_one_organisation"),
    pytest.param(
        "Shares in Microsoft & Co fell. Microsoft and Google said they would appeal.",
        "appeal", "2005-03-01", {"name": "Microsoft and Google", "type": "group"},
        id="two_bodies_joined_by_and_still_speak_together"),
    # PolNeAR train, politico_2016-05-05_paul-ryan-says-he-s-not-ready-to
    pytest.param(
        "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they would only offer conditional support.",
        "conditional", "2005-03-01", {"name": "Susan Collins and Louis Gohmert"},
        id="a_compound_source_is_the_names_without_their_titles-1"),
    pytest.param(
        "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas also said they would be happy to have Cruz.",
        "happy", "2005-03-01", {"name": "Johnny Isakson and John Boozman"},
        id="a_compound_source_is_the_names_without_their_titles-2"),
])
def test_compound_source(text, word, published, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected, published) == expected


def test_a_list_of_firms_speaks_as_one_group():
    # bbc business/481: the tagger reads "Morrisons" as a plural noun and the parser chains the
    # list any way it likes; the speaker is the whole list, never one firm of it
    from onrecord import extract
    text = ("Morrisons, Woolworths, House of Fraser, Marks & Spencer and Big Food all said that the festive period "
            "was disappointing.")
    (s,) = extract(text).statements
    assert s.speaker.name == "Morrisons, Woolworths, House of Fraser, Marks & Spencer and Big Food"
    assert s.speaker.type == "group"
    # after the sentence before, the parser takes "Woolworths" for an apposition of "Morrisons"
    text = "However, reports from some High Street retailers highlight the weakness of the sector. " + text
    said = [s for s in extract(text).statements if s.cue is not None and s.cue.text == "said"]
    assert [s.speaker.name for s in said] == ["Morrisons, Woolworths, House of Fraser, Marks & Spencer and Big Food"]
