"""Dependency labels the rules share (spaCy's English labels), and the step back to the
sentence before, which the discourse rules take."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

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
