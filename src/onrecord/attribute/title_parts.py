"""Tests on single words before a name that roles.split_role asks while it finds where the
title starts: a portfolio written in capitals ("Labour Secretary"), a portfolio word inside
a body's name ("Fox Business"), a word inside a title written in capitals ("Chief
Operating Officer"), a member's role noun the NER glued to the party ("Labour MSP")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import TITLE_WORDS
from .role_tokens import is_role_noun
from .role_words import AGENTIVE_ENDINGS, BODY_NOUNS, PARTY_WORDS, PORTFOLIO_WORDS, ROLE_NOUNS


def inside_a_body_s_name(token: Token) -> bool:
    """Whether a portfolio word goes on an organisation's name the NER opened with a word
    that is no portfolio or title ("Fox Business"; not "Home Office", "Trade and Industry")."""
    if token.ent_iob_ != "I" or token.ent_type_ != "ORG" or token.lower_ not in PORTFOLIO_WORDS or portfolio_of(token):
        return False  # ("New Home Secretary": a portfolio before its office written in capitals)
    start = token
    while start.i > 0 and start.ent_iob_ == "I":
        start = start.doc[start.i - 1]
    return start.lower_ not in PORTFOLIO_WORDS and start.lower_ not in TITLE_WORDS and start.lower_ != "the"


def portfolio_of(token: Token) -> bool:
    """Whether a capitalised word names a portfolio: a minister's title written in capitals
    follows it ("Labour Secretary", "Labour Minister"), not a lower-case role or a member's
    ("Labour minister", "Labour MP": the party)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.text[:1].isupper() and following.lower_ in ("secretary", "minister", "department")


def between_title_words(before: Token, word: Token) -> bool:
    """A capitalised word inside a title written in capitals: "Chief Operating Officer",
    "Chief Medical Officer" (the word after "Chief" and before the role noun). Never a
    named body ("Chief Sony Officer" is no title anyone writes). Also the region a title
    covers, after a lower-case opener that follows the body's name: "ABN Amro chief Asian
    strategist", "HSBC's chief US economist" (the region is the title's, the body comes
    first; "deputy Iraqi prime minister", no body before, keeps Iraq the affiliation)."""
    return (word.text[:1].isupper() and not word.ent_type_ and word.is_alpha and before.text[:1].isupper()
            and before.lower_ in TITLE_OPENERS and not before.ent_type_) or _region_in_title(before, word)


def _region_in_title(before: Token, word: Token) -> bool:
    doc = before.doc
    if word.ent_type_ not in ("NORP", "GPE") or not word.text[:1].isupper() or before.i != word.i - 1 \
            or not before.text.islower() or before.lower_ not in TITLE_OPENERS or before.i == 0:
        return False
    body = doc[before.i - 1]  # the body's last word, or its possessive
    return body.text in ("'s", "’s") or body.text[:1].isupper() and body.is_alpha and not body.is_sent_start \
        and body.ent_type_ not in ("NORP", "GPE") and body.lower_ not in TITLE_OPENERS


# Capitalised words that open a title written in capitals and take any word after them
# before the role noun ("Chief Operating Officer", "Deputy Chief Constable").
TITLE_OPENERS = frozenset("chief deputy vice assistant associate executive senior principal general".split())

# How many times a title was won, capitalised where it opens the title after the cue
# ("said Double Olympic champion ..."): part of the title, never a body.
MULTIPLES = frozenset("double triple treble quadruple".split())


def party_member_role(token: Token) -> bool:
    """A role noun closing an organisation the NER made of a party and the member's role
    ("a Glasgow-based Labour MSP": ORG "Labour MSP"): the role is the title, the party the
    body, as where the NER leaves the role out ("Labour MSP Tom Brown")."""
    if token.lower_ not in ROLE_NOUNS or token.ent_type_ != "ORG" or token.ent_iob_ != "I":
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False  # the body's name goes on past the word
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return all(t.lower_ in PARTY_WORDS for t in doc[start : token.i])


def first_of_coordinated_roles(tokens: Sequence[Token], cut: int) -> bool:
    """Whether the word before a title opened by "and" is a first role coordinated with it
    ("Broadcaster and writer Melvyn Bragg"): the title's first word, capitalised, no entity,
    a role noun by the lexicon or its ending ("BBC and ITV presenter" is two bodies)."""
    if cut != 1 or len(tokens) < 3 or tokens[1].lower_ not in ("and", "&"):
        return False
    first = tokens[0]
    word = first.lower_
    return first.text[:1].isupper() and not first.ent_type_ and word not in PARTY_WORDS and (
        word in ROLE_NOUNS or word in TITLE_WORDS
        or len(word) > 4 and word.endswith(AGENTIVE_ENDINGS) and first.lemma_.lower() not in BODY_NOUNS)


