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
