"""A party label after the country it belongs to: "U.S. Democratic presidential candidate
Hillary Clinton" speaks for the Democratic party, and docs/annotation.md keeps a party
label as written, so the body is `Democratic`, not `U.S. Democratic` (issue 11: PolNeAR
train huff-post_2016-07-31, read on the development gold). The country before the party
says only where the party is.

Narrow: the words before the party label are one country as the text names it ("U.S.",
"UK", "Britain", a demonym of ``lexicon.DEMONYMS`` or the country it gives; a state or a city stays: "Texas
Republican" may be the state's party), the rest are capitalised party words, and a role
noun follows (``split_role`` passes only the body words before a title).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import DEMONYMS
from .role_words import PARTY_WORDS

__all__ = ["party_after_country"]

# Nations whose name is part of their parties' own ("Scottish Labour", "Welsh Conservatives",
# "Irish Labour"): the label stays whole.
_OWN_PARTIES = frozenset("scottish scotland welsh wales english england irish ireland".split())
# Countries as written before a party label: the abbreviations, the demonyms ("British Labour
# MP") and the countries they name.
_COUNTRIES = (frozenset(("us", "u.s.", "uk", "u.k.", "britain", "america")) | frozenset(
    country.lower() for country in DEMONYMS.values()) | frozenset(DEMONYMS)) - PARTY_WORDS - _OWN_PARTIES


def party_after_country(tokens: Sequence[Token]) -> Sequence[Token]:
    """``tokens`` (a body's words before a title) without a leading country where the rest
    is a party label ("U.S. Democratic" -> "Democratic"); else ``tokens`` as they are.
    RETURNS (Sequence[Token])."""
    for cut in range(1, len(tokens)):
        country = " ".join(t.lower_ for t in tokens[:cut])
        rest = tokens[cut:]
        if country in _COUNTRIES and all(t.lower_ in PARTY_WORDS and t.text[:1].isupper() for t in rest):
            return rest
    return tokens
