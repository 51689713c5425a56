"""Faster ways to compute exactly what en_core_web_sm computes, used by both engines.

* **Matrix products through numpy's BLAS.** thinc multiplies with BLIS by default; on this
  project's machines numpy's OpenBLAS does the same products about three times as fast on
  one thread (benchmarks/engine_speed.py measures the whole pipeline both ways).
  ``use_numpy_blas`` switches the models of one pipeline, not the process: another
  pipeline loaded beside it (the bare one a benchmark compares with) keeps thinc's default.
* **A cached attribute ruler.** spaCy's ``attribute_ruler`` runs a Matcher over every
  token; almost all of en_core_web_sm's patterns look at one token's lower-case form, tag
  and dependency label, so their outcome is a function of those three values.
  ``CachedAttributeRuler`` computes it once per distinct triple (with spaCy's own matcher,
  on a one-token Doc) and applies it with one array write; the few patterns that span two
  tokens ("gon na", "let 's") run as before in a small window around their anchor words.
* **A vectorised lemmatizer.** spaCy's rule lemmatizer caches its answer per (form, POS,
  morphology) but still visits every token in Python; ``CachedLemmatizer`` looks the keys
  up at once and writes the lemmas with one array write.
* **The parser's and the NER's loop with the GIL held** (``held_parse``): spaCy's greedy
  loop releases the GIL, and its validity checks take it back for every move.
* **The encoders' first layer cached per kind of token** (``embed_cache``): it reads the
  token alone, so "the" gets the same vector every time; a third of the shared encoder's
  arithmetic.
* **Maxout and LayerNorm without training's part** (``predict_layers``): predicting, the
  largest piece's value without which piece it was, and the mean subtracted once.

Both components are drop-in replacements (same name in the pipeline, same results:
tests/test_fast_paths.py compares them token by token with spaCy's).
"""

from __future__ import annotations

from collections.abc import Iterable

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from .prefilter import member_mask

__all__ = ["CachedAttributeRuler", "CachedLemmatizer", "speed_up", "use_numpy_blas"]

# What a pattern may look at for the cache to hold: a token's lower-case form (which fixes
# IS_SPACE too), its tag and its dependency label.
_KEY_ATTRS = frozenset({"LOWER", "TAG", "DEP", "IS_SPACE"})
# What a pattern may set, in the order of the arrays below.
_SET_ATTRS = (TAG, POS, MORPH, LEMMA, DEP)
_SET_NAMES = frozenset({"TAG", "POS", "MORPH", "LEMMA", "DEP"})


