"""A past participle of speech that only describes the noun after it (stop 45, issue 12;
``non_statements`` asks): "the convention's *pledged* delegates", "big leads in both
*pledged* delegates and the popular vote", "the *promised* reforms". The parser reads
the participle as a verb with the noun as its object, so the finding has the noun for
content; no one pledged or promised anything in the sentence. On PolNeAR train (articles
201-400) three default-record statements had "pledged delegates" for content and matched no
gold; the tagger reads "in both pledged delegates" as a past tense joined to the main verb,
which this test cannot tell from "She pledged support", and it stays.

A participle with a subject or an auxiliary ("had pledged the money") is a verb, and a
past tense, a main verb or a conjunct ("She pledged support and promised reforms") stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .found import Found

# Deps of a verb that make it a clause of its own: a participle with one acts.
_VERB_DEPS = frozenset(SUBJECT_DEPS) | frozenset(("aux", "auxpass", "agent", "neg", "ccomp", "xcomp", "prep", "dative"))
# Deps a participle read as a verb takes where it only describes a noun: an object of a verb
# or preposition, a complement clause, a modifier.
_NOUN_SLOT_DEPS = frozenset(("ccomp", "pobj", "dobj", "amod", "compound", "nsubj"))


def participle_as_adjective(found: Found) -> bool:
    """Whether the cue is a bare past participle right before a bare noun it takes as its
    object, the whole content (module docstring). RETURNS (bool)."""
    cue = found.cue
    doc = cue.doc
    if cue.tag_ != "VBN" or cue.dep_ not in _NOUN_SLOT_DEPS or cue.i + 1 >= len(doc):
        return False
    noun = doc[cue.i + 1]
    if noun.pos_ != "NOUN" or noun.idx != found.content[0] or noun.head.i != cue.i or noun.dep_ != "dobj":
        return False
    return not any(c.dep_ in _VERB_DEPS for c in cue.children)
