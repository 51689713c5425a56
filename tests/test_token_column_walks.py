"""Rules that find their few candidate tokens from a Doc's columns (``token_columns``,
``to_array``) instead of a Token object per word: the candidates at the Doc's very edges
are still found, and the rule does what it did."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from onrecord.attribute import load_pipeline
from onrecord.attribute.hyphen_roles import rehead_hyphen_roles
from onrecord.attribute.name_finding import unlabelled_names


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _parsed(words, spaces, pos, deps, heads) -> Doc:
    return Doc(load_pipeline().vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads)


def test_a_hyphenated_role_at_the_end_of_the_doc_is_reheaded() -> None:
    # BBC sport/323 (a dev slice): "... said the Sale full-back." with the role the last words
    doc = _parsed(["said", "the", "Sale", "full", "-", "back"], [True, True, True, False, False, False],
                  ["VERB", "DET", "PROPN", "ADJ", "PUNCT", "ADV"], ["ROOT", "det", "nsubj", "amod", "punct", "advmod"],
                  [0, 2, 0, 2, 2, 2])
    rehead_hyphen_roles(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 0)
    assert [(t.dep_, t.head.i) for t in doc[2:5]] == [("compound", 5), ("compound", 5), ("punct", 5)]


def test_a_hyphenated_role_after_the_first_word_is_reheaded() -> None:
    # the same shape opening the Doc: "Sale full-back said ..."
    doc = _parsed(["Sale", "full", "-", "back", "said"], [True, False, False, True, False],
                  ["PROPN", "ADJ", "PUNCT", "ADV", "VERB"], ["nsubj", "amod", "punct", "advmod", "ROOT"],
                  [4, 0, 0, 0, 4])
    rehead_hyphen_roles(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("nsubj", 4)
    assert doc[0].dep_ == "compound" and doc[0].head.i == 3


def test_a_spaced_dash_is_no_hyphenated_role() -> None:
    doc = _parsed(["said", "the", "Sale", "full", "-", "back"], [True, True, True, True, True, False],
                  ["VERB", "DET", "PROPN", "ADJ", "PUNCT", "ADV"], ["ROOT", "det", "nsubj", "amod", "punct", "advmod"],
                  [0, 2, 0, 2, 2, 2])
    rehead_hyphen_roles(doc)
    assert (doc[2].dep_, doc[5].head.i) == ("nsubj", 2)


def test_a_cause_named_by_the_first_word_of_the_doc_is_a_body(nlp) -> None:
    # "Students for Trump said": the plural at a sentence's start names people (org_name_runs)
    doc = nlp("Students for Trump said the rally would go ahead.")
    assert ("Students for Trump", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_a_full_name_the_ner_missed_is_found_from_the_columns(nlp) -> None:
    # BBC sport (the module's own example): "Marat" read as a nationality, "Safin" alone later
    doc = nlp("Marat Safin suffered a shock loss on Monday. Safin showed little of his form.")
    assert [[t.text for t in run] for run in unlabelled_names(doc)] == [["Marat", "Safin"]]
