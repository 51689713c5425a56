"""A cue noun that is what someone else does something about, not their words (the stop-39
judged sample's wrong items):

- a question put: "Mr Brown ... after a week of facing *questions* about reports of his
  splits with Downing Street" — the questions are the reporters', put to him;
- a topic: "Dr Fox refused to discuss weekend newspaper *reports* that the party had repaid
  £500,000" — the reports are the newspapers', which he would not discuss.

The climb from the noun reaches the subject of the verb it hangs from, who neither asked
nor reported. Nouns with their owner written ("his claim", "the party's statement") are
the owner's, and verbs that make or repeat a claim ("made the claim that", "repeated his
claim") stay with their subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object is a question put to the subject: "faced questions", "fielded questions".
_FACING = frozenset("face field answer dodge avoid duck fend take".split())
# Verbs whose object is a topic the subject deals with, not words of theirs.
_DEALING = frozenset("discuss address investigate examine probe debate consider ignore".split())


def question_put_to_subject(cue: Token) -> bool:
    """Whether the cue is "questions" that the subject faces, fields or answers."""
    return cue.lemma_.lower() == "question" and cue.dep_ == "dobj" \
        and cue.head.lemma_.lower() in _FACING


def topic_dealt_with(cue: Token) -> bool:
    """Whether the cue noun is the object of discussing, investigating or ignoring it, with
    no owner of its own written ("discuss weekend newspaper reports that ...", where the
    tagger may read "reports" as a verb: the object's place decides)."""
    return cue.dep_ == "dobj" and cue.head.lemma_.lower() in _DEALING \
        and not any(c.dep_ == "poss" for c in cue.children)
