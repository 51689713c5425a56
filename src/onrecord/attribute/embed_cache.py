"""The first layer of en_core_web_sm's token encoders, computed once per kind of token.

Both the shared ``tok2vec`` and the NER's own encoder start with an embedding that reads
nothing but the token itself: its NORM, PREFIX, SUFFIX and SHAPE (and, in the shared one,
SPACY and IS_SPACE) are hashed into tables, concatenated and mixed by a Maxout layer with
layer normalisation (``spacy.MultiHashEmbed.v2``). That mixing product is a third of the
shared encoder's arithmetic (576 inputs against 288 for each of the four convolution
layers after it) and a quarter of the NER's. A token with the same feature values gets the
same vector wherever it stands, and news text repeats its kinds of tokens ("the", "said",
","), so ``cache_embeddings`` keeps each kind's vector once computed and looks it up; only
kinds not seen yet go through the layers, in one batch. The numbers are the layers' own,
up to float rounding (tests/test_fast_paths.py compares every annotation with spaCy's).

The cache is bounded (``CAPACITY`` kinds per encoder, about 19 MB); when it is full it
starts again empty. Training (``is_train``) runs the original layers untouched.
"""

from __future__ import annotations

import threading

import numpy
from spacy.language import Language
from thinc.api import Model

__all__ = ["CAPACITY", "cache_embeddings"]

# Kinds of tokens kept per encoder: all of BBC News (2,225 articles, 1.0 million tokens) has
# 46,942 feature tuples; a long-running Spark worker starts over when it has seen this many.
CAPACITY = 50_000
_EMBED_PARTS = ("extract_features", "list2ragged", None, None, "ragged2list")


def cache_embeddings(nlp: Language) -> int:
    """Give every token encoder of the pipeline's components (``tok2vec``, the NER's own)
    the cached first layer, in place. RETURNS (int): how many encoders got it."""
    done = 0
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in list(model.walk()):
            if _is_embedding(node) and model.replace_node(node, _cached(node)):
                done += 1
    return done


def _is_embedding(node: Model) -> bool:
    """Whether ``node`` is MultiHashEmbed's chain: features, embeddings, mixing, no context."""
    layers = node.layers
    if len(layers) != len(_EMBED_PARTS):
        return False
    if any(want is not None and layer.name != want for want, layer in zip(_EMBED_PARTS, layers)):
        return False
    embed, mix = layers[2], layers[3]
    return (embed.name.startswith("with_array(") and all(n.name in ("ints-getitem", "hashembed") for n in embed.walk()
                                                       if not n.layers)
            and mix.name in ("with_array(maxout>>layernorm>>dropout)", "with_array(maxout>>layernorm)"))


def _cached(original: Model) -> Model:
    columns = original.layers[0].attrs["columns"]
    embed, mix = original.layers[2], original.layers[3]
    cache = _Cache(embed, mix)

    def forward(model: Model, docs, is_train: bool):
        if is_train:
            return original(docs, is_train)
        arrays = [doc.to_array(columns).reshape(len(doc), len(columns)) for doc in docs]
        lengths = [len(a) for a in arrays]
        if not sum(lengths):
            return [numpy.zeros((0, cache.width), dtype="float32") for _ in arrays], lambda d: []
        vectors = cache.vectors(numpy.ascontiguousarray(numpy.concatenate(arrays), dtype="uint64"))
        return numpy.split(vectors, numpy.cumsum(lengths)[:-1].tolist()), lambda d: []

    return Model(f"cached({original.name})", forward, layers=[original], ops=original.ops, dims={"nO": original.get_dim("nO")}
                 if original.has_dim("nO") else {})


class _Cache:
    """Vectors of the kinds of tokens seen so far, by their feature values."""

    def __init__(self, embed: Model, mix: Model) -> None:
        self.embed, self.mix = embed, mix
        self.width = next(n.get_dim("nO") for n in mix.walk() if n.name == "maxout")
        self.table = numpy.zeros((0, self.width), dtype="float32")
        self.rows: dict[bytes, int] = {}
        # one batch at a time: two threads adding kinds at once would give both the same rows
        # (the server runs extraction under its own lock; a library user may not)
        self.lock = threading.Lock()

    def vectors(self, ids: numpy.ndarray) -> numpy.ndarray:
        with self.lock:
            return self._vectors(ids)

    def _vectors(self, ids: numpy.ndarray) -> numpy.ndarray:
        keys = ids.view(numpy.dtype((numpy.void, ids.shape[1] * ids.itemsize))).ravel().tolist()
        rows = self.rows
        new = [k for k in dict.fromkeys(keys) if k not in rows]  # (each kind looked up once, in first-seen order)
        if new:
            if len(rows) + len(new) > CAPACITY:
                rows.clear()
                new = list(dict.fromkeys(keys))
                if len(new) > CAPACITY:  # more kinds in one batch than the cache holds
                    return self.mix.predict(self.embed.predict(ids))
            found = self.mix.predict(self.embed.predict(numpy.frombuffer(b"".join(new), dtype="uint64")
                                                        .reshape(len(new), ids.shape[1])))
            if not len(self.table):
                self.table = numpy.zeros((CAPACITY, self.width), dtype="float32")
            first = len(rows)
            self.table[first : first + len(new)] = found
            rows.update(zip(new, range(first, first + len(new))))
        return self.table[numpy.array(list(map(rows.__getitem__, keys)), dtype="int64")]
