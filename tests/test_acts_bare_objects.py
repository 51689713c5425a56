"""A cue whose bare noun-phrase object names a feeling, a thing promised or a topic that
evidence points at reports no words (src/onrecord/attribute/bare_objects.py): the shapes a
reader judged wrongly as speech at stop 46, from BBC dev-slice sentences, beside the frames
that still give words."""

from __future__ import annotations

import pytest

from onrecord import extract


def act_at(text: str, cue: str) -> str:
    """The act of the one statement whose cue ends with ``cue``."""
    found = [s for s in extract(text, published="2005-02-01").statements if s.cue is not None and s.cue.text.endswith(cue)]
    assert len(found) == 1, [(s.cue and s.cue.text, s.content.text, s.act) for s in extract(text).statements]
    return found[0].act


@pytest.mark.parametrize("text, cue, act", [
    # bbc business/159: a feeling put out towards the plans is a stance
    ("In recent months, they have expressed their displeasure at the government's economic reform plans including "
     "increasing foreign direct investment in telecommunication and aviation.", "expressed", "stance"),
    # bbc politics/022: "plans for X" is the object's own complement, no grounds: a bare judgment
    ("The prime minister ridiculed the Tory plans for asylum quotas and for processing all asylum claims overseas.",
     "ridiculed", "stance"),
    # bbc politics/349: a promise of a thing is a commitment, as "promised to" is
    ("And he promised help to get young people on the property ladder.", "promised", "intention"),
    ("The minister pledged a review of the rules.", "pledged", "intention"),  # (read as speech before stop 46)
    # bbc business/481: reports pointing at a topic are the writer's evidence
    ("However, reports from some High Street retailers highlight the weakness of the sector.", "highlight", "belief"),
    # the frames that still give words
    ("He criticised the plan for failing to address poverty.", "criticised", "speech"),
    ("She promised that taxes would fall.", "promised", "speech"),
    ("The minister highlighted the need for reform.", "highlighted", "speech"),
    ("The report highlighted that sales fell sharply in December.", "highlighted", "writing"),
])
def test_bare_object_acts(text: str, cue: str, act: str) -> None:
    assert act_at(text, cue) == act


@pytest.mark.parametrize("text, cue, content", [
    # bbc tech/272 and business/486: the one urged or asked is no content (docs/annotation.md)
    ("Sophos urged users and companies to update their anti-virus software to keep themselves protected.", "urged",
     "to update their anti-virus software to keep themselves protected"),
    ("The board also considered Anil's resignation and asked him to reconsider his decision.", "asked",
     "to reconsider his decision"),
    ("Sophos warned PC users to update their anti-virus software.", "warned", "to update their anti-virus software"),
])
def test_the_one_asked_is_no_content(text: str, cue: str, content: str) -> None:
    found = [s for s in extract(text).statements if s.cue is not None and s.cue.text.endswith(cue)]
    assert [s.content.text for s in found] == [content]


def test_a_passive_tell_with_an_agent_is_the_agents_speech() -> None:
    # bbc politics/390: the act model read "had been told" as the one told; the agent spoke
    text = ("Mr Parton said he had been told by Children's Minister Margaret Hodge there was not enough time to "
            "pass the bill through parliament before the general election.")
    (told,) = [s for s in extract(text).statements if s.cue is not None and s.cue.text.endswith("told")]
    assert told.speaker.name == "Margaret Hodge" and told.act == "speech"


def test_a_feeling_voiced_towards_something_is_a_stance() -> None:
    # issue 12: the parser hangs "over the closures" on the verb; the classifier saw "their anger" alone
    (voiced,) = extract("Union leaders voiced their anger over the closures.").statements
    assert (voiced.speaker.name.endswith("leaders"), voiced.content.text, voiced.act) == (True, "their anger over the closures", "stance")
    assert extract("Fans voiced their anger.").statements == []  # nothing it is towards: no content


def test_a_coordinated_phrase_with_the_same_preposition_stays_in_the_content() -> None:
    # bbc politics/022: "claims" read as a verb joined to "ridiculed", its "for" left on it
    (ridiculed,) = extract("The prime minister ridiculed the Tory plans for asylum quotas and for processing all "
                           "asylum claims overseas.").statements
    assert ridiculed.content.text == "the Tory plans for asylum quotas and for processing all asylum claims overseas"


@pytest.mark.parametrize("text", [
    # bbc entertainment/333: "thought to be in the running" modifies "Others"; no one is said to think
    "Others thought to be in the running include Star Wars actor Ewan McGregor and Australian star Hugh Jackman, "
    "both of whom have odds of 4-1.",
    "Officials thought to have been behind the plan have denied it.",
])
def test_a_passive_participle_modifier_is_no_cue(text: str) -> None:
    assert [s.cue.text for s in extract(text).statements if s.cue is not None and "thought" in s.cue.text] == []


def test_a_thought_with_its_clause_is_still_a_belief() -> None:
    (thought,) = extract("The minister thought the plan would fail.").statements
    assert thought.content.text == "the plan would fail"
