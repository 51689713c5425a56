"""A portfolio written as a possessive before a minister's office: "Children's Minister
Margaret Hodge", "Women's Minister", "Veterans' Secretary". The possessive is the
portfolio's, part of the title (docs/annotation.md: the portfolio stays in the title), not a
possessor that owns the minister: a BBC development-slice article gave Hodge the affiliation
"Children", the NER having read the word as a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import POSSESSIVE_ENDINGS
from .role_words import PORTFOLIO_OFFICES, PORTFOLIO_WORDS

# Offices that take a possessive portfolio: a minister's or secretary's, and a commissioner
# named for those the office stands for ("Children's Commissioner", "Victims' Commissioner").
# "commissioner" stays out of PORTFOLIO_OFFICES, whose place rule would make "EU" in "EU
# commissioner" a portfolio rather than the body.
_POSSESSIVE_OFFICES = PORTFOLIO_OFFICES | {"commissioner"}


def portfolio_possessive(tokens: Sequence[Token], cut: int) -> bool:
    """Whether ``tokens[cut - 1]`` is a capitalised portfolio word or its possessive ending,
    right before a minister's or secretary's office ("Children's Minister")."""
    ending = cut if cut < len(tokens) and tokens[cut].text in POSSESSIVE_ENDINGS else cut - 1
    if not 0 < ending < len(tokens) - 1 or tokens[ending].text not in POSSESSIVE_ENDINGS:
        return False
    portfolio, office = tokens[ending - 1], tokens[ending + 1]
    return portfolio.text[:1].isupper() and portfolio.lower_ in PORTFOLIO_WORDS \
        and office.lower_ in _POSSESSIVE_OFFICES and office.text[:1].isupper()
