"""A plan weighed, not a view held (``acts`` asks; issue 12): "consider" is a belief
("considers him a threat", "considers that the law applies"), but with a deed for its
content it weighs what to do — "Philadelphia is considering [issuing $100 summonses to
marchers]", "the council is considering [whether to close the library]" — an intention, as
docs/annotation.md lists "is considering whether to" (PolNeAR p. 3-4, "Intentions and
desires"); "is considering whether the law applies" stays a belief."""

from __future__ import annotations

from spacy.tokens import Token

from .found import Found


def plan_weighed(found: Found, cue: Token, lemma: str) -> bool:
    """Whether "consider" weighs a deed: its content opens with a gerund ("considering
    [issuing summonses]") or "whether to" ("[whether to close the library]"). RETURNS (bool)."""
    if lemma != "consider" or cue.pos_ != "VERB":
        return False
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span) or span[0].i <= cue.i:
        return False
    first = span[0]
    if first.tag_ == "VBG" and first.head.i == cue.i and first.dep_ in ("xcomp", "ccomp", "dobj", "pcomp"):
        return True
    return first.lower_ == "whether" and len(span) > 1 and span[1].tag_ == "TO"
