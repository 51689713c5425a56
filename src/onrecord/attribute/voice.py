"""Cue words in the writer's own voice or in a set phrase, and questions (``non_statements``
asks): "Would it be too much to ask for ...?", "Having said that, ...", "an individual is
who they say they are", "who is to say that ...?" — no one's statement; and a condition,
"if the judge rules that ...", "unless you are repeating the experience" — nothing said."""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .found import Found


def dummy_it_infinitive(cue: Token) -> bool:
    """An infinitive cue whose only subject is a dummy "it" of the clause it hangs from:
    "Would it be too much to ask for ...?", "it is fair to say that ...", "That is not to
    say that ...": no one speaks."""
    if not any(c.tag_ == "TO" for c in cue.children):
        return False
    token = cue.head
    for _ in range(3):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "expl"]
        if subjects:
            # "That is not to say that ...", "This is not to say ...": the writer's hedge, as
            # "None of this is to say" (abstract_speakers); a demonstrative only as the
            # subject of the "be" the cue hangs from, the cue with none of its own ("That is why he
            # refused to say", "That is for the courts to say" are theirs)
            return token.lemma_ == "be" and (subjects[0].lower_ == "it" or token.i == cue.head.i
                                             and subjects[0].lower_ in ("this", "that") and subjects[0].pos_ == "PRON"
                                             and not any(c.dep_ in SUBJECT_DEPS for c in cue.children))
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def bare_pronoun_content(found: Found) -> bool:
    """ "Having said [that]", "That said": a content that is only a pointing word."""
    cue = found.cue
    if not (any(c.lower_ == "having" for c in cue.children) or cue.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in cue.children)):
        return False  # "by the time he said that": what he said before
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].lower_ in ("that", "this", "so")


def fronted_wh_word(cue: Token) -> bool:
    """Whether the cue's clause is a free relative that lost its wh-word to the clause above:
    "is who they say they are" — the words said are only "they are", a fragment."""
    subjects = [c.i for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if cue.dep_ == "ROOT" or not subjects or not any(c.dep_ == "ccomp" for c in cue.children):
        return False  # ("what she calls 'sensible laws'" names something in her words)
    return any(
        c.tag_ == "WP" and c.lower_ in ("who", "what", "whom") and c.i < min(subjects) for c in cue.children)


def in_question(token: Token) -> bool:
    """Whether a wh-word asks (its sentence ends with a question mark) rather than relates
    ("Jones, who says she is innocent")."""
    if token.dep_ not in SUBJECT_DEPS or token.head.dep_ in ("relcl", "acl"):
        return False
    return token.sent.text.rstrip().rstrip("\"'”’").endswith("?")


def a_condition(cue: Token) -> bool:
    """Whether a cue verb in the present is the condition of an "if" or "unless": "But if the
    judge rules that Grokster ...", "unless you are repeating the experience many times
    over" — nothing said yet (a past "if Carson implied that ..." concedes that he did)."""
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cue.children):
        return False
    return cue.tag_ in ("VB", "VBZ", "VBP") or cue.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re", "'s", "’re", "’s") for c in cue.children)
