"""A "they" that speaks is the people the narration last made a plural subject, before a
single body named since (issue 11, speaker resolution; attribute/plural_antecedents.py)."""

from __future__ import annotations

import pytest
from conftest import speaker_of

# invented, the shape of a BBC science story a reader flagged ("They said" given to Sepa)
SEPA_AFTER = ("Salmon numbers fall\n\nThe researchers, working for the Scottish Environment Protection Agency (Sepa), "
              "counted fish at 40 sites on the Tay. Sepa published the study on Monday.\n\nThey said warmer water was "
              "the most likely cause.")
SEPA_RELATIVE = ("Salmon numbers fall\n\nThe researchers counted fish at 40 sites on the Tay for the Scottish "
                 "Environment Protection Agency (Sepa), which published the study on Monday.\n\nThey said warmer water "
                 "was the most likely cause.")


@pytest.mark.parametrize("text", [
    pytest.param(SEPA_AFTER, id="a_body_named_since_as_subject"),
    pytest.param(SEPA_RELATIVE, id="a_body_named_after_them"),
])
def test_they_is_the_plural_people_subject_before_a_body(text):
    speaker, statement = speaker_of(text, "warmer water")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("researchers", "group", True)
    assert statement.explanation.endswith("pronoun-people")


def test_a_person_named_since_keeps_they_from_the_people_before():
    speaker, _ = speaker_of(
        "Salmon numbers fall\n\nThe researchers counted fish at 40 sites on the Tay. Dr Jane Smith and Dr Ian Brown "
        "led the work.\n\nThey said warmer water was the most likely cause.", "warmer water")
    assert speaker.name != "researchers"


def test_a_body_s_words_between_keep_they_the_body_s():
    speaker, _ = speaker_of(
        "Tesco to open stores\n\nAnalysts expect strong sales at the grocer this year. Tesco said on Monday it would "
        "open 50 new stores.\n\nThey said the plan would create 2,000 jobs.", "2,000 jobs")
    assert speaker.name == "Tesco"


def test_a_bare_plural_written_before_with_its_body_takes_that_body():
    # invented, the shape of a BBC administration story: "Administrators said" after "the
    # administrators of … Allders" are those administrators, of Allders
    speaker, statement = speaker_of(
        "Jobs go at Allders\n\nThe administrators of collapsed retailer Allders are to close 12 stores, with the loss "
        "of 1,000 jobs.\n\nAdministrators said they were still hoping to find a buyer for the remaining stores.",
        "still hoping")
    assert (speaker.name, speaker.type, speaker.affiliation, speaker.unnamed) == ("Administrators", "group", "Allders", True)
    assert statement.explanation.endswith("plural-described")


def test_a_plural_last_written_with_no_body_stays_with_none():
    speaker, _ = speaker_of(
        "Jobs go\n\nThe administrators of collapsed retailer Allders are to close 12 stores. Administrators at other "
        "chains were also busy.\n\nAdministrators said buyers were hard to find.", "hard to find")
    assert speaker.affiliation != "Allders"
