"""Names as the article writes them: honorifics, the text of a run of tokens taken from the
article by character offsets, and the words that compare two names.

An honorific (Mr, Mrs, Dr, Sir, Rep., Sen. ...) says something about a person (gender, a
role) but is never part of a name, a title or an affiliation (docs/annotation.md).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from .lexicon import ABBREVIATED_RANKS, DEMONYMS, NATIONALITY_NOUNS, POSSESSIVE_ENDINGS
from .role_words import PARTY_WORDS
from .org_kinds import kinds_of_name, opening_descriptor
from .quotes import text_of
from .token_columns import words_of

# Honorifics, lower case without the full stop. Rep/Sen/Gov/Gen are honorifics only when
# abbreviated and capitalised before a name ("Sen. Ted Cruz"); spelled out they are titles.
HONORIFICS: frozenset[str] = frozenset("mr mrs ms miss mx dr prof sir dame lord lady messrs rev revd reverend rt".split())
MALE_HONORIFICS: frozenset[str] = frozenset("mr sir lord messrs".split())
FEMALE_HONORIFICS: frozenset[str] = frozenset("mrs ms miss dame lady".split())
# The role an honorific implies, for resolving "the senator" to "Sen. Ted Cruz".
IMPLIED_ROLES: dict[str, str] = {**ABBREVIATED_RANKS, "dr": "doctor", "prof": "professor"}


def is_honorific(token: Token) -> bool:
    """Whether a token is an honorific before a name ("Mr", "Dr.", "Sen.")."""
    text = token.text  # (asked of most tokens near a name: the capital first, one read of the text)
    if not text[:1].isupper():
        return False
    word = text.rstrip(".").lower()
    if word in HONORIFICS:
        return True
    if word in ABBREVIATED_RANKS:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        dotted = following is not None and following.text == "." and not token.whitespace_  # "Lt" "." split
        return text.endswith(".") or dotted or (following is not None and following.text[:1].isupper()
                                                      and following.pos_ == "PROPN")
    return False


def honorific_word(token: Token) -> str:
    """The honorific's key: lower case, no full stop ("Sen." -> "sen")."""
    return token.text.rstrip(".").lower()


def gender_of_honorific(word: str) -> str | None:
    if word in MALE_HONORIFICS:
        return "male"
    if word in FEMALE_HONORIFICS:
        return "female"
    return None


def _gendered(file: str) -> dict[str, str]:
    path = resources.files("onrecord.attribute") / "data" / file
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {**{n: "male" for n in data["male"]}, **{n: "female" for n in data["female"]}}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    # the corpora's own evidence (training/first_names.py) over the US Census Bureau's 1990
    # given names (training/census_first_names.py), which add the names no honorific gave
    return {**_gendered("census_first_names.json"), **_gendered("first_names.json")}


# Chinese, Korean and Vietnamese surnames that the census lists as (mostly female) first
# names: such a name is written surname first, so "Lu Kang", "Li Keqiang", "Lin Jian" say
# nothing of a gender (else "he told reporters" after "Lu Kang said" finds no man).
_SURNAMES_FIRST = frozenset("Li Yang Sun Ma Lin Yu Wei Su Lu Jin Jung Le Mai".split())


def gender_of_name(name: str) -> str | None:
    """The gender a person's first name says, as the corpora's honorifics give it
    (``data/first_names.json``, mined by training/first_names.py): "Hillary Clinton" ->
    female. A one-word name says nothing (it may be a surname), nor does an East Asian
    surname written first before words that are no first names ("Lu Kang"). RETURNS (str | None)."""
    words = [w for w in name.split() if w.rstrip(".").lower() not in HONORIFICS]
    if len(words) < 2:
        return None
    if words[0] in _SURNAMES_FIRST and not any(w in _first_names() for w in words[1:]):
        return None
    return _first_names().get(words[0])


def is_first_name(word: str) -> bool:
    """Whether a word is a first name the corpora know (``data/first_names.json``)."""
    return word in _first_names()


def span_text(tokens: Sequence[Token]) -> str:
    """The article's own text for a run of tokens: from the first token's start to the last
    token's end, spaces as written (never " ".join: "BBC's", "Washington-based" stay whole).
    Tokens that are not contiguous are joined by one space per gap."""
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    if not tokens:
        return ""
    text = text_of(tokens[0].doc)
    pieces: list[str] = []
    start = prev = tokens[0]
    for token in tokens[1:]:
        if token.i != prev.i + 1:
            pieces.append(text[start.idx : prev.idx + len(prev)])
            start = token
        prev = token
    pieces.append(text[start.idx : prev.idx + len(prev)])
    return _SPACE_RUN.sub(" ", " ".join(pieces)).strip()


_SPACE_RUN = re.compile(r"\s+")  # (compiled once: span_text is asked of every mention)


def drop_possessive(text: str) -> str:
    """ "Smith's" -> "Smith"; "the Kremlin's" -> "the Kremlin"."""
    for ending in POSSESSIVE_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending):
            return text[: -len(ending)].rstrip()
    return text


