"""Central-bank anaphora: "the central bank" is a role-like descriptor of one body, the
country's central bank (the Bank of England, the Federal Reserve), named or not; it never
stands for another bank the article names ("RHB, Malaysia's third-biggest lender ... the
central bank said"), as the plain "the bank" may.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .entities import ArticleEntity, EntityTable

# Words in a body's name that make it a central bank whatever its country.
_NAME_WORDS = ("central bank", "reserve bank", "federal reserve", "bundesbank", "bank negara",
               "people's bank of china", "swiss national bank", "monetary authority")

# "Bank of <country>" names of central banks; "Bank of America", "Bank of China" and
# "Bank of Ireland" are commercial banks, so the country alone does not tell.
_BANKS_OF = frozenset("england japan canada korea france italy spain russia thailand israel mexico greece "
                      "portugal finland sweden norway denmark estonia lithuania latvia ghana uganda "
                      "tanzania zambia botswana jamaica".split())


def is_central_bank(head: Token) -> bool:
    """Whether the phrase headed by ``head`` is a "central bank" descriptor ("the central
    bank", "Malaysia's central bank", "the reserve bank"): "bank" with "central" or
    "reserve" before it, in lower case (a capitalised "Central Bank" is part of a name)."""
    if head.lemma_.lower() != "bank" or not head.text.islower():
        return False
    return any(t.lower_ in ("central", "reserve") and t.text.islower() and t.dep_ in ("amod", "compound")
               for t in head.lefts)


def is_central_bank_name(name: str) -> bool:
    """Whether a body's name is a central bank's ("European Central Bank", "Bank of Japan")."""
    lower = name.lower()
    if any(word in lower for word in _NAME_WORDS):
        return True
    words = lower.removeprefix("the ").split()
    return len(words) == 3 and words[:2] == ["bank", "of"] and words[2] in _BANKS_OF


def named_central_bank(table: EntityTable, offset: int) -> ArticleEntity | None:
    """The one central bank the article named before ``offset`` (the last named of several);
    None when it named none, and "the central bank" stays a description."""
    named = [(e.last_before(offset), e) for e in table.organisations() if is_central_bank_name(e.name)]
    named = [pair for pair in named if pair[0] >= 0]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def central_bank_of(resolver, phrase, offset: int):
    """The speaker "the central bank" stands for (``Resolved``), or None when the phrase is
    no central-bank descriptor: the central bank named last, else the description unnamed."""
    if not is_central_bank(phrase.head):
        return None
    bank = named_central_bank(resolver.table, offset)
    if bank is not None:
        return resolver._of_entity(bank, "nominal")
    return replace(resolver._description(phrase, offset), how="nominal-unresolved")
