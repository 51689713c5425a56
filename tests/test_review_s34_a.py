"""Shapes near the stop-34 speaker rules that the rules must leave alone (review A, stop 34)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_who_clause_joined_to_a_present_verb_keeps_its_people_as_speakers():
    speaker, _ = speaker_of("The charity is helping families who lost their homes in the floods and say the council "
                            "ignored their warnings.", "ignored")
    assert speaker.name == "families"
    speaker, _ = speaker_of("Police are questioning two men who fled the scene and say they saw nothing.", "saw nothing")
    assert speaker.name == "men"


def test_the_object_of_a_challenge_or_a_plea_has_said_nothing():
    speaker, _ = speaker_of("Labour challenged the prime minister to deny that taxes would rise.", "taxes")
    assert speaker.name == "Labour"
    speaker, _ = speaker_of("The commission's regulations require candidates to disclose their donors.", "donors")
    assert speaker.name != "candidates"


def test_a_name_with_a_real_passive_after_its_apposition_is_not_its_speaker():
    from onrecord import extract

    article = extract("Jack Brown, an aide to the senator, accused of leaking the memo.", published="2005-03-01")
    assert all(s.speaker.name != "Jack Brown" for s in article.statements)


def test_a_weekday_after_a_body_descriptor_is_no_affiliation():
    speaker, statement = speaker_of('"We are pleased with the result," said a spokesman for the company Tuesday.',
                                    "pleased")
    assert speaker.affiliation != "Tuesday"
    assert statement.when is not None and statement.when.expression == "Tuesday"


def test_a_bare_body_noun_before_a_role_stays_in_the_title():
    # R6: "company director" names no body; "central bank governor" keeps its body apart
    speaker, _ = speaker_of("Company director John Smith said the firm would survive.", "survive")
    assert (speaker.name, speaker.title) == ("John Smith", "Company director")
    speaker, _ = speaker_of("Bank manager Jane Doe said the loans were safe.", "safe")
    assert speaker.title == "Bank manager"