_NAME_LINKS = frozenset("of the for and".split())


def completed_name(tokens: list[Token]) -> list[Token]:
    """A name the NER cut after a linking word or inside the phrase the parser reads as one,
    run on through the capitalised words that follow: "[Office of the] Deputy Prime
    Minister", "[The Office of the Deputy] Prime Minister" -> Office of the Deputy Prime
    Minister."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    out = committee_on_a_subject(_court_of_a_circuit(list(tokens)))
    i = out[-1].i + 1
    if out[-1].lower_ not in _NAME_LINKS and not (
            i < len(doc) and doc[i].is_title and any(t.is_ancestor(doc[i]) for t in out)):
        return out
    while i < len(doc) and (doc[i].is_title or doc[i].is_upper and doc[i].is_alpha or doc[i].lower_ in _NAME_LINKS) and (
            doc[i].lower_ in _NAME_LINKS or any(t.is_ancestor(doc[i]) for t in out)):
        out.append(doc[i])
        i += 1
    while out and out[-1].lower_ in _NAME_LINKS:
        out.pop()
    return out


# The last word of a court's circuit or district ("for the 3rd Circuit", "for the Southern
# District of New York"), which the NER leaves out of the court's name.
_COURT_AREAS = frozenset("circuit district".split())


def _court_of_a_circuit(tokens: list[Token]) -> list[Token]:
    """A court's name run on through its circuit or district: "U.S. Court of Appeals [for
    the 3rd Circuit]" is another court than the one for the Ninth. RETURNS (list[Token])."""
    doc = tokens[0].doc
    i = tokens[-1].i + 1
    if not any(t.lower_ == "court" for t in tokens) or i + 2 >= len(doc) \
            or doc[i].lower_ != "for" or doc[i + 1].lower_ != "the":
        return tokens
    j = i + 2
    while j < len(doc) and j < i + 6 and (doc[j].is_title or doc[j].text[:1].isdigit() or doc[j].is_upper):
        if doc[j].lower_ in _COURT_AREAS:
            end = j + 1
            if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
                end += 1
                while end < len(doc) and doc[end].is_title:
                    end += 1
            return tokens + list(doc[i:end])
        j += 1
    return tokens


def committee_on_a_subject(tokens: list[Token]) -> list[Token]:
    """A committee's name run on through its subject: "the House Select Committee [on
    Benghazi]", "Committee [on Ways and Means]" (the NER stops at "on"). Capitalised words
    only, no date ("the committee on Tuesday"). RETURNS (list[Token])."""
    doc = tokens[0].doc
    i = tokens[-1].i + 1
    if tokens[-1].lower_ not in ("committee", "subcommittee", "commission") or not tokens[-1].is_title \
            or i + 1 >= len(doc) or doc[i].lower_ != "on":
        return tokens
    end = i + 1
    while end < len(doc) and (doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ not in ("DATE", "TIME")
                              or doc[end].lower_ in ("and", "&") and end + 1 < len(doc) and doc[end + 1].is_title):
        end += 1
    return tokens + list(doc[i:end]) if end > i + 1 and doc[end - 1].is_title else tokens


def widened_left(tokens: list[Token]) -> list[Token]:
    """A body's name the NER began one word late because the tagger read its first word as
    a verb: "Ask Jeeves" ("Shares in Ask Jeeves rose", "Ask Jeeves said"). The capitalised
    word before the name joins it where the article writes the two together inside a
    sentence (its capital is then the name's, not the sentence's), never in the headline."""
    if not tokens or tokens[0].i == 0:
        return tokens
    doc = tokens[0].doc
    word = doc[tokens[0].i - 1]
    if not (word.is_title and word.is_alpha and not word.ent_type_ and word.pos_ in ("VERB", "AUX")):
        return tokens
    headline = text_of(doc).find("\n")
    inside = [t for t in doc if t.text == word.text and t.i + 1 < len(doc) and doc[t.i + 1].text == tokens[0].text
              and t.idx > headline and not t.is_sent_start and not doc[t.i - 1].is_punct]
    return [word, *tokens] if inside else tokens


