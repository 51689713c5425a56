"""Word tests for roles: which words name a role, and which words before a name are a
measure, a length of time, a date or part of a body's name ("Sunday Times", "Channel 4",
"Sheffield Wednesday"), so that roles.py keeps or drops them."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .field_ordinals import ordinal_in_field
from .lexicon import TEMPORAL_WORDS, TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS
from .role_lists import hyphen_split_before
from .role_words import AGENTIVE_ENDINGS, BODY_NOUNS, PORTFOLIO_OFFICES, PORTFOLIO_PLACES, PORTFOLIO_WORDS, ROLE_NOUNS, PARTY_WORDS, PLAYING_POSITIONS, ROLE_QUALIFIERS, STANCE_NOUNS


def is_role_noun(token: Token, *, strict: bool = False) -> bool:
    """Whether a noun names a person's role ("spokesman", "coach", "striker"). ``strict``
    leaves out words that are roles only by their ending ("customer", "voter"), for
    appositions, where a description is as likely as a role."""
    word = token.lower_
    lemma = token.lemma_.lower()
    if word in ROLE_QUALIFIERS or word in TITLE_MODIFIERS or word in PORTFOLIO_WORDS:
        return False
    if lemma in STANCE_NOUNS and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in token.children):
        return False  # "a leading advocate of Turkish membership": a stance, no title
    if word in TITLE_WORDS or lemma in TITLE_WORDS or word in ROLE_NOUNS or lemma in ROLE_NOUNS:
        return True
    if office_abbreviation(token):
        return True  # "The PM insisted"
    if hyphen_role_end(token):
        return True  # "said the Gloucester fly-half": "half" ends a role written with a hyphen
    if word == "lady" and token.i > 0 and token.doc[token.i - 1].lower_ == "first":
        return True  # "the first lady"
    return not strict and token.pos_ == "NOUN" and len(word) > 4 and word.endswith(AGENTIVE_ENDINGS) \
        and lemma not in BODY_NOUNS



def hyphen_role_end(token: Token) -> bool:
    """Whether ``token`` is the last part of a player's position written with a hyphen that
    the tokenizer split ("fly - half", "full - back", "centre - back"): the joined word is a
    position though neither part is a role. Only positions: "Sanders, runner-up to Hillary
    Clinton" relates him to her, no title (docs/annotation.md)."""
    if not hyphen_split_before(token, ("-", "–")):
        return False
    return f"{token.doc[token.i - 2].lower_}-{token.lower_}" in PLAYING_POSITIONS  # (the same word after an en dash)


# Offices written as an abbreviation in capitals: "The PM insisted nothing would derail
# Labour's campaign" (BBC); never after a number ("at 3 PM" is a time).
OFFICE_ABBREVIATIONS = frozenset({"PM"})


def office_abbreviation(token: Token) -> bool:
    """Whether ``token`` is an office's abbreviation after "the" ("the PM"), a role noun."""
    doc = token.doc
    return token.text in OFFICE_ABBREVIATIONS and token.i > 0 and doc[token.i - 1].lower_ == "the"


def measure(token: Token) -> bool:
    """A number with its unit written as one word ("10,000m", "100m", "60kg"): a distance or
    a weight, never part of a role or a body's name."""
    doc = token.doc
    if token.like_num:
        return token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].lower_ in _UNITS
    return token.lower_ in _UNITS and token.i > 0 and doc[token.i - 1].like_num and not doc[token.i - 1].whitespace_


_UNITS = frozenset("m km kg g lb lbs cm mm ft yd metres meters metre meter miles mile k".split())



def hyphened(token: Token) -> bool:
    """The first part of a hyphenated compound ("in-state communications director"): a
    word there is no preposition to trim."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-" \
        and not doc[token.i + 1].whitespace_


def length_of_time(token: Token) -> range:
    """The token indices of a length of time written as one compound ("a 30-year veteran",
    "a four-month stint"): a measure, no part of a role; empty when ``token`` opens none."""
    doc = token.doc
    if token.like_num and hyphened(token) and token.i + 2 < len(doc) and doc[token.i + 2].lower_ in TEMPORAL_WORDS:
        return range(token.i, token.i + 3)
    return range(0)


def opens_a_name(token: Token) -> bool:
    """A capitalised day or month that opens a body's name ("Sunday Telegraph journalist",
    "Sunday Times editor"), right before another capitalised proper noun, not a date. The
    parse of such a word is unreliable (it is often read as "when"), so the test is by
    the words: no preposition or determiner before it ("on Sunday"), no punctuation after
    it, and the next word no party, person or place ("Sunday Labour leader")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    # ("Evening Standard": the tagger reads the masthead's second word as an adjective)
    return (token.text[:1].isupper() and not token.is_upper and following is not None
            and (following.pos_ == "PROPN" or following.pos_ in ("ADJ", "NOUN") and token.lower_ in _PARTS_OF_DAY)
            and following.text[:1].isupper() and following.is_alpha and following.lower_ not in PARTY_WORDS
            and (following.ent_type_ not in ("DATE", "TIME", "PERSON", "GPE", "NORP", "CARDINAL")
                 or token.lower_ in _PARTS_OF_DAY and following.ent_iob_ == "I")
            and previous not in _DATE_OPENERS)


