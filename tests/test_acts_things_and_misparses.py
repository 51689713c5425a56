"""Stop 45 (issue 12, no statement by a thing): a thing read as evidence is no speaker, and
cues the parser misread (a particle lost, a clause's subject taken for an object or for a
modified noun, a second sentence joined to the cue's clause)."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue"), [
    # the shapes of PolNeAR train's "a close look ... suggests" and "the falloff ... reveals"
    ("A close look at the numbers suggests the recovery is weak.", "suggests"),
    ("The falloff reveals that voters have lost interest.", "reveals"),
    ("The fall in sales shows that shoppers are cautious.", "shows"),
])
def test_a_thing_that_shows_is_evidence_with_no_maker(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act == "belief" and s.act not in DEFAULT_ACTS
                         and s.explanation.endswith("evidence with no maker") for s in found)


@pytest.mark.parametrize(("text", "cue", "act"), [
    ("The report suggests the recovery is weak.", "suggests", "writing"),
    ("The hospital revealed that two patients had died.", "revealed", "speech"),
    ("Critics suggest the plan will fail.", "suggest", "speech"),
])
def test_a_document_a_body_or_people_still_say(text, cue, act):
    found = _by_cue(text, cue)
    assert found and all(s.act == act for s in found)


def test_a_particle_stays_with_its_cue():
    # BBC sport/490 (dev slice)
    (ruled,) = _by_cue("Newly-crowned Australian Open champion Marat Safin has ruled out any chance of winning "
                       "Wimbledon in the future.", "has ruled out")
    assert ruled.content.text == "any chance of winning Wimbledon in the future"


def test_a_clause_subject_read_as_the_object_with_its_predicate_joined():
    # BBC politics/073 (dev slice): "was" hung on "agreed" as a conjunct
    (agreed,) = _by_cue("The Lord Chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which governs the "
                        "succession, was discriminatory but added that the effects were limited.", "agreed")
    assert agreed.content.text == "the 1701 Act of Settlement, which governs the succession, was discriminatory"


def test_a_deed_after_the_object_is_no_predicate_of_it():
    (announced,) = _by_cue("The minister announced the new plan, left the room and took no questions.", "announced")
    assert announced.content.text == "the new plan"


def test_a_cue_read_as_a_modifier_of_the_clause_subject():
    # PolNeAR train: "implied" parsed as an adjective of "immigrants"
    (implied,) = _by_cue("He implied immigrants were the ones tearing families apart.", "implied")
    assert implied.content.text == "immigrants were the ones tearing families apart"
    assert implied.act in DEFAULT_ACTS
    assert not _by_cue("The implied threat was clear to everyone.", "implied")


def test_a_second_sentence_joined_to_a_date_is_not_the_cue_clause():
    # BBC entertainment/287 (dev slice): "T in the Park" read as a conjunct of "1 July"
    (announced,) = _by_cue("Coldplay have announced a concert at Bellahouston Park in Glasgow on 1 July and T in the "
                           "Park will be held at Balado, near Kinross, from 9-10 July.", "have announced")
    assert announced.content.text == "a concert at Bellahouston Park in Glasgow on 1 July"


def test_a_subject_of_two_nouns_still_reports():
    (said,) = _by_cue("The minister said the plan and the budget would be published in May.", "said")
    assert said.content.text == "the plan and the budget would be published in May"