def with_coordinated_role(head: Token, premodifiers: list[Token]) -> list[Token]:
    """The words before a name widened over a first role the parser made the head of the
    name's conjunct ("Broadcaster and writer Melvyn Bragg": Bragg is the conjunct of
    "Broadcaster"), so that the title holds both roles."""
    if head.dep_ != "conj" or not premodifiers or premodifiers[0].i < 2:
        return premodifiers
    doc = head.doc
    first, joint = doc[premodifiers[0].i - 2], doc[premodifiers[0].i - 1]
    if head.head.i != first.i or joint.lower_ not in ("and", "&"):
        return premodifiers
    widened = [first, joint, *premodifiers]
    return widened if first_of_coordinated_roles(widened, 1) else premodifiers


# Roles won in a competition: the competition named before one is part of the title, as an
# "Olympic champion" is (``COMPETITION_WORDS``), never a body the holder speaks for.
_WON_ROLES = frozenset("champion champions titleholder title-holder finalist semi-finalist runner-up medallist medalist".split())
# Last words of a competition's name ("Australian Open", "FA Cup", "Six Nations Championship").
_EVENT_WORDS = frozenset("open cup championship championships games masters slam classic trophy marathon series prix".split())


def competition_of_title(words: Sequence[Token], role: Token) -> bool:
    """Whether ``words`` before a won role name the competition it was won in ("Newly-crowned
    Australian Open champion Marat Safin", "Wimbledon champion"): no body, but part of the
    title ("Australian Open champion"). A sanctioning body ("WBC champion") or a
    nationality ("British champion") stays the affiliation."""
    if role.lower_ not in _WON_ROLES or not words:
        return False
    return words[-1].lower_ in _EVENT_WORDS and words[-1].text[:1].isupper() or all(
        t.ent_type_ == "EVENT" for t in words) or words[-1].lower_ == "wimbledon"


def lord_of_an_office(token: Token) -> bool:
    """ "Lord" opening an office written in capitals ("Lord Chancellor", "Lord Chief Justice",
    "Lord Mayor"): part of the title, not the peer's honorific ("Lord Falconer")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.text == "Lord" and following is not None and following.text[:1].isupper() \
        and (following.lower_ in ROLE_NOUNS or following.lower_ in TITLE_WORDS)


# Fields of a role written as an adjective in capitals before it ("Political Director",
# "Legislative Counsel"): no body ends in such a word.
_FIELD_ADJECTIVES = frozenset("political legislative editorial creative technical medical legal financial economic".split())


def field_before_role(token: Token) -> bool:
    """Whether ``token`` is a field adjective written in capitals right before a capitalised
    role noun: "United Steelworkers Political Director Tim Waters" -> `Political Director` /
    United Steelworkers, not the body "United Steelworkers Political". An adjective the NER
    put inside the body's name ends it: "Prudential Financial Chief Executive" keeps the firm
    Prudential Financial. RETURNS (bool)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.lower_ in _FIELD_ADJECTIVES and token.text[:1].isupper() and not token.is_upper \
        and token.ent_iob_ != "I" and following is not None and following.text[:1].isupper() \
        and is_role_noun(following, strict=True)


def newly_in_role(words: Sequence[Token]) -> bool:
    """ "New Home Secretary Charles Clarke": newly in the role, not a body, unless it opens
    a name ("New Labour", "New York" stay whole)."""
    return words[0].lower_ == "new" and (len(words) == 1 or not words[0].ent_type_)


def self_described(tokens: Sequence[Token]) -> bool:
    """ "self-described", "self-styled", "self-proclaimed": a description, not a role."""
    return any(t.lower_ == "self" and t.i + 2 < len(t.doc) and t.doc[t.i + 2].tag_ == "VBN" for t in tokens)


def possessor(token: Token) -> bool:
    """Whether a word is written with a possessive "'s" after it."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS"


# Portfolio words that are also a department's own name: "the Treasury" is a body, so
# "Treasury Secretary John Snow" is the Secretary of the Treasury (Secretary / Treasury),
# as "Paul Boateng, Chief Secretary to the Treasury" is; "Home" or "Foreign" names no body.
_DEPARTMENTS_BY_NAME = frozenset(["treasury"])
# A party's words before a portfolio, its short forms too ("Lib Dem", "Tories"): joined once.
_PARTY_FORMS = PARTY_WORDS | {"dem", "dems", "tories"}


def department_by_name(token: Token) -> bool:
    """Whether a capitalised word before a role is a department's own name ("Treasury
    Secretary", "Treasury spokesman"), not a portfolio (a shadow's is: "Shadow Treasury
    Secretary" keeps it in the title)."""
    before = token.doc[token.i - 1] if token.i else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # a party's spokesman for it is no one in the department: "Lib Dem Treasury spokesman Vince Cable"
    party_portfolio = before is not None and before.lower_ in _PARTY_FORMS \
        and after is not None and after.lower_.startswith("spokes")
    return token.lower_ in _DEPARTMENTS_BY_NAME and token.text[:1].isupper() \
        and not (before is not None and before.lower_ == "shadow") and not party_portfolio