def strip_edges(tokens: Iterable[Token]) -> list[Token]:
    """Tokens without determiners, possessive markers, honorifics, quotation marks and
    punctuation at either end."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and _edge_junk(tokens[0], first=True):
        tokens = tokens[1:]
    opening = [i for i, t in enumerate(tokens) if t.text == "("]
    if opening and not any(t.text == ")" for t in tokens[opening[-1]:]):
        tokens = tokens[: opening[-1]]  # "World Health Organisation (WHO": the NER cut the bracket
    while tokens and _edge_junk(tokens[-1], first=False):
        tokens = tokens[:-1]
    return tokens


def without_nationality(tokens: list[Token]) -> list[Token]:
    """A person's name without a nationality noun the NER fused into it ("Spaniard Rafael
    Nadal said" -> Rafael Nadal): it says where the person is from, never part of the name;
    nor a party's label before a first name ("Tory Dominic Grieve": ``party_label_before``).
    A full name must follow, so a first name that is also one stays ("Scot Young said",
    "Finn Russell said"). RETURNS (list[Token])."""
    if len(tokens) >= 3 and (tokens[0].lower_ in NATIONALITY_NOUNS or party_label_before(tokens)) and tokens[0].is_title \
            and all(t.is_title and t.pos_ == "PROPN" for t in tokens[1:]):
        return tokens[1:]
    if len(tokens) == 2 and _nationality_before_surname(*tokens):
        return tokens[1:]
    return tokens


_NATIONALITY_WORDS = frozenset(DEMONYMS) | NATIONALITY_NOUNS


def _nationality_before_surname(word: Token, surname: Token) -> bool:
    """ "Russian Kuznetsova said": a nationality adjective or noun before a surname the
    article also writes without it; never a first name that is also one ("Scot Young")."""
    if not (word.is_title and word.lower_ in _NATIONALITY_WORDS and not is_first_name(word.text)
            and surname.is_title and surname.pos_ == "PROPN" and not kinds_of_name(surname.text)):
        return False  # ("British Airways": a body's name keeps its nationality)
    words = words_of(surname.doc)
    if _owns_alone(words, word.text):
        return False  # "said German Ortega ... Freddy Ortega, German's brother": a first name
    return any(w == surname.text and i != surname.i and (i == 0 or words[i - 1] != word.text)
               for i, w in enumerate(words))


def _owns_alone(words: list[str], word: str) -> bool:
    """Whether the article writes ``word`` alone as an owner, with no determiner before it
    ("German's brother", PolNeAR wash-post_2015-11-08): a person's first name does that, a
    nationality never ("the Russian's serve" has its article)."""
    return any(w == word and i + 1 < len(words) and words[i + 1] in ("'s", "’s")
               and (i == 0 or words[i - 1].lower() not in _DETERMINERS) for i, w in enumerate(words))


_DETERMINERS = frozenset("the a an this that these those its their his her our my your".split())


def _edge_junk(token: Token, *, first: bool) -> bool:
    if not first and _name_with_possessive(token):
        return False
    if token.is_punct or token.is_quote or token.dep_ == "case" or token.text in POSSESSIVE_ENDINGS:
        return True
    if first and (token.lower_ in _DETERMINERS or is_honorific(token) or opening_descriptor(token)):
        return True
    return False


def _name_with_possessive(token: Token) -> bool:
    """The "'s" of a company named for its founder ("McDonald's said", "at Sainsbury's"):
    the NER keeps it inside the name and it owns nothing after it, so it is part of the
    name, not a possessive marker ("McDonald's profits" owns its noun and loses it)."""
    return token.text in ("'s", "’s") and token.ent_type_ == "ORG" and not token.ent_iob_ == "B" \
        and token.i > 0 and token.head.i == token.i - 1 and token.head.dep_ != "poss" \
        and token.head.ent_type_ == "ORG"


@lru_cache(maxsize=65_536)  # a pure function of a string, asked of the same names again and again
def name_key(name: str) -> tuple[str, ...]:
    """A name as comparable words: accents removed, case folded, punctuation dropped, no
    honorific or article in front. RETURNS (tuple[str, ...])."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^\w]+", " ", drop_possessive(plain.replace("’", "'"))).split()
    while words and (words[0] in HONORIFICS or words[0] in ABBREVIATED_RANKS or words[0] == "the"):
        words = words[1:]
    if len(words) > 2 and words[-1] in _GENERATIONS:
        words = words[:-1]  # "Luther Stan Pate IV" ... "Pate"
    return tuple(words)


# Generational suffixes after a full name: not the surname a later mention repeats.
_GENERATIONS = frozenset("jr sr ii iii iv".split())


def initials(name: str) -> str:
    """The acronym of a multi-word name: "International Monetary Fund" -> "IMF" (small
    connecting words left out)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("of", "and", "for", "the", "de", "&")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper() if len(words) > 1 else ""


def clips(short: str, word: str) -> bool:
    """ "fed" clips "federal", "met" clips "metropolitan": the first letters, three at least
    (a shorter "Co" or "US" says too little), of a longer word of the kind clipped so, an
    adjective opening a body's name (not "Ford" of "Fordham University", a name of its own)."""
    return len(short) >= 3 and len(word) > len(short) + 2 and word.startswith(short) and word.endswith(_CLIPPED_ENDINGS)


_CLIPPED_ENDINGS = ("al", "an", "ive", "ary")


def party_label_before(tokens: Sequence[Token]) -> bool:
    """ "Tory Dominic Grieve branded ...": a party's label the NER fused into the person's
    name, before a known first name (a BBC development-slice sentence; the label is the
    affiliation, docs/annotation.md)."""
    return len(tokens) >= 3 and tokens[0].lower_ in PARTY_WORDS and is_first_name(tokens[1].text)
