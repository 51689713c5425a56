"""A minister's or secretary's portfolio written with an article after "for": "Theresa May,
shadow secretary for the family" -> title "shadow secretary for the family" (a BBC
development-slice sentence cut to "shadow secretary"; docs/annotation.md keeps the
portfolio in the title). ``role_phrases._field_for`` takes the article-less field
("adviser for homeland security"); a body after "for" ("secretary for the party") is no
portfolio.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .org_kinds import ORG_DESCRIPTORS
from .portfolio_possessives import portfolio_possessive
from .role_words import PORTFOLIO_OFFICES, PORTFOLIO_WORDS


def portfolio_after_for(head: Token, prep: Token) -> bool:
    """Whether ``prep``, a "for" on a minister's or secretary's role noun, holds "the" and a
    lower-case field: "for the family", "for the environment"."""
    if prep.lower_ != "for" or prep.head.i != head.i or head.lower_ not in PORTFOLIO_OFFICES:
        return False
    words = list(prep.subtree)[1:]
    return len(words) >= 2 and words[0].lower_ == "the" and all(
        t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ") and not t.ent_type_ for t in words[1:]) \
        and words[-1].lemma_ not in ORG_DESCRIPTORS | {"party", "government", "department"}


def joins_a_portfolio(tokens: Sequence[Token], cut: int) -> bool:
    """Whether ``tokens[cut - 1]``, walking a title leftwards, is a word that joins a portfolio
    to its office: the possessive of "Children's Minister" (``portfolio_possessives``) or the
    "the" of "secretary for the family"."""
    if portfolio_possessive(tokens, cut):
        return True
    return 1 < cut < len(tokens) and tokens[cut - 1].lower_ == "the" and tokens[cut - 2].lower_ == "for" \
        and tokens[cut].lower_ in PORTFOLIO_WORDS and tokens[cut].is_lower
