"""The writer of a letter whose asking the parser hung on its addressees: "Ticketweb and
the SECC box office will write to customers who bought tickets for the February gig
*asking* if they want to attend the new show" — "asking" has no addressee of its own
because the customers written to are its addressees; the parser hung it on "customers"
(or on the relative clause "who bought ...") and the climb gave the customers the words
(editor-acts7, BBC dev slice). The one who writes, sends or turns to them asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS

# Participles that address someone: with no object of their own, the one written to is it.
_ADDRESSING = frozenset("ask urge invite request tell remind inform".split())
# Verbs whose "to X" names the one addressed.
_SENDING = frozenset("write send appeal turn go email mail".split())


def writer_of_letter(cue: Token) -> Token | None:
    """The subject of "write to X", "send ... to X" where the cue is an addressing
    participle hung on X (or on a relative clause on X) with no addressee of its own.
    RETURNS (Token | None): the writer."""
    if cue.tag_ != "VBG" or cue.lemma_.lower() not in _ADDRESSING or cue.dep_ not in ("acl", "advcl"):
        return None
    if any(c.dep_ in ("dobj", "dative", "nsubj") for c in cue.children) or cue.doc[cue.i - 1].text == ",":
        return None
    noun = cue.head
    if cue.dep_ == "advcl":
        if noun.dep_ != "relcl":
            return None
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in ("prep", "dative"):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in _SENDING or verb.i > noun.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass"]
    return subjects[0] if subjects else None
