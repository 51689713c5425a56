"""Two or more speakers named as one source (issue 11; attribute/conjoined_bodies.py,
mentions.py): bodies joined by "and" speak together as a group ("Both Labour and the
Conservatives"), people joined by "and" are the names without their titles, surnames listed
are the people named before; a firm written with an ampersand is one organisation, and a
person entity the NER ran over an ampersand is two people."""

from __future__ import annotations

from conftest import speaker_of, typed_fields_of


def test_surnames_listed_as_one_source_are_the_people_named_before():
    text = ("Ben Carson, Carly Fiorina and Mike Huckabee have each given paid speeches this year.\n\n"
            "Carson, Fiorina and Huckabee have all characterized their recent speechmaking as the fulfillment of "
            "longstanding commitments to the groups that brought them in and say they’re no longer accepting "
            "speaking opportunities.")
    speaker, _ = speaker_of(text, "no longer accepting", "2015-12-15")
    assert (speaker.name, speaker.type) == ("Ben Carson, Carly Fiorina and Mike Huckabee", "group")


def test_two_parties_joined_by_and_speak_together():
    assert typed_fields_of("Both Labour and the Conservatives said the tax was unfair.", "tax")[:2] \
        == ("Labour and the Conservatives", "group")
    assert typed_fields_of("The Tories and the Lib Dems said the bill was flawed.", "bill")[:2] == ("Tories and the Lib Dems", "group")


def test_two_firms_or_countries_joined_by_and_speak_together():
    assert typed_fields_of("Microsoft and Google said they would fight the ruling.", "ruling")[:2] == ("Microsoft and Google", "group")
    assert typed_fields_of("France and Germany said the treaty must be ratified.", "treaty")[:2] == ("France and Germany", "group")


def test_a_body_and_a_common_noun_are_no_compound_name():
    assert typed_fields_of("Microsoft and its partners said the deal was fair.", "deal")[0] == "Microsoft"


def test_a_person_entity_over_an_ampersand_is_two_people():
    from spacy.tokens import Span

    from onrecord.attribute import load_pipeline
    from onrecord.attribute.mentions import collect

    doc = load_pipeline()("Best TV comedy actor went to Matt Lucas & David Walliams of Little Britain.")
    start = next(t.i for t in doc if t.text == "Matt")
    doc.ents = [Span(doc, start, start + 5, label="PERSON")]
    names = {e.name for e in collect(doc).people()}
    assert names == {"Matt Lucas", "David Walliams"}


def test_a_firm_the_text_writes_with_an_ampersand_is_one_organisation():
    speaker, _ = speaker_of("Marks & Spencer shares fell on Monday. Marks and Spencer said profits rose.", "profits")
    assert (speaker.name, speaker.type) == ("Marks and Spencer", "organization")


def test_two_bodies_joined_by_and_still_speak_together():
    speaker, _ = speaker_of("Shares in Microsoft & Co fell. Microsoft and Google said they would appeal.", "appeal")
    assert (speaker.name, speaker.type) == ("Microsoft and Google", "group")


def test_a_compound_source_is_the_names_without_their_titles():
    # PolNeAR train, politico_2016-05-05_paul-ryan-says-he-s-not-ready-to
    text = "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they would only offer conditional support."
    assert speaker_of(text, "conditional")[0].name == "Susan Collins and Louis Gohmert"
    text = "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas also said they would be happy to have Cruz."
    assert speaker_of(text, "happy")[0].name == "Johnny Isakson and John Boozman"
