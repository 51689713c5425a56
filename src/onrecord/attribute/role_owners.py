"""The body that owns what a role is for: "a candidate for the GOP's presidential nomination"
-> GOP; "the front-runner for the Democratic nomination" -> Democratic (the guide's party
label as written); "director of the Conference Board's consumer research centre" ->
Conference Board. The object after the role is a common noun, no body itself; its
possessor, or a party's nomination, names the body.
"""

from __future__ import annotations

from spacy.tokens import Token

from .roles import PARTY_WORDS, clean_words

# What a party gives its candidates: "the Republican nomination", "the Democratic ticket".
_PARTY_PRIZES = frozenset("nomination nominations ticket primary primaries".split())


def owner_of(noun: Token) -> list[Token] | None:
    """The body owning a common noun after a role, as tokens, or None."""
    for child in noun.children:
        # the parser hangs a possessor on the noun as "poss", or as "nmod" with its "'s"
        possessor = child.dep_ == "poss" or child.dep_ == "nmod" and any(
            c.dep_ == "case" and c.text in ("'s", "’s") for c in child.children)
        if possessor and (child.pos_ == "PROPN" or child.ent_type_ in ("ORG", "GPE")):
            return clean_words(list(child.subtree))
    if noun.lemma_.lower() in _PARTY_PRIZES:
        party = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                      and (c.lower_ in PARTY_WORDS or c.lower_ == "gop")), None)
        if party is not None and party.text[:1].isupper():  # "a democratic nomination" is no party's
            return [party]
    return None
