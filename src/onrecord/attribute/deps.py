"""Dependency labels the rules share (spaCy's English labels)."""

from __future__ import annotations

# Subjects of a verb: active, passive, clausal.
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Clausal complements a cue reports: "said [that ...]", "[...], he said" as parataxis.
CONTENT_DEPS = ("ccomp", "parataxis")