def use_numpy_blas(nlp: Language) -> None:
    """Make the pipeline's thinc models multiply with numpy (OpenBLAS) instead of BLIS.
    Only CPU models are switched; the results are the same up to float rounding."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops


@Language.factory("onrecord_cached_attribute_ruler", default_config={"validate": False})
def make_cached_attribute_ruler(nlp: Language, name: str, validate: bool) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.vocab, name, validate=validate)


class CachedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, with single-token outcomes cached per (lower, tag, dep)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not hasattr(self, "_kinds"):
            self._prepare()
        if self._anchors is None:  # patterns the cache cannot stand for: spaCy's own way
            return super().__call__(doc)
        keys = doc.to_array([LOWER, TAG, DEP, IS_SPACE])
        current = doc.to_array(list(_SET_ATTRS))
        before = current.copy()  # the values before the ruler, which the windows start from
        # a form no pattern names counts by its spacing only: fewer outcomes to compute
        lowers = keys[:, 0].copy()
        named = self._named_lowers(doc, lowers)
        lowers[~named] = keys[~named, 3]
        # one dictionary look-up per token gives its kind's row of the outcome tables, and numpy
        # writes them all: a Python step per value set (three appends) cost more
        triples = list(zip(lowers.tolist(), keys[:, 1].tolist(), keys[:, 2].tolist()))
        kinds = self._kinds
        found = list(map(kinds.get, triples))
        if None in found:
            for row, key in enumerate(triples):
                if found[row] is None:
                    kind = kinds.get(key)
                    if kind is None:  # computed on the kind's first token, as before
                        kind = self._add_kind(key, self._outcome(doc, (int(keys[row, 0]), key[1], key[2])))
                    found[row] = kind
        rows = numpy.array(found, dtype="int64")
        spread = self._changed[rows]
        current[spread] = self._values[rows][spread]
        # (member_mask: numpy.isin by binary search in the sorted hashes, the same mask, faster)
        anchored = member_mask(keys[:, 0], self._anchors["LOWER"]) | member_mask(keys[:, 2], self._anchors["DEP"])
        for row in numpy.flatnonzero(anchored).tolist():
            self._window(doc, row, current, before)
        doc.from_array(list(_SET_ATTRS), current)
        return doc

    def _named_lowers(self, doc: Doc, lowers: numpy.ndarray) -> numpy.ndarray:
        """Which tokens' lower-case forms a single-token pattern names (as a word, in a
        list, or by a regular expression), by hash; regular expressions are tried once per
        form."""
        named = member_mask(lowers, self._literal_lowers)
        if self._regexes:
            strings, hits = doc.vocab.strings, self._regex_hits
            rows = numpy.flatnonzero(~named)
            forms = lowers[rows].tolist()
            for value in set(forms).difference(hits):
                text = strings[value]
                hits[value] = any(r.search(text) for r in self._regexes)
            named[rows] = [hits[value] for value in forms]  # (one write, not one per token)
        return named

    def _prepare(self) -> None:
        """Decide whether the cache holds for these patterns, and find the words or labels
        that anchor the multi-token ones (every match of such a pattern covers an anchor)."""
        # the outcome of each (lower, tag, dep) seen: its row in two tables, which columns it
        # sets and to what (grown by doubling)
        self._kinds: dict[tuple[int, int, int], int] = {}
        self._changed = numpy.zeros((1024, len(_SET_ATTRS)), dtype=bool)
        self._values = numpy.zeros((1024, len(_SET_ATTRS)), dtype="uint64")
        anchors: dict[str, set[int]] = {"LOWER": set(), "DEP": set()}
        literals: set[str] = set()
        regexes: set[str] = set()
        self._reach = 0
        self._anchors = None
        for entry in self.patterns:
            if set(entry["attrs"]) - _SET_NAMES:
                return
            for pattern in entry["patterns"]:
                if any(set(token) - _KEY_ATTRS for token in pattern):
                    return
                for token in pattern:
                    condition = _lower_condition(token.get("LOWER"))
                    if condition is None:
                        return
                    literals.update(condition[0])
                    regexes.update(condition[1])
                if len(pattern) > 1:
                    anchor = _anchor(pattern)
                    if anchor is None:
                        return
                    attr, values = anchor
                    anchors[attr].update(self.vocab.strings.add(v) for v in values)
                    self._reach = max(self._reach, len(pattern) - 1)
        self._anchors = {attr: numpy.array(sorted(values), dtype="uint64") for attr, values in anchors.items()}
        self._literal_lowers = numpy.array(sorted(self.vocab.strings.add(w) for w in literals), dtype="uint64")
        self._regexes = [re.compile(r) for r in sorted(regexes)]
        self._regex_hits: dict[int, bool] = {}

    def _add_kind(self, key: tuple[int, int, int], outcome: tuple[tuple[int, int], ...]) -> int:
        """A new kind's row in the outcome tables. RETURNS (int)."""
        kind = len(self._kinds)
        if kind == len(self._changed):
            self._changed = numpy.concatenate([self._changed, numpy.zeros_like(self._changed)])
            self._values = numpy.concatenate([self._values, numpy.zeros_like(self._values)])
        for column, value in outcome:  # (each column once in an outcome)
            self._changed[kind, column] = True
            self._values[kind, column] = value
        self._kinds[key] = kind
        return kind

    def _outcome(self, doc: Doc, key: tuple[int, int, int]) -> tuple[tuple[int, int], ...]:
        """What the single-token patterns set on a token with this (lower, tag, dep):
        spaCy's matcher run on a one-token Doc. Multi-token patterns cannot match there."""
        lower, tag, dep = key
        probe = Doc(doc.vocab, words=[doc.vocab.strings[lower]])
        probe.from_array([TAG, DEP], numpy.array([[tag, dep]], dtype="uint64"))
        before = probe.to_array(list(_SET_ATTRS))[0]
        self.set_annotations(probe, self.match(probe))
        after = probe.to_array(list(_SET_ATTRS))[0]
        return tuple((column, int(after[column])) for column in range(len(_SET_ATTRS)) if after[column] != before[column])

    def _window(self, doc: Doc, row: int, current: numpy.ndarray, before: numpy.ndarray) -> None:
        """Every pattern, spaCy's way, over a few tokens around an anchor word; the tokens
        whose every possible match lies inside the window take the result."""
        reach = self._reach
        start, end = max(0, row - 2 * reach), min(len(doc), row + 2 * reach + 1)
        window = Doc(doc.vocab, words=[t.text for t in doc[start:end]], spaces=[bool(t.whitespace_) for t in doc[start:end]])
        # the values before the ruler (``before``, the Doc's own): ``current`` holds the cached outcomes already
        window.from_array(list(_SET_ATTRS), before[start:end])
        matches = self.match(window)
        self.set_annotations(window, matches)
        result = window.to_array(list(_SET_ATTRS))
        for i in range(max(start, row - reach), min(end, row + reach + 1)):
            current[i] = result[i - start]


