"""Verbs that report speech only beside a quotation they follow.

'"Would it be negotiable about the 11 million?" Hannity pressed.', '"That is not true," she
scoffed.': news writes the turn of a conversation with a verb of manner or sequence that is
no speech verb anywhere else ("pressed the button", "started the car"). Such a verb is a cue
only right after the closing mark, with its subject between and nothing of its own after it.
Retorts with a particle ("shot back", "chimed in") are speech verbs wherever they stand
(``cue_tokens.is_speech``).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that report the words when intransitive beside them (acts.py makes them speech).
QUOTE_SIDE_LEMMAS = frozenset((
    "press", "start", "begin", "interject", "gush", "scoff", "marvel", "snap", "sigh", "venture",
    "interrupt", "volunteer", "deadpan", "sneer", "scold", "chide", "rage", "fume", "plead",
))
# Children that give the verb a use of its own ("pressed the point", "started the meeting").
_OWN_DEPS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "prep", "agent", "oprd"))


def reports_the_quote_before(verb: Token, quote_start: int, quote_end: int) -> bool:
    """Whether ``verb``, found just after the closing mark of the quotation at
    ``quote_start:quote_end`` (character offsets), reports that quotation."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ"):
        return False
    if verb.lemma_.lower() not in QUOTE_SIDE_LEMMAS or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    own = [c for c in verb.children if c.dep_ in _OWN_DEPS
           and not quote_start <= c.idx < quote_end]  # (the parser often hangs the quotation on it)
    return not own


def document_read_as_noun(token: Token, quote_start: int, quote_end: int) -> bool:
    """Whether ``token``, just after the closing mark of a quotation, is "read" or "reads"
    the tagger took for a noun that a document noun before it modifies: '"She was being
    swept away," Morquendi's message read.' (the message speaks; ``document_of_misread_read``
    gives it, ``owner_of_misread_read`` its author). Only where the sentence ends right after
    it and a name owns the document: "…," the statement read' with no author in the phrase
    keeps the quotation for the speaker it went on from (that speaker is the author more
    often than the document alone)."""
    doc = token.doc
    document = document_of_misread_read(token) if token.lower_ in ("read", "reads") else None
    return document is not None and quote_end <= token.idx and token.i + 1 < len(doc) \
        and doc[token.i + 1].text in (".", "!", "?") and owner_of_misread_read(document) is not None


def document_of_misread_read(token: Token) -> Token | None:
    """The document noun right before a "read" the tagger took for a noun ("message" in
    "Morquendi's message read."). RETURNS (Token | None)."""
    from .lexicon import DOCUMENT_NOUNS

    if token.i == 0 or token.pos_ != "NOUN" or token.lower_ not in ("read", "reads"):
        return None
    before = token.doc[token.i - 1]
    return before if before.head.i == token.i and before.lemma_.lower() in DOCUMENT_NOUNS else None


def owner_of_misread_read(noun: Token) -> Token | None:
    """The possessor the parser hung on a "read" it took for a noun rather than on the
    document before it ("Morquendi" in "Morquendi's message read."): the document's author.
    RETURNS (Token | None)."""
    document = document_of_misread_read(noun.head) if noun.dep_ == "compound" else None
    if document is None or document.i != noun.i:
        return None
    return next((c for c in noun.head.children if c.dep_ == "poss" and c.i < noun.i), None)
