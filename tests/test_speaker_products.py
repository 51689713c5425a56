"""A product is no speaker (issue 11; attribute/products.py): "the firm" is the maker, never
its product ("RipGuard, made by Macrovision"), "it" skips a product for the company that
launched it, a system "called" so is no firm; a firm described as one stays a body even
when bought."""

from __future__ import annotations

import pytest
from conftest import speaker_fields


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        "Hollywood studios are backing a new anti-piracy system. RipGuard, made by Macrovision, will be added "
        "to DVDs from March. The firm said the technology would stop most casual copying.",
        "stop most casual copying", {"name": "Macrovision", "type": "organization"},
        id="the_firm_is_the_maker_never_its_product"),
    pytest.param(
        "Apple unveiled the iPod Shuffle on Tuesday. The iPod Shuffle costs $99. It said the player would be in shops next week.",
        "in shops next week", {"name": "Apple"},
        id="it_skips_a_product_for_the_company_that_launched_it"),
    pytest.param(
        "Macrovision has released a new copy protection system called RipGuard. Hollywood studios backed RipGuard "
        "on Monday. The firm said the technology would stop most casual copying.",
        "stop most casual copying", {"name": "Macrovision"},
        id="a_system_called_so_is_no_firm"),
    pytest.param(
        "Google has bought the mapping firm Keyhole. Keyhole makes software that shows 3D images of the Earth. "
        "Keyhole said the deal would help it grow.",
        "help it grow", {"name": "Keyhole", "type": "organization"},
        id="a_firm_described_as_one_stays_a_body_even_when_bought"),
])
def test_product_and_maker(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected


def test_itself_as_a_subject_looks_past_itself_for_the_clause_subject(nlp):
    # a BBC development sentence: the parser makes "itself" the passive's subject; the subject
    # "other than it" is the firm's (the pronoun was never set aside while tokens were compared by
    # identity, so the rule found no subject and Google got no organisation vote here)
    from onrecord.attribute.products import _clause_subject

    doc = nlp('"By agreeing to launch a news service that excludes publications disliked by the government, '
              'Google has let itself be used by Beijing," it said.')
    itself = next(t for t in doc if t.lower_ == "itself")
    assert itself.dep_ in ("nsubj", "nsubjpass")
    subject = _clause_subject(itself)
    assert subject is not None and subject.text == "Google"
