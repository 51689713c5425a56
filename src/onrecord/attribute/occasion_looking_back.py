"""A sentence that looks back at what was just quoted and says where it was said
(``occasion_narration``): "He was speaking on BBC One's Breakfast with Frost programme on
Sunday", "Mr Blair's comments came during a visit to Glasgow on Friday"."""

from __future__ import annotations

from spacy.tokens import Token

from . import occasion_ties as ties

# Verbs whose past progressive after a statement says where it was made ("He was speaking on …").
_LOOKING_BACK = frozenset("speak talk write appear".split())


def looking_back_subject(verb: Token) -> Token | None:
    """The subject of a sentence that says where what was just quoted was said: "He was
    speaking on BBC One's Breakfast with Frost programme on Sunday", "McCain made his remarks
    during the Christian Science Monitor Breakfast this morning", "Mr Blair's comments came
    during a visit to Glasgow on Friday"; the past tense only, so "will make a speech" and
    "has made the remarks before" look at nothing."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBG":
        was = any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
        return subject if lemma in _LOOKING_BACK and was else None
    if verb.tag_ != "VBD":
        return None
    if lemma == "make":
        # the remarks just quoted, named as such: "the", "these" or the speaker's own
        said = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _MADE), None)
        return subject if said is not None and any(
            c.dep_ in ("det", "poss") and c.lower_ in _BACK_DETERMINERS for c in said.children) else None
    if lemma == "come" and subject.lemma_.lower() in ties.REMARKS and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS) for c in subject.children):
        return subject
    return None


# Words before "comments" that point back at what was just quoted ("his comments", "the remarks").
_BACK_DETERMINERS = frozenset("the these those his her their its".split())
# What one "made" that is what was just quoted ("made the remarks", "made his claims").
_MADE = ties.REMARKS | {"claim"}
