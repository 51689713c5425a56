"""Speaker shapes left over at stop 46 (issue 11, docs/engine.md "Speaker resolution"), each
from a sentence of a BBC dev slice (i % 23 in {2, 8, 14, 20}): an apposition a firm holds as
well as a person ("BP, a big investor"), a pronoun after a sentence that names one person,
and a description ("the Waterford man") of the person a pronoun chain follows."""

from __future__ import annotations

from conftest import speaker_fields


def test_a_firm_in_apposition_with_a_role_firms_hold_stays_an_organisation():
    # business/222: the NER reads BP as an organisation; "a big investor" made it a person
    text = ("Miner Highland Gold said it regretted any limit on privatisation while BP, a big investor, "
            "declined to comment.\n")
    assert speaker_fields(text, "comment", {"name": "", "type": ""}) == {"name": "BP", "type": "organization"}


def test_a_person_in_apposition_with_the_same_role_stays_a_person():
    text = "Warren Buffett, a big investor, declined to comment.\n"
    assert speaker_fields(text, "comment", {"name": "", "type": ""}) == {"name": "Warren Buffett", "type": "person"}


_FEDERER = ("Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman.\n\nWhen Lleyton Hewitt "
            "shook his hand after getting another thrashing, a third in as many months, the Australian said; "
            "\"You're the best.\" How right he is. Hewitt, at times in Houston, showed form which easily matched his "
            "Grand Slam-winning efforts of 2001 and 2002. But he was outplayed. Twice. Hewitt, along with Andy Roddick "
            "and Marat Safin, is sure to be prominent during 2005. But realistically, all three will be fighting for "
            "the world number two ranking. According to all those players and even Federer himself, the Swiss star is "
            "in a different league.\n\n\"Right now I feel that a little bit,\" he told BBC Sport. \"I've dominated all "
            "the top ten players.\"\n")


def test_a_pronoun_after_a_sentence_naming_one_person_is_that_person():
    # sport/473: the chain's Hewitt was last named two sentences up; Federer is the one named just before
    assert speaker_fields(_FEDERER, "Right now", {"name": ""}) == {"name": "Roger Federer"}


def test_a_pronoun_after_a_sentence_whose_he_carries_the_chain_keeps_it():
    # a "he" in the sentence between carries the chain's person on past the one named there
    text = ("Lleyton Hewitt said he was tired. He lost the final to Roger Federer.\n\n"
            "\"Right now I need a rest,\" he told BBC Sport.\n")
    assert speaker_fields(text, "Right now", {"name": ""}) == {"name": "Lleyton Hewitt"}


_COSTIN = ("Jamie Costin should be paralysed.\n\nHe says so himself in a matter-of-fact way as he recalls the car "
           "accident which occurred nine days before he was scheduled to step out into the Olympic Stadium in Athens "
           "for the 50K Walk. There is an ironic chuckle as he talks of his immediate thoughts after a lorry, driving "
           "on the wrong side of the road, had ploughed into his rental car. \"I was in a lot of pain and I guessed "
           "that one of my toes was broken,\" says the Waterford man.\n")


def test_a_described_man_after_a_run_of_pronouns_is_the_person_they_follow():
    # sport/093: "the Waterford man" was an unnamed description
    assert speaker_fields(_COSTIN, "lot of pain", {"name": "", "unnamed": ""}) == {"name": "Jamie Costin", "unnamed": False}


def test_a_described_man_after_another_person_named_stays_unnamed():
    text = ("Jamie Costin should be paralysed.\n\nHe says so himself as he recalls the accident. A lorry driven by "
            "Tom Byrne had ploughed into his car. \"I was in a lot of pain,\" says the Waterford man.\n")
    assert speaker_fields(text, "lot of pain", {"name": "", "unnamed": None}) == {"name": "man", "unnamed": True}
