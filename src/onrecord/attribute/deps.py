"""Dependency labels the rules share (spaCy's English labels), and the small steps over a
parse they all take: back to the sentence before, to the token at a character offset, to
the last word of a name."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

# Subjects of a verb that are noun phrases: active, passive. A rule that looks for a person or
# a thing as the subject ("he said", "the report found") asks these, never a clause.
NOUN_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Subjects of a verb: active, passive, clausal.
SUBJECT_DEPS = NOUN_SUBJECT_DEPS + ("csubj",)
# Clausal complements a cue reports: "said [that ...]", "[...], he said" as parataxis.
CONTENT_DEPS = ("ccomp", "parataxis")


def agent_object(verb: Token) -> Token | None:
    """The object of a passive participle's "by" ("research conducted *by* the EOC", "a case
    brought *by* Eolas", "comments made *by* the minister"): who did it. RETURNS (Token | None)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None


def sentence_before(sentence: Span, passing: Callable[[Span], bool] | None = None) -> Span | None:
    """The sentence before ``sentence``, stepping back past every one ``passing`` says the
    rule reads through (each rule says which: one wholly inside what was said, where "said the
    lock forward" goes on from the narration before a quotation of several sentences); None at
    the start of the document. RETURNS (Span | None)."""
    doc = sentence.doc
    start = sentence.start
    while start > 0:
        before = doc[start - 1].sent
        if passing is None or not passing(before):
            return before
        start = before.start
    return None


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token at character ``offset``, by spaCy's character index, not a walk over the
    Doc; None at an offset in the whitespace between tokens (the expanded span is empty
    there). RETURNS (Token | None)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def name_head_at(doc: Doc, offset: int, through: tuple[str, ...] = ("compound", "flat")) -> Token | None:
    """The last word of the name mentioned at ``offset`` ("Sir Alex Ferguson" -> "Ferguson"),
    climbing from its first word through ``through`` (a rule that also reads a modifier,
    "Conservative leader Michael Howard", passes "amod"). RETURNS (Token | None)."""
    token = token_at(doc, offset)
    while token is not None and token.dep_ in through and token.head.i > token.i:
        token = token.head
    return token
