"""A place before an abbreviated office prefix: "Texas Sen. Ted Cruz", "Florida Sen. Marco
Rubio", "Ohio Gov. John Kasich". The prefix is an honorific, no title (docs/annotation.md:
"Sen.", "Rep.", "Gov." like "Mr"), and the state it is qualified by goes with it: no body the
person speaks for (the development gold's convention, usa-today_2016-05-03 and
huff-post_2016-02-24: "'Florida Sen.' as Rubio's role" must not happen). A role noun spelled
out keeps its place ("Texas Senator Ted Cruz" -> Senator / Texas), and so does a body before
the prefix ("Committee Chairman Rep. Jason Chaffetz"). A past-role word before the place
goes with them ("Former Texas Gov. Rick Perry": no title, no body): "former" qualifies a
role noun, and an honorific is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .past_roles import past_word

__all__ = ["place_before_honorific"]

# Abbreviated offices of a place, written with their full stop before a name.
_PLACE_PREFIXES = frozenset(("sen.", "rep.", "gov."))


def place_before_honorific(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` (the words before a name) are only a place and an abbreviated
    office prefix ("Texas Sen."). RETURNS (bool)."""
    words = [t for t in tokens if t.lower_ != "the"]
    while words and (past := past_word(words[0])) is not None:  # "Former Texas Gov. Rick Perry":
        words = words[2:] if past.endswith("-") else words[1:]  # "former" alone is no title; "Ex" "-"
    if len(words) < 2 or words[-1].lower_ not in _PLACE_PREFIXES:
        return False
    return all(t.ent_type_ in ("GPE", "LOC") for t in words[:-1])
