"""A source's terms for speaking are not what it said: "who requested [anonymity] to speak
freely", "asking for anonymity", "sought anonymity to describe the meeting", "who
requested anonymity [to discuss] a private conversation".

News sets the terms out beside the statement they came with; PolNeAR marks the request as an
attribution of its own, but an editor never reads it as a statement, and the clause after
it ("to speak freely") is its purpose, not a saying either.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

# What a source asks for, or is granted, to speak: the words of those terms.
TERMS = frozenset(("anonymity",))
# How the purpose of the request hangs: "requested anonymity [to discuss]" (xcomp, advcl)
# or "anonymity [to discuss]" (acl on the noun).
_PURPOSE_DEPS = frozenset(("xcomp", "advcl", "acl", "relcl"))


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects and the objects of its prepositions ("asking [for] anonymity")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def terms_of_speaking(cue: Token) -> bool:
    """Whether ``cue`` asks for the terms of its speaking ("requested anonymity") or is the
    purpose of such a request ("requested anonymity to discuss ..."). RETURNS (bool)."""
    if not _terms_in(cue.doc):
        return False  # (either way a term's lemma is needed: most articles have none, no Token walked)
    if any(o.lemma_.lower() in TERMS for o in _objects(cue)):
        return True
    if cue.dep_ not in _PURPOSE_DEPS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    host = cue.head
    return host.lemma_.lower() in TERMS or any(o.lemma_.lower() in TERMS for o in _objects(host))


def _terms_in(doc: Doc) -> bool:
    """Whether any token's lemma, lower-cased, is one of ``TERMS``: each distinct lemma of the
    Doc read once from its LEMMA column (set by the lemmatizer before any rule asks)."""
    key = ("onrecord.speaking_terms", len(doc))
    found = doc.user_data.get(key)
    if found is None:
        strings = doc.vocab.strings
        found = doc.user_data[key] = len(doc) > 0 and any(
            strings[h].lower() in TERMS for h in numpy.unique(doc.to_array(LEMMA)).tolist())
    return found
