"""Token indices by a column's value, read once per Doc: a rule that asks of every
sentence which of its tokens bear some dependency label walks only those, not a Token
object per word of the sentence for each statement that asks again."""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from .prefilter import member_mask


def indices_between(doc: Doc, attr: int, values: tuple[str, ...], start: int, end: int) -> list[int]:
    """Indices in [start, end) of the tokens whose ``attr`` (a ``spacy.attrs`` id: DEP, POS
    ...) is one of ``values``, in order. The Doc's column is read on the first call for
    each (attr, values) and kept in ``doc.user_data``: call it once the pipeline has set
    that column. RETURNS (list[int])."""
    key = ("onrecord.token_columns", attr, values, len(doc))
    found = doc.user_data.get(key)
    if found is None:
        if len(doc) == 0:
            found = []
        else:
            hashes = numpy.array(sorted({doc.vocab.strings.add(v) for v in values}), dtype="uint64")
            found = numpy.flatnonzero(member_mask(doc.to_array(attr), hashes)).tolist()
        doc.user_data[key] = found
    return found[bisect_left(found, start) : bisect_left(found, end)]


def stopped_words_between(doc: Doc, start: int, end: int) -> list[int]:
    """Indices in [start, end) of the tokens of two characters or more that end in a full
    stop ("$630m.", "etc."), read once per Doc. RETURNS (list[int])."""
    key = ("onrecord.stopped_words", len(doc))
    found = doc.user_data.get(key)
    if found is None:
        strings, words = doc.vocab.strings, doc.to_array(ORTH)
        # each distinct word's string read once per process (a hash is its string's, in
        # any store), then a numpy pass over the column
        if len(_STOPPED) > _STOPPED_MAX:
            _STOPPED.clear()
        known = _STOPPED.get
        stopped = [h for h in numpy.unique(words).tolist()
                   if (is_stopped := known(h)) or is_stopped is None and _note_stopped(h, strings[h])]
        found = doc.user_data[key] = numpy.flatnonzero(
            member_mask(words, numpy.array(stopped, dtype="uint64"))).tolist() if len(doc) else []
    return found[bisect_left(found, start) : bisect_left(found, end)]


# Whether a word (by its hash) is ``stopped_words_between``'s: most of an article's distinct
# words recur in the next article, and a dict look-up costs a third of reading the string.
_STOPPED: dict[int, bool] = {}
_STOPPED_MAX = 1_000_000  # distinct words kept before starting afresh (a long stream's memory)


def _note_stopped(word: int, text: str) -> bool:
    _STOPPED[word] = stopped = text[-1:] == "." and len(text) >= 2
    return stopped


def words_of(doc: Doc) -> list[str]:
    """The text of every token, read once per Doc: the paragraph rule, the selective
    engine's units and its pieces each read all of them. RETURNS (list[str]), not to be changed."""
    key = ("onrecord.words", len(doc))
    found = doc.user_data.get(key)
    if found is None:
        strings = doc.vocab.strings
        found = doc.user_data[key] = [strings[h] for h in doc.to_array(ORTH).tolist()]
    return found


def sentences_back(token: Token, count: int) -> int:
    """The index of the first token of the sentence ``count`` sentences before ``token``'s
    (its own with 0; the article's first where there are fewer): where a look back for
    something named earlier ("at the time", "the site") starts."""
    doc, first = token.doc, token.sent.start
    for _ in range(count):
        first = doc[first - 1].sent.start if first > 0 else first
    return first
