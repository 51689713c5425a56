"""A source's terms for speaking are no statement of theirs (stop 40, editor's pass over
PolNeAR train): "who requested anonymity to speak freely", "asking for anonymity", and the
purpose of such a request, "requested anonymity to discuss a private conversation"
(attribute/speaking_terms.py). Sentences from PolNeAR train articles outside its held-out
part, shortened, and made-up counterexamples."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


def _default(text: str) -> list:
    return [s for s in extract(text, published="2016-09-01").statements if s.act in DEFAULT_ACTS]


@pytest.mark.parametrize(("text", "said"), [
    ("“We have a ton of work to do,” said a longtime adviser to both Clintons, who, like many of the two dozen "
     "other top Democrats interviewed by POLITICO requested anonymity to speak freely.", "“We have a ton of work to do,”"),
    ("“If I was a donor, I’d want answers,” said a prominent Republican National Committee member who supports "
     "Trump, asking for anonymity to speak freely.", "“If I was a donor, I’d want answers,”"),
    ("A White House official, who requested anonymity to discuss a private conversation, said the president also "
     "called Emanuel.", "the president also called Emanuel"),
])
def test_a_request_for_anonymity_is_no_statement(text, said):
    assert [s.content.text for s in _default(text)] == [said]


def test_a_request_for_something_else_still_is():
    (s,) = _default("The Sanders campaign requested a recount of the votes in three Iowa precincts.")
    assert s.cue.text == "requested" and s.content.text == "a recount of the votes in three Iowa precincts"
