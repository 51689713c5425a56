"""Speech verbs that say nothing where they stand (editor-acts, issue 12): shapes an editor
read as narration on the BBC development slices, in which the cue word names no one's
utterance.

- an effect: a speech verb as the bare complement of "help" — "Membership of the WTO
  helps [guarantee] a country's goods receive equal treatment", "the tests helped
  [confirm] that ...": what a thing or a deed brings about, not words
  (``helps_bring_about``);
- a participle the parser made the sentence's verb: "Recently [announced] changes to the
  ceremony include lining up all five nominees ..." — "announced changes" is the subject
  of "include"; the parser read "announced" as a subjectless past tense, "changes" as its
  object and the rest as what was announced (``participle_read_as_verb``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .found import Found


def helps_bring_about(cue: Token) -> bool:
    """Whether a cue verb is the complement of "help" ("helps guarantee", "helped to
    confirm"): the subject of "help" brings the thing about; no one says it. A person who
    "helped draft" or "helped announce" acts rather than speaks too."""
    return cue.pos_ in ("VERB", "AUX") and cue.dep_ in ("xcomp", "ccomp") and cue.head.lemma_.lower() == "help" \
        and cue.i > cue.head.i


def participle_read_as_verb(found: Found) -> bool:
    """Whether a cue is a past participle modifying the sentence's subject that the parser
    made its subjectless main verb: the cue opens the sentence (an adverb or two before it
    at most), has no subject or auxiliary, its object follows at once, and the clause it
    would report has no subject of its own — that object is its subject ("Recently
    announced changes to the ceremony include ..."). A headline's "Announced: ..." or a
    verb with a subject ("He announced changes ...") is not this shape."""
    cue = found.cue
    if cue is None or cue.dep_ != "ROOT" or cue.tag_ not in ("VBD", "VBN"):
        return False
    sent = cue.sent
    if any(t.pos_ != "ADV" for t in cue.doc[sent.start : cue.i]):
        return False
    children = list(cue.children)
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "agent") for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if not objects and len(clauses) == 1:
        # the parser may instead make that noun the reported clause's own subject
        # ("Recently announced [changes to the ceremony] include ...", after a paragraph)
        subjects = [c for c in clauses[0].children if c.dep_ in SUBJECT_DEPS]
        return (len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].left_edge.i == cue.i + 1
                and subjects[0].i < clauses[0].i and clauses[0].pos_ in ("VERB", "AUX"))
    if len(objects) != 1 or objects[0].left_edge.i != cue.i + 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    clauses = [c for c in children if c.dep_ == "ccomp" and c.i > objects[0].right_edge.i]
    return len(clauses) == 1 and clauses[0].pos_ in ("VERB", "AUX") and not any(
        c.dep_ in SUBJECT_DEPS for c in clauses[0].children) and clauses[0].left_edge.i == objects[0].right_edge.i + 1