_PARTS_OF_DAY = frozenset("morning evening".split())
_DATE_OPENERS = frozenset("on last this next since until till before after every each in at ,".split())


def closes_a_name(token: Token) -> bool:
    """A capitalised weekday that ends a club's name ("Sheffield Wednesday manager", "manager
    of Sheffield Wednesday"): right after a capitalised proper noun that is no person's name
    and follows no preposition of place or time ("in London Wednesday"); with punctuation
    after it only where "of", "for" or "with" introduces the name ("Sheffield, Wednesday")."""
    doc = token.doc
    if token.is_upper and token.is_alpha and token.i > 0 and doc[token.i - 1].is_upper and doc[token.i - 1].is_alpha \
            and token.ent_type_ == "ORG":
        return True  # "USA TODAY contributor": a masthead written in capitals, no day
    if token.lower_ not in WEEKDAYS or not token.text[:1].isupper() or token.is_upper or token.i < 1:
        return False
    before = doc[token.i - 1]
    opener = doc[before.i - 1].lower_ if before.i > 0 else ""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_upper and before.is_alpha
            and before.ent_type_ not in ("PERSON", "DATE", "TIME") and before.lower_ not in TEMPORAL_WORDS
            and bool(before.whitespace_) and opener not in _DATE_OPENERS
            and (following is not None and not following.is_punct or opener in ("of", "for", "with")))


def named_number(token: Token) -> bool:
    """A number inside a body's name ("UFCW Local 832", "Channel 4", "20th Century Fox"), a
    compound word ("four-star"), a ranking ("world number one") or an office ("First
    Minister"), not an age or a date."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        return True
    if _WEB_NAME.match(token.text):
        return True  # "the Washington director for MoveOn.org": a web address the NER took for a number
    if numbered(token) or ordinal_in_field(token):
        return True  # "world number one Roger Federer", "A Number 10 spokeswoman", "head of third party services"
    if token.lower_ == "first" and token.i + 1 < len(doc) and (
            token.text == "First" and doc[token.i + 1].lower_ in ("minister", "secretary") or doc[token.i + 1].lower_ == "lady"):
        return True  # an office: "First Minister Jack McConnell", "the first lady"
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (token.ent_type_ == "ORDINAL" and following is not None and following.pos_ == "PROPN"
            and following.text[:1].isupper() and following.lower_ not in TITLE_WORDS and not is_role_noun(following)):
        return True  # an ordinal opening a name: "20th Century Fox" (not "44th President")
    return token.like_num and token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].ent_type_ not in ("PERSON",) \
        and not doc[token.i - 1].is_punct and token.ent_type_ != "DATE"


def portfolio_place(token: Token) -> bool:
    """ "Europe minister Denis MacShane", "Northern Ireland Secretary Paul Murphy": a place
    that names the portfolio of the minister or secretary right after it."""
    doc, i = token.doc, token.i
    while i < len(doc) and doc[i].lower_ in PORTFOLIO_PLACES and i - token.i < 2:
        i += 1
    return i > token.i and i < len(doc) and doc[i].lower_ in PORTFOLIO_OFFICES and doc[i - 1].tag_ != "POS"


def numbered(token: Token) -> bool:
    """A number after "number" or "No": a ranking's or an address's ("Number 10")."""
    return token.like_num and token.i > 0 and token.doc[token.i - 1].lower_ in ("number", "no", "no.")


def ranking(token: Token) -> bool:
    """The number of a ranking: "world number one", "British No 2"; not an address with
    nothing it ranks within ("A Number 10 spokeswoman", "the No 10 press office")."""
    doc = token.doc
    if not numbered(token):
        return False
    before = doc[token.i - 2] if token.i > 1 else None
    return not (doc[token.i - 1].text[:1].isupper() and (before is None or before.lower_ in ("a", "an", "the")
                                                          or before.is_punct or before.is_sent_end))


def government_in_capitals(token: Token) -> bool:
    """ "the Scottish Executive", "the Executive": a government written in capitals, a body,
    not a person's role (as "Chief Executive" or "the executive" are): "Executive" after
    "the" or a place, with no title word before it and no name after it."""
    doc = token.doc
    if token.text != "Executive" or token.i == 0:
        return False
    before = doc[token.i - 1]
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (before.lower_ == "the" or before.ent_type_ in ("NORP", "GPE")) and before.lower_ not in TITLE_MODIFIERS \
        and before.lower_ not in ("chief", "vice", "deputy", "senior", "managing") \
        and not (following is not None and following.ent_type_ == "PERSON")


# A name written as a web address, letters before the domain ("MoveOn.org", "Salon.com").
_WEB_NAME = re.compile(r"^[A-Za-z][A-Za-z-]*\.(?:com|org|net|co\.uk)$")
