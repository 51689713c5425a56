"""thinc's Maxout and LayerNorm layers, predicting: the same numbers with less work.

en_core_web_sm's token encoders (the shared ``tok2vec`` and the NER's own) are stacks of a
``Maxout`` layer then a ``LayerNorm``. Predicting, thinc still computes what only
training's backward pass reads: Maxout's ``ops.maxout`` finds which piece was largest as
well as its value, in a loop that costs a fifth to a quarter of the matrix product before
it, and LayerNorm subtracts the mean twice (``numpy.var`` subtracts it again). ``lighten``
gives the pipeline's layers of those two kinds a forward that, when not training, takes
the largest piece with ``numpy.maximum`` and the variance from the one subtraction. It is
the same arithmetic on the same floats, so the same results to the bit (the largest of
some floats rounds nothing; the variance is numpy's own sum and division):
tests/test_predict_layers.py compares them with thinc's, tests/test_fast_paths.py every
annotation with spaCy's. Training (``is_train``) runs thinc's own forward.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.language import Language
from thinc.api import Model, NumpyOps
from thinc.layers import layernorm, maxout

__all__ = ["largest_piece", "lighten"]

_sum = numpy.add.reduce


def lighten(nlp: Language) -> int:
    """Give every thinc Maxout and LayerNorm layer of the pipeline's CPU models the lighter
    forward for predicting, in place. RETURNS (int): how many layers got it."""
    done = 0
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            lighter = _LIGHTER.get(node._func)
            if lighter is not None and isinstance(node.ops, NumpyOps):
                node._func = lighter
                done += 1
    return done


def _no_backprop(_gradient):
    raise RuntimeError("predict_layers: a forward run with is_train=False has no backward pass")


def _maxout(model: Model, X, is_train: bool):
    """``thinc.layers.maxout.forward``; predicting, the largest piece's value only."""
    if is_train:
        return maxout.forward(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    return largest_piece(Y.reshape(Y.shape[0], nO, nP)), _no_backprop


def largest_piece(pieces: numpy.ndarray) -> numpy.ndarray:
    """``ops.maxout(pieces)[0]``: of each row's and unit's pieces (the last axis) the
    largest, the first of equal ones (0.0 before -0.0, as thinc's loop keeps it: numpy's
    ``maximum`` gives its second operand when the two are equal). RETURNS (ndarray) (rows, units)."""
    if pieces.shape[2] == 1:
        return numpy.ascontiguousarray(pieces[:, :, 0])
    best = numpy.maximum(pieces[:, :, 1], pieces[:, :, 0])
    for piece in range(2, pieces.shape[2]):
        numpy.maximum(pieces[:, :, piece], best, out=best)
    return best


def _layernorm(model: Model, X, is_train: bool):
    """``thinc.layers.layernorm.forward``; predicting, ``X - mean`` computed once. The
    variance is ``numpy.var``'s own steps (square, sum, divide by the count as an intp)."""
    if is_train:
        return layernorm.forward(model, X, is_train)
    mu = X.mean(axis=1, keepdims=True)
    centred = numpy.subtract(X, mu)
    var = _sum(numpy.square(centred), axis=1, keepdims=True)
    numpy.true_divide(var, numpy.intp(X.shape[1]), out=var, casting="unsafe")
    var = var + 1e-08
    Y = centred * var ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")
    return Y, _no_backprop


_LIGHTER: dict[Callable, Callable] = {maxout.forward: _maxout, layernorm.forward: _layernorm}