def _lower_condition(value) -> tuple[list[str], list[str]] | None:
    """The words and the regular expressions a pattern's LOWER condition names; None for a
    condition of another kind (the cache then stands down)."""
    if value is None:
        return [], []
    if isinstance(value, str):
        return [value], []
    if not isinstance(value, dict) or set(value) - {"IN", "NOT_IN", "==", "REGEX"}:
        return None
    words = [w for op in ("IN", "NOT_IN") for w in value.get(op, [])]
    if "==" in value:
        words.append(value["=="])
    return words, [value["REGEX"]] if "REGEX" in value else []


def _anchor(pattern: list[dict]) -> tuple[str, list[str]] | None:
    """A condition every match of a multi-token pattern meets on one of its tokens: a
    dependency label (rare, so few windows) or else a list of lower-case forms."""
    for attr in ("DEP", "LOWER"):
        for token in pattern:
            value = token.get(attr)
            if isinstance(value, str):
                return attr, [value]
            if isinstance(value, dict) and list(value) == ["IN"]:
                return attr, list(value["IN"])
    return None


@Language.factory(
    "onrecord_cached_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False, "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_cached_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool, scorer) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


class CachedLemmatizer(EnglishLemmatizer):
    """en_core_web_sm's rule lemmatizer, with its answers looked up per (form, POS,
    morphology) for a whole Doc at once (the key spaCy's own cache uses)."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or self.overwrite or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.flatnonzero(array[:, 3] == 0)
        if not len(todo):
            return doc
        known: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemma_hashes", {})
        strings = doc.vocab.strings
        lemmas = array[:, 3]
        # all the keys looked up at once, and one array write; a key not seen yet is
        # lemmatised on its first token (a later token of the same key finds it then)
        rows = todo.tolist()
        keys = list(map(tuple, array[todo, :3].tolist()))
        values = list(map(known.get, keys))
        if None in values:
            for k, value in enumerate(values):
                if value is None:
                    value = known.get(keys[k])
                    if value is None:
                        value = known[keys[k]] = strings.add(self.lemmatize(doc[rows[k]])[0])
                    values[k] = value
        lemmas[todo] = numpy.array(values, dtype="uint64")
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


class _Members(list):
    """A list of words (what the lemmatizer's tables hold, and serialise) that answers
    ``in`` from a set: spaCy's rule lemmatizer asks it for every form it has not seen."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def speed_up(nlp: Language) -> Language:
    """Give a loaded en_core_web_sm pipeline the faster paths of this module (in place).
    RETURNS (Language): the same pipeline."""
    names = nlp.component_names
    if "attribute_ruler" in names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "onrecord_cached_attribute_ruler")
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)
    if "lemmatizer" in names and type(nlp.get_pipe("lemmatizer")) is EnglishLemmatizer:
        old = nlp.get_pipe("lemmatizer")
        if old.mode == "rule":
            nlp.replace_pipe("lemmatizer", "onrecord_cached_lemmatizer", config={"overwrite": old.overwrite})
            nlp.get_pipe("lemmatizer").initialize(lookups=old.lookups)
            index = old.lookups.get_table("lemma_index", {})
            for key in list(index.keys()):  # membership in a set, not a list scan of thousands
                index[key] = _Members(index[key])
    from .embed_cache import cache_embeddings
    from .held_parse import hold_the_gil
    from .predict_layers import lighten

    hold_the_gil(nlp)  # first: it rebuilds the parser and the NER from their bytes
    use_numpy_blas(nlp)
    lighten(nlp)
    cache_embeddings(nlp)
    return nlp


def differing_tokens(a: Iterable[Doc], b: Iterable[Doc]) -> int:
    """How many tokens differ in tag, POS, morphology, lemma, head, dependency or entity
    between two runs over the same texts (for tests and benchmarks). RETURNS (int)."""
    attrs = [TAG, POS, MORPH, LEMMA, DEP, "HEAD", "ENT_IOB", "ENT_TYPE"]
    return sum(int((x.to_array(attrs) != y.to_array(attrs)).any(axis=1).sum()) for x, y in zip(a, b))
