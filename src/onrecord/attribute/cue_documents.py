"""The document a cue says the words came in, for the speaker's ``document`` field
(``speaker_resolution``): "said in a statement", "In a letter, X wrote", "published an open
letter about ...", "In an opinion piece ..., Sanders wrote", and a cue joined to such a
cue with no subject of its own ("..., but added that").
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import RELEASE_VERBS
from .authored_documents import written_on
from .lexicon import DOCUMENT_NOUNS
from .phrase_shapes import document_word


# Verbs that go on with the same writing when joined to its cue with no subject of their own
# ("said ..., but added that"): verbs of saying, not ``lexicon.GOING_ON_VERBS``, since the
# "and" already says the words go on.
_SAYING_ON = frozenset("add say write note stress insist warn".split())


def cue_document(cue: Token) -> str | None:
    """ "said in a statement", "In a letter, X wrote": the document the words came in; and a
    cue joined to that one with no subject of its own ("In a statement on Thursday, Euronext
    said ..., but added that: ..."), which goes on in the same document."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    if cue.dep_ == "conj" and cue.lemma_.lower() in _SAYING_ON and not own_subject:
        return cue_document(cue.head) or _cue_document_own(cue)
    if cue.dep_ == "conj" and not own_subject and (put_out := _document_put_out(cue.head)) is not None:
        return put_out  # "published an open letter about ... and called on people to ...": in the letter
    return _cue_document_own(cue) or _document_put_out(cue) or written_on(cue)  # "wrote on his blog"


# Verbs whose object is the document they put out: "published an open letter about". Not
# ``act_words.WRITING_VERBS``, which says the words came written ("tweeted", "emailed": no
# document object); ``written_frames._PUTTING_OUT`` is the other reader of this class, for a
# participle after the object ("published an open letter, saying"), and also takes "delivered",
# "posted", "submitted" but not "distributed" or "filed": one set would change what both find.
_PUTTING_OUT = RELEASE_VERBS | frozenset("write pen sign send".split())


def _document_put_out(cue: Token) -> str | None:
    """The document a cue puts out as its object: "A group of 67 Latin American artists ...
    published an open letter about the 'hateful discourse of Trump'" (PolNeAR
    wash-post_2015-11-08) speaks in the letter. RETURNS (str | None)."""
    if cue.lemma_.lower() not in _PUTTING_OUT:
        return None
    return next((c.text.lower() for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in DOCUMENT_NOUNS), None)


def _cue_document_own(cue: Token) -> str | None:
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and DOCUMENT_NOUNS & {obj.lemma_.lower(), document_word(obj)}:
                    return document_word(obj)  # ("in our ... op-ed", split at its hyphen)
                if obj.dep_ == "pobj" and obj.lower_ == "piece" and (kind := _kind_of_piece(obj)) is not None:
                    return kind
    return None


def _kind_of_piece(piece: Token) -> str | None:
    """ "In an opinion piece appearing in the New York Times, Sanders wrote" -> "opinion
    piece" (PolNeAR breitbart_2016-06-28): a piece named by its kind of writing."""
    kind = next((c for c in piece.children if c.dep_ == "compound" and c.i == piece.i - 1 and c.pos_ == "NOUN"), None)
    return f"{kind.lower_} piece" if kind is not None and kind.lower_ in ("opinion", "op-ed", "comment") else None
