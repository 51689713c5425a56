"""Shortcuts taken for speed only (issue 14, stop 37) give what the plain computation gives:
the binary-search membership test, the per-doc scene words, the cached name key, the
speaker's entity from its IOB tags."""

from __future__ import annotations

import numpy
import pytest

from onrecord.attribute import load_pipeline
from onrecord.attribute.acts import _a_newspaper
from onrecord.attribute.names import name_key
from onrecord.attribute.prefilter import member_mask
from onrecord.attribute.scenes import SCENE_NOUNS, SCENE_VERBS, _scene_tokens


def test_member_mask_is_numpy_isin():
    rng = numpy.random.default_rng(37)
    hashes = numpy.unique(rng.integers(0, 2**64 - 1, 50, dtype="uint64", endpoint=True))
    values = numpy.concatenate([rng.choice(hashes, 40), rng.integers(0, 2**64 - 1, 40, dtype="uint64"),
                                numpy.array([0, 2**64 - 1], dtype="uint64")])
    assert member_mask(values, hashes).tolist() == numpy.isin(values, hashes).tolist()
    assert member_mask(values[:, None], hashes).tolist() == numpy.isin(values[:, None], hashes).tolist()
    assert member_mask(values[:0], hashes).tolist() == []
    assert not member_mask(values, hashes[:0]).any()


def test_scene_words_found_once_per_doc_are_the_tokens_with_a_scene_lemma():
    doc = load_pipeline()("Speaking in an interview with the BBC on Monday, Mr Brown said the meeting had gone well. "
                          "He told a press conference later that the talks would go on.")
    expected = [t.i for t in doc if t.lemma_.lower() in SCENE_NOUNS or t.lemma_.lower() in SCENE_VERBS]
    assert expected  # "interview", "meeting", "conference" at least
    assert _scene_tokens(doc) == expected


@pytest.mark.parametrize("name, key", [
    ("Mr. Tony Blair's", ("tony", "blair")), ("the BBC", ("bbc",)), ("Luther Stan Pate IV", ("luther", "stan", "pate")),
    ("José Manuel Barroso", ("jose", "manuel", "barroso")), ("", ()),
])
def test_the_cached_name_key_gives_the_name_s_words_every_time(name, key):
    # the cache hands every caller the same object: it must be an immutable tuple of the words
    assert name_key(name) == key and name_key(name) == key and isinstance(name_key(name), tuple)


def test_a_newspaper_named_by_its_entity():
    doc = load_pipeline()("The Sunday Times reported that the minister would resign.")
    speaker = next(t for t in doc if t.dep_ == "nsubj")
    assert speaker.ent_type_ and _a_newspaper(speaker)
    # a subject outside any entity is no newspaper
    doc = load_pipeline()("The minister reported that the talks had failed.")
    assert not _a_newspaper(next(t for t in doc if t.dep_ == "nsubj"))
