"""A portfolio written as a possessive before a minister's office: "Children's Minister
Margaret Hodge", "Women's Minister", "Veterans' Secretary". The possessive is the
portfolio's, part of the title (docs/annotation.md: the portfolio stays in the title), not a
possessor that owns the minister: a BBC development-slice article gave Hodge the affiliation
"Children", the NER having read the word as a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .role_words import PORTFOLIO_OFFICES, PORTFOLIO_WORDS

_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")


def portfolio_possessive(tokens: Sequence[Token], cut: int) -> bool:
    """Whether ``tokens[cut - 1]`` is a capitalised portfolio word or its possessive ending,
    right before a minister's or secretary's office ("Children's Minister")."""
    ending = cut if cut < len(tokens) and tokens[cut].text in _POSSESSIVES else cut - 1
    if not 0 < ending < len(tokens) - 1 or tokens[ending].text not in _POSSESSIVES:
        return False
    portfolio, office = tokens[ending - 1], tokens[ending + 1]
    return portfolio.text[:1].isupper() and portfolio.lower_ in PORTFOLIO_WORDS \
        and office.lower_ in PORTFOLIO_OFFICES and office.text[:1].isupper()
