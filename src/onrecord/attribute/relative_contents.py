"""Contents that are a relative clause's leftovers, not what anyone said (issue 12): a
passive relative whose cue was read off "10 proposed domains [that] are being considered
by Icann" leaves the relative word alone as its content; and "The .post domain is backed
by the Universal Postal Union [that wants to use it ...]" hands the speaker's own relative
clause, a description of the speaker, to the cue as its content. Neither reports words or
an attitude towards a content: a belief, out of the default record, with the reason.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from .found import Found

_RELATIVE_WORDS = frozenset("that which who whom".split())


def _relative(word: Token) -> bool:
    """A relative word opens a relative clause: it stands before its verb, or the verb of
    its preposition ("which many had been hoping [for]"), a relative clause on a noun."""
    verb = word.head.head if word.head.dep_ == "prep" else word.head
    return verb.dep_ == "relcl" and word.i < verb.i  # fronted ("by the time he said [that]" is no relative)


def relative_leftover(found: Found) -> str | None:
    """The reason a finding's content is a relative word or its speaker's own relative
    clause, else None. RETURNS (str | None)."""
    cue, speaker = found.cue, found.speaker
    span = cue.doc.char_span(*found.content, alignment_mode="expand") if cue is not None else None
    if span is None or not len(span):
        return None
    # (the first two words tell all: one word alone, or the first; no Token for the rest)
    words = list(islice((t for t in span if not (t.is_punct or t.is_space)), 2))
    if len(words) == 1 and words[0].lower_ in _RELATIVE_WORDS and _relative(words[0]):
        # (a demonstrative stays: "by the time he said that" points at words said before)
        return "a relative word, no content"  # "domains that are being considered by Icann"
    first = words[0] if words else None
    if first is None or speaker is None or first.lower_ not in _RELATIVE_WORDS:
        return None
    clause = first.head
    if clause.i <= cue.i <= clause.right_edge.i:
        return None  # the cue inside the clause: "the deficit, which he said would be ..."
    if clause.dep_ == "relcl" and clause.head.i == speaker.i:
        return "the speaker described, no content"
    if first.dep_ == "nsubj" and first.i == speaker.right_edge.i + 1 and speaker.i > cue.i:
        # the parser's misreading as the cue's clause: "backed by the UPU [that wants to use it]"
        return "the speaker described, no content"
    return None
