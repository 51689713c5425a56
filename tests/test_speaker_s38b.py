"""Speakers, stop 38 (issue 11, speakers-31): a person named inside what another source
says is that source's topic, no antecedent for the narration's next "he"; and a person
who spoke of "the prime minister" as of someone else is not the prime minister the
narration names next."""

from __future__ import annotations

from conftest import speaker_of

# BBC politics (dev slice): the sketch of prime minister's questions
_PMQS = (
    "Michael Howard has no doubt it is the prime minister who, he claims, is \"ramming\" through "
    "Parliament the controversial new anti-terror measures without proper debate. He didn't say so, "
    "but the Tories believe the prime minister is playing the fear card on this one so he can look "
    "tough in the run up to the general election And they believe Tony Blair is using the issue to "
    "suggest the Tories are soft on terrorism. Why on earth will the prime minister not simply take "
    "up the Tories' offer to extend the existing powers temporarily to allow proper parliamentary "
    "debate of the laws, he demanded. The prime minister claims this is the clearest indication that "
    "it is the Tories who are playing politics with the issue by attempting to score cheap political "
    "points in parliament.")


def test_a_name_inside_what_others_believe_is_no_antecedent_for_he():
    # "Tony Blair" is the subject of what the Tories believe, not someone the narration brings in
    speaker, _ = speaker_of(_PMQS, "Why on earth")
    assert speaker.name == "Michael Howard"


def test_who_spoke_of_the_prime_minister_is_not_the_prime_minister():
    # precision first: Howard asked of "the prime minister", so the office is not his
    speaker, _ = speaker_of(_PMQS, "clearest indication")
    assert speaker.name != "Michael Howard"
    assert speaker.title == "prime minister"


def test_the_premier_is_still_the_person_in_play_who_never_spoke_of_one():
    speaker, _ = speaker_of("Tony Blair has defended the new anti-terror laws. Mr Blair said the measures "
                            "were needed. The prime minister said the threat was real.", "threat")
    assert speaker.name == "Tony Blair"


# a nationality noun for a player the NER typed otherwise (issue 11): the one name the
# article gave that nation, shaped like a person's
def test_the_russian_is_the_one_player_given_that_nation():
    speaker, _ = speaker_of("Amelie Mauresmo lost to Russian Svetlana Kuznetsova in Sydney on Friday. "
                            "\"I served well,\" said the Russian.", "served")
    assert speaker.name == "Svetlana Kuznetsova"


def test_the_russian_in_apposition_is_that_player():
    speaker, _ = speaker_of("Amelie Mauresmo lost to Kuznetsova, the Russian, in Sydney. "
                            "\"I served well,\" said the Russian.", "served")
    assert speaker.name == "Kuznetsova"


def test_a_country_before_a_bare_surname_the_ner_made_a_place_is_left_unnamed():
    # precision first: "Russia's Kuznetsova" (a GPE to the NER) is no person-shaped name
    speaker, _ = speaker_of("Amelie Mauresmo lost to Russia's Kuznetsova in Sydney on Friday. "
                            "\"I served well,\" said the Russian.", "served")
    assert speaker.name in (None, "Russian")


def test_a_rival_the_ner_made_a_place_makes_the_nationality_a_guess():
    # precision first: "Kuznetsova" (a GPE to the NER) is named after Mauresmo, so "the
    # Russian" is no longer Mauresmo, the person in play
    speaker, _ = speaker_of("Top seed Amelie Mauresmo lost to Kuznetsova. The Russian said she had served well.",
                            "served")
    assert speaker.name != "Amelie Mauresmo"


def test_an_event_is_no_rival_for_the_nationality():
    # BBC sport (dev slice): "Wimbledon" is an event, Phillips opens the epithet's own sentence
    speaker, _ = speaker_of(
        "World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money "
        "for women.\n\nReacting to a disputed comment by All England Club chairman Tim Phillips, the American "
        "said: \"I think it is highly insulting if prize money is taken away.\"", "insulting")
    assert speaker.name == "Lindsay Davenport"
