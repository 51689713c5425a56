"""Contents that were not put into words (issue 12, attribute/unspoken.py): a negated verb of
speech with a question or a noun phrase, and talk of a topic still to come. Each stays out
of the default record with its reason; the sentences that look alike but report words stay
in. Sentences from BBC articles outside the judged slice."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "reason"), [
    ("It has not said how much the system will cost to develop but it already has a rival in IBM.",
     "has not said", "negated, left unsaid"),
    ("The industry body also said it had launched a second round of legal action against online movie-swappers "
     "across the US, but did not say how many were being sued.", "did not say", "negated, left unsaid"),
    ("Labour have refused to discuss his exact new position and have not said how it would affect his Downing "
     "Street replacement David Hill.", "have not said", "negated, left unsaid"),
    ("He would not discuss reports the party repaid £500,000 to Lord Ashcroft after he predicted an election "
     "defeat.", "would not discuss", "negated, left unsaid"),
    ("European Union finance ministers are meeting on Thursday in Brussels, where they are to discuss a "
     "controversial jet fuel tax.", "to discuss", "talk still to come"),
    ("Ministers will also be discussing reforms to regulations governing European public spending.",
     "will also be discussing", "talk still to come"),
])
def test_nothing_put_into_words_is_no_statement(text, cue, reason):
    found = _by_cue(text, cue)
    assert found and all(s.act not in DEFAULT_ACTS and reason in s.explanation for s in found)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a negated verb with a clause still reports words (PolNeAR marks it)
    ("Mr Brown has never said he would support the plan.", "has never said", "he would support the plan"),
    # "not only" says more
    ("The minister not only said that the tax would rise but also promised a review.", "said",
     "that the tax would rise"),
    # talk past, not to come
    ("European Union finance ministers discussed a controversial jet fuel tax.", "discussed",
     "a controversial jet fuel tax"),
])
def test_words_said_stay(text, cue, content):
    found = _by_cue(text, cue)
    assert [s.content.text for s in found] == [content] and found[0].act in DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "reason"), [
    # PolNeAR train: a refused saying, whatever its content, was not made
    ("And he refused, generally, to concede that critics had a point in warning that businesses might hire fewer "
     "workers if they had to pay far higher salaries.", "to concede", "refusal with no words"),
    # the judged shape "declined to say": a refused saying with a clause in its noun was speech before
    ("The spokesman declined to comment on the claims that the firm had broken the law.", "to comment on",
     "refusal with no words"),
    # PolNeAR train: a saying left out ("without")
    ("Clinton has spent most of her time campaigning in California without mentioning Sanders, but that has begun "
     "to change in recent days as the race has gotten closer.", "mentioning", "negated, left unsaid"),
    # the shapes of a judged BBC sample (issue 12): a saying not wished, a saying left out, with a clause
    ("Not wishing to claim that the plan had failed, the minister said more work was needed.", "to claim",
     "negated, left unsaid"),
    ("He left the meeting without saying that he would resign.", "saying", "negated, left unsaid"),
])
def test_a_saying_refused_left_out_or_not_wished_is_no_statement(text, cue, reason):
    found = _by_cue(text, cue)
    assert found and all(s.act not in DEFAULT_ACTS and reason in s.explanation for s in found)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # PolNeAR train: talk with a clause for content gives its gist, and stays
    ("She frequently talks about how she pushed Mr. Obama to arm some Syrian rebels.", "frequently talks about",
     "how she pushed Mr. Obama to arm some Syrian rebels"),
    # a "without" beside the saying withholds only the details, not the words
    ("The minister said, without giving details, that the plan had failed.", "said", "that the plan had failed"),
])
def test_talk_with_a_clause_and_a_saying_beside_without_stay(text, cue, content):
    found = _by_cue(text, cue)
    assert [s.content.text for s in found] == [content] and found[0].act in DEFAULT_ACTS
