"""A name the tagger read as a common noun: "Trump predicts that ..." at a paragraph's start
comes out as the noun "trump" compounded with the noun "predicts". Where the article writes
the word capitalised inside its sentences and never in lower case (``roles``' own test of a
name), it is a name, so a person, not a thing narrated."""

from __future__ import annotations

from spacy.tokens import Token

from .word_case import named_elsewhere


def name_read_as_noun(token: Token) -> bool:
    """Whether a capitalised common noun is a name the article writes elsewhere: "Trump"
    in "Trump predicts that ..." beside "Donald Trump" (not "Oil predicts ..." in an article
    that writes "oil"). RETURNS (bool)."""
    return token.tag_ in ("NN", "NNS") and token.text[:1].isupper() and named_elsewhere(token)
