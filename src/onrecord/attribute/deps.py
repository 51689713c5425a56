"""Dependency labels the rules share (spaCy's English labels)."""

from __future__ import annotations

from spacy.tokens import Token

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
